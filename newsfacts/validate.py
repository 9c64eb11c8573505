"""Lazy validation of the tables against the pandera models: bad rows to the quarantine, the rest kept."""
from __future__ import annotations

import datetime as dt
import json
import os
from collections import Counter
from pathlib import Path

import pandas as pd
import pandera.pandas as pa

from schemas import MODELS, reference_failures

# Parents before children, so a row whose parent was quarantined is caught by the reference checks.
ORDER = ("documents", "actors", "actor_mentions", "events", "event_mentions", "quotes")


def _row_detail(df: pd.DataFrame, idx, check: str, case) -> str:
    row = {k: (None if pd.isna(v) else str(v)[:200]) if not isinstance(v, (list, tuple)) else [str(x) for x in v]
           for k, v in df.loc[idx].items() if k != "text" or len(str(v)) < 200}
    return json.dumps({"check": check, "failure_case": str(case), "row": row}, default=str)[:2000]


def schema_failures(table: str, df: pd.DataFrame) -> pd.DataFrame:
    """(index, check, failure_case) for every row that breaks the table's own schema.

    A failure that concerns the whole table (a missing column, a wrong dtype) is raised, not
    returned: no row can be kept from a table of the wrong shape.
    """
    try:
        MODELS[table].validate(df, lazy=True)
    except pa.errors.SchemaErrors as err:
        cases = err.failure_cases
        table_wide = cases[cases["index"].isna()]
        if len(table_wide):
            raise ValueError(f"{table}: " + "; ".join(f"{r.check} {r.failure_case}" for r in table_wide.itertuples()))
        # A column check names its column. A check of whole rows comes back once per column of
        # each failing row: it is one failure of that row.
        per_column = cases["schema_context"] == "Column"
        cases = cases.assign(
            check=[f"{c}: {k}" if col else k for c, k, col in zip(cases["column"], cases["check"], per_column)],
            failure_case=[f if col else f"row {i}" for f, i, col in zip(cases["failure_case"], cases["index"],
                                                                        per_column)])
        return cases[["index", "check", "failure_case"]].drop_duplicates(["index", "check"])
    return pd.DataFrame(columns=["index", "check", "failure_case"])


def validate_tables(tables: dict[str, pd.DataFrame], run_id: str, at: dt.datetime
                    ) -> tuple[dict[str, pd.DataFrame], list[dict]]:
    """The tables without their failing rows, and one quarantine row per failing row.

    A quarantine row's `cascade` names the parent table when the row failed only because it
    refers to a row quarantined before it (None otherwise).
    """
    kept = dict(tables)
    quarantined: list[dict] = []
    removed: dict[str, pd.DataFrame] = {}
    paths = dict(zip(tables["documents"]["doc_id"], tables["documents"]["source_path"]))
    for table in ORDER:
        df = kept[table]
        failures = pd.concat([schema_failures(table, df), reference_failures(kept, table, removed)],
                             ignore_index=True)
        if failures.empty:
            continue
        for idx, rows in failures.groupby("index", sort=True):
            check = "; ".join(sorted(set(map(str, rows["check"]))))
            doc_id = df.loc[idx, "doc_id"] if "doc_id" in df.columns else None
            doc_id = None if pd.isna(doc_id) else str(doc_id)
            parents = set(rows["cascade"]) if rows["cascade"].notna().all() else set()
            quarantined.append({
                "table": table, "doc_id": doc_id, "source_path": paths.get(doc_id), "reason": f"schema: {check}"[:500],
                "detail": _row_detail(df, idx, check, rows["failure_case"].iloc[0]), "run_id": run_id,
                "quarantined_at": at, "cascade": parents.pop() if len(parents) == 1 else None})
        removed[table] = df.loc[failures["index"].unique()]
        kept[table] = df.drop(index=failures["index"].unique()).reset_index(drop=True)
    return kept, quarantined


def _wrong_types(out, table: str) -> str:
    """The model's columns whose type in a stored file differs from the model ('' when none)."""
    import pyarrow.parquet as pq

    from newsfacts.storage import table_files
    from schemas import arrow_schema

    want = arrow_schema(MODELS[table])
    wrong = []
    for path in table_files(out, table):
        have = pq.read_schema(path)
        for field in want:
            if field.name in have.names and have.field(field.name).type != field.type:
                wrong.append(f"{path.name}: {field.name} is {have.field(field.name).type}, not {field.type}")
    return "; ".join(wrong)


def validate_output(out) -> list[str]:
    """Every way the committed tables in `out` break their checksums or the schemas: one message per problem,
    [] when sound. The committed set is resolved once: a run committing meanwhile cannot mix two sets."""
    from newsfacts.checksums import verify
    from newsfacts.storage import CURRENT, VERSIONS, current_version, read_table

    version = current_version(out) or (Path(out) if (Path(out) / "documents").is_dir() else None)  # or a set itself
    if version is None:
        if any((Path(out) / VERSIONS).glob("*/_state")):
            return [f"{out}/{CURRENT}: missing or leading nowhere; `newsfacts run` restores it from the last sound set"]
        return [f"no table 'documents' under {out}: no committed tables (run `newsfacts run --out {out}`)"]
    damaged = [f"{p}; `newsfacts run` rebuilds it" for p in verify(version)]
    damaged += [f"{out}/{t}: not the link to {CURRENT}/{t} readers open; `newsfacts run` restores it" for t in MODELS
                if version != Path(out) and _link_target(Path(out) / t) != os.path.join(CURRENT, t)]
    tables, problems = {}, []
    for table in MODELS:
        try:
            wrong = _wrong_types(version, table)
            if wrong:
                problems.append(f"{table}: cannot be read with the contract's schema: {wrong}")
                continue
            tables[table] = read_table(version, table)
        except FileNotFoundError as e:
            problems.append(str(e))
        except Exception as e:  # an unreadable file, a column of the wrong type
            problems.append(f"{table}: cannot be read with the contract's schema: {type(e).__name__}: {e}")
    if problems:
        return damaged + problems
    try:
        _, bad = validate_tables({t: df for t, df in tables.items() if t != "quarantine"}, "validate",
                                 dt.datetime.now(dt.timezone.utc))
        schema_failures("quarantine", tables["quarantine"])
    except ValueError as e:
        return damaged + [str(e)]
    return damaged + _grouped(bad)


def _link_target(path: Path) -> str | None:
    try:
        return os.readlink(path)
    except OSError:  # missing, or not a link
        return None


def _grouped(bad: list[dict]) -> list[str]:
    """One line per table and reason. Rows that fail only because a row they refer to does go with the
    line of the table where the failure started (an actor, then its events, then their mentions)."""
    groups: dict[tuple[str, str], list[str]] = {}
    followers: Counter = Counter()  # (parent table, child table) -> rows
    for row in bad:
        if row["cascade"]:
            followers[(row["cascade"], row["table"])] += 1
        else:
            groups.setdefault((row["table"], row["reason"]), []).append(str(json.loads(row["detail"])["failure_case"]))
    own, up = {table for table, _ in groups}, {child: parent for parent, child in followers}

    def origin(table: str) -> str:
        seen = set()
        while table not in own and table in up and table not in seen:
            seen.add(table)
            table = up[table]
        return table

    by_origin: dict[str, Counter] = {}
    for (parent, child), n in followers.items():
        by_origin.setdefault(origin(parent), Counter())[child] += n
    lines = []
    for (table, reason), cases in groups.items():
        examples = ", ".join(sorted(set(cases))[:3])
        line = f"{table}: {len(cases)} rows fail {reason.removeprefix('schema: ')} (e.g. {examples})"
        if table in by_origin:
            line += ", and with them " + ", ".join(f"{n} {child}" for child, n in by_origin.pop(table).items()) + \
                " rows that refer to them"
        lines.append(line)
    lines += [f"{child}: {n} rows refer to quarantined {parent} rows"
              for parent, children in by_origin.items() for child, n in children.items()]
    return lines

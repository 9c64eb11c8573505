"""The published contract: `schemas/contract.json`, generated from the pandera models.

    python -m schemas.publish            regenerate schemas/contract.json from the models
    python -m schemas.publish --check    exit 1 when the file is stale or the models break it

For every table: its columns with their Arrow type, nullability, uniqueness and value checks
(isin, ge, le, string length, pattern), the table-wide checks, and the schema version.
Columns may be added; a column of the published file may not be renamed, dropped, retyped or
made nullable without a new major schema version. Regenerating refuses to write such a break
unless the major version in `schemas/tables.py` was raised (or `--allow-breaking` is given).
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from schemas.tables import ISO3, MODELS, SCHEMA_VERSION, arrow_schema

CONTRACT_PATH = Path(__file__).with_name("contract.json")
# Value sets too long (and too version-dependent) to list: published by name.
NAMED_SETS = {tuple(sorted(ISO3)): "ISO 3166-1 alpha-3 (pycountry) plus XKX"}
_CHECK_NAMES = {
    "greater_than_or_equal_to": "ge", "greater_than": "gt", "less_than_or_equal_to": "le", "less_than": "lt",
    "equal_to": "eq", "not_equal_to": "ne", "in_range": "in_range", "isin": "isin", "notin": "notin",
    "str_length": "str_length", "str_matches": "str_matches", "str_startswith": "str_startswith",
}


def _jsonable(value):
    if isinstance(value, (list, tuple, set, frozenset)):
        return [_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items() if v is not None}
    return value


def _check(check) -> dict:
    name = _CHECK_NAMES.get(check.name, check.name)
    stats = dict(check.statistics or {})
    if name in ("isin", "notin"):
        values = tuple(stats.get("allowed_values", stats.get("forbidden_values", ())))
        named = NAMED_SETS.get(tuple(sorted(values)))
        return {name: named if named else list(values)}
    if len(stats) == 1:
        return {name: _jsonable(next(iter(stats.values())))}
    return {name: _jsonable(stats)}


def contract() -> dict:
    """The contract as a JSON-ready dict, read off the pandera models."""
    tables = {}
    for table, model in MODELS.items():
        schema = model.to_schema()
        arrow = arrow_schema(model)
        columns = {}
        for name, col in schema.columns.items():
            entry = {"type": str(arrow.field(name).type), "nullable": bool(col.nullable)}
            if col.unique:
                entry["unique"] = True
            checks = [_check(c) for c in col.checks]
            if checks:
                entry["checks"] = checks
            columns[name] = entry
        tables[table] = {
            "model": model.__name__,
            "description": (model.__doc__ or "").strip(),
            "columns": columns,
            "table_checks": sorted(str(c.error or c.name) for c in schema.checks),
        }
    return {
        "schema_version": SCHEMA_VERSION,
        "generated_from": "schemas/tables.py (pandera models); regenerate with `python -m schemas.publish`",
        "compatibility": "columns may be added; published columns are never renamed, dropped, retyped or made "
                         "nullable without a new major schema_version",
        "tables": tables,
    }


def render(data: dict) -> str:
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def load(path: Path | str = CONTRACT_PATH) -> dict:
    return json.loads(Path(path).read_text(encoding="utf-8"))


def breaking_changes(published: dict, current: dict) -> list[str]:
    """How `current` breaks `published`: a table or column gone, a type changed, a column made nullable."""
    problems = []
    for table, spec in published["tables"].items():
        now = current["tables"].get(table)
        if now is None:
            problems.append(f"table {table!r} was dropped")
            continue
        for col, old in spec["columns"].items():
            new = now["columns"].get(col)
            if new is None:
                problems.append(f"{table}.{col} was dropped or renamed")
                continue
            if new["type"] != old["type"]:
                problems.append(f"{table}.{col} changed type: {old['type']} -> {new['type']}")
            if new["nullable"] != old["nullable"]:
                problems.append(f"{table}.{col} changed nullability: nullable={old['nullable']} -> {new['nullable']}")
    return problems


def _major(version: str) -> str:
    return str(version).split(".", 1)[0]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m schemas.publish", description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check that the file is up to date and unbroken")
    parser.add_argument("--allow-breaking", action="store_true", help="write even a breaking change")
    parser.add_argument("--path", default=str(CONTRACT_PATH), help=f"default: {CONTRACT_PATH}")
    args = parser.parse_args(argv)
    path = Path(args.path)
    current = contract()
    published = load(path) if path.exists() else None
    breaks = breaking_changes(published, current) if published else []
    same_major = published is not None and _major(published["schema_version"]) == _major(current["schema_version"])
    if args.check:
        problems = [f"breaking change: {b}" for b in breaks]
        if published is None or render(published) != render(current):
            problems.append(f"{path} is not up to date with the models: run `python -m schemas.publish`")
        for p in problems:
            print(p, file=sys.stderr)
        return 1 if problems else 0
    if breaks and same_major and not args.allow_breaking:
        for b in breaks:
            print(f"breaking change: {b}", file=sys.stderr)
        print(f"not written: raise the major SCHEMA_VERSION (now {current['schema_version']}) for a breaking "
              f"change, or pass --allow-breaking", file=sys.stderr)
        return 1
    path.write_text(render(current), encoding="utf-8")
    print(f"wrote {path} (schema {current['schema_version']}, {len(current['tables'])} tables)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""The data-quality report: one self-contained HTML page, `<out>/report.html`, from the committed tables.

    report_summary(out) -> dict     the numbers (also what the flow publishes as Prefect artifacts)
    build_report(out)   -> Path     the page, written atomically (temp file + rename)

What it shows: rows per table (total, and new: rows tied to the documents extracted by the run
that committed the set), the quarantine by reason, validation failures (`validate_output`),
top actors, event types over time (an inline SVG, no script, no network), quotes per speaker
and coverage (documents with no actor, no event, no quote). Plain functions, no Prefect.
"""
from __future__ import annotations

import datetime as dt
import html
import json
import os
import re
from collections import Counter
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq

from newsfacts import history
from newsfacts.storage import STATE, VERSIONS, current_version, read_table
from schemas import MODELS, PLOVER_TYPES, SCHEMA_VERSION

REPORT = "report.html"
TOP = 15
RUNS = 10  # runs in the trend table
UNDATED = "undated"  # the timeline's column of events without a date
EXAMPLES = 8
# One colour per PLOVER type (in PLOVER_TYPES order), distinguishable on white.
PALETTE = ("#1f77b4", "#2ca02c", "#17becf", "#bcbd22", "#9467bd", "#8c564b", "#7f7f7f", "#e377c2",
           "#ff7f0e", "#d62728", "#a50f15", "#636363", "#393b79", "#637939", "#843c39", "#000000")
COLOURS = dict(zip(PLOVER_TYPES, PALETTE))


class NoTables(FileNotFoundError):
    """The output folder has no committed table set."""


# ------------------------------------------------------------------ reading
def _committed(out: Path) -> Path:
    version = current_version(out)
    if version is None:
        raise NoTables(f"no committed tables under {out} (run `newsfacts run --out {out}` first)")
    return version


def _previous(out: Path, version: Path) -> Path | None:
    """The set committed before `version`, when still kept (storage keeps two)."""
    root = out / VERSIONS
    older = sorted(p for p in root.iterdir() if p.is_dir() and p.name < version.name
                   and (p / "documents").is_dir() and (p / "run_summary.json").exists())
    return older[-1] if older else None


def _run_summary(version: Path) -> dict:
    path = version / "run_summary.json"
    return json.loads(path.read_text()) if path.exists() else {}


def _new_documents(docs: pd.DataFrame, run: dict, previous: Path | None) -> set[str]:
    """doc_ids extracted by the run that committed the set: new, changed or re-extracted documents."""
    every = set(docs["doc_id"])
    extracted = run.get("extracted")
    if extracted is not None and extracted >= len(docs):
        return every
    if extracted == 0:
        return set()
    keys = list(zip(docs["doc_id"], docs["text_sha256"]))
    if previous is not None and (previous / STATE / "extractions.parquet").exists():
        cache = pq.read_table(previous / STATE / "extractions.parquet",
                              columns=["doc_id", "text_sha256", "extractor_version"]).to_pandas()
        cache = cache[cache["extractor_version"] == run.get("extractor_version")]
        known = set(zip(cache["doc_id"], cache["text_sha256"]))
        return {d for d, s in keys if (d, s) not in known}
    if previous is not None:
        old = pq.read_table(previous / "documents", columns=["doc_id", "text_sha256"]).to_pandas()
        known = set(zip(old["doc_id"], old["text_sha256"]))
        return {d for d, s in keys if (d, s) not in known}
    return every


def _records(df: pd.DataFrame) -> list[dict]:
    """JSON-ready rows: plain Python values, None for missing."""
    rows = []
    for row in df.to_dict("records"):
        rows.append({k: (None if v is None or (not isinstance(v, (list, tuple)) and pd.isna(v))
                         else v.item() if hasattr(v, "item") else v) for k, v in row.items()})
    return rows


# ------------------------------------------------------------------ the numbers
def report_summary(out: Path | str, validate: bool = True) -> dict:
    """Every number of the report, JSON-ready. NoTables (a FileNotFoundError) before the first commit."""
    out = Path(out)
    version = _committed(out)
    t = {name: read_table(version, name) for name in MODELS}
    run = _run_summary(version)
    previous = _previous(out, version)
    docs, am, em, quotes, q = t["documents"], t["actor_mentions"], t["event_mentions"], t["quotes"], t["quarantine"]

    new_docs = _new_documents(docs, run, previous)
    new_actor_ids = set(am.loc[am["doc_id"].isin(list(new_docs)), "actor_id"])
    new_event_ids = set(em.loc[em["doc_id"].isin(list(new_docs)), "event_id"])
    if previous is not None and (previous / "quarantine").is_dir():
        old_q = read_table(previous, "quarantine")
        seen = set(zip(old_q["table"], old_q["source_path"].fillna(""), old_q["reason"], old_q["doc_id"].fillna("")))
        new_q = sum(k not in seen for k in zip(q["table"], q["source_path"].fillna(""), q["reason"],
                                               q["doc_id"].fillna("")))
    else:
        new_q = len(q)
    new = {
        "documents": int(docs["doc_id"].isin(list(new_docs)).sum()),
        "actors": int(t["actors"]["actor_id"].isin(list(new_actor_ids)).sum()),
        "actor_mentions": int(am["doc_id"].isin(list(new_docs)).sum()),
        "events": int(t["events"]["event_id"].isin(list(new_event_ids)).sum()),
        "event_mentions": int(em["doc_id"].isin(list(new_docs)).sum()),
        "quotes": int(quotes["doc_id"].isin(list(new_docs)).sum()),
        "quarantine": int(new_q),
    }
    tables = [{"table": name, "total": int(len(t[name])), "new": new[name]} for name in MODELS]

    reasons = []
    if len(q):
        grouped = q.assign(source_path=q["source_path"].fillna("")).groupby(["table", "reason"], sort=False)
        for (table, reason), g in grouped:
            examples = sorted({p for p in g["source_path"] if p})[:3]
            reasons.append({"table": table, "reason": reason, "rows": int(len(g)), "examples": examples})
        reasons.sort(key=lambda r: (-r["rows"], r["table"], r["reason"]))

    if validate:
        from newsfacts.validate import validate_output

        failures = validate_output(version)
    else:
        failures = None

    actors = t["actors"]
    names = dict(zip(actors["actor_id"], actors["name"]))
    n_quotes = Counter(quotes["speaker_actor_id"].dropna())
    ranked = actors.sort_values(["n_documents", "n_mentions", "name"], ascending=[False, False, True])
    places = ranked["actor_type"] == "LOCATION"  # places are where things happen, not who acts: a list of their own
    top_actors = [{**r, "n_quotes": int(n_quotes.get(r["actor_id"], 0))} for r in
                  _records(ranked[~places].head(TOP)[["actor_id", "name", "actor_type", "country", "sector", "title",
                                                       "n_documents", "n_mentions"]])]
    top_locations = _records(ranked[places].head(TOP)[["actor_id", "name", "country", "n_documents", "n_mentions"]])

    speakers = [{"actor_id": a, "speaker": names.get(a, a), "quotes": int(n)} for a, n in n_quotes.most_common()]
    speakers.sort(key=lambda r: (-r["quotes"], r["speaker"]))
    unattributed = int(quotes["speaker_actor_id"].isna().sum())

    ev = t["events"]
    timeline = _timeline(ev)
    undated = timeline["counts"].get(UNDATED, {})
    event_types = [{"event_type": k, "events": int(v), "undated": int(undated.get(k, 0))} for k, v in
                   sorted(Counter(ev["event_type"]).items(), key=lambda kv: (-kv[1], kv[0]))]

    with_actor, with_event, with_quote = set(am["doc_id"]), set(em["doc_id"]), set(quotes["doc_id"])
    ids = list(docs["doc_id"])
    gaps = {
        "no_actor": [d for d in ids if d not in with_actor],
        "no_event": [d for d in ids if d not in with_event],
        "no_quote": [d for d in ids if d not in with_quote],
    }
    gaps["nothing"] = [d for d in ids if d not in with_actor and d not in with_event and d not in with_quote]
    coverage = {"documents": len(ids), **{k: len(v) for k, v in gaps.items()},
                "examples": {k: sorted(v)[:EXAMPLES] for k, v in gaps.items()}}

    return {
        "out": str(out),
        "version": version.name,
        "schema_version": SCHEMA_VERSION,
        "generated_at": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "run": {k: run.get(k) for k in ("run_id", "run_url", "finished_at", "extractor_version", "extracted",
                                        "reused", "timings")},
        "previous_version": previous.name if previous else None,
        "history": history.recent(out, RUNS),
        "tables": tables,
        "quarantine_by_reason": reasons,
        "validation_failures": failures,
        "top_actors": top_actors,
        "top_locations": top_locations,
        "event_types": event_types,
        "timeline": timeline,
        "quotes_per_speaker": speakers[:TOP],
        "speakers": len(speakers),
        "unattributed_quotes": unattributed,
        "coverage": coverage,
    }


def _timeline(events: pd.DataFrame) -> dict:
    """Events per type per period (month, or year for spans over five years), periods without events included;
    events without a date counted per type under UNDATED, the chart's last column."""
    dated = events[events["event_date"].notna()]
    undated = int(len(events) - len(dated))
    order = {k: i for i, k in enumerate(PLOVER_TYPES)}
    types = sorted(set(events["event_type"]), key=lambda k: (order.get(k, 99), k))
    counts: dict[str, dict[str, int]] = {}
    if undated:
        counts[UNDATED] = dict(Counter(events.loc[events["event_date"].isna(), "event_type"]))
    if dated.empty:
        return {"granularity": None, "periods": [UNDATED] if undated else [], "types": types, "counts": counts,
                "undated": undated}
    dates = pd.to_datetime(dated["event_date"].astype("string"))
    lo, hi = dates.min(), dates.max()
    months = (hi.year - lo.year) * 12 + hi.month - lo.month + 1
    if months <= 60:
        granularity = "month"
        keys = dates.dt.strftime("%Y-%m")
        periods = [f"{p.year:04d}-{p.month:02d}" for p in pd.period_range(lo, hi, freq="M")]
    else:
        granularity = "year"
        keys = dates.dt.strftime("%Y")
        periods = [f"{y:04d}" for y in range(lo.year, hi.year + 1)]
    for key, etype in zip(keys, dated["event_type"]):
        counts.setdefault(key, {}).setdefault(etype, 0)
        counts[key][etype] += 1
    return {"granularity": granularity, "periods": periods + ([UNDATED] if undated else []), "types": types,
            "counts": counts, "undated": undated}


# ------------------------------------------------------------------ the page
def _e(value) -> str:
    return "" if value is None else html.escape(str(value))


def _table(headers: list[str], rows: list[list], numeric: set[int] = frozenset(), row_attrs: list[str] | None = None,
           cell_ids: list[list[str | None]] | None = None) -> str:
    head = "".join(f'<th{" class=num" if i in numeric else ""}>{_e(h)}</th>' for i, h in enumerate(headers))
    body = []
    for r, row in enumerate(rows):
        cells = []
        for i, v in enumerate(row):
            cid = cell_ids[r][i] if cell_ids else None
            attrs = (' class="num"' if i in numeric else "") + (f' id="{_e(cid)}"' if cid else "")
            cells.append(f"<td{attrs}>{v if isinstance(v, _Raw) else _e(v)}</td>")
        attrs = f" {row_attrs[r]}" if row_attrs else ""
        body.append(f"<tr{attrs}>{''.join(cells)}</tr>")
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"


class _Raw(str):
    """Markup to put in a cell unescaped."""


def _pct(n: int, total: int) -> str:
    return f"{100 * n / total:.0f}%" if total else "-"


def timeline_svg(timeline: dict, width: int = 960, height: int = 320) -> str:
    """Stacked bars of events per type per period, undated events last, as inline SVG (titles give the counts)."""
    periods, counts, types = timeline["periods"], timeline["counts"], timeline["types"]
    if not periods:
        return '<p class="muted" id="timeline-empty">No events.</p>'
    left, right, top, bottom = 48, 12, 12, 56
    pw, ph = width - left - right, height - top - bottom
    totals = [sum(counts.get(p, {}).values()) for p in periods]
    ymax = max(max(totals), 1)
    step = max(1, -(-ymax // 5))  # about five gridlines, whole numbers
    ymax = -(-ymax // step) * step
    slot = pw / len(periods)
    bar = max(1.0, min(slot * 0.75, 40.0))
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" id="timeline" role="img" width="{width}" height="{height}" '
             f'viewBox="0 0 {width} {height}" aria-label="events per type per {timeline["granularity"]}">']
    for v in range(0, ymax + 1, step):
        y = top + ph - ph * v / ymax
        parts.append(f'<line x1="{left}" x2="{width - right}" y1="{y:.1f}" y2="{y:.1f}" stroke="#e5e5e5"/>'
                     f'<text x="{left - 6}" y="{y + 4:.1f}" text-anchor="end" font-size="11" fill="#555">{v}</text>')
    every = max(1, -(-len(periods) // 24))  # at most about 24 labels
    for i, p in enumerate(periods):
        x = left + i * slot + (slot - bar) / 2
        y = top + ph
        for etype in types:
            n = counts.get(p, {}).get(etype, 0)
            if not n:
                continue
            h = ph * n / ymax
            y -= h
            parts.append(f'<rect class="bar" x="{x:.1f}" y="{y:.1f}" width="{bar:.1f}" height="{h:.1f}" '
                         f'fill="{COLOURS.get(etype, "#999")}"><title>{_e(p)} {_e(etype)}: {n}</title></rect>')
        if p == UNDATED and i:  # a dashed line parts the undated column from the calendar
            parts.append(f'<line x1="{left + i * slot:.1f}" x2="{left + i * slot:.1f}" y1="{top}" y2="{top + ph}" '
                         f'stroke="#999" stroke-dasharray="4 3"/>')
        if i % every == 0 or p == UNDATED:
            cx = left + i * slot + slot / 2
            parts.append(f'<text x="{cx:.1f}" y="{top + ph + 14}" font-size="11" fill="#333" text-anchor="end" '
                         f'transform="rotate(-45 {cx:.1f} {top + ph + 14})">{_e(p)}</text>')
    parts.append(f'<line x1="{left}" x2="{width - right}" y1="{top + ph}" y2="{top + ph}" stroke="#333"/>')
    parts.append("</svg>")
    legend = "".join(f'<span class="key"><i style="background:{COLOURS.get(t, "#999")}"></i>{_e(t)}</span>'
                     for t in types)
    return "".join(parts) + f'<div class="legend">{legend}</div>'


CSS = """
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;margin:24px auto;max-width:1000px;
color:#222;padding:0 16px}
h1{font-size:24px;margin:0 0 4px}h2{font-size:18px;margin:28px 0 8px;border-bottom:1px solid #ddd;padding-bottom:4px}
.muted{color:#666}table{border-collapse:collapse;margin:6px 0 4px;min-width:50%}
th,td{border-bottom:1px solid #eee;padding:4px 10px;text-align:left;vertical-align:top}th{background:#f6f6f6}
.num{text-align:right;font-variant-numeric:tabular-nums}
.cards{display:flex;flex-wrap:wrap;gap:10px;margin:14px 0}
.card{border:1px solid #ddd;border-radius:6px;padding:8px 14px;min-width:110px}
.card b{display:block;font-size:22px}.card span{color:#666;font-size:12px}
.ok{color:#176f2c;font-weight:600}.bad{color:#b00020;font-weight:600}
.legend{display:flex;flex-wrap:wrap;gap:12px;margin:4px 0 0 48px;font-size:12px}
.key i{display:inline-block;width:11px;height:11px;margin-right:4px;vertical-align:-1px}
code{font-size:12px;background:#f4f4f4;padding:1px 4px;border-radius:3px}
"""


def render_html(s: dict) -> str:
    """The report page for a `report_summary` dict."""
    run = s["run"]
    by = {r["table"]: r for r in s["tables"]}
    cards = "".join(f'<div class="card"><b id="card-{_e(r["table"])}">{r["total"]}</b><span>{_e(r["table"])}'
                    f'</span></div>' for r in s["tables"])
    counts = _table(["table", "rows", "new this run"], [[r["table"], r["total"], r["new"]] for r in s["tables"]],
                    numeric={1, 2}, row_attrs=[f'data-table="{_e(r["table"])}"' for r in s["tables"]],
                    cell_ids=[[None, f"total-{r['table']}", f"new-{r['table']}"] for r in s["tables"]])
    if s["quarantine_by_reason"]:
        quarantine = _table(["table", "reason", "rows", "e.g."],
                            [[r["table"], r["reason"], r["rows"], ", ".join(r["examples"])]
                             for r in s["quarantine_by_reason"]], numeric={2})
    else:
        quarantine = '<p class="ok" id="quarantine-empty">Nothing quarantined.</p>'
    failures = s["validation_failures"]
    if failures is None:
        validation = '<p class="muted">Not checked.</p>'
    elif failures:
        items = "".join(f"<li>{_e(f)}</li>" for f in failures)
        validation = f'<p class="bad" id="validation-status">{len(failures)} problems</p><ul>{items}</ul>'
    else:
        validation = ('<p class="ok" id="validation-status">All tables hold: columns, types, keys and cross-table '
                      'references match the schemas.</p>')
    types = _table(["event type", "events", "of them undated"],
                   [[r["event_type"], r["events"], r["undated"]] for r in s["event_types"]], numeric={1, 2})
    tl = s["timeline"]
    n_quotes = by["quotes"]["total"]
    speakers = _table(["speaker", "quotes"], [[r["speaker"], r["quotes"]] for r in s["quotes_per_speaker"]]
                      + ([["(no speaker resolved)", s["unattributed_quotes"]]] if s["unattributed_quotes"] else []),
                      numeric={1})
    cov = s["coverage"]
    labels = {"no_actor": "no actor", "no_event": "no event", "no_quote": "no quote",
              "nothing": "none of the three"}
    coverage = _table(["documents with", "documents", "share", "e.g."],
                      [[labels[k], cov[k], _pct(cov[k], cov["documents"]),
                        _Raw(", ".join(f"<code>{_e(d)}</code>" for d in cov["examples"][k]))] for k in labels],
                      numeric={1, 2}, cell_ids=[[None, f"coverage-{k}", None, None] for k in labels])
    data = script_json(s)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>newsfacts data-quality report</title>
<style>{CSS}</style></head>
<body>
<h1>newsfacts data-quality report</h1>
<p class="muted">Output <code>{_e(s["out"])}</code>, table set <code id="version">{_e(s["version"])}</code>,
schema {_e(s["schema_version"])}. Run {_run_link(run)} finished {_e(run.get("finished_at"))}
<span id="duration">{_e(_duration(run.get("timings")))}</span>:
<span id="extracted">{_e(run.get("extracted"))}</span> documents extracted, {_e(run.get("reused"))} reused
(extractor {_e(run.get("extractor_version"))}). Report generated {_e(s["generated_at"])}.</p>
<div class="cards">{cards}</div>

<h2 id="runs">Recent runs</h2>
{_trend(s["history"])}

<h2 id="counts">Rows per table</h2>
{counts}
<p class="muted">New: rows of the documents extracted by this run (for actors and events: those mentioned in
them; for the quarantine: rows not in the previous set{"" if s["previous_version"] else ", which is not kept"}).</p>

<h2 id="quarantine">Quarantine by reason</h2>
{quarantine}

<h2 id="validation">Validation</h2>
{validation}

{_actors(s, by["actors"]["total"])}

<h2 id="events">Event types over time</h2>
<p class="muted">{by["events"]["total"]} events: dated ones per {_e(tl["granularity"] or "period")} by event date,
the <span id="undated">{tl["undated"]}</span> without a date in the last column.</p>
{timeline_svg(tl)}
{types}

<h2 id="quotes">Quotes per speaker</h2>
<p class="muted">{n_quotes} quotes, {s["speakers"]} speakers, {s["unattributed_quotes"]} without a resolved speaker
(top {TOP} shown).</p>
{speakers}

<h2 id="coverage">Coverage</h2>
<p class="muted">Of <span id="coverage-documents">{cov["documents"]}</span> documents:</p>
{coverage}
<script type="application/json" id="newsfacts-summary">{data}</script>
</body></html>
"""


def script_json(value) -> str:
    """JSON to embed in a <script> element: no "<", ">" or "&" in it (as \\u003c, \\u003e, \\u0026, which JSON reads
    back the same), so no value (a doc_id "<!--<script>", a title "</script>") can end or change the element."""
    return (json.dumps(value, default=str).replace("<", "\\u003c").replace(">", "\\u003e")
            .replace("&", "\\u0026"))


def _duration(timings: dict | None) -> str:
    """'in 12.3 s (ingest 1.0 s, extract 9.0 s, assemble 2.3 s)', '' when the run's timings are unknown."""
    if not timings or "total_s" not in timings:
        return ""
    stages = ", ".join(f"{k.removesuffix('_s')} {timings[k]:.1f} s" for k in ("ingest_s", "extract_s", "assemble_s")
                       if k in timings)
    return f"in {timings['total_s']:.1f} s" + (f" ({stages})" if stages else "")


def _run_link(run: dict, chars: int | None = None) -> str:
    """The run id, linked to its page in the Prefect UI when it ran on a server."""
    label = f'<code>{_e((run.get("run_id") or "")[:chars])}</code>'
    url = run.get("run_url")
    web = isinstance(url, str) and url.lower().startswith(("http://", "https://"))  # never a javascript: link
    return f'<a class="run" href="{_e(url)}">{label}</a>' if web else label


TREND = ("documents", "actors", "events", "quotes", "quarantine")


def _trend(runs: list[dict]) -> str:
    """The last committed runs, newest first: duration, rows per table and the change from the run before."""
    if not runs:
        return '<p class="muted">No run history yet.</p>'
    rows = []
    for i in range(len(runs) - 1, -1, -1):
        run, before = runs[i], runs[i - 1]["rows"] if i else None
        cells = [run["finished_at"][:19].replace("T", " "), _Raw(_run_link(run, 8)), run["seconds"], run["extracted"]]
        for table in TREND:
            n = run["rows"].get(table, 0)
            change = n - before.get(table, 0) if before else 0
            cells.append(f"{n} ({change:+d})" if change else n)
        rows.append(cells)
    return (_table(["finished (UTC)", "run", "seconds", "extracted", *TREND], rows, numeric=set(range(2, 4 + len(TREND))))
            + f'<p class="muted">The last {len(runs)} runs that committed tables (kept in <code>runs.jsonl</code>);'
              ' in brackets, the change from the run before.</p>')


def _actors(s: dict, n_actors: int) -> str:
    """Top actors, then top locations: places are where things happen, not who acts."""
    actors = _table(["actor", "type", "country", "sector", "title", "documents", "mentions", "quotes"],
                    [[a["name"], a["actor_type"], a["country"], a["sector"], a["title"], a["n_documents"],
                      a["n_mentions"], a["n_quotes"]] for a in s["top_actors"]], numeric={5, 6, 7})
    places = _table(["location", "country", "documents", "mentions"],
                    [[p["name"], p["country"], p["n_documents"], p["n_mentions"]] for p in s["top_locations"]],
                    numeric={2, 3}) if s["top_locations"] else '<p class="muted">No locations.</p>'
    return f"""<h2 id="actors">Top actors</h2>
<p class="muted">By documents, then mentions; {n_actors} actors in all, locations apart.</p>
{actors}

<h2 id="locations">Top locations</h2>
{places}"""


def report_version(out: Path | str) -> str | None:
    """The table set the report at `<out>/report.html` describes (None when there is no readable report)."""
    try:
        page = (Path(out) / REPORT).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    m = re.search(r'<code id="version">([^<]*)</code>', page)
    return html.unescape(m.group(1)) if m else None


def ensure_report(out: Path | str) -> Path | None:
    """Rebuild the report when it does not describe the committed set; its path when rebuilt, else None."""
    version = current_version(out)
    if version is None or report_version(out) == version.name:
        return None
    return build_report(out)


def build_report(out: Path | str, summary: dict | None = None) -> Path:
    """Write `<out>/report.html` from the committed tables (atomically); its path returned."""
    out = Path(out)
    summary = summary if summary is not None else report_summary(out)
    page = render_html(summary)
    path = out / REPORT
    tmp = out / f".{REPORT}.{os.getpid()}.tmp"
    tmp.write_text(page, encoding="utf-8")
    os.replace(tmp, path)
    return path

"""Hostile input, faults and signals (issue 18): every probe of the issue rerun, with its figures.

    .venv/bin/python benchmarks/hostile.py [--probes NAME ...] [--commits 150] [--every 2] [--workdir DIR]

Probes (all by default):
- outside:  links out of the raw folder (/etc/passwd, a sidecar to /etc/hostname), hidden files, a dangling
            link, a link loop, a named pipe, colliding stems, the output folder inside the raw folder: what is
            read, what is quarantined and why, and whether a second run finds the input settled.
- stall:    extraction time of one name repeated 1k, 2k, 8k times (`--repeats`); a run of 20 corpus articles
            alone and with one more: 990 KB of one name, 900 KB of one event sentence repeated, 1 MB of one
            country's acts against 3,120 people on one day (what resolution must merge or keep apart).
- bombs:    a 1 MB gzip of newlines, a gzip of 3 million and one of 25 million "{}" lines, 200 KB of random
            bytes as JSON Lines, each beside 20 good articles: ingest's time, peak memory, rows.
- damage:   the committed set damaged each way of the issue; what the next run says and does.
- readers:  `--commits` table sets committed every `--every` seconds while DuckDB reads a table's glob in a
            loop, and reads two tables together (through `current` resolved once, and through the links).
- signals:  SIGINT, SIGTERM, Ctrl-C (SIGINT to the process group) and SIGKILL to `newsfacts run` while it
            extracts: seconds to exit, processes left, the committed set kept.
- metadata: dates that do not exist, non-string fields, a javascript: URL, UTF-16 JSON Lines, a text mixing
            UTF-8 and cp1252, a doc_id "<!--<script>" in the report.
The existing guarantees (SIGKILLs during writes, incremental = full rebuild, fuzzed input) are
`benchmarks/robustness.py`'s. Results go to benchmarks/results/hostile.json and are printed.
"""
from __future__ import annotations

import argparse
import gzip
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from newsfacts import storage  # noqa: E402
from newsfacts.pipeline import run_local  # noqa: E402
from newsfacts.processes import alive, descendants  # noqa: E402
from newsfacts.storage import read_table  # noqa: E402
from newsfacts.validate import validate_output  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus" / "wikinews-5000.jsonl.gz"
RESULTS = ROOT / "benchmarks" / "results" / "hostile.json"
PROBES = ("outside", "stall", "bombs", "damage", "readers", "signals", "metadata")
NAME = "John Smith "
EVENT = "Police arrested Jane Doe in Paris on Monday. "  # one event, told again and again


def many_acts(n: int) -> str:
    """n sentences of one country's acts on the same day against 3,120 different people."""
    first = ["Jane", "John", "Maria", "Ahmed", "Li", "Olga", "Pedro", "Aisha", "Tom", "Sara"]
    last = ["Doe", "Roe", "Smith", "Khan", "Wang", "Ivanova", "Silva", "Bello", "Brown", "Cohen", "Garcia", "Novak"]
    return "".join(f"France criticized {first[i % 10]} {chr(65 + i // 120 % 26)}. {last[i // 10 % 12]} on Monday. "
                   for i in range(n))


def log(msg: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {msg}", flush=True)


def corpus(n: int, skip: int = 0) -> list[dict]:
    with gzip.open(CORPUS, "rt", encoding="utf-8") as f:
        return [json.loads(line) for line, _ in zip(f, range(skip + n))][skip:]


def write_corpus(raw: Path, n: int, name: str = "corpus.jsonl") -> None:
    raw.mkdir(parents=True, exist_ok=True)
    (raw / name).write_text("".join(json.dumps(r) + "\n" for r in corpus(n)), encoding="utf-8")


def reasons(out: Path) -> dict[str, str]:
    q = read_table(out, "quarantine")
    return dict(zip(q["source_path"].astype(str), q["reason"].astype(str)))


# ------------------------------------------------------------------ outside
def probe_outside(work: Path) -> dict:
    raw = work / "outside" / "raw"
    out = raw / "processed"  # inside the raw folder
    write_corpus(raw, 3)
    (raw / "passwd.txt").symlink_to("/etc/passwd")
    (raw / "a1.txt").write_text(corpus(1, skip=3)[0]["text"])
    (raw / "a1.json").symlink_to("/etc/hostname")
    (raw / "etc").symlink_to("/etc")
    (raw / ".hidden.txt").write_text("hidden")
    (raw / "dangling.txt").symlink_to(raw / "nowhere.txt")
    (raw / "loop.txt").symlink_to(raw / "loop.txt")
    os.mkfifo(raw / "pipe.jsonl")
    for sub in ("sub1", "sub2"):
        (raw / sub).mkdir()
        (raw / sub / "report.txt").write_text(corpus(1, skip=4)[0]["text"] + f" ({sub})")
    done: dict = {}
    t = time.perf_counter()
    runner = threading.Thread(target=lambda: done.update(run_local(raw, out)), daemon=True)
    runner.start()
    runner.join(600)
    if runner.is_alive():
        return {"blocked": True}
    first_s = time.perf_counter() - t
    secret = [line for line in Path("/etc/passwd").read_text().splitlines() if line][0]
    docs = read_table(out, "documents")
    leaked = int(docs["text"].astype(str).str.contains(secret, regex=False).sum()
                 + docs["title"].astype(str).str.contains(Path("/etc/hostname").read_text().strip(), regex=False).sum())
    second = run_local(raw, out)
    return {"first_run_s": round(first_s, 2), "documents": sorted(docs["doc_id"]), "documents_with_outside_content":
            leaked, "quarantine": reasons(out), "second_run_unchanged": second["unchanged"],
            "report_read_as_input": any("report.html" in p for p in reasons(out))}


# ------------------------------------------------------------------ stall
def extraction_times(repeats: list[int]) -> list[dict]:
    from newsfacts.extract import extract_doc
    from newsfacts.nlp import parse

    rows = []
    for n in repeats:
        doc = next(parse([(NAME * n).strip()]))
        t = time.process_time()
        extract_doc(doc, "x", None)
        rows.append({"repeats": n, "tokens": len(doc), "extract_cpu_s": round(time.process_time() - t, 2)})
        log(f"(stall) {n} repeats: {rows[-1]['extract_cpu_s']} s of CPU")
    return rows


def probe_stall(work: Path, repeats: list[int]) -> dict:
    from newsfacts.nlp import parse

    result = {"extraction_by_repeats": extraction_times(repeats)}
    t = time.process_time()
    next(parse([(NAME * 90_000).strip()]))
    result["stall_parse_cpu_s"] = round(time.process_time() - t, 1)  # spaCy's parse, before the limit applies
    for label, stall in (("normal", None), ("with_stall", (NAME * 90_000).strip()),
                         ("with_event_repeats", EVENT * 20_000), ("with_many_acts", many_acts(20_000))):
        raw, out = work / "stall" / label / "raw", work / "stall" / label / "out"
        write_corpus(raw, 20)
        if stall is not None:
            (raw / "stall.txt").write_text(stall)  # 990,000 characters of one name; 900,000 of one event; ...
        t = time.perf_counter()
        summary = run_local(raw, out)
        result[f"{label}_run_s"] = round(time.perf_counter() - t, 1)
        result[f"{label}_rows"] = summary["rows"]
        result[f"{label}_quarantine"] = summary["quarantine_by_reason"]
        log(f"(stall) {label}: {result[f'{label}_run_s']} s")
    from newsfacts.deadline import DOC_TIME_LIMIT_S

    result["doc_time_limit_s"] = DOC_TIME_LIMIT_S
    return result


# ------------------------------------------------------------------ bombs
_INGEST = r"""
import json, re, sys, time
from collections import Counter
from newsfacts.ingest import Document, iter_raw
t = time.perf_counter()
docs, rows = 0, Counter()
for item in iter_raw(sys.argv[1]):
    if isinstance(item, Document):
        docs += 1
    else:
        rows[item.reason] += 1
peak = int(re.search(r"VmHWM:\s+(\d+) kB", open("/proc/self/status").read())[1])  # this process's own peak
print(json.dumps({"seconds": round(time.perf_counter() - t, 2), "documents": docs, "rows": dict(rows),
                  "peak_rss_mb": round(peak / 1024, 1)}))
"""


def _gzip_lines(path: Path, line: bytes, n: int) -> None:
    block = line * 100_000
    with gzip.open(path, "wb", compresslevel=9) as f:
        for _ in range(n // 100_000):
            f.write(block)


def probe_bombs(work: Path) -> dict:
    rng = random.Random(18)
    makers = {
        "newlines_1e9.jsonl.gz": lambda p: _gzip_lines(p, b"\n" * 10, 100_000_000),
        "braces_3e6.jsonl.gz": lambda p: _gzip_lines(p, b"{}\n", 3_000_000),
        "braces_25e6.jsonl.gz": lambda p: _gzip_lines(p, b"{}\n", 25_000_000),
        "random_200k.jsonl": lambda p: p.write_bytes(rng.randbytes(200_000)),
    }
    result = {}
    for name, make in makers.items():
        raw = work / "bombs" / name.split(".")[0]
        write_corpus(raw, 20)
        make(raw / name)
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        proc = subprocess.run([sys.executable, "-c", _INGEST, str(raw)], env=env, capture_output=True, text=True,
                              timeout=1800)
        measured = json.loads(proc.stdout) if proc.returncode == 0 else {"error": proc.stderr[-500:]}
        n_rows = sum(measured.get("rows", {}).values())
        measured.update(file_bytes=(raw / name).stat().st_size, quarantine_share=round(n_rows / (20 + n_rows), 3))
        result[name] = measured
        log(f"(bombs) {name}: {measured}")
    return result


# ------------------------------------------------------------------ damage
def garble(path: Path, keep_footer: bool = False) -> None:
    """Flip bytes of a file; with `keep_footer`, only its data pages (the Parquet footer still reads)."""
    data = bytearray(path.read_bytes())
    stop = len(data) - 8 - int.from_bytes(data[-8:-4], "little") - 64 if keep_footer else len(data)
    for i in range(8, stop, 7):
        data[i] ^= 0x5A
    path.write_bytes(bytes(data))


def _damages(raw: Path) -> dict:
    """name -> what it does to an output folder `o` (a copy of the committed one)."""
    def v(o: Path) -> Path:
        return storage.current_version(o)

    def older_table(o: Path) -> None:
        part = storage.table_part(v(o), "actors")
        import pyarrow.parquet as pq

        pq.write_table(pq.read_table(part).slice(0, 1), part)

    def legacy_cache(o: Path) -> None:
        (v(o) / "_state" / "checksums.json").unlink()
        garble(v(o) / "_state" / "extractions.parquet", keep_footer=True)

    def as_folder(o: Path) -> None:
        (o / "current").unlink()
        (o / "current").mkdir()

    return {
        "corrupt_manifest": lambda o: garble(v(o) / "_state" / "manifest.parquet"),
        "corrupt_cache_changed_input": lambda o: garble(v(o) / "_state" / "extractions.parquet"),
        "truncated_table": lambda o: os.truncate(storage.table_part(v(o), "events"), 100),
        "table_replaced_by_older_valid_file": older_table,
        "table_link_deleted": lambda o: (o / "actor_mentions").unlink(),
        "current_deleted": lambda o: (o / "current").unlink(),
        "current_replaced_by_a_folder": as_folder,
        "state_without_checksums_unreadable": legacy_cache,
    }


def probe_damage(work: Path) -> dict:
    from newsfacts.storage import DamagedOutput

    base_raw, base_out = work / "damage" / "raw", work / "damage" / "out"
    write_corpus(base_raw, 8)
    run_local(base_raw, base_out)
    result = {}
    for name, damage in _damages(base_raw).items():
        raw, out = work / "damage" / name / "raw", work / "damage" / name / "out"
        shutil.copytree(base_raw, raw)
        shutil.copytree(base_out, out, symlinks=True)
        damage(out)
        if name == "corrupt_cache_changed_input":
            write_corpus(raw, 9, "more.jsonl")  # one article more (and 8 the same: duplicates of the others)
        row: dict = {"validate_before": validate_output(out)[:2]}
        try:
            summary = run_local(raw, out)
            row.update(outcome="repaired", extracted=summary["extracted"], unchanged=summary["unchanged"])
        except DamagedOutput as e:
            row.update(outcome="refused", message=str(e))
            if "--full-refresh" in str(e):
                row["after_full_refresh_extracted"] = run_local(raw, out, full_refresh=True)["extracted"]
        row["validate_after"] = validate_output(out) if row["outcome"] == "repaired" or \
            "after_full_refresh_extracted" in row else None
        result[name] = row
        log(f"(damage) {name}: {row['outcome']}")
    return result


# ------------------------------------------------------------------ readers
_COMMITTER = """
import sys, time
from pathlib import Path
from newsfacts import storage
out, n, every = Path(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3])
base = {t: storage.read_table(out, t) for t in storage.MODELS}
ids = list(base["documents"]["doc_id"])
for i in range(n):
    drop = set(ids[i % 10::10])  # each set leaves out a different tenth of the documents, consistently
    v = storage.new_version(out)
    for t, df in base.items():
        storage.write_table(v, t, df[~df["doc_id"].isin(drop)] if "doc_id" in df.columns else df)
    storage.commit(out, v)
    time.sleep(every)
"""
_READER = """
import json, os, sys, time, duckdb
out, seconds = sys.argv[1], float(sys.argv[2])
stats = {k: {"reads": 0, "errors": 0, "inconsistent": 0, "examples": []} for k in ("glob", "current_once", "links")}
def orphans(docs, mentions):  # mentions of documents not in the documents table read with them
    return duckdb.sql(f"select count(*) from read_parquet('{mentions}') m anti join read_parquet('{docs}') d "
                      f"using (doc_id)").fetchall()[0][0]
end = time.time() + seconds
while time.time() < end:
    for kind in stats:
        s = stats[kind]
        s["reads"] += 1
        try:
            if kind == "glob":
                duckdb.sql(f"select count(*), sum(start) from '{out}/actor_mentions/**/*.parquet'").fetchall()
                continue
            root = os.path.realpath(f"{out}/current") if kind == "current_once" else out
            s["inconsistent"] += orphans(f"{root}/documents/**/*.parquet", f"{root}/actor_mentions/**/*.parquet") > 0
        except Exception as e:
            s["errors"] += 1
            if len(s["examples"]) < 3:
                s["examples"].append(f"{type(e).__name__}: {str(e)[:160]}")
print(json.dumps(stats))
"""


def probe_readers(work: Path, commits: int, every: float) -> dict:
    raw, out = work / "readers" / "raw", work / "readers" / "out"
    write_corpus(raw, 300)
    run_local(raw, out)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    committer = subprocess.Popen([sys.executable, "-c", _COMMITTER, str(out), str(commits), str(every)], env=env)
    t = time.perf_counter()
    reader = subprocess.run([sys.executable, "-c", _READER, str(out), str(commits * every)], env=env,
                            capture_output=True, text=True)
    committer.wait()
    stats = json.loads(reader.stdout) if reader.returncode == 0 else {"error": reader.stderr[-500:]}
    return {"commits": commits, "every_s": every, "seconds": round(time.perf_counter() - t, 1),
            "sets_kept_at_end": len(list((out / storage.VERSIONS).iterdir())), "readers": stats,
            "validate_after": validate_output(out)}


# ------------------------------------------------------------------ signals
def _extracting(raw: Path, out: Path) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "NEWSFACTS_PROGRESS": "0"}
    proc = subprocess.Popen([sys.executable, "-m", "flows.cli", "run", "--raw", str(raw), "--out", str(out),
                             "--workers", "1", "--batch-size", "1", "--doc-time-limit", "3600"], cwd=ROOT, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, start_new_session=True)
    deadline = time.monotonic() + 300
    while proc.poll() is None and time.monotonic() < deadline and not list((out / ".work").glob("*/extract-*.tmp")):
        time.sleep(0.5)
    return proc


def probe_signals(work: Path) -> dict:
    result = {}
    for name, sig, group in (("SIGINT", signal.SIGINT, False), ("SIGTERM", signal.SIGTERM, False),
                             ("Ctrl-C", signal.SIGINT, True), ("SIGKILL", signal.SIGKILL, False)):
        raw, out = work / "signals" / name / "raw", work / "signals" / name / "out"
        write_corpus(raw, 5)
        run_local(raw, out)
        committed = storage.current_version(out)
        for k in range(3):
            (raw / f"stall-{k}.txt").write_text((NAME * 4000).strip())
        proc = _extracting(raw, out)
        started = descendants(proc.pid)
        t = time.monotonic()
        os.killpg(proc.pid, sig) if group else proc.send_signal(sig)
        proc.wait(timeout=120)
        exit_s = time.monotonic() - t
        while alive(started) and time.monotonic() - t < 30:
            time.sleep(0.25)
        result[name] = {"exit_s": round(exit_s, 2), "returncode": proc.returncode, "processes_started": len(started),
                        "left_after_s": round(time.monotonic() - t, 2), "left": len(alive(started)),
                        "last_set_kept": storage.current_version(out) == committed, "validate": validate_output(out)}
        log(f"(signals) {name}: {result[name]}")
    return result


# ------------------------------------------------------------------ metadata
def probe_metadata(work: Path) -> dict:
    from newsfacts.report import REPORT

    raw, out = work / "metadata" / "raw", work / "metadata" / "out"
    texts = [r["text"] for r in corpus(8)]
    raw.mkdir(parents=True)
    dates = ["2024-13-45", "yesterday", 1e20, "2024-02-30", "9999-12-31T99:99:99"]
    for k, published in enumerate(dates):
        (raw / f"date-{k}.txt").write_text(texts[k])
        (raw / f"date-{k}.json").write_text(json.dumps({"published": published}))
    odd = [{"id": "title-int", "title": 123}, {"id": "title-list", "title": [1, 2]},
           {"id": "title-bool", "title": True}, {"id": "title-inf", "title": float("inf")},
           {"id": "js-url", "url": "javascript:alert(1)"},
           {"id": "<!--<script>", "title": "</script><script>alert(1)</script>"}]
    (raw / "odd.jsonl").write_text("".join(json.dumps({**o, "text": texts[5]}) + "\n" for o in odd))
    (raw / "wide.jsonl").write_bytes((json.dumps({"id": "utf16", "text": texts[6]}) + "\n").encode("utf-16"))
    (raw / "mixed.txt").write_bytes("Le président a parlé.\n".encode() + "Le ministre a répondu à Zürich.\n"
                                    .encode("cp1252") + texts[7].encode())
    run_local(raw, out)
    docs = read_table(out, "documents").set_index("doc_id")
    q = read_table(out, "quarantine")
    page = (out / REPORT).read_text()
    script = page.split('<script type="application/json" id="newsfacts-summary">', 1)[1].split("</script>", 1)[0]
    dated, titled = [f"date-{k}" for k in range(len(dates))], [o["id"] for o in odd[:4]]
    return {"documents": len(docs),
            "dates_dropped": f"{int(docs.loc[dated, 'published'].isna().sum())} of {len(dated)}",
            "titles_dropped": f"{int(docs.loc[titled, 'title'].isna().sum())} of {len(titled)}",
            "javascript_url_kept": bool(docs.loc["js-url", ["url", "source"]].notna().any()),
            "warning_rows": sorted(f"{d}: {r}" for d, r in zip(q["doc_id"].astype(str), q["reason"].astype(str))),
            "utf16_jsonl_read": "utf16" in docs.index, "mixed_text": str(docs.loc["mixed", "text"])[:60],
            "report_json_block_holds_a_lt": "<" in script,
            "report_json_reads_back_the_doc_id": "<!--<script>" in json.dumps(json.loads(script), ensure_ascii=False)}


# ------------------------------------------------------------------ main
def main(argv: list[str] | None = None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--probes", nargs="*", default=list(PROBES), choices=PROBES)
    ap.add_argument("--repeats", nargs="*", type=int, default=[1000, 2000, 8000])
    ap.add_argument("--commits", type=int, default=150)
    ap.add_argument("--every", type=float, default=2.0)
    ap.add_argument("--workdir", default="/tmp/newsfacts-hostile")
    ap.add_argument("--results", default=str(RESULTS))
    args = ap.parse_args(argv)
    work = Path(args.workdir)
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    runs = {"outside": lambda: probe_outside(work), "stall": lambda: probe_stall(work, args.repeats),
            "bombs": lambda: probe_bombs(work), "damage": lambda: probe_damage(work),
            "readers": lambda: probe_readers(work, args.commits, args.every), "signals": lambda: probe_signals(work),
            "metadata": lambda: probe_metadata(work)}
    results = json.loads(Path(args.results).read_text()) if Path(args.results).exists() else {}
    for name in args.probes:
        log(f"probe {name}")
        t = time.perf_counter()
        results[name] = {**runs[name](), "probe_s": round(time.perf_counter() - t, 1),
                         "command": "python benchmarks/hostile.py --probes " + name,
                         "measured": time.strftime("%Y-%m-%d")}
        Path(args.results).write_text(json.dumps(results, indent=2, default=str) + "\n")
    print(json.dumps({k: results[k] for k in args.probes}, indent=2, default=str))
    return results


if __name__ == "__main__":
    main()

"""What a run costs as the stored corpus grows: a no-op run, adding 100 articles, a full re-resolve.

    python benchmarks/eval_sets.py corpus              # once: the 5,000-article corpus extracted
    python benchmarks/scale.py [--sizes 50000 200000] [--add 100] [--work DIR] [--result FILE]

For each size N it builds a synthetic corpus of N stored articles from the real corpus's extraction
results (the committed set of `eval_sets.py corpus`), then runs the pipeline three times in a process
of its own each (wall time, peak RSS, the run's own stage timings):
- *seed*: the first run over the N articles, every extraction already in the cache: the cost of
  resolving and writing the whole corpus (today's full re-resolve, with ingest);
- *no-op*: the same input again;
- *add*: `--add` new articles (real texts with new names, extracted by spaCy in this run);
- *seed_dask* (`--dask`): the added articles dropped again, so the seed's articles with every extraction
  cached, resolved on a local Dask cluster of 2 worker processes (`newsfacts.resolve.parallel`): the full
  re-resolve on Dask, its row counts checked against the seed's (the tests check the tables cell by cell).

The synthetic corpus: clone c of the 5,000 articles (c = 0, 1, ...) has ids `<id>~c`, its dates moved
c weeks on, and in four clones of five the names of its people and organizations changed by a vowel
substitution that keeps their length (so offsets hold, and 'Bush' may become 'Bash': identity has real
work to do, and some different names meet). Every fifth clone keeps the names: the same real-world
actors reported again weeks later. Text spans are rewritten in the text and in the results alike, so
the tables validate. Results go to `benchmarks/results/scale.json` and are printed.
"""
from __future__ import annotations

import argparse
import datetime as dt
import gzip
import itertools
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from benchmarks.throughput import PeakMemory  # noqa: E402
BASE = ROOT / ".cache" / "eval" / "corpus-out"
WORK = ROOT / ".cache" / "scale"
RESULT = ROOT / "benchmarks" / "results" / "scale.json"
VOWELS = "aeiou"
VARIANTS = [p for p in itertools.permutations(VOWELS) if "".join(p) != VOWELS]  # 119 substitutions
NAMED = {"PERSON", "ORGANIZATION"}
PER_FILE = 5_000  # articles per input file (one JSON Lines file per clone)


def substitution(clone: int) -> dict | None:
    """The vowel substitution of a clone's names, or None for a clone that keeps them."""
    if clone % 5 == 0:
        return None
    perm = "".join(VARIANTS[(clone * 37) % len(VARIANTS)])
    return str.maketrans(VOWELS + VOWELS.upper(), perm + perm.upper())


def _shift(value: str | None, days: int) -> str | None:
    return None if not value else (dt.date.fromisoformat(value) + dt.timedelta(days=days)).isoformat()


def clone(doc: dict, result: dict, c: int) -> tuple[dict, dict]:
    """Clone c of one article: (its raw JSON record, its extraction result)."""
    table, days = substitution(c), 7 * c
    text, result = doc["text"], json.loads(json.dumps(result))
    if table is not None:
        chars = list(text)
        for actor in result["actors"]:
            if actor["actor_type"] not in NAMED:
                continue
            names = {actor["name"], *actor["aliases"]}
            for m in actor["mentions"]:
                if m["text"] in names:
                    chars[m["start"]:m["end"]] = list(m["text"].translate(table))
            actor["name"] = actor["name"].translate(table)
            actor["aliases"] = [a.translate(table) for a in actor["aliases"]]
            actor["known_as"] = None  # a different person from the dictionary's
        text = "".join(chars)
        for actor in result["actors"]:
            for m in actor["mentions"]:
                m["text"] = text[m["start"]:m["end"]]
        for q in result["quotes"]:
            q["text"] = text[q["start"]:q["end"]]
            q["speaker_text"] = q["speaker_text"].translate(table) if q["speaker_text"] else q["speaker_text"]
        for e in result["events"]:
            e["trigger"] = text[e["start"]:e["end"]]
    for e in result["events"]:
        e["event_date"] = _shift(e["event_date"], days)
    doc_id = doc["doc_id"] if c == 0 else f"{doc['doc_id']}~{c}"
    result["doc_id"] = doc_id
    published = doc["published"] + dt.timedelta(days=days) if doc["published"] is not None else None
    record = {"id": doc_id, "title": doc["title"], "published": published.isoformat() if published else None,
              "source": doc["source"], "text": text}
    return record, result


def base_corpus(base: Path) -> tuple[list[dict], dict[str, dict]]:
    """The real corpus's documents and extraction results (doc_id -> result)."""
    version = base / "current"
    if not version.exists():
        sys.exit(f"no committed set in {base}: run `python benchmarks/eval_sets.py corpus` first")
    docs = pq.read_table(next((version / "documents").glob("*.parquet")),
                         columns=["doc_id", "title", "published", "source", "text"]).to_pylist()
    cache = pq.read_table(version / "_state" / "extractions.parquet", columns=["doc_id", "result"])
    results = {d: json.loads(r) for d, r in zip(cache["doc_id"].to_pylist(), cache["result"].to_pylist())}
    return [d for d in docs if d["doc_id"] in results], results


def build(n: int, docs: list[dict], results: dict[str, dict], folder: Path) -> tuple[Path, Path]:
    """A raw folder of n articles and an output folder whose committed set holds their extractions only."""
    from newsfacts.ingest import iter_raw
    from newsfacts.pipeline import TABLES, extractor_version
    from newsfacts.state import CACHE
    from newsfacts.storage import STATE, commit, new_version, write_parquet, write_table
    from newsfacts.tables import frame

    if folder.exists():
        shutil.rmtree(folder)
    raw, out = folder / "raw", folder / "out"
    raw.mkdir(parents=True)
    out_results: dict[str, str] = {}
    for c in range((n + len(docs) - 1) // len(docs)):
        take = docs[: min(len(docs), n - c * len(docs))]
        with gzip.open(raw / f"clone-{c:04d}.jsonl.gz", "wt", encoding="utf-8", compresslevel=1) as f:
            for doc in take:
                record, result = clone(doc, results[doc["doc_id"]], c)
                f.write(json.dumps(record, ensure_ascii=False) + "\n")
                out_results[record["id"]] = json.dumps(result, ensure_ascii=False)
    # the cache is keyed by the text's hash as ingest computes it
    keys = {d.doc_id: d.text_sha256 for d in iter_raw(raw) if hasattr(d, "text_sha256")}
    ids = [d for d in out_results if d in keys]
    version = new_version(out)
    for name in TABLES:
        write_table(version, name, frame(name, []))
    write_parquet(version / STATE / CACHE, pa.table({
        "doc_id": pa.array(ids, pa.string()),
        "text_sha256": pa.array([keys[d] for d in ids], pa.string()),
        "extractor_version": pa.array([extractor_version()] * len(ids), pa.string()),
        "result": pa.array([out_results[d] for d in ids], pa.string()),
        "timeout_s": pa.array([None] * len(ids), pa.float64()),
    }))
    commit(out, version)
    return raw, out


def add_articles(raw: Path, docs: list[dict], results: dict[str, dict], n: int, k: int) -> None:
    """k new articles (not in the cache): real texts of a clone index no stored article has."""
    c = (n + len(docs) - 1) // len(docs) + 1
    with gzip.open(raw / "new.jsonl.gz", "wt", encoding="utf-8") as f:
        for doc in docs[:k]:
            f.write(json.dumps(clone(doc, results[doc["doc_id"]], c)[0], ensure_ascii=False) + "\n")


# Peak memory from the process's own high-water mark (VmHWM): getrusage's ru_maxrss would also count the
# benchmark's memory that the process had before it executed Python (Linux keeps it across exec).
RUN = """
import json, re, sys, time
sys.path.insert(0, {root!r})
t = time.perf_counter()
from newsfacts.pipeline import run_local
s = run_local({raw!r}, {out!r}, dask={dask!r}, workers=2)
hwm = int(re.search(r"VmHWM:\\s+(\\d+) kB", open("/proc/self/status").read()).group(1))
print(json.dumps({{"wall_s": time.perf_counter() - t, "peak_rss_mb": hwm / 1024,
                  "unchanged": s["unchanged"], "extracted": s["extracted"], "rows": s["rows"],
                  "assemble_steps": s.get("assemble_steps"),
                  "timings": s.get("timings", {{}})}}))
"""


def run(raw: Path, out: Path, dask: str | None = None) -> dict:
    """One pipeline run in a fresh process (no Prefect): its wall time, peak memory and summary. With `dask`
    ("local": a cluster of 2 single-threaded worker processes), the peak memory of the run's whole process tree
    too (`throughput.PeakMemory`: the workers are processes of their own)."""
    env = {**os.environ, "NEWSFACTS_PROGRESS": "0"}
    cmd = [sys.executable, "-c", RUN.format(root=str(ROOT), raw=str(raw), out=str(out), dask=dask)]
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    memory = PeakMemory(proc.pid) if dask else None
    stdout, stderr = proc.communicate()
    tree = memory.stop() if memory is not None else None
    if proc.returncode:
        raise RuntimeError(stderr[-3000:])
    figures = json.loads(stdout.strip().splitlines()[-1])
    if tree is not None:
        figures["process_tree"] = {k: round(v, 1) if isinstance(v, float) else v for k, v in tree.items()}
    return figures


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[50_000, 200_000])
    ap.add_argument("--add", type=int, default=100)
    ap.add_argument("--base", type=Path, default=BASE)
    ap.add_argument("--work", type=Path, default=WORK)
    ap.add_argument("--result", type=Path, default=RESULT)
    ap.add_argument("--keep", action="store_true", help="keep each size's folders (default: removed after it)")
    ap.add_argument("--dask", action="store_true",
                    help="also a full re-resolve on a local 2-worker Dask cluster (the added articles dropped again: "
                         "the first run's articles, every extraction cached)")
    a = ap.parse_args(argv)
    docs, results = base_corpus(a.base)
    report = {"base_articles": len(docs), "add": a.add, "sizes": {}}
    for n in a.sizes:
        t = time.perf_counter()
        raw, out = build(n, docs, results, a.work / str(n))
        figures = {"build_s": round(time.perf_counter() - t, 1)}
        for stage in ("seed", "noop", "add") + (("seed_dask",) if a.dask else ()):
            if stage == "add":
                add_articles(raw, docs, results, n, a.add)
            if stage == "seed_dask":
                (raw / "new.jsonl.gz").unlink()  # back to the seed's articles: all cached, everything resolved again
            figures[stage] = run(raw, out, "local" if stage == "seed_dask" else None)
            print(n, stage, json.dumps(figures[stage]), flush=True)
        if a.dask:
            assert figures["seed_dask"]["rows"] == figures["seed"]["rows"], "the Dask resolve gave other tables"
        report["sizes"][str(n)] = figures
        if not a.keep:
            shutil.rmtree(a.work / str(n), ignore_errors=True)
    sizes = [str(n) for n in a.sizes]
    report["growth"] = {f"{x}->{y}": {stage: round(report["sizes"][y][stage]["wall_s"] /
                                                   max(report["sizes"][x][stage]["wall_s"], 1e-9), 2)
                                      for stage in ("seed", "noop", "add") + (("seed_dask",) if a.dask else ())}
                        for x, y in zip(sizes, sizes[1:])}
    a.result.parent.mkdir(parents=True, exist_ok=True)
    a.result.write_text(json.dumps(report, indent=2))
    print(json.dumps(report["growth"], indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())

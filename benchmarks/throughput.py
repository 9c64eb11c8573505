"""Throughput, memory and rerun cost of the full flow against spaCy's own limit, in one run.

    python benchmarks/throughput.py [--corpus FILE] [--limit N] [--workers 1 2] [--result FILE]

On the shared corpus it measures:
- spaCy `nlp.pipe` alone on the cleaned texts (same model, same number of processes);
- the full flow (`newsfacts run`, Prefect's ephemeral server, a fresh output folder) at each
  number of worker processes: documents per second over the flow's own time (ingest to
  commit, read from the run summary; the server's start is not the flow's work), the
  wall time of the command, and the peak memory of the whole process tree (sampled);
- the rerun with nothing changed (the flow's time and the command's);
- ratios: flow / spaCy at the same number of processes, 2 processes / 1 process.
Results go to `benchmarks/results/throughput.json` (and are printed).
"""
from __future__ import annotations

import argparse
import gzip
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "wikinews-5000.jsonl.gz"


def _raw_folder(corpus: Path, limit: int | None, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    with gzip.open(corpus, "rt", encoding="utf-8") as f, gzip.open(folder / "corpus.jsonl.gz", "wt") as out:
        for i, line in enumerate(f):
            if limit is not None and i >= limit:
                break
            out.write(line)
    return folder


class PeakMemory:
    """Peak resident memory of a process and all its descendants, sampled every 0.2 s."""

    def __init__(self, pid: int):
        self.proc, self.peak, self._stop = psutil.Process(pid), 0, threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                procs = [self.proc, *self.proc.children(recursive=True)]
                self.peak = max(self.peak, sum(p.memory_info().rss for p in procs if p.is_running()))
            except psutil.Error:
                pass
            self._stop.wait(0.2)

    def stop(self) -> int:
        self._stop.set()
        self._thread.join()
        return self.peak


def spacy_alone(raw: Path, n_process: int) -> dict:
    """nlp.pipe over every cleaned text, nothing else, in a fresh interpreter."""
    code = f"""
import json, time
from newsfacts.ingest import iter_raw, Document
from newsfacts.nlp import load_nlp
texts = [d.text for d in iter_raw({str(raw)!r}) if isinstance(d, Document)]
nlp = load_nlp()
t = time.perf_counter()
n = sum(1 for _ in nlp.pipe(texts, batch_size=32, n_process={n_process}))
print(json.dumps({{"documents": n, "seconds": time.perf_counter() - t}}))
"""
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True, cwd=ROOT)
    r = json.loads(out.stdout.strip().splitlines()[-1])
    r["docs_per_s"] = r["documents"] / r["seconds"]
    return r


def flow_run(raw: Path, out: Path, workers: int, env: dict) -> dict:
    cmd = [str(Path(sys.executable).with_name("newsfacts")), "run", "--raw", str(raw), "--out", str(out),
           "--workers", str(workers)]
    t = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    mem = PeakMemory(proc.pid)
    stdout, _ = proc.communicate()
    wall = time.perf_counter() - t
    peak = mem.stop()
    if proc.returncode:
        raise SystemExit(f"{' '.join(cmd)} failed with exit status {proc.returncode}")
    summary = json.loads((out / "current" / "run_summary.json").read_text())
    line = json.loads(stdout.strip().splitlines()[-1])
    seconds = summary["timings"]["total_s"] if not line["unchanged"] else None
    return {"workers": workers, "wall_s": wall, "flow_s": seconds, "documents": summary["rows"]["documents"],
            "extracted": line["extracted"], "unchanged": line["unchanged"], "peak_memory_mib": peak / 2**20,
            "timings": summary.get("timings"),
            "docs_per_s": summary["rows"]["documents"] / seconds if seconds else None}


def rerun(raw: Path, out: Path, workers: int, env: dict) -> dict:
    before = {p: p.stat().st_mtime_ns for p in (out / "current").rglob("*")}
    cmd = [str(Path(sys.executable).with_name("newsfacts")), "run", "--raw", str(raw), "--out", str(out),
           "--workers", str(workers)]
    t = time.perf_counter()
    proc = subprocess.run(cmd, env=env, cwd=ROOT, capture_output=True, text=True, check=True)
    wall = time.perf_counter() - t
    line = json.loads(proc.stdout.strip().splitlines()[-1])
    after = {p: p.stat().st_mtime_ns for p in (out / "current").rglob("*")}
    # the flow's own time: the command without Prefect's server start, taken from its log
    return {"wall_s": wall, "unchanged": line["unchanged"], "rewrote_nothing": before == after,
            "flow_s": _flow_seconds(proc.stderr + proc.stdout)}


def _flow_seconds(log: str) -> float | None:
    """Seconds between the flow run's first and last log lines (HH:MM:SS.mmm stamps)."""
    stamps = []
    for line in log.splitlines():
        if "Flow run" in line and ("Beginning flow run" in line or "Finished in state" in line):
            h, m, s = line.split("|")[0].strip().split(":")
            stamps.append(int(h) * 3600 + int(m) * 60 + float(s))
    return stamps[-1] - stamps[0] if len(stamps) >= 2 else None


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--limit", type=int, default=None, help="only the first N articles")
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--result", type=Path, default=ROOT / "benchmarks" / "results" / "throughput.json")
    ap.add_argument("--keep-out", type=Path, default=None,
                    help="write the last flow run's tables here and keep them (default: a temporary folder)")
    a = ap.parse_args(argv)
    tmp = Path(tempfile.mkdtemp(prefix="newsfacts-bench-"))
    env = {**os.environ, "PREFECT_HOME": str(tmp / "prefect"), "PREFECT_SERVER_ANALYTICS_ENABLED": "false"}
    try:
        raw = _raw_folder(a.corpus, a.limit, tmp / "raw")
        result = {"corpus": str(a.corpus.name), "limit": a.limit, "cpu_count": os.cpu_count(),
                  "spacy": {}, "flow": {}, "ratio_flow_to_spacy": {}}
        for w in a.workers:
            print(f"spaCy nlp.pipe, {w} process(es) ...", flush=True)
            result["spacy"][w] = spacy_alone(raw, w)
            print(f"full flow, {w} worker(s) ...", flush=True)
            out = a.keep_out if a.keep_out and w == a.workers[-1] else tmp / f"out-{w}"
            result["flow"][w] = flow_run(raw, out, w, env)
            result["ratio_flow_to_spacy"][w] = result["flow"][w]["docs_per_s"] / result["spacy"][w]["docs_per_s"]
        w = a.workers[-1]
        print("rerun with nothing changed ...", flush=True)
        result["rerun_unchanged"] = rerun(raw, a.keep_out or tmp / f"out-{w}", w, env)
        full = result["flow"][w]["flow_s"]
        result["rerun_unchanged"]["share_of_full_run"] = (result["rerun_unchanged"]["flow_s"] or 0) / full
        if 1 in a.workers and 2 in a.workers:
            result["speedup_2_vs_1"] = {k: result[k][2]["docs_per_s"] / result[k][1]["docs_per_s"]
                                        for k in ("spacy", "flow")}
        result["peak_memory_mib"] = max(r["peak_memory_mib"] for r in result["flow"].values())
        a.result.parent.mkdir(parents=True, exist_ok=True)
        a.result.write_text(json.dumps(result, indent=2))
        print(json.dumps(result, indent=2))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

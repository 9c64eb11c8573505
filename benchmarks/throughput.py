"""Throughput, memory and rerun cost of the full flow against spaCy's own limit, in one run.

    python benchmarks/throughput.py [--corpus FILE] [--limit N] [--workers 1 2] [--result FILE]

On the shared corpus it measures:
- spaCy alone on the cleaned texts (same model, same number of processes), two ways:
  `nlp.pipe(batch_size=32, n_process=N)` and newsfacts' own batching without the
  extraction (`newsfacts.nlp.parse`); the flow is compared with the faster of the two;
- the full flow (`newsfacts run`, Prefect's ephemeral server, a fresh output folder) at each
  number of worker processes: documents per second over the flow's own time (ingest to
  commit, read from the run summary; the server's start is not the flow's work), the
  wall time of the command, and the peak memory of the whole process tree (flow, Prefect's
  API server, workers; sampled, as summed RSS and summed PSS). spaCy alone is sampled the
  same way, so both pay the same (small) cost for the sampling and its memory is at hand;
- the rerun with nothing changed (the flow's time and the command's);
- ratios: flow / spaCy at the same number of processes, 2 processes / 1 process.
Results go to `benchmarks/results/throughput.json` (and are printed).

    python benchmarks/throughput.py --scaling PAIRS

measures only the flow's speed-up from 1 to 2 workers, over PAIRS back-to-back pairs of runs
(median), since this machine's speed drifts between runs minutes apart (`results/scaling.json`).
"""
from __future__ import annotations

import argparse
import gzip
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "wikinews-5000.jsonl.gz"
RESULT = ROOT / "benchmarks" / "results" / "throughput.json"


def _raw_folder(corpus: Path, limit: int | None, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    with gzip.open(corpus, "rt", encoding="utf-8") as f, gzip.open(folder / "corpus.jsonl.gz", "wt") as out:
        for i, line in enumerate(f):
            if limit is not None and i >= limit:
                break
            out.write(line)
    return folder


def _role(proc: psutil.Process) -> str:
    """What a process of the run's tree is: the flow, Prefect's API server, a worker, or other."""
    cmd = " ".join(proc.cmdline())
    if "uvicorn" in cmd and "prefect.server" in cmd:
        return "prefect_server"
    if "multiprocessing.spawn" in cmd or "distributed" in cmd:
        return "workers"
    if "resource_tracker" in cmd:
        return "other"
    if "--parse-only" in cmd:
        return "spacy_alone"
    return "flow" if "newsfacts" in cmd else "other"


class PeakMemory:
    """Peak memory of a process and all its descendants, sampled while it runs.

    `rss`: the sum of resident sizes, every 0.2 s (pages shared between processes, such as
    libraries, count once per process: an upper bound). `pss`: the sum of proportional set
    sizes (a shared page split between its sharers: what the tree takes from the machine),
    every 2 s, since the kernel walks a process's page tables to compute it (~2 ms for a
    spaCy worker). `by_role`: MiB per kind of process when the RSS sum peaked.
    The sampling itself costs ~2% of one core (it shares the cores with what it measures; reading
    PSS every 0.2 s cost ~10% and slowed what it measured on two busy cores).
    """

    RSS_EVERY, PSS_EVERY = 0.2, 2.0

    def __init__(self, pid: int):
        self.proc, self.rss, self.pss, self.by_role, self.cpu_s = psutil.Process(pid), 0, 0, {}, 0.0
        self._roles: dict[int, str] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _role(self, p: psutil.Process) -> str:
        if p.pid not in self._roles:
            self._roles[p.pid] = _role(p)
        return self._roles[p.pid]

    def _run(self) -> None:
        next_pss = 0.0
        while not self._stop.is_set():
            try:
                procs = [self.proc, *self.proc.children(recursive=True)]
            except psutil.Error:
                procs = []
            with_pss = time.monotonic() >= next_pss
            if with_pss:
                next_pss = time.monotonic() + self.PSS_EVERY
            rss = pss = 0
            roles: dict[str, float] = {}
            for p in procs:
                try:
                    r = p.memory_info().rss
                    pss += p.memory_full_info().pss if with_pss else 0
                    role = self._role(p)
                except psutil.Error:
                    continue
                rss += r
                roles[role] = roles.get(role, 0) + r / 2**20
            if rss > self.rss:
                self.rss, self.by_role = rss, roles
            self.pss = max(self.pss, pss)
            self.cpu_s = time.thread_time()
            self._stop.wait(self.RSS_EVERY)

    def stop(self) -> dict:
        self._stop.set()
        self._thread.join()
        return {"peak_memory_mib": self.rss / 2**20, "peak_pss_mib": self.pss / 2**20,
                "rss_mib_by_role_at_peak": self.by_role, "sampling_cpu_s": self.cpu_s}


def _sampled(cmd: list[str], env: dict | None = None) -> tuple[str, float, dict]:
    """Run `cmd` from the project root, its process tree's memory sampled: (stdout, wall seconds, memory)."""
    t = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    mem = PeakMemory(proc.pid)
    stdout, _ = proc.communicate()
    wall = time.perf_counter() - t
    memory = mem.stop()
    if proc.returncode:
        raise SystemExit(f"{' '.join(cmd)} failed with exit status {proc.returncode}")
    return stdout, wall, memory


def _newsfacts_run(raw: Path, out: Path, workers: int) -> list[str]:
    return [str(Path(sys.executable).with_name("newsfacts")), "run", "--raw", str(raw), "--out", str(out),
            "--workers", str(workers)]


def spacy_alone(raw: Path, n_process: int, how: str) -> dict:
    """spaCy alone over every cleaned text, nothing else, in a fresh interpreter (see `_parse_only`).

    Its memory is sampled as the flow's is, so both pay the same for the sampling.
    """
    stdout, _, memory = _sampled([sys.executable, __file__, "--parse-only", how, str(n_process), str(raw)])
    r = json.loads(stdout.strip().splitlines()[-1])
    return {**r, "docs_per_s": r["documents"] / r["seconds"], **memory}


def _parse_chunk(texts: list[str]) -> int:
    from newsfacts.nlp import parse

    return sum(1 for _ in parse(texts))


def _parse_only(how: str, n_process: int, raw: str) -> None:
    """Parse the texts and nothing else; print the count and seconds as JSON.

    how="pipe": `nlp.pipe(texts, batch_size=32, n_process=n)`, spaCy's own way.
    how="batched": newsfacts' own batching (`newsfacts.nlp.parse`: batches bounded in
    characters, long texts in pieces), in n processes taking 200 texts at a time like the flow.
    The model is loaded before the clock starts; worker processes load theirs on the clock.
    """
    from concurrent.futures import ProcessPoolExecutor

    from newsfacts.ingest import Document, iter_raw
    from newsfacts.nlp import load_nlp, parse

    texts = [d.text for d in iter_raw(raw) if isinstance(d, Document)]
    nlp = load_nlp()
    t = time.perf_counter()
    if how == "pipe":
        n = sum(1 for _ in nlp.pipe(texts, batch_size=32, n_process=n_process))
    elif n_process == 1:
        n = sum(1 for _ in parse(texts))
    else:
        with ProcessPoolExecutor(n_process) as pool:
            n = sum(pool.map(_parse_chunk, [texts[i:i + 200] for i in range(0, len(texts), 200)]))
    print(json.dumps({"documents": n, "seconds": time.perf_counter() - t}))


def flow_run(raw: Path, out: Path, workers: int, env: dict) -> dict:
    stdout, wall, memory = _sampled(_newsfacts_run(raw, out, workers), env)
    summary = json.loads((out / "current" / "run_summary.json").read_text())
    line = json.loads(stdout.strip().splitlines()[-1])
    seconds = summary["timings"]["total_s"] if not line["unchanged"] else None
    return {"workers": workers, "wall_s": wall, "flow_s": seconds, "documents": summary["rows"]["documents"],
            "extracted": line["extracted"], "unchanged": line["unchanged"], **memory,
            "timings": summary.get("timings"),
            "docs_per_s": summary["rows"]["documents"] / seconds if seconds else None}


def rerun(raw: Path, out: Path, workers: int, env: dict) -> dict:
    before = {p: p.stat().st_mtime_ns for p in (out / "current").rglob("*")}
    t = time.perf_counter()
    proc = subprocess.run(_newsfacts_run(raw, out, workers), env=env, cwd=ROOT, capture_output=True, text=True, check=True)
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


def scaling(raw: Path, pairs: int, env: dict, tmp: Path) -> dict:
    """The flow alone with 1 and 2 workers, alternating `pairs` times (1, 2, 1, 2, ...).

    This machine's speed drifts over minutes; runs taken back to back in pairs share the
    drift, so the speed-up of each pair, and their median, depend less on it.
    """
    runs: dict[int, list[dict]] = {1: [], 2: []}
    for i in range(pairs):
        for w in (1, 2):
            print(f"pair {i + 1}/{pairs}: full flow, {w} worker(s) ...", flush=True)
            runs[w].append(flow_run(raw, tmp / f"scaling-{w}", w, env))
            shutil.rmtree(tmp / f"scaling-{w}", ignore_errors=True)
    speedups = [b["docs_per_s"] / a["docs_per_s"] for a, b in zip(runs[1], runs[2])]
    return {"flow": runs, "speedup_2_vs_1_by_pair": speedups,
            "speedup_2_vs_1_median": statistics.median(speedups)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--limit", type=int, default=None, help="only the first N articles")
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--result", type=Path, default=RESULT)
    ap.add_argument("--keep-out", type=Path, default=None,
                    help="write the last flow run's tables here and keep them (default: a temporary folder)")
    ap.add_argument("--scaling", type=int, default=None, metavar="PAIRS",
                    help="only the flow's speed-up from 1 to 2 workers: PAIRS alternating runs, their median "
                         "(result default: benchmarks/results/scaling.json)")
    ap.add_argument("--parse-only", nargs=3, metavar=("HOW", "N", "RAW"), help=argparse.SUPPRESS)
    a = ap.parse_args(argv)
    if a.parse_only:
        _parse_only(a.parse_only[0], int(a.parse_only[1]), a.parse_only[2])
        return 0
    tmp = Path(tempfile.mkdtemp(prefix="newsfacts-bench-"))
    env = {**os.environ, "PREFECT_HOME": str(tmp / "prefect"), "PREFECT_SERVER_ANALYTICS_ENABLED": "false"}
    try:
        raw = _raw_folder(a.corpus, a.limit, tmp / "raw")
        if a.scaling:
            result = {"corpus": str(a.corpus.name), "limit": a.limit, "cpu_count": os.cpu_count(),
                      **scaling(raw, a.scaling, env, tmp)}
            path = a.result if a.result != RESULT else RESULT.with_name("scaling.json")
            path.write_text(json.dumps(result, indent=2))
            print(json.dumps({k: v for k, v in result.items() if k != "flow"}, indent=2))
            return 0
        result = {"corpus": str(a.corpus.name), "limit": a.limit, "cpu_count": os.cpu_count(),
                  "spacy": {}, "flow": {}, "ratio_flow_to_spacy": {}}
        for w in a.workers:
            runs = {}
            for how in ("pipe", "batched"):
                print(f"spaCy alone ({how}), {w} process(es) ...", flush=True)
                runs[how] = spacy_alone(raw, w, how)
            # the flow is measured against the faster of the two
            result["spacy"][w] = {**max(runs.values(), key=lambda r: r["docs_per_s"]), "runs": runs}
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
        result["peak_pss_mib"] = max(r["peak_pss_mib"] for r in result["flow"].values())
        a.result.parent.mkdir(parents=True, exist_ok=True)
        a.result.write_text(json.dumps(result, indent=2))
        print(json.dumps(result, indent=2))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

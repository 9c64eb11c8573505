"""Run the pipeline (in-process, no Prefect) on every dev-gold document and score it.

    python benchmarks/dev_score.py [--out DIR] [--json]

The dev raw folder holds the seeds from data/raw and the gold's Wikinews articles, taken
by id from the shared corpus. Figures come from the shared scorer, unchanged.
"""
from __future__ import annotations

import argparse
import gzip
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
GOLD = sorted((SHARED / "eval" / "dev").glob("*.jsonl"))
CORPUS = SHARED / "corpus" / "wikinews-5000.jsonl.gz"


def build_dev_raw(folder: Path) -> Path:
    """Seeds plus the gold's corpus articles in one raw folder."""
    folder.mkdir(parents=True, exist_ok=True)
    for p in (ROOT / "data" / "raw").glob("*"):
        if p.is_file():
            shutil.copy(p, folder / p.name)
    wanted = {json.loads(line)["doc_id"] for g in GOLD for line in g.open(encoding="utf-8") if line.strip()}
    with gzip.open(CORPUS, "rt", encoding="utf-8") as f, (folder / "wikinews-dev.jsonl").open("w", encoding="utf-8") as out:
        for line in f:
            if json.loads(line)["id"] in wanted:
                out.write(line)
    return folder


def scorer_command(out: Path, *flags: str) -> list[str]:
    """The shared scorer's command line on `out` against every dev gold file."""
    return [sys.executable, str(SHARED / "eval" / "score.py"), *flags, "--out", str(out), "--gold", *map(str, GOLD)]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, default=None, help="output folder (default: a temporary one)")
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    from newsfacts.pipeline import run_local

    with tempfile.TemporaryDirectory() as tmp:
        raw = build_dev_raw(Path(tmp) / "raw")
        out = a.out or Path(tmp) / "out"
        run_local(raw, out)
        return subprocess.call(scorer_command(out, "--contract", *(["--json"] if a.json else [])))


if __name__ == "__main__":
    sys.exit(main())

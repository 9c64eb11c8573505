"""Why a table's file is named after its set: DuckDB reading a table through a link that commits swap.

    .venv/bin/python benchmarks/swap_naming.py [--seconds 20]

A writer commits a new set every ~10 ms the way `newsfacts.storage.commit` does (a new folder, then one
atomic rename of the `current` link; the table path `t -> current/t`); a DuckDB reader counts the rows
of `t/**/*.parquet` in a loop and checks that every row it got comes from one set with that set's row
count. Two namings of the table's file:
- `fixed`: every set names it `part-0.parquet`;
- `per_set`: each set names it after itself (newsfacts' naming).
DuckDB lists the files, then opens them (the first one twice: once for the schema, again to scan). When
a commit lands in between, a fixed name opens the next set's file: rows of two sets, or the first
set's footer read against the next one's bytes; a per-set name cannot be opened in the next set and the
read fails plainly ("No such file"), to be read again. Reads through the set's own folder (resolve
`current` once) see neither. Results: benchmarks/results/swap_naming.json.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

RESULTS = Path(__file__).resolve().parent / "results" / "swap_naming.json"

_READER = """
import duckdb, json, sys, time
path, seconds = sys.argv[1], float(sys.argv[2])
stats = {"reads": 0, "errors": 0, "mixed": 0, "examples": []}
end = time.time() + seconds
while time.time() < end:
    stats["reads"] += 1
    try:
        sets, rows, first = duckdb.sql(f"select count(distinct s), count(*), min(s) from '{path}'").fetchall()[0]
        stats["mixed"] += sets != 1 or rows != 20000 + first % 7 * 3000
    except Exception as e:
        stats["errors"] += 1
        if len(stats["examples"]) < 2:
            stats["examples"].append(f"{type(e).__name__}: {str(e)[:120]}")
print(json.dumps(stats))
"""


def commit(root: Path, i: int, naming: str) -> None:
    folder = root / "sets" / f"{i:06d}" / "t"
    folder.mkdir(parents=True)
    n = 20000 + i % 7 * 3000  # sets differ in length, so a footer read against another set's bytes shows
    name = "part-0.parquet" if naming == "fixed" else f"part-{i:06d}.parquet"
    pq.write_table(pa.table({"s": [i] * n, "x": range(n)}), folder / name, row_group_size=4000)
    tmp = root / f".current.{uuid.uuid4().hex[:8]}"
    os.symlink(f"sets/{i:06d}", tmp)
    os.replace(tmp, root / "current")
    if not (root / "t").is_symlink():
        os.symlink("current/t", root / "t")


def measure(naming: str, seconds: float) -> dict:
    root = Path(tempfile.mkdtemp(prefix=f"swap-{naming}-"))
    try:
        commit(root, 0, naming)
        reader = subprocess.Popen([sys.executable, "-c", _READER, f"{root}/t/**/*.parquet", str(seconds)],
                                  stdout=subprocess.PIPE, text=True)
        commits = 0
        while reader.poll() is None:
            commits += 1
            commit(root, commits, naming)
            time.sleep(0.01)
        return {"commits": commits, **json.loads(reader.stdout.read())}
    finally:
        shutil.rmtree(root, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seconds", type=float, default=20.0)
    a = ap.parse_args(argv)
    result = {naming: measure(naming, a.seconds) for naming in ("fixed", "per_set")}
    result["command"] = "python benchmarks/swap_naming.py"
    result["measured"] = time.strftime("%Y-%m-%d")
    RESULTS.write_text(json.dumps(result, indent=1) + "\n")
    print(json.dumps(result, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Every table opens, as a folder, in each reader an analyst may use: pandas (plain read), pyarrow,
DuckDB, Polars and Spark, with the contract's columns, the same rows and the Arrow types kept."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from schemas import MODELS

SPARK = Path(sys.prefix) / "spark"  # make setup installs pyspark in the venv's spark/, off the app's path (Makefile)


@pytest.fixture(scope="module")
def out(local_run) -> Path:
    return local_run[1]


@pytest.fixture(scope="module")
def expected(out) -> dict[str, tuple[int, list[str]]]:
    """Rows and columns of every table, as pyarrow reads the folder."""
    tables = {name: pq.read_table(out / name) for name in MODELS}
    assert all(t.num_rows for name, t in tables.items() if name != "quarantine")
    return {name: (t.num_rows, t.column_names) for name, t in tables.items()}


def test_pyarrow_reads_each_folder_with_the_contract_types(out):
    actors = pq.read_table(out / "actors")
    assert str(actors.schema.field("aliases").type) == "list<element: string>"
    assert b"pandas" not in (actors.schema.metadata or {})  # nothing only one pandas version can rebuild
    docs = pq.read_table(out / "documents")
    assert (docs.schema.field("ingested_at").type.unit, docs.schema.field("ingested_at").type.tz) == ("us", "UTC")


def test_plain_pandas_read_of_a_folder(out, expected):
    import pandas as pd

    for name, (rows, columns) in expected.items():
        df = pd.read_parquet(out / name)
        assert (len(df), list(df.columns)) == (rows, columns), name
    actors = pd.read_parquet(out / "actors")
    assert all(isinstance(list(a), list) for a in actors["aliases"])
    assert str(pd.read_parquet(out / "documents")["ingested_at"].dtype) == "datetime64[us, UTC]"
    arrow = pd.read_parquet(out / "actors", dtype_backend="pyarrow")
    assert str(arrow["aliases"].dtype) == "list<element: string>[pyarrow]"


def test_duckdb_reads_each_folder(out, expected):
    duckdb = pytest.importorskip("duckdb")
    con = duckdb.connect()
    for name, (rows, columns) in expected.items():
        rel = con.sql(f"select * from read_parquet('{out / name}/**/*.parquet')")
        assert (len(rel.fetchall()), rel.columns) == (rows, columns), name
    kinds = dict(con.sql(f"describe select * from read_parquet('{out}/actors/**/*.parquet')").fetchall()[i][:2]
                 for i in range(len(expected["actors"][1])))
    assert kinds["aliases"] == "VARCHAR[]" and kinds["n_documents"] == "INTEGER"


def test_polars_reads_each_folder(out, expected):
    pl = pytest.importorskip("polars")
    for name, (rows, columns) in expected.items():
        df = pl.read_parquet(out / name)
        assert (df.height, df.columns) == (rows, columns), name
    assert pl.read_parquet(out / "actors").schema["aliases"] == pl.List(pl.String)
    assert pl.scan_parquet(f"{out}/events/**/*.parquet").collect().height == expected["events"][0]


SPARK_SCRIPT = """
import json, sys, warnings
warnings.simplefilter("ignore")
from pyspark.sql import SparkSession
spark = (SparkSession.builder.master("local[1]").appName("newsfacts-readers").config("spark.ui.enabled", "false")
         .config("spark.sql.session.timeZone", "UTC")
         # a JVM that starts quickly rather than one that runs long jobs fast: half the test's time
         .config("spark.driver.extraJavaOptions", "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC").getOrCreate())
spark.sparkContext.setLogLevel("ERROR")
out = {}
for name in sys.argv[2:]:
    df = spark.read.parquet(f"{sys.argv[1]}/{name}")
    rows = df.collect()
    out[name] = {"rows": len(rows), "columns": df.columns, "types": dict(df.dtypes),
                 "first": {k: str(v) for k, v in rows[0].asDict().items()} if rows else None}
spark.stop()
print(json.dumps(out))
"""


@pytest.mark.slow  # Spark starts a JVM: left out by make test-fast
def test_spark_reads_each_folder(out, expected, tmp_path):
    if not (SPARK / "pyspark").is_dir():
        pytest.skip(f"pyspark is not installed in {SPARK} (make setup installs it)")
    if shutil.which("java") is None:
        pytest.skip("Spark needs Java 17 or newer")
    env = {**os.environ, "PYTHONPATH": str(SPARK), "SPARK_LOCAL_IP": "127.0.0.1", "TZ": "UTC", "PYSPARK_PYTHON": sys.executable}
    proc = subprocess.run([sys.executable, "-c", SPARK_SCRIPT, str(out), *expected], env=env, cwd=tmp_path,
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr[-3000:]
    seen = json.loads(proc.stdout.strip().splitlines()[-1])
    for name, (rows, columns) in expected.items():
        assert (seen[name]["rows"], seen[name]["columns"]) == (rows, columns), name
    assert seen["actors"]["types"]["aliases"] == "array<string>"
    assert seen["documents"]["types"]["ingested_at"] == "timestamp"
    assert seen["events"]["types"]["event_date"] == "date"
    first = pq.read_table(out / "documents")["ingested_at"][0].as_py()  # an aware UTC datetime
    assert seen["documents"]["first"]["ingested_at"] == str(first.replace(tzinfo=None))  # the same instant (TZ=UTC)

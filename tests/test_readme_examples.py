"""The README's query examples run against real output of the seed articles (DuckDB, Polars, pandas).

A fenced ```sql or ```python block whose first line is `-- newsfacts: test` / `# newsfacts: test`
is tested. Each runs from a folder whose `data/processed` holds `run_local`'s output on
the seed articles, after the marked blocks of its language above it (as a reader runs them in order):
SQL in a fresh DuckDB connection, Python in a fresh namespace.
"""
from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FENCE = re.compile(r"^```(sql|python)[ \t]*\n(.*?)^```[ \t]*$", re.S | re.M)
MARKERS = {"sql": "-- newsfacts: test", "python": "# newsfacts: test"}


def readme_blocks() -> list[tuple[str, str, int]]:
    """(language, code, line number) of every marked block of the README, in order."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = []
    for m in FENCE.finditer(text):
        lang, code = m.group(1), m.group(2)
        if code.lstrip().splitlines()[0].strip() == MARKERS[lang]:
            blocks.append((lang, code, text.count("\n", 0, m.start()) + 1))
    return blocks


BLOCKS = readme_blocks()


def _before(index: int) -> list[str]:
    lang = BLOCKS[index][0]
    return [code for lg, code, _ in BLOCKS[:index] if lg == lang]


@pytest.fixture(scope="module")
def workdir(local_run, tmp_path_factory) -> Path:
    """A folder whose `data/processed` holds the seeds' tables (a copy: the links in it are relative)."""
    root = tmp_path_factory.mktemp("readme")
    shutil.copytree(local_run[1], root / "data" / "processed", symlinks=True)
    return root


def test_readme_has_tested_examples_of_each_kind():
    langs = [lang for lang, _, _ in BLOCKS]
    assert langs.count("sql") >= 4, "the README should keep its DuckDB examples (marked `-- newsfacts: test`)"
    assert langs.count("python") >= 4, "the README should keep its pandas/Polars examples (marked `# newsfacts: test`)"
    python = "\n".join(code for lang, code, _ in BLOCKS if lang == "python")
    assert "import polars" in python and "import pandas" in python


@pytest.mark.parametrize("index", range(len(BLOCKS)), ids=[f"{lang}-line{line}" for lang, _, line in BLOCKS])
def test_readme_example_runs(index, workdir, monkeypatch, capsys):
    lang, code, line = BLOCKS[index]
    monkeypatch.chdir(workdir)
    if lang == "sql":
        import duckdb

        con = duckdb.connect()
        try:
            for earlier in _before(index):
                con.execute(earlier)
            result = con.execute(code)
            rows = result.fetchall()
            columns = [d[0] for d in result.description]
        finally:
            con.close()
        assert columns, f"README.md:{line}: the query returns no columns"
        assert rows, f"README.md:{line}: the example query returns no rows on the seed articles"
    else:
        namespace: dict = {"__name__": "readme_example"}
        for earlier in _before(index):
            exec(compile(earlier, "README.md (earlier block)", "exec"), namespace)
        exec(compile(code, f"README.md:{line}", "exec"), namespace)
        assert capsys.readouterr().out.strip(), f"README.md:{line}: the example prints nothing"

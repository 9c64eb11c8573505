"""Every evaluation set in one process, fast enough to run after each change to the extraction.

    python benchmarks/eval_sets.py [dev] [plover] [meantime] [ecb] [--work DIR] [--json]

The same sets and scorers as `../shared/eval/dashboard.sh`, but without Prefect and with spaCy's
parses cached on disk (`.cache/parses/`, keyed by the model and the text's hash): the first run
parses (about two minutes for all four sets), later runs only extract, resolve and score.
Extraction itself is never cached: every run re-extracts every document with the current code.
Outputs stay under WORK (default `.cache/eval/`) for reading errors: WORK/<set>-out/ holds the
tables, WORK/<set>-score.txt the scorer's report.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import subprocess
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
EVAL = SHARED / "eval"
SETS = ("dev", "plover", "meantime", "ecb")
CORPUS = SHARED / "corpus" / "wikinews-5000.jsonl.gz"


def cached_parse(cache: Path):
    """`newsfacts.nlp.parse` with every Doc kept on disk by text hash (spaCy DocBin)."""
    from spacy.tokens import DocBin

    from newsfacts import nlp

    folder = cache / nlp.model_name()
    folder.mkdir(parents=True, exist_ok=True)

    def parse(texts: Iterable[str], *args, **kwargs) -> Iterator:
        texts = list(texts)
        keys = [hashlib.sha256(t.encode("utf-8")).hexdigest()[:32] for t in texts]
        todo = [(k, t) for k, t in zip(keys, texts) if not (folder / f"{k}.spacy").exists()]
        for (k, _), doc in zip(todo, nlp.parse([t for _, t in todo], *args, **kwargs)):
            DocBin(docs=[doc], store_user_data=False).to_disk(folder / f"{k}.spacy")
        vocab = nlp.load_nlp().vocab
        for k in keys:
            yield next(iter(DocBin().from_disk(folder / f"{k}.spacy").get_docs(vocab)))
    return parse


def raw_folder(name: str, work: Path) -> Path:
    """The raw input of one set (built once under WORK where the set has none of its own)."""
    if name in ("meantime", "ecb"):
        return EVAL / name / "raw"
    raw = work / f"{name}-raw"
    if raw.exists():
        shutil.rmtree(raw)
    if name == "corpus":
        raw.mkdir(parents=True)
        shutil.copy(CORPUS, raw / CORPUS.name)
        return raw
    if name == "dev":
        sys.path.insert(0, str(ROOT))
        from benchmarks.dev_score import build_dev_raw
        return build_dev_raw(raw)
    subprocess.run([sys.executable, str(EVAL / "plover" / "gsr.py"), "raw", str(EVAL / "plover" / "gsr-dev.jsonl"),
                    str(raw)], check=True, stdout=subprocess.DEVNULL)
    return raw


def scorer(name: str, out: Path, as_json: bool) -> list[str] | None:
    j = ["--json"] if as_json else []
    if name == "corpus":
        return None
    if name == "dev":
        return [sys.executable, str(EVAL / "score.py"), "--contract", *j, "--out", str(out), "--gold",
                *map(str, sorted((EVAL / "dev").glob("*.jsonl")))]
    if name == "plover":
        return [sys.executable, str(EVAL / "plover" / "gsr.py"), "score", *j, "--out", str(out), "--gold",
                str(EVAL / "plover" / "gsr-dev.jsonl")]
    return [sys.executable, str(EVAL / name / "score.py"), *j, "--out", str(out)]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("sets", nargs="*", metavar="SET",
                    help=f"which sets of {', '.join(SETS)} (default: all); 'corpus' runs the 5,000-article corpus "
                         "(tables only, no scorer; parsing it the first time takes about 10 minutes)")
    ap.add_argument("--work", type=Path, default=ROOT / ".cache" / "eval")
    ap.add_argument("--cache", type=Path, default=ROOT / ".cache" / "parses")
    ap.add_argument("--json", action="store_true", help="the scorers' figures as one JSON object")
    a = ap.parse_args(argv)
    if set(a.sets) - {*SETS, "corpus"}:
        ap.error(f"unknown sets {sorted(set(a.sets) - {*SETS, 'corpus'})}; choose from {', '.join(SETS)}, corpus")
    sys.path.insert(0, str(ROOT))
    from newsfacts import extract
    from newsfacts.pipeline import run_local

    extract.parse = cached_parse(a.cache)
    a.work.mkdir(parents=True, exist_ok=True)
    figures = {}
    for name in a.sets or SETS:
        out = a.work / f"{name}-out"
        if out.exists():
            shutil.rmtree(out)
        run_local(raw_folder(name, a.work), out, full_refresh=True)
        if scorer(name, out, False) is None:
            print(f"== {name}: tables in {out}", flush=True)
            continue
        report = subprocess.run(scorer(name, out, False), capture_output=True, text=True).stdout
        (a.work / f"{name}-score.txt").write_text(report, encoding="utf-8")
        if a.json:
            res = subprocess.run(scorer(name, out, True), capture_output=True, text=True).stdout
            figures[name] = json.loads(res[res.index("{"):res.rindex("}") + 1])
        else:
            print(f"== {name}\n{report}", flush=True)
    if a.json:
        print(json.dumps(figures, indent=1, default=str))
    return 0


if __name__ == "__main__":
    sys.exit(main())

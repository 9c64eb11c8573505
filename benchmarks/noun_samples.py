"""Corpus samples of candidate event nouns, for the reading that newsfacts/resources/plover_nouns_read.tsv records.

    python benchmarks/noun_samples.py [--per 6] [--seed 35] NOUN ... > benchmarks/results/curation/nouns_samples.md

(the 78 nouns of that file, in its order, reproduce it exactly).

For each noun (a nominalization of a CAMEO verb, or an event noun CAMEO's patterns take as an object), the
sentences of the 5,000-article corpus where it is a noun and the sentence names someone (a PERSON, ORG, GPE or
NORP entity), and `--per` of them drawn at random: a reader marks each right where the noun states one act of a
PLOVER type with a named doer or target in its own phrase. Uses the spaCy parses cached by
`benchmarks/eval_sets.py corpus` (parses what is not cached).
"""
from __future__ import annotations

import argparse
import random
import shutil
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from benchmarks.eval_sets import CORPUS, cached_parse  # noqa: E402
from newsfacts.ingest import Document, iter_raw  # noqa: E402

_NAMED = ("ORG", "GPE", "PERSON", "NORP")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("nouns", nargs="+")
    ap.add_argument("--per", type=int, default=6)
    ap.add_argument("--seed", type=int, default=35)
    a = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        shutil.copy(CORPUS, Path(tmp) / CORPUS.name)
        docs = [d for d in iter_raw(Path(tmp)) if isinstance(d, Document)]
    wanted = set(a.nouns)
    hits: dict[str, list[str]] = defaultdict(list)
    for d, doc in zip(docs, cached_parse(ROOT / ".cache" / "parses")([d.text for d in docs])):
        for t in doc:
            lemma = t.lemma_.lower()
            if t.pos_ == "NOUN" and lemma in wanted and any(e.label_ in _NAMED for e in t.sent.ents):
                hits[lemma].append(f"{d.doc_id}: {t.sent.text[:300]}".replace("\n", " ") + f"   [[{t.text}]]")
    random.seed(a.seed)
    for noun in a.nouns:
        found = hits.get(noun, [])
        print(f"## {noun} ({len(found)} sentences with a named entity)")
        for line in random.sample(found, min(a.per, len(found))):
            print(f"- {line}")
        print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

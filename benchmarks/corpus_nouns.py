"""Noun lemma counts and word case counts over the 5,000-article corpus.

    python benchmarks/corpus_nouns.py --only cases   # newsfacts/resources/sources/corpus_case_counts.tsv
    python benchmarks/corpus_nouns.py --only nouns   # newsfacts/resources/sources/corpus_noun_counts.tsv
    python benchmarks/corpus_nouns.py                # both

Nominalizations of trigger verbs ("deployment", "detention") enter the vocabulary only where the
corpus attests them as nouns at least five times (newsfacts/events/build_vocabulary.py). The case
counts say how often each word is written in lowercase and how often with a capital where no
position asks for one (`newsfacts.actors.casing.capitalized_by_position`): a common word the tagger
takes for a name only where it opens a sentence is no actor (newsfacts/actors/casing.py).
Uses the spaCy parses cached by `benchmarks/eval_sets.py corpus` (parses what is not cached). The
vendored noun counts were made with earlier parses; today's give a few nouns more or fewer (4,394
against 4,412: the pipeline's parse components changed since), so regenerating them changes the
trigger vocabulary: do it in a commit of its own, measured.
"""
from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from benchmarks.eval_sets import CORPUS, cached_parse  # noqa: E402
from newsfacts.actors.casing import capitalized_by_position  # noqa: E402
from newsfacts.ingest import Document, iter_raw  # noqa: E402

OUT = ROOT / "newsfacts" / "resources" / "sources" / "corpus_noun_counts.tsv"
CASES = OUT.with_name("corpus_case_counts.tsv")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--only", choices=("nouns", "cases"), help="write one of the two files only")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        shutil.copy(CORPUS, Path(tmp) / CORPUS.name)
        texts = [d.text for d in iter_raw(Path(tmp)) if isinstance(d, Document)]
    counts, lower, capital = Counter(), Counter(), Counter()
    for doc in cached_parse(ROOT / ".cache" / "parses")(texts):
        counts.update(t.lemma_.lower() for t in doc if t.pos_ == "NOUN" and t.lemma_.isalpha())
        lower.update(t.text for t in doc if t.is_alpha and t.text.islower())
        capital.update(t.lower_ for t in doc if t.is_title and t.is_alpha and not capitalized_by_position(t))
    if args.only != "cases":
        with OUT.open("w", encoding="utf-8") as f:
            f.write(f"# NOUN lemma counts (spaCy en_core_web_sm) over {len(texts)} articles of {CORPUS.name}; "
                    ">= 5 only\n")
            f.write("noun\tcount\n")
            for noun, n in sorted(counts.items(), key=lambda x: (-x[1], x[0])):
                if n >= 5:
                    f.write(f"{noun}\t{n}\n")
        print(f"{len(texts)} documents, {sum(1 for n in counts.values() if n >= 5)} nouns -> {OUT}")
    if args.only != "nouns":
        common = sorted((w for w, n in lower.items() if n >= 10), key=lambda w: (-lower[w], w))
        with CASES.open("w", encoding="utf-8") as f:
            f.write(f"# words written in lowercase 10 times or more over {len(texts)} articles of {CORPUS.name}: "
                    "lowercase uses, capitalized uses where no position asks for a capital "
                    "(newsfacts.actors.casing.capitalized_by_position)\n")
            f.write("word\tlower\tcapitalized\n")
            for w in common:
                f.write(f"{w}\t{lower[w]}\t{capital[w]}\n")
        print(f"{len(texts)} documents, {len(common)} words -> {CASES}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Noun lemma counts and word case counts over the 5,000-article corpus.

    python benchmarks/corpus_nouns.py   # writes newsfacts/resources/sources/corpus_noun_counts.tsv
                                        # and newsfacts/resources/sources/corpus_case_counts.tsv

Nominalizations of trigger verbs ("deployment", "detention") enter the vocabulary only where the
corpus attests them as nouns at least five times (newsfacts/events/build_vocabulary.py). The case
counts say how often each word is written in lowercase and how often with a capital where no
position asks for one (not at a sentence's, a line's or a quotation's start): a common word the
tagger takes for a name only where it opens a sentence is no actor (newsfacts/actors/casing.py).
Uses the spaCy parses cached by `benchmarks/eval_sets.py corpus` (parses what is not cached).
"""
from __future__ import annotations

import shutil
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from benchmarks.eval_sets import CORPUS, cached_parse  # noqa: E402
from newsfacts.actors.casing import capitalized_by_position, title_case  # noqa: E402
from newsfacts.ingest import Document, iter_raw  # noqa: E402

OUT = ROOT / "newsfacts" / "resources" / "sources" / "corpus_noun_counts.tsv"
CASES = OUT.with_name("corpus_case_counts.tsv")


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        shutil.copy(CORPUS, Path(tmp) / CORPUS.name)
        texts = [d.text for d in iter_raw(Path(tmp)) if isinstance(d, Document)]
    counts, lower, capital = Counter(), Counter(), Counter()
    for doc in cached_parse(ROOT / ".cache" / "parses")(texts):
        counts.update(t.lemma_.lower() for t in doc if t.pos_ == "NOUN" and t.lemma_.isalpha())
        lower.update(t.text for t in doc if t.is_alpha and t.text.islower())
        capital.update(t.lower_ for t in doc if title_case(t.text) and not capitalized_by_position(t))
    with OUT.open("w", encoding="utf-8") as f:
        f.write(f"# NOUN lemma counts (spaCy en_core_web_sm) over {len(texts)} articles of {CORPUS.name}; >= 5 only\n")
        f.write("noun\tcount\n")
        for noun, n in sorted(counts.items(), key=lambda x: (-x[1], x[0])):
            if n >= 5:
                f.write(f"{noun}\t{n}\n")
    common = sorted((w for w, n in lower.items() if n >= 10), key=lambda w: (-lower[w], w))
    with CASES.open("w", encoding="utf-8") as f:
        f.write(f"# words written in lowercase 10 times or more over {len(texts)} articles of {CORPUS.name}: lowercase uses, "
                "capitalized uses not at a sentence's, a line's or a quotation's start\n")
        f.write("word\tlower\tcapitalized\n")
        for w in common:
            f.write(f"{w}\t{lower[w]}\t{capital[w]}\n")
    print(f"{len(texts)} documents, {sum(1 for n in counts.values() if n >= 5)} nouns -> {OUT}, "
          f"{len(common)} words -> {CASES}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

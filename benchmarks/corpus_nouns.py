"""Noun lemma counts over the 5,000-article corpus, an input of the trigger vocabulary build.

    python benchmarks/corpus_nouns.py   # writes newsfacts/resources/sources/corpus_noun_counts.tsv

Nominalizations of trigger verbs ("deployment", "detention") enter the vocabulary only where the
corpus attests them as nouns at least five times (newsfacts/events/build_vocabulary.py). Uses the
spaCy parses cached by `benchmarks/eval_sets.py corpus` (parses what is not cached).
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
from newsfacts.ingest import Document, iter_raw  # noqa: E402

OUT = ROOT / "newsfacts" / "resources" / "sources" / "corpus_noun_counts.tsv"


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        shutil.copy(CORPUS, Path(tmp) / CORPUS.name)
        texts = [d.text for d in iter_raw(Path(tmp)) if isinstance(d, Document)]
    counts = Counter()
    for doc in cached_parse(ROOT / ".cache" / "parses")(texts):
        counts.update(t.lemma_.lower() for t in doc if t.pos_ == "NOUN" and t.lemma_.isalpha())
    with OUT.open("w", encoding="utf-8") as f:
        f.write(f"# NOUN lemma counts (spaCy en_core_web_sm) over {len(texts)} articles of {CORPUS.name}; >= 5 only\n")
        f.write("noun\tcount\n")
        for noun, n in sorted(counts.items(), key=lambda x: (-x[1], x[0])):
            if n >= 5:
                f.write(f"{noun}\t{n}\n")
    print(f"{len(texts)} documents, {sum(1 for n in counts.values() if n >= 5)} nouns -> {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""PERSON actors whose name is not a clean name: it contains a verb ('Jane Doe Slams') or ends in a
lowercase word ('Bob Smith said', 'Dominique de'), counted over an output folder.

    python benchmarks/person_names.py --out DIR [--list N]

A word counts as a verb when, over the output's own documents, its lowercase form is tagged as a verb
(VB*) in at least half of its at least 5 lowercase occurrences (spaCy's own reading of the corpus, not a
hand list) and it is no given name of the first-name list ('Said', 'Drew', 'Grant' are names too). A
word is lowercase when it has no capital letter at all ('al-Assad' is none). The documents are parsed with the cached parses of `benchmarks/eval_sets.py` (.cache/parses),
so a second run is fast.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from newsfacts.lexicon import is_given_name  # noqa: E402
from newsfacts.storage import read_table  # noqa: E402


def verb_words(texts: list[str], cache: Path) -> set[str]:
    """Lowercase words spaCy tags as verbs in most of their lowercase uses across `texts`."""
    from benchmarks.eval_sets import cached_parse

    tags: dict[str, Counter] = {}
    for doc in cached_parse(cache)(texts):
        for t in doc:
            if t.is_alpha and t.text.islower():
                tags.setdefault(t.text, Counter())[t.tag_.startswith("VB")] += 1
    return {w for w, c in tags.items() if sum(c.values()) >= 5 and c[True] >= c[False]}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--cache", type=Path, default=ROOT / ".cache" / "parses")
    ap.add_argument("--list", type=int, default=20, help="how many of each kind to print")
    a = ap.parse_args(argv)
    docs = read_table(a.out, "documents")
    verbs = verb_words(list(docs["text"]), a.cache)
    actors = read_table(a.out, "actors")
    people = [n for n, t in zip(actors["name"], actors["actor_type"]) if t == "PERSON"]
    with_verb = [n for n in people if any(w.lower() in verbs and not is_given_name(w) for w in n.split())]
    lower_end = [n for n in people if n.split() and not any(ch.isupper() for ch in n.split()[-1])]
    either = set(with_verb) | set(lower_end)
    print(json.dumps({"person_actors": len(people), "name_with_verb": len(with_verb),
                      "name_ends_lowercase": len(lower_end), "either": len(either),
                      "examples_verb": sorted(with_verb)[:a.list], "examples_lowercase": sorted(lower_end)[:a.list]},
                     indent=1, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())

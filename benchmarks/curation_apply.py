"""Turn the hand check of corpus samples into the vocabulary's curation table.

    python benchmarks/curation_apply.py SAMPLES.jsonl MARKS.tsv [MARKS.tsv ...]
    # writes newsfacts/resources/plover_curation.tsv
    python benchmarks/curation_apply.py --add SAMPLES.jsonl MARKS.tsv [MARKS.tsv ...]
    # a further round (`curation_sample.py --only ...`): its marks added to those groups' counts in the table

SAMPLES come from `benchmarks/curation_sample.py` (mentions grouped by trigger lemma, event type and
vocabulary), MARKS from readers who marked each sample `yes`, `no` or `type:X` (see the header of the
output table). Per group: `keep` where at least two samples in five were right, the majority's type where
most samples were an event of one other type, `drop` otherwise.
"""
from __future__ import annotations

import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "newsfacts" / "resources" / "plover_curation.tsv"
HEADER = """# Hand check of the trigger vocabulary on the 5,000-article corpus: for each (trigger lemma, event type,
# vocabulary) the extractor produced at least 5 times, up to 5 random mentions were read and marked
# `yes` (that event, at least one actor right), `type:X` (an event of type X) or `no`
# (benchmarks/curation_sample.py, benchmarks/curation_apply.py). A second round read 10 more of each
# group of 25 mentions or more whose first 5 had 2 right, or of 100 or more with 3 right
# (curation_sample.py --only, curation_apply.py --add; benchmarks/results/curation/). A fourth round read 5 of
# each pattern group never checked that later changes brought to 5 corpus mentions or more. A sixth read 10 of
# each dropped group that the corpus gave 40 times or more with the roles of 2026-12-06 (curation_dropped.py; 20
# more of `claim`); a seventh read 10 of each kept CAMEO or pattern group of 20 mentions or more whose first check
# had at most 3 of 5 right (20 more of `hit`; `plan` and `send` AID read, not applied: see the README). decision: keep
# (at least two samples in five right), a PLOVER type (most of the samples were events of that type
# instead), or drop. Groups the corpus produced fewer than 5 times are not listed: codebook and
# pattern senses stand, CAMEO-only senses do not (newsfacts.events.vocabulary.UNCHECKED).
"""


def decide(marks: list[str]) -> str:
    n = len(marks)
    yes = sum(m == "yes" for m in marks)
    other = Counter(m.split(":", 1)[1] for m in marks if m.startswith("type:"))
    if yes * 5 >= 2 * n:
        return "keep"
    if other:
        typ, k = other.most_common(1)[0]
        if k * 2 > n:
            return typ
    return "drop"


def _read_marks(samples_path: str, mark_paths: list[str]) -> tuple[dict[tuple, list[str]], dict[tuple, int]]:
    samples = {}
    for line in Path(samples_path).read_text(encoding="utf-8").splitlines():
        s = json.loads(line)
        samples[s["id"]] = s
    marks: dict[tuple, list[str]] = defaultdict(list)
    corpus_n: dict[tuple, int] = {}
    for path in mark_paths:
        for line in Path(path).read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            sid, mark = line.split("\t")[:2]
            s = samples[sid]
            key = (s["lemma"], s["type"], s["vocabulary"])
            marks[key].append(mark.strip())
            corpus_n[key] = s["n"]
    return marks, corpus_n


def _table_marks() -> tuple[dict[tuple, list[str]], dict[tuple, int]]:
    """The table's groups as the marks they count (the order of a group's marks does not matter)."""
    marks, corpus_n = {}, {}
    rows = [r for r in OUT.read_text(encoding="utf-8").splitlines() if r and not r.startswith("#")][1:]
    for row in rows:
        lemma, typ, vocab, n, sampled, yes, other, _ = row.split("\t")
        others = [] if other == "-" else [f"type:{t}" for t in other.split(",")]
        marks[(lemma, typ, vocab)] = ["yes"] * int(yes) + others + ["no"] * (int(sampled) - int(yes) - len(others))
        corpus_n[(lemma, typ, vocab)] = int(n)
    return marks, corpus_n


def _write(marks: dict[tuple, list[str]], corpus_n: dict[tuple, int]) -> None:
    with OUT.open("w", encoding="utf-8") as f:
        f.write(HEADER)
        f.write("lemma\ttype\tvocabulary\tcorpus_mentions\tsampled\tyes\tother_types\tdecision\n")
        for key in sorted(marks):
            ms = marks[key]
            other = ",".join(sorted(m.split(":", 1)[1] for m in ms if m.startswith("type:")))
            f.write("\t".join(map(str, (*key, corpus_n[key], len(ms), sum(m == "yes" for m in ms), other or "-",
                                        decide(ms)))) + "\n")
    decisions = Counter(decide(ms) if decide(ms) in ("keep", "drop") else "retype" for ms in marks.values())
    print(f"{len(marks)} groups: {dict(decisions)} -> {OUT}")


def main(argv: list[str]) -> int:
    if argv and argv[0] == "--add":
        marks, corpus_n = _table_marks()
        new, new_n = _read_marks(argv[1], argv[2:])
        for key, ms in new.items():
            marks[key] = marks.get(key, []) + ms
            corpus_n[key] = new_n[key]
        _write(marks, corpus_n)
        return 0
    marks, corpus_n = _read_marks(argv[0], argv[1:])
    _write(marks, corpus_n)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Extraction batches: contiguous row ranges covering every document once, shrinking toward the end."""
from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsfacts.pipeline import MIN_BATCH_CHARS, batches


@given(st.lists(st.integers(min_value=0, max_value=60_000), max_size=400), st.integers(min_value=1, max_value=250),
       st.integers(min_value=1, max_value=8))
def test_batches_cover_every_document_once_in_order(sizes, batch_size, workers):
    plan = batches(len(sizes), batch_size, sizes, workers)
    rows = [i for a, b in plan for i in range(a, b)]
    assert rows == list(range(len(sizes)))
    assert all(0 < b - a <= batch_size for a, b in plan)


def test_with_two_workers_the_last_batches_are_small():
    sizes = [2_000] * 5_000
    fixed = batches(len(sizes), 200, sizes, workers=1)
    guided = batches(len(sizes), 200, sizes, workers=2)
    assert all(b - a == 200 for a, b in fixed[:-1])
    last = guided[-1]
    assert sum(sizes[last[0]:last[1]]) <= MIN_BATCH_CHARS + max(sizes)
    assert len(guided) < 2 * len(fixed)  # a few more tasks, not one per document

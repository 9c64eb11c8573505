"""Resolution on a local 2-worker Dask cluster gives the tables of resolving in one process, ids included."""
from __future__ import annotations

import datetime as dt
import random

import pyarrow as pa
import pytest

from newsfacts.extract import extract_doc
from newsfacts.nlp import load_nlp
from newsfacts.tables import build_tables, frame
from tests.test_resolve_incremental import _document, _published

pytest.importorskip("distributed")


@pytest.fixture(scope="module")
def cluster():
    from newsfacts.resolve.parallel import dask_mapper

    with dask_mapper("local", workers=2) as mapper:
        yield mapper


def _frame(published: dict):
    return frame("documents", [{"doc_id": d, "published": p, "text": "", "source_path": d, "text_sha256": d,
                                "ingested_at": dt.datetime(2021, 1, 1, tzinfo=dt.timezone.utc)}
                               for d, p in published.items()])


def _same(a: dict, b: dict) -> None:
    assert a.keys() == b.keys()
    for name in a:
        assert pa.Table.from_pandas(a[name]).equals(pa.Table.from_pandas(b[name])), name


@pytest.mark.parametrize("seed", range(3))
def test_documents_that_share_names_resolve_on_the_cluster_as_in_one_process(cluster, seed):
    rng = random.Random(seed)
    docs = [_document(f"d{i}", rng) for i in range(80)]
    published = _published([d["doc_id"] for d in docs], rng)
    batches = []

    def counting(fn, parts):
        batches.append(len(parts))
        return cluster(fn, parts)

    local = build_tables(_frame(published), docs)
    _same(build_tables(_frame(published), docs, counting), local)
    assert max(batches) > 1  # the work was spread: batches of components, not one call
    assert len(local["actors"]) and len(local["events"])


def test_real_articles_resolve_on_the_cluster_as_in_one_process(cluster):
    nlp = load_nlp()
    texts = {
        "a": "President Amina Kessler of Norland met Sen. Paul Okafor in Brussels on Monday. Kessler said the "
             "Northern Grain Council (NGC) would double its exports.",
        "b": "The NGC rejected the plan, Okafor told reporters. Amina Kesler, Norland's president, called for calm.",
        "c": "Paul Okafor and the Northern Grain Council signed an agreement with France on Tuesday.",
        "d": "Chile accused Peru of shelling its border posts. Kessler travelled to Paris, where French officials "
             "praised the council.",
    }
    published = {d: dt.date(2022, 3, i) for i, d in enumerate(texts, 1)}
    extractions = [extract_doc(nlp(t), d, published[d]) for d, t in texts.items()]
    local = build_tables(_frame(published), extractions)
    _same(build_tables(_frame(published), extractions, cluster), local)
    assert len(local["events"]) >= 2

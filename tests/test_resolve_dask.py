"""Resolution on a local 2-worker Dask cluster gives the tables of resolving in one process, ids included."""
from __future__ import annotations

import datetime as dt
import random

import pytest

from newsfacts.extract import extract_doc
from newsfacts.nlp import load_nlp
from newsfacts.tables import build_tables
from tests.conftest import assert_same_tables, documents_frame
from tests.test_resolve_incremental import _document, _published

pytest.importorskip("distributed")


@pytest.fixture(scope="module")
def cluster():
    from newsfacts.resolve.parallel import dask_mapper

    with dask_mapper("local", workers=2) as mapper:
        yield mapper


@pytest.mark.parametrize("seed", range(3))
def test_documents_that_share_names_resolve_on_the_cluster_as_in_one_process(cluster, seed):
    rng = random.Random(seed)
    docs = [_document(f"d{i}", rng) for i in range(80)]
    published = _published([d["doc_id"] for d in docs], rng)
    batches = []

    def counting(fn, parts):
        batches.append(len(parts))
        return cluster(fn, parts)

    local = build_tables(documents_frame(published), docs)
    assert_same_tables(build_tables(documents_frame(published), docs, counting), local)
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
    local = build_tables(documents_frame(published), extractions)
    assert_same_tables(build_tables(documents_frame(published), extractions, cluster), local)
    assert len(local["events"]) >= 2

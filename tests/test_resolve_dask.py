"""Resolution on a local 2-worker Dask cluster gives the tables of resolving in one process, ids included."""
from __future__ import annotations

import datetime as dt

import pytest

from newsfacts.extract import extract_doc
from newsfacts.nlp import load_nlp
from newsfacts.tables import build_tables
from tests.conftest import assert_same_tables, documents_frame
from tests.test_resolve_incremental import REAL_TEXTS, resolved_alike

pytest.importorskip("distributed")


@pytest.fixture(scope="module")
def cluster():
    from newsfacts.resolve.parallel import dask_mapper

    with dask_mapper("local", workers=2) as mapper:
        yield mapper


@pytest.mark.parametrize("seed", range(3))
def test_documents_that_share_names_resolve_on_the_cluster_as_in_one_process(cluster, seed):
    assert max(resolved_alike(cluster, seed, 80)) > 1  # the work was spread: batches of components, not one call


def test_real_articles_resolve_on_the_cluster_as_in_one_process(cluster):
    nlp = load_nlp()
    texts = REAL_TEXTS
    published = {d: dt.date(2022, 3, i) for i, d in enumerate(texts, 1)}
    extractions = [extract_doc(nlp(t), d, published[d]) for d, t in texts.items()]
    local = build_tables(documents_frame(published), extractions)
    assert_same_tables(build_tables(documents_frame(published), extractions, cluster), local)
    assert len(local["events"]) >= 2

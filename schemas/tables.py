"""pandera DataFrameModels for every table of the data contract (shared/CONTRACT.md, v1).

Every column is an Arrow-backed pandas dtype, so the Arrow schema written to Parquet is
read straight off the model (`arrow_schema`) instead of being written a second time.
Columns beyond the contract are allowed; contract columns are never renamed or dropped.
"""
from __future__ import annotations

from typing import Annotated

import pandas as pd
import pandera.pandas as pa
import pyarrow
import pycountry
from pandera.typing import Series

# 2.0: events.actor1_id may be null where the text names no one responsible ("X was arrested");
# added: events.merge_evidence, event_mentions.trigger_lemma and .vocabulary, actor_type GROUP.
# 2.1: added quotes.speaks_for_actor_id.
SCHEMA_VERSION = "2.1"

PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
    "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
# GROUP: an unnamed group named by nationality and role ("Sudanese rebels"), with its country and sector
ACTOR_TYPES = ("PERSON", "ORGANIZATION", "COUNTRY", "LOCATION", "GROUP")
SECTORS = (
    "GOV", "LEG", "MIL", "COP", "JUD", "PTY", "REB", "CRM", "MED", "BUS", "IGO", "NGO", "EDU",
    "REL", "HLH", "LAB", "CVL", "SPY", "ELI", "OPP", "AGR", "ENV", "REF", "UAF",
)
DATE_PRECISIONS = ("day", "month", "year")
COUNTRY_SOURCES = ("name", "context", "dictionary", "story")
ISO3 = tuple(sorted({c.alpha_3 for c in pycountry.countries} | {"XKX"}))  # XKX: Kosovo, user-assigned

Str = Series[Annotated[pd.ArrowDtype, pyarrow.string()]]
Int32 = Series[Annotated[pd.ArrowDtype, pyarrow.int32()]]
Float = Series[Annotated[pd.ArrowDtype, pyarrow.float64()]]
Bool = Series[Annotated[pd.ArrowDtype, pyarrow.bool_()]]
Date = Series[Annotated[pd.ArrowDtype, pyarrow.date32()]]
Timestamp = Series[Annotated[pd.ArrowDtype, pyarrow.timestamp("us", tz="UTC")]]
StrList = Series[Annotated[pd.ArrowDtype, pyarrow.list_(pyarrow.string())]]


class _Table(pa.DataFrameModel):
    class Config:
        strict = "filter"  # unknown columns are dropped, never written by accident
        coerce = False
        ordered = False


class Document(_Table):
    """One row per input article."""

    doc_id: Str = pa.Field(unique=True, str_length={"min_value": 1})
    source_path: Str
    title: Str = pa.Field(nullable=True)
    published: Date = pa.Field(nullable=True)
    source: Str = pa.Field(nullable=True)
    url: Str = pa.Field(nullable=True)
    text: Str = pa.Field(str_length={"min_value": 1})
    text_sha256: Str = pa.Field(str_matches=r"^[0-9a-f]{64}$")
    ingested_at: Timestamp


class _Spans(_Table):
    @pa.dataframe_check(error="end must be greater than start")
    def _ordered(cls, df: pd.DataFrame) -> Series[bool]:
        return (df["end"] > df["start"]).fillna(False).astype(bool)


class Actor(_Table):
    """One row per real-world actor, merged across all documents."""

    actor_id: Str = pa.Field(unique=True)
    name: Str = pa.Field(str_length={"min_value": 1})
    actor_type: Str = pa.Field(isin=ACTOR_TYPES)
    aliases: StrList
    country: Str = pa.Field(nullable=True, isin=ISO3)
    sector: Str = pa.Field(nullable=True, isin=SECTORS)
    title: Str = pa.Field(nullable=True)
    n_documents: Int32 = pa.Field(ge=1)
    n_mentions: Int32 = pa.Field(ge=1)
    # beyond the contract: where `country` came from. "name": the actor's own name (a country, a
    # known body, a country word inside the name); "context": the words around a mention (an
    # apposition, a title, a body it belongs to); "dictionary": a dictionary of known actors (Phoenix:
    # an office holder at the article's date, a company); "story": no evidence of its own, the country the
    # story is about (a weak default: check it before relying on it). Null exactly when country is.
    country_source: Str = pa.Field(nullable=True, isin=COUNTRY_SOURCES)


class ActorMention(_Spans):
    """One row per mention of an actor in a document."""

    doc_id: Str
    actor_id: Str
    start: Int32 = pa.Field(ge=0)
    end: Int32 = pa.Field(ge=1)
    text: Str = pa.Field(str_length={"min_value": 1})


class Event(_Table):
    """One row per real-world event, merged across documents."""

    event_id: Str = pa.Field(unique=True)
    event_type: Str = pa.Field(isin=PLOVER_TYPES)
    actor1_id: Str = pa.Field(nullable=True)  # null where the text names no one responsible ("X was arrested")
    actor2_id: Str = pa.Field(nullable=True)
    event_date: Date = pa.Field(nullable=True)
    date_precision: Str = pa.Field(nullable=True, isin=DATE_PRECISIONS)
    location: Str = pa.Field(nullable=True)
    n_documents: Int32 = pa.Field(ge=1)
    n_mentions: Int32 = pa.Field(ge=1)
    confidence: Float = pa.Field(ge=0.0, le=1.0)
    merge_evidence: Str = pa.Field(nullable=True)  # what joined its reports into one event, null for one report

    @pa.dataframe_check(error="date_precision must be set exactly when event_date is")
    def _precision_with_date(cls, df: pd.DataFrame) -> Series[bool]:
        return (df["event_date"].isna() == df["date_precision"].isna()).astype(bool)

    @pa.dataframe_check(error="n_mentions must be at least n_documents")
    def _counts(cls, df: pd.DataFrame) -> Series[bool]:
        return (df["n_mentions"] >= df["n_documents"]).fillna(False).astype(bool)


class EventMention(_Spans):
    """One row per report of an event in a document."""

    event_id: Str
    doc_id: Str
    trigger: Str = pa.Field(str_length={"min_value": 1})
    start: Int32 = pa.Field(ge=0)
    end: Int32 = pa.Field(ge=1)
    sentence: Str
    date_text: Str = pa.Field(nullable=True)
    trigger_lemma: Str  # the trigger's lemma ("approve" for "approved")
    vocabulary: Str = pa.Field(isin=("codebook", "pattern", "cameo", "nominal", "unchecked", "speech"))  # which table typed it


class Quote(_Spans):
    """One row per quoted span."""

    quote_id: Str = pa.Field(unique=True)
    doc_id: Str
    text: Str = pa.Field(str_length={"min_value": 1})
    start: Int32 = pa.Field(ge=0)
    end: Int32 = pa.Field(ge=1)
    speaker_actor_id: Str = pa.Field(nullable=True)
    speaker_text: Str = pa.Field(nullable=True)
    cue: Str = pa.Field(nullable=True)
    is_direct: Bool
    # the body, state or person an unnamed speaker speaks for ('a Pentagon spokesman'); speaker_actor_id is null
    speaks_for_actor_id: Str = pa.Field(nullable=True)


class Quarantine(_Table):
    """What could not be used, and why."""

    table: Str
    doc_id: Str = pa.Field(nullable=True)
    source_path: Str = pa.Field(nullable=True)
    reason: Str = pa.Field(str_length={"min_value": 1})
    detail: Str = pa.Field(nullable=True)
    run_id: Str
    quarantined_at: Timestamp


MODELS: dict[str, type[_Table]] = {
    "documents": Document,
    "actors": Actor,
    "actor_mentions": ActorMention,
    "events": Event,
    "event_mentions": EventMention,
    "quotes": Quote,
    "quarantine": Quarantine,
}


def arrow_schema(model: type[_Table]) -> pyarrow.Schema:
    """The Arrow schema of a table, read off its pandera model, with the schema version."""
    columns = model.to_schema().columns
    fields = [
        pyarrow.field(name, col.dtype.type.pyarrow_dtype, nullable=bool(col.nullable))
        for name, col in columns.items()
    ]
    return pyarrow.schema(fields, metadata={"newsfacts.schema_version": SCHEMA_VERSION})


def empty_frame(model: type[_Table]) -> pd.DataFrame:
    """A DataFrame with the model's columns and dtypes and no rows."""
    return arrow_schema(model).empty_table().to_pandas(types_mapper=pd.ArrowDtype)

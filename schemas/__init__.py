"""The contract's tables as pandera models: the one source of every table definition.

Arrow schemas, the published contract and the validation all derive from these models.
"""
from schemas.tables import (
    MODELS,
    PLOVER_TYPES,
    SCHEMA_VERSION,
    Actor,
    ActorMention,
    Document,
    Event,
    EventMention,
    Quarantine,
    Quote,
    arrow_schema,
    empty_frame,
)
from schemas.references import reference_failures

__all__ = [
    "MODELS", "PLOVER_TYPES", "SCHEMA_VERSION", "Actor", "ActorMention", "Document", "Event",
    "EventMention", "Quarantine", "Quote", "arrow_schema", "empty_frame", "reference_failures",
]

"""Identity across documents: actors (`resolve.actors`), events (`resolve.events`), stable ids."""
from newsfacts.resolve.actors import resolve_actors
from newsfacts.resolve.events import merge_events
from newsfacts.resolve.ids import stable_id

__all__ = ["merge_events", "resolve_actors", "stable_id"]

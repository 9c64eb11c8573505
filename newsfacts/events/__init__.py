"""Event mentions: PLOVER-typed triggers with their actors, date and place, in one document."""
from newsfacts.events.find import EventMention, find_events

__all__ = ["EventMention", "find_events"]

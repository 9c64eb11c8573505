"""Where the resolution indexes can live between runs: mappings kept in one SQLite file, read key by key.

An update of an index touches the keys of the components it re-resolves and no others, so a mapping
(`Table`) loads a key's value when it is first asked for (or in bulk, `preload`) and keeps it until
`flush` writes back every key set or handed out for changing in place and deletes the keys deleted: an
update reads and writes what it touches, not the corpus. Keys are tuples of text, numbers and None (as
their `repr`, which is canonical for these), values any picklable object; a value or key that does not
read is a `sqlite3.DatabaseError`, as SQLite's own damage is.

The file holds one committed state: `Store.commit(version)` commits the SQLite transaction with the name
of the table set it belongs to (`version`); one that names another set than its reader expects is behind
or ahead of it, and only good for rebuilding. Runs do not keep a store yet (see `components`).
"""
from __future__ import annotations

import ast
import pickle
import sqlite3
from collections.abc import Callable, Iterator, MutableMapping
from pathlib import Path
from typing import Any

_MISSING = object()


def _loads(blob: bytes):
    """A stored value; a damaged one is a damaged database (`sqlite3.DatabaseError`), as SQLite's own damage is."""
    try:
        return pickle.loads(blob)
    except Exception as e:
        raise sqlite3.DatabaseError(f"a stored value does not read ({type(e).__name__})") from None


def _key(text: str):
    try:
        return ast.literal_eval(text)
    except Exception as e:
        raise sqlite3.DatabaseError(f"a stored key does not read ({type(e).__name__})") from None


class Table(MutableMapping):
    """A mapping in one SQLite table (k TEXT PRIMARY KEY, v BLOB), loaded per key; `default` makes missing
    keys as a defaultdict does (on `[]`, not on `get` or `in`)."""

    def __init__(self, db: sqlite3.Connection, name: str, default: Callable[[], Any] | None = None):
        self.db, self.name, self.default = db, name, default
        db.execute(f"CREATE TABLE IF NOT EXISTS {name} (k TEXT PRIMARY KEY, v BLOB NOT NULL)")
        self.cache: dict = {}
        self.dirty: set = set()  # keys set, or (with a default: mutable values) handed out by `[]`
        self.deleted: set = set()

    def _load(self, key):
        if key in self.cache:
            return self.cache[key]
        if key in self.deleted:
            return _MISSING
        row = self.db.execute(f"SELECT v FROM {self.name} WHERE k = ?", (repr(key),)).fetchone()
        if row is None:
            return _MISSING
        value = self.cache[key] = _loads(row[0])
        return value

    def preload(self, keys) -> None:
        """Load many keys with few queries (what a caller is about to ask for one by one)."""
        todo = [k for k in keys if k not in self.cache and k not in self.deleted]
        for i in range(0, len(todo), 500):
            chunk = {repr(k): k for k in todo[i:i + 500]}
            marks = ",".join("?" * len(chunk))
            for k, v in self.db.execute(f"SELECT k, v FROM {self.name} WHERE k IN ({marks})", list(chunk)):
                self.cache[chunk[k]] = _loads(v)

    def __getitem__(self, key):
        value = self._load(key)
        if value is _MISSING:
            if self.default is None:
                raise KeyError(key)
            value = self[key] = self.default()
        elif self.default is not None:
            self.dirty.add(key)  # a set or list the caller may change in place
        return value

    def get(self, key, default=None):
        value = self._load(key)
        return default if value is _MISSING else value

    def __contains__(self, key) -> bool:
        return self._load(key) is not _MISSING

    def __setitem__(self, key, value) -> None:
        self.cache[key] = value
        self.dirty.add(key)
        self.deleted.discard(key)

    def __delitem__(self, key) -> None:
        if self._load(key) is _MISSING:
            raise KeyError(key)
        del self.cache[key]
        self.dirty.discard(key)
        self.deleted.add(key)

    def pop(self, key, default=_MISSING):
        value = self._load(key)
        if value is _MISSING:
            if default is _MISSING:
                raise KeyError(key)
            return default
        del self[key]
        return value

    def __iter__(self) -> Iterator:
        for (k,) in self.db.execute(f"SELECT k FROM {self.name}"):
            key = _key(k)
            if key not in self.cache and key not in self.deleted:
                yield key
        yield from list(self.cache)

    def items(self):  # one pass over the table, not one query per key
        for k, v in self.db.execute(f"SELECT k, v FROM {self.name}"):
            key = _key(k)
            if key not in self.cache and key not in self.deleted:
                yield key, _loads(v)
        yield from list(self.cache.items())

    def values(self):
        return (v for _, v in self.items())

    def __len__(self) -> int:
        stored = self.db.execute(f"SELECT COUNT(*) FROM {self.name}").fetchone()[0]
        new = sum(1 for key in self.cache if not self._stored(key))
        gone = sum(1 for key in self.deleted if self._stored(key))
        return stored + new - gone

    def _stored(self, key) -> bool:
        return self.db.execute(f"SELECT 1 FROM {self.name} WHERE k = ?", (repr(key),)).fetchone() is not None

    def flush(self) -> None:
        """Write back every key set (and, with a default, every value handed out), delete the keys deleted;
        forget them all."""
        self.db.executemany(f"DELETE FROM {self.name} WHERE k = ?", ((repr(k),) for k in self.deleted))
        self.db.executemany(f"INSERT OR REPLACE INTO {self.name} (k, v) VALUES (?, ?)",
                            ((repr(k), pickle.dumps(self.cache[k], protocol=5)) for k in self.dirty))
        self.cache.clear()
        self.dirty.clear()
        self.deleted.clear()


class Store:
    """One SQLite file of mappings (`table`) and the name of the table set they belong to (`version`)."""

    def __init__(self, path: Path | str):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(self.path, isolation_level=None)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=FULL")
        self.db.execute("CREATE TABLE IF NOT EXISTS meta (k TEXT PRIMARY KEY, v TEXT)")
        self.tables: dict[str, Table] = {}
        self.db.execute("BEGIN")

    def table(self, name: str, default: Callable[[], Any] | None = None) -> Table:
        self.tables[name] = Table(self.db, name, default)
        return self.tables[name]

    @property
    def version(self) -> str | None:
        row = self.db.execute("SELECT v FROM meta WHERE k = 'version'").fetchone()
        return row[0] if row else None

    def commit(self, version: str) -> None:
        """Write back every mapping and commit them as the index of table set `version`."""
        for t in self.tables.values():
            t.flush()
        self.db.execute("INSERT OR REPLACE INTO meta (k, v) VALUES ('version', ?)", (version,))
        self.db.execute("COMMIT")
        self.db.execute("BEGIN")

    def close(self) -> None:
        """Close without committing: what was not committed is rolled back. Closing twice is harmless."""
        try:
            if self.db.in_transaction:
                self.db.execute("ROLLBACK")
        except sqlite3.Error:
            pass  # a damaged or closed file: nothing to roll back
        self.db.close()

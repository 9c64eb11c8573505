"""Progress bars for long work, shown only when stdout is a terminal.

`track(items, description, total)` yields the items unchanged; on a terminal it draws a
`rich` progress bar while it does, elsewhere (a pipe, a log file, pytest, a scheduled run)
it draws nothing, and so does a worker process of a process pool (the flow's batch bar
stands for it). `NEWSFACTS_PROGRESS=0` turns the bars off, `=1` forces them on.

Several bars may run at once (the flow extracts batches in parallel threads): they share
one live display, each batch its own line, removed when the batch is done.
"""
from __future__ import annotations

import multiprocessing
import os
import sys
import threading
from collections.abc import Iterable, Iterator
from typing import TypeVar

T = TypeVar("T")

_lock = threading.Lock()
_progress = None  # the shared rich Progress while at least one bar is running
_users = 0


def enabled() -> bool:
    """Whether bars are drawn: NEWSFACTS_PROGRESS if set, else whether stdout is a terminal."""
    if multiprocessing.parent_process() is not None:
        return False  # a worker process: its bars would fight the main process's over one terminal
    flag = os.environ.get("NEWSFACTS_PROGRESS", "").strip().lower()
    if flag in ("0", "false", "no", "off"):
        return False
    if flag in ("1", "true", "yes", "on"):
        return True
    try:
        return sys.stdout.isatty()
    except (AttributeError, ValueError):  # a replaced or closed stdout
        return False


def _acquire():
    global _progress, _users
    from rich.progress import (BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn,
                               TimeElapsedColumn, TimeRemainingColumn)

    with _lock:
        if _progress is None:
            _progress = Progress(SpinnerColumn(), TextColumn("[progress.description]{task.description}"), BarColumn(),
                                 MofNCompleteColumn(), TimeElapsedColumn(), TimeRemainingColumn(), transient=True)
            _progress.start()
        _users += 1
        return _progress


def _release() -> None:
    global _progress, _users
    with _lock:
        _users -= 1
        if _users == 0 and _progress is not None:
            _progress.stop()
            _progress = None


def track(items: Iterable[T], description: str, total: int | None = None) -> Iterator[T]:
    """The items, one by one; a progress bar on a terminal, nothing elsewhere."""
    if not enabled():
        yield from items
        return
    if total is None and hasattr(items, "__len__"):
        total = len(items)  # type: ignore[arg-type]
    progress = _acquire()
    task = progress.add_task(description, total=total)
    try:
        for item in items:
            yield item
            progress.advance(task)
    finally:
        progress.remove_task(task)
        _release()

"""A bound on the CPU time one piece of work may take in the thread that runs it.

    with cpu_limit(60):      # raises CPULimitExceeded in this thread after 60 s of its CPU time
        work()

A watcher thread reads the working thread's CPU clock a few times a second and, past the
limit, raises CPULimitExceeded in it (CPython's PyThreadState_SetAsyncExc): the exception
arrives at the next Python instruction the thread runs, in any thread (a Prefect worker's
main thread, a Dask worker's pool thread). CPU time rather than wall time, so that a busy
machine does not decide which article is refused. CPULimitExceeded is a BaseException: the
`except Exception` of the interrupted code does not swallow it.
"""
from __future__ import annotations

import ctypes
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

POLL_S = 0.1
REFIRE_S = 0.5
# CPU seconds one document's extraction may take (its parse aside); over it, the document is quarantined
# `extraction_timeout` and the run goes on. The corpus' longest article (116,000 characters) takes 2.6 s.
DOC_TIME_LIMIT_S = 60.0


class CPULimitExceeded(BaseException):
    """The work ran longer than its CPU time limit."""


def _raise_in(thread_id: int, exc: type[BaseException] | None) -> None:
    """Raise `exc` in the thread `thread_id` at its next Python instruction (None: withdraw one not yet raised)."""
    ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(thread_id), ctypes.py_object(exc) if exc else None)


@contextmanager
def cpu_limit(seconds: float | None) -> Iterator[None]:
    """Raise CPULimitExceeded in this thread once the block has used `seconds` of its CPU time (None: no limit).

    Raised again every REFIRE_S while the block goes on: an exception that arrives in a destructor
    or a weakref callback is printed and dropped by Python, not propagated.
    """
    if not seconds:
        yield
        return
    thread_id = threading.get_ident()
    clock = time.pthread_getcpuclockid(thread_id)
    start = time.clock_gettime(clock)
    done, lock, fired = threading.Event(), threading.Lock(), []

    def watch() -> None:
        wait = POLL_S
        while not done.wait(wait):
            with lock:
                if done.is_set():
                    return
                if time.clock_gettime(clock) - start > seconds:
                    fired.append(True)
                    _raise_in(thread_id, CPULimitExceeded)
                    wait = REFIRE_S

    threading.Thread(target=watch, name="newsfacts-cpu-limit", daemon=True).start()
    try:
        yield
    finally:
        while True:  # the block is over: stop the watcher, even if the limit arrives while doing so
            try:
                with lock:
                    done.set()
                    if fired:  # raised as the block ended: withdrawn if it has not arrived yet
                        _raise_in(thread_id, None)
                break
            except CPULimitExceeded:
                continue

"""One run at a time per output folder: an advisory lock on `<out>/.lock`, light to import.

The command takes it before Prefect starts, so a second run is told in a second.
"""
from __future__ import annotations

import errno
import fcntl
import os
import threading
import time
from contextlib import contextmanager
from pathlib import Path


class OutputLocked(RuntimeError):
    """Another run holds the output folder's lock."""


_holders: dict[str, int] = {}  # output folders whose lock this process holds -> the holding thread


@contextmanager
def locked(out: Path | str, wait: float = 0.0):
    """Hold the output folder's lock; wait up to `wait` seconds, then raise OutputLocked.

    Re-entrant in the thread that holds it: the command takes the lock before Prefect starts
    (so a second run is told at once) and the flow it runs takes it again.
    """
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    key = os.path.realpath(out)
    if _holders.get(key) == threading.get_ident():
        yield
        return
    fd = os.open(out / ".lock", os.O_RDWR | os.O_CREAT, 0o644)
    deadline = time.monotonic() + wait
    try:
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except OSError as e:
                if e.errno not in (errno.EAGAIN, errno.EACCES):
                    raise
                if time.monotonic() >= deadline:
                    holder = os.pread(fd, 200, 0).decode(errors="replace").strip()
                    raise OutputLocked(f"another newsfacts run is writing {out} ({holder or 'pid unknown'}); "
                                       f"try again when it has finished") from None
                time.sleep(0.2)
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"pid {os.getpid()}".encode(), 0)
        _holders[key] = threading.get_ident()
        try:
            yield
        finally:
            del _holders[key]
    finally:
        os.close(fd)  # closing releases the lock

"""The processes a command starts (extraction workers, Prefect's local server, a Dask cluster) and how they end.

- On SIGINT or SIGTERM (`Shutdown`): the workers are stopped at once, whatever the main thread
  is doing (a watcher thread hears the signal through `signal.set_wakeup_fd`, so Prefect's own
  SIGTERM handler does not delay it); the main thread is interrupted and unwinds; the server
  and anything left are stopped when it has. Whatever happens, the process is gone GRACE_S
  seconds after the first signal (Prefect sends itself SIGTERM again when its handler is
  done: later signals change nothing). A commit is one atomic rename: an interrupted run
  leaves the last committed set.
- When the command is SIGKILLed (the OOM killer), a guard process (`python -m
  newsfacts.processes <pid>`, in a session of its own) sees its parent gone and stops every
  process the command had started.

Linux only (/proc). No Prefect import: the command uses it before Prefect starts.
"""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterable
from pathlib import Path

# The most a command lives after SIGINT or SIGTERM. The orderly way takes 3-4 s (Prefect records the crash,
# the server stops); after Ctrl-C, which reaches the server too, Prefect retries a server that is gone until this.
GRACE_S = 5.0
TERM_WAIT_S = 2.0  # how long a process is given to end on SIGTERM before SIGKILL
GUARD_POLL_S = 1.0

Proc = tuple[int, int]  # (pid, start time): a pid is only signalled while it is still the same process


# ------------------------------------------------------------------ finding processes
def start_time(pid: int) -> int | None:
    """When `pid` started (clock ticks since boot), None when there is no such process or it has exited (a zombie
    waiting for its parent to read its status)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    fields = stat.rsplit(")", 1)[1].split()  # after the command name, which may hold spaces: state, ppid, ...
    return None if fields[0] in ("Z", "X") else int(fields[19])  # field 22: the start time


def _children(pid: int) -> list[int]:
    try:
        tasks = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return []
    kids: list[int] = []
    for tid in tasks:
        try:
            kids += [int(k) for k in Path(f"/proc/{pid}/task/{tid}/children").read_text().split()]
        except OSError:
            continue
    return kids


def descendants(pid: int, spare: Iterable[int] = ()) -> list[Proc]:
    """Every process below `pid` (children first), with its start time; `spare` and theirs left out."""
    spare, found, todo = set(spare), [], _children(pid)
    while todo:
        child = todo.pop(0)
        if child in spare:
            continue
        started = start_time(child)
        if started is not None:
            found.append((child, started))
            todo += _children(child)
    return found


def is_worker(pid: int) -> bool:
    """A multiprocessing worker (a task runner's, a Dask cluster's), not its resource tracker or a server."""
    try:
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return False
    return b"spawn_main" in cmdline or b"forkserver" in cmdline


def alive(procs: Iterable[Proc]) -> list[Proc]:
    return [(pid, started) for pid, started in procs if start_time(pid) == started]


def terminate(procs: list[Proc], wait: float = TERM_WAIT_S) -> list[Proc]:
    """SIGTERM each process still alive, SIGKILL those left after `wait` seconds; those that were signalled."""
    procs = alive(procs)
    for sig in (signal.SIGTERM, signal.SIGKILL):
        for pid, _ in procs:
            try:
                os.kill(pid, sig)
            except OSError:
                pass
        deadline = time.monotonic() + (wait if sig == signal.SIGTERM else 1.0)
        while alive(procs) and time.monotonic() < deadline:
            time.sleep(0.05)
        if not alive(procs):
            break
    return procs


# ------------------------------------------------------------------ SIGINT, SIGTERM
class Shutdown:
    """A command's handling of SIGINT and SIGTERM (install once, in the main thread, before starting processes)."""

    def __init__(self, spare: Callable[[], Iterable[int]] = tuple, grace: float = GRACE_S):
        self.spare = spare  # pids to stop only at exit (Prefect's server, which the run reports its end to)
        self.grace = grace
        self.signum: int | None = None
        self._read: int | None = None
        self._lock = threading.Lock()

    def install(self) -> Shutdown:
        read, write = os.pipe()
        os.set_blocking(write, False)
        signal.set_wakeup_fd(write, warn_on_full_buffer=False)
        self._read = read
        for sig in (signal.SIGINT, signal.SIGTERM):
            signal.signal(sig, self._interrupt)
        threading.Thread(target=self._watch, name="newsfacts-shutdown", daemon=True).start()
        return self

    def _interrupt(self, signum, frame) -> None:
        """The main thread's handler (Prefect's takes SIGTERM during a flow): unwind. Also what the watcher does,
        should another part of the process have taken the wakeup file descriptor (asyncio in the main thread)."""
        self._on_signal(signum)
        raise KeyboardInterrupt

    def _watch(self) -> None:
        while True:
            try:
                data = os.read(self._read, 64)
            except OSError:
                return
            for signum in data:
                if signum in (signal.SIGINT, signal.SIGTERM):
                    self._on_signal(signum)

    def _on_signal(self, signum: int) -> None:
        with self._lock:
            if self.signum is not None:
                return
            self.signum = signum
        deadline = threading.Timer(self.grace, self.finish, kwargs={"now": True})
        deadline.daemon = True  # a command that ends sooner does not wait for it
        deadline.start()
        workers = [p for p in descendants(os.getpid(), spare=self._spared()) if is_worker(p[0])]
        terminate(workers, wait=0.5)  # at once: the main thread cannot unwind while it waits for them

    def _spared(self) -> set[int]:
        try:
            return set(self.spare()) | guards()
        except Exception:  # noqa: BLE001 - asking must never keep the workers running
            return guards()

    def finish(self, now: bool = False) -> None:
        """Stop every process this one started, say so and end this process (exit status 128 + the signal), without
        the exit handlers: Prefect's would try to send its last logs to the server just stopped. `now`: the
        deadline, whatever the main thread is doing."""
        with self._lock:
            terminate(descendants(os.getpid(), spare=guards()), wait=0.5 if now else TERM_WAIT_S)
            name = signal.Signals(self.signum or signal.SIGTERM).name
            print(f"newsfacts: stopped on {name}; the last committed tables are kept", file=sys.stderr, flush=True)
            sys.stdout.flush()
            os._exit(self.exit_status)

    @property
    def exit_status(self) -> int:
        return 128 + (self.signum or signal.SIGTERM)


# ------------------------------------------------------------------ SIGKILL of the command
_guards: set[int] = set()


def guards() -> set[int]:
    return set(_guards)


def start_guard() -> subprocess.Popen:
    """A process that stops this one's descendants when this one dies without doing it (SIGKILL, OOM killer)."""
    proc = subprocess.Popen([sys.executable, "-m", "newsfacts.processes", str(os.getpid())],
                            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True)  # not in the terminal's process group: Ctrl-C is not for it
    _guards.add(proc.pid)
    return proc


def guard(parent: int, poll: float = GUARD_POLL_S) -> None:
    """Watch `parent`; when it is gone, stop what it had started (as last seen) and return."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    seen: list[Proc] = []
    while os.getppid() == parent:
        seen = descendants(parent, spare={os.getpid()})
        time.sleep(poll)
    terminate(seen)


if __name__ == "__main__":
    guard(int(sys.argv[1]))

"""The Prefect API a command talks to: a server it is pointed at, or an ephemeral one it starts itself.

Prefect is imported inside the functions: the command imports this module before it has set
the environment Prefect reads its settings from.
"""
from __future__ import annotations

import contextlib
import logging
import os
import sys
from collections.abc import Iterator

log = logging.getLogger("newsfacts")

STARTUP_ATTEMPTS = 2  # a start that timed out is tried once more


class ServerUnavailable(RuntimeError):
    """No Prefect API to run against: the configured server does not answer, or the ephemeral one did not start."""


def configured_api() -> str | None:
    """The API URL of a Prefect server this process is pointed at (env or profile), None for the ephemeral server."""
    from prefect.settings import PREFECT_API_URL

    return PREFECT_API_URL.value() or os.environ.get("PREFECT_API_URL") or None


def check_server(api: str, timeout: float = 10.0) -> None:
    """Raise ServerUnavailable unless the Prefect server at `api` answers its health check."""
    import httpx

    try:
        httpx.get(f"{api.rstrip('/')}/health", timeout=timeout).raise_for_status()
    except httpx.HTTPError as e:
        raise ServerUnavailable(f"no Prefect server answers at {api} ({type(e).__name__}); start one with "
                                f"`prefect server start`, or unset PREFECT_API_URL for a local run") from None


def start_ephemeral() -> str:
    """Start Prefect's ephemeral API server for this process, once more if the first start times out.

    The flow's client and the worker processes (`shared_api`) then use it; it stops when the
    process exits. The wait is PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS (the command
    sets a generous default). Returns the API URL.
    """
    from prefect.server.api.server import SubprocessASGIServer

    for attempt in range(1, STARTUP_ATTEMPTS + 1):
        server = SubprocessASGIServer()
        try:
            server.start()
            return server.api_url
        except RuntimeError as e:
            server.stop()  # the half-started process, and the instance, so that the next try starts afresh
            error = str(e)[:200]
            if attempt < STARTUP_ATTEMPTS:
                log.warning("Prefect's local API server did not start in time; trying once more")
    raise ServerUnavailable(f"Prefect's local API server did not start ({error}); raise "
                            f"PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS, or start a server "
                            f"(`prefect server start`) and set PREFECT_API_URL")


def server_pids() -> list[int]:
    """The pid of the ephemeral API server this process started, if any (Prefect not imported: none)."""
    module = sys.modules.get("prefect.server.api.server")
    if module is None:
        return []
    return [s.server_process.pid for s in list(module.SubprocessASGIServer._instances.values())
            if getattr(s, "server_process", None) is not None]


def run_url(flow_run_id: str | None) -> str | None:
    """The Prefect UI page of a flow run on a server (None on the ephemeral server: it has no UI to go back to)."""
    if not flow_run_id or not configured_api():
        return None
    from prefect.utilities.urls import url_for

    return url_for("flow-run", obj_id=flow_run_id)


@contextlib.contextmanager
def shared_api() -> Iterator[None]:
    """Worker processes report to this process's Prefect API, not to ephemeral servers of their own.

    With no `PREFECT_API_URL` set, Prefect starts an ephemeral API server for the flow, but its
    address is not passed to spawned task-runner processes, so each started its own (a server
    of ~230 MB per worker). Exporting the address while the workers start prevents that.
    """
    if configured_api():
        yield
        return
    from prefect.server.api.server import SubprocessASGIServer

    server = SubprocessASGIServer()  # the instance this process's client started (one per process)
    if not server.running:
        yield
        return
    os.environ["PREFECT_API_URL"] = server.api_url
    try:
        yield
    finally:
        os.environ.pop("PREFECT_API_URL", None)

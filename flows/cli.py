"""The `newsfacts` command: run, serve, validate, report (see the data contract).

Folders and the output's lock are checked before Prefect is imported: a mistake costs a
second and one line on stderr, exit 2. A run that fails on its input (too much of it
unreadable) exits 1 with its message; only bugs print a traceback. The console shows
warnings and errors (`--log-level`, `--quiet`); Prefect's telemetry is off and its local
API server gets a generous start-up time (PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS).
"""
from __future__ import annotations

import argparse
import importlib.metadata
import json
import os
import sys

from flows.server import ServerUnavailable
from newsfacts import __version__, checks, processes
from newsfacts.checks import UsageError
from newsfacts.deadline import DOC_TIME_LIMIT_S
from newsfacts.lock import OutputLocked, locked

EXIT_FAILED, EXIT_USAGE, EXIT_INTERRUPTED = 1, 2, 130
LEVELS = ("debug", "info", "warning", "error")
EPHEMERAL_STARTUP_TIMEOUT_S = "120"  # Prefect's default, 20 s, is too short on a busy machine
NO_SERVER = ("schedules need a Prefect server: start one (`prefect server start`) and set "
             "PREFECT_API_URL=http://127.0.0.1:4200/api, see the README")


def _parser() -> argparse.ArgumentParser:
    quiet = argparse.ArgumentParser(add_help=False)
    quiet.add_argument("-q", "--quiet", action="store_true", help="errors only: no progress bars, no summary line")
    common = argparse.ArgumentParser(add_help=False, parents=[quiet])
    common.add_argument("--log-level", choices=LEVELS, default=os.environ.get("NEWSFACTS_LOG_LEVEL", "warning"),
                        help="what the console shows (default: warning; env NEWSFACTS_LOG_LEVEL); "
                             "a Prefect server still receives every log of its runs")
    parser = argparse.ArgumentParser(prog="newsfacts", description="News articles in, Parquet tables out.")
    parser.add_argument("--version", action="version", version=f"newsfacts {__version__} "
                        f"(Prefect {importlib.metadata.version('prefect')})")
    sub = parser.add_subparsers(dest="command", required=True)
    run = sub.add_parser("run", parents=[common], help="run the whole flow once")
    _flow_options(run)
    run.add_argument("--full-refresh", action="store_true", help="re-extract every document, ignoring stored results")
    serve = sub.add_parser("serve", parents=[common],
                           help="serve the flow on a cron schedule (a Prefect deployment; needs a server; blocks)")
    serve.add_argument("--cron", required=True, help='the schedule, e.g. "0 * * * *" for every hour (UTC)')
    serve.add_argument("--name", default="newsfacts-scheduled", help="deployment name")
    _flow_options(serve)
    for name, text in (("validate", "re-validate the tables against the schemas"),
                       ("report", "rebuild the data-quality report DIR/report.html from the tables")):
        cmd = sub.add_parser(name, parents=[quiet], help=text)
        cmd.add_argument("--out", default="data/processed", help="output folder (default: data/processed)")
    return parser


def _flow_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--raw", default="data/raw", help="raw input folder (default: data/raw)")
    p.add_argument("--out", default="data/processed", help="output folder (default: data/processed)")
    p.add_argument("--batch-size", type=int, default=200, help="documents per extraction task (default: 200)")
    p.add_argument("--max-quarantine-share", type=float, default=None, metavar="SHARE",
                   help="fail, keeping the previous tables, when more than this share (0-1) of inputs is quarantined")
    p.add_argument("--lock-wait", type=float, default=0.0, metavar="SECONDS",
                   help="wait this long for another run on the same output to finish (default: exit at once)")
    p.add_argument("--workers", type=int, default=int(os.environ.get("NEWSFACTS_WORKERS", 0)) or None,
                   help="extraction processes (default: one per core; env NEWSFACTS_WORKERS)")
    p.add_argument("--dask", default=os.environ.get("NEWSFACTS_DASK"), metavar="ADDRESS",
                   help="run the extraction batches and the resolution of actors and events on Dask: a scheduler "
                        "address, or 'local' (env NEWSFACTS_DASK)")
    p.add_argument("--doc-time-limit", type=float, metavar="SECONDS",
                   default=float(os.environ.get("NEWSFACTS_DOC_TIME_LIMIT", DOC_TIME_LIMIT_S)),
                   help="CPU seconds one document's extraction may take; a document over it is quarantined "
                        f"(default: {DOC_TIME_LIMIT_S:g}; env NEWSFACTS_DOC_TIME_LIMIT)")


def _environment(args: argparse.Namespace) -> None:
    """Settings for Prefect and the progress bars of a run, before Prefect is imported (it reads them then)."""
    level = "ERROR" if args.quiet else args.log_level.upper()
    os.environ["PREFECT_LOGGING_HANDLERS_CONSOLE_LEVEL"] = level  # the console only: the API gets every log
    if level == "DEBUG":
        os.environ["PREFECT_LOGGING_LEVEL"] = level
    if args.quiet:
        os.environ["NEWSFACTS_PROGRESS"] = "0"
    # Telemetry off: the local server's (its writes race the server's own start: "database is locked") and the client's.
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("DO_NOT_TRACK", "1")
    os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", EPHEMERAL_STARTUP_TIMEOUT_S)


def _run(args: argparse.Namespace) -> int:
    _environment(args)
    checks.raw_folder(args.raw)
    checks.apart(args.raw, args.out)
    checks.output_folder(args.out)
    with locked(args.out, wait=args.lock_wait):  # held through the flow, which takes it again
        from flows import server

        shutdown = _stoppable(server.server_pids)
        try:
            api = server.configured_api()
            if api:
                server.check_server(api)
            else:
                server.start_ephemeral()  # here rather than on the flow's first call: a longer wait, one more try
            from flows.pipeline import newsfacts_flow

            state = newsfacts_flow(raw=args.raw, out=args.out, batch_size=args.batch_size,
                                   full_refresh=args.full_refresh, max_quarantine_share=args.max_quarantine_share,
                                   lock_wait=args.lock_wait, workers=args.workers, dask=args.dask,
                                   doc_time_limit=args.doc_time_limit, return_state=True)
        except BaseException:  # noqa: BLE001 - after SIGINT/SIGTERM, whatever the interrupted code raised
            if shutdown.signum is None:
                raise
        if shutdown.signum is not None:
            return _stopped(shutdown)
    if not state.is_completed():
        print(f"newsfacts: the run failed: {state.message}", file=sys.stderr)
        return EXIT_FAILED
    summary = state.result()
    if not args.quiet:
        print(json.dumps({"unchanged": summary["unchanged"], "extracted": summary["extracted"], **summary["rows"],
                          "seconds": round(summary["timings"]["total_s"], 1)}))
    return 0


def _stoppable(spare) -> processes.Shutdown:
    """SIGINT and SIGTERM stop the workers at once and the command within seconds; a guard process stops what
    the command started if it is SIGKILLed (see newsfacts.processes). `spare`: pids stopped only at the end."""
    shutdown = processes.Shutdown(spare=spare).install()
    processes.start_guard()
    return shutdown


def _stopped(shutdown: processes.Shutdown) -> int:
    """After SIGINT/SIGTERM, once the main thread has unwound: stop the server and what is left, exit (no return)."""
    shutdown.finish()
    return shutdown.exit_status


def _serve(args: argparse.Namespace) -> int:
    _environment(args)
    raw = checks.raw_folder(args.raw)
    checks.apart(raw, args.out)
    out = checks.output_folder(args.out)
    from flows import server

    api = server.configured_api()
    if not api:
        raise UsageError(NO_SERVER)  # the ephemeral server lives only as long as one run: nothing would fire
    server.check_server(api)
    from flows.pipeline import serve

    shutdown = _stoppable(tuple)
    try:
        serve(args.cron, args.name, raw=str(raw.resolve()), out=str(out.resolve()), batch_size=args.batch_size,
              max_quarantine_share=args.max_quarantine_share, lock_wait=args.lock_wait, workers=args.workers,
              dask=args.dask, doc_time_limit=args.doc_time_limit)
    except BaseException:  # noqa: BLE001 - after SIGINT/SIGTERM, whatever the interrupted code raised
        if shutdown.signum is None:
            raise
    return _stopped(shutdown) if shutdown.signum is not None else 0


def _validate(args: argparse.Namespace) -> int:
    from newsfacts.validate import validate_output

    problems = validate_output(args.out)
    for p in problems:
        print(f"newsfacts validate: {p}", file=sys.stderr)
    if problems:
        print(f"newsfacts validate: {len(problems)} problems in {args.out}", file=sys.stderr)
        return EXIT_FAILED
    if not args.quiet:
        print(f"newsfacts validate: the tables in {args.out} hold")
    return 0


def _report(args: argparse.Namespace) -> int:
    from newsfacts.report import build_report

    try:
        path = build_report(args.out)
    except FileNotFoundError as e:  # no committed tables (or one of them missing)
        print(f"newsfacts report: {e}", file=sys.stderr)
        return EXIT_FAILED
    if not args.quiet:
        print(path)
    return 0


COMMANDS = {"run": _run, "serve": _serve, "validate": _validate, "report": _report}


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        return COMMANDS[args.command](args)
    except (UsageError, OutputLocked) as e:
        print(f"newsfacts: {e}", file=sys.stderr)
        return EXIT_USAGE
    except ServerUnavailable as e:
        print(f"newsfacts: {e}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        print("newsfacts: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED


if __name__ == "__main__":
    sys.exit(main())

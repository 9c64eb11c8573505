"""The `newsfacts` command: run, validate, report (see the data contract)."""
from __future__ import annotations

import argparse
import json
import os
import sys


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="newsfacts", description="News articles in, Parquet tables out.")
    sub = parser.add_subparsers(dest="command", required=True)
    run = sub.add_parser("run", help="run the whole flow once")
    _flow_options(run)
    run.add_argument("--full-refresh", action="store_true", help="re-extract every document, ignoring stored results")
    serve = sub.add_parser("serve", help="serve the flow on a cron schedule (a Prefect deployment; blocks)")
    serve.add_argument("--cron", required=True, help='the schedule, e.g. "0 * * * *" for every hour (UTC)')
    serve.add_argument("--name", default="newsfacts-scheduled", help="deployment name")
    _flow_options(serve)
    val = sub.add_parser("validate", help="re-validate the tables against the schemas")
    val.add_argument("--out", default="data/processed", help="output folder (default: data/processed)")
    rep = sub.add_parser("report", help="rebuild the data-quality report DIR/report.html from the tables")
    rep.add_argument("--out", default="data/processed", help="output folder (default: data/processed)")
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
                   help="run the batches on Dask: a scheduler address, or 'local' (env NEWSFACTS_DASK)")


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command == "run":
        # The ephemeral server's telemetry write races its own start-up ("database is locked").
        os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
        from flows.pipeline import newsfacts_flow  # Prefect is imported only when a flow runs
        from newsfacts.pipeline import QuarantineLimitExceeded
        from newsfacts.storage import OutputLocked

        try:
            summary = newsfacts_flow(raw=args.raw, out=args.out, batch_size=args.batch_size,
                                     full_refresh=args.full_refresh, max_quarantine_share=args.max_quarantine_share,
                                     lock_wait=args.lock_wait, workers=args.workers, dask=args.dask)
        except (FileNotFoundError, OutputLocked, QuarantineLimitExceeded) as e:
            print(f"newsfacts: {e}", file=sys.stderr)
            return 3 if isinstance(e, OutputLocked) else 2
        print(json.dumps({"unchanged": summary["unchanged"], "extracted": summary["extracted"], **summary["rows"]}))
        return 0
    if args.command == "serve":
        from flows.pipeline import serve

        serve(args.cron, args.name, raw=os.path.abspath(args.raw), out=os.path.abspath(args.out),
              batch_size=args.batch_size, max_quarantine_share=args.max_quarantine_share,
              lock_wait=args.lock_wait, workers=args.workers, dask=args.dask)
        return 0
    if args.command == "validate":
        from newsfacts.validate import validate_output

        problems = validate_output(args.out)
        for p in problems:
            print(f"newsfacts validate: {p}", file=sys.stderr)
        if problems:
            print(f"newsfacts validate: {len(problems)} problems in {args.out}", file=sys.stderr)
            return 1
        print(f"newsfacts validate: the tables in {args.out} hold")
        return 0
    if args.command == "report":
        from newsfacts.report import build_report

        try:
            path = build_report(args.out)
        except FileNotFoundError as e:  # no committed tables (or one of them missing)
            print(f"newsfacts report: {e}", file=sys.stderr)
            return 1
        print(path)
        return 0
    return 2


if __name__ == "__main__":
    sys.exit(main())

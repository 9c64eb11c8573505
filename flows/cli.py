"""The `newsfacts` command: `newsfacts run [--raw DIR] [--out DIR] [--full-refresh]`."""
from __future__ import annotations

import argparse
import json
import os
import sys


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="newsfacts", description="News articles in, Parquet tables out.")
    sub = parser.add_subparsers(dest="command", required=True)
    run = sub.add_parser("run", help="run the whole flow once")
    run.add_argument("--raw", default="data/raw", help="raw input folder (default: data/raw)")
    run.add_argument("--out", default="data/processed", help="output folder (default: data/processed)")
    run.add_argument("--full-refresh", action="store_true", help="rebuild every table from all inputs")
    run.add_argument("--batch-size", type=int, default=200, help="documents per extraction task")
    args = parser.parse_args(argv)

    if args.command == "run":
        # The ephemeral server's telemetry write races its own start-up ("database is locked").
        os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
        from flows.pipeline import newsfacts_flow  # Prefect is imported only when a flow runs

        try:
            summary = newsfacts_flow(raw=args.raw, out=args.out, batch_size=args.batch_size)
        except FileNotFoundError as e:
            print(f"newsfacts: {e}", file=sys.stderr)
            return 2
        print(json.dumps(summary["rows"]))
        return 0
    return 2


if __name__ == "__main__":
    sys.exit(main())

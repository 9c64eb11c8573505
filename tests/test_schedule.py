"""A scheduled deployment of the flow on a real local Prefect server, its run executed by a runner."""
from __future__ import annotations

import asyncio
import shutil

from tests.conftest import SEEDS


def test_cron_deployment_runs_the_flow(prefect_server, tmp_path):
    from prefect import get_client
    from prefect.deployments import run_deployment
    from prefect.runner import Runner

    from flows.pipeline import newsfacts_flow

    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    for p in SEEDS.glob("*.txt"):
        shutil.copy(p, raw / p.name)
    params = {"raw": str(raw), "out": str(out), "workers": 1}
    runner = Runner(name="newsfacts-test-runner")
    deployment_id = runner.add_flow(newsfacts_flow, name="newsfacts-scheduled", cron="0 * * * *", parameters=params)

    async def check() -> None:
        async with get_client() as client:
            deployment = await client.read_deployment(deployment_id)
            assert [s.schedule.cron for s in deployment.schedules] == ["0 * * * *"]
            # a run scheduled for now, as the scheduler would create at the top of the hour
            flow_run = await run_deployment(deployment_id, timeout=0, client=client)
            await runner.start(run_once=True)  # picks up the due run and executes it in a subprocess
            flow_run = await client.read_flow_run(flow_run.id)
            assert flow_run.state.is_completed(), flow_run.state

    asyncio.run(check())
    assert (out / "current" / "run_summary.json").exists()
    assert sorted(p.name for p in (out / "documents").glob("*.parquet")) == ["part-0.parquet"]

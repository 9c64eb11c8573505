"""Prefect wiring of the newsfacts library: flows, tasks, deployments and the command line."""

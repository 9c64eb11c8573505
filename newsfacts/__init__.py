"""newsfacts: news articles in, analysis-ready tables of actors, events and quotes out.

The library is plain functions with no Prefect import; `flows/` wires them together.
"""
__version__ = "0.1.0"
# Bumped whenever extraction output can change, so stored results are known to be stale.
PIPELINE_VERSION = "0.1.0"

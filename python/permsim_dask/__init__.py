"""Spread a PermSim sweep over a Dask distributed cluster.

Each task runs ``permsim sweep SPEC --db shard.sqlite --shard i/n`` on a worker, in a
temporary directory, and returns the shard's store as bytes; the launcher writes the stores
and merges them with ``permsim sweep merge``. A shard is a deterministic share of the sweep's
points, so a task lost with its worker is simply run again elsewhere: the merged store is the
one a single machine would have made. See docs/sweeps.md.
"""

from .launcher import ShardFailed, run_shard, run_sweep

__all__ = ["ShardFailed", "run_shard", "run_sweep"]

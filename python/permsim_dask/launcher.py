"""The launcher: shards as Dask tasks, their stores merged into one."""

from __future__ import annotations

import os
import subprocess
import tempfile
from pathlib import Path
from typing import Optional, Sequence


class ShardFailed(RuntimeError):
    """A shard's ``permsim sweep`` exited non-zero (bad input, or a simulator fault)."""


def run_shard(spec_text: str, spec_name: str, index: int, count: int, permsim: str,
              workdir: str, jobs: Optional[int] = None) -> bytes:
    """Runs shard ``index`` of ``count`` on this machine; returns the shard's SQLite store.

    The sweep file is written into a fresh temporary directory (its relative
    ``workload-file`` paths then resolve against ``workdir``, the launcher's directory,
    where the command runs, so ``configs/`` is found as it is for ``permsim`` itself).
    """
    with tempfile.TemporaryDirectory(prefix=f"permsim-shard{index}-") as scratch:
        spec = Path(workdir) / spec_name if not os.path.isabs(spec_name) else Path(spec_name)
        if not spec.exists():
            spec = Path(scratch) / "sweep.yaml"
            spec.write_text(spec_text)
        db = Path(scratch) / f"shard{index}.sqlite"
        command = [permsim, "sweep", str(spec), "--db", str(db), "--shard", f"{index}/{count}"]
        if jobs is not None:
            command += ["--jobs", str(jobs)]
        done = subprocess.run(command, cwd=workdir, capture_output=True, text=True)
        if done.returncode != 0:
            raise ShardFailed(f"shard {index}/{count}: {done.stderr.strip() or 'exit ' + str(done.returncode)}")
        return db.read_bytes()


def run_sweep(spec: str, db: str, shards: int, client=None, permsim: str = "permsim",
              jobs_per_shard: Optional[int] = None, retries: int = 3,
              workdir: Optional[str] = None) -> int:
    """Runs the sweep ``spec`` as ``shards`` Dask tasks and merges their stores into ``db``.

    ``client``: a ``dask.distributed.Client`` (a ``LocalCluster``'s, a remote scheduler's,
    or a dask-jobqueue cluster's); ``None`` starts a ``LocalCluster`` for the call.
    ``permsim``: the executable on the workers. ``retries``: how often Dask re-runs a shard
    whose worker was lost (or that failed). Returns the number of points in ``db``.
    """
    from dask.distributed import Client, LocalCluster, as_completed

    if shards < 1:
        raise ValueError(f"shards: must be at least 1 (got {shards})")
    spec_path = Path(spec).resolve()
    spec_text = spec_path.read_text()
    workdir = workdir or os.getcwd()
    permsim = str(Path(permsim).resolve()) if os.sep in permsim else permsim
    own = client is None
    cluster = None
    if own:
        cluster = LocalCluster(processes=True, threads_per_worker=1)
        client = Client(cluster)
    try:
        futures = [client.submit(run_shard, spec_text, str(spec_path), index, shards, permsim, workdir, jobs_per_shard,
                                 key=f"permsim-shard-{index}-of-{shards}-{abs(hash(spec_text))}", retries=retries, pure=False)
                   for index in range(shards)]
        with tempfile.TemporaryDirectory(prefix="permsim-shards-") as scratch:
            paths = []
            for future in as_completed(futures):
                index = futures.index(future)
                path = Path(scratch) / f"shard{index}.sqlite"
                path.write_bytes(future.result())
                paths.append(str(path))
            paths.sort(key=lambda p: int(Path(p).stem[len("shard"):]))
            merge = subprocess.run([permsim, "sweep", "merge", *paths, "--db", db], cwd=workdir,
                                   capture_output=True, text=True)
            if merge.returncode != 0:
                raise ShardFailed(f"merge: {merge.stderr.strip()}")
        import sqlite3
        with sqlite3.connect(db) as connection:
            return connection.execute("SELECT COUNT(*) FROM points").fetchone()[0]
    finally:
        if own:
            client.close()
            cluster.close()


def main(argv: Optional[Sequence[str]] = None) -> int:
    """``python -m permsim_dask SPEC --db FILE --shards N [--scheduler ADDRESS] [--permsim PATH]``."""
    import argparse
    import sys

    parser = argparse.ArgumentParser(prog="python -m permsim_dask", description=__doc__)
    parser.add_argument("spec", help="the sweep file (YAML)")
    parser.add_argument("--db", required=True, help="the merged SQLite store to write")
    parser.add_argument("--shards", type=int, default=8, help="tasks to split the sweep into (default 8)")
    parser.add_argument("--scheduler", help="a Dask scheduler address (default: a LocalCluster)")
    parser.add_argument("--permsim", default="permsim", help="the permsim executable on the workers")
    parser.add_argument("--jobs-per-shard", type=int, help="cores each shard's permsim uses")
    args = parser.parse_args(argv)
    client = None
    if args.scheduler:
        from dask.distributed import Client
        client = Client(args.scheduler)
    try:
        points = run_sweep(args.spec, args.db, args.shards, client=client, permsim=args.permsim,
                           jobs_per_shard=args.jobs_per_shard)
    except (ShardFailed, ValueError, OSError) as error:
        print(f"permsim_dask: {error}", file=sys.stderr)
        return 1
    finally:
        if client is not None:
            client.close()
    print(f"permsim_dask: {points} points in {args.db}")
    return 0

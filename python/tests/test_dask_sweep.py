"""The Dask launcher on a real LocalCluster with 2 worker processes.

PERMSIM_EXECUTABLE names the permsim to run (the test command passes its build's); the
tests run from the repository root so that configs/ is found.
"""

import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from dask.distributed import Client, LocalCluster

from permsim_dask import run_sweep

ROOT = Path(__file__).resolve().parents[2]
PERMSIM = os.environ.get("PERMSIM_EXECUTABLE", str(ROOT / ".build" / "debug" / "permsim"))

SPEC = """engine: permdnn
workloads: [neuraltalk-we, alexnet-fc8]
axes:
  engine.pes: [4, 8, 16, 32]
  pe.multipliers: [2, 4, 8, 16]
"""


def export(db):
    done = subprocess.run([PERMSIM, "sweep", "export", str(db)], cwd=ROOT, capture_output=True, text=True, check=True)
    return done.stdout


@pytest.fixture(scope="module")
def sweep(tmp_path_factory):
    """The sweep file and the store one machine makes of it."""
    directory = tmp_path_factory.mktemp("sweep")
    spec = directory / "sweep.yaml"
    spec.write_text(SPEC)
    single = directory / "single.sqlite"
    subprocess.run([PERMSIM, "sweep", str(spec), "--db", str(single)], cwd=ROOT, check=True, capture_output=True)
    return spec, export(single)


@pytest.fixture
def client():
    cluster = LocalCluster(n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None)
    with Client(cluster) as dask_client:
        yield dask_client
    cluster.close()


def test_merged_store_equals_the_single_machine_store(sweep, client, tmp_path):
    spec, reference = sweep
    db = tmp_path / "merged.sqlite"
    points = run_sweep(str(spec), str(db), shards=4, client=client, permsim=PERMSIM, jobs_per_shard=1, workdir=str(ROOT))
    assert points == 16
    assert export(db) == reference
    assert len(client.scheduler_info()["workers"]) == 2


def test_a_killed_worker_costs_only_a_rerun_of_its_shard(sweep, client, tmp_path):
    """Kill one worker while both run a shard: its shard runs again, nothing else does."""
    spec, reference = sweep
    log = tmp_path / "starts.log"
    wrapper = tmp_path / "permsim-logged"
    wrapper.write_text(f"#!/bin/sh\nif [ \"$1\" = sweep ] && [ \"$5\" = --shard ]; then echo \"$6\" >> {log}; fi\nexec {PERMSIM} \"$@\"\n")
    wrapper.chmod(0o755)
    pids = client.run(os.getpid)
    db = tmp_path / "merged.sqlite"
    outcome = {}

    def launch():
        outcome["points"] = run_sweep(str(spec), str(db), shards=8, client=client, permsim=str(wrapper),
                                      jobs_per_shard=1, workdir=str(ROOT))

    thread = threading.Thread(target=launch)
    thread.start()
    deadline = time.time() + 120
    while time.time() < deadline and (not log.exists() or len(log.read_text().split()) < 2):
        time.sleep(0.01)
    assert log.exists() and len(log.read_text().split()) >= 2, "the shards never started"
    victim = sorted(pids.values())[0]
    os.kill(victim, signal.SIGKILL)
    thread.join(timeout=300)
    assert not thread.is_alive()
    assert outcome["points"] == 16
    assert export(db) == reference
    starts = log.read_text().split()
    # Eight shards, one of them started again after its worker was killed.
    assert len(starts) == 9, starts
    assert sorted(set(starts)) == sorted(f"{i}/8" for i in range(8))


def test_the_command_line_launcher(sweep, tmp_path):
    spec, reference = sweep
    db = tmp_path / "cli.sqlite"
    env = dict(os.environ, PYTHONPATH=str(ROOT / "python"))
    done = subprocess.run([sys.executable, "-m", "permsim_dask", str(spec), "--db", str(db), "--shards", "3", "--permsim", PERMSIM],
                          cwd=ROOT, capture_output=True, text=True, env=env, timeout=300)
    assert done.returncode == 0, done.stderr
    assert "16 points" in done.stdout
    assert export(db) == reference

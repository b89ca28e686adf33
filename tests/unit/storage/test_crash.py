"""Crash safety: a process saving scores is killed with SIGKILL at random moments, again and again.
Every score it acknowledged (save_score returned) must be in the file afterwards, the file must pass
SQLite's integrity check and the audit chain must verify.

What is asserted does not depend on timing: the random seed only chooses when to kill.
"""

from __future__ import annotations

import json
import random
import signal
import subprocess
import sys
import time

import pytest

from coopeval.services.workspace import Workspace
from coopeval.storage import audit
from coopeval.storage.lock import read_holder
from coopeval.storage.sqlite import quick_check
from tests.helpers.workspaces import REPO, staged_file

ROUNDS = 24
SEED = 20240611

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")


def start_writer(path, round_no: int, t, stderr) -> subprocess.Popen:
    args = [sys.executable, "-m", "tests.unit.storage.crash_writer", str(path), str(round_no), str(t.evaluator),
            str(t.qualitative), *map(str, t.bids)]
    return subprocess.Popen(args, cwd=REPO, stdout=subprocess.PIPE, stderr=stderr, text=True, bufsize=1)


def test_acknowledged_scores_survive_sigkill(tmp_path_factory, tmp_path):
    path = tmp_path / "crash.coopeval"
    t = staged_file(tmp_path_factory, path, "evaluation")
    rng = random.Random(SEED)
    acked: list[str] = []
    previous_pid, waited_for = None, 0
    log = tmp_path / "writer-stderr.txt"
    for round_no in range(ROUNDS):
        with log.open("w") as stderr:
            child = start_writer(path, round_no, t, stderr)
            try:
                ready = child.stdout.readline().split()
                assert ready[:2] == ["READY", str(child.pid)], log.read_text()
                # Each writer before this one was killed holding the lock: it must have been taken over.
                assert ready[2] == (str(previous_pid) if previous_pid else "-")
                wanted = rng.randint(0, 12)
                waited_for += wanted
                for _ in range(wanted):
                    line = child.stdout.readline()
                    assert line.startswith("ACK "), (line, log.read_text())
                    acked.append(line.split(" ", 2)[2].rstrip("\n"))
                time.sleep(rng.uniform(0, 0.03))  # land anywhere in the next transaction
            finally:
                child.send_signal(signal.SIGKILL)
                rest = child.stdout.read()  # lines written before it died were acknowledged too
                child.stdout.close()
                child.wait()
        assert child.returncode == -signal.SIGKILL, log.read_text()
        acked += [line.split(" ", 2)[2] for line in rest.splitlines() if line.startswith("ACK ")]
        previous_pid = child.pid
        assert read_holder(path).pid == child.pid  # it died without releasing its lock

    assert len(acked) >= waited_for > ROUNDS  # the seed makes most rounds wait for several saves
    assert quick_check(path) is None
    with Workspace.open(path, actor="officer") as ws:
        assert ws.lock.taken_over.pid == previous_pid
        with ws.reading() as s:
            report = audit.verify(s)
            events = audit.history(s)
    assert report.ok, report.problems
    saved = {json.loads(e.after)["rationale"] for e in events if e.entity == "score" and e.after}
    missing = [r for r in acked if r not in saved]
    assert missing == [], f"{len(missing)} acknowledged score(s) lost: {missing[:5]}"
    assert sum(e.action == "lock_takeover" for e in events) == ROUNDS

"""One writer per workspace: a second CoopEval (another process) is refused and told who holds the
file, may still open it read-only, and a lock left by a killed process is taken over and audited."""

from __future__ import annotations

import getpass
import json
import os
import signal
import socket
import subprocess
import sys
import textwrap

import pytest

from coopeval.services.workspace import Workspace
from coopeval.storage import audit
from coopeval.storage.lock import LockHolder, WorkspaceLockedError, lock_path_for, read_holder
from tests.helpers.workspaces import REPO, staged_file

# Run in a child process: try to open the workspace for writing, then read-only; report as JSON.
SECOND_OPENER = textwrap.dedent("""
    import json, sys
    from coopeval.services.setup import tenders
    from coopeval.services.workspace import Workspace
    from coopeval.storage.lock import WorkspaceLockedError
    path = sys.argv[1]
    out = {}
    try:
        Workspace.open(path, actor="second").close()
        out["write"] = "opened"
    except WorkspaceLockedError as exc:
        holder = exc.holder
        out["write"] = {"message": str(exc), "host": holder.host, "pid": holder.pid, "user": holder.user}
    with Workspace.open(path, read_only=True, actor="second") as ws:
        out["read_only_status"] = tenders.get_tender(ws, "T1").status
    print(json.dumps(out))
""")

# Run in a child process: open for writing, say so, then wait to be killed.
HOLDER = textwrap.dedent("""
    import sys, time
    from coopeval.services.workspace import Workspace
    ws = Workspace.open(sys.argv[1], actor="crashed")
    print("OPEN", flush=True)
    time.sleep(600)
""")


def python(code: str, *args: str, **kwargs) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", code, *args], cwd=REPO, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kwargs)


@pytest.fixture
def path(tmp_path_factory, tmp_path):
    target = tmp_path / "meals.coopeval"
    staged_file(tmp_path_factory, target, "evaluation")
    return target


def test_a_second_process_is_refused_with_who_holds_it_and_may_read(path):
    with Workspace.open(path, actor="officer") as ws:
        child = python(SECOND_OPENER, str(path))
        out, err = child.communicate()
        assert child.returncode == 0, err
        report = json.loads(out)
        assert ws.lock.held
    refused = report["write"]
    assert refused != "opened"
    assert (refused["host"], refused["pid"], refused["user"]) == (socket.gethostname(), os.getpid(), getpass.getuser())
    message = refused["message"]
    assert f"meals.coopeval is open in {getpass.getuser()} on {socket.gethostname()} (process {os.getpid()}" in message
    assert "Open it read-only, or ask them to close it." in message
    assert report["read_only_status"] == "evaluation"


def test_the_same_process_cannot_open_it_twice_for_writing(path):
    with Workspace.open(path, actor="officer"):
        with pytest.raises(WorkspaceLockedError, match=f"process {os.getpid()}"):
            Workspace.open(path, actor="officer")


def test_closing_releases_the_lock_without_a_takeover(path):
    Workspace.open(path, actor="officer").close()
    assert read_holder(path) is None
    with Workspace.open(path, actor="officer") as ws:
        assert ws.lock.taken_over is None
        with ws.reading() as s:
            assert "lock_takeover" not in [e.action for e in audit.history(s)]


def test_a_lock_left_by_a_killed_process_is_taken_over_and_audited(path):
    child = python(HOLDER, str(path))
    try:
        assert child.stdout.readline().strip() == "OPEN", child.stderr.read()
        stale = read_holder(path)
        assert stale is not None and stale.pid == child.pid
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
        child.stdout.close()
        child.stderr.close()
    assert read_holder(path) == stale  # a killed process cannot clean up after itself
    with Workspace.open(path, actor="officer") as ws:
        assert ws.lock.taken_over == stale
        assert read_holder(path).pid == os.getpid()
        with ws.reading() as s:
            last = audit.history(s)[-1]
            assert audit.verify(s).ok
    assert (last.action, last.entity, last.actor) == ("lock_takeover", "workspace", "officer")
    assert last.note == f"took over a lock left by {stale.describe()}"
    assert f"(process {child.pid}," in last.note


def write_lock_file(path, holder: LockHolder) -> None:
    lock_path_for(path).write_text(json.dumps(holder.__dict__), encoding="utf-8")


def test_a_lock_file_from_another_computer_is_not_taken_over_without_asking(path):
    other = LockHolder("council-pc-17", 4242, "jo", "2026-01-05T09:00:00Z")
    write_lock_file(path, other)
    with pytest.raises(WorkspaceLockedError, match="jo on council-pc-17 \\(process 4242") as caught:
        Workspace.open(path, actor="officer")
    assert caught.value.holder == other
    assert read_holder(path) == other
    with Workspace.open(path, actor="officer", force_lock=True) as ws:
        assert ws.lock.taken_over == other
        with ws.reading() as s:
            last = audit.history(s)[-1]
    assert last.action == "lock_takeover" and "jo on council-pc-17 (process 4242" in last.note


def test_an_unreadable_lock_file_does_not_block_opening(path):
    lock_path_for(path).write_text("{not json", encoding="utf-8")
    with Workspace.open(path, actor="officer") as ws:
        assert ws.lock.taken_over is None


@pytest.mark.skipif(os.name != "posix", reason="Windows keeps an empty lock file: an open file cannot be removed there")
def test_closing_leaves_no_lock_file_behind(tmp_path):
    from coopeval.services.workspace import Workspace
    from coopeval.storage.lock import lock_path_for

    path = tmp_path / "tidy.coopeval"
    with Workspace.create(path):
        assert lock_path_for(path).exists()
    assert not lock_path_for(path).exists()
    with Workspace.open(path):  # and it can be taken again at once
        assert lock_path_for(path).exists()

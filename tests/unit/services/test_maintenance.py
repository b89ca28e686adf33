"""Looking after a workspace from outside (services/maintenance and the commands on it): `check`,
`audit verify`, `audit log`, `backups list` and `backups restore` say what they find, and a file
changed behind CoopEval's back is caught."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from coopeval import cli
from coopeval.domain.errors import CoopEvalError
from coopeval.services.maintenance.audit import audit_log_file, verify_audit_file
from coopeval.services.maintenance.backups import backups_folder, list_backups, restore
from coopeval.services.maintenance.check import check_workspace
from coopeval.storage.backups import take_backup
from tests.helpers.workspaces import raw, sha256_of, staged_file


@pytest.fixture
def signed_off(tmp_path_factory: pytest.TempPathFactory, tmp_path: Path) -> Path:
    path = tmp_path / "evaluations.coopeval"
    staged_file(tmp_path_factory, path, "signed_off")
    return path


def run(*argv: object) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = cli.main([str(a) for a in argv], out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def test_a_sound_workspace_checks_out(signed_off: Path):
    report = check_workspace(signed_off)
    assert report.ok
    assert report.lines[:2] == ["Integrity: ok", "Lock: not held"]
    assert report.lines[2].startswith("Schema: ") and report.lines[3].startswith("Audit: intact, ")
    code, out, err = run("check", signed_off)
    assert (code, out.splitlines(), err) == (0, report.lines, "")


def test_the_audit_chain_verifies_and_an_earlier_head_is_still_in_it(signed_off: Path):
    chain = verify_audit_file(signed_off)
    assert chain.ok and chain.events > 0 and chain.problems == ()
    code, out, _ = run("audit", "verify", signed_off)
    assert code == 0 and out == f"Audit chain intact: {chain.events} events. Head {chain.head}\n"
    assert verify_audit_file(signed_off, expect=chain.head).ok
    code, _, err = run("audit", "verify", signed_off, "--expect", "f" * 64)
    assert code == 1 and err.startswith(f"{signed_off.name}: the recorded head {'f' * 64} is not in this workspace's")


def test_a_row_changed_outside_coopeval_is_caught(signed_off: Path):
    con = raw(signed_off)
    con.execute("UPDATE tender SET title = 'Quietly renamed'")
    con.close()
    chain = verify_audit_file(signed_off)
    assert not chain.ok and any("changed outside CoopEval" in p for p in chain.problems)
    code, _, err = run("audit", "verify", signed_off)
    assert code == 1 and "changed outside CoopEval" in err and "Traceback" not in err
    code, out, _ = run("check", signed_off)
    assert code == 1 and "Audit: BROKEN — tender " in out


def test_the_audit_log_reads_as_before_and_after(signed_off: Path):
    lines = list(audit_log_file(signed_off))
    assert "create workspace" in lines[0]
    tender_lines = list(audit_log_file(signed_off, "T1"))
    events = [line for line in tender_lines if not line.startswith(" " * 8)]  # changes are indented by 8
    assert events and all("[T1]" in line for line in events)
    assert any("→" in line for line in tender_lines)  # a change shows its before and after
    code, out, _ = run("audit", "log", signed_off, "--tender", "T1")
    assert code == 0 and out.splitlines() == tender_lines
    with pytest.raises(CoopEvalError, match="There is no tender 'NOPE'"):
        audit_log_file(signed_off, "NOPE")


def test_the_audit_log_is_streamed_a_batch_of_events_at_a_time(signed_off: Path, monkeypatch):
    from collections.abc import Iterator

    from coopeval.services.maintenance import audit as audit_service
    from coopeval.services.workspace import Workspace
    from coopeval.storage import audit

    with Workspace.open(signed_off, read_only=True) as ws, ws.reading() as session:
        events = audit.history(session)
    whole = list(audit_log_file(signed_off))
    monkeypatch.setattr(audit, "history", lambda *a, **k: pytest.fail("the whole history was loaded at once"))
    monkeypatch.setattr(audit_service, "LOG_BATCH", 3)
    lines = audit_log_file(signed_off)
    assert isinstance(lines, Iterator) and not isinstance(lines, list)
    assert next(lines) == whole[0] and "create workspace" in whole[0]
    assert [whole[0], *lines] == whole  # the same lines, however many events are read at a time
    heads = [line for line in whole if not line.startswith(" " * 8)]
    assert [int(line.split()[0]) for line in heads] == [e.seq for e in events]  # one head line per event, in order
    code, out, _ = run("audit", "log", signed_off)
    assert code == 0 and out.splitlines() == whole
    with pytest.raises(CoopEvalError, match="There is no tender 'NOPE'"):
        audit_log_file(signed_off, "NOPE")  # at once, before any line is asked for


def test_backups_are_listed_and_one_is_restored_keeping_the_replaced_file(signed_off: Path):
    take_backup(signed_off, "by hand")
    found = list_backups(signed_off)
    assert found and backups_folder(signed_off) == signed_off.parent / "backups"
    code, out, _ = run("backups", "list", signed_off)
    assert code == 0 and out.splitlines()[0].startswith(f"{found[0].name}\t{found[0].taken_at}\t{found[0].reason}\t")
    safety = restore(signed_off, Path(found[0].name))  # a bare name is looked up in the backups folder
    assert safety is not None and safety.is_file() and safety.parent == backups_folder(signed_off)
    assert verify_audit_file(safety).ok and verify_audit_file(signed_off).ok
    code, out, _ = run("backups", "restore", signed_off, found[0].name)
    assert code == 0 and out.startswith(f"Restored {signed_off.name} from {found[0].name}. The file it replaced was kept as ")


def test_restoring_the_workspace_onto_itself_is_refused(signed_off: Path):
    before = sha256_of(signed_off)
    with pytest.raises(CoopEvalError, match="is the workspace itself, not a backup of it"):
        restore(signed_off, signed_off)
    assert sha256_of(signed_off) == before


def test_a_missing_file_is_reported_not_raised(tmp_path: Path):
    report = check_workspace(tmp_path / "none.coopeval")
    assert not report.ok and report.lines == [f"{tmp_path / 'none.coopeval'}: no such file"]
    assert (list_backups(tmp_path / "none.coopeval"), run("backups", "list", tmp_path / "none.coopeval")[1]) == (
        [], f"No backups of none.coopeval in {tmp_path / 'backups'}.\n")

"""Hostile or mistaken input on the command line: a clear one-line error, no traceback, nothing saved changed."""

from __future__ import annotations

import io
import os
import shutil
from pathlib import Path

import pytest

from coopeval import cli
from coopeval.services.demo import build_demo
from coopeval.storage import workspace_file

DONE, OPEN = "EVC-2026-014", "EVC-2026-021"


@pytest.fixture(scope="module")
def demo_master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_demo(tmp_path_factory.mktemp("master") / "demo.coopeval")


@pytest.fixture
def demo(demo_master: Path, tmp_path: Path) -> Path:
    folder = tmp_path / "Tŷ Bwyd"
    folder.mkdir()
    path = folder / "evaluations.coopeval"
    shutil.copy(demo_master, path)
    return path


def run(*argv: object) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = cli.main([str(a) for a in argv], out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def failed_cleanly(code: int, err: str) -> bool:
    lines = err.strip().splitlines()
    return code == 1 and len(lines) == 1 and lines[0].startswith("coopeval: ") and "Traceback" not in err


@pytest.mark.parametrize("command", [
    ("tender", "export", "{ws}", "--tender", DONE, "--out", "{ws}"),
    ("report", "{ws}", "--tender", DONE, "--out", "{ws}"),
    ("report", "{ws}", "--tender", DONE, "--out", "{ws}", "--overwrite"),
    ("signing-cert", "export", "--out", "{ws}"),
    ("signing-cert", "export", "--out", "{ws}", "--overwrite"),
])
def test_out_onto_the_workspace_is_refused(demo, command):
    before = demo.read_bytes()
    code, _, err = run(*(str(demo) if a == "{ws}" else a for a in command))
    assert failed_cleanly(code, err), err
    assert demo.read_bytes() == before


@pytest.mark.parametrize("command", [
    ("tender", "export", "{ws}", "--tender", DONE, "--out", "{out}"),
    ("report", "{ws}", "--tender", DONE, "--out", "{out}"),
    ("signing-cert", "export", "--out", "{out}"),
])
def test_out_onto_an_existing_file_needs_overwrite(demo, tmp_path, command):
    existing = tmp_path / "earlier.pdf"
    existing.write_bytes(b"an earlier signed report")
    argv = [str(demo) if a == "{ws}" else str(existing) if a == "{out}" else a for a in command]
    if command[0] == "signing-cert":  # a certificate names its signer, so it is made on request only
        assert run("signing-cert", "new", "--name", "Olu Adebayo")[0] == 0
    code, _, err = run(*argv)
    assert failed_cleanly(code, err) and "--overwrite" in err, err
    assert existing.read_bytes() == b"an earlier signed report"
    code, _, err = run(*argv, "--overwrite")
    assert code == 0, err
    assert existing.read_bytes() != b"an earlier signed report"


def test_audit_log_of_an_unknown_tender_is_an_error(demo):
    code, out, err = run("audit", "log", demo, "--tender", "NOPE-1")
    assert failed_cleanly(code, err) and "NOPE-1" in err
    assert out == ""


def test_restoring_a_workspace_from_itself_is_refused(demo):
    before = demo.read_bytes()
    code, _, err = run("backups", "restore", demo, demo)
    assert failed_cleanly(code, err) and "workspace itself" in err
    assert demo.read_bytes() == before
    assert not list((demo.parent / "backups").glob("*before-restore*"))


def test_a_restore_that_cannot_replace_the_file_says_so(demo, tmp_path, monkeypatch):
    before = demo.read_bytes()
    backup = tmp_path / "copy.coopeval"
    shutil.copy(demo, backup)
    real_replace = os.replace

    def refuse(src, dst):
        if Path(dst) == demo.absolute():
            raise PermissionError(1, "Operation not permitted")
        return real_replace(src, dst)

    monkeypatch.setattr(os, "replace", refuse)
    code, _, err = run("backups", "restore", demo, backup)
    assert failed_cleanly(code, err) and "could not be replaced" in err, err
    assert demo.read_bytes() == before
    assert not demo.with_name(demo.name + ".restoring").exists()


def test_a_read_only_workspace_is_refused_by_writing_commands(demo, tmp_path, monkeypatch):
    exported = tmp_path / "t.json"
    assert run("tender", "export", demo, "--tender", DONE, "--out", exported)[0] == 0
    monkeypatch.setenv("COOPEVAL_PACK_PASSPHRASE", "a pack passphrase")  # asked before the workspace refuses
    before = demo.read_bytes()
    real_access = os.access
    # chmod 444 does not stop root, so the permission check itself is made to answer "no".
    monkeypatch.setattr(workspace_file.os, "access",
                        lambda p, mode: False if Path(p) == demo.absolute() and mode == os.W_OK else real_access(p, mode))
    for argv in (("tender", "import", demo, exported),
                 ("pack", "export", demo, "--tender", OPEN, "--member", "Priya Raman", "--out", tmp_path / "p.pack"),
                 ("pack", "import", demo, tmp_path / "p.pack")):
        code, _, err = run(*argv)
        assert failed_cleanly(code, err) and "read-only" in err, (argv, err)
    assert demo.read_bytes() == before
    assert run("tenders", demo)[0] == 0  # reading still works


@pytest.mark.parametrize("kind", ["missing", "folder", "empty", "text", "truncated"])
def test_a_wrong_file_never_shows_a_traceback(demo, tmp_path, kind):
    bad = tmp_path / f"{kind}.coopeval"
    if kind == "folder":
        bad.mkdir()
    elif kind == "empty":
        bad.write_bytes(b"")
    elif kind == "text":
        bad.write_text("not a workspace\n")
    elif kind == "truncated":
        bad.write_bytes(demo.read_bytes()[:8192])
    before = bad.read_bytes() if bad.is_file() else None
    for argv in (("tenders", bad), ("results", bad, "--tender", DONE), ("audit", "log", bad),
                 ("tender", "import", bad, tmp_path / "nothing.json"),
                 ("pack", "export", bad, "--tender", OPEN, "--member", "x", "--out", tmp_path / "p.pack"),
                 ("pack", "import", demo, bad), ("backups", "restore", demo, bad)):
        code, _, err = run(*argv)
        assert code == 1 and err.strip() and "Traceback" not in err, (argv, err)
    if before is not None:
        assert bad.read_bytes() == before

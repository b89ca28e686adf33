"""A device, a pipe with no writer, a folder or a socket named where a file is expected is refused at
once, by the real `coopeval` command (a subprocess, so a hang or a read without end is caught by its
timeout rather than stalling the run): one plain line naming the file, exit 1, no traceback.

Before: `frameworks validate /dev/zero` and `verify /dev/zero` read until memory ran out, and a FIFO
made them (and `--trust`, `--sign`, `import-table`) wait for ever for a writer."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from coopeval.services.identity.people import create_first_officer
from coopeval.services.setup.frameworks import import_framework
from coopeval.services.workspace import Workspace
from tests.helpers.workspaces import EXAMPLE_FRAMEWORK

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs FIFOs, sockets and /dev/zero")

GIVE_UP_AFTER = 120  # seconds; a refusal takes about as long as Python takes to start

KINDS = ("dev-zero", "fifo", "folder", "socket")
SAYS = {"dev-zero": ("is a device", "is not a file"), "fifo": ("pipe (FIFO)", "is not a file"),
        "folder": ("is a folder", "is not a file"), "socket": ("socket", "not a regular file", "is not a file")}

# `frameworks show` and `coverage` read the file as `validate` does (domain.framework_loader.load_framework).
COMMANDS = {
    "frameworks validate": lambda bad, ws, ok, out: ["frameworks", "validate", bad],
    "frameworks import-table": lambda bad, ws, ok, out: ["frameworks", "import-table", bad, "--out", out / "fw.toml",
                                                         "--licence", "CC-BY-4.0", "--source", "test"],
    "verify (the report)": lambda bad, ws, ok, out: ["verify", bad],
    "verify --trust": lambda bad, ws, ok, out: ["verify", ok, "--trust", bad],
    "report --sign": lambda bad, ws, ok, out: ["report", ws, "--tender", "T1", "--out", out / "r.pdf", "--sign", bad,
                                               "--as", OFFICER],
    "pack import": lambda bad, ws, ok, out: ["pack", "import", ws, bad, "--as", OFFICER],
}
OFFICER, PASSPHRASE = "Olu Officer", "copper kettle meadow"  # a real person: subprocesses have no stand-in


@pytest.fixture(scope="module")
def workspace(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("ws") / "w.coopeval"
    with Workspace.create(path) as ws:
        create_first_officer(ws, name=OFFICER, passphrase=PASSPHRASE)
        import_framework(ws, EXAMPLE_FRAMEWORK)
    return path


def make(kind: str, folder: Path) -> tuple[Path, socket.socket | None]:
    if kind == "dev-zero":
        return Path("/dev/zero"), None
    if kind == "fifo":
        path = folder / "named.pipe"
        os.mkfifo(path)
        return path, None
    if kind == "folder":
        path = folder / "a-folder.toml"
        path.mkdir()
        return path, None
    path = folder / "s.sock"
    if len(str(path)) > 100:
        pytest.skip("temporary folder path too long for a Unix socket")
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    server.bind(str(path))
    return path, server


def coopeval(*argv: object) -> subprocess.CompletedProcess[str]:
    try:
        return subprocess.run([sys.executable, "-m", "coopeval", *map(str, argv)], capture_output=True, text=True,
                              timeout=GIVE_UP_AFTER, check=False, stdin=subprocess.DEVNULL,
                              env={**os.environ, "COOPEVAL_PASSPHRASE": PASSPHRASE,
                                   "COOPEVAL_PACK_PASSPHRASE": "a pack passphrase"})
    except subprocess.TimeoutExpired:
        pytest.fail(f"`coopeval {' '.join(map(str, argv))}` did not finish: it waited for a writer or read without end")


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("command", list(COMMANDS))
def test_a_file_that_is_not_a_regular_file_is_refused_at_once(command, kind, workspace, tmp_path):
    bad, server = make(kind, tmp_path)
    regular = tmp_path / "plain.pdf"
    regular.write_bytes(b"%PDF-1.4\n% not really a report\n")
    try:
        done = coopeval(*COMMANDS[command](bad, workspace, regular, tmp_path))
    finally:
        if server is not None:
            server.close()
    assert done.returncode == 1, (done.stdout, done.stderr)
    assert "Traceback" not in done.stderr and "unexpected problem" not in done.stderr, done.stderr
    assert bad.name in done.stderr, done.stderr
    assert any(words in done.stderr for words in SAYS[kind]), done.stderr
    assert not (tmp_path / "fw.toml").exists() and not (tmp_path / "r.pdf").exists()

"""read_regular_file: only a regular file is read, never more than the cap; a device, a pipe with no
writer, a folder, a socket, a missing file or an oversized one is refused with a message naming the
file and what was expected. A pipe must be refused without waiting for a writer, so each read runs in
a thread that must finish (a hang fails the test instead of stalling the run)."""

from __future__ import annotations

import os
import socket
import sys
import threading
from pathlib import Path

import pytest

from coopeval.domain.errors import InvalidFileError
from coopeval.domain.files import read_regular_file

WHAT = "a test file"
GIVE_UP_AFTER = 30  # seconds; a correct refusal takes milliseconds

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="needs FIFOs, sockets and /dev/zero")


def read_in_thread(path: Path, limit: int = 1000) -> bytes | BaseException:
    """The bytes read, or the exception raised; fails the test if the read does not finish."""
    outcome: list[bytes | BaseException] = []

    def read() -> None:
        try:
            outcome.append(read_regular_file(path, limit=limit, what=WHAT))
        except BaseException as exc:  # noqa: BLE001 - handed back to the test
            outcome.append(exc)

    worker = threading.Thread(target=read, daemon=True)
    worker.start()
    worker.join(GIVE_UP_AFTER)
    if worker.is_alive():
        _unblock(path)
        pytest.fail(f"reading {path} did not finish: it waited for a writer or read without end")
    return outcome[0]


def _unblock(path: Path) -> None:
    """Let a thread stuck opening a FIFO go (open the writing end once)."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_NONBLOCK)
        os.close(fd)
    except OSError:
        pass


def refusal(path: Path, limit: int = 1000) -> str:
    got = read_in_thread(path, limit)
    assert isinstance(got, InvalidFileError), f"expected a refusal, got {got!r}"
    assert len(got.problems) == 1
    return str(got.problems[0])


def test_a_normal_file_is_read_whole(tmp_path):
    path = tmp_path / "ok.txt"
    path.write_bytes(b"hello\x00world" * 10)
    assert read_in_thread(path) == b"hello\x00world" * 10


def test_a_file_exactly_at_the_cap_is_read(tmp_path):
    path = tmp_path / "cap.bin"
    path.write_bytes(b"x" * 1000)
    assert read_in_thread(path, limit=1000) == b"x" * 1000


def test_an_empty_file_is_read_as_empty(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    assert read_in_thread(path) == b""


@posix_only
def test_dev_zero_is_refused_as_a_device():
    message = refusal(Path("/dev/zero"))
    assert "is a device" in message and WHAT in message


@posix_only
def test_a_fifo_with_no_writer_is_refused_without_waiting(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    message = refusal(fifo)
    assert "pipe (FIFO)" in message and WHAT in message


@posix_only
def test_a_fifo_with_a_writer_is_refused_too(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    reader_end = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)  # so the writer can open at once
    writer = os.open(fifo, os.O_WRONLY | os.O_NONBLOCK)
    try:
        os.write(writer, b"data that must not be read")
        message = refusal(fifo)
    finally:
        os.close(writer)
        os.close(reader_end)
    assert "pipe (FIFO)" in message


def test_a_folder_is_refused(tmp_path):
    message = refusal(tmp_path)
    assert "is a folder" in message and WHAT in message


@posix_only
def test_a_socket_is_refused(tmp_path):
    path = Path(tmp_path) / "s"
    if len(str(path)) > 100:  # AF_UNIX paths are short
        pytest.skip("temporary folder path too long for a Unix socket")
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        server.bind(str(path))
        message = refusal(path)
    finally:
        server.close()
    assert "not a regular file" in message or "socket" in message


def test_a_missing_file_is_refused_naming_it(tmp_path):
    message = refusal(tmp_path / "nowhere.toml")
    assert "not found" in message and "nowhere.toml" in message


def test_a_file_over_the_cap_is_refused_with_both_sizes(tmp_path):
    path = tmp_path / "big.bin"
    path.write_bytes(b"x" * 1001)
    message = refusal(path, limit=1000)
    assert "1,001 bytes" in message and "at most 1,000 bytes" in message


@posix_only
def test_a_symlink_to_dev_zero_is_refused(tmp_path):
    link = tmp_path / "looks-like.toml"
    link.symlink_to("/dev/zero")
    assert "is a device" in refusal(link)

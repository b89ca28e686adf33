"""A records bundle in hostile hands: a tamperer who adds bytes the manifest does not cover, names two files alike to
one file system or another, signs with their own key; and a careless writer who points the bundle at the workspace
itself. Each is caught and named, and what is honest (the same files zipped in another order) still verifies."""

from __future__ import annotations

import json
import sqlite3
import unicodedata
import zipfile
from pathlib import Path

import pytest

from coopeval.domain.errors import CoopEvalError
from coopeval.reporting import cms
from coopeval.services.records.bundle import write_bundle
from coopeval.services.records.verify import verify_bundle
from coopeval.services.reports.writing import throwaway_signing_key
from coopeval.services.workspace import Workspace
from tests.helpers.records import Written, copy, rewrite, written_bundle
from tests.helpers.reports import DEMO_DONE

AUDIT_CSV = f"audit/{DEMO_DONE}-audit.csv"


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> Written:
    return written_bundle(tmp_path_factory)


def _problems(path: Path, made: Written, trust: list[Path] | None = None) -> list[str]:
    report = verify_bundle(path, trust=trust if trust is not None else [made.cert])
    assert not report.ok
    return list(report.problems)


def test_the_same_files_zipped_in_another_order_still_verify(made: Written, tmp_path: Path) -> None:
    target = tmp_path / "b.zip"
    with zipfile.ZipFile(made.bundle) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_STORED) as new:
        for info in reversed(old.infolist()):
            new.writestr(info.filename, old.read(info))
    report = verify_bundle(target, trust=[made.cert])
    assert report.ok, report.problems


def test_bytes_appended_after_the_zip_are_named(made: Written, tmp_path: Path) -> None:
    path = copy(made.bundle, tmp_path / "b.zip")
    path.write_bytes(path.read_bytes() + b"#!/bin/sh\necho hidden payload\n")
    assert _problems(path, made) == ["bundle: it has bytes after the end of the ZIP; CoopEval never writes them and no "
                                     "signature covers them."]


def test_bytes_before_the_first_file_are_named(made: Written, tmp_path: Path) -> None:
    path = tmp_path / "b.zip"
    path.write_bytes(b"MZ" + bytes(200) + made.bundle.read_bytes())
    problems = _problems(path, made)
    assert problems == ["bundle: it has 202 bytes before its first file; CoopEval never writes them and no signature "
                        "covers them."]


def test_a_zip_comment_is_named(made: Written, tmp_path: Path) -> None:
    path = copy(made.bundle, tmp_path / "b.zip")
    with zipfile.ZipFile(path, "a") as zf:
        zf.comment = b"Verified and approved by the council's auditors."
    problems = _problems(path, made)
    assert problems == ["bundle: it has a ZIP comment (48 bytes); CoopEval never writes them and no signature covers "
                        "them."]


def test_a_name_differing_only_in_unicode_normalisation_is_refused(made: Written, tmp_path: Path) -> None:
    nfc = "files/evidence/caf\u00e9.pdf"
    nfd = unicodedata.normalize("NFD", nfc)
    assert nfc != nfd  # macOS and some unzip tools write both to one file
    problems = _problems(rewrite(made.bundle, tmp_path / "b.zip", add=[(nfc, b"one"), (nfd, b"two")]), made)
    assert problems == [f"file {nfd!r}: refused: it is the same name as {nfc!r} written with other Unicode characters."]


def test_a_manifest_naming_a_file_in_another_normalisation_finds_it_missing_and_added(made: Written,
                                                                                       tmp_path: Path) -> None:
    with zipfile.ZipFile(made.bundle) as zf:
        manifest = json.loads(zf.read("manifest.json"))
    manifest["entries"].append({"name": unicodedata.normalize("NFD", "files/evidence/caf\u00e9.pdf"),
                                "sha256": "0" * 64, "size": 3, "kind": "evidence"})
    data = json.dumps(manifest).encode()
    path = rewrite(made.bundle, tmp_path / "b.zip", add=[("files/evidence/caf\u00e9.pdf", b"one")],
                   change={"manifest.json": data, "manifest.json.p7s": cms.sign_detached(data, made.key)})
    problems = _problems(path, made)
    assert any("listed in the manifest but missing" in p for p in problems)
    assert any("not listed in the signed manifest" in p for p in problems)


def test_a_manifest_listing_a_file_twice_is_refused(made: Written, tmp_path: Path) -> None:
    with zipfile.ZipFile(made.bundle) as zf:
        manifest = json.loads(zf.read("manifest.json"))
    manifest["entries"].append(dict(manifest["entries"][-1]))
    data = json.dumps(manifest).encode()
    path = rewrite(made.bundle, tmp_path / "b.zip",
                   change={"manifest.json": data, "manifest.json.p7s": cms.sign_detached(data, made.key)})
    assert _problems(path, made) == ["manifest.json: it lists a file twice."]


def test_a_signature_over_another_manifest_is_caught(made: Written, tmp_path: Path) -> None:
    with zipfile.ZipFile(made.bundle) as zf:
        manifest = zf.read("manifest.json")
    other = cms.sign_detached(manifest + b"\n", made.key)
    problems = _problems(rewrite(made.bundle, tmp_path / "b.zip", change={"manifest.json.p7s": other}), made)
    assert problems == ["manifest signature: manifest.json has been changed since it was signed by Olu Adebayo."]


def test_a_bundle_re_signed_by_someone_else_is_not_trusted(made: Written, tmp_path: Path) -> None:
    key, _ = throwaway_signing_key(tmp_path / "mallory", "Mallory Price")
    with zipfile.ZipFile(made.bundle) as zf:
        manifest = zf.read("manifest.json")
    path = rewrite(made.bundle, tmp_path / "b.zip", change={"manifest.json.p7s": cms.sign_detached(manifest, key)})
    problems = _problems(path, made)
    assert problems == ["manifest signature: signed by Mallory Price, whose certificate does not chain to a certificate "
                        "you trust (signing-certificate.pem)."]


def test_an_encrypted_entry_is_refused(made: Written, tmp_path: Path) -> None:
    info = zipfile.ZipInfo("files/evidence/locked.pdf")
    path = rewrite(made.bundle, tmp_path / "b.zip", add=[(info, b"secret")])
    data = bytearray(path.read_bytes())
    at = data.rfind(b"PK\x01\x02")  # the last entry's central directory header: set its "encrypted" flag
    data[at + 8] |= 0x01
    path.write_bytes(bytes(data))
    assert _problems(path, made) == ["file 'files/evidence/locked.pdf': refused: it is encrypted."]


def test_a_truncated_bundle_is_said_plainly(made: Written, tmp_path: Path) -> None:
    path = tmp_path / "b.zip"
    path.write_bytes(made.bundle.read_bytes()[: made.bundle.stat().st_size // 2])
    problems = _problems(path, made)
    assert len(problems) == 1 and problems[0].startswith("bundle: b.zip is not a ZIP file")


def test_a_deeply_nested_manifest_is_named_not_a_crash(made: Written, tmp_path: Path) -> None:
    data = b"[" * 200_000 + b"]" * 200_000
    path = rewrite(made.bundle, tmp_path / "b.zip", change={"manifest.json": data})
    problems = _problems(path, made)
    assert any(p.startswith("manifest.json: not readable JSON") for p in problems)


def test_a_bundle_is_never_written_over_the_workspace(made: Written, tmp_path: Path,
                                                      tmp_path_factory: pytest.TempPathFactory) -> None:
    from tests.helpers.reports import demo_copy

    workspace = demo_copy(tmp_path_factory, tmp_path / "demo.coopeval")
    before = workspace.read_bytes()
    with Workspace.open(workspace) as ws, pytest.raises(CoopEvalError, match="workspace"):
        write_bundle(ws, DEMO_DONE, workspace, key=made.key)
    assert workspace.read_bytes()[:16] == b"SQLite format 3\x00" and len(workspace.read_bytes()) >= len(before) // 2
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith("demo.coopeval")) == []


def test_a_bundle_is_never_written_over_another_database(made: Written, tmp_path: Path,
                                                         tmp_path_factory: pytest.TempPathFactory) -> None:
    from tests.helpers.reports import demo_copy

    workspace = demo_copy(tmp_path_factory, tmp_path / "demo.coopeval")
    other = tmp_path / "other.zip"
    with sqlite3.connect(other) as db:
        db.execute("CREATE TABLE t (x)")
    with Workspace.open(workspace) as ws, pytest.raises(CoopEvalError, match="was not replaced"):
        write_bundle(ws, DEMO_DONE, other, key=made.key)
    assert other.read_bytes()[:16] == b"SQLite format 3\x00"

"""Verifying a records bundle: the bundle as written verifies, and every kind of change or hostile ZIP is caught and
named (a changed, removed or added file, a changed manifest or signature, a certificate not trusted, zip-slip names,
duplicates, zip bombs, links, a file that is not a ZIP)."""

from __future__ import annotations

import json
import stat
import struct
import zipfile
from pathlib import Path

import pytest

from coopeval.domain.errors import CoopEvalError
from coopeval.services.records.verify import entry_name_problem, verify_bundle
from coopeval.services.reports.writing import throwaway_signing_key
from tests.helpers.records import Written, rewrite, written_bundle
from tests.helpers.reports import DEMO_DONE

AUDIT_CSV = f"audit/{DEMO_DONE}-audit.csv"
REPORT = f"report/{DEMO_DONE} moderation report.pdf"


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> Written:
    return written_bundle(tmp_path_factory)


def _problems(path: Path, made: Written, trust: list[Path] | None = None) -> list[str]:
    report = verify_bundle(path, trust=trust if trust is not None else [made.cert])
    assert not report.ok
    assert list(report.problems) == [f"{c.name}: {c.detail}" for c in report.checks if not c.ok]
    return list(report.problems)


def test_the_bundle_as_written_verifies(made: Written) -> None:
    report = verify_bundle(made.bundle, trust=[made.cert])
    assert report.ok, report.problems
    names = [c.name for c in report.checks]
    assert "manifest signature" in names and f"report {REPORT}" in names and "report and manifest" in names
    assert len([n for n in names if n.startswith("file ")]) == len(made.view.entries)


def test_a_changed_file_is_named(made: Written, tmp_path: Path) -> None:
    with zipfile.ZipFile(made.bundle) as zf:
        text = zf.read(AUDIT_CSV).replace(b"Tom Ashworth", b"Tim Ashworth", 1)
    problems = _problems(rewrite(made.bundle, tmp_path / "b.zip", change={AUDIT_CSV: text}), made)
    assert problems == [f"file {AUDIT_CSV}: changed: " + problems[0].split(": changed: ")[1]]
    assert "the manifest says" in problems[0]


def test_a_changed_report_fails_its_hash_and_its_own_signature(made: Written, tmp_path: Path) -> None:
    with zipfile.ZipFile(made.bundle) as zf:
        pdf = zf.read(REPORT)
    changed = pdf.replace(b"/Producer", b"/Producex", 1) if b"/Producer" in pdf else pdf + b"%"
    problems = _problems(rewrite(made.bundle, tmp_path / "b.zip", change={REPORT: changed}), made)
    assert any(p.startswith(f"file {REPORT}: changed") for p in problems)
    assert any(p.startswith(f"report {REPORT}:") for p in problems)


def test_a_removed_file_is_named(made: Written, tmp_path: Path) -> None:
    problems = _problems(rewrite(made.bundle, tmp_path / "b.zip", drop=(AUDIT_CSV,)), made)
    assert problems == [f"file {AUDIT_CSV}: listed in the manifest but missing from the bundle."]


def test_a_removed_report_is_caught(made: Written, tmp_path: Path) -> None:
    problems = _problems(rewrite(made.bundle, tmp_path / "b.zip", drop=(REPORT,)), made)
    assert f"file {REPORT}: listed in the manifest but missing from the bundle." in problems
    assert any(p.startswith("moderation report:") for p in problems)


def test_an_added_file_is_named(made: Written, tmp_path: Path) -> None:
    problems = _problems(rewrite(made.bundle, tmp_path / "b.zip", add=[("summaries/extra.pdf", b"%PDF-1.4")]), made)
    assert problems == ["file summaries/extra.pdf: in the bundle but not listed in the signed manifest (added later)."]


def test_a_changed_manifest_fails_its_signature(made: Written, tmp_path: Path) -> None:
    with zipfile.ZipFile(made.bundle) as zf:
        manifest = json.loads(zf.read("manifest.json"))
    manifest["retention"]["text"] = "keep for a week"
    data = json.dumps(manifest, indent=2).encode("utf-8")
    problems = _problems(rewrite(made.bundle, tmp_path / "b.zip", change={"manifest.json": data}), made)
    assert problems == ["manifest signature: manifest.json has been changed since it was signed by Olu Adebayo."]


def test_a_manifest_that_hides_a_changed_file_still_fails(made: Written, tmp_path: Path) -> None:
    """Whoever changes a file and puts its new hash in the manifest breaks the manifest's signature."""
    import hashlib

    with zipfile.ZipFile(made.bundle) as zf:
        manifest = json.loads(zf.read("manifest.json"))
        text = zf.read(AUDIT_CSV) + b"extra line\r\n"
    for entry in manifest["entries"]:
        if entry["name"] == AUDIT_CSV:
            entry["sha256"], entry["size"] = hashlib.sha256(text).hexdigest(), len(text)
    data = json.dumps(manifest).encode("utf-8")
    problems = _problems(rewrite(made.bundle, tmp_path / "b.zip", change={"manifest.json": data, AUDIT_CSV: text}),
                         made)
    assert problems == ["manifest signature: manifest.json has been changed since it was signed by Olu Adebayo."]


def test_a_changed_signature_is_caught(made: Written, tmp_path: Path) -> None:
    with zipfile.ZipFile(made.bundle) as zf:
        signature = bytearray(zf.read("manifest.json.p7s"))
    signature[-5] ^= 0x01  # inside the signature value, the last thing in the SignedData
    problems = _problems(rewrite(made.bundle, tmp_path / "b.zip", change={"manifest.json.p7s": bytes(signature)}),
                         made)
    assert len(problems) == 1 and problems[0].startswith("manifest signature:")


def test_a_signature_that_is_not_cms_is_caught(made: Written, tmp_path: Path) -> None:
    problems = _problems(rewrite(made.bundle, tmp_path / "b.zip", change={"manifest.json.p7s": b"not a signature"}),
                         made)
    assert problems[0].startswith("manifest signature: manifest.json.p7s: it is not a CMS signature")


def test_a_missing_signature_is_caught(made: Written, tmp_path: Path) -> None:
    problems = _problems(rewrite(made.bundle, tmp_path / "b.zip", drop=("manifest.json.p7s",)), made)
    assert problems == ["manifest signature: manifest.json.p7s is missing (or unreadable)."]


def test_another_certificate_is_not_trusted(made: Written, tmp_path: Path) -> None:
    _, other = throwaway_signing_key(tmp_path / "other", "Someone Else")
    problems = _problems(made.bundle, made, trust=[other])
    assert problems[0] == ("manifest signature: signed by Olu Adebayo, whose certificate does not chain to a "
                           "certificate you trust (signing-certificate.pem).")
    assert any(p.startswith(f"report {REPORT}: trust:") for p in problems)


def test_no_trusted_certificate_is_a_problem_not_a_pass(made: Written) -> None:
    problems = _problems(made.bundle, made, trust=[])  # nobody's own certificate exists in this test's user folder
    assert problems[0].startswith("manifest signature: signed by Olu Adebayo, but not checked against a trusted")


@pytest.mark.parametrize("name", ["../evil.txt", "/etc/evil", "summaries/../../evil", "C:/evil.txt",
                                  "summaries\\evil.pdf", "summaries//evil.pdf", "evil\x1b[2J.txt"])
def test_names_that_escape_the_folder_are_refused(made: Written, tmp_path: Path, name: str) -> None:
    path = rewrite(made.bundle, tmp_path / "b.zip", add=[(zipfile.ZipInfo(name), b"x")])
    with zipfile.ZipFile(path) as zf:
        stored = zf.infolist()[-1].filename  # zipfile turns some separators round; check what is really there
    problems = _problems(path, made)
    assert len(problems) == 1 and problems[0].startswith(f"file {stored!r}: refused: the name ")


def test_a_duplicate_name_is_refused(made: Written, tmp_path: Path) -> None:
    problems = _problems(rewrite(made.bundle, tmp_path / "b.zip", add=[(AUDIT_CSV, b"a different audit log")]), made)
    assert problems == [f"file {AUDIT_CSV!r}: refused: it appears twice in the bundle."]


def test_a_name_differing_only_in_case_is_refused(made: Written, tmp_path: Path) -> None:
    problems = _problems(rewrite(made.bundle, tmp_path / "b.zip", add=[(AUDIT_CSV.upper(), b"x")]), made)
    assert problems == [f"file {AUDIT_CSV.upper()!r}: refused: it differs only in case from {AUDIT_CSV!r}."]


def test_a_symlink_entry_is_refused(made: Written, tmp_path: Path) -> None:
    link = zipfile.ZipInfo("files/evidence/link.pdf")
    link.create_system = 3
    link.external_attr = (stat.S_IFLNK | 0o777) << 16
    problems = _problems(rewrite(made.bundle, tmp_path / "b.zip", add=[(link, b"/etc/passwd")]), made)
    assert problems == ["file 'files/evidence/link.pdf': refused: it is a symbolic link."]


def test_a_zip_bomb_is_refused_before_it_is_inflated(made: Written, tmp_path: Path) -> None:
    problems = _problems(rewrite(made.bundle, tmp_path / "b.zip", add=[("files/evidence/zeros.pdf", bytes(4 << 20))]),
                         made)
    assert len(problems) == 1 and "a zip bomb" in problems[0] and "zeros.pdf" in problems[0]


def test_a_huge_declared_size_is_refused(made: Written, tmp_path: Path) -> None:
    path = rewrite(made.bundle, tmp_path / "b.zip", add=[("files/evidence/huge.pdf", b"small")])
    data = bytearray(path.read_bytes())
    at = data.rfind(b"PK\x01\x02")  # the last entry's central directory header
    data[at + 24:at + 28] = struct.pack("<I", 0xFFFFFFF0)  # its uncompressed size: nearly 4 GB
    path.write_bytes(bytes(data))
    problems = _problems(path, made)
    assert problems == ["file 'files/evidence/huge.pdf': refused: it declares 4,294,967,280 bytes, more than any "
                        "file in a bundle."]


def test_a_file_that_is_not_a_zip_is_said_plainly(made: Written, tmp_path: Path) -> None:
    path = tmp_path / "b.zip"
    path.write_text("this is not a bundle\n")
    problems = _problems(path, made)
    assert len(problems) == 1 and problems[0].startswith("bundle: b.zip is not a ZIP file")


def test_a_folder_is_refused(made: Written, tmp_path: Path) -> None:
    with pytest.raises(CoopEvalError, match="is not a file"):
        verify_bundle(tmp_path, trust=[made.cert])


def test_the_names_coopeval_writes_are_safe() -> None:
    assert entry_name_problem(f"report/{DEMO_DONE} moderation report.pdf") is None
    assert entry_name_problem("a/../b") and entry_name_problem("") and entry_name_problem("a/")

"""Checking a records bundle (services/records/bundle.py) without trusting anything in it.

The ZIP is read as hostile: before any byte is extracted, every name is checked (no absolute path, no '..', no
backslash or drive, no control character, no duplicate even by case), every entry must be a plain file (no
symlink, no folder, no encryption), and declared sizes and compression ratios must be sane (a zip bomb is refused
before it is inflated; each entry is read with a cap, so a header that lies is caught too). Then: the manifest's
detached CMS signature (pyHanko, reporting/cms.py) against the certificates given with --trust (default: your own
CoopEval certificates, current and replaced), every file's SHA-256 and size, nothing missing and nothing extra, and
the moderation report inside verified as `coopeval verify` would (intact, valid, trusted, unchanged) and made from
the audit head the manifest names. `ok` only when every check holds; each problem names its file.
"""

from __future__ import annotations

import hashlib
import json
import re
import stat
import tempfile
import unicodedata
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from coopeval.domain.errors import CoopEvalError
from coopeval.i18n import _
from coopeval.reporting import cms, signing
from coopeval.reporting.verify import load_trust_roots
from coopeval.services.records.views import BundleCheck, BundleReport
from coopeval.services.reports import writing

MANIFEST, SIGNATURE = "manifest.json", "manifest.json.p7s"
BUNDLE_LIMIT = 8 << 30  # the bundle file itself
ENTRY_LIMIT = 1 << 30  # one file inside, as declared and as read
TOTAL_LIMIT = 4 << 30  # every file inside, as declared
MANIFEST_LIMIT = 16 << 20
RATIO_LIMIT = 200  # declared size ÷ compressed size, for entries over RATIO_FLOOR
RATIO_FLOOR = 1 << 20
ENTRIES_LIMIT = 100_000
NAME_LIMIT = 255
_HEX64 = re.compile(r"[0-9a-f]{64}")
_CHUNK = 1 << 20


def entry_name_problem(name: str) -> str | None:
    """Why `name` cannot be a file's name inside a bundle, or None: the names CoopEval writes are relative,
    '/'-separated, printable, and never climb out of the folder they are extracted into."""
    if not name:
        return "is empty"
    if len(name) > NAME_LIMIT:
        return f"is longer than {NAME_LIMIT} characters"
    if any(unicodedata.category(c) in ("Cc", "Cf", "Zl", "Zp") for c in name):
        return "holds a control character"
    if name.startswith("/") or re.match(r"[A-Za-z]:", name):
        return "is an absolute path"
    if "\\" in name:
        return "holds a backslash"
    parts = name.split("/")
    if any(p in ("..", ".") for p in parts):
        return "climbs out of the bundle's folder ('..')"
    if any(not p for p in parts):
        return "is a folder or has an empty part"
    return None


@dataclass
class _Report:
    checks: list[BundleCheck] = field(default_factory=list)

    def add(self, name: str, ok: bool, detail: str) -> None:
        self.checks.append(BundleCheck(name, ok, detail))

    def done(self) -> BundleReport:
        problems = tuple(f"{c.name}: {c.detail}" for c in self.checks if not c.ok)
        return BundleReport(bool(self.checks) and not problems, tuple(self.checks), problems)


def trust_paths(trust: list[Path] | None) -> tuple[list[Path], str]:
    """The certificates to trust, and how to name them: those given, else your own CoopEval certificates (current
    and replaced), as `coopeval verify` does."""
    given = [Path(p) for p in (trust or [])]
    if given:
        return given, ", ".join(p.name for p in given)
    folder = writing.signing_folder()
    mine = [p for p in [signing.user_certificate_path(folder)] if p.is_file()] + signing.replaced_certificate_paths(folder)
    return mine, ("your own CoopEval certificate" + ("s, current and replaced" if len(mine) > 1 else "")) if mine else ""


def verify_bundle(path: Path, *, trust: list[Path] | None = None) -> BundleReport:
    """Check the bundle at `path`; see the module's description for what is checked."""
    report = _Report()
    path = Path(path)
    try:
        info = path.stat()
    except OSError as exc:
        raise CoopEvalError(_("{path} cannot be read: {error}.").format(path=path, error=exc.strerror or exc)) from None
    if not stat.S_ISREG(info.st_mode):
        raise CoopEvalError(_("{path} is not a file; give a records bundle (.zip).").format(path=path))
    if info.st_size > BUNDLE_LIMIT:
        report.add("bundle", False, f"{path.name} is {info.st_size:,} bytes, more than a bundle can be checked at.")
        return report.done()
    trusted, source = trust_paths(trust)
    roots = load_trust_roots(trusted)  # a bad --trust file is said before anything else
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        report.add("bundle", False, f"{path.name} is not a ZIP file ({exc}).")
        return report.done()
    with zf:
        members = _members(zf, report)
        if members is None:
            return report.done()
        outside = _outside(path, zf, info.st_size)
        if outside is not None:
            report.add("bundle", False, f"{outside}; CoopEval never writes them and no signature covers them.")
        report.add("bundle", True, f"{len(members)} files, every name safe, no link, no duplicate, sizes sane.")
        manifest_bytes = _read(zf, members.get(MANIFEST), MANIFEST_LIMIT)
        signature = _read(zf, members.get(SIGNATURE), cms.SIGNATURE_LIMIT)
        if manifest_bytes is None:
            report.add(MANIFEST, False, "missing (or unreadable): nothing in the bundle can be checked.")
            return report.done()
        manifest = _manifest(manifest_bytes, report)
        if signature is None:
            report.add("manifest signature", False, f"{SIGNATURE} is missing (or unreadable).")
        else:
            _signature(manifest_bytes, signature, roots, source, report)
        if manifest is None:
            return report.done()
        _files(zf, members, manifest, report)
        _report(zf, members, manifest, trusted, report)
    return report.done()


def _outside(path: Path, zf: zipfile.ZipFile, size: int) -> str | None:
    """Bytes of the bundle file that belong to no entry: a ZIP comment, bytes before the first entry (zipfile reads
    past them), or bytes after the end of the ZIP (zipfile finds its end record anyway)."""
    if zf.comment:
        return f"it has a ZIP comment ({len(zf.comment):,} bytes)"
    first = min((i.header_offset for i in zf.infolist()), default=0)
    if first:
        return f"it has {first:,} bytes before its first file"
    try:
        with open(path, "rb") as f:
            f.seek(max(size - 22, 0))
            tail = f.read(22)
    except OSError:
        return "its end cannot be read"
    if len(tail) != 22 or tail[:4] != b"PK\x05\x06" or tail[20:22] != b"\x00\x00":
        return "it has bytes after the end of the ZIP"
    return None


def _key(name: str) -> str:
    """Names that one file system or another takes for the same file: case and Unicode normalisation ignored."""
    return unicodedata.normalize("NFC", name).casefold()


def _members(zf: zipfile.ZipFile, report: _Report) -> dict[str, zipfile.ZipInfo] | None:
    infos = zf.infolist()
    if len(infos) > ENTRIES_LIMIT:
        report.add("bundle", False, f"it holds {len(infos):,} entries; a bundle holds far fewer.")
        return None
    members: dict[str, zipfile.ZipInfo] = {}
    seen: dict[str, str] = {}
    ok, total = True, 0
    for info in infos:
        name = info.filename
        problem = entry_name_problem(name)
        if problem is not None:
            problem = f"the name {problem}"
        elif info.is_dir():
            problem = "it is a folder entry"
        mode = info.external_attr >> 16
        if problem is None and info.create_system == 3 and stat.S_IFMT(mode) not in (0, stat.S_IFREG):
            problem = "it is a symbolic link" if stat.S_ISLNK(mode) else "it is not a plain file"
        if problem is None and info.flag_bits & 0x1:
            problem = "it is encrypted"
        if problem is None and _key(name) in seen:
            other = seen[_key(name)]
            problem = "it appears twice in the bundle" if other == name else \
                f"it differs only in case from {other!r}" if other.casefold() == name.casefold() else \
                f"it is the same name as {other!r} written with other Unicode characters"
        if problem is None and info.file_size > ENTRY_LIMIT:
            problem = f"it declares {info.file_size:,} bytes, more than any file in a bundle"
        if problem is None and info.file_size > RATIO_FLOOR and info.file_size > RATIO_LIMIT * max(info.compress_size, 1):
            problem = (f"it would inflate {info.file_size // max(info.compress_size, 1):,} times "
                       f"({info.compress_size:,} to {info.file_size:,} bytes): a zip bomb")
        if problem is not None:
            report.add(f"file {name!r}", False, f"refused: {problem}.")
            ok = False
            continue
        seen[_key(name)] = name
        members[name] = info
        total += info.file_size
    if total > TOTAL_LIMIT:
        report.add("bundle", False, f"its files declare {total:,} bytes in all, more than a bundle holds.")
        return None
    return members if ok else None


def _read(zf: zipfile.ZipFile, info: zipfile.ZipInfo | None, limit: int) -> bytes | None:
    if info is None or info.file_size > limit:
        return None
    try:
        with zf.open(info) as f:
            data = f.read(limit + 1)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError):
        return None
    return data if len(data) <= limit else None


def _digest(zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> tuple[str, int] | None:
    """SHA-256 and size of an entry, read in chunks with a cap: a header that lies about its size stops here."""
    digest, size = hashlib.sha256(), 0
    try:
        with zf.open(info) as f:
            while chunk := f.read(_CHUNK):
                size += len(chunk)
                if size > ENTRY_LIMIT or size > info.file_size:
                    return None
                digest.update(chunk)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError):
        return None
    return digest.hexdigest(), size


def _refuse_constant(token: str) -> Any:
    raise ValueError(token)


def _manifest(data: bytes, report: _Report) -> dict[str, Any] | None:
    try:
        manifest = json.loads(data.decode("utf-8"), parse_constant=_refuse_constant)
    except (ValueError, UnicodeDecodeError, RecursionError) as exc:
        report.add(MANIFEST, False, f"not readable JSON ({str(exc)[:120]}).")
        return None
    entries = manifest.get("entries") if isinstance(manifest, dict) else None
    good = isinstance(entries, list) and all(
        isinstance(e, dict) and isinstance(e.get("name"), str) and isinstance(e.get("sha256"), str)
        and _HEX64.fullmatch(e["sha256"]) and isinstance(e.get("size"), int) and not isinstance(e.get("size"), bool)
        and entry_name_problem(e["name"]) is None and e["name"] not in (MANIFEST, SIGNATURE) for e in entries)
    if not good or not isinstance(entries, list) or manifest.get("format") != 1 \
            or not isinstance(manifest.get("tender"), dict):
        report.add(MANIFEST, False, "not a CoopEval records bundle manifest (format 1) this version can read.")
        return None
    names = [e["name"] for e in entries]
    if len({_key(n) for n in names}) != len(names):
        report.add(MANIFEST, False, "it lists a file twice.")
        return None
    tender = manifest["tender"]
    report.add(MANIFEST, True, f"tender {tender.get('reference')}, {len(entries)} files listed, audit head "
                               f"{manifest.get('audit_head')}, made {manifest.get('made_at')} by {manifest.get('made_by')}.")
    return manifest


def _signature(data: bytes, signature: bytes, roots: list[Any], source: str, report: _Report) -> None:
    status = cms.verify_detached(data, signature, roots)
    name = "manifest signature"
    if status.problem:
        report.add(name, False, f"{SIGNATURE}: {status.problem}.")
        return
    who = f" by {status.signer}" if status.signer else ""
    if not status.intact:
        report.add(name, False, f"{MANIFEST} has been changed since it was signed{who}.")
    elif not status.valid:
        report.add(name, False, f"{SIGNATURE} does not match the signer's certificate (the signature was altered).")
    elif not roots:
        report.add(name, False, f"signed{who}, but not checked against a trusted certificate: give --trust CERT.pem "
                                "(the signer's certificate, or the authority that issued it).")
    elif not status.trusted:
        report.add(name, False, f"signed{who}, whose certificate does not chain to a certificate you trust "
                                f"({source}).")
    else:
        report.add(name, True, f"intact and valid, signed{who}; the certificate is trusted ({source}).")


def _files(zf: zipfile.ZipFile, members: dict[str, zipfile.ZipInfo], manifest: dict[str, Any], report: _Report) -> None:
    listed = {e["name"]: e for e in manifest["entries"]}
    for name, entry in listed.items():
        info = members.get(name)
        if info is None:
            report.add(f"file {name}", False, "listed in the manifest but missing from the bundle.")
            continue
        found = _digest(zf, info)
        if found is None:
            report.add(f"file {name}", False, "cannot be read whole (damaged, or larger than its header says).")
        elif found != (entry["sha256"], entry["size"]):
            report.add(f"file {name}", False, f"changed: its SHA-256 is {found[0]} ({found[1]:,} bytes); the manifest "
                                              f"says {entry['sha256']} ({entry['size']:,} bytes).")
        else:
            report.add(f"file {name}", True, f"SHA-256 and size ({found[1]:,} bytes) as listed.")
    for name in members:
        if name not in listed and name not in (MANIFEST, SIGNATURE):
            report.add(f"file {name}", False, "in the bundle but not listed in the signed manifest (added later).")


def _report(zf: zipfile.ZipFile, members: dict[str, zipfile.ZipInfo], manifest: dict[str, Any], trusted: list[Path],
            report: _Report) -> None:
    reports = [e["name"] for e in manifest["entries"] if e.get("kind") == "report"]
    if len(reports) != 1 or reports[0] not in members:
        report.add("moderation report", False, "the bundle holds no moderation report the manifest lists.")
        return
    name = reports[0]
    with tempfile.TemporaryDirectory(prefix="coopeval-verify-") as scratch:
        pdf = Path(scratch) / "report.pdf"
        data = _read(zf, members[name], ENTRY_LIMIT)
        if data is None:
            report.add(f"report {name}", False, "cannot be read.")
            return
        pdf.write_bytes(data)
        checked = writing.verify_report(pdf, trust=trusted or None)
    failed = [f"{c.name}: {c.message}" for c in checked.checks if not c.ok]
    signer = f", signed by {checked.signer}" if checked.signer else ""
    report.add(f"report {name}", not failed, "; ".join(failed) if failed else f"the report verifies (intact, valid, "
                                                                              f"trusted, unchanged){signer}.")
    tender = manifest["tender"].get("reference")
    same = checked.tender == tender and checked.audit_head == manifest.get("audit_head")
    report.add("report and manifest", same,
               f"the report is of tender {tender}, made from audit head {checked.audit_head}, as the manifest says." if same
               else f"the report says tender {checked.tender or '?'} at audit head {checked.audit_head or '?'}; the "
                    f"manifest says tender {tender} at {manifest.get('audit_head')}.")

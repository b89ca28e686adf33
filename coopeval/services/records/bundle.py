"""The records bundle: one ZIP file holding a signed-off tender's record, with a signed manifest (PA 2023 s.98).

Layout (docs/records-bundle.md):

    manifest.json                 every other file's name, SHA-256, size and kind; tender, audit head, retention
    manifest.json.p7s             detached CMS signature of manifest.json's exact bytes (reporting/cms.py)
    report/<REF> moderation report.pdf         the moderation report, signed (PAdES) with the same key
    summaries/assessment-summary-….pdf         every assessment summary
    tender/<REF>.json                          the tender JSON export (docs/tender-json.md)
    audit/<REF>-audit.json, audit/<REF>-audit.csv   the tender's audit events, every field, hashes included
    frameworks/<id>-<version>.toml             each framework the tender's measures came from, as imported
    files/questionnaire/…, files/returns/…, files/evidence/…, files/delivery-returns/…   the kept tender files

The ZIP is written to a temporary file beside `out`, read back and checked, and moved into place only once the
`records_bundle` audit event naming it and its manifest's SHA-256 is recorded (in the same transaction): a failed or
cancelled run leaves neither file nor event.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import json
import os
import secrets
import shutil
import tempfile
import zipfile
from dataclasses import asdict
from pathlib import Path
from typing import Any

from sqlmodel import col, select

from coopeval import __version__, i18n
from coopeval.domain import lifecycle
from coopeval.domain.dates import date_text
from coopeval.domain.errors import CoopEvalError
from coopeval.domain.identity import Permission
from coopeval.domain.lifecycle import LifecycleError
from coopeval.domain.progress import CancelFn, ProgressFn, Steps
from coopeval.i18n import _
from coopeval.reporting import cms, signing
from coopeval.reporting.exports import neutralise
from coopeval.services.identity.guard import require
from coopeval.services.interchange.tender_json import export_tender, tender_json_text
from coopeval.services.records.retention import retention_of
from coopeval.services.records.verify import MANIFEST, SIGNATURE, entry_name_problem
from coopeval.services.records.views import BundleEntry, BundleView
from coopeval.services.reports import writing
from coopeval.services.reports.destinations import refuse_overwrite
from coopeval.services.rows import row_id, tender_row
from coopeval.services.workspace import Workspace
from coopeval.storage import audit
from coopeval.storage.safe_files import disk_errors
from coopeval.storage.tables import AuditEventRow, FrameworkRow, TenderFileRow, TenderMeasureRow

FORMAT = 1
FOLDERS = {"questionnaire": ("questionnaire", "questionnaire"), "template": ("questionnaire", "questionnaire"),
           "return": ("returns", "return"), "evidence": ("evidence", "evidence"),
           "delivery_return": ("delivery-returns", "delivery-return"),
           "delivery_template": ("delivery-returns", "delivery-return")}  # kind → (folder, entry kind)
AUDIT_FIELDS = ("seq", "at", "actor", "person", "action", "entity", "entity_id", "tender_ref", "note", "before",
                "after", "prev_hash", "hash")
AUDIT_HEADINGS = ("Event", "When (UTC)", "Computer account", "Person", "Action", "Entity", "Entity id", "Tender",
                  "Note", "Before (JSON)", "After (JSON)", "Previous hash", "Hash")


def part(text: str, limit: int = 60) -> str:
    """A piece of a name inside the bundle: ASCII letters, digits, '.', '_' and '-' only."""
    kept = "".join(c if (c.isascii() and c.isalnum()) or c in "._-" else "-" for c in text)
    collapsed = "-".join(p for p in kept.split("-") if p).strip(".")
    return collapsed[:limit] or "file"


def write_bundle(ws: Workspace, tender: int | str, out: Path, *, key: signing.SigningKey,
                 progress: ProgressFn | None = None, cancel: CancelFn | None = None) -> BundleView:
    """Write the records bundle of a signed-off (or later) tender to `out`, signed with `key`. The report and the
    assessment summaries in it are in the tender's document language (issue 22: "cy+en" gives bilingual files)."""
    out = writing.checked_destination(Path(out), "records bundle")
    refuse_overwrite(out, True, workspace=ws.path)  # never the workspace, or any other database, whoever asks
    if key is None:
        raise CoopEvalError(_("A records bundle is signed: give a signing key (--sign CERT.p12 or --self-signed)."))
    with ws.reading() as session:
        row = tender_row(session, tender)
        require(ws, session, row, Permission.EXPORT)
        if row.status not in lifecycle.SIGNED_OFF_OR_LATER:
            raise LifecycleError(_("A records bundle is made from a signed-off tender; {reference} is in "
                                   "{status}.").format(reference=row.reference, status=lifecycle.label(row.status)))
        reference, title, tender_id = row.reference, row.title, row_id(row)
        files = list(session.exec(select(TenderFileRow).where(TenderFileRow.tender_id == tender_id)
                                  .order_by(col(TenderFileRow.kind), col(TenderFileRow.version), col(TenderFileRow.id))))
        for f in files:  # checked first: nothing is written from a record whose kept bytes were changed
            if hashlib.sha256(bytes(f.data)).hexdigest() != f.sha256 or len(bytes(f.data)) != f.size:
                raise CoopEvalError(_("The kept file {name} ({kind} {version}) no longer matches the SHA-256 "
                                      "recorded when it was kept; nothing was written. Run `coopeval check`.").format(
                                          name=f.name, kind=f.kind, version=f.version))
    steps = Steps(6 + len(files), progress, cancel)
    signer = signing.subject_name(key.certificate())
    contents: list[tuple[str, str, Path | bytes]] = []  # (name, kind, file or bytes)
    scratch = Path(tempfile.mkdtemp(prefix=".coopeval-bundle-", dir=out.parent))
    try:
        # The summaries are written whatever regulation 31's check finds; what it finds goes into the manifest and the
        # bundle's own audit event, so a cancelled bundle leaves no event behind.
        steps.step(_("Writing the assessment summaries"))
        summaries = writing.write_summaries(ws, tender_id, scratch / "summaries", cancel=cancel, force=True,
                                            record_forced=False)
        summary_notes = [f"problem: {line}" for line in summaries.checks.lines()]
        summary_notes += [f"warning: {w.message}" for w in summaries.checks.warnings]
        with ws.reading() as session:
            row = tender_row(session, tender_id)
            kept = retention_of(session, row)
            events = audit.history(session, tender_ref=reference)
            head = audit.head(session)[1]
            frameworks = _frameworks(session, tender_id)
        steps.step(_("Writing and signing the moderation report"))
        report_name = f"report/{part(reference)} moderation report.pdf"
        report = writing.write_report(ws, tender_id, scratch / "report.pdf", key=key, cancel=cancel)
        if report.draft:
            raise LifecycleError(_("The report of {reference} is a draft; a records bundle needs the final "
                                   "report.").format(reference=reference))
        if report.audit_head != head:
            raise CoopEvalError(_("Tender {reference} changed while its bundle was being written; nothing was "
                                  "written. Try again.").format(reference=reference))
        contents.append((report_name, "report", scratch / "report.pdf"))
        contents += [(f"summaries/{part(p.name, 120)}", "summary", p) for p in summaries]
        steps.step(_("Exporting the tender JSON"))
        contents.append((f"tender/{part(reference)}.json", "tender-json",
                         tender_json_text(export_tender(ws, tender_id)).encode("utf-8")))
        steps.step(_("Writing the audit log"))
        contents.append((f"audit/{part(reference)}-audit.json", "audit-json", _audit_json(events)))
        contents.append((f"audit/{part(reference)}-audit.csv", "audit-csv", _audit_csv(events)))
        framework_facts = []
        for fw in frameworks:
            name = f"frameworks/{part(fw.framework_id)}-{part(fw.version)}.toml"
            data = fw.content.encode("utf-8")
            if hashlib.sha256(data).hexdigest() != fw.sha256:
                raise CoopEvalError(_("Framework {id} {version} in the workspace no longer matches the SHA-256 "
                                      "recorded when it was imported; nothing was written. Run `coopeval "
                                      "check`.").format(id=fw.framework_id, version=fw.version))
            contents.append((name, "framework", data))
            framework_facts.append({"id": fw.framework_id, "version": fw.version, "name": fw.name, "file": name,
                                    "licence": fw.licence, "source": fw.source, "attribution": fw.attribution,
                                    "sha256": fw.sha256})
        used: set[str] = set()
        for f in files:
            steps.step(_("Adding {name}").format(name=f.name))
            data = bytes(f.data)
            folder, kind = FOLDERS.get(f.kind, ("other", "other"))
            stem = Path(f.name).stem
            bid = f"-{part(f.bid_identifier, 30)}" if f.bid_identifier else ""
            name = f"files/{folder}/{part(f.kind)}-v{f.version}{bid}-{part(stem)}.{part(f.media, 10)}"
            n = 2
            while name.lower() in used:
                name, n = f"files/{folder}/{part(f.kind)}-v{f.version}{bid}-{part(stem)}-{n}.{part(f.media, 10)}", n + 1
            used.add(name.lower())
            contents.append((name, kind, data))
        steps.step(_("Writing the manifest"))
        entries = [_entry(name, kind, source) for name, kind, source in contents]
        for entry in entries:
            problem = entry_name_problem(entry.name)
            if problem:  # every name is made here; this would be a bug, never a bundle that fails to verify
                raise CoopEvalError(_("Internal error: the bundle name {name!r} {problem}.").format(
                    name=entry.name, problem=problem))
        manifest = {
            "format": FORMAT, "kind": "CoopEval records bundle",
            "tender": {"reference": reference, "title": title},
            "coopeval_version": __version__,
            "made_at": dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
            "made_by": ws.person_name or ws.actor, "signed_by": signer,
            "audit_head": head, "audit_events": len(events),
            "retention": {"until": kept.until, "text": kept.text, "source": kept.source},
            "frameworks": framework_facts,
            "summary_warnings": summary_notes,
            "document_language": report.language,  # the report's and the summaries' language (issue 22)
            "entries": [asdict(e) for e in entries],
        }
        manifest_bytes = (json.dumps(manifest, indent=2, ensure_ascii=False, sort_keys=True) + "\n").encode("utf-8")
        signature = cms.sign_detached(manifest_bytes, key)
        manifest_sha = hashlib.sha256(manifest_bytes).hexdigest()
        steps.step(_("Writing the bundle"))
        temp = out.with_name(f".{out.name}.{secrets.token_hex(6)}.part")
        try:
            with disk_errors(out.parent, out.name):
                _write_zip(temp, manifest_bytes, signature, contents)
            _read_back(temp, len(entries) + 2)
            steps.check()
            with ws.writing() as session:
                row = tender_row(session, tender_id)
                snapshot = row.snapshot()
                audit.append(session, actor=ws.actor, person=ws.person_name, action="records_bundle", entity="tender",
                             entity_id=tender_id, tender_ref=reference, before=snapshot, after=snapshot,
                             note=f"records bundle {out.name} written; manifest SHA-256 {manifest_sha}"
                                  + (f"; its assessment summaries have {len(summaries.checks.problems)} regulation 31 "
                                     "problem(s), listed in the manifest" if summaries.checks.problems else ""))
                session.flush()
                steps.check()  # the last moment a cancel stops the bundle appearing (and its event)
                os.replace(temp, out)
        finally:
            temp.unlink(missing_ok=True)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return BundleView(str(out), tuple(entries), manifest_sha, head, kept, signer)


def _frameworks(session: Any, tender_id: int | None) -> list[FrameworkRow]:
    used = sorted(set(session.exec(select(TenderMeasureRow.framework_id, TenderMeasureRow.framework_version)
                                   .where(TenderMeasureRow.tender_id == tender_id))))
    found = []
    for framework_id, version in used:
        fw = session.exec(select(FrameworkRow).where(FrameworkRow.framework_id == framework_id,
                                                     FrameworkRow.version == version)).first()
        if fw is not None:
            found.append(fw)
    return found


def _entry(name: str, kind: str, source: Path | bytes) -> BundleEntry:
    data = source.read_bytes() if isinstance(source, Path) else source
    return BundleEntry(name, hashlib.sha256(data).hexdigest(), len(data), kind)


def _audit_json(events: list[AuditEventRow]) -> bytes:
    rows = [{name: getattr(e, name) for name in AUDIT_FIELDS} for e in events]
    return (json.dumps(rows, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def _when(at: str) -> str:
    try:
        moment = dt.datetime.strptime(at, "%Y-%m-%dT%H:%M:%S.%fZ")
    except ValueError:
        return at
    with i18n.language("en"):  # the audit log's own record: English month names, like its headings
        return f"{date_text(moment.date())} {moment:%H:%M:%S}"


def _audit_csv(events: list[AuditEventRow]) -> bytes:
    """The same events for a spreadsheet: UTF-8 with a byte-order mark (so Excel shows Welsh letters), dates as
    '15 Jan 2027 10:04:00' (UTC), and text a spreadsheet would take for a formula given a leading apostrophe (the
    JSON file keeps every value exactly)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(AUDIT_HEADINGS)
    for e in events:
        values = [getattr(e, name) for name in AUDIT_FIELDS]
        values[1] = _when(e.at)
        writer.writerow(["" if v is None else neutralise(str(v)) for v in values])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def _write_zip(path: Path, manifest: bytes, signature: bytes, contents: list[tuple[str, str, Path | bytes]]) -> None:
    now = dt.datetime.now(dt.UTC)  # the time it was written (UTC), as a ZIP lists it
    stamp = (now.year, now.month, now.day, now.hour, now.minute, now.second)
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for name, data in ((MANIFEST, manifest), (SIGNATURE, signature)):
            zf.writestr(zipfile.ZipInfo(name, stamp), data, compress_type=zipfile.ZIP_DEFLATED)
        for name, _kind, source in contents:
            info = zipfile.ZipInfo(name, stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            with zf.open(info, "w") as target:
                if isinstance(source, Path):
                    with open(source, "rb") as f:
                        shutil.copyfileobj(f, target)
                else:
                    target.write(source)


def _read_back(path: Path, expected: int) -> None:
    with zipfile.ZipFile(path) as zf:
        bad = zf.testzip()
        if bad is not None or len(zf.infolist()) != expected:
            raise CoopEvalError(_("The bundle did not read back whole ({what}); nothing was written.").format(
                what=bad or _("entries missing")))

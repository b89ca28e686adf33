"""The reporting use cases: write (and sign) the moderation report, write the assessment summaries,
export the record as CSV or XLSX, verify a signed report; make, replace and export the signing
officer's own certificate (which names them: name, role, council).

Every file is written to a temporary file beside its destination and moved into place only when
complete (`os.replace`), so a cancelled or failed run never leaves half a file. Long operations
take keyword-only `progress(done, total, what)` and `cancel()`.
"""

from __future__ import annotations

import os
import secrets
import shutil
import tempfile
import unicodedata
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from sqlmodel import Session, select

from coopeval import i18n
from coopeval.domain.errors import CoopEvalError
from coopeval.domain.progress import CancelFn, Cancelled, ProgressFn, Steps
from coopeval.i18n import N_, _
from coopeval.paths import user_data_dir
from coopeval.reporting import exports, signing, summaries, verify
from coopeval.reporting.data import ReportData, SummaryData
from coopeval.reporting.moderation_report import render_report
from coopeval.services.reports.data import READ_ATTEMPTS, read_summaries, report_data
from coopeval.services.reports.summary_checks import SummaryChecks
from coopeval.services.reports.summary_checks import check as check_summaries
from coopeval.services.setup.tenders import document_language_of
from coopeval.services.workspace import Workspace
from coopeval.storage import audit
from coopeval.storage.safe_files import disk_errors, on_disk_errors
from coopeval.storage.tables import AuditEventRow, TenderRow

FORMATS = ("csv", "xlsx")
SigningKey = signing.SigningKey  # for callers above services, which never import reporting themselves
__all__ = ["Cancelled", "SignerView", "SigningKey", "WrittenReport", "export_tender", "export_user_certificate",
           "new_user_signing_key", "SummaryProblemsError", "user_signer", "user_signing_key", "verify_report", "write_report", "write_summaries"]


@dataclass(frozen=True)
class WrittenReport:
    path: Path
    pages: int
    draft: bool
    audit_head: str
    signed_by: str | None  # who the certificate names ("Olu Adebayo, Procurement officer, Example Council"), when signed
    language: str = "en"  # the document's language: "en", "cy" or "cy+en" (Welsh first), issue 22


# --- where files go -------------------------------------------------------------------------------

WHATS = {"report": N_("{path} is a folder; give a file name for the report."),
         "certificate": N_("{path} is a folder; give a file name for the certificate."),
         "export": N_("{path} is a folder; give a file name for the export."),
         "records bundle": N_("{path} is a folder; give a file name for the records bundle."),
         "performance notice": N_("{path} is a folder; give a file name for the performance notice."),
         "delivery report": N_("{path} is a folder; give a file name for the delivery report."),
         "portfolio": N_("{path} is a folder; give a file name for the portfolio report.")}


def _destination(path: Path, what: str) -> Path:
    path = Path(path).expanduser().absolute()
    if path.is_dir():
        message = _(WHATS[what]) if what in WHATS else _("{path} is a folder; give a file name.")  # i18n: no
        raise CoopEvalError(message.format(path=path))
    if not path.parent.is_dir():
        raise CoopEvalError(_("The folder {folder} does not exist; create it first or choose another place.").format(
            folder=path.parent))
    return path


@contextmanager
def _temporary_beside(target: Path, suffix: str = ".part") -> Iterator[Path]:
    """A temporary file in the target's folder (so os.replace is atomic), removed unless moved.
    Created with the usual permissions (not mkstemp's 0600), so the finished file has them too."""
    temp = target.with_name(f".{target.name}.{secrets.token_hex(6)}{suffix}")
    try:
        with disk_errors(target.parent, target.name):  # a full disk: a plain message, no temp left
            os.close(os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))
            yield temp
    finally:
        temp.unlink(missing_ok=True)


def checked_destination(path: Path, what: str) -> Path:
    """Where a file named by the user goes: refused when it is a folder or its folder does not exist."""
    return _destination(path, what)


def write_beside(out: Path, write: Callable[[Path], None]) -> Path:
    """`write(temp)` writes a whole file to a temporary file beside `out`, which then replaces `out` in one step:
    a failed or cancelled run never leaves half a file."""
    with _temporary_beside(out) as temp:
        write(temp)
        os.replace(temp, out)
    return out


# --- signing keys ----------------------------------------------------------------------------------

def signing_folder() -> Path:
    """The per-user key lives in the user data folder, never in a workspace (which others copy)."""
    return user_data_dir() / "signing"


@dataclass(frozen=True)
class SignerView:
    """Who the signing officer's own certificate names, and how to recognise that certificate."""
    name: str
    role: str
    council: str
    label: str  # "Olu Adebayo, Procurement officer, Example Council"
    fingerprint: str  # SHA-256 of the certificate
    replaced: Path | None = None  # where the previous key was kept aside, when this one replaced it


def _view(cert: x509.Certificate, replaced: Path | None = None) -> SignerView:
    who = signing.certificate_signer(cert)
    return SignerView(who.name, who.role, who.council, who.label, signing.fingerprint(cert), replaced)


def user_signer() -> SignerView | None:
    """Who the signing officer's own certificate names, or None when none has been made yet (read
    from the certificate beside the key: quick, and the key stays closed)."""
    path = signing.user_certificate_path(signing_folder())
    if not path.is_file():
        return None
    try:
        cert = x509.load_pem_x509_certificate(path.read_bytes())
    except (OSError, ValueError):
        raise CoopEvalError(_("Your CoopEval signing certificate {path} cannot be read; make a new one.").format(
            path=path)) from None
    return _view(cert)


def user_signing_key(name: str | None = None, role: str = "", council: str = "", *,
                     insist: bool = False) -> signing.SigningKey:
    """The signing officer's own key. The first time, it is made for `name` (with `role` and
    `council`); with no certificate and no name, NoSigningKeyError asks who signs. With `insist`,
    an existing certificate must name that person (and role and council, where given): nobody
    signs under another's name by mistake."""
    folder = signing_folder()
    if not signing.user_certificate_path(folder).is_file():
        if not (name or "").strip():
            raise signing.NoSigningKeyError(_(
                "You have no CoopEval signing certificate yet; it names who signs, so make one first: "
                "`coopeval signing-cert new --name NAME [--role ROLE] [--council NAME]`, or `coopeval report "
                "--self-signed` with --signer-name NAME or --as NAME. In the app, the Report page asks."))
        return signing.user_key(folder, signing.checked_signer(name or "", role, council))
    key = signing.user_key(folder)
    if insist and (name or "").strip():
        have = signing.certificate_signer(key.certificate())
        wanted = signing.checked_signer(name or "", role, council)
        if any(theirs and mine.casefold() != theirs.casefold()
               for mine, theirs in ((have.name, wanted.name), (have.role, wanted.role),
                                    (have.council, wanted.council))):
            raise signing.SigningError(_(
                "Your CoopEval signing certificate names {have}, not {wanted}. To sign as {wanted}, make a new "
                "certificate first: `coopeval signing-cert new --name ...` or “Make a new signing certificate…” on "
                "the Report page (the old one is kept, so reports it signed still verify).").format(
                    have=have.label, wanted=wanted.label))
    return key


def new_user_signing_key(name: str, role: str = "", council: str = "") -> SignerView:
    """A new signing key and certificate naming this person, replacing the current one, which is
    kept aside (renamed with the date, never deleted) so reports it signed still verify."""
    signer = signing.checked_signer(name, role, council)
    folder = signing_folder()
    before = set(signing.replaced_certificate_paths(folder))
    key = signing.new_user_key(folder, signer)
    kept = [p for p in signing.replaced_certificate_paths(folder) if p not in before]
    return _view(key.certificate(), kept[-1].parent if kept else None)


def p12_signing_key(path: Path, password: str | None) -> signing.SigningKey:
    return signing.load_p12(path, password)


def throwaway_signing_key(folder: Path, name: str) -> tuple[signing.SigningKey, Path]:
    """A self-signed key made in `folder`, never the user's (the self-test signs with it), and the
    certificate file that verifies what it signs."""
    return signing.user_key(folder, signing.checked_signer(name)), signing.user_certificate_path(folder)


def export_user_certificate(out: Path) -> tuple[Path, str]:
    """Write the signing officer's own certificate as PEM; returns (path, SHA-256 fingerprint).
    There must be one already (it names a person, so it is never made here without asking)."""
    out = _destination(out, "certificate")
    cert = user_signing_key().certificate()
    with _temporary_beside(out) as temp:
        temp.write_bytes(signing.certificate_pem(cert))
        os.replace(temp, out)
    return out, signing.fingerprint(cert)


# --- the moderation report -------------------------------------------------------------------------

def write_report(ws: Workspace, tender: int | str, out: Path, *, key: signing.SigningKey | None = None,
                 deterministic: bool = False, progress: ProgressFn | None = None,
                 cancel: CancelFn | None = None, language: str | None = None) -> WrittenReport:
    """Write the moderation report to `out`, signed with `key` when one is given, in `language` ("en", "cy" or
    "cy+en": one file, Welsh first) or, when None, the tender's own document language (issue 22)."""
    out = _destination(out, "report")
    doc_language = document_language_of(ws, tender, language)
    steps = Steps(1, progress, cancel)
    steps.step(_("Reading the evaluation record"))
    parts = report_parts(ws, tender, doc_language)
    first_code, data = parts[0]
    steps.check()
    with i18n.language(first_code):
        reason = _reason(data.tender.reference, data.audit_head, data.draft)
    pages, signed_by = render_signed(
        out, lambda rendered: render_report(parts, str(rendered), deterministic=deterministic, progress=progress,
                                            cancel=cancel),
        key=key, reason=reason, check=steps.check, progress=progress)
    return WrittenReport(out, pages, data.draft, data.audit_head, signed_by, doc_language)


def report_parts(ws: Workspace, tender: int | str, doc_language: str) -> list[tuple[str, ReportData]]:
    """The record read once per language of the document ("cy+en": Welsh, then English), all at one audit head:
    the parts of one document never show two states of the record."""
    codes = i18n.document_parts(doc_language)
    for _attempt in range(READ_ATTEMPTS):
        parts = []
        for code in codes:
            with i18n.language(code):
                parts.append((code, report_data(ws, tender)))
        if len({d.audit_head for _code, d in parts}) == 1:
            return parts
    raise CoopEvalError(_("The workspace kept changing while the report was being read (someone is saving); "
                          "try again in a moment."))


def render_signed(out: Path, render: Callable[[Path], int], *, key: signing.SigningKey | None, reason: str,
                  check: Callable[[], None] | None = None, progress: ProgressFn | None = None) -> tuple[int, str | None]:
    """The one path every signed CoopEval PDF takes: `render(path)` writes the PDF (with its empty signature field)
    to a temporary file beside `out`; with `key` it is signed (PAdES) into a second one; only the finished file is
    moved into place. `check` is asked before signing and before the move (a cancel stops the file appearing).
    Returns (pages, who signed or None)."""
    signed_by = None
    with _temporary_beside(out) as rendered, _temporary_beside(out, ".signed.part") as signed:
        pages = render(rendered)
        final = rendered
        if key is not None:
            if check is not None:
                check()
            if progress is not None:
                progress(0, 1, _("Signing the report"))
            with open(signed, "wb") as target:
                signing.sign_report(rendered, target, key, reason=reason)
            signed_by = signing.subject_name(key.certificate())
            final = signed
        if check is not None:
            check()  # the last moment a cancel can stop the file appearing
        os.replace(final, out)
    return pages, signed_by


def _reason(reference: str, head: str, draft: bool) -> str:
    """The signature's reason, in the current language (the document's first)."""
    if draft:
        return _("Draft moderation report {reference}, audit head {head}…").format(reference=reference,
                                                                                   head=head[:16])
    return _("Moderation report {reference}, audit head {head}…").format(reference=reference, head=head[:16])


# --- assessment summaries ----------------------------------------------------------------------------

class SummaryProblemsError(CoopEvalError):
    """The summaries would lack something regulation 31 requires; `checks` says what, bidder by bidder."""

    def __init__(self, checks: SummaryChecks):
        self.checks = checks
        lines = checks.lines()
        super().__init__(_("The assessment summaries were not written: regulation 31 asks for what they lack.")
                         + "\n" + "\n".join(f"  - {line}" for line in lines) + "\n"
                         + _("Fix these (the Sign-off page lists them, each with a link to where it is fixed), or "
                             "write anyway (--force); writing anyway is recorded in the audit log."))


class WrittenSummaries(list[Path]):
    """The summary files written (a list of paths), with the regulation 31 checks they were written under."""

    def __init__(self, paths: list[Path], checks: SummaryChecks):
        super().__init__(paths)
        self.checks = checks


FORCED_NOTE_LINES = 30


@on_disk_errors("The assessment summaries", "out_dir")
def write_summaries(ws: Workspace, tender: int | str, out_dir: Path, *, deterministic: bool = False,
                    progress: ProgressFn | None = None, cancel: CancelFn | None = None,
                    force: bool = False, record_forced: bool = True, language: str | None = None) -> WrittenSummaries:
    """One assessment summary PDF per assessed bidder in `out_dir`; all or none of them appear. Refused
    (`SummaryProblemsError`, every problem listed) while regulation 31's check finds something missing, unless
    `force`: then they are written and the problems recorded in the audit log (so the workspace must be open for
    editing). Missing other award criteria is a warning only (`checks.warnings` of the result). A caller that
    records the problems in its own audit event (the records bundle) passes `record_forced=False`, so a run it
    cancels leaves no event behind. Each summary is in `language` ("en", "cy" or "cy+en": one file, Welsh first) or,
    when None, the tender's own document language (issue 22)."""
    out_dir = Path(out_dir).expanduser().absolute()
    if out_dir.exists() and not out_dir.is_dir():
        raise CoopEvalError(_("{path} is a file; give a folder for the assessment summaries.").format(path=out_dir))
    if not out_dir.parent.is_dir():
        raise CoopEvalError(_("The folder {folder} does not exist; create it first or choose another place.").format(
            folder=out_dir.parent))
    doc_language = document_language_of(ws, tender, language)
    steps = Steps(1, progress, cancel)
    steps.step(_("Reading the evaluation record"))
    data, each = read_summaries(ws, tender)  # in the app's language: the checks' messages are for the officer
    checks = check_summaries(data, each)
    forced = bool(checks.problems)
    if forced and not force:
        raise SummaryProblemsError(checks)
    if forced and record_forced and ws.read_only:
        raise CoopEvalError(_("Writing the assessment summaries anyway is recorded in the audit log, and this "
                              "workspace is open read-only; open it for editing first."))
    parts = summary_parts(ws, tender, doc_language, data.audit_head, each)
    steps = Steps(len(each), progress, cancel)
    out_dir.mkdir(exist_ok=True)
    names = summary_file_names(data.tender.reference, [s.bidder for s in each])
    staging = Path(tempfile.mkdtemp(prefix=".coopeval-summaries-", dir=out_dir))
    try:
        for summary, name in zip(each, names):
            steps.check()
            summaries.render_summary(parts[summary.bidder.identifier], str(staging / name),
                                     deterministic=deterministic)
            steps.step(_("Summary for {bidder_name}").format(bidder_name=summary.bidder.identifier))
        steps.check()
        written = []
        if forced and record_forced:
            with ws.writing() as session:
                _record_forced(ws, session, data.tender.reference, checks, len(names), out_dir)
                session.flush()
                steps.check()  # the last moment a cancel stops the summaries appearing (and the event)
                written = _move(staging, out_dir, names)
        else:
            written = _move(staging, out_dir, names)
        return WrittenSummaries(written, checks)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def summary_parts(ws: Workspace, tender: int | str, doc_language: str, head: str,
                  checked: list[SummaryData]) -> dict[str, list[tuple[str, SummaryData]]]:
    """Each bidder's summary read once per language of the document, in order ("cy+en": Welsh, then English), by
    the bidder's identifier: every part at the audit head the summaries were checked at (`head`)."""
    parts: dict[str, list[tuple[str, SummaryData]]] = {s.bidder.identifier: [] for s in checked}
    for code in i18n.document_parts(doc_language):
        if code == i18n.current():
            each = checked
        else:
            with i18n.language(code):
                read, each = read_summaries(ws, tender)
            if read.audit_head != head:
                raise CoopEvalError(_("The workspace kept changing while the report was being read (someone is "
                                      "saving); try again in a moment."))
        for summary in each:
            parts[summary.bidder.identifier].append((code, summary))
    return parts


def _move(staging: Path, out_dir: Path, names: list[str]) -> list[Path]:
    written = []
    for name in names:
        os.replace(staging / name, out_dir / name)
        written.append(out_dir / name)
    return written


def _record_forced(ws: Workspace, session: Session, reference: str, checks: SummaryChecks, count: int,
                   out_dir: Path) -> None:
    row = session.exec(select(TenderRow).where(TenderRow.reference == reference)).one()
    snapshot = row.snapshot()
    lines = checks.lines() + [w.message for w in checks.warnings]
    shown = lines[:FORCED_NOTE_LINES] + ([f"… and {len(lines) - FORCED_NOTE_LINES} more"]
                                         if len(lines) > FORCED_NOTE_LINES else [])
    audit.append(session, actor=ws.actor, person=ws.person_name, action="summaries_forced", entity="tender",
                 entity_id=row.id, tender_ref=reference, before=snapshot, after=snapshot,
                 note=f"{count} assessment summaries written to {out_dir.name} anyway, with "
                      f"{len(checks.problems)} regulation 31 problem(s):\n" + "\n".join(shown))


_NO_DECOMPOSITION = str.maketrans({"Ł": "L", "ł": "l", "Ø": "O", "ø": "o", "Đ": "D", "đ": "d", "ß": "ss", "Æ": "AE",
                                   "æ": "ae", "Œ": "OE", "œ": "oe", "Þ": "Th", "þ": "th", "ı": "i"})


def safe_name(text: str, limit: int = 40) -> str:
    """ASCII letters, digits and hyphens only, whatever a bidder is called: 'Tŷ Bwyd / Łódź' → 'Ty-Bwyd-Lodz'."""
    ascii_text = unicodedata.normalize("NFKD", text.translate(_NO_DECOMPOSITION)).encode("ascii", "ignore").decode("ascii")
    kept = "".join(c if c.isascii() and c.isalnum() else "-" for c in ascii_text)
    collapsed = "-".join(part for part in kept.split("-") if part)
    return collapsed[:limit].strip("-")


def summary_file_names(reference: str, bidders) -> list[str]:  # noqa: ANN001 - SummaryTender
    names, seen = [], set()
    for bidder in bidders:
        stem = "-".join(part for part in ("assessment-summary", safe_name(reference, 30), safe_name(bidder.identifier, 30),
                                          safe_name(bidder.name)) if part)
        name, n = f"{stem}.pdf", 2
        while name.lower() in seen:
            name, n = f"{stem}-{n}.pdf", n + 1
        seen.add(name.lower())
        names.append(name)
    return names


# --- exports ------------------------------------------------------------------------------------------

@on_disk_errors("The export", "out")
def export_tender(ws: Workspace, tender: int | str, fmt: str, out: Path, *, progress: ProgressFn | None = None,
                  cancel: CancelFn | None = None) -> list[Path]:
    """Export the record's tables: one .xlsx with a sheet per table, or a folder of .csv files
    (one per table). Returns the files written."""
    if fmt not in FORMATS:
        raise CoopEvalError(_("Unknown export format {fmt!r}; choose csv or xlsx.").format(fmt=fmt))
    out = Path(out).expanduser().absolute()
    if fmt == "xlsx":
        out = _destination(out, "export")
        if out.suffix.lower() != ".xlsx":
            raise CoopEvalError(_("An XLSX export needs a file name ending .xlsx, not {name}.").format(name=out.name))
    else:
        if out.suffix.lower() == ".csv":
            raise CoopEvalError(_("A CSV export writes one file per table, so --out names a folder (e.g. {folder}), "
                                  "not a .csv file.").format(folder=out.with_suffix("")))
        if out.exists() and not out.is_dir():
            raise CoopEvalError(_("{path} is a file; a CSV export needs a folder.").format(path=out))
        if not out.parent.is_dir():
            raise CoopEvalError(_("The folder {folder} does not exist; create it first or choose another "
                                  "place.").format(folder=out.parent))
    steps = Steps(1, progress, cancel)
    steps.step(_("Reading the evaluation record"))
    with i18n.language("en"):  # the exports are records for scripts and spreadsheets: English whatever the screen
        tables = exports.export_tables(report_data(ws, tender))
    steps = Steps(len(tables), progress, cancel)
    if fmt == "xlsx":
        with _temporary_beside(out) as temp:
            exports.write_xlsx(tables, temp, steps=steps)
            steps.check()
            os.replace(temp, out)
        return [out]
    out.mkdir(exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".coopeval-export-", dir=out))
    try:
        names = exports.write_csv_folder(tables, staging, steps=steps)
        steps.check()
        for name in names:
            os.replace(staging / name, out / name)
        return [out / name for name in names]
    finally:
        shutil.rmtree(staging, ignore_errors=True)


# --- verifying -----------------------------------------------------------------------------------------

def verify_report(pdf: Path, *, trust: list[Path] | None = None, workspace: Path | None = None) -> verify.VerifyReport:
    """Check a signed report; with `workspace`, also that its audit head is in that workspace's chain
    and that its tender has not changed since."""
    data = verify.read_report(Path(pdf))  # a regular file only, capped: never /dev/zero or a pipe
    trust = list(trust or [])
    source = ", ".join(p.name for p in trust)
    if not trust:  # your own certificate, and those it replaced: reports they signed still verify
        folder = signing_folder()
        mine = [p for p in [signing.user_certificate_path(folder)] if p.is_file()]
        mine += signing.replaced_certificate_paths(folder)
        if mine:
            trust = mine
            source = "your own CoopEval certificate" + ("s, current and replaced" if len(mine) > 1 else "")
    report = verify.verify_signature(data, verify.load_trust_roots(trust), trust_source=source)
    if workspace is not None:
        ok, message = audit_head_check(Path(workspace), report.tender, report.audit_head)
        report.add("audit head", ok, message)
    return report


def audit_head_check(workspace: Path, tender: str, head: str) -> tuple[bool, str]:
    if not head or not tender:
        return False, "the report does not say which tender and audit head it was made from."
    with Workspace.open(workspace, read_only=True) as ws, ws.reading() as session:
        chain = audit.verify(session, expect=head)
        if not chain.ok:
            return False, f"{workspace.name}: " + "; ".join(chain.problems[:3])
        made_from = session.exec(select(AuditEventRow).where(AuditEventRow.hash == head)).first()
        events = audit.history(session, tender_ref=tender)
        if not events:
            return False, f"{workspace.name} holds no tender {tender}."
        later = [e for e in events if made_from is not None and e.seq > made_from.seq]
    if later:
        last = later[-1]
        return False, (f"tender {tender} has changed since the report was made: {len(later)} later change(s) in "
                       f"{workspace.name}, the latest '{last.action}' by {last.actor} at {last.at}.")
    return True, (f"the report's audit head is in {workspace.name}'s intact chain (event {made_from.seq if made_from else 0}), "
                  f"and tender {tender} has not changed since.")

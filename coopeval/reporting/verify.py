"""Checking a signed report: is the signature intact and valid, who signed and when, is the signer
trusted, was anything added or changed after signing. The audit-head check against a workspace
is the services' part (it needs the database); this module reads the head from the report.

Each check has a name a user can act on (intact, valid, trust, changes); `VerifyReport.ok` is
true only when every check passed. Trust is never assumed: with no trusted certificate given the
trust check fails and says so, because "signed by someone" proves nothing about who.
"""

from __future__ import annotations

import io
import json
import logging
import re
import unicodedata
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from coopeval.domain.errors import CoopEvalError
from coopeval.domain.files import read_regular_file
from coopeval.i18n import _
from coopeval.reporting.layout import IDENTITY_KEY, SIGNATURE_FIELD


def hush_pyhanko_dsa_warning() -> None:
    """pyHanko imports cryptography's DSA key class, which cryptography now marks deprecated, so every
    signing or verifying printed a CryptographyDeprecationWarning that no user can act on. Filter that
    one warning (its message, its category, raised from pyHanko's modules) before pyHanko is imported;
    every other warning still shows. Called again where pyHanko is imported, in case the filters
    were reset since (warnings.catch_warnings, as test runners use, restores them)."""
    from cryptography.utils import CryptographyDeprecationWarning

    warnings.filterwarnings("ignore", message="DSA is deprecated", category=CryptographyDeprecationWarning,
                            module=r"pyhanko(_certvalidator)?(\.|$)")


hush_pyhanko_dsa_warning()

PADES = "/ETSI.CAdES.detached"
SELF_SIGNED_UNIT = "CoopEval (self-signed)"  # what CoopEval's own certificates say of themselves
CERTIFICATE_LIMIT = 1 << 20  # a certificate file (PEM or DER, perhaps a chain) is a few kilobytes
REPORT_LIMIT = 512 << 20  # a signed report is read whole into memory to be checked


@dataclass(frozen=True)
class Check:
    name: str  # signature | intact | valid | trust | changes | audit head
    ok: bool
    message: str


@dataclass
class VerifyReport:
    checks: list[Check] = field(default_factory=list)
    signer: str = ""
    signed_at: str = ""
    subfilter: str = ""
    tender: str = ""  # from the signed revision's metadata
    audit_head: str = ""

    @property
    def ok(self) -> bool:
        return bool(self.checks) and all(c.ok for c in self.checks)

    @property
    def failed(self) -> list[str]:
        return [c.name for c in self.checks if not c.ok]

    def add(self, name: str, ok: bool, message: str) -> None:
        self.checks.append(Check(name, ok, message))


def read_report(path: Path) -> bytes:
    """The bytes of a report to check: a regular file of at most REPORT_LIMIT (not a folder, pipe or
    device, which would be read until memory runs out or wait for ever)."""
    return read_regular_file(path, limit=REPORT_LIMIT, what="a report (PDF)")


def load_trust_roots(paths: list[Path]) -> list[Any]:
    """Certificates (PEM or DER) to trust, as asn1crypto objects for pyHanko."""
    hush_pyhanko_dsa_warning()
    from pyhanko.keys import load_certs_from_pemder_data

    roots: list[Any] = []
    for path in paths:
        data = read_regular_file(path, limit=CERTIFICATE_LIMIT, what="a trusted certificate file")
        try:
            found = list(load_certs_from_pemder_data(data))
        except Exception:  # noqa: BLE001 - asn1crypto raises several types for a bad file
            found = []
        if not found:
            raise CoopEvalError(_("{name} is not a certificate file (PEM or DER).").format(name=Path(path).name))
        roots += found
    return roots


_HEAD = re.compile(r"[0-9a-f]{64}")
# Reports made before /CoopEvalReport existed: the Keywords were exactly
# "CoopEval <kind>; tender=<reference>; audit-head=<64 hex digits>", so the reference is all that lies
# between the fixed start and the fixed-length end, whatever it holds.
_LEGACY_KEYWORDS = re.compile(r"CoopEval (?:moderation report|assessment summary); tender=(.+); audit-head=([0-9a-f]{64})",
                              re.DOTALL)


def identity_from_info(value: str) -> tuple[str, str]:
    """(tender reference, audit head) from a report's /CoopEvalReport JSON, or ("", "") when it is not
    exactly what CoopEval writes (then the report does not say which tender it is of)."""
    try:
        found = json.loads(value, parse_constant=_refuse_constant)
    except (ValueError, RecursionError):
        return "", ""
    if not isinstance(found, dict):
        return "", ""
    tender, head = found.get("tender_ref"), found.get("audit_head")
    if not (isinstance(tender, str) and isinstance(head, str) and _plain(tender) and _HEAD.fullmatch(head)):
        return "", ""
    return tender, head


def identity_from_keywords(keywords: str) -> tuple[str, str]:
    """(tender reference, audit head) from the Keywords of a report made before /CoopEvalReport,
    read exactly (a reference may hold ";" or "tender="); ("", "") for anything else."""
    match = _LEGACY_KEYWORDS.fullmatch(keywords or "")
    if match is None or not _plain(match[1]):
        return "", ""
    return match[1], match[2]


def _refuse_constant(name: str) -> Any:
    raise ValueError(name)


def _plain(reference: str) -> bool:
    """No control or format characters (escape sequences, bidi overrides): the reference is printed
    on the terminal and looked up as given, so a crafted one must not rewrite what the user sees."""
    return bool(reference) and len(reference) <= 1000 and not any(
        unicodedata.category(c) in ("Cc", "Cf", "Zl", "Zp") for c in reference)


@contextmanager
def quiet_pyhanko() -> Iterator[None]:
    """pyHanko logs every failed check with a traceback; our checks say it in words instead."""
    loggers = [logging.getLogger(name) for name in ("pyhanko", "pyhanko_certvalidator")]
    levels = [logger.level for logger in loggers]
    for logger in loggers:
        logger.setLevel(logging.CRITICAL + 1)
    try:
        yield
    finally:
        for logger, level in zip(loggers, levels):
            logger.setLevel(level)


def verify_signature(pdf: bytes, trust_roots: list[Any], *, trust_source: str = "") -> VerifyReport:
    with quiet_pyhanko():
        return _verify(pdf, trust_roots, trust_source)


def _verify(pdf: bytes, trust_roots: list[Any], trust_source: str) -> VerifyReport:
    hush_pyhanko_dsa_warning()
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    report = VerifyReport()
    try:
        reader = PdfFileReader(io.BytesIO(pdf), strict=False)
        signatures = list(reader.embedded_signatures)
    except Exception as exc:  # noqa: BLE001 - a damaged file can break the parser anywhere
        report.add("intact", False, f"the file is damaged and cannot be read as a PDF ({_short(exc)}).")
        return report
    ours = [s for s in signatures if s.field_name == SIGNATURE_FIELD] or signatures
    if not ours:
        report.add("signature", False, "the report is not signed.")
        _identity(report, reader, None)
        return report
    sig = ours[-1]
    _identity(report, reader, sig)
    context = ValidationContext(trust_roots=list(trust_roots), allow_fetching=False, revocation_mode="soft-fail")
    try:
        report.subfilter = str(sig.sig_object.get("/SubFilter", ""))
        status = validate_pdf_signature(sig, context)
    except Exception as exc:  # noqa: BLE001
        report.add("intact", False, f"the signature cannot be checked: the file was altered or damaged ({_short(exc)}).")
        return report
    cert = status.signing_cert
    if cert is not None:
        report.signer = signer_from_subject(cert.subject.native) or cert.subject.human_friendly
    moment = status.signer_reported_dt
    report.signed_at = moment.strftime("%Y-%m-%d %H:%M:%S %Z") if moment else "unknown"

    report.add("intact", bool(status.intact),
               "the signed bytes are exactly as signed." if status.intact
               else "the signed part of the file has been changed since it was signed.")
    pades = " (PAdES)" if report.subfilter == PADES else f" (not PAdES: {report.subfilter})"
    report.add("valid", bool(status.valid),
               f"the signature is cryptographically valid{pades}." if status.valid
               else "the signature does not match the signer's certificate.")
    if not (status.intact and status.valid):
        report.add("trust", False, "cannot be established for a signature that does not check out.")
    elif not trust_roots:
        report.add("trust", False, "not checked against a trusted certificate: give --trust CERT.pem "
                                   "(the signer's certificate, or the authority that issued it).")
    elif status.trusted:
        report.add("trust", True, f"the signer's certificate is trusted{f' ({trust_source})' if trust_source else ''}.")
    else:
        given = f" ({trust_source})" if trust_source else ""
        report.add("trust", False, f"the signer's certificate does not chain to a certificate you trust{given}.")
    report.add("changes", *_changes(status))
    return report


def signer_from_subject(subject: dict[str, Any]) -> str:
    """Who an asn1crypto certificate subject names, as reports do: "Olu Adebayo, Procurement officer,
    Example Council" (CN, title, O). The O of CoopEval's older self-signed certificates, which named
    no council, is left out."""
    def text(key: str) -> str:
        value = subject.get(key, "")
        return str(value[0] if isinstance(value, list) and value else value or "")

    council = text("organization_name")
    if council == SELF_SIGNED_UNIT:
        council = ""
    return ", ".join(part for part in (text("common_name"), text("title"), council) if part)


def _changes(status: Any) -> tuple[bool, str]:  # pyHanko's PdfSignatureStatus
    """Strict: the signature must cover the whole file. pyHanko's diff policy would accept some
    later updates (new metadata, validation data) as harmless; a record filed as evidence should
    be byte for byte what was signed, so any appended update fails, with what pyHanko made of it."""
    from pyhanko.sign.diff_analysis import ModificationLevel
    from pyhanko.sign.validation.status import SignatureCoverageLevel

    coverage = status.coverage
    if coverage == SignatureCoverageLevel.ENTIRE_FILE:
        return True, "nothing was added or changed after signing."
    if coverage != SignatureCoverageLevel.ENTIRE_REVISION:
        return False, "the signature does not cover the document it claims to sign."
    what = {ModificationLevel.LTA_UPDATES: "document metadata or validation data was changed",
            ModificationLevel.FORM_FILLING: "form fields or signatures were filled in",
            ModificationLevel.ANNOTATIONS: "annotations were added or changed"}.get(
                status.modification_level, "the document's content was changed")
    return False, (f"an update was appended after signing ({what}). What a PDF viewer shows may not be "
                   "the report as signed.")


def _identity(report: VerifyReport, reader: Any, sig: Any) -> None:  # pyHanko's reader and signature
    """The tender and audit head, read from the revision the signature covers when there is one:
    from the /CoopEvalReport key, or, in a report made before that key existed, from its Keywords."""
    try:
        trailer = reader.get_historical_resolver(sig.signed_revision).trailer_view if sig is not None \
            else reader.trailer_view
        info = trailer.get("/Info")
        info = info.get_object() if info is not None else {}
        identity = info.get(f"/{IDENTITY_KEY}")
        if identity is not None:
            report.tender, report.audit_head = identity_from_info(str(identity))
        else:
            report.tender, report.audit_head = identity_from_keywords(str(info.get("/Keywords", "")))
    except Exception:  # noqa: BLE001 - metadata is informative; the checks above decide
        report.tender, report.audit_head = "", ""


def _short(exc: BaseException) -> str:
    text = str(exc) or type(exc).__name__
    return text if len(text) < 160 else text[:157] + "…"

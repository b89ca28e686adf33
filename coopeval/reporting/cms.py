"""Signing and checking a file that is not a PDF (a records bundle's manifest) as detached CMS, with pyHanko.

PAdES is for PDFs; any other file is signed as a detached CMS SignedData (RFC 5652) over its exact bytes, with the
same key and certificate that sign the reports (reporting/signing.py's SigningKey). The signature is DER, kept
beside the file (`manifest.json.p7s`); `openssl cms -verify -binary -inform DER -content manifest.json -in
manifest.json.p7s -CAfile CERT.pem` checks it too. Nothing here is a scheme of our own: pyHanko builds and checks the
CMS structure, and trust is established against the certificates the checker gives, never assumed.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from typing import Any

from coopeval.i18n import _
from coopeval.reporting.signing import SigningError, SigningKey
from coopeval.reporting.verify import hush_pyhanko_dsa_warning, quiet_pyhanko, signer_from_subject

hush_pyhanko_dsa_warning()

SIGNATURE_LIMIT = 1 << 20  # a detached signature holds a certificate or two: a few kilobytes


def sign_detached(data: bytes, key: SigningKey) -> bytes:
    """A detached CMS signature (DER) over `data`, made with `key` (SHA-256, the signing certificate included)."""
    hush_pyhanko_dsa_warning()
    from pyhanko.sign import signers

    key.certificate()  # a wrong password or an empty .p12 is said plainly
    try:
        signer = signers.SimpleSigner.load_pkcs12_data(key.p12, other_certs=[], passphrase=key.password)
    except ValueError:
        raise SigningError(_("{origin} could not be used to sign.").format(origin=key.origin)) from None
    try:
        signed = asyncio.run(signer.async_sign_general_data(data, "sha256", detached=True))
    except Exception as exc:  # pyHanko raises several types for a key it cannot use
        raise SigningError(_("The manifest could not be signed: {error}").format(error=exc)) from exc
    return bytes(signed.dump())


@dataclass(frozen=True)
class DetachedStatus:
    intact: bool  # the signed digest matches the data
    valid: bool  # the signature matches the signer's certificate
    trusted: bool  # the signer's certificate chains to a given trusted certificate
    signer: str  # "Olu Adebayo, Procurement officer, Example Council"
    signed_at: str  # as the signer reported it, "2027-01-15 10:04:00 UTC", or ""
    problem: str  # why it could not be checked at all, else ""


def verify_detached(data: bytes, signature: bytes, trust_roots: list[Any]) -> DetachedStatus:
    """Check a detached CMS signature over `data` against `trust_roots` (asn1crypto certificates, as
    reporting.verify.load_trust_roots returns). No trust roots: trusted is False."""
    hush_pyhanko_dsa_warning()
    from asn1crypto import cms  # type: ignore[import-untyped]  # pyHanko's ASN.1 library, untyped
    from pyhanko.sign.validation.generic_cms import async_validate_detached_cms
    from pyhanko_certvalidator import ValidationContext

    if len(signature) > SIGNATURE_LIMIT:
        return DetachedStatus(False, False, False, "", "", f"the signature is {len(signature):,} bytes, far more than "
                                                           "a signature holds")
    try:
        info = cms.ContentInfo.load(signature)
        if info["content_type"].native != "signed_data":
            raise ValueError("not CMS SignedData")  # i18n: no - caught below
        signed_data = info["content"]
        signed_data.native  # noqa: B018 - parse it all now, so a damaged structure fails here, in words
    except Exception as exc:  # noqa: BLE001 - asn1crypto raises several types for bad DER
        return DetachedStatus(False, False, False, "", "", f"it is not a CMS signature ({_short(exc)})")
    context = ValidationContext(trust_roots=list(trust_roots), allow_fetching=False, revocation_mode="soft-fail")
    try:
        with quiet_pyhanko():
            status = asyncio.run(async_validate_detached_cms(data, signed_data, signer_validation_context=context))
    except Exception as exc:  # noqa: BLE001
        return DetachedStatus(False, False, False, "", "", f"the signature cannot be checked ({_short(exc)})")
    cert = status.signing_cert
    signer = (signer_from_subject(cert.subject.native) or cert.subject.human_friendly) if cert is not None else ""
    moment = status.signer_reported_dt
    return DetachedStatus(bool(status.intact), bool(status.valid), bool(trust_roots) and bool(status.trusted), signer,
                          moment.strftime("%Y-%m-%d %H:%M:%S %Z") if moment else "", "")


def _short(exc: BaseException) -> str:
    text = str(exc) or type(exc).__name__
    return text if len(text) < 160 else text[:157] + "…"

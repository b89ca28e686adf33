"""Signing a report as PAdES with pyHanko, and the per-user self-signed signing key.

A report is signed into the empty signature field its sign-off page already carries, with the
PAdES sub-filter (ETSI.CAdES.detached; pyHanko's default is adbe.pkcs7.detached, which is not
PAdES). The visible signature is drawn with ReportLab in the bundled font, so a signer called
Gwŷn prints as Gwŷn.

The key is either a PKCS#12 file the officer supplies, or a per-user key CoopEval makes when the
signing officer first asks for one: EC P-256, a self-signed certificate whose subject names that
person (CN = name, title = role, O = council, OU = "CoopEval (self-signed)"), kept as a PKCS#12 file in the user data folder (never in a workspace, which others can copy). Its password
is random and kept beside it in a file only the user can read (0600; the folder is 0700). The
trade-off, stated plainly: anyone who can read the user's files can sign as that user, exactly as
with an unencrypted key; the password only stops the .p12 on its own (say, copied into a backup
or an email) from being usable. Asking for a password at every signing would be stronger, and is
what the "--sign CERT.p12 --password-env VAR" route is for. On Windows the permission bits are
advisory; the user profile's own access control is what protects the folder.

A new certificate (another name, a new role) replaces the current one; the old key folder is kept
aside, renamed with the date ("key-replaced-20270131-142500"), never deleted, so reports signed
with it still verify against its certificate.
"""

from __future__ import annotations

import datetime as dt
import os
import secrets
import shutil
import tempfile
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

from coopeval.domain.errors import CoopEvalError
from coopeval.domain.files import read_regular_file
from coopeval.i18n import _
from coopeval.reporting.layout import SIGNATURE_FIELD
from coopeval.reporting.verify import SELF_SIGNED_UNIT, hush_pyhanko_dsa_warning

hush_pyhanko_dsa_warning()  # before any pyHanko import below

KEY_DIR = "key"  # inside the signing folder; created whole or not at all
REPLACED_PREFIX = "key-replaced-"  # earlier keys, kept aside when a new one is made
NAME_LIMIT = 64  # X.509's upper bound for a common name, title and organisation name
P12_NAME, PASSWORD_NAME, CERT_NAME = "signing-key.p12", "signing-key.password", "signing-certificate.pem"
VALID_YEARS = 10
P12_LIMIT = 1 << 20  # a PKCS#12 file is a few kilobytes; never read a pipe or device named as one


class SigningError(CoopEvalError):
    """The report could not be signed (bad certificate file, wrong password, no signature field)."""


class NoSigningKeyError(SigningError):
    """There is no per-user signing key yet: the signing officer has to say who they are first."""


@dataclass(frozen=True)
class Signer:
    """Who a per-user certificate names: the signing officer, with their role and council if given."""
    name: str
    role: str = ""
    council: str = ""

    @property
    def label(self) -> str:
        return signer_label(self.name, self.role, self.council)


def signer_label(name: str, role: str = "", council: str = "") -> str:
    """"Olu Adebayo, Procurement officer, Example Council": how reports and `verify` name a signer."""
    return ", ".join(part for part in (name, role, council) if part)


def checked_signer(name: str, role: str = "", council: str = "") -> Signer:
    """The signer as given, trimmed; a plain error for an empty name, an over-long or odd part."""
    parts = [" ".join((text or "").split()) for text in (name, role, council)]
    if not parts[0]:
        raise SigningError(_("Give the signing officer's name: the certificate and every report it signs name them."))
    too_long = (_("The name is {length} characters long; a certificate holds at most {limit}."),
                _("The role is {length} characters long; a certificate holds at most {limit}."),
                _("The council is {length} characters long; a certificate holds at most {limit}."))
    control = (_("The name holds a control character; type it as plain text."),
               _("The role holds a control character; type it as plain text."),
               _("The council holds a control character; type it as plain text."))
    for n, text in enumerate(parts):
        if len(text) > NAME_LIMIT:
            raise SigningError(too_long[n].format(length=len(text), limit=NAME_LIMIT))
        if any(unicodedata.category(c) in ("Cc", "Cf", "Zl", "Zp") for c in text):
            raise SigningError(control[n])
    return Signer(*parts)


def certificate_signer(cert: x509.Certificate) -> Signer:
    """Who a certificate names (its CN, title and O); the O of CoopEval's older certificates, which
    named no council, is left out."""
    def first(oid: x509.ObjectIdentifier) -> str:
        found = cert.subject.get_attributes_for_oid(oid)
        return str(found[0].value) if found else ""

    council = first(NameOID.ORGANIZATION_NAME)
    name = first(NameOID.COMMON_NAME) or cert.subject.rfc4514_string()
    return Signer(name, first(NameOID.TITLE), "" if council == SELF_SIGNED_UNIT else council)


@dataclass(frozen=True)
class SigningKey:
    p12: bytes
    password: bytes | None
    origin: str  # for messages: "your CoopEval signing key" or the .p12 file's name

    def certificate(self) -> x509.Certificate:
        return _load(self).certificate


@dataclass(frozen=True)
class _Loaded:
    key: object
    certificate: x509.Certificate
    others: list[x509.Certificate]


def _load(key: SigningKey) -> _Loaded:
    try:
        private, cert, others = pkcs12.load_key_and_certificates(key.p12, key.password)
    except ValueError:
        raise SigningError(_("{origin} could not be opened: the password is wrong, or it is not a PKCS#12 "
                             "(.p12/.pfx) file.").format(origin=key.origin)) from None
    if private is None or cert is None:
        raise SigningError(_("{origin} holds no private key and certificate to sign with.").format(origin=key.origin))
    return _Loaded(private, cert, list(others or []))


def load_p12(path: Path, password: str | None) -> SigningKey:
    data = read_regular_file(path, limit=P12_LIMIT, what="a certificate file (.p12)")
    key = SigningKey(data, password.encode("utf-8") if password else None, _("The certificate file {name}").format(name=Path(path).name))
    _load(key)
    return key


# --- the per-user key -------------------------------------------------------------------------------

def user_key(folder: Path, signer: Signer | None = None) -> SigningKey:
    """The per-user key in `folder` (the user data folder's signing/). With no key there yet, one is
    made for `signer`; without a signer, NoSigningKeyError says who has to be named first."""
    key_dir = Path(folder) / KEY_DIR
    if not (key_dir / P12_NAME).is_file():
        if signer is None:
            raise NoSigningKeyError(_("You have no CoopEval signing certificate yet: say who signs (name, and "
                                      "optionally role and council) to make one."))
        _create_user_key(Path(folder), signer)
    return _read_user_key(key_dir)


def new_user_key(folder: Path, signer: Signer) -> SigningKey:
    """A new per-user key and certificate naming `signer`. The current key folder, if any, is kept
    aside under a dated name (never deleted), so reports signed with it still verify."""
    folder = Path(folder)
    current = folder / KEY_DIR
    if current.exists():
        stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%d-%H%M%S")
        aside, n = folder / f"{REPLACED_PREFIX}{stamp}", 2
        while aside.exists():
            aside, n = folder / f"{REPLACED_PREFIX}{stamp}-{n}", n + 1
        try:
            os.rename(current, aside)
        except OSError as exc:
            raise SigningError(_("Your current signing key in {folder} could not be set aside: {error}.").format(
                folder=current, error=exc.strerror or exc)) from None
    _create_user_key(folder, signer)
    return _read_user_key(current)


def _read_user_key(key_dir: Path) -> SigningKey:
    try:
        p12 = (key_dir / P12_NAME).read_bytes()
        password = (key_dir / PASSWORD_NAME).read_bytes().strip()
    except OSError as exc:
        raise SigningError(_("Your CoopEval signing key in {folder} cannot be read: {error}.").format(
            folder=key_dir, error=exc.strerror or exc)) from None
    key = SigningKey(p12, password, _("Your CoopEval signing key"))
    _load(key)
    return key


def user_certificate_path(folder: Path) -> Path:
    return Path(folder) / KEY_DIR / CERT_NAME


def replaced_certificate_paths(folder: Path) -> list[Path]:
    """The certificates of keys kept aside when a new one was made, oldest first."""
    folder = Path(folder)
    if not folder.is_dir():
        return []
    return sorted(p / CERT_NAME for p in folder.glob(f"{REPLACED_PREFIX}*") if (p / CERT_NAME).is_file())


def _create_user_key(folder: Path, signer: Signer) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    _private(folder, 0o700)
    staging = Path(tempfile.mkdtemp(prefix=".key-", dir=folder))
    try:
        _private(staging, 0o700)
        private = ec.generate_private_key(ec.SECP256R1())
        cert = _self_signed(private, signer)
        password = secrets.token_urlsafe(32).encode("ascii")
        p12 = pkcs12.serialize_key_and_certificates(
            b"CoopEval signing key", private, cert, None, serialization.BestAvailableEncryption(password))
        _write_private(staging / PASSWORD_NAME, password + b"\n")
        _write_private(staging / P12_NAME, p12)
        (staging / CERT_NAME).write_bytes(cert.public_bytes(serialization.Encoding.PEM))
        try:
            os.rename(staging, folder / KEY_DIR)  # whole or not at all; loses to a key made meanwhile
        except OSError:
            if not (folder / KEY_DIR / P12_NAME).is_file():
                raise
    except OSError as exc:
        raise SigningError(_("Your CoopEval signing key could not be created in {folder}: {error}.").format(
            folder=folder, error=exc.strerror or exc)) from None
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _self_signed(private: ec.EllipticCurvePrivateKey, signer: Signer) -> x509.Certificate:
    attributes = [x509.NameAttribute(NameOID.COMMON_NAME, signer.name)]
    if signer.role:
        attributes.append(x509.NameAttribute(NameOID.TITLE, signer.role))
    if signer.council:
        attributes.append(x509.NameAttribute(NameOID.ORGANIZATION_NAME, signer.council))
    attributes.append(x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, SELF_SIGNED_UNIT))
    name = x509.Name(attributes)
    now = dt.datetime.now(dt.UTC)
    public = private.public_key()
    return (
        x509.CertificateBuilder()
        .subject_name(name).issuer_name(name).public_key(public)
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=365 * VALID_YEARS))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.KeyUsage(digital_signature=True, content_commitment=True, key_encipherment=False,
                                     data_encipherment=False, key_agreement=False, key_cert_sign=False,
                                     crl_sign=False, encipher_only=False, decipher_only=False), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(public), critical=False)
        .sign(private, hashes.SHA256())
    )


def _private(path: Path, mode: int) -> None:
    try:
        os.chmod(path, mode)
    except OSError:
        pass  # e.g. a file system without Unix permissions; the profile's access control applies


def _write_private(path: Path, data: bytes) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as f:
        f.write(data)


# --- signing -------------------------------------------------------------------------------------------

def subject_name(cert: x509.Certificate) -> str:
    """The signer as reports and `verify` name them: "Olu Adebayo, Procurement officer, Example Council"."""
    return certificate_signer(cert).label


def fingerprint(cert: x509.Certificate) -> str:
    return cert.fingerprint(hashes.SHA256()).hex().upper()


def sign_report(source: Path, target: BinaryIO, key: SigningKey, *, reason: str, location: str = "") -> None:
    """Sign the report at `source` into `target` as PAdES, filling its sign-off signature field."""
    hush_pyhanko_dsa_warning()
    from pyhanko.pdf_utils import layout
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers
    from pyhanko.stamp import StaticStampStyle

    loaded = _load(key)
    try:
        signer = signers.SimpleSigner.load_pkcs12_data(key.p12, other_certs=[], passphrase=key.password)
    except ValueError:
        raise SigningError(_("{origin} could not be used to sign.").format(origin=key.origin)) from None
    signed_at = dt.datetime.now(dt.UTC)
    with tempfile.TemporaryDirectory(prefix="coopeval-stamp-") as scratch:
        with open(source, "rb") as inf:
            writer = IncrementalPdfFileWriter(inf, strict=False)
            box = _field_box(writer)
            appearance = Path(scratch) / "appearance.pdf"
            _draw_appearance(appearance, box, certificate_signer(loaded.certificate), signed_at,
                             fingerprint(loaded.certificate), reason)
            meta = signers.PdfSignatureMetadata(
                field_name=SIGNATURE_FIELD, subfilter=fields.SigSeedSubFilter.PADES, md_algorithm="sha256",
                reason=reason, location=location or None, name=subject_name(loaded.certificate))
            style = StaticStampStyle.from_pdf_file(
                str(appearance), border_width=0, background_opacity=1.0,
                background_layout=layout.SimpleBoxLayoutRule(
                    x_align=layout.AxisAlignment.ALIGN_MIN, y_align=layout.AxisAlignment.ALIGN_MIN,
                    margins=layout.Margins.uniform(0),  # type: ignore[no-untyped-call]  # pyHanko leaves it unannotated
                    inner_content_scaling=layout.InnerScaling.NO_SCALING))
            pdf_signer = signers.PdfSigner(meta, signer=signer, stamp_style=style)
            try:
                pdf_signer.sign_pdf(writer, existing_fields_only=True, output=target)
            except Exception as exc:
                raise SigningError(_("The report could not be signed: {error}").format(error=exc)) from exc


def _field_box(writer: Any) -> tuple[float, float, float, float]:  # pyHanko's IncrementalPdfFileWriter
    from pyhanko.sign.fields import enumerate_sig_fields

    for name, _value, ref in enumerate_sig_fields(writer, filled_status=False):
        if name == SIGNATURE_FIELD:
            rect = ref.get_object().get("/Rect")
            if rect is not None:
                x1, y1, x2, y2 = (float(v) for v in rect)
                return (x1, y1, x2, y2)
    raise SigningError(_("This PDF has no empty signature field for the sign-off (it was not made by CoopEval, "
                         "or it is already signed)."))


def _draw_appearance(path: Path, box: tuple[float, float, float, float], signer: Signer, at: dt.datetime,
                     print_: str, reason: str) -> None:
    """The visible signature: who (name, then role and council), when, and the certificate's
    fingerprint, in the bundled font."""
    from reportlab.pdfgen.canvas import Canvas

    from coopeval.reporting.fonts import BOLD, REGULAR, register_fonts
    from coopeval.reporting.styles import ACCENT, INK, MUTED

    register_fonts()
    width, height = box[2] - box[0], box[3] - box[1]
    canvas = Canvas(str(path), pagesize=(width, height))
    canvas.setFillColor(ACCENT)
    canvas.rect(0, 0, 3, height, stroke=0, fill=1)
    y = height - 14
    canvas.setFillColor(ACCENT)
    canvas.setFont(BOLD, 9)
    canvas.drawString(9, y, "Digitally signed")
    canvas.setFillColor(INK)
    lines = [(BOLD, f"by {signer.name}")]
    if signer.role or signer.council:
        lines.append((REGULAR, signer_label(signer.role, signer.council)))
    lines.append((REGULAR, f"on {at.day} {at:%b %Y, %H:%M:%S} UTC"))
    for font, line in lines:
        y -= 11
        canvas.setFont(font, 8)
        canvas.drawString(9, y, _fit(line, width - 14, font, 8))
    canvas.setFillColor(MUTED)
    canvas.setFont(REGULAR, 5.5)
    y -= 10
    canvas.drawString(9, y, _fit(reason, width - 14, REGULAR, 5.5))
    y -= 8
    canvas.drawString(9, y, "Signing certificate, SHA-256 fingerprint:")
    y -= 7
    canvas.drawString(9, y, _fit(print_, width - 14, REGULAR, 5.5))
    canvas.save()


def _fit(line: str, width: float, font: str, size: float) -> str:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    while line and stringWidth(line, font, size) > width:
        line = line[:-2] + "…"
    return line


def certificate_pem(cert: x509.Certificate) -> bytes:
    return cert.public_bytes(serialization.Encoding.PEM)


"""Signing reports (PAdES) and verifying them: a signed report verifies; one flipped byte fails
"intact"; an update appended after signing fails "changes"; no trusted certificate fails "trust";
with --workspace the report's audit head must be in that workspace's chain and its tender
unchanged since. Also the per-user key (where it lives, its permissions) and the .p12 route."""

from __future__ import annotations

import datetime as dt
import io
import os
import stat
from pathlib import Path

import pypdf
import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

from coopeval.paths import user_data_dir
from coopeval.reporting import signing
from coopeval.services.reports import writing as reports
from coopeval.services.signoff import actions as signoff
from coopeval.services.workspace import Workspace

from .test_report_pdf import DEMO_DONE, demo, run, welsh  # noqa: F401 - fixtures

PASSWORD = "correct horse battery staple"


def _name(cn: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn)])


def officer_p12(folder: Path, cn: str = "Gwŷn Llŷr") -> tuple[Path, Path]:
    """A council CA and an officer certificate it issued: (officer.p12, ca.pem)."""
    now = dt.datetime.now(dt.UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca = (x509.CertificateBuilder().subject_name(_name("Cyngor Test CA")).issuer_name(_name("Cyngor Test CA"))
          .public_key(ca_key.public_key()).serial_number(x509.random_serial_number())
          .not_valid_before(now - dt.timedelta(days=1)).not_valid_after(now + dt.timedelta(days=30))
          .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
          .add_extension(x509.KeyUsage(digital_signature=False, content_commitment=False, key_encipherment=False,
                                       data_encipherment=False, key_agreement=False, key_cert_sign=True, crl_sign=True,
                                       encipher_only=False, decipher_only=False), critical=True)
          .sign(ca_key, hashes.SHA256()))
    key = ec.generate_private_key(ec.SECP256R1())
    cert = (x509.CertificateBuilder().subject_name(_name(cn)).issuer_name(ca.subject).public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(days=1)).not_valid_after(now + dt.timedelta(days=30))
            .add_extension(x509.KeyUsage(digital_signature=True, content_commitment=True, key_encipherment=False,
                                         data_encipherment=False, key_agreement=False, key_cert_sign=False,
                                         crl_sign=False, encipher_only=False, decipher_only=False), critical=True)
            .sign(ca_key, hashes.SHA256()))
    p12 = folder / "officer.p12"
    p12.write_bytes(pkcs12.serialize_key_and_certificates(
        b"officer", key, cert, [ca], serialization.BestAvailableEncryption(PASSWORD.encode())))
    ca_pem = folder / "ca.pem"
    ca_pem.write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    return p12, ca_pem


@pytest.fixture
def self_signed(demo, tmp_path, run):  # noqa: F811
    out = tmp_path / "signed.pdf"
    code, stdout, err = run("report", demo, "--tender", DEMO_DONE, "--out", out, "--self-signed")
    assert code == 0, err
    return out


def test_self_signed_report_verifies_and_says_who_signed_and_when(self_signed, demo, run):  # noqa: F811
    code, out, err = run("verify", self_signed, "--workspace", demo)
    assert code == 0, out + err
    me = f"{reports.user_name()} (CoopEval)"
    assert f"signed by {me}, at " in out
    for check in ("ok   intact", "ok   valid", "(PAdES)", "ok   trust", "your own CoopEval certificate",
                  "ok   changes: nothing was added or changed after signing", "ok   audit head"):
        assert check in out, check
    assert "All checks passed." in out and err == ""


def test_the_signature_is_pades_in_the_sign_off_field_with_a_visible_appearance(self_signed):
    reader = pypdf.PdfReader(self_signed)
    fields = reader.trailer["/Root"]["/AcroForm"]["/Fields"]
    field = next(f.get_object() for f in fields if f.get_object()["/T"] == "SignOff")
    assert field["/FT"] == "/Sig"
    assert field["/V"]["/SubFilter"] == "/ETSI.CAdES.detached"
    assert "/N" in field["/AP"]  # the visible signature block
    last = reader.pages[-1]
    assert any(a.get_object().get("/T") == "SignOff" for a in last["/Annots"])
    assert "Sign-off" in last.extract_text()


def test_the_per_user_key_lives_in_the_user_data_folder_readable_only_by_the_user(self_signed, demo):  # noqa: F811
    folder = user_data_dir() / "signing" / signing.KEY_DIR
    assert stat.S_IMODE(os.stat(folder).st_mode) == 0o700
    for name in (signing.P12_NAME, signing.PASSWORD_NAME):
        assert stat.S_IMODE(os.stat(folder / name).st_mode) == 0o600
    assert not list(demo.parent.glob("*.p12")) and demo.parent not in folder.parents
    first = reports.user_signing_key().certificate()
    assert reports.user_signing_key().certificate() == first  # made once, then reused
    assert first.subject.get_attributes_for_oid(NameOID.COMMON_NAME)[0].value == f"{reports.user_name()} (CoopEval)"


def _flip(data: bytes, at: int) -> bytes:
    flipped = bytearray(data)
    flipped[at] ^= 0x01
    return bytes(flipped)


def test_flipping_one_byte_fails_and_names_the_intact_check(self_signed, tmp_path, run):  # noqa: F811
    data = self_signed.read_bytes()
    start = data.index(b"/ByteRange")
    for at in (data.index(b"Moderation report") + 3, start // 2, 200):
        tampered = tmp_path / f"flipped-{at}.pdf"
        tampered.write_bytes(_flip(data, at))
        code, out, err = run("verify", tampered)
        assert code == 1, out
        assert "FAIL intact" in out and "verification failed: intact" in err


def test_an_update_appended_after_signing_fails_and_names_the_changes_check(self_signed, tmp_path, run):  # noqa: F811
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    writer = IncrementalPdfFileWriter(io.BytesIO(self_signed.read_bytes()))
    ref = writer.add_object(generic.StreamObject(stream_data=b"BT /F1 24 Tf 72 72 Td (Score changed) Tj ET"))
    writer.add_stream_to_page(0, ref)
    updated = io.BytesIO()
    writer.write(updated)
    tampered = tmp_path / "updated.pdf"
    tampered.write_bytes(updated.getvalue())
    code, out, err = run("verify", tampered)
    assert code == 1
    assert "ok   intact" in out  # the signed bytes are untouched...
    assert "FAIL changes: an update was appended after signing" in out  # ...but something was added
    assert "verification failed: changes" in err

    metadata_only = IncrementalPdfFileWriter(io.BytesIO(self_signed.read_bytes()))
    metadata_only.set_info(generic.DictionaryObject({generic.pdf_name("/Title"): generic.pdf_string("Forged")}))
    changed = io.BytesIO()
    metadata_only.write(changed)
    tampered.write_bytes(changed.getvalue())
    code, out, err = run("verify", tampered)
    assert code == 1 and "verification failed: changes" in err


def test_without_a_trusted_certificate_trust_fails_by_name(demo, tmp_path, run, monkeypatch):  # noqa: F811
    p12, ca = officer_p12(tmp_path)
    monkeypatch.setenv("COOPEVAL_P12_PASSWORD", PASSWORD)
    out = tmp_path / "officer.pdf"
    code, stdout, err = run("report", demo, "--tender", DEMO_DONE, "--out", out, "--sign", p12,
                            "--password-env", "COOPEVAL_P12_PASSWORD")
    assert code == 0, err
    assert "signed by Gwŷn Llŷr" in stdout
    code, stdout, err = run("verify", out)
    assert code == 1
    assert "signed by Gwŷn Llŷr" in stdout
    assert "FAIL trust: not checked against a trusted certificate" in stdout
    assert "verification failed: trust" in err
    code, stdout, err = run("verify", out, "--trust", ca)
    assert code == 0, stdout + err
    (tmp_path / "other").mkdir()
    _, other_ca = officer_p12(tmp_path / "other", cn="Someone Else")
    code, stdout, err = run("verify", out, "--trust", other_ca)
    assert code == 1 and "FAIL trust: the signer's certificate does not chain" in stdout


def test_a_wrong_or_missing_password_writes_nothing(demo, tmp_path, run, monkeypatch):  # noqa: F811
    p12, _ = officer_p12(tmp_path)
    out = tmp_path / "officer.pdf"
    monkeypatch.setenv("WRONG", "not it")
    code, _, err = run("report", demo, "--tender", DEMO_DONE, "--out", out, "--sign", p12, "--password-env", "WRONG")
    assert code == 1 and "password is wrong" in err and "Traceback" not in err
    monkeypatch.delenv("UNSET_VARIABLE", raising=False)
    code, _, err = run("report", demo, "--tender", DEMO_DONE, "--out", out, "--sign", p12,
                       "--password-env", "UNSET_VARIABLE")
    assert code == 1 and "UNSET_VARIABLE is not set" in err
    assert not out.exists()


def test_an_unsigned_report_fails_verification_naming_the_signature(demo, tmp_path, run):  # noqa: F811
    out = tmp_path / "plain.pdf"
    assert run("report", demo, "--tender", DEMO_DONE, "--out", out)[0] == 0
    code, stdout, err = run("verify", out)
    assert code == 1 and "FAIL signature: the report is not signed" in stdout and "failed: signature" in err


def test_the_audit_head_must_be_in_the_workspace_and_the_tender_unchanged(self_signed, demo, welsh, run):  # noqa: F811
    code, out, _ = run("verify", self_signed, "--workspace", welsh)
    assert code == 1 and "FAIL audit head" in out and "not in this workspace's audit chain" in out
    with Workspace.open(demo) as ws:
        signoff.reopen(ws, DEMO_DONE, "A bidder's commitment was mis-keyed.")
    code, out, err = run("verify", self_signed, "--workspace", demo)
    assert code == 1
    assert "ok   intact" in out and "FAIL audit head: tender EVC-2026-014 has changed since the report was made" in out
    assert "'reopen'" in out and "verification failed: audit head" in err


def test_signing_cert_export_writes_the_user_certificate(tmp_path, run):  # noqa: F811
    out = tmp_path / "me.pem"
    code, stdout, _ = run("signing-cert", "export", "--out", out)
    assert code == 0
    cert = x509.load_pem_x509_certificate(out.read_bytes())
    assert cert == reports.user_signing_key().certificate()
    assert signing.fingerprint(cert) in stdout

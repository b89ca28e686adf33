"""Signing reports (PAdES) and verifying them: a signed report verifies; one flipped byte fails
"intact"; an update appended after signing fails "changes"; no trusted certificate fails "trust";
with --workspace the report's audit head must be in that workspace's chain and its tender
unchanged since. Also the per-user key (where it lives, its permissions) and the .p12 route."""

from __future__ import annotations

import io
import os
import stat

import pypdf
import pytest
from cryptography import x509
from cryptography.x509.oid import NameOID

from coopeval.paths import user_data_dir
from coopeval.reporting import signing
from coopeval.services.reports import writing as reports
from coopeval.services.signoff import actions as signoff
from coopeval.services.workspace import Workspace
from tests.helpers.certificates import PASSWORD, officer_p12
from tests.helpers.identity import Everyone
from tests.helpers.reports import DEMO_DONE


@pytest.fixture
def self_signed(demo, tmp_path, run):
    out = tmp_path / "signed.pdf"
    code, stdout, err = run("report", demo, "--tender", DEMO_DONE, "--out", out, "--self-signed")
    assert code == 0, err
    return out


def test_self_signed_report_verifies_and_says_who_signed_and_when(self_signed, demo, run):
    code, out, err = run("verify", self_signed, "--workspace", demo)
    assert code == 0, out + err
    me = Everyone().name  # the certificate was made for the person acting (tests act as Everyone)
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


def test_the_per_user_key_lives_in_the_user_data_folder_readable_only_by_the_user(self_signed, demo):
    folder = user_data_dir() / "signing" / signing.KEY_DIR
    assert stat.S_IMODE(os.stat(folder).st_mode) == 0o700
    for name in (signing.P12_NAME, signing.PASSWORD_NAME):
        assert stat.S_IMODE(os.stat(folder / name).st_mode) == 0o600
    assert not list(demo.parent.glob("*.p12")) and demo.parent not in folder.parents
    first = reports.user_signing_key().certificate()
    assert reports.user_signing_key().certificate() == first  # made once, then reused
    assert first.subject.get_attributes_for_oid(NameOID.COMMON_NAME)[0].value == Everyone().name


def _flip(data: bytes, at: int) -> bytes:
    flipped = bytearray(data)
    flipped[at] ^= 0x01
    return bytes(flipped)


def test_flipping_one_byte_fails_and_names_the_intact_check(self_signed, tmp_path, run):
    data = self_signed.read_bytes()
    start = data.index(b"/ByteRange")
    for at in (data.index(b"Moderation report") + 3, start // 2, 200):
        tampered = tmp_path / f"flipped-{at}.pdf"
        tampered.write_bytes(_flip(data, at))
        code, out, err = run("verify", tampered)
        assert code == 1, out
        assert "FAIL intact" in out and "verification failed: intact" in err


def test_an_update_appended_after_signing_fails_and_names_the_changes_check(self_signed, tmp_path, run):
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


def test_without_a_trusted_certificate_trust_fails_by_name(demo, tmp_path, run, monkeypatch):
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


def test_a_wrong_or_missing_password_writes_nothing(demo, tmp_path, run, monkeypatch):
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


def test_an_unsigned_report_fails_verification_naming_the_signature(demo, tmp_path, run):
    out = tmp_path / "plain.pdf"
    assert run("report", demo, "--tender", DEMO_DONE, "--out", out)[0] == 0
    code, stdout, err = run("verify", out)
    assert code == 1 and "FAIL signature: the report is not signed" in stdout and "failed: signature" in err


def test_the_audit_head_must_be_in_the_workspace_and_the_tender_unchanged(self_signed, demo, welsh, run):
    code, out, _ = run("verify", self_signed, "--workspace", welsh)
    assert code == 1 and "FAIL audit head" in out and "not in this workspace's audit chain" in out
    with Workspace.open(demo) as ws:
        signoff.reopen(ws, DEMO_DONE, "A bidder's commitment was mis-keyed.")
    code, out, err = run("verify", self_signed, "--workspace", demo)
    assert code == 1
    assert "ok   intact" in out and "FAIL audit head: tender EVC-2026-014 has changed since the report was made" in out
    assert "'reopen'" in out and "verification failed: audit head" in err


def test_signing_cert_export_writes_the_user_certificate(tmp_path, run):
    out = tmp_path / "me.pem"
    code, _, err = run("signing-cert", "export", "--out", out)
    assert code == 1 and "no CoopEval signing certificate yet" in err and not out.exists()  # never made unasked
    assert run("signing-cert", "new", "--name", "Olu Adebayo")[0] == 0
    code, stdout, _ = run("signing-cert", "export", "--out", out)
    assert code == 0
    cert = x509.load_pem_x509_certificate(out.read_bytes())
    assert cert == reports.user_signing_key().certificate()
    assert signing.fingerprint(cert) in stdout

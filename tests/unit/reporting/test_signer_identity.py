"""The report is signed by a person: the signing officer's own certificate names them (CN = name,
title = role, O = council), chosen when the key is first made and changed by making a new one (the
old key kept aside, so reports it signed still verify); the signature and `verify` name that person,
never the computer account."""

from __future__ import annotations

import datetime as dt

import pytest
from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from coopeval.domain.errors import CoopEvalError
from coopeval.reporting import signing
from coopeval.reporting.verify import signer_from_subject
from coopeval.services.demo import demo_people
from coopeval.services.reports import writing as reports
from tests.helpers.identity import Everyone
from tests.helpers.reports import DEMO_DONE

OLU = ("Olu Adebayo", "Procurement officer", "Example Council")
OLU_LABEL = "Olu Adebayo, Procurement officer, Example Council"


def subject(cert: x509.Certificate, oid: x509.ObjectIdentifier) -> list[str]:
    return [str(a.value) for a in cert.subject.get_attributes_for_oid(oid)]


def new_certificate(run, name: str, role: str = "", council: str = "") -> str:
    argv = ["signing-cert", "new", "--name", name] + (["--role", role] if role else []) + \
        (["--council", council] if council else [])
    code, out, err = run(*argv)
    assert code == 0, err
    return out


def test_a_new_certificate_names_the_person_their_role_and_council(run):
    out = new_certificate(run, *OLU)
    assert f"Made a signing certificate for {OLU_LABEL}" in out
    cert = reports.user_signing_key().certificate()
    assert subject(cert, NameOID.COMMON_NAME) == ["Olu Adebayo"]
    assert subject(cert, NameOID.TITLE) == ["Procurement officer"]
    assert subject(cert, NameOID.ORGANIZATION_NAME) == ["Example Council"]
    assert subject(cert, NameOID.ORGANIZATIONAL_UNIT_NAME) == ["CoopEval (self-signed)"]
    assert cert.issuer == cert.subject
    assert "CoopEval)" not in cert.subject.rfc4514_string().split("OU=")[0]  # not "root (CoopEval)"
    view = reports.user_signer()
    assert view is not None and (view.name, view.role, view.council) == OLU and view.label == OLU_LABEL
    assert signing.fingerprint(cert) in out


def test_role_and_council_are_optional(run):
    new_certificate(run, "Gwŷn Llŷr")
    cert = reports.user_signing_key().certificate()
    assert subject(cert, NameOID.TITLE) == [] and subject(cert, NameOID.ORGANIZATION_NAME) == []
    assert signing.subject_name(cert) == "Gwŷn Llŷr"


def test_a_signed_report_and_verify_name_the_person(run, demo, tmp_path):
    out = tmp_path / "signed.pdf"
    code, stdout, err = run("report", demo, "--tender", DEMO_DONE, "--out", out, "--self-signed",
                            "--signer-name", OLU[0], "--signer-role", OLU[1], "--council", OLU[2])
    assert code == 0, err
    assert f"signed by {OLU_LABEL}." in stdout  # the first time, the certificate is made for this person
    code, stdout, err = run("verify", out, "--workspace", demo)
    assert code == 0, stdout + err
    assert f"  signed by {OLU_LABEL}, at " in stdout
    assert "root" not in stdout and Everyone().name not in stdout
    assert reports.verify_report(out).signer == OLU_LABEL


def test_the_first_key_names_the_person_signed_in_when_no_name_is_given(run, demo, tmp_path):
    out = tmp_path / "signed.pdf"
    code, stdout, err = run("report", demo, "--tender", DEMO_DONE, "--out", out, "--self-signed",
                            "--signer-role", "Chair")
    assert code == 0, err
    assert f"signed by {Everyone().name}, Chair." in stdout  # the person acting (the tests' stand-in)


def test_with_no_certificate_and_nobody_named_nothing_is_made():
    with pytest.raises(signing.NoSigningKeyError, match="signing-cert new --name"):
        reports.user_signing_key()
    assert reports.user_signer() is None


def test_a_certificate_naming_someone_else_is_not_used_silently(run, demo, tmp_path):
    new_certificate(run, *OLU)
    out = tmp_path / "signed.pdf"
    code, _, err = run("report", demo, "--tender", DEMO_DONE, "--out", out, "--self-signed",
                       "--signer-name", "Bea Smith")
    assert code == 1 and "names Olu Adebayo, Procurement officer, Example Council, not Bea Smith" in err
    assert "signing-cert new" in err and not out.exists()
    code, _, err = run("report", demo, "--tender", DEMO_DONE, "--out", out, "--self-signed",
                       "--signer-name", "olu adebayo")  # the same person, however typed
    assert code == 0, err


def test_a_new_certificate_replaces_the_old_which_is_kept_aside(run, demo, tmp_path):
    new_certificate(run, *OLU)
    old_pem = tmp_path / "old.pem"
    assert run("signing-cert", "export", "--out", old_pem)[0] == 0
    old_report = tmp_path / "old.pdf"
    assert run("report", demo, "--tender", DEMO_DONE, "--out", old_report, "--self-signed")[0] == 0
    old_fingerprint = reports.user_signer().fingerprint

    out = new_certificate(run, "Olu Adebayo", "Head of procurement", "Example Council")
    now = reports.user_signer()
    assert now is not None and now.role == "Head of procurement" and now.fingerprint != old_fingerprint
    kept = signing.replaced_certificate_paths(reports.signing_folder())
    assert len(kept) == 1 and kept[0].parent.name.startswith(f"key-replaced-{dt.datetime.now(dt.UTC):%Y%m%d}")
    assert str(kept[0].parent) in out
    assert kept[0].read_bytes() == old_pem.read_bytes()  # the old certificate, unchanged
    assert (kept[0].parent / signing.P12_NAME).is_file()  # and its key: kept, not deleted

    new_report = tmp_path / "new.pdf"
    assert run("report", demo, "--tender", DEMO_DONE, "--out", new_report, "--self-signed")[0] == 0
    code, stdout, _ = run("verify", new_report)
    assert code == 0 and "signed by Olu Adebayo, Head of procurement, Example Council" in stdout
    code, stdout, _ = run("verify", old_report, "--trust", old_pem)  # the earlier report, as others check it
    assert code == 0 and f"signed by {OLU_LABEL}" in stdout
    code, stdout, _ = run("verify", old_report)  # and by default: your replaced certificates are yours too
    assert code == 0 and "current and replaced" in stdout

    new_certificate(run, "Olu Adebayo")  # again, the same second: both earlier keys are kept
    assert len(signing.replaced_certificate_paths(reports.signing_folder())) == 2


@pytest.mark.parametrize(("name", "role", "problem"), [
    ("   ", "", "Give the signing officer's name"),
    ("x" * 65, "", "at most 64"),
    ("Olu", "Officer\x1b[2J", "control character"),
])
def test_a_signer_that_cannot_be_a_certificate_subject_is_refused_plainly(name, role, problem):
    with pytest.raises(CoopEvalError, match=problem):
        reports.new_user_signing_key(name, role)
    assert reports.user_signer() is None


def test_older_coopeval_certificates_are_named_without_their_placeholder_organisation():
    """Reports signed before certificates named a person still read sensibly: "root (CoopEval)"."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "root (CoopEval)"),
                      x509.NameAttribute(NameOID.ORGANIZATION_NAME, "CoopEval (self-signed)")])
    now = dt.datetime.now(dt.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(1).not_valid_before(now).not_valid_after(now + dt.timedelta(days=1))
            .sign(key, signing.hashes.SHA256()))
    assert signing.subject_name(cert) == "root (CoopEval)"
    assert signer_from_subject({"common_name": "root (CoopEval)", "organization_name": "CoopEval (self-signed)"}) \
        == "root (CoopEval)"
    assert signer_from_subject({"common_name": "Olu Adebayo", "title": "Procurement officer",
                                "organization_name": "Example Council"}) == OLU_LABEL


@pytest.mark.identity
def test_signed_in_with_as_the_first_key_names_that_person(run, demo, tmp_path, monkeypatch):
    """A real sign-in (--as, passphrase from the environment): the first key is made for that person,
    and someone signed in whom the certificate does not name cannot sign with it."""
    (officer, _, passphrase), (member, _, member_passphrase) = demo_people()[:2]
    monkeypatch.setenv("COOPEVAL_PASSPHRASE", passphrase)
    out = tmp_path / "signed.pdf"
    code, stdout, err = run("report", demo, "--tender", DEMO_DONE, "--out", out, "--self-signed", "--as", officer,
                            "--council", "Example Council")
    assert code == 0, err
    assert f"signed by {officer}, Example Council." in stdout
    assert reports.verify_report(out).signer == f"{officer}, Example Council"

    monkeypatch.setenv("COOPEVAL_PASSPHRASE", member_passphrase)
    out.unlink()
    code, _, err = run("report", demo, "--tender", DEMO_DONE, "--out", out, "--self-signed", "--as", member)
    assert code == 1 and f"names {officer}, Example Council, not {member}" in err and not out.exists()

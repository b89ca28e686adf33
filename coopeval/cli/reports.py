"""`coopeval` commands for the record a panel files: the moderation report (optionally signed),
verifying a signed report, assessment summaries, CSV/XLSX exports, and the per-user signing
certificate.

Commands that write from a workspace (report, summaries, export) open it read-only, so they work
while the app has it open, but they release the record, so they take --as NAME like every changing
command (cli/common.py): the services allow them to an officer. A
certificate's password is never taken on the command line (other users can see it there): name
an environment variable that holds it with --password-env.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from coopeval.cli.common import EXIT_FAILED, EXIT_OK, add_identity_options, document_language_arg, sign_in_from_args
from coopeval.domain.errors import CoopEvalError
from coopeval.services.reports.destinations import refuse_overwrite
from coopeval.services.workspace import Workspace

if TYPE_CHECKING:
    from coopeval.services.reports.writing import SigningKey


def add_commands(commands: argparse._SubParsersAction) -> None:
    report = commands.add_parser("report", help="write the moderation report as PDF, optionally signed (PAdES)")
    report.add_argument("file", type=Path, metavar="FILE")
    report.add_argument("--tender", required=True, metavar="REF")
    report.add_argument("--out", required=True, type=Path, metavar="REPORT.pdf")
    add_signing_options(report)
    report.add_argument("--overwrite", action="store_true", help="replace --out if it exists")
    add_language_option(report)
    add_identity_options(report)
    report.set_defaults(handler=_report)

    verify = commands.add_parser("verify", help="check a signed report: intact, valid, trusted, unchanged, and "
                                                "(with --workspace) made from that workspace's record")
    verify.add_argument("pdf", type=Path, metavar="REPORT.pdf")
    verify.add_argument("--trust", type=Path, action="append", default=[], metavar="CERT.pem",
                        help="a certificate to trust (repeatable); default: your own CoopEval certificate")
    verify.add_argument("--workspace", type=Path, metavar="FILE")
    verify.set_defaults(handler=_verify)

    summaries = commands.add_parser("summaries", help="write one assessment summary PDF per bidder (PA 2023 s.50)")
    summaries.add_argument("file", type=Path, metavar="FILE")
    summaries.add_argument("--tender", required=True, metavar="REF")
    summaries.add_argument("--out-dir", required=True, type=Path, metavar="DIR")
    summaries.add_argument("--force", action="store_true",
                           help="write even when the regulation 31 check finds something missing (recorded in the "
                                "audit log; the problems are printed as warnings)")
    add_language_option(summaries)
    add_identity_options(summaries)
    summaries.set_defaults(handler=_summaries)

    export = commands.add_parser("export", help="export scores, consensus, commitments, declarations and results")
    export.add_argument("file", type=Path, metavar="FILE")
    export.add_argument("--tender", required=True, metavar="REF")
    export.add_argument("--format", required=True, choices=["csv", "xlsx"], dest="fmt")
    export.add_argument("--out", required=True, type=Path, metavar="PATH",
                        help="an .xlsx file, or for csv a folder that gets one .csv per table")
    add_identity_options(export)
    export.set_defaults(handler=_export)

    cert = commands.add_parser("signing-cert", help="your per-user signing certificate")
    cert_sub = cert.add_subparsers(dest="cert_command", metavar="ACTION", required=True)
    cert_export = cert_sub.add_parser("export", help="write your certificate (PEM) for others to trust")
    cert_export.add_argument("--out", required=True, type=Path, metavar="CERT.pem")
    cert_export.add_argument("--overwrite", action="store_true", help="replace --out if it exists")
    cert_export.set_defaults(handler=_cert_export)
    cert_new = cert_sub.add_parser("new", help="make a new signing key and certificate naming you; the current one "
                                               "is kept aside, so reports it signed still verify")
    cert_new.add_argument("--name", required=True, metavar="NAME", help="your name, as reports will show it")
    cert_new.add_argument("--role", default="", metavar="ROLE", help="your role, e.g. 'Procurement officer'")
    cert_new.add_argument("--council", default="", metavar="NAME", help="your council or organisation")
    cert_new.set_defaults(handler=_cert_new)


def add_signing_options(parser: argparse.ArgumentParser) -> None:
    """--sign CERT.p12 | --self-signed, with the options each takes: one declaration for every signed document
    (`report`, `delivery report`), read back by `signing_key_from_args` and `own_signing_key`."""
    signer = parser.add_mutually_exclusive_group()
    signer.add_argument("--sign", type=Path, metavar="CERT.p12", help="sign the PDF with this PKCS#12 certificate file")
    signer.add_argument("--self-signed", action="store_true",
                        help="sign the PDF with your own CoopEval key, whose certificate names you (made on first "
                             "use; see `signing-cert new` and `signing-cert export`)")
    parser.add_argument("--signer-name", metavar="NAME",
                        help="with --self-signed: who signs, when your certificate is first made (default: the person "
                             "signed in with --as); if you already have one, it must name this person")
    parser.add_argument("--signer-role", metavar="ROLE", default="", help="with --self-signed: your role, e.g. "
                                                                          "'Procurement officer' (first time only)")
    parser.add_argument("--council", metavar="NAME", default="", help="with --self-signed: your council or "
                                                                      "organisation (first time only)")
    parser.add_argument("--password-env", metavar="VAR", help="environment variable holding the .p12 password")


def signing_key_from_args(args: argparse.Namespace) -> SigningKey | None:
    """The key --sign or --self-signed asks for (None: unsigned, or --self-signed's own key, made once the person
    acting is known: `own_signing_key`)."""
    from coopeval.services.reports import writing as reports

    if args.password_env and not args.sign:
        raise CoopEvalError("--password-env goes with --sign CERT.p12.")
    if (args.signer_name or args.signer_role or args.council) and not args.self_signed:
        raise CoopEvalError("--signer-name, --signer-role and --council go with --self-signed (your own CoopEval "
                            "certificate); a .p12 certificate already names its holder.")
    if args.self_signed:
        return None  # made or read once the person acting is known (own_signing_key)
    if args.sign:
        password = None
        if args.password_env:
            password = os.environ.get(args.password_env)
            if password is None:
                raise CoopEvalError(f"The environment variable {args.password_env} is not set; put the certificate's "
                                    "password in it.")
        return reports.p12_signing_key(args.sign, password)
    return None


def _report(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from coopeval.services.reports.writing import write_report

    refuse_overwrite(args.out, args.overwrite, workspace=args.file)
    key = signing_key_from_args(args)  # a wrong password is reported before any work is done
    with Workspace.open(args.file, read_only=True) as ws:
        sign_in_from_args(ws, args)
        if args.self_signed:
            key = own_signing_key(args, ws)
        written = write_report(ws, args.tender, args.out, key=key, language=args.language)
    state = "DRAFT (not signed off)" if written.draft else "final"
    signed = f", signed by {written.signed_by}" if written.signed_by else ", not digitally signed"
    print(f"Wrote {written.path}: {written.pages} pages, {state}{signed}. Audit head {written.audit_head}."
          + _language_note(written.language), file=out)
    return EXIT_OK


def add_language_option(parser: argparse.ArgumentParser) -> None:
    """`--language en|cy|cy+en` on a command that writes a document (issue 22); without it, the tender's own setting
    (set in the app, or by `set_document_language`)."""
    parser.add_argument("--language", type=document_language_arg, metavar="{en,cy,cy+en}", default=None,
                        help="the document's language: en (English), cy (Welsh) or cy+en (both in one file, Welsh "
                             "first); default: the tender's setting")


def _language_note(language: str) -> str:
    names = {"cy": " In Welsh.", "cy+en": " In Welsh and English (Welsh first)."}
    return names.get(language, "")


def own_signing_key(args: argparse.Namespace, ws: Workspace) -> SigningKey:
    """Your own key. The first time it is made naming --signer-name, else the person signed in (--as).
    Later, the certificate must name whoever --signer-name or --as says is signing."""
    from coopeval.services.reports import writing as reports

    person = ws.person.name if ws.person is not None else None
    return reports.user_signing_key(args.signer_name or person, args.signer_role, args.council,
                                    insist=bool(args.signer_name or getattr(args, "as_name", None)))


def _verify(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from coopeval.services.reports.writing import verify_report

    report = verify_report(args.pdf, trust=args.trust, workspace=args.workspace)
    print(f"{args.pdf.name}", file=out)
    if report.tender:
        print(f"  tender {report.tender}, made from audit head {report.audit_head}", file=out)
    if report.signer:
        print(f"  signed by {report.signer}, at {report.signed_at}", file=out)
    for check in report.checks:
        print(f"  {'ok  ' if check.ok else 'FAIL'} {check.name}: {check.message}", file=out)
    if report.ok:
        print("All checks passed.", file=out)
        return EXIT_OK
    print(f"coopeval: verification failed: {', '.join(report.failed)}.", file=err)
    return EXIT_FAILED


def _summaries(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from coopeval.services.reports.writing import write_summaries

    # Opened for editing only when forced: writing anyway is recorded in the audit log.
    with Workspace.open(args.file, read_only=not args.force) as ws:
        sign_in_from_args(ws, args)
        paths = write_summaries(ws, args.tender, args.out_dir, force=args.force, language=args.language)
    for line in paths.checks.lines():
        print(f"coopeval: warning: {line}", file=err)
    for warning in paths.checks.warnings:
        print(f"coopeval: warning: {warning.message}", file=err)
    for path in paths:
        print(f"Wrote {path}", file=out)
    return EXIT_OK


def _export(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from coopeval.services.reports.writing import export_tender

    with Workspace.open(args.file, read_only=True) as ws:
        sign_in_from_args(ws, args)
        paths = export_tender(ws, args.tender, args.fmt, args.out)
    for path in paths:
        print(f"Wrote {path}", file=out)
    return EXIT_OK


def _cert_export(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from coopeval.services.reports.writing import export_user_certificate

    refuse_overwrite(args.out, args.overwrite)
    path, fingerprint = export_user_certificate(args.out)
    print(f"Wrote {path}. SHA-256 fingerprint {fingerprint}; give the file to whoever checks your reports, and "
          "confirm the fingerprint with them another way (phone, in person).", file=out)
    return EXIT_OK


def _cert_new(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from coopeval.services.reports.writing import new_user_signing_key

    made = new_user_signing_key(args.name, args.role, args.council)
    kept = f" Your previous key is kept in {made.replaced}, so reports it signed still verify." if made.replaced else ""
    print(f"Made a signing certificate for {made.label}. SHA-256 fingerprint {made.fingerprint}.{kept} Export it with "
          "`coopeval signing-cert export` for whoever checks your reports.", file=out)
    return EXIT_OK

"""`coopeval records bundle` and `coopeval records verify`: the tender's record as one signed, checkable file
(PA 2023 s.98; docs/records-bundle.md).

A bundle holds a signed moderation report and a signed manifest, so it is always signed: with neither --sign nor
--self-signed it is signed with your own CoopEval key (--self-signed), as the Report page does. Writing a bundle
records a `records_bundle` event in the workspace's audit log, so the workspace is opened for writing (close it in
the app first if the app holds it).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TextIO

from coopeval.cli.common import EXIT_FAILED, EXIT_OK, add_identity_options, sign_in_from_args
from coopeval.cli.reports import add_signing_options, own_signing_key, signing_key_from_args
from coopeval.services.reports.destinations import refuse_overwrite
from coopeval.services.workspace import Workspace


def add_commands(commands: argparse._SubParsersAction) -> None:
    """`records bundle` and `records verify`."""
    records = commands.add_parser("records", help="the tender's record as one signed file: write a records bundle, "
                                                  "or check one")
    sub = records.add_subparsers(dest="records_command", metavar="ACTION", required=True)

    bundle = sub.add_parser("bundle", help="write a signed-off tender's records bundle (.zip): the signed report, "
                                           "summaries, tender JSON, audit log, frameworks, kept files and a signed "
                                           "manifest")
    bundle.add_argument("file", type=Path, metavar="WORKSPACE")
    bundle.add_argument("--tender", required=True, metavar="REF")
    bundle.add_argument("--out", required=True, type=Path, metavar="BUNDLE.zip")
    add_signing_options(bundle)
    bundle.add_argument("--overwrite", action="store_true", help="replace --out if it exists")
    add_identity_options(bundle)
    bundle.set_defaults(handler=_bundle)

    check = sub.add_parser("verify", help="check a records bundle: the manifest's signature, every file's SHA-256, "
                                          "nothing missing or added, and the report inside")
    check.add_argument("bundle", type=Path, metavar="BUNDLE.zip")
    check.add_argument("--trust", type=Path, action="append", default=[], metavar="CERT.pem",
                       help="a certificate to trust (repeatable); default: your own CoopEval certificate")
    check.set_defaults(handler=_verify)


def _bundle(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from coopeval.services.records.bundle import write_bundle

    refuse_overwrite(args.out, args.overwrite, workspace=args.file)
    if not args.sign:
        args.self_signed = True  # a bundle is always signed: by default with your own CoopEval key
    key = signing_key_from_args(args)
    with Workspace.open(args.file) as ws:
        sign_in_from_args(ws, args)
        if key is None:
            key = own_signing_key(args, ws)
        view = write_bundle(ws, args.tender, args.out, key=key)
    print(f"Wrote {view.path}: {len(view.entries)} files and a signed manifest, signed by {view.signed_by}.", file=out)
    for entry in view.entries:
        print(f"  {entry.size:>12,}  {entry.name}", file=out)
    print(f"Manifest SHA-256 {view.manifest_sha256}; audit head {view.audit_head}.", file=out)
    print(f"Retention: {view.retention.text}.", file=out)
    return EXIT_OK


def _verify(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from coopeval.services.records.verify import verify_bundle

    report = verify_bundle(args.bundle, trust=args.trust)
    print(args.bundle.name, file=out)
    for check in report.checks:
        print(f"  {'ok  ' if check.ok else 'FAIL'} {check.name}: {check.detail}", file=out)
    if report.ok:
        print("All checks passed.", file=out)
        return EXIT_OK
    print(f"coopeval: the bundle did not verify: {len(report.problems)} problem(s).", file=err)
    for problem in report.problems:
        print(f"  {problem}", file=err)
    return EXIT_FAILED

"""`coopeval` commands on workspace files: tenders, results, check, audit, backups, tender JSON, demo.

Commands that only read open the workspace read-only, so they work while the app has it open, and
need no sign-in; what blindness hides (results while a tender is in evaluation, score content in
the audit log) the services hide from them too. Commands that change a workspace (backups restore,
tender import) and `tender export` (a complete copy of a tender, scores included) take --as NAME
(cli/common.py). `demo` builds a new workspace with its own people, so it needs no --as.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from coopeval.cli.common import (
    EXIT_FAILED,
    EXIT_OK,
    PASSPHRASE_ENV,
    add_identity_options,
    print_json,
    require_as,
    secret,
    sign_in_from_args,
)
from coopeval.services.reports.destinations import refuse_overwrite
from coopeval.services.workspace import Workspace


def add_commands(commands: argparse._SubParsersAction) -> None:
    tenders = commands.add_parser("tenders", help="list a workspace's tenders, one a line")
    tenders.add_argument("file", type=Path, metavar="FILE")
    tenders.add_argument("--json", action="store_true")
    tenders.set_defaults(handler=_tenders)

    results = commands.add_parser("results", help="ranking, totals, subtotals, thresholds and sensitivity")
    results.add_argument("file", type=Path, metavar="FILE")
    results.add_argument("--tender", required=True, metavar="REF")
    results.add_argument("--json", action="store_true")
    results.set_defaults(handler=_results)

    check = commands.add_parser("check", help="integrity, schema version, lock holder and audit head")
    check.add_argument("file", type=Path, metavar="FILE")
    check.set_defaults(handler=_check)

    audit_cmd = commands.add_parser("audit", help="verify or list the audit log")
    audit_sub = audit_cmd.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    verify = audit_sub.add_parser("verify", help="check the hash chain and that every record matches it")
    verify.add_argument("file", type=Path, metavar="FILE")
    verify.add_argument("--expect", metavar="HEAD", help="a head hash recorded earlier that must still be in the chain")
    verify.set_defaults(handler=_audit_verify)
    log = audit_sub.add_parser("log", help="the history, newest last, with before → after")
    log.add_argument("file", type=Path, metavar="FILE")
    log.add_argument("--tender", metavar="REF")
    log.set_defaults(handler=_audit_log)

    backups = commands.add_parser("backups", help="list or restore backups")
    backups_sub = backups.add_subparsers(dest="backups_command", metavar="ACTION", required=True)
    listing = backups_sub.add_parser("list", help="backups of a workspace, newest first")
    listing.add_argument("file", type=Path, metavar="FILE")
    listing.set_defaults(handler=_backups_list)
    restore = backups_sub.add_parser("restore", help="replace a workspace with a backup (the current file is backed up first)")
    restore.add_argument("file", type=Path, metavar="FILE")
    restore.add_argument("backup", type=Path, metavar="BACKUP")
    restore.add_argument("--other-workspace", action="store_true",
                         help="restore even though BACKUP is a copy of a different workspace (the current file is kept)")
    add_identity_options(restore)
    restore.set_defaults(handler=_backups_restore)

    tender = commands.add_parser("tender", help="export or import one tender as JSON")
    tender_sub = tender.add_subparsers(dest="tender_command", metavar="ACTION", required=True)
    export = tender_sub.add_parser("export", help="write one tender completely as JSON")
    export.add_argument("file", type=Path, metavar="FILE")
    export.add_argument("--tender", required=True, metavar="REF")
    export.add_argument("--out", required=True, type=Path, metavar="TENDER.json")
    export.add_argument("--overwrite", action="store_true", help="replace --out if it exists")
    add_identity_options(export)
    export.set_defaults(handler=_tender_export)
    imp = tender_sub.add_parser("import", help="read a tender from JSON, all or nothing",
                                description="Read a tender from JSON into FILE, all or nothing. Into a new FILE, "
                                "the person named by --as becomes its first officer and is shown the workspace's "
                                "recovery code once.")
    imp.add_argument("file", type=Path, metavar="FILE")
    imp.add_argument("json_file", type=Path, metavar="TENDER.json")
    imp.add_argument("--progress", action="store_true",
                     help="report progress on standard error (the default when it is a terminal)")
    add_identity_options(imp)
    imp.set_defaults(handler=_tender_import)

    demo = commands.add_parser("demo", help="build the demo workspace")
    demo.add_argument("file", type=Path, metavar="FILE")
    demo.set_defaults(handler=_demo)


def _tenders(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from coopeval.services.tender_list import tender_summaries

    with Workspace.open(args.file, read_only=True) as ws:
        rows = [s.as_json() for s in tender_summaries(ws)]
    if args.json:
        print_json(rows, out)
    else:
        for r in rows:
            print(f"{r['reference']}\t{r['status']}\t{r['title']}\t{r['bids']} bids\t{r['scored']}/{r['to_score']} scored", file=out)
    return EXIT_OK


def _results(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from coopeval.services.results.compute import results_json, tender_results

    with Workspace.open(args.file, read_only=True) as ws:
        data = results_json(tender_results(ws, args.tender))
    if args.json:
        print_json(data, out)
        return EXIT_OK
    label = "PROVISIONAL" if data["provisional"] else "FINAL"
    print(f"Results for {data['tender']} ({data['status']}) — {label}", file=out)
    if data["provisional"]:
        print("Provisional: from consensus where agreed, otherwise medians of individual scores and committed quantities.", file=out)
    if data["section_weight_warning"]:
        print(f"Warning: {data['section_weight_warning']}", file=out)
    print(f"{'rank':<5}{'bid':<14}{'total /100':>11}{'tender pts':>12}  name", file=out)
    for r in data["ranking"]:
        rank = "–" if r["rank"] is None else str(r["rank"])
        note = f"  (fails minimum: {', '.join(r['failed_thresholds'])})" if r["failed_thresholds"] else ""
        print(f"{rank:<5}{r['bid']:<14}{r['total']:>11}{r['tender_points']:>12}  {r['name']}{note}", file=out)
        for theme, value in r["by_theme"].items():
            print(f"{'':<19}{value:>11}  {theme}", file=out)
    s = data["sensitivity"]
    if s["holds"]:
        print("Sensitivity: first place holds when any one weight moves by ±25%.", file=out)
    else:
        hinges = "; ".join(f"{h['measure']} {h['change']} → {', '.join(h['leaders'])}" for h in s["hinges_on"])
        print(f"Sensitivity: first place hinges on {hinges}.", file=out)
    return EXIT_OK


def _check(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from coopeval.services.maintenance.check import check_workspace

    report = check_workspace(args.file)
    for line in report.lines:
        print(line, file=out)
    return EXIT_OK if report.ok else EXIT_FAILED


def _audit_verify(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from coopeval.services.maintenance.audit import verify_audit_file

    report = verify_audit_file(args.file, expect=args.expect)
    if report.ok:
        print(f"Audit chain intact: {report.events} events. Head {report.head}", file=out)
        return EXIT_OK
    for problem in report.problems:
        print(f"{args.file.name}: {problem}", file=err)
    return EXIT_FAILED


def _audit_log(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from coopeval.services.maintenance.audit import audit_log_file

    for line in audit_log_file(args.file, args.tender):  # an unknown --tender is an error, not an empty history
        print(line, file=out)
    return EXIT_OK


def _backups_list(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from coopeval.services.maintenance.backups import backups_folder, list_backups

    found = list_backups(args.file)
    if not found:
        print(f"No backups of {args.file.name} in {backups_folder(args.file)}.", file=out)
    for b in found:
        print(f"{b.name}\t{b.taken_at}\t{b.reason}\t{b.size:,} bytes", file=out)
    return EXIT_OK


def _backups_restore(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from coopeval.services.maintenance.backups import NotThisWorkspaceError, restore

    _sign_in_to_restore(args)
    try:  # a backup that is the workspace itself, a pack or an unrelated database is refused
        safety = restore(args.file, args.backup, accept_other=args.other_workspace)
    except NotThisWorkspaceError as exc:
        print(str(exc), file=err)
        if exc.may_confirm:
            print(f"If you really mean to replace {args.file.name} with it, run the command again with "
                  "--other-workspace; the current file is kept in the backups folder first.", file=err)
        return EXIT_FAILED
    print(f"Restored {args.file.name} from {args.backup.name}." +
          (f" The file it replaced was kept as {safety.name}." if safety else ""), file=out)
    return EXIT_OK


def _sign_in_to_restore(args: argparse.Namespace) -> None:
    """Replacing a workspace is an officer's act: the person named by --as signs in on the workspace
    being replaced (or, when it is gone, on the backup) and must be an officer there."""
    from coopeval.domain.errors import CoopEvalError
    from coopeval.domain.identity import OFFICER
    from coopeval.services.maintenance.backups import backups_folder

    target = args.file
    if not target.exists():
        target = args.backup if args.backup.is_absolute() or args.backup.exists() else \
            backups_folder(args.file) / args.backup
    with Workspace.open(target, read_only=True) as ws:
        actor = sign_in_from_args(ws, args)
    if OFFICER not in actor.roles:
        raise CoopEvalError(f"Only a workspace officer may restore a backup; {actor.name} is not an officer of "
                            f"{target.name}.")


def _tender_export(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from coopeval.services.interchange.tender_json import write_tender_json

    refuse_overwrite(args.out, args.overwrite, workspace=args.file)
    with Workspace.open(args.file, read_only=True) as ws:
        sign_in_from_args(ws, args)
        path = write_tender_json(ws, args.tender, args.out)
    print(f"Wrote {path}.", file=out)
    return EXIT_OK


def _tender_import(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from coopeval.cli.people import first_officer, print_recovery_code
    from coopeval.services.interchange.tender_json import import_tender_into, read_tender_json

    report = _progress_printer(err) if args.progress or err.isatty() else None
    if report is not None:
        report(0, 0, f"reading and checking {args.json_file.name}")
    document = read_tender_json(args.json_file)  # validated before any workspace is created or opened
    recovery: list[str] = []
    new_passphrase = None
    if args.as_name and not args.file.exists():  # asked for before anything is created
        new_passphrase = secret(PASSPHRASE_ENV, f"Choose a passphrase for {args.as_name}: ", twice=True)

    def sign_in(ws: Workspace, created: bool) -> None:
        if created and new_passphrase is not None:
            recovery.append(first_officer(ws, require_as(args), new_passphrase))
        else:
            sign_in_from_args(ws, args)

    # A workspace created for this import is removed again if the import is refused or fails.
    view = import_tender_into(args.file, document, source_name=args.json_file.name, sign_in=sign_in, progress=report)
    if report is not None:
        report(0, 0, "")  # ends the progress line
    print(f"Imported tender {view.reference} into {args.file}.", file=out)
    if recovery:
        print_recovery_code(args.file, require_as(args), recovery[0], out)
    return EXIT_OK


def _progress_printer(err: TextIO) -> Callable[[int, int, str], None]:
    """progress(done, total, what) on `err`: one line rewritten in place on a terminal, else a line
    per step (at most one a second within a step); total 0 is a step without a count."""
    tty = err.isatty()
    shown_what, shown_at, shown_width = [""], [0.0], [0]

    def report(done: int, total: int, what: str) -> None:
        now = time.monotonic()
        if what == shown_what[0] and 0 < done < total and now - shown_at[0] < (0.1 if tty else 1.0):
            return
        text = f"{what}: {done:,} of {total:,}" if total else (f"{what}…" if what else "")
        if tty:
            print("\r" + text.ljust(shown_width[0]), end="" if what else "\n", file=err, flush=True)
        elif text:
            print(text, file=err, flush=True)
        shown_what[0], shown_at[0], shown_width[0] = what, now, len(text)

    return report


def _demo(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from coopeval.services.demo import build_demo, demo_people

    path = build_demo(args.file)
    print(f"Built the demo workspace {path}.", file=out)
    print("Its people and their passphrases (for trying CoopEval out only; never use these for real work):",
          file=out)
    for name, what, passphrase in demo_people():
        print(f"  {name} ({what}): {passphrase}", file=out)
    officer, _, passphrase = demo_people()[0]
    print(f"Commands that change it take --as NAME with the passphrase in {PASSPHRASE_ENV}, for example: "
          f"{PASSPHRASE_ENV}='{passphrase}' coopeval people add {path.name} \"New Person\" --as \"{officer}\"",
          file=out)
    return EXIT_OK

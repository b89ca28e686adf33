"""The command line: the same services the desktop app uses, for scripts and officers.

Every command prints what a user can act on and exits non-zero on failure; errors a user can cause
never show a traceback.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any, TextIO

from coopeval import __version__
from coopeval.crashlog import plain_message, record_unexpected
from coopeval.domain.coverage import coverage
from coopeval.domain.errors import CoopEvalError, InvalidFileError
from coopeval.domain.framework import Framework
from coopeval.domain.framework_loader import load_framework
from coopeval.domain.vocab import ICA_IDENTIFIERS, TOMS_THEMES

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="coopeval",
        description="Score the co-operative social value of tender bids. With no command, opens the "
        "desktop app: coopeval [FILE] [--demo] [--read-only] [--exit-after-startup]. "
        "`coopeval --selftest` checks an installation end to end.",
    )
    parser.add_argument("--version", action="version", version=f"CoopEval {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    fw = commands.add_parser("frameworks", help="validate, show and import scoring frameworks")
    fw_commands = fw.add_subparsers(dest="fw_command", metavar="ACTION", required=True)

    validate = fw_commands.add_parser("validate", help="check framework files; list every problem")
    validate.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    validate.set_defaults(handler=_validate)

    show = fw_commands.add_parser("show", help="print a framework's themes, outcomes and measures")
    show.add_argument("path", type=Path, metavar="PATH")
    show.add_argument("--json", action="store_true", help="print the whole framework as JSON")
    show.set_defaults(handler=_show)

    cov = fw_commands.add_parser("coverage", help="which ICA identifiers and TOMs themes are covered")
    cov.add_argument("path", type=Path, metavar="PATH")
    cov.set_defaults(handler=_coverage)

    imp = fw_commands.add_parser(
        "import-table", help="turn a council's measures spreadsheet (.xlsx or .csv) into a framework file"
    )
    imp.add_argument("path", type=Path, metavar="FILE")
    imp.add_argument("--out", type=Path, required=True, metavar="FRAMEWORK.toml")
    imp.add_argument("--licence", required=True, help="the licence the council holds the measures under")
    imp.add_argument("--source", required=True, help="where the measures come from")
    imp.add_argument("--id", dest="framework_id", help="framework id (default: from the file name)")
    imp.add_argument("--name", help="framework name (default: from the file name)")
    imp.add_argument("--version", dest="fw_version", default="1.0.0", help="framework version (default 1.0.0)")
    imp.add_argument("--sheet", help="worksheet to read (default: the first)")
    imp.add_argument("--method", default="relative", choices=["relative", "target", "banded", "record_only"],
                     help="scoring method for rows without a method column (default relative)")
    imp.add_argument("--overwrite", action="store_true", help="replace --out if it exists")
    imp.set_defaults(handler=_import_table)

    from coopeval import cli_packs, cli_reports, cli_workspace

    cli_workspace.add_commands(commands)
    cli_reports.add_commands(commands)
    cli_packs.add_commands(commands)
    return parser


def command_names() -> list[str]:
    parser = build_parser()
    for action in parser._actions:  # noqa: SLF001 - argparse keeps subcommands here
        if isinstance(action, argparse._SubParsersAction):
            return list(action.choices)
    return []


def main(argv: Sequence[str] | None = None, *, out: TextIO | None = None, err: TextIO | None = None) -> int:
    out = out or sys.stdout
    err = err or sys.stderr
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.handler(args, out, err)
    except InvalidFileError as exc:
        for problem in exc.problems:
            print(problem, file=err)
        return EXIT_FAILED
    except CoopEvalError as exc:
        print(f"coopeval: {exc}", file=err)
        return EXIT_FAILED
    except BrokenPipeError:
        # The reader (e.g. `head`) went away; that is not an error of ours.
        sys.stderr = open(os.devnull, "w")  # noqa: SIM115 - silence the flush at exit
        return EXIT_OK
    except KeyboardInterrupt:
        print("coopeval: interrupted", file=err)
        return 130
    except Exception as exc:  # the one place an unexpected error becomes a plain message
        print(f"coopeval: {plain_message(exc, record_unexpected(exc))}", file=err)
        return 3


def refuse_overwrite(out: Path, overwrite: bool, *, workspace: Path | None = None) -> None:
    """An --out that would replace a workspace, or (without --overwrite) any existing file, is refused."""
    from coopeval.storage.sqlite import looks_like_sqlite

    out = Path(out).expanduser().absolute()
    if workspace is not None and out.exists() and Path(workspace).exists() and out.samefile(workspace):
        raise CoopEvalError(f"--out {out.name} is the workspace itself; nothing was written. Choose another file name.")
    if out.is_file() and looks_like_sqlite(out):
        raise CoopEvalError(f"{out} is a CoopEval workspace, pack or other database; it was not replaced. "
                            "Choose another file name.")
    if out.exists() and not out.is_dir() and not overwrite:
        raise CoopEvalError(f"{out} already exists and was not replaced; choose another name, or add --overwrite.")


def _validate(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    failed = False
    for path in args.paths:
        try:
            fw = load_framework(path)
        except InvalidFileError as exc:
            failed = True
            for problem in exc.problems:
                print(problem, file=err)
            continue
        print(f"{path}: valid ({fw.info.id} {fw.info.version}, {len(fw.measures())} measures)", file=out)
    return EXIT_FAILED if failed else EXIT_OK


def _show(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    fw = load_framework(args.path)
    if args.json:
        json.dump(framework_json(fw), out, indent=2, ensure_ascii=False, default=_json_number)
        out.write("\n")
        return EXIT_OK
    info = fw.info
    print(f"{info.name} ({info.id} {info.version})", file=out)
    print(f"Licence: {info.licence}. Source: {info.source}", file=out)
    for theme in fw.themes:
        print(f"\n{theme.id}  {theme.name}", file=out)
        for outcome in theme.outcomes:
            print(f"  {outcome.id}  {outcome.name}", file=out)
            for m in outcome.measures:
                detail = m.type if not m.is_quantitative else f"{m.unit}, {m.method}"
                print(f"    {m.code}  {m.title}  [{detail}]", file=out)
    for s in fw.sets:
        print(f"\nSet '{s.name}': {len(s.measures)} measures. {s.description}", file=out)
    return EXIT_OK


def framework_json(fw: Framework) -> dict[str, Any]:
    """The whole framework as one JSON-ready object; every measure carries every field."""
    return fw.model_dump(mode="python")


def _json_number(value: Any) -> Any:
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    raise TypeError(f"cannot write {type(value).__name__} as JSON")


def _coverage(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    fw = load_framework(args.path)
    cov = coverage(fw)
    print(f"{fw.info.name}: ICA co-operative identity", file=out)
    for ident, codes in cov.ica.items():
        mark = ", ".join(codes) if codes else "NOT COVERED"
        print(f"  {ident:<22} {ICA_IDENTIFIERS[ident]:<48} {mark}", file=out)
    print("National TOMs themes (crosswalk)", file=out)
    for theme, codes in cov.toms.items():
        mark = ", ".join(codes) if codes else "NOT COVERED"
        print(f"  {theme:<22} {TOMS_THEMES[theme]:<48} {mark}", file=out)
    if cov.complete:
        print("Every ICA identifier and TOMs theme is covered.", file=out)
        return EXIT_OK
    missing = list(cov.uncovered_ica) + list(cov.uncovered_toms)
    print(f"Not covered: {', '.join(missing)}", file=err)
    return EXIT_FAILED


def _import_table(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from coopeval.services.table_import import import_table

    summary = import_table(
        args.path, args.out, licence=args.licence, source=args.source,
        framework_id=args.framework_id, name=args.name, version=args.fw_version,
        sheet=args.sheet, default_method=args.method, overwrite=args.overwrite,
    )
    for note in summary.notes:
        print(f"Note: {note}", file=err)
    print(f"Wrote {summary.out}: {summary.measures} measures in {summary.themes} themes.", file=out)
    return EXIT_OK

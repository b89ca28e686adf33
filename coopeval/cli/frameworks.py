"""`coopeval frameworks …`: validate, show and check the coverage of framework files, and turn a
council's measures spreadsheet into one."""

from __future__ import annotations

import argparse
from decimal import Decimal
from pathlib import Path
from typing import Any, TextIO

from coopeval.cli.common import EXIT_FAILED, EXIT_OK, print_json
from coopeval.domain.coverage import coverage
from coopeval.domain.errors import InvalidFileError
from coopeval.domain.framework import Framework
from coopeval.domain.framework_loader import load_framework
from coopeval.domain.vocab import ICA_IDENTIFIERS, TOMS_THEMES


def add_commands(commands: argparse._SubParsersAction) -> None:
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
        print_json(framework_json(fw), out, default=_json_number)
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
    from coopeval.services.setup.table_import import import_table

    summary = import_table(
        args.path, args.out, licence=args.licence, source=args.source,
        framework_id=args.framework_id, name=args.name, version=args.fw_version,
        sheet=args.sheet, default_method=args.method, overwrite=args.overwrite,
    )
    for note in summary.notes:
        print(f"Note: {note}", file=err)
    print(f"Wrote {summary.out}: {summary.measures} measures in {summary.themes} themes.", file=out)
    return EXIT_OK

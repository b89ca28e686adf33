"""The council's spend (issue 20): `spend import WORKSPACE SPEND.csv [--mapping NAME|FILE.toml] [--skip-bad-lines]
[--dry-run] --as NAME` imports a published spend file (only the lines not already held), `spend mappings WORKSPACE`
lists the saved column mappings and `spend imports WORKSPACE` the files imported so far."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TextIO

from coopeval.cli.common import EXIT_FAILED, EXIT_OK, add_identity_options, print_json, sign_in_from_args
from coopeval.services.workspace import Workspace


def add_commands(commands: argparse._SubParsersAction) -> None:
    p = commands.add_parser("spend", help="the council's published spend: import a spend file, list imports and "
                            "column mappings")
    sub = p.add_subparsers(dest="spend_command", metavar="COMMAND", required=True)

    imp = sub.add_parser("import", help="import a spend CSV (payments over £500); lines already held are not added "
                         "again")
    imp.add_argument("file", type=Path, metavar="WORKSPACE")
    imp.add_argument("spend_file", type=Path, metavar="SPEND.csv")
    imp.add_argument("--mapping", metavar="NAME|FILE.toml",
                     help="which columns hold what, when the headers are not recognised: a saved mapping's name, or "
                     "a TOML file (saved under its name when used)")
    imp.add_argument("--skip-bad-lines", action="store_true",
                     help="import the good lines and leave out those with problems (they are counted and named in "
                     "the audit log); without it a file with any problem is refused whole")
    imp.add_argument("--dry-run", action="store_true", help="show what importing would do; change nothing")
    imp.add_argument("--json", action="store_true", help="print the result as JSON")
    add_identity_options(imp)
    imp.set_defaults(handler=_import)

    maps = sub.add_parser("mappings", help="list the saved column mappings")
    maps.add_argument("file", type=Path, metavar="WORKSPACE")
    maps.add_argument("--json", action="store_true", help="print the mappings as JSON")
    maps.set_defaults(handler=_mappings)

    listed = sub.add_parser("imports", help="list the spend files imported, newest first")
    listed.add_argument("file", type=Path, metavar="WORKSPACE")
    listed.add_argument("--json", action="store_true", help="print the imports as JSON")
    listed.set_defaults(handler=_imports)


def pounds(pence: int) -> str:
    sign = "-" if pence < 0 else ""
    return f"{sign}£{abs(pence) // 100:,}.{abs(pence) % 100:02d}"


def _uk(iso: str | None) -> str:
    from coopeval.domain.dates import date_text

    return date_text(iso) if iso else "–"


def _import(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    import dataclasses

    from coopeval.services.spend import imports, mappings

    if args.dry_run:
        with Workspace.open(args.file, read_only=True) as ws:
            mapping = mappings.resolve_mapping(ws, args.mapping)
            preview = imports.preview_spend(ws, args.spend_file, mapping=mapping)
        if args.json:
            print_json(dataclasses.asdict(preview), out)
        return _print_preview(preview, args, out, err)
    with Workspace.open(args.file) as ws:
        mapping = mappings.resolve_mapping(ws, args.mapping)
        sign_in_from_args(ws, args)
        view, _ = imports.import_spend(ws, args.spend_file, mapping=mapping, skip_bad_lines=args.skip_bad_lines)
    if args.json:
        print_json(dataclasses.asdict(view), out)
        return EXIT_OK
    if not view.lines_added:
        print(f"{view.file_name}: nothing new; all {view.lines_already:,} line(s) are already in the workspace.",
              file=out)
        return EXIT_OK
    print(f"Imported {view.file_name} (import {view.id}): {view.lines_added:,} new line(s), "
          f"{pounds(view.added_pence)}, paid {_uk(view.first_paid)} to {_uk(view.last_paid)}; "
          f"{view.lines_already:,} already held.", file=out)
    if view.lines_refused:
        print(f"Left out {view.lines_refused:,} line(s) with problems (named in the audit log).", file=out)
    print(f"Suppliers matched with the registers: {view.matched:,}; waiting for review: {view.candidates:,}.",
          file=out)
    return EXIT_OK


def _print_preview(preview, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:  # noqa: ANN001
    if preview.file_problem:
        if not args.json:
            print(f"coopeval: {preview.file_name}: {preview.file_problem}", file=err)
        return EXIT_FAILED
    if preview.mapping is None:
        if not args.json:
            found = ", ".join(repr(h) for h in preview.headers if h) or "none"
            print(f"coopeval: {preview.file_name}: the columns were not recognised (headers found: {found}); give "
                  "--mapping NAME or --mapping FILE.toml.", file=err)
        return EXIT_FAILED
    if args.json:
        return EXIT_OK if not preview.problems or args.skip_bad_lines else EXIT_FAILED
    print(f"{preview.file_name} (read as {preview.encoding}): {preview.lines_read:,} line(s) read, "
          f"{preview.good_lines:,} good, {preview.new_lines:,} new ({pounds(preview.new_pence)}, paid "
          f"{_uk(preview.first_paid)} to {_uk(preview.last_paid)}), {preview.already:,} already held.", file=out)
    columns = ", ".join(f"{field} = {header!r}" for field, header in preview.mapping.columns.items())
    print(f"Columns: {columns}.", file=out)
    for problem in preview.problems:
        print(problem.message, file=out)
    if preview.problems and not args.skip_bad_lines:
        print(f"{len(preview.problems):,} line(s) have problems: the file would be refused; correct them, or add "
              "--skip-bad-lines to import without them.", file=out)
        return EXIT_FAILED
    print("Dry run: nothing was changed.", file=out)
    return EXIT_OK


def _mappings(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    import dataclasses

    from coopeval.services.spend import mappings

    with Workspace.open(args.file, read_only=True) as ws:
        listed = mappings.list_mappings(ws)
    if args.json:
        print_json([dataclasses.asdict(m) for m in listed], out)
        return EXIT_OK
    if not listed:
        print("No column mappings saved yet.", file=out)
    for m in listed:
        print(f"{m.name}: " + ", ".join(f"{field} = {header!r}" for field, header in m.columns.items()), file=out)
    return EXIT_OK


def _imports(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    import dataclasses

    from coopeval.services.spend import imports

    with Workspace.open(args.file, read_only=True) as ws:
        listed = imports.list_spend_imports(ws)
    if args.json:
        print_json([dataclasses.asdict(v) for v in listed], out)
        return EXIT_OK
    if not listed:
        print("No spend imported yet.", file=out)
    for v in listed:
        refused = f", {v.lines_refused:,} left out" if v.lines_refused else ""
        print(f"{v.id}  {v.file_name}  {v.lines_added:,} line(s) {pounds(v.added_pence)}  paid {_uk(v.first_paid)} "
              f"to {_uk(v.last_paid)}{refused}  imported {_uk(v.imported_at[:10])} by {v.imported_by or '–'}",
              file=out)
    return EXIT_OK

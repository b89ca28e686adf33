"""`coopeval frameworks …`: validate, show and check the coverage of framework files, and turn a
council's measures spreadsheet into one."""

from __future__ import annotations

import argparse
import textwrap
from decimal import Decimal
from pathlib import Path
from typing import Any, TextIO

from coopeval.cli.common import EXIT_FAILED, EXIT_OK, print_json
from coopeval.domain.coverage import coverage
from coopeval.domain.errors import InvalidFileError
from coopeval.domain.framework import REGISTERS, Framework, Measure, RecordField
from coopeval.domain.framework_loader import load_framework
from coopeval.domain.vocab import ICA_IDENTIFIERS, NPPS_PRIORITIES, PPN002_OUTCOMES, TOMS_THEMES


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

    cov = fw_commands.add_parser("coverage", help="which ICA identifiers and TOMs themes are covered, "
                                                   "s.52 suitability and the PPN 002 and NPPS crosswalks")
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
        print(f"{path}: valid ({fw.info.id} {fw.info.version}, {_counts(fw)})", file=out)
    return EXIT_FAILED if failed else EXIT_OK


def _counts(fw: Framework) -> str:
    """'5 measures' for a format-1 file; format 2 also counts quality companions and record fields apart."""
    if fw.format == 1:
        return f"{len(fw.measures())} measures"
    companions = sum(m.companion for _, _, m in fw.measures())
    return (f"format {fw.format}, {len(fw.measures()) - companions} measures, {_plural(companions, 'quality companion')}, "
            f"{len(fw.record_fields)} record fields")


def _plural(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def companion_codes(fw: Framework) -> set[str]:
    return {m.code for _, _, m in fw.measures() if m.companion}


def s52_text(m: Measure) -> str:
    if m.s52_kpi is None:
        return "not stated"
    return "suits a s.52 KPI" if m.s52_kpi else "does not suit a s.52 KPI"


def _wrapped(label: str, text: str, indent: str) -> list[str]:
    body = " ".join(text.split())
    return textwrap.wrap(f"{label}: {body}", width=100, initial_indent=indent, subsequent_indent=indent + "  ")


def measure_lines(m: Measure, indent: str = "      ") -> list[str]:
    """What format 2 says of a measure, one fact a line (nothing for a format-1 measure)."""
    lines: list[str] = []
    if m.contract_clause:
        lines += _wrapped("Contract clause", m.contract_clause, indent)
    if m.s52_kpi is not None or m.s52_note:
        lines += _wrapped("s.52", s52_text(m) + (f". {m.s52_note}" if m.s52_note else ""), indent)
    crosswalks = [f"PPN 002 {', '.join(m.ppn002)}" if m.ppn002 else "",
                  f"NPPS {', '.join(m.npps)}" if m.npps else ""]
    if any(crosswalks):
        lines.append(f"{indent}Crosswalks: {'; '.join(c for c in crosswalks if c)}")
    return lines


def record_field_lines(f: RecordField) -> list[str]:
    facts = [f.kind, f"role {f.role}"] + (["with evidence"] if f.evidence else [])
    if f.public_register:
        facts.append(f"register: {REGISTERS[f.public_register]}")
    lines = [f"  {f.code}  {f.title}  [{', '.join(facts)}]"]
    for choice in f.choices:
        lines.append(f"      - {choice}{'  (democratic)' if choice in f.democratic else ''}")
    return lines


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
                if m.companion:
                    detail += "; quality companion"
                print(f"    {m.code}  {m.title}  [{detail}]", file=out)
                for line in measure_lines(m):
                    print(line, file=out)
    if fw.record_fields:
        print("\nRecord fields (never scored)", file=out)
        for f in fw.record_fields:
            for line in record_field_lines(f):
                print(line, file=out)
    for s in fw.sets:
        suits = f" Suits {', '.join(s.suits)}." if s.suits else ""
        print(f"\nSet '{s.name}': {len(s.measures)} measures.{suits} {s.description}".rstrip(), file=out)
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
    # Quality companions are service quality, not co-operative value: they cover nothing here.
    companions = companion_codes(fw)
    ica = {k: tuple(c for c in codes if c not in companions) for k, codes in cov.ica.items()}
    toms = {k: tuple(c for c in codes if c not in companions) for k, codes in cov.toms.items()}
    measures = [m for _, _, m in fw.measures() if not m.companion]
    print(f"{fw.info.name}: {len(measures)} measures"
          + (f" and {_plural(len(companions), 'quality companion')} ({', '.join(sorted(companions))}), not counted below"
             if companions else ""), file=out)
    print("ICA co-operative identity", file=out)
    _table(ica, ICA_IDENTIFIERS, "NOT COVERED", out)
    print("National TOMs themes (crosswalk)", file=out)
    _table(toms, TOMS_THEMES, "NOT COVERED", out)
    if fw.format >= 2:
        print("PPN 002 Social Value Model outcomes (crosswalk; reported, not required)", file=out)
        _table(_touched(measures, "ppn002", PPN002_OUTCOMES), PPN002_OUTCOMES, "not touched", out, 24)
        print("National Procurement Policy Statement priorities (crosswalk; reported, not required)", file=out)
        _table(_touched(measures, "npps", NPPS_PRIORITIES), NPPS_PRIORITIES, "not touched", out, 24)
        suits = [m.code for m in measures if m.s52_kpi is True]
        not_suits = [m.code for m in measures if m.s52_kpi is False]
        unstated = [m.code for m in measures if m.s52_kpi is None]
        print(f"PA 2023 s.52 KPIs: {_plural(len(suits), 'measure')} suit, {len(not_suits)} do not, "
              f"{len(unstated)} not stated{' (' + ', '.join(unstated) + ')' if unstated else ''}", file=out)
    missing = [k for k, codes in ica.items() if not codes] + [k for k, codes in toms.items() if not codes]
    if not missing:
        print("Every ICA identifier and TOMs theme is covered.", file=out)
        return EXIT_OK
    print(f"Not covered: {', '.join(missing)}", file=err)
    return EXIT_FAILED


def _touched(measures: list[Measure], key: str, vocabulary: dict[str, str]) -> dict[str, tuple[str, ...]]:
    found: dict[str, list[str]] = {k: [] for k in vocabulary}
    for m in measures:
        for ident in dict.fromkeys(getattr(m, key)):
            found[ident].append(m.code)
    return {k: tuple(v) for k, v in found.items()}


def _table(codes_by_id: dict[str, tuple[str, ...]], names: dict[str, str], empty: str, out: TextIO,
           width: int = 22) -> None:
    for ident, codes in codes_by_id.items():
        name = names[ident] if len(names[ident]) <= 48 else names[ident][:47] + "…"  # the identifier says the rest
        print(f"  {ident:<{width}} {name:<48} {', '.join(codes) if codes else empty}", file=out)


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

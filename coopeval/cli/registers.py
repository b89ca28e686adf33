"""Registers of co-operative and democratic businesses and the council's suppliers (issue 20).

`registers import WORKSPACE FILE.csv --kind coops-uk|fca-mutuals|custom [--source TEXT] --as NAME` imports a
register the council downloaded and matches the suppliers; `registers list WORKSPACE` lists the imports.

`matches list WORKSPACE [--review] [--status S] [--search TEXT] [--json]` lists the suppliers and what is known of
each (with --review: the candidates waiting for a person, largest spend first); `matches accept|reject WORKSPACE
MATCH_ID [--reason TEXT]` decides a candidate; `matches pick WORKSPACE SUPPLIER --entry ID --reason TEXT` matches a
supplier to an entry found with `matches search WORKSPACE TEXT`; `matches set WORKSPACE SUPPLIER --model M
--democratic yes|no --evidence TEXT` decides by hand; `matches history WORKSPACE SUPPLIER` shows every decision.
SUPPLIER is the supplier's name as the spend gives it (or its key). Changing commands take --as NAME.
"""

from __future__ import annotations

import argparse
import dataclasses
from decimal import Decimal
from pathlib import Path
from typing import Any, TextIO

from coopeval.cli.common import EXIT_OK, add_identity_options, print_json, sign_in_from_args
from coopeval.domain.registers import KINDS, MODELS
from coopeval.services.workspace import Workspace


def add_commands(commands: argparse._SubParsersAction) -> None:
    _add_registers(commands)
    _add_matches(commands)


# --- registers ----------------------------------------------------------------------------------------------------


def _add_registers(commands: argparse._SubParsersAction) -> None:
    p = commands.add_parser("registers", help="registers of co-operative and democratic businesses: import one, list "
                            "those imported")
    sub = p.add_subparsers(dest="registers_command", metavar="COMMAND", required=True)
    imp = sub.add_parser("import", help="import a register the council downloaded and match the suppliers to it")
    imp.add_argument("file", type=Path, metavar="WORKSPACE")
    imp.add_argument("register_file", type=Path, metavar="FILE.csv")
    imp.add_argument("--kind", required=True, choices=tuple(KINDS),
                     help="coops-uk (Co-operatives UK open data), fca-mutuals (an FCA Mutuals Public Register "
                     "extract) or custom (the council's own list: Name, Number, Ownership model, Democratic)")
    imp.add_argument("--source", default="", metavar="TEXT", help="where and when the file was downloaded")
    imp.add_argument("--json", action="store_true", help="print the import as JSON")
    add_identity_options(imp)
    imp.set_defaults(handler=_import)
    listed = sub.add_parser("list", help="list the registers imported; the latest of each kind is current")
    listed.add_argument("file", type=Path, metavar="WORKSPACE")
    listed.add_argument("--json", action="store_true", help="print the imports as JSON")
    listed.set_defaults(handler=_list_imports)


def _import(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from coopeval.services.registers import imports

    with Workspace.open(args.file) as ws:
        sign_in_from_args(ws, args)
        view, _ = imports.import_register(ws, args.register_file, kind=args.kind, source=args.source)
    if args.json:
        print_json(dataclasses.asdict(view), out)
        return EXIT_OK
    if view.unchanged:
        print(f"{view.file_name} is already the current {view.kind} register (imported {view.imported_at[:10]}): "
              "nothing new, nothing written.", file=out)
        return EXIT_OK
    print(f"Imported {view.file_name} as the {view.kind} register: {view.entries:,} entries, {view.live_entries:,} "
          f"live (read as {view.encoding}).", file=out)
    print(f"Matched {view.matched:,} supplier(s) automatically; {view.candidates:,} candidate(s) wait for review "
          "(coopeval matches list WORKSPACE --review).", file=out)
    if view.notes:
        print(f"{len(view.notes):,} note(s):", file=out)
        for note in view.notes:
            print(f"  {note}", file=out)
    return EXIT_OK


def _list_imports(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from coopeval.services.registers import imports

    with Workspace.open(args.file, read_only=True) as ws:
        listed = imports.list_register_imports(ws)
    if args.json:
        print_json({"imports": [dataclasses.asdict(v) for v in listed]}, out)
        return EXIT_OK
    if not listed:
        print("No register imported yet: coopeval registers import WORKSPACE FILE.csv --kind KIND --as NAME.",
              file=out)
        return EXIT_OK
    for v in listed:
        mark = "current" if v.current else "earlier"
        source = f"; source: {v.source}" if v.source else ""
        print(f"{v.id}  {v.kind}  {v.file_name}  {v.entries:,} entries ({v.live_entries:,} live)  "
              f"{v.imported_at[:10]} by {v.imported_by or '?'}  {mark}{source}", file=out)
    return EXIT_OK


# --- matches ------------------------------------------------------------------------------------------------------


def _add_matches(commands: argparse._SubParsersAction) -> None:
    p = commands.add_parser("matches", help="which suppliers are co-operative or democratic: list, review candidates, "
                            "decide by hand")
    sub = p.add_subparsers(dest="matches_command", metavar="COMMAND", required=True)

    listed = sub.add_parser("list", help="the suppliers and what is known of each, largest spend first")
    listed.add_argument("file", type=Path, metavar="WORKSPACE")
    listed.add_argument("--review", action="store_true", help="only the candidates waiting for a person")
    listed.add_argument("--status", choices=("democratic", "not-democratic", "awaiting-review", "unmatched"))
    listed.add_argument("--search", default="", metavar="TEXT", help="only suppliers whose name holds TEXT")
    listed.add_argument("--limit", type=int, default=200, metavar="N", help="at most N suppliers (default 200)")
    listed.add_argument("--json", action="store_true", help="print as JSON")
    listed.set_defaults(handler=_list_matches)

    for name, helptext in (("accept", "accept a candidate: it applies and the supplier's other candidates are "
                                      "rejected"),
                           ("reject", "reject a candidate: it is never proposed again")):
        d = sub.add_parser(name, help=helptext)
        d.add_argument("file", type=Path, metavar="WORKSPACE")
        d.add_argument("match_id", type=int, metavar="MATCH_ID")
        d.add_argument("--reason", default="", metavar="TEXT")
        d.add_argument("--json", action="store_true", help="print the decision as JSON")
        add_identity_options(d)
        d.set_defaults(handler=_decide, decision=name)

    pick = sub.add_parser("pick", help="match a supplier to a register entry of your choosing")
    pick.add_argument("file", type=Path, metavar="WORKSPACE")
    pick.add_argument("supplier", metavar="SUPPLIER", help="the supplier's name as the spend gives it")
    pick.add_argument("--entry", type=int, required=True, metavar="ID", help="the entry (see matches search)")
    pick.add_argument("--reason", required=True, metavar="TEXT")
    pick.add_argument("--json", action="store_true", help="print the decision as JSON")
    add_identity_options(pick)
    pick.set_defaults(handler=_pick)

    hand = sub.add_parser("set", help="set a supplier's ownership model by hand, with the evidence")
    hand.add_argument("file", type=Path, metavar="WORKSPACE")
    hand.add_argument("supplier", metavar="SUPPLIER", help="the supplier's name as the spend gives it")
    hand.add_argument("--model", required=True, choices=MODELS, metavar="MODEL",
                      help="one of: " + ", ".join(MODELS))
    hand.add_argument("--democratic", required=True, choices=("yes", "no"),
                      help="whether it counts as co-operative or democratic")
    hand.add_argument("--evidence", required=True, metavar="TEXT", help="what shows it (rules, register, deed…)")
    hand.add_argument("--json", action="store_true", help="print the decision as JSON")
    add_identity_options(hand)
    hand.set_defaults(handler=_set)

    search = sub.add_parser("search", help="find register entries by name or number (for matches pick)")
    search.add_argument("file", type=Path, metavar="WORKSPACE")
    search.add_argument("text", metavar="TEXT")
    search.add_argument("--json", action="store_true", help="print as JSON")
    search.set_defaults(handler=_search)

    history = sub.add_parser("history", help="every decision about a supplier, oldest first, with who made it")
    history.add_argument("file", type=Path, metavar="WORKSPACE")
    history.add_argument("supplier", metavar="SUPPLIER")
    history.add_argument("--json", action="store_true", help="print as JSON")
    history.set_defaults(handler=_history)


def _money(pence: int) -> str:
    from coopeval.domain.numbers import money_text

    return money_text(Decimal(pence) / 100)


def _entry_text(entry: Any) -> str:
    if entry is None:
        return "set by hand"
    number = f" ({entry.number})" if entry.number else ""
    dead = "" if entry.live else f", dissolved {entry.dissolved_on or ''}".rstrip()
    return f"{entry.name}{number} [{entry.kind}{dead}]"


def _list_matches(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from coopeval.services.registers import matching

    with Workspace.open(args.file, read_only=True) as ws:
        if args.review:
            items = matching.review_queue(ws, limit=args.limit)
            if args.json:
                print_json({"review": [dataclasses.asdict(i) for i in items]}, out)
                return EXIT_OK
            if not items:
                print("No candidates wait for review.", file=out)
            for item in items:
                number = f" ({item.company_number})" if item.company_number else ""
                print(f"{item.supplier_name}{number}: {item.lines:,} line(s), {_money(item.spend_pence)}", file=out)
                for c in item.candidates:
                    score = f"score {c.score}" if c.score is not None else ""
                    print(f"  match {c.id}: {_entry_text(c.entry)}  {c.model}, "
                          f"{'democratic' if c.democratic else 'not democratic'}  by {c.method} {score}".rstrip(),
                          file=out)
            return EXIT_OK
        found = matching.suppliers(ws, status=args.status, search=args.search, limit=args.limit)
    if args.json:
        print_json({"suppliers": [dataclasses.asdict(s) for s in found]}, out)
        return EXIT_OK
    if not found:
        print("No suppliers to show.", file=out)
    for s in found:
        how = ""
        if s.applied is not None:
            how = f"  {s.model}: {_entry_text(s.applied.entry)} by {s.applied.method}"
        print(f"{s.supplier_name}  {_money(s.spend_pence)}  {s.status}{how}", file=out)
    return EXIT_OK


def _print_decision(view: Any, args: argparse.Namespace, out: TextIO) -> int:
    if args.json:
        print_json(dataclasses.asdict(view), out)
        return EXIT_OK
    print(f"Match {view.id}: {view.supplier_name} → {_entry_text(view.entry)}: {view.status} ({view.method}); "
          f"{view.model or 'no model'}, {'democratic' if view.democratic else 'not democratic'}.", file=out)
    return EXIT_OK


def _decide(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from coopeval.services.registers import matching

    with Workspace.open(args.file) as ws:
        sign_in_from_args(ws, args)
        decide = matching.accept_candidate if args.decision == "accept" else matching.reject_candidate
        view, _ = decide(ws, args.match_id, args.reason)
    return _print_decision(view, args, out)


def _pick(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from coopeval.services.registers import matching

    with Workspace.open(args.file) as ws:
        sign_in_from_args(ws, args)
        view, _ = matching.pick_entry(ws, matching.supplier_key_of(args.supplier), args.entry, args.reason)
    return _print_decision(view, args, out)


def _set(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from coopeval.services.registers import matching

    with Workspace.open(args.file) as ws:
        sign_in_from_args(ws, args)
        view, _ = matching.set_by_hand(ws, matching.supplier_key_of(args.supplier), model=args.model,
                                       democratic=args.democratic == "yes", evidence=args.evidence)
    return _print_decision(view, args, out)


def _search(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from coopeval.services.registers import matching

    with Workspace.open(args.file, read_only=True) as ws:
        found = matching.search_entries(ws, args.text)
    if args.json:
        print_json({"entries": [dataclasses.asdict(e) for e in found]}, out)
        return EXIT_OK
    if not found:
        print("No entry of the current registers comes close.", file=out)
    for e in found:
        trading = f" (trading as {e.trading_name})" if e.trading_name else ""
        print(f"entry {e.id}: {_entry_text(e)}{trading}  {e.model}", file=out)
    return EXIT_OK


def _history(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from coopeval.services.registers import matching

    with Workspace.open(args.file, read_only=True) as ws:
        found = matching.supplier_history(ws, matching.supplier_key_of(args.supplier))
    if args.json:
        print_json({"history": [dataclasses.asdict(v) for v in found]}, out)
        return EXIT_OK
    if not found:
        print("No decision about this supplier yet.", file=out)
    for v in found:
        why = f"  “{v.evidence}”" if v.evidence else ""
        print(f"match {v.id}  {v.made_at[:10]}  {v.made_by or '?'}  {v.method} {v.status}: "
              f"{_entry_text(v.entry)}{why}", file=out)
    return EXIT_OK

"""Matching many suppliers at once: look-ups in chunks (SQLite limits the values of one IN list) still find every
supplier, and a common word does not swamp the fuzzy candidates."""

from __future__ import annotations

from pathlib import Path

from coopeval.domain.names import normalise_name
from coopeval.services.registers import imports, matching
from coopeval.services.workspace import Workspace
from tests.helpers.supplier_spend import add_spend

WORDS = ["ash", "birch", "cedar", "elm", "fern", "hazel", "larch", "oak", "pine", "rowan", "willow", "yew"]


def name(i: int) -> str:
    return f"{WORDS[i % 12].title()}{i} {WORDS[(i // 12) % 12].title()} Bakers"


def test_more_suppliers_than_one_query_takes_are_all_matched(tmp_path: Path) -> None:
    count = 2_100
    register = tmp_path / "own.csv"
    register.write_text("Name,Number,Ownership model\n" + "".join(
        f"{name(i)} Co-operative Ltd,{90_000_000 + i},worker co-operative\n" for i in range(count)), encoding="utf-8")
    with Workspace.create(tmp_path / "w.coopeval", actor="officer") as ws:
        imports.import_register(ws, register, kind="custom")
        lines: list[tuple[str, int] | tuple[str, int, str]] = [(name(i), 100 + i) for i in range(count)]
        lines.append(("Nobody Bakers Ltd", 5))
        add_spend(ws, lines)
        keys = [normalise_name(line[0]) for line in lines]
        with ws.writing() as session:
            summary = matching.match_suppliers(ws, session, keys)
        assert (summary.matched, summary.candidates) == (0, count)  # "X Bakers" is close to "X Bakers Co-op", no more
        queue = matching.review_queue(ws, limit=5)
        assert [item.supplier_name for item in queue] == [name(i) for i in range(count - 1, count - 6, -1)]
        assert all(len(item.candidates) == 1 for item in queue)
        assert [s.status for s in matching.suppliers(ws, search="nobody")] == ["unmatched"]

"""`UntrustedDatabase.rows`: SQLite checks every value's type in one pass, and only when a value may
be wrong does the Python check run, to name it. Both must give the same rows, and the same refusal."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from coopeval.storage import untrusted
from coopeval.storage.tables import ScoreRow, TenderRow
from coopeval.storage.untrusted import UntrustedFileError, open_untrusted
from coopeval.storage.workspace_file import create_at_revision, head_revision

SCORE = ("INSERT INTO score (id, member_id, bid_id, measure_id, value, abstained, abstain_reason, rationale, "
         "evidence_refs, status, created_at, updated_at, submitted_at) VALUES ")


def file_with(tmp_path: Path, *sql: str) -> Path:
    path = tmp_path / "file.sqlite"
    create_at_revision(path, head_revision())
    con = sqlite3.connect(path)
    con.execute("PRAGMA foreign_keys = OFF")
    for statement in sql:
        con.execute(statement)
    con.commit()
    con.close()
    return path


def slow_rows(db: untrusted.UntrustedDatabase, model: type) -> list[dict]:
    """What the value-by-value Python check alone reads."""
    table, present = model.__tablename__, db.columns(model.__tablename__)
    kinds = {c: untrusted._kind(model.model_fields[c].annotation) for c in present}
    cols = ", ".join(f'"{c}"' for c in present)
    raw = db._con.execute(f'SELECT {cols} FROM "{table}" ORDER BY rowid').fetchall()
    return [{c: untrusted._checked(v, kinds[c], "x") for c, v in zip(present, values)} for values in raw]


def test_checked_rows_read_as_the_python_check_reads_them(tmp_path: Path) -> None:
    path = file_with(tmp_path,
                     SCORE + "(1, 1, 2, 3, 4, 0, '', 'Good, é and tab\t', '', 'draft', 'a', 'b', NULL)",
                     SCORE + "(2, 1, 2, 4, NULL, 1, 'Conflict', 'R', 'p. 4', 'submitted', 'a', 'b', 'c')")
    with open_untrusted(path, what="test file") as db:
        rows = db.rows(ScoreRow)
        assert rows == slow_rows(db, ScoreRow)
        assert [type(r["abstained"]) for r in rows] == [bool, bool]
        assert [r["abstained"] for r in rows] == [False, True]
        assert rows[1]["value"] is None and rows[0]["rationale"] == "Good, é and tab\t"


@pytest.mark.parametrize(("values", "message"), [
    ("(1, 1, 2, 3, 'four', 0, '', 'R', '', 'draft', 'a', 'b', NULL)", "score row 1, value holds text of 4 characters, not a whole number"),
    ("(1, 1, 2, 3, 4, 2, '', 'R', '', 'draft', 'a', 'b', NULL)", "score row 1, abstained holds a int, not true or false"),
    ("(1, 1, 2, 3, 4.5, 0, '', 'R', '', 'draft', 'a', 'b', NULL)", "score row 1, value holds a float, not a whole number"),
    ("(1, 1, 2, 3, 4, 0, '', X'00ff', '', 'draft', 'a', 'b', NULL)", "score row 1, rationale holds 2 bytes of binary data"),
    ("(1, 1, 2, 3, 4, 0, '', 'R', '', 'draft', 'a', 'b', X'01')", "score row 1, submitted_at holds 1 bytes of binary data"),
])
def test_a_wrong_value_is_named_as_before(tmp_path: Path, values: str, message: str) -> None:
    path = file_with(tmp_path, SCORE + "(9, 1, 2, 5, 1, 0, '', 'fine', '', 'draft', 'a', 'b', NULL)", SCORE + values)
    with open_untrusted(path, what="test file") as db, pytest.raises(UntrustedFileError) as refused:
        db.rows(ScoreRow)
    assert message in str(refused.value)  # rows in rowid order: the bad one (id 1) first


def test_text_beyond_the_limit_in_characters_is_refused_and_at_it_is_read(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(untrusted, "MAX_TEXT", 6)
    path = file_with(tmp_path, SCORE + "(1, 1, 2, 3, 4, 0, '', 'éééééé', '', 'draft', 'a', 'b', NULL)")
    with open_untrusted(path, what="test file") as db:  # 12 bytes, 6 characters: the exact check reads it
        assert db.rows(ScoreRow)[0]["rationale"] == "éééééé"
    path.unlink()
    path = file_with(tmp_path, SCORE + "(1, 1, 2, 3, 4, 0, '', 'abcdefg', '', 'draft', 'a', 'b', NULL)")
    with open_untrusted(path, what="test file") as db, pytest.raises(UntrustedFileError, match="text of 7 characters"):
        db.rows(ScoreRow)


def test_an_empty_table_reads_as_no_rows(tmp_path: Path) -> None:
    with open_untrusted(file_with(tmp_path), what="test file") as db:
        assert db.rows(TenderRow) == []

"""A re-score is written with a prebuilt text UPDATE (issue 16): the row it leaves is the row SQLAlchemy's typed
UPDATE of the score table left — the same values of the same SQLite types (`abstained` 1/0, NULL for no value, the
time as text) — and it still matches its last audit event, as `coopeval check` and pack import compare them."""

from __future__ import annotations

import pytest
from sqlalchemy import update

from coopeval.services.evaluation import scores as evaluation
from coopeval.services.workspace import Workspace
from coopeval.storage import audit
from coopeval.storage.tables import ScoreRow
from tests.helpers.workspaces import raw, staged_file

WHY = "Strengths: a named lead and a timetable. Weaknesses: no measure of success."
COLUMNS = tuple(ScoreRow.model_fields)


def stored(path, score_id: int) -> list[tuple[str, object]]:
    """Each column of the score row as SQLite holds it: (its type, its value)."""
    con = raw(path)
    try:
        picks = ", ".join(f"typeof({c}), {c}" for c in COLUMNS)
        row = con.execute(f"SELECT {picks} FROM score WHERE id = ?", (score_id,)).fetchone()
    finally:
        con.close()
    return [(row[i], row[i + 1]) for i in range(0, len(row), 2)]


# (first save, re-save): every kind of change the UPDATE makes, including to and from an abstention and no value.
CHANGES = [
    ({"value": 3, "rationale": WHY}, {"value": 4, "rationale": WHY + " More."}),
    ({"value": 3, "rationale": WHY}, {"abstain": True, "abstain_reason": "I know the bidder.", "rationale": ""}),
    ({"abstain": True, "abstain_reason": "I know the bidder."}, {"value": 2, "rationale": WHY,
                                                                 "evidence_refs": "p. 4"}),
    ({"value": 5}, {"value": None, "rationale": "Not yet."}),
]


@pytest.mark.parametrize(("first", "then"), CHANGES)
def test_a_rescore_stores_what_the_typed_update_stored(tmp_path_factory, tmp_path, first, then):
    paths = [tmp_path / "text.coopeval", tmp_path / "typed.coopeval"]
    t = staged_file(tmp_path_factory, paths[0], "evaluation")
    staged_file(tmp_path_factory, paths[1], "evaluation")
    bid = t.bids[0]
    with Workspace.open(paths[0], actor="officer") as ws:
        evaluation.save_score(ws, t.evaluator, bid, t.qualitative, **first)
        view, _ = evaluation.save_score(ws, t.evaluator, bid, t.qualitative, **then)
        with ws.reading() as session:
            report = audit.verify(session)
        assert report.ok, report.problems
    ours = stored(paths[0], view.id)
    # The same content through SQLAlchemy's typed UPDATE, as it was written before the text statement.
    with Workspace.open(paths[1], actor="officer") as ws:
        evaluation.save_score(ws, t.evaluator, bid, t.qualitative, **first)
        content = {"value": None if then.get("abstain") else then.get("value"),
                   "abstained": bool(then.get("abstain", False)),
                   "abstain_reason": then.get("abstain_reason", "") if then.get("abstain") else "",
                   "rationale": then.get("rationale", ""), "evidence_refs": then.get("evidence_refs", "")}
        updated_at = ours[COLUMNS.index("updated_at")][1]
        with ws.writing() as session:
            table = ScoreRow.__table__  # type: ignore[attr-defined]
            session.execute(update(table).where(table.c.id == view.id).values(**content, updated_at=updated_at))
    theirs = stored(paths[1], view.id)
    differ = {c: (a, b) for c, a, b in zip(COLUMNS, ours, theirs) if a != b and c != "created_at"}
    assert differ == {}
    assert ours[COLUMNS.index("abstained")] == ("integer", int(bool(then.get("abstain", False))))
    assert ours[COLUMNS.index("updated_at")][0] == "text"

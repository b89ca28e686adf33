"""The Qt table models as adapters, tested without a window (the Vorta habit): each is fed the views
a service returns for a real workspace file, checked by Qt's own model tester, and read back cell by
cell."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QModelIndex, Qt

from coopeval.services.moderation import view as moderation_view
from coopeval.services.setup import tenders
from coopeval.services.signoff.view import Signature
from coopeval.services.workspace import Workspace
from coopeval.ui.moderation.grid_model import ModerationGridModel
from coopeval.ui.setup.weights_model import WeightsTableModel
from coopeval.ui.signoff.signatures import MEMBER, ROUND, STATEMENT, SignatureTableModel
from tests.helpers.workspaces import WEIGHTS, build, create_workspace, draft_tender

DISPLAY = Qt.ItemDataRole.DisplayRole


def cells(model, column: int) -> list:
    return [model.data(model.index(row, column), DISPLAY) for row in range(model.rowCount())]


def test_weights_model_shows_each_measure_and_sends_an_edit_to_its_save(qtmodeltester, tmp_path):
    with create_workspace(tmp_path / "w.coopeval") as ws:
        t = draft_tender(ws)
        measures = tenders.list_measures(ws, t.id)
    saved = []
    model = WeightsTableModel(lambda measure, field, value: saved.append((measure.code, field, value)) or True)
    model.set_measures(measures, editable=True)
    qtmodeltester.check(model)
    assert model.rowCount() == len(measures) == len(WEIGHTS)
    assert model.total() == sum(Decimal(w) for w in WEIGHTS)
    editable = [c for c in range(model.columnCount()) if model.flags(model.index(0, c)) & Qt.ItemFlag.ItemIsEditable]
    assert editable, "a draft tender's weights can be edited in the table"
    assert model.setData(model.index(0, editable[0]), "25", Qt.ItemDataRole.EditRole)
    assert saved and saved[0][0] == measures[0].code and saved[0][2] == "25"
    model.set_measures(measures, editable=False)
    assert not any(model.flags(model.index(0, c)) & Qt.ItemFlag.ItemIsEditable for c in range(model.columnCount()))


def test_signature_model_lists_every_round_as_given(qtmodeltester):
    rows = [Signature("Cal Jones", "chair", 2, "Confirmed after reopening.", "2026-11-25T19:58:23.000000Z"),
            Signature("Ann Lee", "evaluator", 1, "I scored alone.", "2026-11-20T09:00:00.000000Z")]
    model = SignatureTableModel()
    model.set_signatures(rows)
    qtmodeltester.check(model)
    assert model.rowCount() == 2 and model.rowCount(model.index(0, 0)) == 0  # a table, not a tree
    assert cells(model, MEMBER) == ["Cal Jones", "Ann Lee"]
    assert [str(c) for c in cells(model, ROUND)] == ["2", "1"]
    assert cells(model, STATEMENT) == ["Confirmed after reopening.", "I scored alone."]
    model.set_signatures([])
    assert model.rowCount() == 0


def test_moderation_grid_model_has_a_cell_for_every_measure_and_bid(qtmodeltester, tmp_path):
    t = build(tmp_path / "m.coopeval", "moderation")
    with Workspace.open(tmp_path / "m.coopeval", read_only=True) as ws:
        grid = moderation_view.moderation_grid(ws, t.id)
    model = ModerationGridModel()
    model.set_grid(grid)
    qtmodeltester.check(model)
    keys = model.keys()
    assert len(keys) == len(t.measures) * len(t.bids)
    assert {key for key in keys} == {(b, m) for b in t.bids for m in t.measures}
    first = model.index_of(keys[0])
    assert first.isValid() and model.item_at(first).key == keys[0]
    assert not model.index_of(None).isValid()
    model.set_grid(None)
    assert model.rowCount() == 0 and model.keys() == [] and model.rowCount(QModelIndex()) == 0

"""Where panel members stand on conflicts of interest, built from the real panel services on a real
workspace file: who still has to declare, what awaits resolution, who is excluded from what."""

from __future__ import annotations

from pathlib import Path

from coopeval.domain.scales import load_scales
from coopeval.paths import resources_dir
from coopeval.services.bids import entry as bids
from coopeval.services.panel import members as panel
from coopeval.services.panel.standing import panel_standing
from coopeval.services.setup import tenders
from coopeval.services.workspace import Workspace


def test_standing_follows_declarations_and_resolutions(tmp_path: Path):
    scale = load_scales(resources_dir() / "scales.toml")["0-5"]
    with Workspace.create(tmp_path / "w.coopeval", actor="grace") as ws:
        tender, _ = tenders.create_tender(ws, reference="T1", title="Meals", scale=scale)
        a, _ = bids.add_bid(ws, tender.id, identifier="A", legal_name="Alpha Co-op")
        b, _ = bids.add_bid(ws, tender.id, identifier="B", legal_name="Beta Ltd")
        ann, _ = panel.add_member(ws, tender.id, name="Ann", role="evaluator")
        bob, _ = panel.add_member(ws, tender.id, name="Bob", role="evaluator")

        s = panel_standing(ws, tender.id)
        assert [m.name for m in s.to_declare] == ["Ann", "Bob"] and s.awaiting == ()
        assert all(m.visible_bids == () for m in s.members)

        panel.declare(ws, ann.id, interest="none")
        panel.declare(ws, bob.id, interest="none")
        interest, _ = panel.declare(ws, bob.id, interest="financial", nature="actual", details="Brother", bid_id=b.id)
        s = panel_standing(ws, tender.id)
        ann_s, bob_s = s.members
        assert s.to_declare == () and [d.id for d in s.awaiting] == [interest.id]
        assert ann_s.declared_none and set(ann_s.visible_bids) == {a.id, b.id}
        assert [d.id for d in bob_s.awaiting] == [interest.id] and bob_s.visible_bids == (a.id,)

        panel.resolve(ws, interest.id, resolution="excluded", note="No part in Beta")
        bob_s = panel_standing(ws, tender.id).members[1]
        assert bob_s.awaiting == () and bob_s.excluded_bids == (b.id,) and not bob_s.excluded_from_tender
        assert bob_s.visible_bids == tuple(panel.visible_bids(ws, bob.id)) == (a.id,)

        panel.declare(ws, ann.id, interest="personal", nature="perceived", details="Knows Alpha's chair")
        s = panel_standing(ws, tender.id)
        assert len(s.register) == 4 and not s.register[0].current and s.register[0].superseded_by == s.register[3].id
        assert not s.members[0].declared_none and s.members[0].visible_bids == ()
        panel.resolve(ws, s.register[3].id, resolution="excluded")
        assert panel_standing(ws, tender.id).members[0].excluded_from_tender


def test_a_member_who_declared_only_an_interest_in_one_bid_has_declared(tmp_path: Path):
    """The register holds only what was declared, and the Panel page counts the member as declared:
    the bid the interest concerns waits for the officer, the others are visible."""
    scale = load_scales(resources_dir() / "scales.toml")["0-5"]
    with Workspace.create(tmp_path / "w.coopeval", actor="grace") as ws:
        tender, _ = tenders.create_tender(ws, reference="T1", title="Meals", scale=scale)
        a, _ = bids.add_bid(ws, tender.id, identifier="A", legal_name="Alpha Co-op")
        b, _ = bids.add_bid(ws, tender.id, identifier="B", legal_name="Beta Ltd")
        cat, _ = panel.add_member(ws, tender.id, name="Cat", role="evaluator")
        interest, _ = panel.declare(ws, cat.id, interest="professional", nature="potential",
                                    details="Advised Beta last year", bid_id=b.id)
        s = panel_standing(ws, tender.id)
        (cat_s,) = s.members
        assert s.to_declare == () and cat_s.declared and not cat_s.declared_none
        assert [d.id for d in s.register] == [interest.id]
        assert cat_s.visible_bids == (a.id,) and [d.id for d in cat_s.awaiting] == [interest.id]
        assert panel.has_declared(s.register) and not panel.has_declared([])


def test_visible_bids_of_many_members_agrees_with_one_at_a_time(tmp_path: Path):
    """The Panel page reads every member's visible bids in one go (`visible_bids_of`): the same bids, in the
    same order, as asking member by member, through each kind of declaration and a withdrawn bid."""
    scale = load_scales(resources_dir() / "scales.toml")["0-5"]
    with Workspace.create(tmp_path / "w.coopeval", actor="grace") as ws:
        tender, _ = tenders.create_tender(ws, reference="T1", title="Meals", scale=scale)
        a, _ = bids.add_bid(ws, tender.id, identifier="A", legal_name="Alpha Co-op")
        b, _ = bids.add_bid(ws, tender.id, identifier="B", legal_name="Beta Ltd")
        c, _ = bids.add_bid(ws, tender.id, identifier="C", legal_name="Gamma CIC")
        ann, _ = panel.add_member(ws, tender.id, name="Ann", role="evaluator")
        bob, _ = panel.add_member(ws, tender.id, name="Bob", role="evaluator")
        cat, _ = panel.add_member(ws, tender.id, name="Cat", role="evaluator")
        ids = [ann.id, bob.id, cat.id]

        def agree() -> dict[int, list[int]]:
            together = panel.visible_bids_of(ws, ids)
            assert together == {m: panel.visible_bids(ws, m) for m in ids}
            return together

        assert agree() == {ann.id: [], bob.id: [], cat.id: []}  # nobody has declared
        panel.declare(ws, ann.id, interest="none")
        interest, _ = panel.declare(ws, bob.id, interest="financial", nature="actual", details="Brother", bid_id=b.id)
        assert agree() == {ann.id: [a.id, b.id, c.id], bob.id: [a.id, c.id], cat.id: []}
        panel.resolve(ws, interest.id, resolution="excluded", note="No part in Beta")
        panel.declare(ws, cat.id, interest="personal", nature="perceived", details="Knows everyone")
        assert agree() == {ann.id: [a.id, b.id, c.id], bob.id: [a.id, c.id], cat.id: []}
        bids.withdraw_bid(ws, c.id, reason="Pulled out")
        assert agree() == {ann.id: [a.id, b.id], bob.id: [a.id], cat.id: []}

"""An awarded tender for the after-award tests (issue 19): tender T1 signed off (tests/helpers/workspaces.py), then
awarded to one of its bids through the award service (`award.record_award`), which seeds the contract's commitments."""

from __future__ import annotations

from pathlib import Path

import pytest

from coopeval.services.delivery import award
from coopeval.services.delivery.views import AwardView
from coopeval.services.workspace import Workspace
from tests.helpers.workspaces import BuiltTender, build, staged_file

NOTICE, START, END = "2027-03-01", "2027-04-15", "2029-04-14"  # a two-year contract starting mid-quarter
VALUE = "1,250,000"


def awarded_tender(tmp_path: Path, *, value: str = VALUE, bid: int = 0,
                   factory: pytest.TempPathFactory | None = None) -> tuple[Workspace, BuiltTender, AwardView]:
    """An open workspace at tmp_path/awarded.coopeval holding T1 awarded to bid number `bid` (0: "IP000") for
    `value` pounds. Close the workspace when done (`with ws:` or `ws.close()`). With `factory` the signed-off
    tender is copied from the session's template instead of built afresh."""
    path = tmp_path / "awarded.coopeval"
    built = staged_file(factory, path, "signed_off") if factory is not None else build(path, "signed_off")
    ws = Workspace.open(path)
    return ws, built, award_built(ws, built, value=value, bid=bid)


def award_built(ws: Workspace, built: BuiltTender, *, value: str = VALUE, bid: int = 0) -> AwardView:
    """Award the signed-off tender `built` in the open `ws` to bid number `bid`, through the award service."""
    view, _ = award.record_award(ws, built.reference, bid=f"IP{bid:03}", notice_date=NOTICE, start_on=START,
                                 end_on=END, value=value)
    return view

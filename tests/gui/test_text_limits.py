"""One-line fields hold their stored field's length limit (coopeval.domain.text.FIELDS), and text
stored before a limit existed is shown whole, never cut to the limit (a save would lose the rest)."""

from __future__ import annotations

from coopeval.domain.text import FIELDS
from coopeval.services.views import BidView
from coopeval.ui.bids.details_form import BidDetailsForm


def _bid(**changes: str) -> BidView:
    base = {"id": 1, "tender_id": 1, "identifier": "IP000", "legal_name": "Vale Co-op", "trading_name": "",
            "address": "", "email": "", "org_form": "", "org_evidence": "", "received_on": None,
            "withdrawn": False, "withdrawn_reason": ""}
    return BidView(**(base | changes))  # type: ignore[arg-type]


def test_bid_form_fields_take_their_limits(qtbot):
    form = BidDetailsForm()
    qtbot.addWidget(form)
    form.load(None)
    assert form.identifier.maxLength() == FIELDS["bid.identifier"].limit
    assert form.legal_name.maxLength() == FIELDS["bid.legal_name"].limit
    assert form.email.maxLength() == FIELDS["bid.email"].limit
    form.legal_name.setText("x" * (FIELDS["bid.legal_name"].limit + 10))
    assert len(form.legal_name.text()) == FIELDS["bid.legal_name"].limit


def test_old_over_long_text_is_shown_whole(qtbot):
    form = BidDetailsForm()
    qtbot.addWidget(form)
    old = "Vale Workers " * 30  # longer than today's limit of 300
    form.load(_bid(legal_name=old))
    assert form.legal_name.text() == old
    assert form.values()["legal_name"] == old
    form.load(_bid())  # the next bid is held to the limit again
    assert form.legal_name.maxLength() == FIELDS["bid.legal_name"].limit

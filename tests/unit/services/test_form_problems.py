"""A form checked by a service reports every problem at once, each naming its field, in the form's
order; the CLI and imports get the same list as the desktop."""

from __future__ import annotations

import pytest

from coopeval.domain.numbers import InputError, Problems
from coopeval.domain.records import RecordAnswer
from coopeval.domain.scales import load_scales
from coopeval.paths import resources_dir
from coopeval.services.bids import entry as bids
from coopeval.services.bids.input import received_on_value
from coopeval.services.setup import tenders
from coopeval.services.workspace import Workspace


@pytest.fixture
def ws(tmp_path):
    with Workspace.create(tmp_path / "unit.coopeval", actor="officer") as workspace:
        yield workspace


@pytest.fixture
def scale():
    return load_scales(resources_dir() / "scales.toml")["0-5"]


def test_problems_collects_then_raises_one_error_with_all():
    problems = Problems()
    assert problems.check(lambda: 3) == 3
    problems.raise_any()  # nothing yet
    assert problems.check(lambda: received_on_value("31/02/2027")) is None
    problems.add("Email: 'x' is not an email address.")
    with pytest.raises(InputError) as caught:
        problems.raise_any()
    assert caught.value.messages == ["Received on: '31/02/2027' is not a date; write it as 10/01/2027 or 10 Jan 2027.",
                                     "Email: 'x' is not an email address."]
    assert str(caught.value) == "\n".join(caught.value.messages)


def test_a_single_problem_reads_as_before():
    error = InputError("Tender title is required.")
    assert str(error) == "Tender title is required." and error.messages == ["Tender title is required."]


def test_bid_details_report_every_problem(ws, scale):
    tender, _ = tenders.create_tender(ws, reference="T1", title="Meals", scale=scale)
    with pytest.raises(InputError) as caught:
        bids.add_bid(ws, tender.id, identifier=" ", legal_name="", email="nobody", received_on="31/02/2027",
                     records=[RecordAnswer("CV-ORG-FORM", "guild")])
    assert caught.value.messages == [
        "Bidder's unique identifier is required.",
        "Bidder's legal name is required.",
        "Email: 'nobody' is not an email address.",
        "Received on: '31/02/2027' is not a date; write it as 10/01/2027 or 10 Jan 2027.",
        caught.value.messages[4],
    ]
    assert caught.value.messages[4].startswith("'CV-ORG-FORM' is not a record field of this tender's frameworks")
    assert bids.list_bids(ws, tender.id) == []


def test_bid_received_on_in_uk_form_is_stored_in_iso(ws, scale):
    tender, _ = tenders.create_tender(ws, reference="T1", title="Meals", scale=scale)
    bid, _ = bids.add_bid(ws, tender.id, identifier="IP1", legal_name="Meadow", received_on="10/01/2027")
    assert bid.received_on == "2027-01-10"
    bid, _ = bids.update_bid(ws, bid.id, received_on="11 January 2027")
    assert bid.received_on == "2027-01-11"


def test_new_tender_reports_every_problem(ws, scale):
    with pytest.raises(InputError) as caught:
        tenders.create_tender(ws, reference="", title=" ", scale=scale, contract_value="lots",
                              duration_months=900, section_weight="0")
    assert caught.value.messages == [
        "Tender reference is required.",
        "Tender title is required.",
        "Contract value (£): 'lots' is not a number.",
        "Contract duration (months) must be between 1 and 600; got 900.",
        "Social value weight must be at least 0.01; got 0.",
    ]
    assert tenders.list_tenders(ws) == []


def test_new_tender_value_in_pounds_as_typed(ws, scale):
    tender, _ = tenders.create_tender(ws, reference="T1", title="Meals", scale=scale, contract_value="£250,000")
    assert tender.contract_value_pence == 25_000_000

"""Numbers in the moderation report as people read them: committed and accepted quantities with
thousands separated ("14,000 hours", not "14000 hours"), the contract value in pounds with its
sign, and points to two places."""

from __future__ import annotations

import dataclasses
import io
from decimal import Decimal

from coopeval.reporting.moderation_report import render_report
from coopeval.reporting.wording import number, points, quantity
from tests.helpers.reports import flat, pdf_pages, synthetic_report


def report_with_large_figures():
    data = synthetic_report(bids_n=2, measures_n=2)
    bid = data.bids[0]
    items = tuple(dataclasses.replace(item, committed="14000", accepted="12500.5", value="12500.5", unit="hours")
                  if item.kind == "quantitative" else item for item in bid.items)
    tender = dataclasses.replace(data.tender, contract_value="£2,100,000.00")
    return dataclasses.replace(data, tender=tender, bids=(dataclasses.replace(bid, items=items), *data.bids[1:]))


def test_the_report_separates_thousands_in_quantities_and_shows_pounds():
    out = io.BytesIO()
    render_report(report_with_large_figures(), out, deterministic=True)
    pages = pdf_pages(out.getvalue())
    text = flat(" ".join(pages))
    assert "Committed: 14,000 hours" in text
    assert "Accepted: 12,500.5 hours" in text
    assert "accepted 12,500.5 —" in text
    assert "14000" not in text and "12500" not in text
    assert "£2,100,000.00" in text



def test_wording_figures():
    assert number(Decimal("14000.50")) == "14,000.5"
    assert number(Decimal("10.00")) == "10"
    assert number("as given") == "as given"
    assert points(Decimal("1234.5")) == "1,234.50"
    assert points(Decimal("83.625")) == "83.63"
    assert quantity("14000") == "14,000"
    assert quantity("2.5") == "2.5"
    assert quantity("none") == "none"
    assert quantity(None) == "" and quantity("") == ""

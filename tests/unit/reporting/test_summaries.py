"""Assessment summaries (Procurement Act 2023 s.50, Regulations 2024 reg. 31): one PDF per bidder with
the criteria, its scores and explanations, sub-totals and total, the same for the highest-scoring
tender on social value, and where it scored lower; what was assessed said exactly (the social value
part, with its weight), never a bid called the most advantageous tender on that part alone; never
another losing bidder's name; safe file names."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from coopeval.domain.errors import CoopEvalError
from coopeval.domain.lifecycle import LifecycleError
from coopeval.domain.progress import Cancelled
from coopeval.services.criteria.whole import whole_result
from coopeval.services.reports import writing as reports
from coopeval.services.reports.data import summary_data
from coopeval.services.workspace import Workspace
from tests.helpers.reports import DEMO_DONE, WELSH, flat, pdf_pages, read_data, synthetic_report, welsh_copy

SAFE = re.compile(r"^[A-Za-z0-9-]+\.pdf$")


def write(path: Path, tender: str, out: Path) -> list[Path]:
    with Workspace.open(path, read_only=True) as ws:
        return reports.write_summaries(ws, tender, out)


def winner_of(path: Path, tender: str, data) -> str:
    """The tender the summaries compare with: the most advantageous tender when the whole result is complete (the
    demo records its other award criteria), else the highest-scoring on social value."""
    with Workspace.open(path, read_only=True) as ws:
        whole = whole_result(ws, tender)
    return whole.most_advantageous if whole.complete and whole.most_advantageous else data.results.leaders[0]


def names_of(bid) -> list[str]:
    return [n for n in (bid.legal_name, bid.trading_name, bid.identifier) if n]


def test_one_summary_per_bidder_with_everything_reg_31_asks_for(demo, tmp_path, run):
    code, out, err = run("summaries", demo, "--tender", DEMO_DONE, "--out-dir", tmp_path / "out")
    assert code == 0, err
    data = read_data(demo, DEMO_DONE)
    files = sorted((tmp_path / "out").iterdir())
    assert len(files) == len([b for b in data.bids if not b.withdrawn]) == 4
    assert all(SAFE.match(f.name) for f in files)
    winner_id = winner_of(demo, DEMO_DONE, data)
    winner = next(b for b in data.bids if b.identifier == winner_id)
    for bid in data.bids:
        summary = next(f for f in files if reports.safe_name(bid.identifier) in f.name)
        text = flat(" ".join(pdf_pages(summary)))
        assert bid.legal_name in text and bid.identifier in text
        assert "Procurement Act 2023, section 50" in text
        # the award criteria: title, relative importance, how scored, scores available
        for m in data.measures:
            assert m.title[:30] in text and f"{m.weight.normalize():f} of 100" in text
        assert "How it is scored" in text and "Scores available" in text and "points = score ÷ 5" in text
        # its score for each criterion, with the explanation, sub-totals and the total
        for item in bid.items:
            assert flat(item.consensus_rationale)[:50] in text
        assert "Sub-totals and total" in text and "Total for social value" in text
        ranked = next(r for r in data.results.ranking if r.identifier == bid.identifier)
        assert f"{ranked.total:.2f} / 100" in text
        # the demo records its other award criteria: the whole result and the most advantageous tender
        assert "Total across all the award criteria" in text and "The other award criteria" in text
        if bid.identifier == winner_id:
            assert "Your tender is the most advantageous tender" in text
            assert "scored better" not in text
        else:
            # the same for the most advantageous tender, named, and why it scored better on each criterion
            assert f"The most advantageous tender: {winner.legal_name}" in text
            assert flat(winner.items[0].consensus_rationale)[:50] in text
            assert "Why the most advantageous tender scored better" in text
            assert "It scored lower than the most advantageous tender on each of these criteria" in text


def test_a_summary_never_names_another_losing_bidder(demo, welsh, tmp_path):
    for path, tender in ((demo, DEMO_DONE), (welsh, WELSH)):
        data = read_data(path, tender)
        winner = winner_of(path, tender, data)
        files = write(path, tender, tmp_path / tender)
        for bid in data.bids:
            summary = next(f for f in files if reports.safe_name(bid.identifier) in f.name)
            text = " ".join(pdf_pages(summary))
            for other in data.bids:
                if other.identifier in (bid.identifier, winner):
                    continue
                for name in names_of(other):
                    assert name not in text, (summary.name, name)


def test_a_quoted_explanation_naming_another_bidder_is_withheld(welsh, tmp_path):
    files = write(welsh, WELSH, tmp_path)
    caffi = next(f for f in files if "Caffi" in f.name)
    text = flat(" ".join(pdf_pages(caffi)))
    assert "Gwannach na [another bidder] ar ymgysylltu" in text
    assert "the name has been withheld" in text
    assert "Gŵyl Fwyd" not in text
    assert "Cwmni Tŷ Coch Cyf" in text  # the most advantageous tender is named (reg. 31)


def test_welsh_names_print_in_summaries_and_file_names_are_safe(welsh, tmp_path):
    files = write(welsh, WELSH, tmp_path)
    assert [f.name for f in files] == [
        "assessment-summary-CYM-2026-007-FCA-4412R-Cwmni-Ty-Coch-Cyf.pdf",
        "assessment-summary-CYM-2026-007-CH-0999123-Gwyl-Fwyd-Lodz-Ltd.pdf",
        "assessment-summary-CYM-2026-007-CIC-5550-Caffi-Sian-CIC.pdf",
    ]
    text = " ".join(pdf_pages(files[1]))
    assert "Gŵyl Fwyd Łódź Ltd" in text and "Cyngor Sir Ynys Môn" in text


@pytest.mark.parametrize("name, expected", [
    ("../../etc/passwd", "etc-passwd"), ("CON", "CON"), ("Tŷ Bwyd / Łódź Ltd.", "Ty-Bwyd-Lodz-Ltd"),
    ("合作社", ""), ("  ", ""), ("a\x00b\nc", "a-b-c"), ("Zoë's café: \"best\" *?<>|", "Zoe-s-cafe-best"),
])
def test_safe_name(name, expected):
    assert reports.safe_name(name) == expected


def test_file_names_stay_safe_and_distinct_whatever_the_names():
    class Bidder:
        def __init__(self, identifier: str, name: str):
            self.identifier, self.name = identifier, name

    bidders = [Bidder("", "../../x"), Bidder("", "合作社"), Bidder("", "合作社"), Bidder("CH 1", "A" * 300)]
    names = reports.summary_file_names("REF/1", bidders)
    assert all(SAFE.match(n) and len(n) < 160 for n in names) and len(set(names)) == 4
    assert names[:3] == ["assessment-summary-REF-1-x.pdf", "assessment-summary-REF-1.pdf",
                         "assessment-summary-REF-1-2.pdf"]


def test_summaries_wait_for_sign_off_and_a_single_winner(tmp_path_factory, tmp_path):
    path = welsh_copy(tmp_path_factory, tmp_path / "mod.coopeval", stage="moderation")
    with Workspace.open(path, read_only=True) as ws, pytest.raises(LifecycleError, match="signed off"):
        reports.write_summaries(ws, WELSH, tmp_path / "out")
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())
    data = synthetic_report(bids_n=2)
    tied = data.results.__class__(**{**data.results.__dict__, "leaders": ("BID-00", "BID-01")})
    with pytest.raises(CoopEvalError, match="tied"):
        summary_data(data.__class__(**{**data.__dict__, "results": tied}))


def test_cancelled_summaries_leave_nothing(demo, tmp_path):
    calls = []

    def cancel() -> bool:
        calls.append(1)
        return len(calls) > 3

    with Workspace.open(demo, read_only=True) as ws, pytest.raises(Cancelled):
        reports.write_summaries(ws, DEMO_DONE, tmp_path / "out", cancel=cancel)
    assert list((tmp_path / "out").iterdir()) == []


def test_a_summary_says_it_covers_the_social_value_part_only(welsh, tmp_path):
    """Without the other award criteria, social value is one part of the award criteria (the tender's section
    weight): a summary says it is the social value part of the council's assessment summary, with the weight, and
    never calls a bid the most advantageous tender on that part alone."""
    data = read_data(welsh, WELSH)
    weight = f"{data.tender.section_weight.normalize():f}%"
    part = f"the social value part of {data.tender.authority}'s assessment ({weight} of the award criteria)"
    for summary in write(welsh, WELSH, tmp_path):
        text = flat(" ".join(pdf_pages(summary)))
        assert f"The social value part of {data.tender.authority}'s assessment summary" in text
        assert part in text and f"This summary covers {part} only" in text
        assert "decided on all the award criteria, not on this part alone" in text
        for overstated in ("is the most advantageous", "was not the most advantageous", "most advantageous tender:",
                           "than the most advantageous", "most advantageous tender's", "not successful"):
            assert overstated not in text, (summary.name, overstated)
        assert text.count("most advantageous") == 1  # only in saying how the award is decided

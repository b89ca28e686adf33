"""Long stored text never makes a report impossible (issue 14, item 6). Every text field at the
limit the app now sets, and three times beyond it (text stored before the limits, or by a database
editor), still gives a moderation report and assessment summaries: long table cells run on across
pages, and a report quotes each field up to its limit, saying that the full text is in the
workspace. A 1 MB description gives a report of bounded size."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from coopeval.domain.text import FIELDS
from coopeval.reporting import quoting
from coopeval.services.reports import writing as reports
from coopeval.services.workspace import Workspace
from tests.helpers.reports import WELSH, flat, pdf_pages
from tests.helpers.workspaces import raw

# Each stored text column a report quotes, and the field whose limit it has.
COLUMNS = {
    ("tender", "title"): "tender.title", ("tender", "authority"): "tender.authority",
    ("tender", "description"): "tender.description",
    ("bid", "identifier"): "bid.identifier", ("bid", "legal_name"): "bid.legal_name",
    ("bid", "trading_name"): "bid.trading_name",
    ("response", "text"): "response.text", ("response", "page_refs"): "response.page_refs",
    ("member", "name"): "member.name", ("member", "email"): "member.email",
    ("declaration", "details"): "declaration.details", ("declaration", "resolution_note"): "declaration.resolution_note",
    ("score", "rationale"): "score.rationale", ("score", "evidence_refs"): "score.evidence_refs",
    ("consensus", "rationale"): "consensus.rationale", ("consensus", "quantity_reason"): "consensus.quantity_reason",
    ("sign_off", "statement"): "signoff.statement",
}
SENTENCE = "The panel weighed the evidence of local employment with care. "


def long_text(length: int, shape: str, seed: str) -> str:
    """`length` characters of prose (sentences, a line break now and then) or of short lines."""
    unit = "line\n" if shape == "lines" else SENTENCE * 4 + "\n"
    return (f"{seed} " + unit * (length // len(unit) + 1))[:length]


def lengthen(path: Path, factor: int, shape: str) -> int:
    """Every column in COLUMNS set, straight in the database, to `factor` times its field's limit
    (each row's text starts with its own id, so names stay distinct)."""
    con = raw(path)
    try:
        for (table, column), field in COLUMNS.items():
            for (row_id,) in con.execute(f"SELECT id FROM {table}").fetchall():
                value = long_text(FIELDS[field].limit * factor, shape, f"{table[:2]}{row_id}")
                con.execute(f"UPDATE {table} SET {column} = ? WHERE id = ?", (value, row_id))
        (tender_id,) = con.execute("SELECT id FROM tender").fetchone()
    finally:
        con.close()
    return tender_id


@pytest.mark.parametrize("factor, shape", [(1, "prose"), (3, "prose"), (3, "lines")])
def test_every_text_field_at_and_beyond_its_limit_still_reports(welsh, tmp_path, factor, shape):
    tender = lengthen(welsh, factor, shape)
    with Workspace.open(welsh, read_only=True) as ws:
        pages = reports.write_report(ws, tender, tmp_path / "report.pdf", deterministic=True)
        summaries = reports.write_summaries(ws, tender, tmp_path / "summaries", deterministic=True)
    assert pages.pages > 10 and len(summaries) == 3
    if shape == "lines":
        return  # hundreds of pages of short lines: that they were made at all is the point
    text = flat(" ".join(pdf_pages(tmp_path / "report.pdf")))
    assert "weighed the evidence" in text
    cut = len(re.findall(r"the full text is in the workspace", text))
    assert (cut > 0) == (factor > 1)  # beyond the limit: quoted up to it, with a note saying so
    for summary in summaries:
        words = flat(" ".join(pdf_pages(summary)))
        assert "Assessment summary" in words and "weighed the evidence" in words


def test_a_one_megabyte_description_gives_a_report_of_bounded_size(welsh, tmp_path):
    con = raw(welsh)
    try:
        con.execute("UPDATE tender SET description = ?", (long_text(1_000_000, "prose", "d"),))
    finally:
        con.close()
    with Workspace.open(welsh, read_only=True) as ws:
        reports.write_report(ws, WELSH, tmp_path / "report.pdf", deterministic=True)
    text = flat(" ".join(pdf_pages(tmp_path / "report.pdf")))
    limit = FIELDS["tender.description"].limit
    assert "of 1,000,000 characters; the full text is in the workspace" in text
    assert text.count("weighed the evidence") <= limit / len(SENTENCE) + 1
    assert len(text) < 4 * limit


@pytest.mark.parametrize("value", [
    "short", "word " * 3000, "line\n" * 3000, "x" * 5000, "Sentence one. " * 500, "\n" * 100 + "a" * 2000,
])
def test_long_text_is_laid_out_as_short_paragraphs_that_keep_every_word(value):
    parts = quoting.chunks(value)
    assert all(len(p) <= quoting.CHUNK and p.count("\n") < quoting.CHUNK_LINES for p in parts)
    assert "".join(parts).replace("\n", "").replace(" ", "") == value.replace("\n", "").replace(" ", "")
    assert (len(parts) == 1) == (value == "short")


def test_a_quote_is_cut_at_its_limit_and_says_so():
    assert quoting.quote("a b c", 10) == "a b c"
    cut = quoting.quote("word " * 1000, 100)
    assert cut.startswith("word word") and "first 99 of 5,000 characters" in cut
    assert quoting.quote("a\n\n\n\n\nb", 100) == "a\n\nb"  # runs of blank lines closed up

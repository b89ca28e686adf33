"""The moderation report: its contents read back from the PDF with pypdf (the demo tender, and a
tender whose names and rationales are Welsh and Polish), every page's footer, bookmarks and
metadata, tables that split with repeated headers, long rationales that wrap, reproducible bytes,
refusal before moderation, and that a cancelled or failed run leaves no file.

The builders (`welsh_tender`, `synthetic_report`) are in tests/helpers/reports.py."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pypdf
import pytest

from coopeval.domain.lifecycle import LifecycleError
from coopeval.domain.progress import Cancelled
from coopeval.reporting import data as rd
from coopeval.reporting.moderation_report import render_report
from coopeval.services.reports import writing as reports
from coopeval.services.workspace import Workspace
from tests.helpers.reports import (
    DEMO,
    DEMO_DONE,
    DEMO_OPEN,
    LONG_TOKEN,
    RATIONALES,
    WELSH,
    demo_copy,
    flat,
    pdf_pages,
    read_data,
    synthetic_report,
    welsh_copy,
)

# --- the demo's signed-off tender ---------------------------------------------------------------------

@pytest.fixture(scope="module")
def demo_report(tmp_path_factory) -> tuple[rd.ReportData, Path]:
    path = demo_copy(tmp_path_factory, tmp_path_factory.mktemp("demo-report") / DEMO)
    data = read_data(path, DEMO_DONE)
    out = path.parent / "report.pdf"
    render_report(data, str(out), deterministic=True)
    return data, out


def test_every_section_of_the_report_is_in_the_pdf(demo_report):
    data, out = demo_report
    text = flat(" ".join(pdf_pages(out)))
    # cover
    for expected in ("Moderation report", "EVC-2026-014", "Elmbridge Vale Council", "signed off (final)",
                     "£2,100,000.00", "36 months", "Evaluation started", "Moderation opened", "Signed off",
                     "Dr Helen Okafor", "Siân Pritchard", "Marcus Bell", "Tom Ashworth"):
        assert expected in text, expected
    # method
    for f in data.frameworks:
        assert f.name in text and f.licence in text
    for m in data.measures:
        assert m.code in text and m.title[:30] in text
    for point in data.scale.points:
        assert point.descriptor[:40] in text
    assert "points = score ÷ 5 × 12.5" in text
    assert "at least 3" in text and "disqualified and not ranked" in text
    assert "under 20% the panel agrees" in text and "over 50% is a split" in text
    # conflicts register with its resolution
    assert "personal, perceived" in text and "Mitigated: Unpaid volunteering" in text
    # results
    for b in data.results.ranking:
        assert b.identifier in text and f"{b.total:.2f}" in text
    assert "Subtotals by theme" in text and "Chart" in text and "Points out of 100 for the social value section" in text
    assert "First place (Hearth & Table Ltd" in text and "holds when any one measure's weight moves by ±25%" in text
    assert "No bid fell below a minimum." in text
    # per bid, per measure
    bid = next(b for b in data.bids if b.trading_name == "Tŷ Bwyd")
    item = next(i for i in bid.items if i.kind == "qualitative" and i.scores)
    assert bid.name in text
    for s in item.scores:
        assert flat(s.rationale)[:60] in text
    assert flat(item.consensus_rationale)[:60] in text
    quantitative = next(i for b in data.bids for i in b.items if i.kind == "quantitative" and i.committed)
    assert f"Committed: {quantitative.committed}" in text and "Accepted:" in text
    # sign-off
    assert "Sign-off" in text and data.signoffs[0].statement[:50] in text
    assert "Digital signature (PAdES) of this report" in text


def test_every_page_has_the_reference_page_x_of_y_and_the_audit_head(demo_report):
    data, out = demo_report
    pages = pdf_pages(out)
    assert len(pages) > 5
    for n, page in enumerate(pages, start=1):
        assert "EVC-2026-014" in page
        assert f"Page {n} of {len(pages)}" in page
        assert f"audit head {data.audit_head}" in page


def test_bookmarks_per_section_point_at_their_pages_and_metadata_names_the_report(demo_report):
    data, out = demo_report
    reader = pypdf.PdfReader(out)

    def walk(items, level=0):
        for item in items:
            if isinstance(item, list):
                yield from walk(item, level + 1)
            else:
                yield level, item.title, reader.get_destination_page_number(item)

    marks = list(walk(reader.outline))
    titles = [t for _, t, _ in marks]
    for section in ("Cover", "Method", "Conflicts of interest register", "Results", "Bids, measure by measure", "Sign-off"):
        assert section in titles, titles
    assert {t for lvl, t, _ in marks if lvl == 1} == {b.name for b in data.bids}
    pages = [p for _, _, p in marks]
    assert pages == sorted(pages) and pages[-1] == len(reader.pages) - 1
    meta = reader.metadata
    assert meta.title.startswith("Moderation report — EVC-2026-014")
    assert meta.author == "Elmbridge Vale Council"
    assert f"audit-head={data.audit_head}" in meta["/Keywords"] and "tender=EVC-2026-014" in meta["/Keywords"]


def test_deterministic_mode_gives_the_same_bytes(demo_report, tmp_path):
    data, out = demo_report
    again = tmp_path / "again.pdf"
    render_report(data, str(again), deterministic=True)
    assert again.read_bytes() == out.read_bytes()
    other = tmp_path / "other.pdf"
    render_report(dataclasses.replace(data, made_by="someone else"), str(other), deterministic=True)
    assert other.read_bytes() != out.read_bytes()


# --- Welsh and other names -------------------------------------------------------------------------------

def test_welsh_and_polish_names_and_rationales_print_and_extract_exactly(welsh, tmp_path):
    out = tmp_path / "cym.pdf"
    with Workspace.open(welsh, read_only=True) as ws:
        written = reports.write_report(ws, WELSH, out)
    text = " ".join(pdf_pages(out))
    for name in ("Cyngor Sir Ynys Môn", "Cwmni Tŷ Coch Cyf", "Tŷ Coch", "Gŵyl Fwyd Łódź Ltd", "Caffi'r Bêl",
                 "Siân Llŵyd", "Gwenllïan Ŵyn", "Łukasz Wójcik", "Renée Owen"):
        assert name in text, name
    joined = flat(text)
    for rationale in RATIONALES.values():
        assert flat(rationale)[:90] in joined
    assert "Gor-hawlio: two posts counted twice." in joined
    for letter in "ŵŷâłéŴ":
        assert letter in text
    assert written.pages == len(pdf_pages(out)) and not written.draft


def test_long_rationales_wrap_and_unbroken_words_are_split(welsh, tmp_path):
    out = tmp_path / "cym.pdf"
    with Workspace.open(welsh, read_only=True) as ws:
        reports.write_report(ws, WELSH, out)
    text = " ".join(pdf_pages(out))
    squeezed = re.sub(r"\s+", "", text)
    assert LONG_TOKEN in squeezed  # every character printed...
    assert LONG_TOKEN not in text  # ...over several lines, since it is wider than the column
    rationale = flat(RATIONALES["Łukasz Wójcik"])
    assert rationale[:200] in flat(text)


def test_tables_split_across_pages_repeat_their_header(tmp_path):
    data = synthetic_report(bids_n=1, measures_n=2, evaluators=40, rationale_chars=700)
    out = tmp_path / "big.pdf"
    render_report(data, str(out))
    pages = [flat(p) for p in pdf_pages(out)]
    first = next(n for n, p in enumerate(pages) if "Bids, measure by measure" in p)
    section = [p for p in pages[first:-1] if "Evidence: MS p.4" in p]  # pages with rows of the scores table
    assert len(section) >= 3  # one measure's 40 long rationales cannot fit on one page
    for page in section:
        assert "Evaluator Score Rationale" in page


# --- draft, refusal, cancel, failure -------------------------------------------------------------------

def test_moderation_stage_report_is_a_draft_on_every_page(tmp_path_factory, tmp_path):
    path = welsh_copy(tmp_path_factory, tmp_path / "mod.coopeval", stage="moderation")
    out = tmp_path / "draft.pdf"
    with Workspace.open(path, read_only=True) as ws:
        written = reports.write_report(ws, WELSH, out)
    assert written.draft
    pages = pdf_pages(out)
    assert all("DRAFT — not signed off" in p for p in pages)
    assert "Provisional" in " ".join(pages)


def test_report_refused_before_moderation_because_scores_are_blind(demo, tmp_path, run):
    with Workspace.open(demo, read_only=True) as ws, pytest.raises(LifecycleError, match="blind"):
        reports.write_report(ws, DEMO_OPEN, tmp_path / "x.pdf")
    code, _, err = run("report", demo, "--tender", DEMO_OPEN, "--out", tmp_path / "x.pdf")
    assert code == 1 and "individual scores are blind" in err and "Traceback" not in err
    assert not (tmp_path / "x.pdf").exists()


def test_cli_report_writes_the_pdf(demo, tmp_path, run):
    out = tmp_path / "r.pdf"
    code, stdout, err = run("report", demo, "--tender", DEMO_DONE, "--out", out)
    assert code == 0, err
    assert f"Wrote {out}" in stdout and "final" in stdout and "not digitally signed" in stdout
    assert "Page 1 of" in pdf_pages(out)[0]


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


def test_cancel_leaves_no_file_and_an_earlier_report_untouched(demo, tmp_path):
    out = tmp_path / "r.pdf"
    out.write_bytes(b"the earlier report")
    seen = []

    def progress(done: int, total: int, what: str) -> None:
        seen.append((done, total))

    with Workspace.open(demo, read_only=True) as ws, pytest.raises(Cancelled):
        reports.write_report(ws, DEMO_DONE, out, progress=progress, cancel=lambda: len(seen) >= 10)
    assert out.read_bytes() == b"the earlier report"
    assert leftovers(tmp_path) == []
    assert len(seen) == 10


def test_progress_runs_to_the_end(demo, tmp_path):
    seen = []
    with Workspace.open(demo, read_only=True) as ws:
        reports.write_report(ws, DEMO_DONE, tmp_path / "r.pdf", progress=lambda d, t, w: seen.append((d, t, w)))
    render = [(d, t) for d, t, _ in seen if t > 1]
    assert render[-1][0] == render[-1][1]
    assert [d for d, _ in render] == sorted(d for d, _ in render)


def test_a_failure_while_writing_leaves_no_half_file(demo, tmp_path):
    out = tmp_path / "r.pdf"
    seen = []

    def progress(done: int, total: int, what: str) -> None:
        seen.append(done)
        if len(seen) == 8:
            raise OSError("No space left on device")

    with Workspace.open(demo, read_only=True) as ws, pytest.raises(OSError):
        reports.write_report(ws, DEMO_DONE, out, progress=progress)
    assert not out.exists() and leftovers(tmp_path) == []

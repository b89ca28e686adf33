"""Issue 18: the social value questionnaire as PDF and DOCX. Both state every measure (code, weight, guidance,
evidence, KPI, verification, clause, word limit), the scale with every descriptor, each method's formula with a
worked example computed by the evaluation's own arithmetic, thresholds and what missing one means, moderation, the
frameworks' licences, the deadline and the set-up fingerprint; the PDF has bookmarks, the DOCX Word headings and
Word tables."""

from __future__ import annotations

import io
from dataclasses import replace
from fractions import Fraction

import pytest
from docx import Document
from pypdf import PdfReader

from coopeval.domain.scoring import MeasureSpec, QuantitativeMethod, ScaleSpec, compute_results
from coopeval.reporting.questionnaire import sections
from coopeval.reporting.questionnaire import wording as w
from coopeval.reporting.questionnaire.data import (
    FrameworkCredit,
    QuestionMeasure,
    QuestionnaireData,
    RecordQuestion,
    ScalePointInfo,
)
from coopeval.reporting.questionnaire.docx import render_questionnaire_docx
from coopeval.reporting.questionnaire.pdf import render_questionnaire_pdf

FINGERPRINT = "3dc40a2c98dfed457294f63c49cafea0e826510b7eb0122109194af0d8fa682c"
SCALE = tuple(ScalePointInfo(v, label, f"Descriptor {v}: {text}") for v, label, text in (
    (0, "Unacceptable", "no response that addresses the measure."), (1, "Poor", "vague commitments only."),
    (2, "Weak", "some commitments, evidence missing."), (3, "Meets requirements", "specific and evidenced."),
    (4, "Good", "goes further, with named responsibilities."), (5, "Excellent", "comprehensive and verifiable.")))


def measure(position: int, code: str, weight: str, share: str, **kwargs: object) -> QuestionMeasure:
    base = dict(position=position, code=code, title=f"Title of {code}", theme="Fair work", outcome="Good jobs",
                kind="quantitative", weight=weight, share_of_tender=share, bidder_guidance=f"Guidance for {code}.",
                evidence=f"Evidence for {code}.", kpi=f"KPI for {code}.", verification=f"Verified for {code}.",
                proportionality=f"Proportionate for {code}.", contract_clause=f"Clause for {code}.", unit="hours",
                method="relative", direction="higher", target=None, bands=(), minimum=None, word_limit=None,
                framework="Test framework 1.0.0", companion=False)
    base.update(kwargs)
    return QuestionMeasure(**base)  # type: ignore[arg-type]


MEASURES = (
    measure(1, "SV-01", "25", "3.75", kind="qualitative", unit=None, method=None, direction=None, minimum="3",
            word_limit=500),
    measure(2, "SV-02", "20", "3"),
    measure(3, "SV-03", "10", "1.5", direction="lower", unit="ratio (highest to lowest, as x to 1)"),
    measure(4, "SV-04", "12.5", "1.875", method="target", target="30", unit="%", minimum="20"),
    measure(5, "SV-05", "22.5", "3.375", method="banded", unit="jobs",
            bands=(("20", "0.25"), ("50", "0.5"), ("100", "1"))),
    measure(6, "SV-06", "10", "1.5", method="record_only", unit="tonnes"),
)


def questionnaire(**changes: object) -> QuestionnaireData:
    data = QuestionnaireData(
        reference="EVC-2026-014", title="Community meals & <lunch clubs>", authority="Elmbridge Vale Council",
        description="Hot meals for residents.", contract_value_pence=210_000_050, duration_months=36,
        section_weight="15", deadline="12:00 on Friday 15 January 2027", deadline_iso="2027-01-15T12:00",
        clarification_route="Ask through the portal by 8 January 2027.", scale_name="0 to 5", scale=SCALE,
        measures=MEASURES, record_fields=(RecordQuestion("REC-1", "Legal form", "How you are constituted", "choice",
                                                         ("Co-operative society", "Company"), True, "legal_form"),),
        discuss_at="20", split_above="50", disqualify_on_threshold=True,
        frameworks=(FrameworkCredit("Test framework", "1.0.0", "Test publisher", "CC BY 4.0",
                                    "https://example.org/framework", "Adapted from the Test framework."),),
        setup_fingerprint=FINGERPRINT, version=2, made_on="7 Dec 2026")
    return replace(data, **changes)  # type: ignore[arg-type]


def flat(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="module")
def pdf() -> tuple[PdfReader, list[str], str]:
    reader = PdfReader(io.BytesIO(render_questionnaire_pdf(questionnaire())))
    pages = [page.extract_text() or "" for page in reader.pages]
    return reader, pages, flat(" ".join(pages))


@pytest.fixture(scope="module")
def docx_doc():
    return Document(io.BytesIO(render_questionnaire_docx(questionnaire())))


def docx_text(doc) -> str:
    parts = [p.text for p in doc.paragraphs]
    parts += [cell.text for table in doc.tables for row in table.rows for cell in row.cells]
    return flat(" ".join(parts))


# --- what both formats state ------------------------------------------------------------------------------

def test_worked_examples_are_the_evaluations_own_arithmetic() -> None:
    data = questionnaire()
    by_code = {m.code: w.worked_example(m, data).rows for m in data.measures}
    assert by_code["SV-02"] == (("Bid A", "40 hours", "100%", "20.00"), ("Bid B", "30 hours", "75%", "15.00"),
                                ("Bid C", "10 hours", "25%", "5.00"))
    assert [r[3] for r in by_code["SV-03"]] == ["10.00", "8.00", "5.00"]  # lowest ÷ yours: 4/4, 4/5, 4/8
    # target 30, weight 12.5: 15 → 6.25, 22.5 → 9.375 shown rounded half up, 30 → all of it
    assert by_code["SV-04"] == (("Bid A", "15%", "50%", "6.25"), ("Bid B", "22.5%", "75%", "9.38"),
                                ("Bid C", "30%", "100%", "12.50"))
    assert by_code["SV-05"] == (("Bid A", "10 jobs", "0%", "0.00"), ("Bid B", "20 jobs", "25%", "5.63"),
                                ("Bid C", "50 jobs", "50%", "11.25"), ("Bid D", "100 jobs", "100%", "22.50"))
    assert by_code["SV-06"] == ()
    assert ("3 (Meets requirements)", "15.00") in by_code["SV-01"]


def test_a_missed_threshold_is_described_as_the_scoring_treats_it() -> None:
    spec = MeasureSpec("Q", "f", "t", "o", "qualitative", Fraction(50), minimum=Fraction(3))
    other = MeasureSpec("N", "f", "t", "o", "quantitative", Fraction(50), QuantitativeMethod("relative"))
    scale = ScaleSpec("0-5", (0, 1, 2, 3, 4, 5))
    values = {("low", "Q"): 2, ("low", "N"): 10, ("high", "Q"): 5, ("high", "N"): 5}
    kept = compute_results([spec, other], scale, values, section_weight=15, bids=["low", "high"])
    low = next(b for b in kept.bids if b.bid_id == "low")
    assert low.rank is not None and low.measures["Q"].points == 20  # still ranked, keeps its points
    text = w.threshold_consequence(False)
    assert "keeps the points" in text and "still ranked" in text and "not excluded" in text
    out = compute_results([spec, other], scale, values, section_weight=15, bids=["low", "high"],
                          disqualify_on_threshold=True)
    assert next(b for b in out.bids if b.bid_id == "low").rank is None
    assert "is excluded: it is not ranked" in w.threshold_consequence(True)


def test_the_pdf_states_every_measure_weight_and_descriptor(pdf) -> None:
    _, _, text = pdf
    for m in MEASURES:
        assert f"{m.code} Title of {m.code}" in text
        assert f"{m.weight}% of the social value section; {m.share_of_tender}% of the whole tender evaluation" in text
        for part in (m.bidder_guidance, m.evidence, m.kpi, m.verification, m.contract_clause, m.proportionality):
            assert part in text
    for point in SCALE:
        assert flat(point.descriptor) in text
    assert "500 words" in text and "12:00 on Friday 15 January 2027" in text
    assert "Ask through the portal by 8 January 2027." in text
    assert "£2,100,000.50" in text and "36 months" in text and "15% of the whole tender evaluation" in text
    assert "Community meals & <lunch clubs>" in text
    assert "CC BY 4.0" in text and "Adapted from the Test framework." in text
    assert "becomes a term of the contract" in text


def test_the_pdf_shows_the_computed_worked_examples(pdf) -> None:
    _, _, text = pdf
    assert "Bid B 22.5% 75% 9.38" in text
    assert "Bid C 10 hours 25% 5.00" in text
    assert "Bid D 100 jobs 100% 22.50" in text
    assert "points = 12.5 × your quantity ÷ target, at most 12.5 points" in text


def test_the_pdf_names_fingerprint_version_date_and_deadline_on_every_page(pdf) -> None:
    reader, pages, _ = pdf
    assert len(pages) > 5
    for number, page in enumerate(pages, start=1):
        assert FINGERPRINT in page, number
        assert "version 2 · 7 Dec 2026" in page and f"Page {number} of {len(pages)}" in page
        assert "returns by 12:00 on Friday 15 January 2027" in page
    assert FINGERPRINT in reader.metadata.keywords


def test_the_pdf_has_bookmarks_for_sections_and_measures(pdf) -> None:
    reader, _, _ = pdf
    outline = reader.outline
    top = [item.title for item in outline if not isinstance(item, list)]
    for title in ("Social value questionnaire", "How to respond", "The measures", "The scoring scale",
                  "How scores become points", "Minimum standards", "How the panel evaluates",
                  "Frameworks, licence and attribution"):
        assert title in top
    nested = [item.title for group in outline if isinstance(group, list) for item in group
              if not isinstance(item, list)]
    assert all(f"{m.code} Title of {m.code}" in nested for m in MEASURES)


def test_the_threshold_and_moderation_wording_follow_the_tender(pdf) -> None:
    _, _, text = pdf
    assert flat(w.threshold_consequence(True)) in text
    assert "a panel score of at least 3 (Meets requirements)" in text
    assert "a committed quantity of at least 20%" in text
    assert "20% or more of the scale's range apart (a difference of 1 point or more on the 0 to 5 scale)" in text
    lenient = flat(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(render_questionnaire_pdf(
        questionnaire(disqualify_on_threshold=False, discuss_at="40")))).pages))
    assert flat(w.threshold_consequence(False)) in lenient and "is excluded" not in lenient
    assert "a difference of 2 points or more" in lenient


def test_a_preview_says_it_is_not_published() -> None:
    text = flat(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(render_questionnaire_pdf(
        questionnaire(version=0)))).pages))
    assert "preview, not published" in text


def test_the_same_data_gives_the_same_bytes() -> None:
    data = questionnaire()
    assert render_questionnaire_pdf(data) == render_questionnaire_pdf(data)
    assert render_questionnaire_docx(data) == render_questionnaire_docx(data)


# --- the DOCX --------------------------------------------------------------------------------------------

def test_docx_headings_use_word_heading_styles(docx_doc) -> None:
    styles = {p.text: p.style.name for p in docx_doc.paragraphs if p.text}
    assert styles["How to respond"] == "Heading 1"
    assert styles["The scoring scale"] == "Heading 1"
    for m in MEASURES:
        assert styles[f"{m.code} Title of {m.code}"] == "Heading 2"
    assert styles["What we ask"] == "Heading 3" and styles["How it is scored"] == "Heading 3"


def test_docx_tables_are_word_tables_with_the_scale(docx_doc) -> None:
    scale = next(t for t in docx_doc.tables if t.rows[0].cells[0].text == "Score")
    assert [r.cells[2].text for r in scale.rows[1:]] == [p.descriptor for p in SCALE]
    assert [r.cells[1].text for r in scale.rows[1:]] == [p.label for p in SCALE]
    facts = [t for t in docx_doc.tables if t.rows[0].cells[0].text == "Theme"]
    assert len(facts) == len(MEASURES)
    examples = [[c.text for c in r.cells] for t in docx_doc.tables if t.rows[0].cells[0].text == "Example"
                for r in t.rows]
    assert ["Bid B", "22.5%", "75%", "9.38"] in examples


def test_docx_says_what_the_pdf_says(pdf, docx_doc) -> None:
    _, _, pdf_text = pdf
    words = docx_text(docx_doc)
    blocks = sections.document(questionnaire())
    texts = [flat(b.text) for b in blocks if isinstance(b, (sections.Text, sections.Heading))]
    cells = [flat(c) for b in blocks if isinstance(b, sections.Grid) for row in b.rows for c in row]
    for piece in texts + cells:
        assert piece in words, piece
        assert piece in pdf_text, piece
    footer = " ".join(p.text for p in docx_doc.sections[0].footer.paragraphs)
    assert f"Made from set-up fingerprint {FINGERPRINT} · version 2 · 7 Dec 2026" in footer
    assert docx_doc.core_properties.keywords.endswith("version=2") and FINGERPRINT in docx_doc.core_properties.keywords

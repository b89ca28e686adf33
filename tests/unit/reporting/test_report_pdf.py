"""The moderation report: its contents read back from the PDF with pypdf (the demo tender, and a
tender whose names and rationales are Welsh and Polish), every page's footer, bookmarks and
metadata, tables that split with repeated headers, long rationales that wrap, reproducible bytes,
refusal before moderation, and that a cancelled or failed run leaves no file.

The builders here (`welsh_tender`, `synthetic_report`) are shared with the other reporting tests
and the benchmark.
"""

from __future__ import annotations

import dataclasses
import io
import re
from decimal import Decimal
from pathlib import Path

import pypdf
import pytest

from coopeval import cli
from coopeval.domain.lifecycle import LifecycleError
from coopeval.domain.progress import Cancelled
from coopeval.reporting import data as rd
from coopeval.reporting.moderation_report import render_report
from coopeval.services.bids import entry as bids
from coopeval.services.demo import build_demo
from coopeval.services.evaluation import scores as evaluation
from coopeval.services.moderation import consensus as moderation
from coopeval.services.panel import members as panel
from coopeval.services.reports import writing as reports
from coopeval.services.reports.data import report_data
from coopeval.services.setup import start, tenders
from coopeval.services.signoff import actions as signoff
from coopeval.services.workspace import Workspace
from tests.helpers.workspaces import FRAMEWORK_ID, WEIGHTS, copy_workspace, create_workspace, scale

DEMO, DEMO_DONE, DEMO_OPEN = "demo.coopeval", "EVC-2026-014", "EVC-2026-021"
WELSH = "CYM-2026-007"
LONG_TOKEN = "https://example.org/" + "tystiolaeth" * 22  # 262 characters with no space to break at
RATIONALES = {
    "Siân Llŵyd": "Ymateb cryf: mae'r cwmni'n cyflogi pobl leol yn Llŷn ac yn talu'r Cyflog Byw Gwirioneddol. "
                  "Tystiolaeth: cynllun busnes t. 4, ŵyr y rheolwr yn gydlynydd.",
    "Gwenllïan Ŵyn": "Clear evidence of local delivery; the café at Bryn Dŵr already runs, and the plan names "
                     "its lead, Zoë Łukasiewicz.",
    "Łukasz Wójcik": "Dobra odpowiedź — pełne zaangażowanie społeczności; rencontre générale prévue à Pen-y-Bryn. "
                     + "Ceir manylion pellach. " * 40 + LONG_TOKEN,
}
FORMULA_RATIONALE = "=HYPERLINK(\"http://attacker.example\",\"Click\") then +44 1234 and @SUM(A1) -5"


# --- builders ---------------------------------------------------------------------------------------

def welsh_tender(path: Path, *, stage: str = "signed_off") -> None:
    """A tender whose names, responses and rationales use ŵ, ŷ, â, ł, é, at `stage` (moderation or
    signed_off). Tŷ Coch is built to win; Caffi Siân's consensus reason names Gŵyl Fwyd Łódź."""
    with create_workspace(path) as ws:
        tenders.create_tender(ws, reference=WELSH, title="Gwasanaeth prydau cymunedol — Ynys Môn",
                              scale=scale(), authority="Cyngor Sir Ynys Môn", section_weight="20")
        measures, _ = tenders.add_measures(ws, WELSH, FRAMEWORK_ID, set_name="core")
        for m, w in zip(measures, WEIGHTS):
            tenders.set_measure(ws, m.id, weight=w)
        bidders = [("FCA 4412R", "Cwmni Tŷ Coch Cyf", "Tŷ Coch", 14, 5),
                   ("CH 0999123", "Gŵyl Fwyd Łódź Ltd", "", 9, 3),
                   ("CIC 5550", "Caffi Siân CIC", "Caffi'r Bêl", 11, 2)]
        bid_ids = []
        for identifier, legal, trading, quantity, _ in bidders:
            bid, _ = bids.add_bid(ws, WELSH, identifier=identifier, legal_name=legal, trading_name=trading,
                                  org_form="worker co-operative")
            bid_ids.append(bid.id)
            for m in measures:
                qty = None if m.kind == "qualitative" else str(quantity)
                bids.set_response(ws, bid.id, m.id, text=f"Ymateb {legal}: gwaith lleol yn Llŷn a Môn ({m.code}).",
                                  page_refs="t. 3–5", quantity=qty)
        members = {}
        for name, role in (("Siân Llŵyd", "evaluator"), ("Gwenllïan Ŵyn", "chair"), ("Łukasz Wójcik", "evaluator"),
                           ("Renée Owen", "officer")):
            view, _ = panel.add_member(ws, WELSH, name=name, role=role)
            members[name] = view.id
        start.start_evaluation(ws, WELSH)
        for name in ("Siân Llŵyd", "Gwenllïan Ŵyn", "Łukasz Wójcik"):
            panel.declare(ws, members[name], interest="none")
        declaration, _ = panel.declare(ws, members["Łukasz Wójcik"], interest="personal", nature="perceived",
                                       details="@Mae fy nghefnder yn gweithio i Gŵyl Fwyd Łódź.", bid_id=bid_ids[1])
        panel.resolve(ws, declaration.id, resolution="mitigated", note="Dim buddiant ariannol; sgorio dan oruchwyliaeth.")
        qualitative = next(m for m in measures if m.kind == "qualitative")
        for (_, _, _, _, value), bid_id in zip(bidders, bid_ids):
            for name, rationale in RATIONALES.items():
                text = FORMULA_RATIONALE if (name == "Siân Llŵyd" and bid_id == bid_ids[2]) else rationale
                evaluation.save_score(ws, members[name], bid_id, qualitative.id, value=value, rationale=text)
        for name in ("Siân Llŵyd", "Gwenllïan Ŵyn", "Łukasz Wójcik"):
            evaluation.submit_scores(ws, members[name])
        moderation.open_moderation(ws, WELSH)
        present = ["Siân Llŵyd", "Gwenllïan Ŵyn", "Łukasz Wójcik"]
        for (_, legal, _, _, value), bid_id in zip(bidders, bid_ids):
            for m in measures:
                reason = f"Cytunwyd: {legal} — tystiolaeth glir (café, Llŷn)."
                if legal == "Caffi Siân CIC" and m.kind == "qualitative":
                    reason = "Gwannach na Gŵyl Fwyd Łódź Ltd ar ymgysylltu; dim cynllun ar gyfer Môn."
                if m.kind == "qualitative":
                    moderation.record_consensus(ws, bid_id, m.id, value=value, rationale=reason, present=present)
                elif m.code == "LOC-01" and legal == "Gŵyl Fwyd Łódź Ltd":
                    moderation.record_consensus(ws, bid_id, m.id, rationale=reason, present=present,
                                                accepted_quantity="7", quantity_reason="Gor-hawlio: two posts counted twice.")
                else:
                    moderation.record_consensus(ws, bid_id, m.id, rationale=reason, present=present)
        if stage == "signed_off":
            for name in ("Siân Llŵyd", "Gwenllïan Ŵyn", "Łukasz Wójcik"):
                signoff.sign(ws, members[name], "Rwy'n cadarnhau bod y gwerthusiad yn deg. I confirm it was fair.")
            signoff.finalise(ws, WELSH, members["Gwenllïan Ŵyn"])


def _template(tmp_path_factory: pytest.TempPathFactory, name: str, build) -> Path:
    folder = tmp_path_factory.getbasetemp() / "report-templates" / name
    path = folder / "template.coopeval"
    if not path.exists():
        folder.mkdir(parents=True, exist_ok=True)
        build(path)
    return path


def demo_copy(tmp_path_factory: pytest.TempPathFactory, target: Path) -> Path:
    copy_workspace(_template(tmp_path_factory, "demo", build_demo), target)
    return target


def welsh_copy(tmp_path_factory: pytest.TempPathFactory, target: Path, stage: str = "signed_off") -> Path:
    copy_workspace(_template(tmp_path_factory, f"welsh-{stage}", lambda p: welsh_tender(p, stage=stage)), target)
    return target


@pytest.fixture
def demo(tmp_path_factory, tmp_path) -> Path:
    return demo_copy(tmp_path_factory, tmp_path / DEMO)


@pytest.fixture
def welsh(tmp_path_factory, tmp_path) -> Path:
    return welsh_copy(tmp_path_factory, tmp_path / "welsh.coopeval")


def read_data(path: Path, tender: str) -> rd.ReportData:
    with Workspace.open(path, read_only=True) as ws:
        return report_data(ws, tender)


def synthetic_report(bids_n: int = 3, measures_n: int = 4, evaluators: int = 3, rationale_chars: int = 300,
                     seed: int = 7) -> rd.ReportData:
    """A ReportData made without a workspace: for large-report tests and the benchmark."""
    import random

    rng = random.Random(seed)
    words = ("evidence", "local", "workers", "co-operative", "members", "training", "Llŷn", "café", "ŵyr", "Łódź",
             "committed", "quarterly", "governance", "supply", "wellbeing", "apprentices", "rota", "assembly")

    def sentence(n: int) -> str:
        out = []
        while sum(len(w) + 1 for w in out) < n:
            out.append(rng.choice(words))
        return " ".join(out)[:n]

    points = tuple(rd.ScalePoint(v, label, f"{label}: {sentence(80)}") for v, label in
                   enumerate(("Unacceptable", "Poor", "Weak", "Meets requirements", "Good", "Excellent")))
    scale_info = rd.ScaleInfo("0-5", "0 to 5", "Six points.", points)
    weight = Decimal(100) / measures_n
    measures = tuple(rd.MeasureInfo(f"M{i:02}", f"Measure {i}: {sentence(40)}", "synthetic", f"Theme {i % 5}",
                                    f"Outcome {i % 7}", "qualitative" if i % 2 == 0 else "quantitative",
                                    weight.quantize(Decimal("0.0001")), None, None if i % 2 == 0 else "relative",
                                    None if i % 2 == 0 else "higher", None, (), None if i % 2 == 0 else "FTE", "")
                     for i in range(measures_n))
    names = [f"Evaluator {j} ap Rhys" for j in range(evaluators)]
    themes = tuple(rd.ThemeHeading("synthetic", f"Theme {t}", Decimal(20)) for t in range(min(5, measures_n)))
    bid_details, ranking = [], []
    for b in range(bids_n):
        items = []
        for m in measures:
            scores = tuple(rd.EvaluatorScore(n, rng.randint(1, 5), "Good", False, "", sentence(rationale_chars),
                                             "MS p.4", "submitted", "2026-03-01T10:00:00Z") for n in names) \
                if m.kind == "qualitative" else ()
            items.append(rd.Item(m.code, m.title, m.kind, sentence(400), "p. 2", None if m.kind == "qualitative" else "12",
                                 None if m.kind == "qualitative" else "12", "", m.unit, scores, "discuss", True,
                                 3 if m.kind == "qualitative" else None, "Meets requirements", sentence(200),
                                 "discussion", tuple(names), "officer", "2026-03-02T10:00:00Z", "3", Decimal("1.50"),
                                 m.weight))
        bid_details.append(rd.BidDetail(f"BID-{b:02}", f"Bidder {b} Cwmni Cyf", "", "worker co-operative", "2026-02-01",
                                        False, "", tuple(items)))
        ranking.append(rd.RankedBid(b + 1, f"BID-{b:02}", f"Bidder {b} Cwmni Cyf", f"Bidder {b}",
                                    Decimal(90 - b), Decimal(9), False, (), tuple(Decimal(10) for _ in themes)))
    tender = rd.TenderInfo("SYN-001", "Synthetic tender", "Cyngor Synthetig", "signed_off", "signed off", "", "", 24,
                           Decimal(10), Decimal(20), Decimal(50), False, 0, (("Created", "2026-01-01T09:00:00Z"),))
    results = rd.Results(False, themes, tuple(ranking), ("BID-00",), "First place holds.", (), None)
    return rd.ReportData(tender, tuple(rd.PanelMember(n, "evaluator", "") for n in names),
                         (rd.FrameworkUse("synthetic", "1.0.0", "Synthetic", "", "CC0", "tests", "", measures_n),),
                         scale_info, measures, (), results, tuple(bid_details), (), "ab" * 32,
                         "2026-03-03T10:00:00Z", "tester", "0.0")


def pdf_pages(source: Path | bytes) -> list[str]:
    reader = pypdf.PdfReader(io.BytesIO(source) if isinstance(source, bytes) else source)
    return [page.extract_text() or "" for page in reader.pages]


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


@pytest.fixture
def run():
    """`coopeval ...` in-process."""

    def invoke(*argv: str) -> tuple[int, str, str]:
        out, err = io.StringIO(), io.StringIO()
        code = cli.main([str(a) for a in argv], out=out, err=err)
        return code, out.getvalue(), err.getvalue()

    return invoke


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

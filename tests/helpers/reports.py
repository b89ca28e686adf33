"""Workspaces and report data for the reporting tests and the benchmark: the demo and a tender whose
names and rationales are Welsh and Polish (each built once per session and copied), a ReportData made
without a workspace, reading a PDF's text, and `coopeval ...` run in-process."""

from __future__ import annotations

import io
import re
from decimal import Decimal
from pathlib import Path

import pypdf
import pytest

from coopeval import cli
from coopeval.reporting import data as rd
from coopeval.services.bids import entry as bids
from coopeval.services.demo import build_demo
from coopeval.services.evaluation import scores as evaluation
from coopeval.services.moderation import consensus as moderation
from coopeval.services.panel import members as panel
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
            bid, _ = bids.add_bid(ws, WELSH, identifier=identifier, legal_name=legal, trading_name=trading)
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

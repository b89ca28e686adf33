"""Pictures of the published questionnaire for docs/screenshots (issue 18): a measure page of the PDF and of the
DOCX, from a tender like the demo's community meals tender on the co-operative values framework.

    .venv/bin/python -m tests.helpers.questionnaire_pages docs/screenshots

writes questionnaire-pdf.png and questionnaire-docx.png (about 1000 px wide). It needs poppler's `pdftoppm`, and
LibreOffice (`soffice`) to lay out the DOCX; neither is in CI, so the pictures are committed and tests never call
this. `demo_like_tender` is also usable on its own to build the tender in a workspace.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

from pypdf import PdfReader

from coopeval.paths import frameworks_dir, resources_dir
from coopeval.services.publishing.questionnaire import publish_questionnaire
from coopeval.services.setup import frameworks, tenders
from coopeval.services.workspace import Workspace
from tests.helpers.identity import Everyone
from tests.helpers.workspaces import scale

STORY = resources_dir() / "demo" / "community-meals.toml"
PAGE_OF = "CV-EE-01"  # the measure whose page is pictured: banded, with a worked example
WORD_LIMITS = {"CV-PA-01": 500, "CV-PA-03": 500, "CV-WB-05": 400}
WIDTH = 1000


def demo_like_tender(ws: Workspace) -> str:
    """The demo's community meals tender, set up for publishing (a deadline, a clarification route, word limits);
    returns its reference."""
    story = tomllib.loads(STORY.read_text(encoding="utf-8"))
    t = story["tender"]
    view, _ = tenders.create_tender(
        ws, reference=t["reference"], title=t["title"], scale=scale(t["scale"]), authority=t["authority"],
        contract_value_pence=t["contract_value_pence"], duration_months=t["duration_months"],
        description=t["description"], section_weight=t["section_weight"])
    tenders.update_tender(ws, view.reference, disqualify_on_threshold=t["disqualify_on_threshold"],
                          deadline=t.get("deadline", "2027-01-15T12:00"),
                          clarification_route=t.get("clarification_route", "Ask through the council's e-tendering "
                                                    "portal; every question and its answer is sent to all bidders."))
    for group in story["frameworks"]:
        summary, _ = frameworks.import_framework(ws, frameworks_dir() / group["file"])
        chosen = group["measures"]
        added, _ = tenders.add_measures(ws, view.reference, summary.framework_id, codes=[m["code"] for m in chosen])
        for measure, wanted in zip(added, chosen):
            params = {"weight": wanted["weight"]} | ({"minimum": wanted["minimum"]} if "minimum" in wanted else {})
            if measure.code in WORD_LIMITS:
                params["word_limit"] = WORD_LIMITS[measure.code]
            tenders.set_measure(ws, measure.id, **params)
    return view.reference


def save_screenshots(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="coopeval-questionnaire-") as tmp:
        work = Path(tmp)
        ws = Workspace.create(work / "demo.coopeval", actor="screenshots")
        ws.person = Everyone()
        try:
            reference = demo_like_tender(ws)
            publish_questionnaire(ws, reference, work / "questionnaire.pdf")
            publish_questionnaire(ws, reference, work / "questionnaire.docx")
        finally:
            ws.close()
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(work / "docx"),
                        str(work / "questionnaire.docx")], check=True, capture_output=True, timeout=180)
        return [_picture(work / "questionnaire.pdf", folder / "questionnaire-pdf.png", work),
                _picture(work / "docx" / "questionnaire.pdf", folder / "questionnaire-docx.png", work)]


def _picture(pdf: Path, target: Path, work: Path) -> Path:
    page = measure_page(pdf, PAGE_OF)
    stem = work / target.stem
    subprocess.run(["pdftoppm", "-png", "-singlefile", "-f", str(page), "-l", str(page), "-scale-to-x", str(WIDTH),
                    "-scale-to-y", "-1", str(pdf), str(stem)], check=True, timeout=120)
    shutil.move(f"{stem}.png", target)
    return target


def measure_page(pdf: Path, code: str) -> int:
    """The number (from 1) of the page where the measure's own section starts (its code begins a line, after the
    table of measures)."""
    pages = [page.extract_text() or "" for page in PdfReader(pdf).pages]
    for number, text in enumerate(pages, start=1):
        if any(line.startswith(f"{code} ") for line in text.splitlines()) and "What we ask" in text:
            return number
    raise LookupError(f"{pdf.name}: no page starts measure {code}")


if __name__ == "__main__":
    for path in save_screenshots(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")):
        print(path)

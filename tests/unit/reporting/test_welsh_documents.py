"""The moderation report and the assessment summaries in Welsh, or in both with Welsh first (issue 22): one file, the
Welsh part first, each part with its own heading line ("Cymraeg" / "English"), running text and dates; bidders' own
text as written in every part; one signature field, so a signed bilingual report verifies; `--language` overrides the
tender's own setting; the records bundle follows the tender's setting; the bundled fonts carry every Welsh letter.

The Welsh here comes from a small catalogue built in a temporary folder (`i18n.set_override_dirs`), not from the
shipped one, so these tests do not depend on how much of the shipped catalogue is translated."""

from __future__ import annotations

import datetime as dt
import io
import json
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pypdf
import pytest
from reportlab.platypus import SimpleDocTemplate

from coopeval import i18n
from coopeval.domain.dates import date_text
from coopeval.reporting.blocks import p
from coopeval.reporting.styles import stylesheet
from coopeval.services.records.bundle import write_bundle
from coopeval.services.reports import writing as reports
from coopeval.services.setup.tenders import set_document_language
from coopeval.services.workspace import Workspace
from tests.helpers.catalogues import welsh_gettext
from tests.helpers.reports import WELSH, flat, pdf_pages

CATALOGUE = {
    "Moderation report": "Adroddiad cymedroli",
    "Moderation report · {reference}": "Adroddiad cymedroli · {reference}",
    "Assessment summary": "Crynodeb asesu",
    "Assessment summary · {reference}": "Crynodeb asesu · {reference}",
    "Page {page} of {total}": "Tudalen {page} o {total}",
    "Your tender": "Eich tendr",
    "Bids, measure by measure": "Cynigion, fesul mesur",
    "Moderation report — {reference} — {title}": "Adroddiad cymedroli — {reference} — {title}",
}
RESPONSE = "Ymateb Cwmni Tŷ Coch Cyf: gwaith lleol yn Llŷn a Môn"  # a bidder's own words, never translated
WELSH_LETTERS = "ŵ ŷ â ê î ô û ï ë ÿ á é í ó ú ẁ ẃ ẅ ỳ ý Ŵ Ŷ Â Ê Î Ô Û Ï Ë Ÿ Ẁ Ẃ Ẅ Ỳ Ý"


@pytest.fixture(autouse=True)
def welsh_catalogue(tmp_path: Path) -> Iterator[None]:
    with welsh_gettext(tmp_path / "i18n", CATALOGUE):
        yield


def _position(text: str, needle: str) -> int:
    at = text.find(needle)
    assert at >= 0, f"{needle!r} is not in the document"
    return at


def test_the_bundled_fonts_carry_every_welsh_letter_into_the_pdf_and_back(tmp_path: Path) -> None:
    out = tmp_path / "letters.pdf"
    SimpleDocTemplate(str(out)).build([p(WELSH_LETTERS), p(WELSH_LETTERS, "CellBold"), p(WELSH_LETTERS, "Quote")])
    text = pdf_pages(out)[0]
    for letter in WELSH_LETTERS.split():
        assert text.count(letter) == 3, letter
    assert stylesheet()["Body"].fontName == "DejaVuSans"


def test_a_welsh_report_is_in_welsh_with_the_bidders_words_as_written(welsh: Path, tmp_path: Path) -> None:
    out = tmp_path / "report-cy.pdf"
    with Workspace.open(welsh, read_only=True) as ws:
        written = reports.write_report(ws, WELSH, out, language="cy")
    assert written.language == "cy"
    pages = pdf_pages(out)
    text = flat(" ".join(pages))
    assert "Adroddiad cymedroli" in text and "Moderation report" not in text
    assert "Cymraeg" not in pages[0]  # one language: no part headings
    assert f"Tudalen 1 o {len(pages)}" in pages[0]
    assert RESPONSE in text and "Gŵyl Fwyd Łódź Ltd" in text
    with i18n.language("cy"):
        assert date_text(dt.datetime.now(dt.UTC).date()) in text  # dates in Welsh
    assert pypdf.PdfReader(out).root_object.get("/Lang") == "cy-GB"


def test_a_bilingual_report_is_one_file_welsh_first_with_one_signature_that_verifies(welsh: Path,
                                                                                      tmp_path: Path) -> None:
    key, cert = reports.throwaway_signing_key(tmp_path / "signing", "Gwenllïan Ŵyn")
    out = tmp_path / "report-cy-en.pdf"
    with Workspace.open(welsh, read_only=True) as ws:
        written = reports.write_report(ws, WELSH, out, key=key, language="cy+en")
    assert written.language == "cy+en" and not written.draft
    pages = pdf_pages(out)
    text = flat(" ".join(pages))
    # the Welsh part first, then the English, each starting on its own page under its heading line
    assert pages[0].lstrip().startswith("Cymraeg") or "Cymraeg" in pages[0].splitlines()[:3]
    english_start = next(n for n, page in enumerate(pages) if "English" in page.splitlines()[:3])
    assert english_start > 0
    assert _position(text, "Cymraeg") < _position(text, "Adroddiad cymedroli") < _position(text, "English") \
        < _position(text, "Moderation report")
    assert "Moderation report" not in flat(" ".join(pages[:english_start]))
    assert "Tudalen 1 o" in pages[0] and f"Page {english_start + 1} of {len(pages)}" in pages[english_start]
    # bidders' words are the same in both parts
    assert text.count(RESPONSE) >= 2 and text.count("Gwannach na Gŵyl Fwyd Łódź Ltd ar ymgysylltu") >= 2
    # one signature field for the whole document, and the signed file verifies
    reader = pypdf.PdfReader(out)
    fields = [f for f in reader.get_fields().values() if f.get("/FT") == "/Sig"]
    assert len(fields) == 1
    outline = [item.title for item in reader.outline if not isinstance(item, list)]
    assert outline[:1] == ["Cymraeg"] and "English" in outline
    verified = reports.verify_report(out, trust=[cert], workspace=welsh)
    assert verified.ok, verified.failed
    assert verified.tender == WELSH


def test_bilingual_summaries_put_welsh_first_and_keep_the_explanations_as_written(welsh: Path,
                                                                                  tmp_path: Path) -> None:
    with Workspace.open(welsh, read_only=True) as ws:
        files = reports.write_summaries(ws, WELSH, tmp_path / "out", language="cy+en")
    assert len(files) == 3
    for file in files:
        pages = pdf_pages(file)
        text = flat(" ".join(pages))
        assert _position(text, "Cymraeg") < _position(text, "Crynodeb asesu") < _position(text, "English") \
            < _position(text, "Assessment summary")
        assert "Eich tendr" in text and "Your tender" in text
        assert "Tudalen 1 o" in pages[0]
    caffi = next(f for f in files if "Caffi" in f.name)
    text = flat(" ".join(pdf_pages(caffi)))
    assert text.count("Gwannach na Gŵyl Fwyd Łódź Ltd ar ymgysylltu") == 0  # another losing bidder: withheld...
    assert text.count("Caffi Siân CIC") >= 2  # ...the bidder's own name, as written, in both parts


def test_the_tenders_setting_is_used_and_language_overrides_it(welsh: Path, tmp_path: Path, run) -> None:
    with Workspace.open(welsh) as ws:
        set_document_language(ws, WELSH, "cy")
    code, out, err = run("report", welsh, "--tender", WELSH, "--out", tmp_path / "own.pdf")
    assert code == 0, err
    assert "In Welsh." in out
    assert "Adroddiad cymedroli" in flat(" ".join(pdf_pages(tmp_path / "own.pdf")))

    code, out, err = run("report", welsh, "--tender", WELSH, "--out", tmp_path / "en.pdf", "--language", "en")
    assert code == 0, err
    text = flat(" ".join(pdf_pages(tmp_path / "en.pdf")))
    assert "Moderation report" in text and "Adroddiad cymedroli" not in text

    code, out, err = run("summaries", welsh, "--tender", WELSH, "--out-dir", tmp_path / "s", "--language", "cy+en")
    assert code == 0, err
    first = sorted((tmp_path / "s").iterdir())[0]
    assert "Cymraeg" in pdf_pages(first)[0]

    with pytest.raises(SystemExit) as refused:  # argparse refuses any other language
        run("report", welsh, "--tender", WELSH, "--out", tmp_path / "x.pdf", "--language", "fr")
    assert refused.value.code == 2


def test_the_records_bundle_writes_the_report_and_summaries_in_the_tenders_language(welsh: Path,
                                                                                   tmp_path: Path) -> None:
    key, _cert = reports.throwaway_signing_key(tmp_path / "signing", "Renée Owen")
    with Workspace.open(welsh) as ws:
        set_document_language(ws, WELSH, "cy+en")
        write_bundle(ws, WELSH, tmp_path / "records.zip", key=key)
    with zipfile.ZipFile(tmp_path / "records.zip") as zf:
        manifest = json.loads(zf.read("manifest.json"))
        report = next(n for n in zf.namelist() if n.startswith("report/"))
        summaries = [n for n in zf.namelist() if n.startswith("summaries/")]
        report_text = flat(" ".join(pdf_pages(zf.read(report))))
        summary_text = flat(" ".join(pdf_pages(zf.read(summaries[0]))))
        tender = json.loads(zf.read(next(n for n in zf.namelist() if n.startswith("tender/"))))
    assert manifest["document_language"] == "cy+en"
    assert tender["tender"]["document_language"] == "cy+en"
    assert _position(report_text, "Adroddiad cymedroli") < _position(report_text, "Moderation report")
    assert _position(summary_text, "Crynodeb asesu") < _position(summary_text, "Assessment summary")


def test_the_documents_title_and_language_are_the_first_parts(welsh: Path, tmp_path: Path) -> None:
    with Workspace.open(welsh, read_only=True) as ws:
        reports.write_report(ws, WELSH, tmp_path / "r.pdf", language="cy+en")
    reader = pypdf.PdfReader(io.BytesIO((tmp_path / "r.pdf").read_bytes()))
    assert reader.metadata.title.startswith(f"Adroddiad cymedroli — {WELSH} — ")
    assert reader.root_object.get("/Lang") == "cy-GB"

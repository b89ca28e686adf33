"""Review of issue 22: a council's own catalogue in the user data folder, however it is made, never breaks a message
or leaves the rest of the Welsh behind; the command line uses it too; the results chart's caption is translated."""

from __future__ import annotations

from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo

from coopeval import i18n
from coopeval.cli import main as cli_main

FOLDER = "is a folder that cannot be read: {reason}"  # a message with a field, translated in the shipped catalogue


def _mo(folder: Path, entries: dict[str | tuple[str, str], str | tuple[str, ...]]) -> Path:
    catalog = Catalog(locale="cy", domain="coopeval")
    for source, welsh in entries.items():
        catalog.add(source, welsh)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "coopeval.mo"
    with path.open("wb") as handle:
        write_mo(handle, catalog)
    return path


def _shipped(message: str) -> str:
    i18n.set_override_dirs([])
    with i18n.language("cy"):
        return i18n._(message)


@pytest.mark.parametrize("content", [b"", b"\xde\x12\x04\x95", b"\xde\x12\x04\x95\x00\x00\x00\x00\xff\xff"])
def test_an_empty_or_cut_short_catalogue_is_left_out_without_a_traceback(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes) -> None:
    shipped = _shipped(FOLDER)
    assert shipped != FOLDER
    (tmp_path / "cy").mkdir()
    (tmp_path / "cy" / "coopeval.mo").write_bytes(content)
    i18n.set_override_dirs([tmp_path])
    with i18n.language("cy"):
        assert i18n._(FOLDER) == shipped  # was struct.error on every Welsh message
    assert "could not be read" in capsys.readouterr().err


def test_a_few_corrections_keep_the_rest_of_the_shipped_welsh(tmp_path: Path) -> None:
    shipped = _shipped(FOLDER)
    _mo(tmp_path / "cy", {"Assessment summary": "Crynodeb asesu (wedi'i gywiro)"})
    i18n.set_override_dirs([tmp_path])
    with i18n.language("cy"):
        assert i18n._("Assessment summary") == "Crynodeb asesu (wedi'i gywiro)"
        assert i18n._(FOLDER) == shipped


@pytest.mark.parametrize("welsh", [
    "yn ffolder na ellir ei darllen: {rheswm}",  # a field renamed: KeyError
    "yn ffolder na ellir ei darllen: {reason} {extra}",  # a field added: KeyError
    "yn ffolder na ellir ei darllen: {reason",  # a brace broken: ValueError
    "yn ffolder na ellir ei darllen: {0}",  # a positional field: IndexError
    "yn ffolder na ellir ei darllen",  # the field dropped: the reason would be lost
])
def test_a_translation_that_breaks_its_fields_gives_way_to_the_shipped_one(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], welsh: str) -> None:
    shipped = _shipped(FOLDER)
    _mo(tmp_path / "cy", {FOLDER: welsh, "Assessment summary": "Crynodeb asesu (wedi'i gywiro)"})
    i18n.set_override_dirs([tmp_path])
    with i18n.language("cy"):
        assert i18n._(FOLDER).format(reason="X") == shipped.format(reason="X")
        assert i18n._("Assessment summary") == "Crynodeb asesu (wedi'i gywiro)"
    assert "does not keep its {fields}" in capsys.readouterr().err


def test_a_broken_translation_with_no_other_catalogue_stays_english(tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(i18n, "shipped_dir", lambda: tmp_path / "nothing shipped")
    _mo(tmp_path / "cy", {"{bid} has no score": "nid oes sgôr gan {cynnig}", "Bid": "Cynnig",
                          ("{count} bid", "{count} bids"): ("dim cynigion", "un cynnig", "{count} {oops}",
                                                            "{count} cynnig", "{count} chynnig", "{count} cynnig")})
    i18n.set_override_dirs([tmp_path])
    with i18n.language("cy"):
        assert i18n._("{bid} has no score").format(bid="B") == "B has no score"
        assert i18n._("Bid") == "Cynnig"
        assert i18n.ngettext("{count} bid", "{count} bids", 1).format(count=1) == "un cynnig"  # may drop the count
        assert i18n.ngettext("{count} bid", "{count} bids", 3).format(count=3) == "3 cynnig"
        assert i18n.ngettext("{count} bid", "{count} bids", 2).format(count=2) == "2 bids"  # the broken form


def test_the_command_line_uses_the_councils_catalogue(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from coopeval.paths import user_data_dir

    _mo(user_data_dir() / "i18n" / "cy", {"Assessment summary": "Crynodeb asesu (wedi'i gywiro)"})
    cli_main(["tenders", str(tmp_path / "missing.coopeval")])  # any command: the catalogue is chosen before it runs
    with i18n.language("cy"):
        assert i18n._("Assessment summary") == "Crynodeb asesu (wedi'i gywiro)"


def test_the_results_chart_caption_follows_the_language(tmp_path: Path) -> None:
    from types import SimpleNamespace

    from reportlab.graphics.shapes import String

    from coopeval.reporting.charts import results_chart

    results = SimpleNamespace(ranking=[], themes=[])
    _mo(tmp_path / "cy", {"Points out of 100 for the social value section, by theme": "Pwyntiau fesul thema"})
    i18n.set_override_dirs([tmp_path])
    with i18n.language("cy"):
        drawing = results_chart(results, 400)  # type: ignore[arg-type]
    captions = [s.text for s in drawing.contents if isinstance(s, String)]
    assert captions == ["Pwyntiau fesul thema"]


@pytest.mark.parametrize(("given", "expected"), [("CY", "cy"), ("en+cy", "cy+en"), ("Cy+En", "cy+en"), ("en", "en")])
def test_report_and_summaries_read_the_language_as_the_questionnaire_does(given: str, expected: str) -> None:
    from coopeval.cli import build_parser

    for command in (["report", "w.coopeval", "--out", "r.pdf"], ["summaries", "w.coopeval", "--out-dir", "s"]):
        args = build_parser().parse_args([*command, "--tender", "T", "--language", given])
        assert args.language == expected


@pytest.mark.parametrize("bad", ["fr", "", "cy+en+fr"])
def test_report_refuses_an_empty_or_unknown_language_as_a_usage_error(bad: str,
                                                                      capsys: pytest.CaptureFixture[str]) -> None:
    from coopeval.cli import build_parser

    with pytest.raises(SystemExit) as refused:
        build_parser().parse_args(["report", "w.coopeval", "--tender", "T", "--out", "r.pdf", "--language", bad])
    assert refused.value.code == 2
    err = capsys.readouterr().err
    assert "--language" in err and "Traceback" not in err

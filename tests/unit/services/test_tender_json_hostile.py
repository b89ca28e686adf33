"""Crafted tender JSON documents (issue 14, item 1): each breaks a rule the app itself enforces, and
each must be refused with a message at its JSON path, leaving the workspace as it was.

Every case starts from a real export of a signed-off tender and changes one thing."""

from __future__ import annotations

import copy
import io
import re
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from coopeval import cli
from coopeval.domain.errors import InvalidFileError
from coopeval.services.interchange import tender_json as interchange
from coopeval.services.workspace import Workspace
from coopeval.storage.tables import AUDITED_TABLES
from tests.helpers.workspaces import create_workspace, staged_file

T_BAD = "2026-02-30T25:61:61Z"


@pytest.fixture(scope="module")
def signed_off(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    path = tmp_path_factory.mktemp("hostile-source") / "source.coopeval"
    staged_file(tmp_path_factory, path, "signed_off")
    with Workspace.open(path) as ws:
        return interchange.export_tender(ws, "T1")


@pytest.fixture(scope="module")
def target(tmp_path_factory: pytest.TempPathFactory) -> Workspace:
    ws = create_workspace(tmp_path_factory.mktemp("hostile-target") / "target.coopeval")
    yield ws
    ws.close()


def state(ws: Workspace) -> dict[str, int]:
    with ws.reading() as session:
        connection = session.connection()
        return {t: connection.exec_driver_sql(f"SELECT count(*) FROM {t}").scalar_one()
                for t in [*(m.__tablename__ for m in AUDITED_TABLES), "audit_event"]}


# --- the mutations -----------------------------------------------------------------------------------

def _index(items: list[dict], key: str, value: Any) -> int:
    return next(i for i, item in enumerate(items) if item[key] == value)


def _quantitative(d: dict) -> int:
    return next(i for i, m in enumerate(d["measures"]) if m["kind"] == "quantitative" and m["method"] == "relative")


def _weights(value: str) -> Callable[[dict], None]:
    def spoil(d: dict) -> None:
        for m in d["measures"]:
            m["weight"] = value
    return spoil


def _set(*path: Any, value: Any) -> Callable[[dict], None]:
    def spoil(d: dict) -> None:
        parent = d
        for key in path[:-1]:
            parent = parent[key]
        parent[path[-1]] = value
    return spoil


def _officer_signs(d: dict) -> None:
    d["members"].append({"name": "Olu", "role": "officer", "email": ""})
    d["sign_offs"].append({**d["sign_offs"][0], "member": "Olu"})


def _observer_signs(d: dict) -> None:
    d["sign_offs"].append({**d["sign_offs"][0], "member": "Oz"})


def _bands(bands: Any) -> Callable[[dict], None]:
    def spoil(d: dict) -> None:
        m = d["measures"][_quantitative(d)]
        m["method"], m["bands"] = "banded", bands
    return spoil


def _loop(length: int) -> Callable[[dict], None]:
    def spoil(d: dict) -> None:
        first = d["declarations"][0]
        numbers = [first["number"]]
        for _ in range(length - 1):
            number = max(x["number"] for x in d["declarations"]) + 1
            d["declarations"].append({**first, "number": number})
            numbers.append(number)
        by_number = {x["number"]: x for x in d["declarations"]}
        for a, b in zip(numbers, [*numbers[1:], numbers[0]]):
            by_number[a]["superseded_by"] = b
    return spoil


def _clarification(**changes: Any) -> Callable[[dict], None]:
    def spoil(d: dict) -> None:
        d["bids"][0]["clarifications"].append({"question": "Which kitchens?", "asked_on": "2026-02-12",
                                               "answer": "Both", "answered_on": None, **changes})
    return spoil


def _rename_measure(d: dict, old: str, new: str) -> None:
    for m in d["measures"]:
        if m["code"] == old:
            m["code"] = new
    for b in d["bids"]:
        for r in b["responses"]:
            if r["measure"] == old:
                r["measure"] = new
    for part in ("scores", "consensus"):
        for item in d[part]:
            if item["measure"] == old:
                item["measure"] = new


def _not_in_framework(d: dict) -> None:
    _rename_measure(d, d["measures"][0]["code"], "LOC-99")


def _deep(depth: int) -> Callable[[dict], None]:
    def spoil(d: dict) -> None:
        value: Any = 1
        for _ in range(depth):
            value = [value]
        d["measures"][0]["measure"]["extra"] = value
    return spoil


def _huge_quantity(d: dict) -> None:
    response = next(r for r in d["bids"][0]["responses"] if r["quantity"] is not None)
    response["quantity"] = "1" + "0" * 13


def _huge_quantity_path(d: dict) -> str:
    j = next(j for j, r in enumerate(d["bids"][0]["responses"]) if r["quantity"] is not None)
    return f"$.bids[0].responses[{j}].quantity"


# (mutation, a JSON path the refusal must name)
CASES: dict[str, tuple[Callable[[dict], None], str]] = {
    "signed off, weights total 500": (_weights("100"), "$.tender.status"),
    "signed off, weights total 0": (_weights("0"), "$.tender.status"),
    "signed off with no sign-offs": (_set("sign_offs", value=[]), "$.tender.status"),
    "signed off with no consensus": (_set("consensus", value=[]), "$.tender.status"),
    "signed off with a draft score": (lambda d: d["scores"][0].update(status="draft", submitted_at=None),
                                      "$.tender.status"),
    "sign-off in a later round than the tender's": (lambda d: d["sign_offs"][0].update(round=5),
                                                    "$.sign_offs[0].round"),
    "evaluation with consensus": (_set("tender", "status", value="evaluation"), "$.consensus"),
    "section weight -10": (_set("tender", "section_weight", value="-10"), "$.tender.section_weight"),
    "section weight 1000": (_set("tender", "section_weight", value="1000"), "$.tender.section_weight"),
    "measure weight -10": (_set("measures", 0, "weight", value="-10"), "$.measures[0].weight"),
    "measure weight 1000": (_set("measures", 0, "weight", value="1000"), "$.measures[0].weight"),
    "negative discussion cut-off": (_set("tender", "discuss_at", value="-5"), "$.tender.discuss_at"),
    "negative split cut-off": (_set("tender", "split_above", value="-1"), "$.tender.split_above"),
    "cut-offs reversed": (lambda d: d["tender"].update(discuss_at="60", split_above="40"), "$.tender.discuss_at"),
    "bands descending": (_bands([["10", "0.5"], ["5", "1"]]), "$.measures[{q}].bands"),
    "band share above 1": (_bands([["10", "2"]]), "$.measures[{q}].bands"),
    "banded without bands": (_bands(None), "$.measures[{q}].method"),
    "committed quantity beyond the bid form's bound": (_huge_quantity, "{quantity}"),
    "target beyond the set-up bound": (lambda d: d["measures"][_quantitative(d)].update(method="target", bands=None,
                                                                                      target="1" + "0" * 13),
                                       "$.measures[{q}].method"),
    "band threshold beyond the set-up bound": (_bands([["1" + "0" * 13, "1"]]), "$.measures[{q}].bands"),
    "negative minimum": (lambda d: d["measures"][_quantitative(d)].update(minimum="-1"), "$.measures[{q}].minimum"),
    "sign-off by an officer": (_officer_signs, "$.sign_offs[2].member"),
    "sign-off by an observer": (_observer_signs, "$.sign_offs[2].member"),
    "non-member present": (lambda d: d["consensus"][0]["present"].append("Mallory"), "$.consensus[0].present[2]"),
    "impossible time": (_set("tender", "created_at", value=T_BAD), "$.tender.created_at"),
    "impossible signed_at": (_set("sign_offs", 0, "signed_at", value="2026-04-31T10:00:00Z"),
                             "$.sign_offs[0].signed_at"),
    "impossible received_on": (_set("bids", 0, "received_on", value="2026-02-30"), "$.bids[0].received_on"),
    "received_on not a date": (_set("bids", 0, "received_on", value="soon"), "$.bids[0].received_on"),
    "impossible asked_on": (_clarification(asked_on="2026-13-01"), "$.bids[0].clarifications[0].asked_on"),
    "impossible answered_on": (_clarification(answered_on="2026-02-29"), "$.bids[0].clarifications[0].answered_on"),
    "submitted without submitted_at": (_set("scores", 0, "submitted_at", value=None), "$.scores[0].submitted_at"),
    "draft with submitted_at": (lambda d: d["scores"][0].update(status="draft"), "$.scores[0].submitted_at"),
    "superseding loop of two": (_loop(2), "$.declarations[0].superseded_by"),
    "superseding loop of three": (_loop(3), "$.declarations[0].superseded_by"),
    "measure from a framework not in the file": (_set("measures", 0, "framework_id", value="toms-2026"),
                                                 "$.measures[0].framework_id"),
    "measure version not in the file": (_set("measures", 0, "framework_version", value="9.9.9"),
                                        "$.measures[0].framework_id"),
    "measure code not in its framework": (_not_in_framework, "$.measures[0].code"),
    "NUL in the title": (_set("tender", "title", value="School\x00meals"), "$.tender.title"),
    "control character in a rationale": (_set("scores", 0, "rationale", value="Fine\x1b[2J"), "$.scores[0].rationale"),
    "C1 control in a statement": (_set("sign_offs", 0, "statement", value="Signed\x85\x9b"), "$.sign_offs[0].statement"),
    "right-to-left override in a reference": (_set("tender", "reference", value="T1\u202e"), "$.tender.reference"),
    "zero-width space in a member name": (_set("members", 0, "name", value="An\u200bn"), "$.members[0].name"),
    "non-breaking hyphen in a bid identifier": (_set("bids", 0, "identifier", value="IP\u2011000"),
                                                "$.bids[0].identifier"),
    "bidi override in present": (lambda d: d["consensus"][0]["present"].append("\u202eAnn"),
                                 "$.consensus[0].present[2]"),
    "control character in the scale": (_set("tender", "scale", "points", 0, "label", value="No\x07ne"),
                                       "$.tender.scale.points[0].label"),
    "control character inside a measure": (_set("measures", 0, "measure", "title", value="Jobs\x00"),
                                           "$.measures[0].measure.title"),
    "description too long": (_set("tender", "description", value="x" * 20_001), "$.tender.description"),
    "statement too long": (_set("sign_offs", 0, "statement", value="y" * 4_001), "$.sign_offs[0].statement"),
    "title on two lines": (_set("tender", "title", value="School\nmeals"), "$.tender.title"),
    "contract value 2**63": (_set("tender", "contract_value_pence", value=2**63), "$.tender.contract_value_pence"),
    "contract value beyond the set-up limit": (_set("tender", "contract_value_pence", value=10**15 + 1),
                                               "$.tender.contract_value_pence"),
    "declaration number 2**64": (_set("declarations", 0, "number", value=2**64), "$.declarations[0].number"),
    "sign-off round 2**63": (_set("sign_offs", 0, "round", value=2**63), "$.sign_offs[0].round"),
    "score value 2**70": (_set("scores", 0, "value", value=2**70), "$.scores[0].value"),
    "huge integer inside a measure": (_set("measures", 0, "measure", "proxy", value={"value": 2**80}),
                                      "$.measures[0].measure.proxy.value"),
    "infinite float inside a measure": (_set("measures", 0, "measure", "proxy", value={"value": float("inf")}),
                                        "$.measures[0].measure.proxy.value"),
    "NaN inside a measure": (_set("measures", 0, "measure", "x", value=float("nan")), "$.measures[0].measure.x"),
    "format_version true": (_set("format_version", value=True), "$.format_version"),
    "format_version 1.0": (_set("format_version", value=1.0), "$.format_version"),
    "nested 200 deep": (_deep(200), "$.measures[0].measure.extra" + "[0]" * 60),
}


def _spoilt(signed_off: dict, case: str) -> tuple[dict, str]:
    spoil, path = CASES[case]
    document = copy.deepcopy(signed_off)
    spoil(document)
    if "{quantity}" in path:
        path = _huge_quantity_path(signed_off)
    return document, path.replace("{q}", str(_quantitative(signed_off)))


@pytest.mark.parametrize("case", list(CASES))
def test_a_crafted_document_is_refused_at_its_path_and_nothing_is_written(case: str, signed_off: dict,
                                                                          target: Workspace):
    document, path = _spoilt(signed_off, case)
    before = state(target)
    with pytest.raises(InvalidFileError) as caught:
        interchange.import_tender(target, document, source_name="crafted.json")
    locations = [p.location for p in caught.value.problems]
    assert path in locations, caught.value
    assert all(p.message and "Traceback" not in p.message for p in caught.value.problems)
    assert state(target) == before


# --- the same, from a file: what only JSON text can carry --------------------------------------------

def _text(document: dict) -> str:
    return interchange.tender_json_text(document)


FILE_CASES: dict[str, tuple[Callable[[str], str], str, str]] = {
    "duplicate key in the tender": (lambda t: t.replace('"tender": {', '"tender": {\n    "status": "draft",', 1),
                                    "$.tender.status", "more than once"),
    "duplicate key at the top": (lambda t: t.replace('{\n', '{\n  "format_version": 1,\n', 1),
                                 "$.format_version", "more than once"),
    "1e400": (lambda t: t.replace('"min_rationale_chars": ', '"min_rationale_chars": 1e400, "x": ', 1),
              "$.tender.min_rationale_chars", "infinity"),
    "-1e400 in a measure": (lambda t: t.replace('"measure": {', '"measure": {"big": -1e400, ', 1),
                            "$.measures[0].measure.big", "infinity"),
    "integer with 30 digits": (lambda t: t.replace('"signoff_round": ', '"signoff_round": 1' + "0" * 29 + ', "y": ', 1),
                               "$.tender.signoff_round", "too large"),
    "100,000 deep": (lambda t: "[" * 100_000 + "]" * 100_000, "JSON syntax", "too deeply"),
    "format_version true": (lambda t: t.replace('"format_version": 2', '"format_version": true', 1),
                            "$.format_version", "whole number 1"),
    "impossible time": (lambda t: re.sub(r'"created_at": "[^"]*"', f'"created_at": "{T_BAD}"', t, count=1),
                        "$.scores[0].created_at", "real date"),
}


@pytest.mark.parametrize("case", list(FILE_CASES))
def test_a_crafted_file_is_refused_at_its_path(case: str, signed_off: dict, tmp_path: Path):
    spoil, location, words = FILE_CASES[case]
    path = tmp_path / "crafted.json"
    path.write_text(spoil(_text(signed_off)), encoding="utf-8")
    with pytest.raises(InvalidFileError) as caught:
        interchange.read_tender_json(path)
    found = {p.location: p.message for p in caught.value.problems}
    assert location in found, caught.value
    assert words in found[location]


def test_a_valid_export_still_round_trips_byte_identically(signed_off: dict, tmp_path: Path):
    source = tmp_path / "T1.json"
    source.write_text(_text(signed_off), encoding="utf-8")
    with create_workspace(tmp_path / "copy.coopeval") as ws:
        interchange.import_tender_file(ws, source)
        again = interchange.write_tender_json(ws, "T1", tmp_path / "again.json")
    assert again.read_bytes() == source.read_bytes()


def test_free_text_is_stored_normalised(signed_off: dict, tmp_path: Path):
    document = copy.deepcopy(signed_off)
    document["tender"]["title"] = "  Cafe\u0301 meals  "
    document["sign_offs"][0]["statement"] = "Fair.\vAll of it.\r\n"
    with create_workspace(tmp_path / "n.coopeval") as ws:
        interchange.import_tender(ws, document)
        back = interchange.export_tender(ws, "T1")
    assert back["tender"]["title"] == "Caf\u00e9 meals"
    assert back["sign_offs"][0]["statement"] == "Fair.\nAll of it."


def test_the_superseding_rule_finds_every_loop():
    from coopeval.domain import tender_rules

    assert tender_rules.superseding_loops({1: 2, 2: 3, 4: 5}) == []
    assert tender_rules.superseding_loops({1: 2, 2: 1}) == [[1, 2]]
    assert tender_rules.superseding_loops({1: 2, 2: 3, 3: 1, 5: 1, 7: 7}) == [[1, 2, 3], [7]]


# --- the command line leaves no half-made workspace ---------------------------------------------------

def run(*argv: object) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = cli.main([str(a) for a in argv], out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def test_a_refused_import_into_a_new_file_leaves_nothing_and_a_retry_works(signed_off: dict, tmp_path: Path,
                                                                          monkeypatch: pytest.MonkeyPatch):
    source = tmp_path / "T1.json"
    source.write_text(_text(signed_off), encoding="utf-8")
    workspace = tmp_path / "new.coopeval"

    def disk_full(*args: Any, **kwargs: Any) -> Any:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(interchange, "restore", disk_full)
    code, _, _ = run("tender", "import", workspace, source)
    assert code != 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["T1.json"]

    monkeypatch.undo()
    code, out, err = run("tender", "import", workspace, source)
    assert code == 0, err
    assert "Imported tender T1" in out


def test_a_crafted_file_never_creates_the_workspace(signed_off: dict, tmp_path: Path):
    document = copy.deepcopy(signed_off)
    document["tender"]["contract_value_pence"] = 2**63
    source = tmp_path / "big.json"
    source.write_text(_text(document), encoding="utf-8")
    code, _, err = run("tender", "import", tmp_path / "new.coopeval", source)
    assert code != 0
    assert "$.tender.contract_value_pence" in err
    assert "Traceback" not in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["big.json"]


# --- the services hold the same rules as the import ---------------------------------------------------

def test_only_evaluators_and_the_chair_can_sign_in_the_app_too(tmp_path_factory: pytest.TempPathFactory,
                                                              tmp_path: Path):
    from coopeval.domain.lifecycle import LifecycleError
    from coopeval.services.panel import members as panel
    from coopeval.services.signoff import actions as signoff

    path = tmp_path / "w.coopeval"
    built = staged_file(tmp_path_factory, path, "signed_off")
    with Workspace.open(path) as ws:
        signoff.reopen(ws, built.reference, "A figure was mistyped")
        officer, _ = panel.add_member(ws, built.reference, name="Olu", role="officer")
        for member in (built.observer, officer.id):
            with pytest.raises(LifecycleError, match="only evaluators and the chair sign off"):
                signoff.sign(ws, member, "I confirm the evaluation was fair.")
        signoff.sign(ws, built.evaluator, "I confirm the evaluation was fair.")
        assert signoff.checklist(ws, built.reference).unsigned_members == ("Cal",)


def test_the_set_up_service_and_the_import_give_the_same_cut_off_rule(tmp_path: Path):
    from coopeval.domain.numbers import InputError
    from coopeval.services.setup import tenders
    from tests.helpers.workspaces import draft_tender

    with create_workspace(tmp_path / "w.coopeval") as ws:
        draft_tender(ws)
        with pytest.raises(InputError, match=r"discussion cut-off \(60%\) must not be above the split cut-off \(40%\)"):
            tenders.update_tender(ws, "T1", discuss_at="60", split_above="40")
        with pytest.raises(InputError, match="band thresholds must be strictly ascending; 5 follows 10"):
            measure = next(m for m in tenders.list_measures(ws, "T1") if m.kind == "quantitative")
            tenders.set_measure(ws, measure.id, method="banded", bands=[["10", "0.5"], ["5", "1"]])

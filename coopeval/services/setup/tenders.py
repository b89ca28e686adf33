"""Setting a tender up: details, scale, measures with their weights and method parameters.

Everything here is allowed only while the tender is a draft; starting evaluation freezes it.
"""

from __future__ import annotations

import json
from decimal import Decimal
from functools import partial
from typing import Any

from sqlmodel import Session, col, select

from coopeval import i18n
from coopeval.domain import lifecycle, tender_rules, text
from coopeval.domain.dates import iso_deadline
from coopeval.domain.framework import snapshot as framework_snapshot
from coopeval.domain.identity import Permission
from coopeval.domain.numbers import (
    MAX_NUMBER,
    InputError,
    Problems,
    decimal_text,
    parse_decimal,
    pounds_to_pence,
)
from coopeval.domain.scales import Scale
from coopeval.i18n import _
from coopeval.services.changes import ChangeKind, Changes
from coopeval.services.identity.guard import require, require_workspace
from coopeval.services.rows import row_id, save, scale_json, stored_row, tender_row
from coopeval.services.setup.frameworks import get_framework
from coopeval.services.views import MeasureView, TenderView, from_row
from coopeval.services.workspace import NotFoundError, Workspace
from coopeval.storage import audit
from coopeval.storage.tables import ResponseRow, TenderMeasureRow, TenderRow

# The tender's text details: (field, what the user calls it, required).
_TEXT_DETAILS = (("title", _("Tender title"), True), ("authority", _("Contracting authority"), False),
                 ("description", _("Description"), False),
                 ("clarification_route", _("How bidders ask clarification questions"), False))
EDITABLE_DETAILS = ("title", "authority", "contract_value_pence", "duration_months", "description",
                    "section_weight", "discuss_at", "split_above", "disqualify_on_threshold", "min_rationale_chars",
                    "deadline", "clarification_route")
MAX_WORD_LIMIT = 100_000


def create_tender(ws: Workspace, *, reference: str, title: str, scale: Scale, authority: str = "",
                  contract_value_pence: int | None = None, duration_months: int | None = None,
                  description: str = "", section_weight: str | Decimal = "10",
                  contract_value: str | None = None) -> tuple[TenderView, Changes]:
    """A new draft tender. `contract_value` is the value in pounds as a person types it ("£250,000"),
    an alternative to `contract_value_pence`. Every problem with the details is reported at once."""
    problems = Problems()
    reference = problems.check(lambda: text.clean(reference, "tender.reference", _("Tender reference"), required=True)) or ""
    title = problems.check(lambda: text.clean(title, "tender.title", _("Tender title"), required=True)) or ""
    authority = problems.check(lambda: text.clean(authority, "tender.authority", _("Contracting authority"))) or ""
    description = problems.check(lambda: text.clean(description, "tender.description", _("Description"))) or ""
    if contract_value is not None and contract_value.strip():
        contract_value_pence = problems.check(lambda: pounds_to_pence(contract_value, _("Contract value (£)")))
    details: dict[str, Any] = {}
    for key, value in (("contract_value_pence", contract_value_pence), ("duration_months", duration_months),
                       ("section_weight", section_weight)):
        details.update(problems.check(lambda: _checked_details({key: value})) or {})  # noqa: B023 - called at once
    problems.raise_any()
    now = audit.now_utc()
    with ws.writing() as session:
        require_workspace(ws, session, Permission.CREATE_TENDER)
        if session.exec(select(TenderRow).where(TenderRow.reference == reference)).first():
            raise InputError(_("A tender with reference {reference!r} already exists in this workspace.").format(reference=reference))
        row = TenderRow(reference=reference, title=title, authority=authority, description=description,
                        scale_id=scale.id, scale=scale_json(scale), created_at=now, updated_at=now, **details)
        save(ws, session, row, "create", None, reference)
        return from_row(TenderView, row), Changes.of(ChangeKind.TENDER, tender_id=row.id)


def update_tender(ws: Workspace, tender: int | str, **changes: Any) -> tuple[TenderView, Changes]:
    unknown = set(changes) - set(EDITABLE_DETAILS)
    if unknown:
        raise InputError(_("These tender details cannot be edited: {unknown}.").format(unknown=', '.join(sorted(unknown))))
    changes = _checked_details(changes)
    with ws.writing() as session:
        row = tender_row(session, tender)
        require(ws, session, row, Permission.SET_UP)
        lifecycle.require_setup_editable(row.status)
        problems = Problems()
        for key, what, required in _TEXT_DETAILS:
            if key in changes:  # text the same as what is stored is kept as it is
                changes[key] = problems.check(partial(text.clean_edit, changes[key], getattr(row, key),
                                                      f"tender.{key}", what, required=required))
        problems.raise_any()
        before = row.snapshot()
        for key, value in changes.items():
            setattr(row, key, value)
        if row.snapshot() == before:
            return from_row(TenderView, row), Changes.none()
        row.updated_at = audit.now_utc()
        _check_cutoffs(row)
        save(ws, session, row, "update", before, row.reference)
        return from_row(TenderView, row), Changes.of(ChangeKind.TENDER, tender_id=row.id)


def set_scale(ws: Workspace, tender: int | str, scale: Scale) -> Changes:
    with ws.writing() as session:
        row = tender_row(session, tender)
        require(ws, session, row, Permission.SET_UP)
        lifecycle.require_setup_editable(row.status)
        before = row.snapshot()
        row.scale_id, row.scale, row.updated_at = scale.id, scale_json(scale), audit.now_utc()
        for measure in _measure_rows(session, row_id(row)):
            if measure.kind == "qualitative" and measure.minimum is not None and int(Decimal(measure.minimum)) not in scale.values:
                raise InputError(_("{code}'s minimum {minimum} is not a point on the {name} scale; "
                                 "change the minimum first.").format(code=measure.code, minimum=measure.minimum, name=scale.name))
        save(ws, session, row, "set_scale", before, row.reference)
        return Changes.of(ChangeKind.TENDER, tender_id=row.id)


def add_measures(ws: Workspace, tender: int | str, framework_id: str, *, codes: list[str] | None = None,
                 set_name: str | None = None, version: str | None = None) -> tuple[list[MeasureView], Changes]:
    """Snapshot measures from a workspace framework into the tender (by codes, or a suggested set)."""
    framework = get_framework(ws, framework_id, version)
    if set_name is not None:
        try:
            codes = list(framework.measure_set(set_name).measures)
        except KeyError:
            names = ", ".join(s.name for s in framework.sets) or "none"
            raise InputError(_("{name} has no measure set {set_name!r} (it has: {names}).").format(name=framework.info.name, set_name=set_name, names=names)) from None
    if not codes:
        raise InputError(_("Choose at least one measure."))
    by_code = {m.code: (t, o, m) for t, o, m in framework.measures()}
    missing = [c for c in codes if c not in by_code]
    if missing:
        raise InputError(_("{name} has no measure {missing}.").format(name=framework.info.name, missing=', '.join(missing)))
    added: list[MeasureView] = []
    with ws.writing() as session:
        row = tender_row(session, tender)
        require(ws, session, row, Permission.SET_UP)
        lifecycle.require_setup_editable(row.status)
        existing = {m.code for m in _measure_rows(session, row_id(row))}
        position = len(existing)
        for code in codes:
            if code in existing:
                continue
            theme, outcome, measure = by_code[code]
            position += 1
            record = TenderMeasureRow(
                tender_id=row_id(row), position=position, framework_id=framework.info.id,
                framework_version=framework.info.version, code=code, theme=theme.name, outcome=outcome.name,
                kind=measure.type, measure_json=json.dumps(framework_snapshot(measure), sort_keys=True, ensure_ascii=False),
                weight="0", method=measure.method, direction=measure.direction,
                target=None if measure.target is None else decimal_text(measure.target),
                bands=json.dumps([[decimal_text(b.at), decimal_text(b.share)] for b in measure.bands]) if measure.bands else None,
            )
            save(ws, session, record, "add_measure", None, row.reference)
            existing.add(code)
            added.append(from_row(MeasureView, record))
        return added, Changes.of(ChangeKind.TENDER_MEASURE, tender_id=row.id)


def set_measure(ws: Workspace, measure_id: int, **params: Any) -> tuple[MeasureView, Changes]:
    """Change a tender measure's weight, minimum, method parameters (method, direction, target, bands), or the
    word limit of bidders' responses to it (None: no limit)."""
    allowed = {"weight", "minimum", "method", "direction", "target", "bands", "word_limit"}
    if set(params) - allowed:
        raise InputError(_("Unknown measure settings: {value}.").format(value=', '.join(sorted(set(params) - allowed))))
    with ws.writing() as session:
        record, tender = _editable_measure(ws, session, measure_id)
        before = record.snapshot()
        for key, value in _checked_measure_params(record, tender, params).items():
            setattr(record, key, value)
        if record.snapshot() == before:
            return from_row(MeasureView, record), Changes.none()
        save(ws, session, record, "set_measure", before, tender.reference)
        return from_row(MeasureView, record), Changes.of(ChangeKind.TENDER_MEASURE, tender_id=tender.id)


def remove_measure(ws: Workspace, measure_id: int) -> Changes:
    with ws.writing() as session:
        record, tender = _editable_measure(ws, session, measure_id)
        # Bids' responses to the measure go with it (only drafts get here, so nothing is scored yet).
        for response in list(session.exec(select(ResponseRow).where(ResponseRow.measure_id == measure_id))):
            gone = response.snapshot()
            session.delete(response)
            session.flush()
            audit.append(session, actor=ws.actor, person=ws.person_name, action="remove_response", entity="response",
                         entity_id=gone["id"], tender_ref=tender.reference, before=gone, after=None)
        before = record.snapshot()
        session.delete(record)
        session.flush()
        audit.append(session, actor=ws.actor, person=ws.person_name, action="remove_measure", entity="tender_measure",
                     entity_id=measure_id, tender_ref=tender.reference, before=before, after=None)
        return Changes.of(ChangeKind.TENDER_MEASURE, tender_id=tender.id)


def _editable_measure(ws: Workspace, session: Session, measure_id: int) -> tuple[TenderMeasureRow, TenderRow]:
    record = session.get(TenderMeasureRow, measure_id)
    if record is None:
        raise NotFoundError(_("There is no tender measure {measure_id}.").format(measure_id=measure_id))
    tender = stored_row(session, TenderRow, record.tender_id, _("tender"))
    require(ws, session, tender, Permission.SET_UP)
    lifecycle.require_setup_editable(tender.status)
    return record, tender


def get_tender(ws: Workspace, tender: int | str) -> TenderView:
    with ws.reading() as session:
        return from_row(TenderView, tender_row(session, tender))


def list_tenders(ws: Workspace) -> list[TenderView]:
    with ws.reading() as session:
        return [from_row(TenderView, r) for r in session.exec(select(TenderRow).order_by(TenderRow.reference))]


def list_measures(ws: Workspace, tender: int | str) -> list[MeasureView]:
    with ws.reading() as session:
        row = tender_row(session, tender)
        return [from_row(MeasureView, m) for m in _measure_rows(session, row_id(row))]


def tender_scale(ws: Workspace, tender: int | str) -> Scale:
    with ws.reading() as session:
        return Scale.model_validate_json(tender_row(session, tender).scale)


def weight_total(ws: Workspace, tender: int | str) -> Decimal:
    return sum((m.weight_decimal for m in list_measures(ws, tender)), Decimal(0))


def _measure_rows(session: Session, tender_id: int) -> list[TenderMeasureRow]:
    return list(session.exec(select(TenderMeasureRow).where(TenderMeasureRow.tender_id == tender_id)
                             .order_by(col(TenderMeasureRow.position))))


def _whole(value: Any, what: str, low: int, high: int) -> int:
    try:
        number = int(str(value).strip())
    except ValueError:
        raise InputError(_("{what}: {value!r} is not a whole number.").format(what=what, value=value)) from None
    if not low <= number <= high:
        raise InputError(_("{what} must be between {low:,} and {high:,}; got {number:,}.").format(what=what, low=low, high=high, number=number))
    return number


def set_document_language(ws: Workspace, tender: int | str, language: str) -> tuple[TenderView, Changes]:
    """The language the tender's documents are written in: "en", "cy" or "cy+en" (both, Welsh first). It changes no
    score, so it may be set at any stage; each document command may still override it (`--language`)."""
    try:
        value = i18n.document_language(language)
    except ValueError as exc:
        raise InputError(str(exc)) from None
    with ws.writing() as session:
        row = tender_row(session, tender)
        require(ws, session, row, Permission.SET_UP)
        if value == row.document_language:
            return from_row(TenderView, row), Changes.none()
        before = row.snapshot()
        row.document_language, row.updated_at = value, audit.now_utc()
        save(ws, session, row, "set_document_language", before, row.reference,
             note=f"documents in {value}")  # i18n: no
        return from_row(TenderView, row), Changes.of(ChangeKind.TENDER, tender_id=row.id)


def document_language_of(ws: Workspace, tender: int | str, override: str | None = None) -> str:
    """The language to write a tender's document in: `override` (a command's `--language`) or the tender's own."""
    if override:
        try:
            return i18n.document_language(override)
        except ValueError as exc:
            raise InputError(str(exc)) from None
    with ws.reading() as session:
        return tender_row(session, tender).document_language or "en"


def _checked_details(changes: dict[str, Any]) -> dict[str, Any]:
    out = dict(changes)
    if out.get("contract_value_pence") is not None:
        out["contract_value_pence"] = _whole(out["contract_value_pence"], _("Contract value (pence)"), 0, 10**15)
    if out.get("duration_months") is not None:
        out["duration_months"] = _whole(out["duration_months"], _("Contract duration (months)"), 1, 600)
    for key, what in (("section_weight", _("Social value weight")), ("discuss_at", _("Discussion cut-off")),
                      ("split_above", _("Split cut-off"))):
        if key in out:
            low = Decimal("0.01") if key == "section_weight" else Decimal(0)
            out[key] = decimal_text(parse_decimal(out[key], what, minimum=low, maximum=100))
    if "min_rationale_chars" in out:
        out["min_rationale_chars"] = _whole(out["min_rationale_chars"], _("Minimum rationale length"), 0, 2000)
    if "deadline" in out:  # typed as a person in the UK writes it ("15/01/2027 12:00"); None or "" clears it
        out["deadline"] = iso_deadline(out["deadline"] or "", _("Deadline for returns"))
    return out


def _check_cutoffs(row: TenderRow) -> None:
    problem = tender_rules.cutoffs_problem(Decimal(row.discuss_at), Decimal(row.split_above))
    if problem:
        raise InputError(f"{problem[0].upper()}{problem[1:]}.")


def _checked_measure_params(record: TenderMeasureRow, tender: TenderRow, params: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    label = record.code
    if "word_limit" in params:
        limit = params["word_limit"]
        out["word_limit"] = None if limit in (None, "") else _whole(limit, _("{label} word limit").format(label=label), 1, MAX_WORD_LIMIT)
    if "weight" in params:
        out["weight"] = decimal_text(parse_decimal(params["weight"], f"{label} weight", minimum=0, maximum=100, places=4))
    if "minimum" in params:
        if params["minimum"] in (None, ""):
            out["minimum"] = None
        else:
            minimum = parse_decimal(params["minimum"], f"{label} minimum", minimum=0, maximum=MAX_NUMBER)
            if record.kind == "qualitative":
                points = Scale.model_validate_json(tender.scale).values
                if minimum not in points:
                    raise InputError(_("{label} minimum must be a point on the scale ({map}).").format(label=label, map=', '.join(map(str, points))))
            out["minimum"] = decimal_text(minimum)
    if record.kind == "qualitative":
        if set(params) & {"method", "direction", "target", "bands"}:
            raise InputError(_("{label} is qualitative: it is scored on the tender's scale and has no method.").format(label=label))
        return out
    method = params.get("method", record.method)
    if method not in ("relative", "target", "banded", "record_only"):
        raise InputError(_("{label}: unknown method {method!r}; expected relative, target, banded or record_only.").format(label=label, method=method))
    out["method"] = method
    if "direction" in params:
        if params["direction"] not in ("higher", "lower", None):
            raise InputError(_("{label}: direction must be 'higher' or 'lower'.").format(label=label))
        out["direction"] = params["direction"]
    if "target" in params:
        out["target"] = None if params["target"] in (None, "") else decimal_text(
            parse_decimal(params["target"], f"{label} target", minimum=Decimal("0.0001"), maximum=MAX_NUMBER))
    if "bands" in params:
        out["bands"] = _checked_bands(label, params["bands"])
    target = out.get("target", record.target)
    bands = out.get("bands", record.bands)
    if method == "target" and target is None:
        raise InputError(_("{label}: method 'target' needs a target greater than 0.").format(label=label))
    if method == "banded" and not bands:
        raise InputError(_("{label}: method 'banded' needs at least one band.").format(label=label))
    return out


def _checked_bands(label: str, bands: Any) -> str | None:
    if not bands:
        return None
    pairs = [(parse_decimal(at, _("{label} band threshold").format(label=label), minimum=-MAX_NUMBER, maximum=MAX_NUMBER), parse_decimal(share, _("{label} band share").format(label=label), minimum=0, maximum=1))
             for at, share in bands]
    problem = tender_rules.bands_problem(pairs)
    if problem:
        raise InputError(f"{label}: {problem}.")
    return json.dumps([[decimal_text(a), decimal_text(s)] for a, s in pairs])

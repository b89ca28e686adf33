"""The social value questionnaire the council publishes (issue 18) and the response template bidders fill in:
what they are made from, whether a tender can publish them, writing them, and whether the latest published
questionnaire still says what the set-up says.

Only a tender whose set-up is complete can publish: at least one measure, weights totalling 100, a scale, every
quantitative measure's method, a deadline for returns and a route for clarification questions. Publishing keeps
each file in the tender's record (`files.keep_file`) with its SHA-256, set-up fingerprint and content digest;
publishing again makes the next version and every version is kept.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from sqlmodel import Session, col, select

from coopeval import i18n
from coopeval.domain import tender_rules
from coopeval.domain.dates import date_text, deadline_text
from coopeval.domain.errors import CoopEvalError
from coopeval.domain.framework import Framework
from coopeval.domain.framework_loader import parse_framework
from coopeval.domain.identity import Permission
from coopeval.domain.numbers import decimal_text
from coopeval.domain.scales import Scale
from coopeval.i18n import N_, _
from coopeval.reporting.questionnaire import data as qd
from coopeval.services.bids.records import tender_record_fields
from coopeval.services.changes import ChangeKind, Changes
from coopeval.services.identity.guard import require
from coopeval.services.publishing import files
from coopeval.services.rows import row_id, tender_row
from coopeval.services.setup.tenders import document_language_of
from coopeval.services.workspace import Workspace
from coopeval.storage.safe_files import atomic_write
from coopeval.storage.tables import FrameworkRow, TenderFileRow, TenderMeasureRow, TenderRow

QUESTIONNAIRE_MEDIA = ("pdf", "docx")


class NotReadyToPublishError(CoopEvalError):
    """The tender's set-up is not complete enough to publish."""


@dataclass(frozen=True)
class PublicationStatus:
    """Whether the tender's latest published questionnaire still says what the set-up says."""

    latest: files.TenderFileView | None  # the newest published questionnaire (either format), if any
    versions: int  # how many questionnaire files have been published
    out_of_date: bool  # the set-up or the details it states changed since `latest`
    problem: str | None  # why it cannot be published now (None: it can)

    @property
    def message(self) -> str:
        """One sentence for the Set-up page and the command line ("" when there is nothing to say)."""
        if self.latest is None:
            return ""
        when = date_text(self.latest.made_at[:10])
        if self.out_of_date:
            return _("The published questionnaire (version {version}, {when}) is out of date: the set-up changed after "
                     "it was published. Publish a new version for bidders; every version is kept.").format(
                version=self.latest.version, when=when)
        return _("Questionnaire version {version} published {when}; it matches the set-up.").format(
            version=self.latest.version, when=when)


def publish_problem(ws: Workspace, tender: int | str) -> str | None:
    """Why the tender's questionnaire cannot be published yet (all reasons in one sentence), or None."""
    with ws.reading() as session:
        return _problem(session, tender_row(session, tender))


def _problem(session: Session, t: TenderRow, sentence: str | None = None) -> str | None:
    """Why the tender cannot publish, as `sentence` with {problems} (by default: the questionnaire cannot be
    published yet), or None."""
    measures = _measures(session, row_id(t))
    problems = []
    if not measures:
        problems.append(_("choose at least one measure"))
    total = sum((Decimal(m.weight) for m in measures), Decimal(0))
    if measures and total != 100:
        problems.append(_("the measure weights total {total}, not 100").format(total=f"{total.normalize():f}"))
    if not t.scale:
        problems.append(_("choose a scoring scale"))
    for m in measures:
        why = tender_rules.method_problem(m.kind, m.method, Decimal(m.target) if m.target else None, bool(m.bands))
        if why:
            problems.append(_("{code}: {why}").format(code=m.code, why=why))
    if not t.deadline:
        problems.append(_("give the deadline for returns"))
    if not t.clarification_route.strip():
        problems.append(_("say how bidders ask clarification questions"))
    if not problems:
        return None
    return (sentence or _("The questionnaire cannot be published yet: {problems}.")).format(problems="; ".join(problems))


def questionnaire_data(ws: Workspace, tender: int | str, *, version: int = 0,
                       language: str = "en") -> qd.QuestionnaireData:
    """What the questionnaire states, as it would be published now (version 0: a preview never kept), in `language`
    ("en" or "cy")."""
    with ws.reading() as session:
        return _data(session, tender_row(session, tender), version, language)


def questionnaire_parts(ws: Workspace, tender: int | str, *, version: int = 0,
                        language: str | None = None) -> tuple[qd.QuestionnaireData, ...]:
    """The questionnaire's parts in the tender's document language (or `language`: "en", "cy", "cy+en"), in order."""
    doc_language = document_language_of(ws, tender, language)
    with ws.reading() as session:
        return _parts(session, tender_row(session, tender), version, doc_language)


def _measures(session: Session, tender_id: int) -> list[TenderMeasureRow]:
    return list(session.exec(select(TenderMeasureRow).where(TenderMeasureRow.tender_id == tender_id)
                             .order_by(col(TenderMeasureRow.position), col(TenderMeasureRow.id))))


def _data(session: Session, t: TenderRow, version: int, language: str = "en") -> qd.QuestionnaireData:
    """What the questionnaire states in `language` ("en" or "cy"): the framework's text in that language where the
    framework has it (`_cy`), dates in that language; what the officer wrote as written."""
    with i18n.language(language):
        return _data_now(session, t, version, language)


def _parts(session: Session, t: TenderRow, version: int, doc_language: str) -> tuple[qd.QuestionnaireData, ...]:
    """The document's parts in order: one per language of `doc_language` ("cy+en": Welsh, then English)."""
    return tuple(_data(session, t, version, code) for code in i18n.document_parts(doc_language))


def _local(detail: dict[str, object], key: str) -> str:
    """A stored measure's text in the current language: its `<key>_cy` in Welsh where there is one."""
    return i18n.pick(str(detail.get(key) or ""), str(detail.get(f"{key}_cy") or "") or None)


_WEEKDAYS = (N_("Monday"), N_("Tuesday"), N_("Wednesday"), N_("Thursday"), N_("Friday"), N_("Saturday"), N_("Sunday"))


def _deadline(value: str | None) -> str:
    """A stored deadline as shown in the current language; in English exactly as `deadline_text` shows it."""
    if i18n.current() == "en" or not value:
        return deadline_text(value)
    try:
        moment = dt.datetime.fromisoformat(value.strip())
    except ValueError:
        return value
    return _("{time} on {weekday} {day} {month} {year}").format(
        time=f"{moment:%H:%M}", weekday=_(_WEEKDAYS[moment.weekday()]), day=moment.day,  # i18n: no
        month=i18n.month_name(moment.month), year=moment.year)


def _data_now(session: Session, t: TenderRow, version: int, language: str) -> qd.QuestionnaireData:
    rows = _measures(session, row_id(t))
    frameworks = {(r.framework_id, r.version): r for r in session.exec(select(FrameworkRow))}
    used_keys = {(m.framework_id, m.framework_version) for m in rows}
    parsed = {key: _parsed(fw) for key, fw in frameworks.items() if key in used_keys}
    infos = {key: f.info if f else None for key, f in parsed.items()}
    places = {(key, m.code): (t, o) for key, f in parsed.items() if f for t, o, m in f.measures()}
    section = Decimal(t.section_weight)
    measures = []
    for position, m in enumerate(rows, start=1):
        detail = json.loads(m.measure_json)
        fw = frameworks.get((m.framework_id, m.framework_version))
        info = infos.get((m.framework_id, m.framework_version))
        bands = tuple((decimal_text(Decimal(str(at))), decimal_text(Decimal(str(share))))
                      for at, share in json.loads(m.bands or "[]"))
        name = i18n.pick(fw.name, info.name_cy if info else None) if fw else ""
        theme, outcome = places.get(((m.framework_id, m.framework_version), m.code), (None, None))
        measures.append(qd.QuestionMeasure(
            position=position, code=m.code, title=_local(detail, "title"),
            theme=i18n.pick(m.theme, theme.name_cy if theme and theme.name == m.theme else None),
            outcome=i18n.pick(m.outcome, outcome.name_cy if outcome and outcome.name == m.outcome else None),
            kind=m.kind, weight=decimal_text(Decimal(m.weight)),
            share_of_tender=decimal_text(Decimal(m.weight) * section / 100),
            bidder_guidance=_local(detail, "bidder_guidance"), evidence=_local(detail, "evidence"),
            kpi=_local(detail, "kpi"), verification=_local(detail, "verification"),
            proportionality=_local(detail, "proportionality"),
            contract_clause=_local(detail, "contract_clause"), unit=detail.get("unit"),
            method=m.method if m.kind == "quantitative" else None, direction=m.direction, target=m.target, bands=bands,
            minimum=m.minimum, word_limit=m.word_limit,
            framework=f"{name} {fw.version}" if fw else f"{m.framework_id} {m.framework_version}",
            companion=bool(detail.get("companion", False))))
    used = list(dict.fromkeys((m.framework_id, m.framework_version) for m in rows))
    credits = []
    for key in used:
        fw = frameworks.get(key)
        if fw is None:
            credits.append(qd.FrameworkCredit(key[0], key[1], "", _("not recorded in this workspace"), "", ""))
            continue
        info = infos.get(key)
        credits.append(qd.FrameworkCredit(i18n.pick(fw.name, info.name_cy if info else None), fw.version,
                                          info.publisher if info else "", fw.licence, fw.source,
                                          i18n.pick(fw.attribution, info.attribution_cy if info else None)))
    scale = Scale.model_validate_json(t.scale) if t.scale else None
    record_fields = tuple(qd.RecordQuestion(f.code, f.local("title"), f.local("description"), f.kind,
                                            _choices(f.choices, f.choices_cy), f.evidence, f.role)
                          for f in tender_record_fields(session, row_id(t)))
    today = dt.date.today()
    return qd.QuestionnaireData(
        reference=t.reference, title=t.title, authority=t.authority, description=t.description,
        contract_value_pence=t.contract_value_pence, duration_months=t.duration_months,
        section_weight=decimal_text(Decimal(t.section_weight)), deadline=_deadline(t.deadline),
        deadline_iso=t.deadline or "", clarification_route=t.clarification_route,
        scale_name=scale.local("name") if scale else "",
        scale=tuple(qd.ScalePointInfo(p.value, p.local("label"), p.local("descriptor")) for p in scale.points) if scale else (),
        measures=tuple(measures), record_fields=record_fields, discuss_at=decimal_text(Decimal(t.discuss_at)),
        split_above=decimal_text(Decimal(t.split_above)), disqualify_on_threshold=t.disqualify_on_threshold,
        frameworks=tuple(credits), setup_fingerprint=files.set_up_fingerprint(session, t), version=version,
        made_on=date_text(today), language=language, made_on_iso=today.isoformat())


def _choices(english: tuple[str, ...] | list[str], welsh: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    """A choice field's choices in the current language: the Welsh only when there is one for every choice (answers
    are stored as the English; the return reader maps a Welsh choice back to it)."""
    if i18n.current() == "cy" and welsh and len(welsh) == len(english) and all(welsh):
        return tuple(welsh)
    return tuple(english)


def _parsed(fw: FrameworkRow) -> Framework | None:
    try:
        return parse_framework(fw.content)
    except Exception:  # noqa: BLE001 - a stored framework always parses; a credit never stops publishing
        return None


def publication_status(ws: Workspace, tender: int | str) -> PublicationStatus:
    with ws.reading() as session:
        t = tender_row(session, tender)
        problem = _problem(session, t)
        published = session.exec(select(TenderFileRow.id).where(
            TenderFileRow.tender_id == t.id, TenderFileRow.kind == "questionnaire")).all()
        latest_row = session.exec(select(TenderFileRow).where(
            TenderFileRow.tender_id == t.id, TenderFileRow.kind == "questionnaire")
            .order_by(col(TenderFileRow.made_at).desc(), col(TenderFileRow.id).desc())).first()
        if latest_row is None:
            return PublicationStatus(None, 0, False, problem)
        # a questionnaire published in any of the document languages matches the set-up it was made from
        english, welsh = _data(session, t, 0, "en"), _data(session, t, 0, "cy")
        digests = {files.content_digest(parts) for parts in ((english,), (welsh,), (welsh, english))}
        fingerprint = english.setup_fingerprint
        out_of_date = latest_row.content_digest not in digests or latest_row.setup_fingerprint != fingerprint
        return PublicationStatus(files.view(latest_row), len(published), out_of_date, problem)


def _renderer(media: str) -> Callable[[tuple[qd.QuestionnaireData, ...]], bytes]:
    if media == "pdf":
        from coopeval.reporting.questionnaire.pdf import render_questionnaire_pdf
        return render_questionnaire_pdf
    from coopeval.reporting.questionnaire.docx import render_questionnaire_docx
    return render_questionnaire_docx


def media_of(path: str | Path) -> str:
    """'pdf' or 'docx' from the file name; anything else is refused with the choices."""
    suffix = Path(path).suffix.lower().lstrip(".")
    if suffix not in QUESTIONNAIRE_MEDIA:
        raise CoopEvalError(_("{file}: the questionnaire is written as .pdf or .docx; give a name ending in one of "
                              "them.").format(file=Path(path).name))
    return suffix


def publish_questionnaire(ws: Workspace, tender: int | str, out: str | Path,
                          language: str | None = None) -> tuple[files.TenderFileView, Changes]:
    """Write the questionnaire to `out` (.pdf or .docx, by its name) and keep it in the tender's record as the next
    version. Refused, with every reason, while the set-up is not complete. Written in the tender's document language,
    or `language` ("en", "cy" or "cy+en": both in one file, Welsh first)."""
    media = media_of(out)
    target = files.destination(out, _("questionnaire"), (".pdf", ".docx"))
    doc_language = document_language_of(ws, tender, language)
    with ws.writing() as session:
        t = tender_row(session, tender)
        require(ws, session, t, Permission.EXPORT)
        problem = _problem(session, t)
        if problem:
            raise NotReadyToPublishError(problem)
        last = session.exec(select(TenderFileRow.version).where(
            TenderFileRow.tender_id == t.id, TenderFileRow.kind == "questionnaire", TenderFileRow.media == media)
            .order_by(col(TenderFileRow.version).desc())).first()
        parts = _parts(session, t, (last or 0) + 1, doc_language)
        content = _renderer(media)(parts)
        row = files.keep_file(ws, session, t, kind="questionnaire", media=media, name=target.name, data=content,
                              setup_fingerprint=parts[0].setup_fingerprint, content=files.content_digest(parts))
        atomic_write(target, content, _("the questionnaire"))  # the record is committed only once the file is written
        return files.view(row), Changes.of(ChangeKind.TENDER_FILE, tender_id=t.id)


def write_template(ws: Workspace, tender: int | str, out: str | Path,
                   language: str | None = None) -> tuple[files.TenderFileView, Changes]:
    """Write the XLSX response template for bidders to `out` and keep it in the tender's record as the next
    version. The same completeness as publishing the questionnaire is required. Written in the tender's document
    language, or `language` ("cy+en": one workbook with Welsh and English labels, Welsh first); a return imports
    whatever its language."""
    target = files.destination(out, _("response template (an Excel workbook)"), (".xlsx",))
    doc_language = document_language_of(ws, tender, language)
    from coopeval.reporting.questionnaire.template import render_template
    with ws.writing() as session:
        t = tender_row(session, tender)
        require(ws, session, t, Permission.EXPORT)
        problem = _problem(session, t, _("The response template cannot be written yet: {problems}."))
        if problem:
            raise NotReadyToPublishError(problem)
        last = session.exec(select(TenderFileRow.version).where(
            TenderFileRow.tender_id == t.id, TenderFileRow.kind == "template")
            .order_by(col(TenderFileRow.version).desc())).first()
        parts = _parts(session, t, (last or 0) + 1, doc_language)
        content = render_template(parts)
        row = files.keep_file(ws, session, t, kind="template", media="xlsx", name=target.name, data=content,
                              setup_fingerprint=parts[0].setup_fingerprint, content=files.content_digest(parts))
        atomic_write(target, content, _("the response template"))
        return files.view(row), Changes.of(ChangeKind.TENDER_FILE, tender_id=t.id)

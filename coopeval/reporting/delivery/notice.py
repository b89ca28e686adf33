"""The details of a contract performance notice (PA 2023 s.71; Procurement Regulations 2024 reg 39) for one rating
period, as a PDF for the file or as plain JSON (`notice_json`, described in docs/delivery-json.md) for whoever keys
the notice into the central digital platform. CoopEval does not publish notices: the officer files them.

What a notice assessing KPIs needs (reg 39(4)): the contracting authority; the procurement's title; the procurement's
and the contract's identifiers; the KPIs (s.52); a statement that the notice sets out the authority's assessment of
performance against them; the supplier's name, postal and email address and identifier; the rating of each KPI in the
regulation's five words; and the period the assessment covers. CoopEval adds what was promised and delivered and the
reason for each rating, which the officer may use in the notice's wording.

Shared with the delivery report (`report`): `ContractInfo`, `RATING_MEANINGS`, `contract_pairs`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from coopeval.domain.numbers import pence_to_text
from coopeval.domain.ratings import LABELS, RATINGS
from coopeval.reporting import wording
from coopeval.reporting.blocks import before_table, cols, head, key_values, p, paras, table
from coopeval.reporting.layout import IDENTITY_KEY, ReportDocument, RunningText, bookmarked

NOTICE_KIND = "contract performance notice details"
JSON_FORMAT = "coopeval-performance-notice"
JSON_VERSION = 1
STATEMENT = ("This notice sets out the contracting authority's assessment of the supplier's performance against the "
             "key performance indicators set for the contract under section 52 of the Procurement Act 2023.")
NOT_PUBLISHED = ("CoopEval does not publish contract performance notices. These are the details the notice needs; "
                 "the officer checks them, adds the identifiers the central digital platform gave the procurement, "
                 "the contract and the supplier, and publishes the notice there.")
# What each rating means, in our words after Procurement Regulations 2024 reg 39(5).
RATING_MEANINGS = {
    "good": "performance meets or exceeds the KPI",
    "approaching": "performance is close to meeting the KPI",
    "improvement": "performance falls short of the KPI",
    "inadequate": "performance falls well short of the KPI",
    "other": "performance cannot be described by any of the ratings above",
}
assert set(RATING_MEANINGS) == set(RATINGS)


@dataclass(frozen=True)
class ContractInfo:
    reference: str  # the tender's reference (the procurement's own identifier in CoopEval)
    title: str
    authority: str
    supplier: str  # trading name, else legal name
    supplier_legal_name: str
    supplier_identifier: str  # the bid's identifier (e.g. a Companies House or FCA number)
    supplier_address: str
    supplier_email: str
    notice_date: str  # contract award notice (ISO date)
    entered_on: str | None
    start_on: str
    end_on: str
    value_pence: int
    status: str  # "delivery", "closed", ...


@dataclass(frozen=True)
class NoticeKpi:
    code: str
    title: str  # the measure's title
    text: str  # the commitment, in the contract's words
    kind: str  # quantitative | qualitative
    unit: str | None
    direction: str | None
    target: str | None  # for the whole contract
    promised: str | None  # in the period
    delivered: str | None  # in the period (accepted figures only)
    achievement: str | None  # %
    answers: tuple[str, ...]  # qualitative: accepted yes / no / partly of the period's quarters
    rating: str  # a key of domain.ratings.RATINGS
    suggestion: str
    reason: str
    rated_at: str | None


@dataclass(frozen=True)
class NoticeData:
    contract: ContractInfo
    period: str  # "2027-2028"
    period_text: str
    first: str  # the period's first and last day, cut to the contract (ISO)
    last: str
    final: bool  # the contract's last period (the notice due at the end)
    kpis: tuple[NoticeKpi, ...]
    audit_head: str
    made_by: str
    made_at: str
    app_version: str


def money(pence: int | None) -> str:
    return pence_to_text(pence)


def contract_pairs(c: ContractInfo) -> list[tuple[str, str]]:
    return [
        ("Contracting authority", c.authority),
        ("Procurement", f"{c.title} ({c.reference})"),
        ("Supplier", c.supplier + (f" ({c.supplier_legal_name})" if c.supplier_legal_name != c.supplier else "")),
        ("Supplier's identifier", c.supplier_identifier),
        ("Supplier's address", c.supplier_address),
        ("Supplier's email", c.supplier_email),
        ("Contract award notice", wording.when(c.notice_date)),
        ("Contract entered into", wording.when(c.entered_on)),
        ("Contract term", f"{wording.when(c.start_on)} to {wording.when(c.end_on)}"),
        ("Contract value", money(c.value_pence)),
    ]


def figure(value: str | None, unit: str | None) -> str:
    if value is None:
        return "—"
    return f"{wording.quantity(value)} {unit}".strip() if unit and unit not in ("%",) else \
        f"{wording.quantity(value)}{unit or ''}"


def delivered_words(k: NoticeKpi) -> str:
    if k.kind == "qualitative":
        return ", ".join(k.answers) if k.answers else "nothing accepted"
    return figure(k.delivered, k.unit) if k.delivered is not None else "nothing accepted"


# --- JSON --------------------------------------------------------------------------------------------------------------


def notice_json(data: NoticeData) -> dict[str, Any]:
    """The plain structure docs/delivery-json.md describes: keys never renamed within a version."""
    c = data.contract
    return {
        "format": JSON_FORMAT,
        "version": JSON_VERSION,
        "note": NOT_PUBLISHED,
        "statement": STATEMENT,
        "tender": {"reference": c.reference, "title": c.title},
        "authority": c.authority,
        "supplier": {"name": c.supplier, "legal_name": c.supplier_legal_name, "identifier": c.supplier_identifier,
                     "address": c.supplier_address, "email": c.supplier_email},
        "contract": {"award_notice_date": c.notice_date, "entered_on": c.entered_on, "start": c.start_on,
                     "end": c.end_on, "value_pence": c.value_pence, "value": money(c.value_pence)},
        "period": {"key": data.period, "text": data.period_text, "first_day": data.first, "last_day": data.last,
                   "final": data.final},
        "kpis": [{
            "code": k.code, "title": k.title, "kpi": k.text, "kind": k.kind, "unit": k.unit, "direction": k.direction,
            "target_for_contract": k.target, "promised": k.promised, "delivered": k.delivered,
            "achievement_percent": k.achievement, "answers": list(k.answers),
            "rating": k.rating, "rating_words": LABELS[k.rating], "rating_meaning": RATING_MEANINGS[k.rating],
            "suggested": k.suggestion, "suggested_words": LABELS[k.suggestion], "reason": k.reason,
            "rated_at": k.rated_at,
        } for k in data.kpis],
        "made": {"by": data.made_by, "at": data.made_at, "audit_head": data.audit_head,
                 "app": f"CoopEval {data.app_version}"},
    }


def notice_json_text(data: NoticeData) -> str:
    return json.dumps(notice_json(data), indent=2, ensure_ascii=False) + "\n"


# --- PDF ---------------------------------------------------------------------------------------------------------------


def contract_document(target: str | BinaryIO, *, kind: str, contract: ContractInfo, audit_head: str, made_by: str,
                      app_version: str, header: str, title: str, subject: str, keywords: str,
                      deterministic: bool = False) -> ReportDocument:
    """A PDF about a contract after its award (the notice, the delivery report): the report layout's running header
    and footer, the identity `verify` reads, and the document's properties."""
    return ReportDocument(
        target, deterministic=deterministic,
        running=RunningText(header_left=header, header_right=wording.shorten(contract.authority or contract.title, 70)[0],
                            footer_left=f"{contract.reference} · {wording.shorten(contract.title, 60)[0]}",
                            footer_note=f"Made from audit head {audit_head}"),
        info={IDENTITY_KEY: json.dumps({"format": 1, "kind": kind, "tender_ref": contract.reference,
                                        "audit_head": audit_head}, ensure_ascii=True, sort_keys=True)},
        title=title, author=contract.authority or made_by, subject=subject, creator=f"CoopEval {app_version}",
        keywords=keywords)


def render_notice(data: NoticeData, target: str | BinaryIO, *, deterministic: bool = False) -> int:
    """Write the notice's details as a PDF; returns the number of pages."""
    c = data.contract
    doc = contract_document(
        target, kind=NOTICE_KIND, contract=c, audit_head=data.audit_head, made_by=data.made_by,
        app_version=data.app_version, header=f"Contract performance notice · {c.reference} · {data.period}",
        title=f"Contract performance notice — {c.reference} — {data.period}",
        subject=f"KPI ratings of {c.title} for {data.period_text}",
        keywords=f"CoopEval {NOTICE_KIND}; tender={c.reference}; period={data.period}", deterministic=deterministic)
    doc.build(story(data))
    pages: int = doc.page
    return pages


def story(data: NoticeData) -> list[Flowable]:
    c = data.contract
    out: list[Flowable] = [
        bookmarked(p("Contract performance notice", "Title"), "Notice", 0),
        p(f"Details for filing: {data.period_text}" + (" (the contract's final assessment)" if data.final else ""),
          "Subtitle"),
        p(NOT_PUBLISHED, "Muted"),
        key_values(contract_pairs(c) + [
            ("Period assessed", f"{wording.when(data.first)} to {wording.when(data.last)} ({data.period})"),
        ]),
        Spacer(1, 6),
        p(STATEMENT),
    ]
    out += before_table("Assessment against each KPI", bookmark=0)
    rows = [head("KPI", "Promised in the period", "Delivered", "Rating")]
    for k in data.kpis:
        kpi: list[Flowable] = [p(f"{k.code} · {k.title}", "CellBold"), *paras(k.text, "Cell")]
        rating: list[Flowable] = [p(LABELS[k.rating], "CellBold"), p(RATING_MEANINGS[k.rating], "CellMuted")]
        rows.append([kpi, p(figure(k.promised, k.unit), "CellRight"),
                     p(delivered_words(k) + (f"\n{k.achievement}% of promised" if k.achievement else ""), "CellRight"),
                     rating])
    out.append(table(rows, cols(3.6, 1.2, 1.3, 1.6)))
    out += before_table("Reasons for the ratings", bookmark=0)
    for k in data.kpis:
        out.append(p(f"{k.code}: {LABELS[k.rating]}", "H3"))
        out += paras(k.reason or "No reason recorded: the rating is the one CoopEval suggested from the figures.")
        if k.rating != k.suggestion:
            out.append(p(f"CoopEval suggested {LABELS[k.suggestion]} from the figures; the officer rated otherwise.",
                         "Muted"))
    out += before_table("The ratings", bookmark=0)
    out.append(table([head("Rating", "Meaning")] + [[p(LABELS[r], "CellBold"), p(RATING_MEANINGS[r], "Cell")]
                                                     for r in RATINGS], cols(1.6, 5)))
    out += [Spacer(1, 8 * mm),
            p(f"Made by {data.made_by} on {wording.when(data.made_at)} with CoopEval {data.app_version}, from the "
              f"workspace's audit log at head {data.audit_head}. Delivered figures count only entries the council "
              "accepted.", "Muted")]
    return out

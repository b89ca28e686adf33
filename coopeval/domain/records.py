"""A bid's answers to the record fields of its tender's frameworks: legal form, statuses, ownership and governance
model, register numbers, each with its evidence. Facts for reporting (the co-operative share of spend), never
scored. The same rules serve the Bids page, the CLI and the tender import.

Bids entered under framework 1.0.0 (before record answers had their own rows) hold two answers in the bid itself:
`org_form` and `org_evidence`; `legacy_answers` reads them as answers to 1.0.0's two record fields.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from coopeval.domain import text
from coopeval.domain.framework import Framework, RecordField
from coopeval.i18n import _

LEGACY_FORM = "CV-ORG-FORM"  # framework 1.0.0's record fields, stored in the bid row
LEGACY_EVIDENCE = "CV-ORG-EVIDENCE"


@dataclass(frozen=True)
class RecordAnswer:
    code: str  # the record field's code
    value: str  # the chosen value, or the text
    evidence: str = ""


def record_fields(frameworks: Iterable[Framework]) -> tuple[RecordField, ...]:
    """The record fields of the frameworks a tender uses, in the frameworks' order then file order; a code that two
    frameworks share is asked once (the first framework's field)."""
    seen: set[str] = set()
    out: list[RecordField] = []
    for fw in frameworks:
        for f in fw.record_fields:
            key = text.identity_key(f.code)
            if key not in seen:
                seen.add(key)
                out.append(f)
    return tuple(out)


def legacy_answers(org_form: str, org_evidence: str) -> tuple[RecordAnswer, ...]:
    """A 1.0.0-era bid's organisation form and its evidence, as record answers."""
    out = []
    if org_form:
        out.append(RecordAnswer(LEGACY_FORM, org_form))
    if org_evidence:
        out.append(RecordAnswer(LEGACY_EVIDENCE, org_evidence))
    return tuple(out)


def answer_problems(fields: Sequence[RecordField], answers: Sequence[RecordAnswer]) -> list[str]:
    """Every problem with a bid's answers, in the fields' order, each naming the field by its title: an unknown
    code, a value not among a choice field's choices, two values for a one-value field, the same value twice, text
    breaking its rule, evidence given for a field that takes none. No answer at all is allowed (a field may be
    unknown when the bid is entered)."""
    by_code = {text.identity_key(f.code): f for f in fields}
    problems: list[str] = []
    counts: dict[str, int] = {}
    seen: set[tuple[str, str]] = set()
    for a in answers:
        f = by_code.get(text.identity_key(a.code))
        if f is None:
            problems.append(_("{code!r} is not a record field of this tender's frameworks").format(code=a.code))
            continue
        counts[f.code] = counts.get(f.code, 0) + 1
        # 1.0.0's evidence field held the bid's own multi-line evidence text, and keeps that rule
        value_rule = "bid.org_evidence" if text.identity_key(f.code) == text.identity_key(LEGACY_EVIDENCE) else "bid_record.value"
        for field, value, what in ((value_rule, a.value, _("the answer")),
                                   ("bid_record.evidence", a.evidence, _("the evidence"))):
            message = text.problem(value, field)
            if message:
                problems.append(f"{f.title}: {what} {message}")
        if not a.value.strip():
            problems.append(_("{title}: an answer needs a value").format(title=f.title))
        elif f.kind in ("choice", "choices") and a.value not in f.choices:
            problems.append(_("{title}: {value!r} is not one of its choices ({choices})").format(title=f.title, value=a.value, choices='; '.join(f.choices)))
        if a.evidence and not f.evidence:
            problems.append(_("{title}: takes no evidence of its own").format(title=f.title))
        key = (f.code, a.value)
        if key in seen:
            problems.append(_("{title}: {value!r} is given twice").format(title=f.title, value=a.value))
        seen.add(key)
    for f in fields:
        if f.kind != "choices" and counts.get(f.code, 0) > 1:
            problems.append(_("{title}: takes one answer, {counts} were given").format(title=f.title, counts=counts[f.code]))
    return problems


def is_democratic(fields: Sequence[RecordField], answers: Sequence[RecordAnswer]) -> bool:
    """Whether the answers put the bidder among co-operative and democratic businesses: any answer is one of its
    field's `democratic` choices (the framework decides which ownership models and forms count)."""
    by_code = {text.identity_key(f.code): f for f in fields}
    return any((f := by_code.get(text.identity_key(a.code))) is not None and a.value in f.democratic for a in answers)

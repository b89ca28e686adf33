"""QuestionnaireData for response-template tests, built without a workspace: measures of every kind that matter to
the template (a plain percentage, a "% of …" unit, a count, a qualitative measure) and record fields of every kind,
one with a list longer than Excel's 255-character inline limit."""

from __future__ import annotations

from dataclasses import replace

from coopeval.reporting.questionnaire import data as qd

FINGERPRINT = "ab" * 32
LONG_CHOICES = tuple(f"Choice number {n} with a long enough name to add up" for n in range(1, 13))  # > 255 chars


def measure(code: str, *, kind: str = "quantitative", unit: str | None = "hours", guidance: str = "Say what you will do.",
            word_limit: int | None = None, title: str | None = None) -> qd.QuestionMeasure:
    return qd.QuestionMeasure(
        position=0, code=code, title=title or f"Measure {code}", theme="Theme", outcome="Outcome", kind=kind,
        weight="25", share_of_tender="5", bidder_guidance=guidance, evidence="A signed statement.", kpi="A KPI.",
        verification="Checked yearly.", proportionality="", contract_clause="", unit=unit if kind == "quantitative"
        else None, method="relative" if kind == "quantitative" else None, direction="higher", target=None, bands=(),
        minimum=None, word_limit=word_limit, framework="Example 1.0.0", companion=False)


def record(code: str, kind: str = "text", choices: tuple[str, ...] = (), *, evidence: bool = False,
           description: str = "What this field records.") -> qd.RecordQuestion:
    return qd.RecordQuestion(code=code, title=f"Field {code}", description=description, kind=kind, choices=choices,
                             evidence=evidence, role="other")


MEASURES = (measure("M-PCT", unit="%", word_limit=300), measure("M-SHARE", unit="% of contract value"),
            measure("M-QUAL", kind="qualitative"), measure("M-HOURS", unit="hours"))
RECORDS = (record("R-FORM", "choice", ("Company", "Co-operative", "Charity"), evidence=True),
           record("R-STATUS", "choices", ("Social enterprise", "B Corp", "Living wage employer")),
           record("R-LONG", "choice", LONG_CHOICES),
           record("R-NOTE", "text"))


def sample_data(**changes: object) -> qd.QuestionnaireData:
    data = qd.QuestionnaireData(
        reference="T-18", title="School meals", authority="Example Council", description="", contract_value_pence=None,
        duration_months=None, section_weight="20", deadline="12:00 on Friday 15 January 2027",
        deadline_iso="2027-01-15T12:00", clarification_route="Ask through the portal by 5 January.",
        scale_name="0-5", scale=(), measures=MEASURES, record_fields=RECORDS, discuss_at="40", split_above="60",
        disqualify_on_threshold=False, frameworks=(), setup_fingerprint=FINGERPRINT, version=1, made_on="7 Dec 2026")
    return replace(data, **changes)  # type: ignore[arg-type]

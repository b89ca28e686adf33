"""A format-2 framework for tests: the fictional example with every format-2 key used."""

from __future__ import annotations

from typing import Any

from coopeval.domain.vocab import NPPS_PRIORITIES, PPN002_OUTCOMES
from tests.helpers.frameworks import measure

# Taken from the vocabularies, so the tests follow them if their identifiers change.
PPN_A, PPN_B = list(PPN002_OUTCOMES)[:2]
NPPS_A, NPPS_B = list(NPPS_PRIORITIES)[:2]

FORM_CHOICES = ["registered society", "company limited by shares", "Other"]


def format2(d: dict[str, Any]) -> None:
    """The example, moved to format 2 with every new key used once."""
    d["format"] = 2
    m = measure(d, "LOC-01")
    m.update(contract_clause="The supplier will keep 20 local apprentices.", s52_kpi=True,
             s52_note="A count reported each quarter suits a s.52 KPI.", ppn002=[PPN_A],
             npps=[NPPS_A, NPPS_B])
    measure(d, "LOC-05").update(companion=True, s52_kpi=False)
    d["sets"][0]["measures"] = ["LOC-01", "LOC-02", "LOC-03", "LOC-04"]
    d["sets"][0]["suits"] = ["services", "works"]
    d["sets"].append({"name": "quality-companions", "description": "Service quality", "measures": ["LOC-05"]})
    d["record_fields"] = [
        {"code": "F-FORM", "title": "Legal form", "kind": "choice", "choices": FORM_CHOICES, "role": "legal_form",
         "evidence": True, "democratic": ["registered society"]},
        {"code": "F-OWN", "title": "Ownership", "kind": "choices", "choices": ["worker co-op", "investor-owned"],
         "role": "ownership", "democratic": ["worker co-op"]},
        {"code": "F-CH", "title": "Companies House number", "kind": "text", "role": "register_id",
         "public_register": "companies-house", "evidence": True},
    ]

"""Where things are in the XLSX delivery return (issue 19): one module that the template writer
(`reporting.delivery.template`) and the return reader (`services.delivery.returns`) both follow.

As with bidders' response templates (`reporting.questionnaire.template_layout`), a return is read by its sheet
names, the keys in column A and the hidden marker sheet, never by styles or the order of the file's parts.
"""

from __future__ import annotations

from coopeval.reporting.questionnaire import template_layout as response_layout

TEMPLATE_FORMAT = 1  # the layout's version, in the marker sheet; a reader refuses one it does not know
KIND = "delivery_return"  # the marker's "kind": what tells a delivery return from a bidder's response template

DELIVERY = "Delivery"
ANSWERS_SHEET = "Lists"  # hidden: yes / no / partly, which the qualitative drop-downs point at
MARKER = response_layout.MARKER  # very hidden: the same sheet name as in a response template ("CoopEval")

MARKER_TITLE = "CoopEval delivery return"  # A1; B1 holds TEMPLATE_FORMAT
MARKER_KEYS = ("format", "kind", "tender_reference", "period", "award_id", "commitments", "made_at")
# "commitments": the commitment ids in the sheet's order, separated by single spaces.

# "Delivery": one row per commitment from FIRST_ROW; column A the commitment's id (the key, locked).
FIRST_ROW = 6
COLUMNS = {"key": "A", "code": "B", "commitment": "C", "promised": "D", "delivered": "E", "unit": "F",
           "evidence_refs": "G", "note": "H"}
ANSWERS = ("yes", "no", "partly")  # what a qualitative commitment's cell takes

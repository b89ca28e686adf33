"""The fixed vocabularies a framework may link to: the ICA co-operative identity and the TOMs themes.

The identifiers are ours; the concepts come from the ICA Statement on the Co-operative Identity
(1995) and the five original National TOMs themes (names only; no TOMs text is held here).
"""

from __future__ import annotations

ICA_VALUES: dict[str, str] = {
    "self-help": "Self-help",
    "self-responsibility": "Self-responsibility",
    "democracy": "Democracy",
    "equality": "Equality",
    "equity": "Equity",
    "solidarity": "Solidarity",
}

ICA_ETHICAL_VALUES: dict[str, str] = {
    "honesty": "Honesty",
    "openness": "Openness",
    "social-responsibility": "Social responsibility",
    "caring-for-others": "Caring for others",
}

ICA_PRINCIPLES: dict[str, str] = {
    "P1": "Voluntary and open membership",
    "P2": "Democratic member control",
    "P3": "Member economic participation",
    "P4": "Autonomy and independence",
    "P5": "Education, training and information",
    "P6": "Co-operation among co-operatives",
    "P7": "Concern for community",
}

# Insertion order is the order reports list them in.
ICA_IDENTIFIERS: dict[str, str] = {**ICA_VALUES, **ICA_ETHICAL_VALUES, **ICA_PRINCIPLES}

TOMS_THEMES: dict[str, str] = {
    "jobs": "Local skills and employment",
    "growth": "Growth of responsible regional business",
    "social": "Healthier, safer and more resilient communities",
    "environment": "Protecting the environment",
    "innovation": "Social innovation",
}

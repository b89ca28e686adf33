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

# The kinds of contract a measure set suits (PA 2023 speaks of goods, services and works).
CONTRACT_KINDS: dict[str, str] = {"goods": "Goods", "services": "Services", "works": "Works"}

# Crosswalks, as identifiers of ours with the headings in our own words (no text of the policies is copied).
# Keep the identifiers short and stable: frameworks name them, and tenders keep a frozen copy of each framework.
# PPN 002 (February 2025, in force for central government from 1 October 2025): the Social Value Model groups
# eight policy outcomes under the government's five missions (growth, clean energy, safer streets, opportunity,
# the NHS). These are those outcomes as we summarise them; check the current model before relying on a heading.
PPN002_OUTCOMES: dict[str, str] = {
    "fair-work": "Fair work: decent pay and conditions, and help to get into work, stay and progress",
    "skills": "Skills for growth: training, apprenticeships and progression",
    "supply-chains": "Diverse, innovative and resilient supply chains open to small firms and VCSEs",
    "sustainable-procurement": "Responsible and sustainable buying through the supply chain",
    "climate": "Action on climate change and less waste",
    "safer-communities": "Safer streets and stronger, more resilient communities",
    "opportunity": "Opportunity for groups under-represented in work",
    "health": "Better health and wellbeing",
}
# National Procurement Policy Statement (in force 24 February 2025; PA 2023 s.13 says have regard to it): value for
# money is the aim, reached through three priorities. As we summarise them.
NPPS_PRIORITIES: dict[str, str] = {
    "value": "Value for money over the whole life of the contract, including its wider benefits",
    "growth": "Economic growth and stronger supply chains: a fair chance for SMEs and VCSEs, good jobs, innovation",
    "social-value": "Social and economic value that serves the national missions and local priorities",
    "capability": "Commercial capability, including managing contracts so promised benefits are delivered",
}

"""The fixed vocabularies a framework may link to: the ICA co-operative identity and the TOMs themes.

The identifiers are ours; the concepts come from the ICA Statement on the Co-operative Identity
(1995) and the five original National TOMs themes (names only; no TOMs text is held here).
"""

from __future__ import annotations

from coopeval.i18n import N_  # labels in English, translated where shown (issue 22)

ICA_VALUES: dict[str, str] = {
    "self-help": N_("Self-help"),
    "self-responsibility": N_("Self-responsibility"),
    "democracy": N_("Democracy"),
    "equality": N_("Equality"),
    "equity": N_("Equity"),
    "solidarity": N_("Solidarity"),
}

ICA_ETHICAL_VALUES: dict[str, str] = {
    "honesty": N_("Honesty"),
    "openness": N_("Openness"),
    "social-responsibility": N_("Social responsibility"),
    "caring-for-others": N_("Caring for others"),
}

ICA_PRINCIPLES: dict[str, str] = {
    "P1": N_("Voluntary and open membership"),
    "P2": N_("Democratic member control"),
    "P3": N_("Member economic participation"),
    "P4": N_("Autonomy and independence"),
    "P5": N_("Education, training and information"),
    "P6": N_("Co-operation among co-operatives"),
    "P7": N_("Concern for community"),
}

# Insertion order is the order reports list them in.
ICA_IDENTIFIERS: dict[str, str] = {**ICA_VALUES, **ICA_ETHICAL_VALUES, **ICA_PRINCIPLES}

TOMS_THEMES: dict[str, str] = {
    "jobs": N_("Local skills and employment"),
    "growth": N_("Growth of responsible regional business"),
    "social": N_("Healthier, safer and more resilient communities"),
    "environment": N_("Protecting the environment"),
    "innovation": N_("Social innovation"),
}

# The kinds of contract a measure set suits (PA 2023 speaks of goods, services and works).
CONTRACT_KINDS: dict[str, str] = {"goods": N_("Goods"), "services": N_("Services"), "works": N_("Works")}

# Crosswalks, as identifiers of ours with the headings in our own words (no text of the policies is copied).
# Keep the identifiers short and stable: frameworks name them, and tenders keep a frozen copy of each framework.
# PPN 002 (February 2025, in force for central government from 1 October 2025): the Social Value Model groups
# eight policy outcomes under the government's five missions (growth, clean energy, safer streets, opportunity,
# the NHS). These are those outcomes as we summarise them; check the current model before relying on a heading.
PPN002_OUTCOMES: dict[str, str] = {
    "fair-work": N_("Fair work: decent pay and conditions, and help to get into work, stay and progress"),
    "skills": N_("Skills for growth: training, apprenticeships and progression"),
    "supply-chains": N_("Diverse, innovative and resilient supply chains open to small firms and VCSEs"),
    "sustainable-procurement": N_("Responsible and sustainable buying through the supply chain"),
    "climate": N_("Action on climate change and less waste"),
    "safer-communities": N_("Safer streets and stronger, more resilient communities"),
    "opportunity": N_("Opportunity for groups under-represented in work"),
    "health": N_("Better health and wellbeing"),
}
# National Procurement Policy Statement (in force 24 February 2025; PA 2023 s.13 says have regard to it): value for
# money is the aim, reached through three priorities. As we summarise them.
NPPS_PRIORITIES: dict[str, str] = {
    "value": N_("Value for money over the whole life of the contract, including its wider benefits"),
    "growth": N_("Economic growth and stronger supply chains: a fair chance for SMEs and VCSEs, good jobs, innovation"),
    "social-value": N_("Social and economic value that serves the national missions and local priorities"),
    "capability": N_("Commercial capability, including managing contracts so promised benefits are delivered"),
}

"""Words shown for the bid services' stored values (organisation forms), and the evidence that
proves each form (DOMAIN.md §3), translatable in one place."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("BidLabels", text)


def org_form_labels() -> dict[str, str]:
    return {
        "": _t("Not recorded"),
        "registered co-operative society": _t("Registered co-operative society"),
        "community benefit society": _t("Community benefit society"),
        "community interest company": _t("Community interest company"),
        "employee-ownership-trust company": _t("Employee-ownership-trust company"),
        "worker co-operative": _t("Worker co-operative"),
        "public service mutual": _t("Public service mutual"),
        "charity": _t("Charity"),
        "company limited by guarantee": _t("Company limited by guarantee"),
        "company limited by shares": _t("Company limited by shares"),
        "public limited company": _t("Public limited company"),
        "partnership or sole trader": _t("Partnership or sole trader"),
        "other": _t("Other"),
    }


def evidence_hints() -> dict[str, str]:
    return {
        "": _t("Choose the bidder's organisation form to see what evidence proves it."),
        "registered co-operative society": _t("Evidence: FCA Mutuals Register number (bona fide co-operative)."),
        "community benefit society": _t("Evidence: FCA Mutuals Register number."),
        "community interest company": _t("Evidence: Companies House number and the latest CIC34 report."),
        "employee-ownership-trust company": _t("Evidence: the trust deed (trust holds over half the shares and votes)."),
        "worker co-operative": _t("Evidence: the rules and the member register."),
        "public service mutual": _t("Evidence: articles and evidence of employee control (Procurement Act 2023 s.33)."),
        "charity": _t("Evidence: Charity Commission (or OSCR / CCNI) registration number."),
        "company limited by guarantee": _t("Evidence: Companies House number."),
        "company limited by shares": _t("Evidence: Companies House number."),
        "public limited company": _t("Evidence: Companies House number."),
        "partnership or sole trader": _t("Evidence: registration or trading details, if any."),
        "other": _t("Evidence: describe the form and where it can be checked."),
    }


def org_form_label(form: str) -> str:
    return org_form_labels().get(form, form)

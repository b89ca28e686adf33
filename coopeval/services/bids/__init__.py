"""Bids as they come in: the bidders, their answers to the tender's record fields (legal form, ownership model,
register numbers, with evidence; never scored), and their responses to each measure. Bid intake (questionnaires out,
returns in) belongs here."""

from coopeval.services.bids.records import bid_records, record_fields_for, tender_record_fields

__all__ = ["bid_records", "record_fields_for", "tender_record_fields"]

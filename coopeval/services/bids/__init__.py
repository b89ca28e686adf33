"""Bids as they come in: the bidders, their organisation form and evidence, and their responses to
each measure. Bid intake (questionnaires out, returns in) belongs here."""

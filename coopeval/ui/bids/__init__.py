"""The widgets the Bids page is built from: the bid table, the details form and the responses editor."""

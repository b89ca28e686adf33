"""Individual, blind scoring: each evaluator's items, scores with rationales, and submission."""

"""Results: the weighted totals, subtotals, thresholds and sensitivity, and what the pages show of them."""

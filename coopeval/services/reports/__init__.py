"""What a tender's record becomes on paper: the signed moderation report, assessment summaries and
CSV/XLSX exports, and where a command may write them."""

"""The tender's other award criteria (issue 21): price, quality and the rest, assessed outside CoopEval and recorded
here with each bid's score and reasons, typed in or imported from a spreadsheet (`criteria`, `spreadsheet`), so the
report and the assessment summaries can state the whole result and the most advantageous tender (`whole`)."""

"""The documents a council publishes for bidders (issue 18): the social value questionnaire (PDF through the
report layout, DOCX with python-docx) and the XLSX response template. Renderers read `data` only."""

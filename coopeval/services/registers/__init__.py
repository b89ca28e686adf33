"""Registers of co-operative and democratic businesses that the council downloads itself (issue 20): reading a
Co-operatives UK, FCA Mutuals or custom file (`reading`), keeping each import with its date and source
(`imports`), and matching the council's suppliers to them with every decision remembered (`matching`)."""

"""PDF reports, signatures and spreadsheet exports, made from ready data.

This package receives a `ReportData` (or a `SummaryData`) and never queries the database: the
services build the data, this package renders, signs, verifies and exports it. It imports no Qt,
no SQL and nothing from `coopeval.storage` or `coopeval.services`.
"""

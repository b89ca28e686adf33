"""The portfolio's documents (issue 20): `write_portfolio_pdf` and `write_portfolio_xlsx`, from the ready-made view."""

from coopeval.reporting.portfolio.pdf import write_portfolio_pdf
from coopeval.reporting.portfolio.xlsx import write_portfolio_xlsx

__all__ = ["write_portfolio_pdf", "write_portfolio_xlsx"]

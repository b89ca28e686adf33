"""CoopEval: score the co-operative social value of tender bids.

The package version lives here so the CLI, the app and the reports agree on it.
"""

__version__ = "0.1.0"

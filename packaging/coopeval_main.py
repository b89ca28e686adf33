"""PyInstaller's entry script for the frozen build: the same `main()` as the `coopeval` command."""

import sys

from coopeval.__main__ import main

if __name__ == "__main__":
    sys.exit(main())

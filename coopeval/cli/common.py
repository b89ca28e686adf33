"""What every command module shares: exit codes, and JSON written the same way everywhere."""

from __future__ import annotations

import json
from typing import Any, TextIO

EXIT_OK, EXIT_FAILED = 0, 1  # argparse exits 2 on a usage error


def print_json(data: Any, out: TextIO, **options: Any) -> None:
    json.dump(data, out, indent=2, ensure_ascii=False, **options)
    out.write("\n")

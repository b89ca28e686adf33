"""The peak resident memory of a benchmark's process, printed as its last line (issue 16: each benchmark reports its
peak RSS beside its figures). `bench_memory.py` measures memory step by step; this is the whole run's high-water mark,
the benchmark's own set-up (building its workspace) included."""

from __future__ import annotations

import sys


def peak_rss_mb(who: int | None = None) -> float | None:
    """Peak resident set size in MB of this process (or, with `who`, e.g. RUSAGE_CHILDREN, of the largest child that
    ended); None where the system does not say (Windows)."""
    try:
        import resource
    except ImportError:
        return None
    peak = resource.getrusage(resource.RUSAGE_SELF if who is None else who).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024  # bytes on macOS, KiB elsewhere


def print_peak_rss() -> None:
    own = peak_rss_mb()
    if own is None:
        return
    import resource

    child = peak_rss_mb(resource.RUSAGE_CHILDREN) or 0.0
    print(f"peak RSS of this benchmark: {own:.0f} MB" + (f" (largest process it started: {child:.0f} MB)" if child else ""),
          flush=True)

"""Regenerate the application icon's PNGs and Windows .ico from resources/icons/coopeval.svg.

The generated files are committed, so a build never needs this; run it after changing the SVG:
    .venv/bin/python packaging/icons.py        (needs rsvg-convert: Debian package librsvg2-bin)
Each PNG is rendered from the SVG at its own size (not scaled down from a big one), and the .ico
holds those same bitmaps, so small sizes stay crisp.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from PIL import Image

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SVG = ICONS / "coopeval.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)  # 256 is the largest a Windows icon holds


def png_path(size: int) -> Path:
    return ICONS / f"coopeval-{size}.png"


def main() -> int:
    rsvg = shutil.which("rsvg-convert")
    if rsvg is None:
        print("rsvg-convert not found; install it (apt-get install librsvg2-bin).", file=sys.stderr)
        return 1
    for size in PNG_SIZES:
        subprocess.run([rsvg, "--width", str(size), "--height", str(size), "--output", str(png_path(size)), str(SVG)],
                       check=True)
    images = [Image.open(png_path(size)).convert("RGBA") for size in ICO_SIZES]
    images[-1].save(ICONS / "coopeval.ico", format="ICO", sizes=[im.size for im in images], append_images=images[:-1])
    print(f"Wrote {len(PNG_SIZES)} PNGs and coopeval.ico in {ICONS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Draw the app icon's sizes from its SVG: PNGs (Linux), .ico (Windows), .icns (macOS).

    python packaging/make_icons.py OUT_DIR

Runs in the build environment (PySide6 draws the SVG, Pillow writes .ico and .icns), so
the SVG in resources/icons is the only icon source kept in the repository.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SVG = ROOT / "resources" / "icons" / "cg-desktop.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512, 1024)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def draw_pngs(svg: Path, folder: Path) -> dict[int, Path]:
    """Render the SVG at every PNG size; returns the files by size."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg} is not a valid SVG")
    folder.mkdir(parents=True, exist_ok=True)
    files: dict[int, Path] = {}
    for size in PNG_SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        path = folder / f"cg-desktop-{size}.png"
        if not image.save(str(path)):
            raise SystemExit(f"could not write {path}")
        files[size] = path
    return files


def write_ico_and_icns(pngs: dict[int, Path], out: Path) -> tuple[Path, Path]:
    """The Windows .ico (several sizes in one file) and the macOS .icns, from the PNGs."""
    from PIL import Image

    # Each size as drawn from the SVG, not scaled down from the largest: small icons
    # stay sharp.
    drawn = {size: Image.open(path) for size, path in pngs.items()}
    ico = out / "cg-desktop.ico"
    drawn[256].save(
        ico,
        format="ICO",
        sizes=[(s, s) for s in ICO_SIZES],
        append_images=[drawn[s] for s in ICO_SIZES if s != 256],
    )
    icns = out / "cg-desktop.icns"
    drawn[1024].save(icns, format="ICNS", append_images=[drawn[s] for s in PNG_SIZES if s != 1024])
    return ico, icns


def main(argv: list[str] | None = None) -> int:
    """Make every icon file in OUT_DIR."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="folder for the icon files")
    args = parser.parse_args(argv)
    pngs = draw_pngs(SVG, args.out / "png")
    ico, icns = write_ico_and_icns(pngs, args.out)
    print(f"icons: {len(pngs)} PNG sizes, {ico.name}, {icns.name} in {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

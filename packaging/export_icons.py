"""Export the application icon (resources/icons/caseapp.svg, also the window icon) to the
PNG sizes the desktops want: 16 to 512 px for the Linux icon theme (hicolor), 256 for
Windows' .ico and 512 for macOS' .icns (PyInstaller converts those two with Pillow).

Run after changing the SVG: ``uv run python packaging/export_icons.py``. The PNGs are
committed, so a build needs no SVG renderer; tests/packaging checks they are up to date.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ICONS = Path(__file__).resolve().parent / "icons"
SVG = ICONS.parent.parent / "resources" / "icons" / "caseapp.svg"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def png_path(size: int) -> Path:
    return ICONS / "png" / f"caseapp-{size}.png"


def render(size: int):
    """The SVG rendered at ``size`` × ``size`` as a QImage (transparent corners)."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"{SVG}: not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 - fonts, image IO
    (ICONS / "png").mkdir(exist_ok=True)
    for size in SIZES:
        path = png_path(size)
        if not render(size).save(str(path), "PNG"):
            raise SystemExit(f"{path}: could not be written")
        print(path.relative_to(ICONS.parent.parent))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

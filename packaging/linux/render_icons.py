"""Render the Simak icon (resources/icons/simak.svg) to the PNG sizes desktops look for.

Writes packaging/linux/icons/<n>x<n>/io.github.simak.Simak.png. Runs offscreen:
`QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/linux/render_icons.py`.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

REPO = Path(__file__).resolve().parents[2]
SVG = REPO / "resources" / "icons" / "simak.svg"
OUT = REPO / "packaging" / "linux" / "icons"
APP_ID = "io.github.simak.Simak"
SIZES = (16, 32, 48, 64, 128, 256)


def render(svg: Path, size: int) -> QImage:
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"render_icons: cannot read {svg}")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return image


def main(out: Path = OUT) -> int:
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    for size in SIZES:
        target = out / f"{size}x{size}" / f"{APP_ID}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        if not render(SVG, size).save(str(target), "PNG"):
            raise SystemExit(f"render_icons: cannot write {target}")
    print(f"render_icons: {len(SIZES)} sizes in {out.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

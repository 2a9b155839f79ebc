"""The desktop entry, AppStream metadata and icons that the Linux bundle installs."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

REPO = Path(__file__).resolve().parents[2]
LINUX = REPO / "packaging" / "linux"
APP_ID = "io.github.simak.Simak"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
ICON_SIZES = (16, 32, 48, 64, 128, 256)


def _tool(name: str, package: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed (Debian package {package})")
    return path


def _desktop_entry() -> dict[str, str]:
    lines = DESKTOP.read_text(encoding="utf-8").splitlines()
    return dict(line.split("=", 1) for line in lines if "=" in line)


def test_desktop_entry_is_valid() -> None:
    tool = _tool("desktop-file-validate", "desktop-file-utils")
    result = subprocess.run([tool, str(DESKTOP)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    # hints are not errors, but a clean file should not produce any either
    assert result.stdout.strip() == "", result.stdout


def test_metainfo_is_valid() -> None:
    tool = _tool("appstreamcli", "appstream")
    result = subprocess.run(
        [tool, "validate", "--no-net", str(METAINFO)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_desktop_entry_and_metainfo_name_the_same_app() -> None:
    entry = _desktop_entry()
    metainfo = METAINFO.read_text(encoding="utf-8")
    assert entry["Icon"] == APP_ID
    assert entry["Exec"].split()[0] == "simak"
    assert f'<launchable type="desktop-id">{DESKTOP.name}</launchable>' in metainfo
    assert f"<id>{APP_ID}</id>" in metainfo
    assert "<project_license>GPL-3.0-or-later</project_license>" in metainfo
    assert "<metadata_license>CC0-1.0</metadata_license>" in metainfo


@pytest.mark.parametrize("size", ICON_SIZES)
def test_every_icon_size_exists_and_is_square(size: int) -> None:
    path = LINUX / "icons" / f"{size}x{size}" / f"{APP_ID}.png"
    assert path.is_file(), f"missing {path.relative_to(REPO)}; run packaging/linux/render_icons.py"
    image = QImage(str(path))
    assert not image.isNull()
    assert (image.width(), image.height()) == (size, size)
    assert image.hasAlphaChannel()
    # the corners are transparent (rounded badge), the centre is painted
    assert image.pixelColor(0, 0).alpha() == 0
    assert image.pixelColor(size // 2, size // 2).alpha() == 255


def test_window_icon_svg_is_bundled_with_the_resources() -> None:
    svg = REPO / "resources" / "icons" / "simak.svg"
    assert svg.is_file()
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    assert renderer.isValid()
    assert renderer.defaultSize().width() == renderer.defaultSize().height()

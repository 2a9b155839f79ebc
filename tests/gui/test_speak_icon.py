"""The Word card's speaker icon is drawn in the theme's text colour, light or dark."""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

from simak.gui.sidebars.word_card import WordCard
from simak.gui.theme import DARK, LIGHT, apply_app_style


def _ink(card: WordCard) -> str:
    """The colour of the icon's most opaque pixel."""
    image = card.speak_button.icon().pixmap(16, 16).toImage()
    pixels = [image.pixelColor(x, y) for x in range(image.width()) for y in range(image.height())]
    return max(pixels, key=lambda c: c.alpha()).name()


def test_the_speaker_is_drawn_in_the_themes_text_colour(qtbot) -> None:
    app = QApplication.instance()
    card = WordCard()
    qtbot.addWidget(card)
    assert card.speak_button.text() == "Speak"  # no emoji that a font may lack
    try:
        for theme in (DARK, LIGHT, DARK):
            apply_app_style(app, theme)
            qtbot.waitUntil(lambda theme=theme: _ink(card) == QColor(theme.text).name())
        assert QColor(_ink(card)).lightness() > 150  # light ink on the dark background
    finally:
        apply_app_style(app, LIGHT)


def test_speaking_is_offered_only_where_espeak_ng_is_installed(
    qtbot, monkeypatch, tmp_path
) -> None:
    import shutil

    from simak.gui.reader.menus import ReaderMenus

    assert shutil.which("espeak-ng"), "make setup installs espeak-ng"
    with_espeak = WordCard()
    qtbot.addWidget(with_espeak)
    assert not with_espeak.speak_button.isHidden()

    monkeypatch.setenv("PATH", str(tmp_path))  # a machine without espeak-ng
    without = WordCard()
    qtbot.addWidget(without)
    assert without.speak_button.isHidden()
    menu = ReaderMenus.selection_menu(without, "hubungan bilateral", 0, 18)
    texts = [a.text() for a in menu.actions()]
    assert "Copy" in texts and not any(t.startswith("Speak") for t in texts)

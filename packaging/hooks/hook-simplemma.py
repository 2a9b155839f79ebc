"""Replaces the stock simplemma hook, which bundles all 50 languages (19 MB).

Simak lemmatises Indonesian and its language check compares Indonesian, Malay and English.
"""

import os

from PyInstaller.utils.hooks import collect_data_files

KEEP = {"id.plzma", "ms.plzma", "en.plzma"}
datas = [
    (src, dest) for src, dest in collect_data_files("simplemma") if os.path.basename(src) in KEEP
]

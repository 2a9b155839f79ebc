"""Replaces the stock nltk hook, which bundles every nltk_data folder on the build machine.

Simak builds its Punkt model from its own parameters and uses no corpora, so the bundle needs
nltk's own files only (nltk/__init__.py reads nltk/VERSION).
"""

from PyInstaller.utils.hooks import collect_data_files

datas = collect_data_files("nltk", include_py_files=False)
hiddenimports = []

"""Replaces the stock babel hook, which bundles every locale (32 MB).

babel is here only because courlan (trafilatura's URL filter) imports it to check language
codes in URLs; a locale whose data is absent is reported as unknown, which courlan handles.
"""

import os

from PyInstaller.utils.hooks import collect_data_files

KEEP = {"global.dat", "root.dat", "en.dat", "id.dat", "id_ID.dat", "ms.dat", "en_US.dat"}
datas = [(src, dest) for src, dest in collect_data_files("babel") if os.path.basename(src) in KEEP]
hiddenimports = ["babel.dates", "babel.localedata", "babel.plural", "babel.numbers"]

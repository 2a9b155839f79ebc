"""`simak import FILE|URL`: add to the library, print the new article id on the last line."""

from __future__ import annotations

import argparse
import sys

from simak import paths
from simak.core.importers import read_source
from simak.core.library import Library
from simak.storage.db import connect


def run(args: argparse.Namespace) -> int:
    imported = read_source(args.source)
    conn = connect(paths.db_path())
    try:
        result = Library(conn).add(imported)
    finally:
        conn.close()
    if result.duplicate:
        print(f"already in the library as article {result.article_id}", file=sys.stderr)
    else:
        print(f"imported {imported.title!r}", file=sys.stderr)
    print(result.article_id)
    return 0

"""`simak define QUERY... [--json]` and `simak define --stdin [--json]` (design/CLI.md)."""

from __future__ import annotations

import json
import sys
from argparse import Namespace

from simak.core.errors import UsageError
from simak.core.model import Definition


def run(args: Namespace) -> int:
    queries = list(args.queries or [])
    if args.stdin:
        queries += [line.strip() for line in sys.stdin if line.strip()]
    if not queries:
        raise UsageError("give at least one QUERY to define, or --stdin with one query per line")
    lexicon = open_library_lexicon()
    missing = 0
    for query in queries:
        definition = lexicon.define(query)
        missing += not definition.found
        sys.stdout.write(to_json(definition) + "\n" if args.json else card(definition) + "\n")
        sys.stdout.flush()
    return 1 if missing else 0


def open_library_lexicon():
    from simak import paths
    from simak.core.lexicon.configured import load_for_library

    return load_for_library(paths.db_path())


def as_dict(definition: Definition) -> dict:
    return {
        "query": definition.query,
        "found": definition.found,
        "term": definition.term,
        "root": definition.root,
        "affixes": [{"affix": a.affix, "meaning": a.meaning} for a in definition.affixes],
        "pos": definition.pos,
        "senses": [{"gloss": s.gloss, "source": s.source} for s in definition.senses],
        "note": definition.note,
        "synonyms": definition.synonyms,
    }


def to_json(definition: Definition) -> str:
    return json.dumps(as_dict(definition), ensure_ascii=False)


def card(definition: Definition) -> str:
    """A readable card: term, root and affixes, numbered senses with sources, note."""
    if not definition.found:
        return f"{definition.query}\n  (no meaning found)\n"
    title = definition.term
    if definition.pos:
        title += f"  ({definition.pos})"
    lines = [title]
    if definition.root and definition.root != definition.term:
        parts = " + ".join([*(a.affix for a in definition.affixes), definition.root])
        lines.append(f"  {parts}")
    for number, sense in enumerate(definition.senses, 1):
        lines.append(f"  {number}. {sense.gloss}  [{sense.source}]")
    if definition.note:
        lines.append(f"  note: {definition.note}")
    if definition.synonyms:
        lines.append(f"  synonyms: {', '.join(definition.synonyms)}")
    return "\n".join(lines) + "\n"

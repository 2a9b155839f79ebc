"""`simak analyze FILE [--json]`: analyse a text file without storing it."""

from __future__ import annotations

import argparse
import json
import sys

from simak.core.engine import Engine
from simak.core.importers import read_source
from simak.core.model import Analysis


def run(args: argparse.Namespace) -> int:
    imported = read_source(args.file)
    engine = Engine(gloss_for=_gloss_provider(), processes=2)
    analysis = engine.analyse(imported.text, imported.title)
    payload = to_json(analysis, known_share=_known_share(analysis))
    if args.json:
        json.dump(payload, sys.stdout, ensure_ascii=False)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(_readable(payload))
    return 0


def _gloss_provider():
    from simak import paths
    from simak.core.engine import gloss_provider
    from simak.core.lexicon.configured import load_for_library

    return gloss_provider(load_for_library(paths.db_path()))


def _known_share(analysis: Analysis) -> float:
    from simak import paths
    from simak.core.study import StudyService
    from simak.storage.db import connect

    conn = connect(paths.db_path())
    try:
        return StudyService(conn).known_share_of(analysis)
    finally:
        conn.close()


def to_json(analysis: Analysis, known_share: float) -> dict:
    return {
        "title": analysis.title,
        "language": analysis.language,
        "words": analysis.word_count,
        "sentences": len(analysis.sentences),
        "entities": [
            {
                "text": e.name,
                "type": e.type,
                "count": e.count,
                "variants": e.variants,
                "spans": [[s.start, s.end] for s in e.spans],
                "english": e.english,
                "description": e.description,
            }
            for e in analysis.entities
        ],
        "glossary": [
            {
                "term": g.term,
                "root": g.root,
                "gloss": g.gloss,
                "count": g.count,
                "score": round(g.score, 3),
                "example": g.example,
            }
            for g in analysis.glossary
        ],
        "known_share": round(known_share, 4),
    }


def _readable(payload: dict) -> str:
    lines = [payload["title"], f"{payload['words']} words, {payload['sentences']} sentences", ""]
    lines.append("Entities:")
    for e in payload["entities"]:
        lines.append(f"  {e['type']}  {e['text']} ({e['count']})")
    lines += ["", "Glossary:"]
    for g in payload["glossary"]:
        lines.append(f"  {g['term']:<20} {g['gloss']}")
    lines += ["", f"Known: {payload['known_share']:.0%}", ""]
    return "\n".join(lines)

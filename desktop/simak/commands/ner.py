"""`simak ner FILE [--model MODEL]`: tag a CoNLL token file (design/CLI.md).

Reads the first column of each line as the token, writes `TOKEN<TAB>TAG` lines with a blank
line between sentences, the same sentences and tokens in the same order.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from simak.core.entities import conll
from simak.core.entities.recognizer import EntityRecognizer


def run(args: argparse.Namespace) -> int:
    sentences = conll.read(Path(args.file), with_tags=False)
    recognizer = EntityRecognizer.load(args.model)
    out = sys.stdout
    for n, sentence in enumerate(sentences):
        if n:
            out.write("\n")
        tags = recognizer.tag(sentence.tokens)
        out.write(conll.format_tagged([(sentence.tokens, tags)]))
    out.flush()
    return 0

"""`simak train-ner TRAIN [DEV] [-o MODEL]`: rebuild the entity model from CoNLL files.

Without -o the model goes to the user's data folder, where the app prefers it over the
bundled one. The model file is stdout's last line; progress and scores go to stderr.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from simak.core.entities.recognizer import train, user_model_path


def run(args: argparse.Namespace) -> int:
    output = Path(args.output) if args.output else user_model_path()
    sys.stderr.write(f"training the entity model on {args.train} ...\n")
    report = train(Path(args.train), Path(args.dev) if args.dev else None, output)
    sys.stderr.write(report.summary() + "\n")
    sys.stdout.write(f"{report.model_path}\n")
    return 0

"""Score the bundled entity model on the idner-news-2k dev split (`make eval`).

Prints precision, recall and F1 per entity type and overall (exact span and type, as
conlleval counts them). The data lives outside the repository in ../shared; without it the
script says so and exits 0.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "desktop"))

from simak.core.entities import conll  # noqa: E402
from simak.core.entities.metrics import score  # noqa: E402
from simak.core.entities.recognizer import EntityRecognizer, bundled_model_path  # noqa: E402

DEFAULT_DEV = REPO.parent / "shared" / "data" / "idner-news-2k" / "dev.txt"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dev", type=Path, default=DEFAULT_DEV)
    parser.add_argument("--model", type=Path, default=bundled_model_path())
    args = parser.parse_args()
    if not args.dev.is_file():
        print(f"eval_ner: skipped, no dev data at {args.dev} (../shared is absent)")
        return 0
    sentences = conll.read(args.dev, with_tags=True)
    recognizer = EntityRecognizer.load(args.model)
    predicted = recognizer.tag_sents(s.tokens for s in sentences)
    scores = score([s.tags for s in sentences], predicted)
    print(f"model {args.model.name} on {args.dev} ({len(sentences)} sentences)")
    print(scores.table())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

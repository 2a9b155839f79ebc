from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from simak.core.errors import BadInputError
from simak.core.lexicon.bundled import BundledLexicon
from simak.core.lexicon.dictd import DictdDictionary, decode_number, encode_number
from simak.core.lexicon.discovery import find_dictionaries
from simak.core.lexicon.freedict import is_clean_indonesian, load_freedict, parse_article
from simak.core.lexicon.mythes import SYSTEM_THESAURUS, Thesaurus
from simak.core.lexicon.sources import read_table
from simak.core.lexicon.stardict import StarDictDictionary

from .dictfiles import write_dictd, write_stardict

SYSTEM_FREEDICT = Path("/usr/share/dictd/freedict-eng-ind.index")
ARTICLES = [
    ("aman", "aman\nsafe; secure\n"),
    ("rumah", "rumah\n1. house 2. home\n"),
    ("keamanan", "keamanan\nsecurity\n" + "padding " * 40),
    ("Kuat", "kuat\nstrong\n"),
]


def test_dictd_base64_numbers_round_trip() -> None:
    assert decode_number("A") == 0
    assert decode_number("BA") == 64
    for value in (0, 1, 63, 64, 4095, 1_031_223):
        assert decode_number(encode_number(value)) == value


@pytest.mark.parametrize("compress", ["dictzip", "gzip", ""])
def test_dictd_reads_articles_from_every_kind_of_data_file(tmp_path: Path, compress: str) -> None:
    index = write_dictd(tmp_path / "kamus", ARTICLES, compress=compress)
    dictionary = DictdDictionary(index, "kamus")
    assert [s.gloss for s in dictionary.lookup("aman").senses] == ["safe", "secure"]
    assert [s.gloss for s in dictionary.lookup("rumah").senses] == ["house", "home"]
    # an article spanning several 64-byte dictzip chunks comes back whole
    assert dictionary.articles("keamanan")[0].endswith("padding " * 40)
    assert dictionary.lookup("KUAT").senses[0].gloss == "strong"
    assert dictionary.lookup("tidak ada") is None
    assert all(s.source == "kamus" for s in dictionary.lookup("aman").senses)


def test_dictd_without_data_file_is_refused(tmp_path: Path) -> None:
    index = write_dictd(tmp_path / "kamus", ARTICLES, compress="")
    (tmp_path / "kamus.dict").unlink()
    with pytest.raises(BadInputError, match="no matching .dict"):
        DictdDictionary(index)


def test_dictd_garbage_index_is_refused(tmp_path: Path) -> None:
    (tmp_path / "junk.index").write_text("this is not\na dictd index\n", "utf-8")
    (tmp_path / "junk.dict").write_bytes(b"x")
    with pytest.raises(BadInputError, match="not a dictd index"):
        DictdDictionary(tmp_path / "junk.index")


def test_corrupt_dictzip_is_refused(tmp_path: Path) -> None:
    index = write_dictd(tmp_path / "kamus", ARTICLES, compress="")
    (tmp_path / "kamus.dict").unlink()
    (tmp_path / "kamus.dict.dz").write_bytes(b"not gzip at all")
    with pytest.raises(BadInputError, match="not a gzip"):
        DictdDictionary(index)


@pytest.mark.parametrize("offset_bits", [32, 64])
@pytest.mark.parametrize("compress", [False, True])
def test_stardict_reads_words_and_synonyms(
    tmp_path: Path, offset_bits: int, compress: bool
) -> None:
    ifo = write_stardict(
        tmp_path / "kamus",
        ARTICLES,
        bookname="Kamus Indonesia-English",
        offset_bits=offset_bits,
        synonyms={"selamat": "aman"},
        compress=compress,
    )
    dictionary = StarDictDictionary(ifo, "kamus")
    assert dictionary.name == "Kamus Indonesia-English"
    assert [s.gloss for s in dictionary.lookup("aman").senses] == ["safe", "secure"]
    assert dictionary.lookup("selamat").senses[0].gloss == "safe"  # through .syn
    assert dictionary.lookup("kuat").senses[0].gloss == "strong"
    assert dictionary.lookup("tidak") is None


def test_stardict_with_wrong_magic_is_refused(tmp_path: Path) -> None:
    (tmp_path / "bad.ifo").write_text("hello\nwordcount=1\n", "utf-8")
    with pytest.raises(BadInputError, match="not a StarDict"):
        StarDictDictionary(tmp_path / "bad.ifo")


def test_stardict_truncated_index_is_refused(tmp_path: Path) -> None:
    ifo = write_stardict(tmp_path / "kamus", ARTICLES)
    idx = tmp_path / "kamus.idx"
    idx.write_bytes(idx.read_bytes()[:-3])
    with pytest.raises(BadInputError, match="truncated"):
        StarDictDictionary(ifo)


def test_bundled_merges_files_first_sense_first(lexicon_dir: Path) -> None:
    bundled = BundledLexicon.load(lexicon_dir)
    glosses = [s.gloss for s in bundled.lookup("keamanan").senses]
    assert glosses == ["security", "safety", "public order"]
    assert bundled.lookup("keamanan").senses[0].example == "Keamanan kota terjaga."
    assert bundled.lookup("kerja sama").senses[0].gloss == "cooperation"


def test_bundled_abbreviations_carry_their_expansion(lexicon_dir: Path) -> None:
    bundled = BundledLexicon.load(lexicon_dir)
    dpr = bundled.lookup("DPR")
    assert dpr.senses[0].gloss == "House of Representatives"
    assert "Dewan Perwakilan Rakyat" in dpr.note
    # no senses column: the expansion itself is the sense
    assert bundled.lookup("Polri").senses[0].gloss.startswith("Kepolisian")
    # written in capitals it is the abbreviation; in lower case the word comes first
    assert bundled.lookup("AS").senses[0].gloss == "United States"
    assert bundled.lookup("as").senses[0].gloss == "axle"


def test_bundled_skips_half_written_lines(tmp_path: Path) -> None:
    (tmp_path / "words-1.tsv").write_text("aman\tadj\tsafe\t\t\nkuat\tadj", "utf-8")
    bundled = BundledLexicon.load(tmp_path)
    assert "aman" in bundled and "kuat" not in bundled


def test_table_reader_accepts_csv_with_header(tmp_path: Path) -> None:
    path = tmp_path / "mine.csv"
    path.write_text('term,gloss\nrapat,"meeting | assembly"\nkerja sama,cooperation\n', "utf-8")
    table = read_table(path, "csv", "mine")
    assert [s.gloss for s in table.lookup("rapat").senses] == ["meeting", "assembly"]
    assert table.lookup("Kerja  Sama").senses[0].gloss == "cooperation"


FREEDICT_ARTICLES = [
    (
        "security",
        "security /səˈkjʊɹ.ɪˌti/ <n>\n1. jaminan, keamanan, sekuritas\n"
        "2. keamanan, keselamatan\ncondition of not being threatened\n",
    ),
    ("safe", "safe //seɪf// <adj>\naman, selamat\n"),
    ("tenth", "10th /tˈɛnθ/ <adj>\nke-10\nabbreviation of tenth\n"),
    ("ness", "ness //nəs// <suffix>\ne- -an\nappended to adjectives\n"),
    (
        "house",
        "house //haʊs// <n>\n1. balai, rumah\narchetypal structure\n2. bilik, kamar\n"
        "debating chamber\n5. rumah\nhuman abode\n",
    ),
    ("cooperation", "cooperation /x/ <n>\nkerja sama, Jakarta\n"),
]


def test_freedict_article_parsing() -> None:
    english, pos, groups = parse_article(FREEDICT_ARTICLES[0][1])
    assert (english, pos) == ("security", "n")
    assert groups[0][0] == ["jaminan", "keamanan", "sekuritas"]
    assert groups[1] == (["keamanan", "keselamatan"], "condition of not being threatened")


def test_freedict_reversed_keeps_only_clean_indonesian(tmp_path: Path) -> None:
    index = write_dictd(tmp_path / "freedict-eng-ind", FREEDICT_ARTICLES)
    reversed_ = load_freedict(index, tmp_path)
    assert reversed_.lookup("keamanan").senses[0].gloss.startswith("security")
    assert reversed_.lookup("aman").senses[0].gloss == "safe"
    assert reversed_.lookup("kerja sama").senses[0].gloss == "cooperation"
    assert reversed_.lookup("rumah").senses[0].gloss.startswith("house")
    for junk in ("ke-10", "e- -an", "jakarta", "Jakarta"):
        assert reversed_.lookup(junk) is None
    assert not is_clean_indonesian("-an") and is_clean_indonesian("kupu-kupu")
    # the second load reads the JSON cache and gives the same answers
    cached = load_freedict(index, tmp_path)
    assert cached.table.keys() == reversed_.table.keys()
    assert list(tmp_path.glob("*.json"))


def test_mythes_synonyms(tmp_path: Path) -> None:
    dat = "UTF-8\naman|2\n[a]|selamat|tenteram|aman\n[ant]|bahaya\nkuat|1\n[a]|kokoh\n"
    (tmp_path / "th.dat").write_bytes(dat.encode())
    offset_kuat = dat.encode().index(b"kuat|")
    (tmp_path / "th.idx").write_text(f"UTF-8\n2\naman|6\nkuat|{offset_kuat}\n", "utf-8")
    thesaurus = Thesaurus(tmp_path / "th.idx")
    assert thesaurus.synonyms("aman") == ["selamat", "tenteram"]  # no antonyms, not itself
    assert thesaurus.synonyms("kuat") == ["kokoh"]
    assert thesaurus.synonyms("tidak ada") == []


def test_discovery_finds_dictd_and_stardict(tmp_path: Path) -> None:
    dictd_dir, star_dir = tmp_path / "dictd", tmp_path / "stardict"
    dictd_dir.mkdir()
    (star_dir / "kamus").mkdir(parents=True)
    write_dictd(dictd_dir / "freedict-eng-ind", FREEDICT_ARTICLES)
    write_dictd(dictd_dir / "freedict-eng-deu", [("house", "house\nHaus\n")])
    write_stardict(star_dir / "kamus" / "kamus", ARTICLES, bookname="Indonesian-English")
    found = find_dictionaries([dictd_dir], [star_dir])
    usable = {d.name for d in found if d.usable}
    assert usable == {"freedict-eng-ind", "kamus (Indonesian-English)"}
    assert {d.format for d in found} == {"dictd", "stardict"}


@pytest.mark.skipif(not SYSTEM_FREEDICT.is_file(), reason="FreeDict eng-ind is not installed")
def test_system_freedict_reversed(tmp_path: Path) -> None:
    reversed_ = load_freedict(SYSTEM_FREEDICT, tmp_path)
    assert len(reversed_) > 5000
    assert "security" in [s.gloss for s in reversed_.lookup("keamanan").senses]
    assert reversed_.lookup("buku").senses[0].gloss == "book"
    assert all(is_clean_indonesian(word) for word in reversed_.table)


@pytest.mark.skipif(not SYSTEM_THESAURUS.is_file(), reason="mythes-id is not installed")
def test_system_thesaurus() -> None:
    assert "kokoh" in Thesaurus(SYSTEM_THESAURUS).synonyms("kuat") or Thesaurus(
        SYSTEM_THESAURUS
    ).synonyms("kuat")


def test_gzip_written_by_tests_is_real_gzip(tmp_path: Path) -> None:
    write_dictd(tmp_path / "k", ARTICLES, compress="dictzip")
    assert gzip.decompress((tmp_path / "k.dict.dz").read_bytes()).startswith(b"aman")

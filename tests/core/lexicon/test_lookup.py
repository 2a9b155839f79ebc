from __future__ import annotations

from pathlib import Path

import pytest

from simak.core.lexicon import DictionaryRef, Lexicon

from .dictfiles import write_dictd, write_stardict


def load(lexicon_dir: Path, refs=(), **options) -> Lexicon:
    return Lexicon.load(lexicon_dir, dictionaries=list(refs), thesaurus=False, **options)


def glosses(definition) -> list[tuple[str, str]]:
    return [(s.gloss, s.source) for s in definition.senses]


def test_bundled_word_with_root_explanation(lexicon_dir: Path) -> None:
    definition = load(lexicon_dir).define("keamanan")
    assert definition.found and definition.term == "keamanan" and definition.root == "aman"
    assert glosses(definition)[0] == ("security", "simak")
    assert [a.affix for a in definition.affixes] == ["ke-...-an"]
    assert definition.note == "ke-...-an + aman 'safe' -> 'security, safety'"


def test_clitics_and_capitals_are_removed(lexicon_dir: Path) -> None:
    lexicon = load(lexicon_dir)
    assert lexicon.define("Keamanannya").term == "keamanan"
    assert lexicon.define("bukunya").term == "buku"
    assert lexicon.define("rumah-rumah").term == "rumah"


def test_root_is_always_lowercase_and_equals_word_without_affixes(lexicon_dir: Path) -> None:
    lexicon = load(lexicon_dir)
    assert lexicon.define("Rumah").root == "rumah"
    assert lexicon.define("KEAMANAN").root == "aman"
    assert lexicon.define("xyzzyq").root == "xyzzyq"


def test_meaning_built_from_root_when_no_dictionary_has_the_word(lexicon_dir: Path) -> None:
    definition = load(lexicon_dir).define("memperkuat")
    assert definition.found and definition.term == "memperkuat" and definition.root == "kuat"
    assert glosses(definition) == [("make more strong", "simak-root")]
    assert definition.note == "memper- + kuat 'strong' -> 'make more strong'"
    passive = load(lexicon_dir).define("diperkuat")
    assert glosses(passive) == [("be made more strong", "simak-root")]


def test_voice_prefix_is_stripped_to_a_listed_base(lexicon_dir: Path) -> None:
    definition = load(lexicon_dir).define("dibangun")
    assert definition.term == "bangun" and definition.senses[0].gloss == "build"
    assert [a.affix for a in definition.affixes] == ["di-"]


def test_passive_finds_the_active_form_a_dictionary_lists(lexicon_dir: Path) -> None:
    (lexicon_dir / "words-3.tsv").write_text("memperkuat\tverb\tstrengthen\t\t\n", "utf-8")
    definition = load(lexicon_dir).define("diperkuat")
    assert definition.term == "memperkuat"
    assert glosses(definition) == [("strengthen", "simak")]


def test_loanword_hint_when_nothing_else_explains(lexicon_dir: Path) -> None:
    definition = load(lexicon_dir).define("demokratisasi")
    assert definition.found
    assert definition.senses[0].source == "loanword"
    assert "democrati" in definition.senses[0].gloss


def test_nothing_found(lexicon_dir: Path) -> None:
    definition = load(lexicon_dir).define("qwxz")
    assert not definition.found and definition.senses == []


def test_phrases_are_defined_and_matched_longest_first(lexicon_dir: Path) -> None:
    lexicon = load(lexicon_dir)
    assert glosses(lexicon.define("kerja sama"))[0] == ("cooperation", "simak")
    assert lexicon.define("Kerja  Sama").term == "kerja sama"
    words = [
        "Kedua",
        "negara",
        "menjalin",
        "kerja",
        "sama",
        "soal",
        "hak",
        "asasi",
        "manusia",
        "di",
        "rumah",
        "sakitnya",
    ]
    assert lexicon.match_phrases(words) == [
        (3, 5, "kerja sama"),
        (6, 9, "hak asasi manusia"),
        (10, 12, "rumah sakit"),
    ]
    assert lexicon.match_phrases(["sama", "kerja"]) == []


def test_order_user_then_bundled_then_system_then_user_dictionaries(
    lexicon_dir: Path, tmp_path: Path
) -> None:
    system = write_dictd(tmp_path / "freedict-ind-eng", [("aman", "aman\nsecure; unharmed\n")])
    mine = write_stardict(tmp_path / "mine", [("aman", "calm"), ("kantor", "office")])
    refs = [
        DictionaryRef(mine, "stardict", "Mine", "user", True, 0),
        DictionaryRef(system, "dictd", "freedict-ind-eng", "system", True, 0),
    ]
    own = {"aman": "safe and sound (my note)"}
    definition = load(lexicon_dir, refs, user_definitions=own).define("aman")
    assert glosses(definition) == [
        ("safe and sound (my note)", "user"),
        ("safe", "simak"),
        ("secure", "simak"),  # the system dictionary's "secure" is the same sense
        ("unharmed", "freedict-ind-eng"),
        ("calm", "Mine"),
    ]
    assert load(lexicon_dir, refs).define("kantor").senses[0].source == "Mine"


def test_disabled_dictionaries_are_not_used(lexicon_dir: Path, tmp_path: Path) -> None:
    mine = write_stardict(tmp_path / "mine", [("kantor", "office")])
    refs = [DictionaryRef(mine, "stardict", "Mine", "user", enabled=False)]
    definition = load(lexicon_dir, refs).define("kantor")
    assert all(s.source != "Mine" for s in definition.senses)
    assert "Mine" not in load(lexicon_dir, refs).report.loaded


def test_user_definition_provider_may_be_a_callable(lexicon_dir: Path) -> None:
    asked = []

    def provider(term: str) -> str | None:
        asked.append(term)
        return "my own meaning" if term == "kuat" else None

    definition = load(lexicon_dir, user_definitions=provider).define("Kuat")
    assert definition.senses[0].gloss == "my own meaning"
    assert "kuat" in asked


def test_broken_dictionary_is_reported_not_fatal(lexicon_dir: Path, tmp_path: Path) -> None:
    (tmp_path / "broken.ifo").write_text("garbage", "utf-8")
    lexicon = load(lexicon_dir, [DictionaryRef(tmp_path / "broken.ifo", "stardict", "Broken")])
    assert lexicon.define("aman").found
    assert len(lexicon.report.problems) == 1 and "Broken" in lexicon.report.problems[0]


def test_abbreviation_definition_carries_expansion(lexicon_dir: Path) -> None:
    definition = load(lexicon_dir).define("DPR")
    assert definition.senses[0].gloss == "House of Representatives"
    assert "Dewan Perwakilan Rakyat" in definition.note


@pytest.mark.skipif(
    not Path("/usr/share/dictd/freedict-eng-ind.index").is_file(),
    reason="FreeDict eng-ind is not installed",
)
def test_system_freedict_fills_gaps_of_the_bundled_lexicon(lexicon_dir: Path) -> None:
    lexicon = Lexicon.load(lexicon_dir, thesaurus=False)
    assert "freedict-eng-ind" in lexicon.report.loaded
    definition = lexicon.define("pemerintah")
    assert definition.found
    assert ("government", "freedict-eng-ind") in glosses(definition)

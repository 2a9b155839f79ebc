"""Token features for the CRF entity recogniser.

Everything a feature depends on is available on raw text at run time: the word itself, its
neighbours, the bundled place lists (the curated one and a large one from GeoNames and
Indonesian administrative regions), cue-word lists, word clusters learned from unlabelled
news text (see clusters.py), and two lexical resources that ship with our dependencies
(Sastrawi's list of Indonesian root words, wordfreq's Indonesian word frequencies). They
tell an ordinary capitalised word ("Pertemuan", "Dalam") from a name.

Speed matters (the reader tags whole articles, the goal is >= 50,000 tokens/s), so features
that depend on one word only are computed once per word form and cached, together with the
prefixed copies used when the word is a neighbour.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

from simak.core.entities.clusters import word_clusters
from simak.core.entities.gazetteer import Gazetteer
from simak.core.entities.namelists import NameLists
from simak.core.entities.placenames import default_place_names

# Words that announce a person right after them (titles, roles, forms of address).
PERSON_CUES = frozenset(
    """presiden wakil menteri kepala sekretaris pemimpin ketua gubernur bupati wali walikota
    kapolri kapolda kapolres panglima jenderal letjen mayjen brigjen kolonel kombes irjen
    bapak ibu pak bu mbak mas bang kak saudara sdr tuan nyonya dr ir prof haji hj kh ustaz
    direktur dirut komisaris juru bicara jubir kapten pelatih penyanyi aktor aktris artis
    raja ratu pangeran putri perdana sultan imam paus syekh uskup pendeta senator anggota
    hakim jaksa kuasa hukum pengacara tersangka terdakwa korban istri suami anak ayah
    kakak adik cucu camat lurah kades""".split()  # noqa: SIM905 - a word list reads best as text
)

# Words that head an organisation's name.
ORG_HEADS = frozenset(
    """dewan kementerian kemenkes kemendikbud badan komisi partai bank universitas univ
    pt cv tbk perum persero institut sekolah smp sma smk sd madrasah pesantren rumah sakit
    rs rsud polda polres polsek polri tni kodam korem kodim mahkamah pengadilan kejaksaan
    kejati kejari pemerintah pemprov pemkot pemkab dprd dpr mpr dpd kpk kpu bawaslu
    asosiasi ikatan persatuan perhimpunan himpunan lembaga yayasan organisasi front gerakan
    koalisi fraksi kantor dinas direktorat sekretariat kabinet majelis pengurus serikat
    federasi liga klub fc grup group corporation inc ltd news times post tv radio harian
    majalah kepolisian angkatan tentara pasukan perusahaan koperasi otoritas""".split()  # noqa: SIM905 - a word list reads best as text
)

# Words that often come right before a place name.
PLACE_CUES = frozenset(
    """di ke dari kota kabupaten provinsi desa kecamatan kelurahan negara wilayah kawasan
    pulau jalan jl daerah kampung dusun teluk gunung sungai selat laut benua""".split()  # noqa: SIM905 - a word list reads best as text
)

# Lower-case words that may sit inside a capitalised name ("Bank of America", "Ibnu al Khattab").
RUN_CONNECTORS = frozenset({"dan", "of", "the", "de", "van", "bin", "binti", "al", "&"})

_SHAPE_TABLE = str.maketrans(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789",
    "X" * 26 + "x" * 26 + "d" * 10,
)
_REPEATS = re.compile(r"(.)\1+")
_PUNCT = re.compile(r"^\W+$")

ALL_GROUPS = frozenset(
    {
        "word",
        "shape",
        "affix",
        "context",
        "bigram",
        "gazetteer",
        "cues",
        "lexicon",
        "position",
        "names",
        "run",
        "clusters",
        "places",
    }
)

# Prefixes and suffixes are left out: with the name lists they cost about one point of F1
# on the dev split (0.850 without, 0.844 with) and slow tagging.
DEFAULT_GROUPS = ALL_GROUPS - {"affix"}


@cache
def root_words() -> frozenset[str]:
    """Sastrawi's list of Indonesian root words (MIT licence), shipped with PySastrawi."""
    text = (
        resources.files("Sastrawi.Stemmer")
        .joinpath("data/kata-dasar.txt")
        .read_text(encoding="utf-8")
    )
    return frozenset(text.split())


@cache
def word_frequencies() -> dict[str, float]:
    import wordfreq

    return wordfreq.get_frequency_dict("id")


@lru_cache(maxsize=4096)
def _collapse_repeats(shape: str) -> str:
    """Runs of one character made one ("XXxxxxx" -> "Xx"). Few shapes recur, and the
    regular expression was a third of the cost of a word's features."""
    return _REPEATS.sub(r"\1", shape)


def _frequency_band(freq: float) -> str:
    """Zipf-like bands: 0 unknown, then each band ten times more frequent."""
    if freq <= 0:
        return "0"
    if freq < 1e-6:
        return "1"
    if freq < 1e-5:
        return "2"
    if freq < 1e-4:
        return "3"
    return "4"


@dataclass
class FeatureExtractor:
    gazetteer: Gazetteer
    groups: frozenset[str] = DEFAULT_GROUPS
    names: NameLists | None = None
    # When given (the attributes a model has weights for), sentence() leaves out the word
    # and bigram features outside it. crfsuite skips those anyway, so tags do not change,
    # but it costs a third less to hand the tagger the rest (recognizer.py), and a book's
    # cached word features take less memory.
    known: frozenset[str] | None = None

    def __post_init__(self) -> None:
        # word -> (own features, features as neighbour at -2, -1, +1, +2)
        self._cache: dict[str, tuple[tuple[str, ...], ...]] = {}
        self._roots = root_words() if "lexicon" in self.groups else frozenset()
        self._freq = word_frequencies() if "lexicon" in self.groups else {}
        self._clusters = word_clusters() if "clusters" in self.groups else {}
        self._places = default_place_names() if "places" in self.groups else None
        # What a neighbour sees of a word: feature -> its prefixed forms the model knows.
        self._neighbour_forms: dict[str, tuple[str, ...]] = {}
        # The word pairs the model has bigram weights for ("bg-=" before the word, "bg+="
        # after): the rest are never spelled out.
        self._known_before = frozenset(a[4:] for a in self.known or () if a[:4] == "bg-=")
        self._known_after = frozenset(a[4:] for a in self.known or () if a[:4] == "bg+=")

    def forget_words(self) -> None:
        self._cache.clear()
        self._neighbour_forms.clear()

    def _word(self, word: str) -> tuple[tuple[str, ...], ...]:
        cached = self._cache.get(word)
        if cached is not None:
            return cached
        g = self.groups
        lower = word.lower()
        title = word[:1].isupper()
        own: list[str] = ["bias"]
        brief: list[str] = []  # what a neighbour sees of this word
        if "word" in g:
            own.append("w=" + lower)
            brief.append("w=" + lower)
        if "shape" in g:
            shape = _collapse_repeats(word.translate(_SHAPE_TABLE))
            own += ["sh=" + shape[:6], "len=" + str(min(len(word), 8))]
            if title:
                own.append("title")
            if word.isupper() and len(word) > 1:
                own.append("upper")
            if "-" in word:
                own.append("hyphen")
            if _PUNCT.match(word):
                own.append("punct")
            brief += ["sh=" + shape[:4]]
            if title:
                brief.append("title")
        if "affix" in g and len(lower) > 2:
            for k in (2, 3, 4):
                if len(lower) > k:
                    own += [f"p{k}={lower[:k]}", f"s{k}={lower[-k:]}"]
        if "cues" in g:
            if lower in PERSON_CUES:
                own.append("cue=per")
                brief.append("cue=per")
            if lower in ORG_HEADS:
                own.append("cue=org")
                brief.append("cue=org")
            if lower in PLACE_CUES:
                own.append("cue=loc")
                brief.append("cue=loc")
        if "lexicon" in g:
            known = lower in self._roots
            band = _frequency_band(self._freq.get(lower, 0.0))
            own += ["freq=" + band]
            if known:
                own.append("root")
            if title:
                # A capitalised word that is also a common lower-case word is rarely a name.
                own.append(f"title&freq={band}&{int(known)}")
                brief.append(f"title&freq={band}")
        if "clusters" in g:
            # The word's own clusters only: as neighbour features they cost 1.2 points of F1
            # on the dev split.
            ids = self._clusters.get(lower, ())
            own += [f"c{k}={cluster}" for k, cluster in enumerate(ids)]
        if "names" in g and self.names is not None:
            listed = self.names.token_features(word)
            own += listed
            brief += listed
        known = self.known
        if known is None:
            result = (
                tuple(own),
                tuple("-2:" + f for f in brief),
                tuple("-1:" + f for f in brief),
                tuple("+1:" + f for f in brief),
                tuple("+2:" + f for f in brief),
            )
        else:
            before2, before1, after1, after2 = [], [], [], []
            forms_of = self._neighbour_forms
            for f in brief:
                forms = forms_of.get(f)
                if forms is None:
                    forms = forms_of[f] = self._neighbour_forms_of(f)
                if forms:
                    if forms[0]:
                        before2.append(forms[0])
                    if forms[1]:
                        before1.append(forms[1])
                    if forms[2]:
                        after1.append(forms[2])
                    if forms[3]:
                        after2.append(forms[3])
            result = (
                tuple([f for f in own if f in known]),
                tuple(before2),
                tuple(before1),
                tuple(after1),
                tuple(after2),
            )
        if len(self._cache) > 200_000:  # long sessions: keep memory bounded
            self.forget_words()
        self._cache[word] = result
        return result

    def _neighbour_forms_of(self, feature: str) -> tuple[str, ...]:
        """What the model knows of `feature` on a neighbour at -2, -1, +1 and +2 ("" where it
        has no weight), or () when it knows none: most features of a word recur across
        words ("title", "sh=Xx"), so each is looked up once, not once per word."""
        known = self.known or frozenset()
        forms = tuple(
            prefixed if (prefixed := prefix + feature) in known else ""
            for prefix in ("-2:", "-1:", "+1:", "+2:")
        )
        return forms if any(forms) else ()

    def sentence(self, tokens: list[str]) -> list[list[str]]:
        """One feature list per token."""
        g = self.groups
        known = self.known
        n = len(tokens)
        words = [self._word(t) for t in tokens]
        gaz = self.gazetteer.iob(tokens) if "gazetteer" in g else None
        spans = self.names.span_marks(tokens) if self.names and "names" in g else None
        # Most sentences match no list at all: then the lists are not looked at per token.
        gaz = gaz if gaz and any(gaz) else None
        spans = spans if spans and any(spans) else None
        # The large place list (placenames.py). With c1 = 0.02 it adds about +0.002 F1 on
        # the dev split on average over nine training-fold splits: within noise, but never
        # a loss on average, and it fixes foreign cities read as people (Khartoum).
        places = self._places.marks(tokens) if self._places is not None else None
        context, bigram, position = "context" in g, "bigram" in g, "position" in g
        if bigram:
            # pairs[k] joins the lower-cased tokens k-1 and k (with sentence-edge markers):
            # the pair before token i is pairs[i], the one after it pairs[i + 1].
            lowers = ["<s>", *(t.lower() for t in tokens), "</s>"]
            pairs = [lowers[k] + "|" + lowers[k + 1] for k in range(n + 1)]
            before = self._known_before if known is not None else None
            after = self._known_after if known is not None else None
        listed = self.names.token_counts if self.names is not None else None
        out: list[list[str]] = []
        for i in range(n):
            feats = list(words[i][0])
            if context:
                if i >= 2:
                    feats += words[i - 2][1]
                if i >= 1:
                    feats += words[i - 1][2]
                if i + 1 < n:
                    feats += words[i + 1][3]
                if i + 2 < n:
                    feats += words[i + 2][4]
            if bigram:
                pair = pairs[i]
                if before is None or pair in before:
                    feats.append("bg-=" + pair)
                pair = pairs[i + 1]
                if after is None or pair in after:
                    feats.append("bg+=" + pair)
            if position:
                if i == 0:
                    feats.append("BOS")
                    if tokens[0][:1].isupper():
                        feats.append("BOS&title")
                elif i == n - 1:
                    feats.append("EOS")
                if i > 0 and tokens[i - 1] in ('"', "(", ":", "'"):
                    feats.append("after_open")
                elif i > 0 and tokens[i][:1].isupper():
                    # A capital inside a sentence is the strongest hint of a name.
                    feats.append("mid&title")
                    if listed is not None and tokens[i] not in listed:
                        feats.append("mid&title&unlisted")
            if gaz is not None:
                if gaz[i]:
                    feats.append("gaz=" + gaz[i])
                if i and gaz[i - 1]:
                    feats.append("-1:gaz=" + gaz[i - 1])
                if i + 1 < n and gaz[i + 1]:
                    feats.append("+1:gaz=" + gaz[i + 1])
            if places and i in places:
                feats += ["xp=" + mark for mark in places[i]]
            if spans is not None and spans[i]:
                feats.append("nls=" + spans[i])
            out.append(feats)
        if "run" in g:
            _add_run_features(tokens, out)
        return out


def capitalised_runs(tokens: list[str]) -> list[tuple[int, int]]:
    """(start, end) of each maximal run of capitalised words, bridging connector words."""
    runs: list[tuple[int, int]] = []
    n = len(tokens)
    i = 0
    while i < n:
        if not tokens[i][:1].isupper():
            i += 1
            continue
        j = i + 1
        while j < n and (
            tokens[j][:1].isupper()
            or (tokens[j].lower() in RUN_CONNECTORS and j + 1 < n and tokens[j + 1][:1].isupper())
        ):
            j += 1
        runs.append((i, j))
        i = j
    return runs


def _add_run_features(tokens: list[str], out: list[list[str]]) -> None:
    """Features of the whole capitalised run a token sits in: its first and last word, and
    whether an organisation head word appears anywhere in it ("Kejaksaan Tinggi Sulawesi
    Selatan" is one organisation, although its tail looks like a place). Worth about 1.3
    points of F1 on the dev split, mostly on organisations."""
    for start, end in capitalised_runs(tokens):
        words = [t.lower() for t in tokens[start:end]]
        run_feats = ["run.first=" + words[0], "run.last=" + words[-1]]
        if any(w in ORG_HEADS for w in words):
            run_feats.append("run.org")
        for k in range(start, end):
            out[k] += run_feats

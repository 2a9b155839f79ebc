"""Indonesian affixes: how each is spelled on a root, and what it means to a learner.

Prefix rules answer one question: if `word` starts with this prefix, which roots could be
left? Nasal prefixes (meN-, peN-) change shape with the root's first sound, and may swallow
it (tulis -> menulis), so each rule may offer the swallowed letter back.
"""

from __future__ import annotations

from collections.abc import Callable

AFFIX_MEANINGS: dict[str, str] = {
    "meN-": "active verb: the subject does the action",
    "memper-": "active verb 'make more ...' (memperkuat = make stronger)",
    "di-": "passive verb: the action is done to the subject",
    "diper-": "passive of memper-: is made more ... (diperkuat = is strengthened)",
    "ter-": "happened by itself or by accident, can be done, or 'most' (terbesar)",
    "ber-": "verb of having, being or doing (berusaha = make an effort)",
    "se-": "one, the same, or 'as ... as' (sebuah, sebesar)",
    "ke-": "ordinal or group number (kedua = second / both)",
    "peN-": "noun: the person or tool that does it (-er: pembaca = reader)",
    "pe-": "noun: the person who does or has it (pekerja = worker)",
    "per-": "make it so, or a noun of the action (perkuat = strengthen)",
    "tidak-": "not: a negation built into the word (ketidakadilan = injustice)",
    "-kan": "verb suffix: cause something to be, or do it for someone",
    "-i": "verb suffix: do it to, at or repeatedly on something",
    "-an": "noun suffix: the result, thing or place of the action",
    "-wan": "noun suffix: a person who works with it (wartawan = journalist)",
    "-wati": "noun suffix: a woman who works with it (karyawati)",
    "ke-...-an": "abstract noun: the state or matter of it (-ness, -ity); or suffering it",
    "peN-...-an": "noun: the process or act of doing it (-ing, -tion)",
    "pe-...-an": "noun: the matter or area of it (pedesaan = rural areas)",
    "per-...-an": "noun: the result, place or collective of it (pertemuan = meeting)",
    "ber-...-an": "many doing it at once, or doing it to each other (berdatangan)",
    "se-...-nya": "as ... as possible (sebaik-baiknya = as well as possible)",
    "antar-": "between, inter- (antarnegara = international)",
    "pasca-": "after, post- (pascapemilu = after the election)",
    "pra-": "before, pre- (prasejarah = prehistory)",
    "non-": "not, non- (nonaktif = inactive)",
    "anti-": "against, anti-",
    "multi-": "many, multi-",
}

CLITIC_MEANINGS: dict[str, str] = {
    "-nya": "his/her/its/their, or 'the'",
    "-ku": "my",
    "-mu": "your",
    "-lah": "emphasis or a polite command",
    "-kah": "question marker",
    "-tah": "question marker (literary)",
    "-pun": "even, also",
    "ku-": "I (as the doer)",
    "kau-": "you (as the doer)",
}

PARTICLES = ("lah", "kah", "tah", "pun")
POSSESSIVES = ("nya", "ku", "mu")
DERIVATIONAL_SUFFIXES = ("kan", "an", "i", "wan", "wati")
PROCLITICS = ("kau", "ku")
LOAN_PREFIXES = ("antar", "pasca", "pra", "non", "anti", "multi")

# Which prefix may sit directly inside which (outer -> inner), as in di-per-timbang-kan.
INNER_PREFIXES: dict[str, frozenset[str]] = {
    "di-": frozenset({"per-", "ber-", "ke-"}),
    "meN-": frozenset({"per-", "ber-", "ke-"}),
    "peN-": frozenset({"ber-", "ke-"}),
    "ke-": frozenset({"ber-", "ter-", "peN-", "se-", "tidak-", "per-"}),
    "ber-": frozenset({"ke-", "peN-"}),
    "ter-": frozenset({"ke-", "per-"}),
    "se-": frozenset({"per-"}),
    "tidak-": frozenset({"ber-", "ter-", "peN-"}),
}
# Prefix pairs learners meet as one unit.
FUSED_PREFIXES = {("meN-", "per-"): "memper-", ("di-", "per-"): "diper-"}
# With -an, the first of these prefixes present forms a circumfix.
CIRCUMFIX_ORDER = ("ke-", "peN-", "pe-", "per-", "ber-")

_VOWELS = frozenset("aeiou")
_SONORANTS = frozenset("lmnrwy")


# Each rule returns a list, not a generator: the morphology asks them ~150,000 times for a
# book's words, and building a generator costs more than the answer.
def _nasal(after: str) -> list[str]:
    """Roots hidden behind a nasal prefix (me-/pe-) followed by the letters `after`."""
    roots: list[str] = []
    if not after:
        return roots
    if after[0] in _SONORANTS:
        roots.append(after)  # melihat, merasa, menilai, menyanyi
    if after.startswith("m"):
        body = after[1:]
        if body and body[0] in "bfvp":
            roots.append(body)  # membaca, memfoto, memproduksi (p kept in clusters)
        if body and body[0] in _VOWELS:
            roots.append("p" + body)  # memukul <- pukul
    if after.startswith("ny"):
        body = after[2:]
        if body and body[0] in _VOWELS:
            roots.append("s" + body)  # menyusun <- susun
    elif after.startswith("ng"):
        body = after[2:]
        if body.startswith("e"):
            roots.append(body[1:])  # mengebom, pengecatan (one-syllable roots)
        if body and (body[0] in _VOWELS or body[0] in "ghk"):
            roots.append(body)  # mengambil, menggali, menghadapi, mengkritik
        if body and body[0] in _VOWELS:
            roots.append("k" + body)  # mengirim <- kirim
    elif after.startswith("n"):
        body = after[1:]
        if body and body[0] in "cdjzts":
            roots.append(body)  # mencari, mendapat, menjual, mentaati, mensukseskan
        if body and body[0] in _VOWELS:
            roots.append("t" + body)  # menulis <- tulis
    return roots


def _prefix_me(word: str) -> list[str]:
    return _nasal(word[2:]) if word.startswith("me") else []


def _prefix_pe_nasal(word: str) -> list[str]:
    return _nasal(word[2:]) if word.startswith("pe") else []


def _prefix_pe_plain(word: str) -> list[str]:
    rest = word[2:]
    if word.startswith("pe") and rest and rest[0] not in _VOWELS and rest[0] not in _SONORANTS:
        return [rest]  # pekerja, petani, pedagang, peserta
    return []


def _r_prefix(head: str) -> Callable[[str], list[str]]:
    """ber-, ter-, per-: the r drops before a root starting with r or with -er- in it."""

    def candidates(word: str) -> list[str]:
        roots = []
        if word.startswith(head + "r") and len(word) > 4:
            roots.append(word[3:])
        rest = word[2:]
        if word.startswith(head) and rest and (rest[0] == "r" or rest[1:3] == "er"):
            roots.append(rest)  # berencana, bekerja, beserta, terasa
        if word.startswith(head + "l") and word[3:] in ("ajar", "anjur"):
            roots.append(word[3:])  # belajar, pelajar, telanjur
        return roots

    return candidates


def _plain(head: str) -> Callable[[str], list[str]]:
    def candidates(word: str) -> list[str]:
        if word.startswith(head) and len(word) > len(head) + 1:
            return [word[len(head) :]]
        return []

    return candidates


PREFIX_RULES: dict[str, Callable[[str], list[str]]] = {
    "di-": _plain("di"),
    "ke-": _plain("ke"),
    "se-": _plain("se"),
    "meN-": _prefix_me,
    "peN-": _prefix_pe_nasal,
    "pe-": _prefix_pe_plain,
    "ber-": _r_prefix("be"),
    "ter-": _r_prefix("te"),
    "per-": _r_prefix("pe"),
    "tidak-": _plain("tidak"),
}
OUTER_ONLY_PREFIXES = {f"{head}-": _plain(head) for head in LOAN_PREFIXES}


def meaning_of(affix: str) -> str:
    return AFFIX_MEANINGS.get(affix) or CLITIC_MEANINGS.get(affix, "")

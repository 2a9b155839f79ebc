"""Meanings built from a root and its affixes, for words no dictionary lists.

`ke-...-an + aman 'safe' -> 'the state of being safe'`: rough, but it tells a learner what
the word is about, and every such sense is labelled `simak-root` so nobody mistakes it for a
dictionary gloss.
"""

from __future__ import annotations

import re

ROOT_SOURCE = "simak-root"

AFFIX_MEANINGS = {
    "ke-...-an": "abstract noun: the state or matter of",
    "peN-...-an": "noun: the process or act of",
    "per-...-an": "noun: the matter or result of",
    "ber-...-an": "verb: doing something together or to each other",
    "meN-": "active verb",
    "di-": "passive verb",
    "ter-": "passive, accidental or completed; with adjectives: most",
    "ber-": "verb: have, use or be",
    "memper-": "verb: make more, cause to be",
    "diper-": "passive of memper-: made more",
    "peN-": "noun: the person or thing that does it",
    "per-": "verb: make (more) / noun: one who",
    "ke-": "ordinal number or collective ('the two of them')",
    "se-": "one, the same, as ... as",
    "-kan": "verb: cause to be / do for someone",
    "-i": "verb: do at or to something, repeatedly",
    "-an": "noun: result, thing or collection",
}
_ORDINALS = {
    "dua": "second",
    "tiga": "third",
    "empat": "fourth",
    "lima": "fifth",
    "enam": "sixth",
    "tujuh": "seventh",
    "delapan": "eighth",
    "sembilan": "ninth",
    "sepuluh": "tenth",
    "satu": "first",
}


def affix_meaning(label: str) -> str:
    return AFFIX_MEANINGS.get(label, "")


def first_gloss(gloss: str) -> str:
    """`safe (not in danger)` -> `safe`; `to carry` -> `carry`."""
    gloss = re.sub(r"\s*\([^)]*\)", "", gloss).strip()
    gloss = gloss.split(";")[0].split(",")[0].strip()
    return gloss.removeprefix("to ").strip()


def _ing(verb: str) -> str:
    words = verb.split(" ", 1)
    head, rest = words[0], (" " + words[1] if len(words) > 1 else "")
    if head.endswith("ie"):
        head = head[:-2] + "y"
    elif head.endswith("e") and not head.endswith(("ee", "ye", "oe")) and len(head) > 2:
        head = head[:-1]
    return f"{head}ing{rest}"


def _third_person(verb: str) -> str:
    words = verb.split(" ", 1)
    head, rest = words[0], (" " + words[1] if len(words) > 1 else "")
    if head.endswith(("s", "sh", "ch", "x", "o", "z")):
        head += "es"
    elif head.endswith("y") and len(head) > 2 and head[-2] not in "aeiou":
        head = head[:-1] + "ies"
    else:
        head += "s"
    return f"{head}{rest}"


_IRREGULAR_PAST = {
    "make": "made",
    "build": "built",
    "write": "written",
    "give": "given",
    "take": "taken",
    "bring": "brought",
    "hold": "held",
    "find": "found",
    "send": "sent",
    "buy": "bought",
    "sell": "sold",
    "tell": "told",
    "say": "said",
    "see": "seen",
    "do": "done",
    "keep": "kept",
    "lead": "led",
    "put": "put",
    "set": "set",
    "cut": "cut",
    "hit": "hit",
    "run": "run",
    "get": "got",
    "leave": "left",
    "meet": "met",
    "pay": "paid",
    "read": "read",
    "know": "known",
    "show": "shown",
    "choose": "chosen",
    "speak": "spoken",
    "break": "broken",
    "catch": "caught",
    "teach": "taught",
    "think": "thought",
    "feel": "felt",
    "lose": "lost",
    "win": "won",
    "begin": "begun",
    "eat": "eaten",
    "fall": "fallen",
    "grow": "grown",
    "throw": "thrown",
    "hear": "heard",
    "forget": "forgotten",
    "shut": "shut",
    "spend": "spent",
}


def _past_participle(verb: str) -> str:
    words = verb.split(" ", 1)
    head, rest = words[0], (" " + words[1] if len(words) > 1 else "")
    if head in _IRREGULAR_PAST:
        head = _IRREGULAR_PAST[head]
    elif head.endswith("e"):
        head += "d"
    elif head.endswith("y") and len(head) > 2 and head[-2] not in "aeiou":
        head = head[:-1] + "ied"
    else:
        head += "ed"
    return f"{head}{rest}"


def build_gloss(affixes: list[str], root: str, root_gloss: str, root_pos: str | None) -> str:
    """An English paraphrase of root + affixes, e.g. (['ke-...-an'], 'aman', 'safe', 'adj')."""
    g = first_gloss(root_gloss)
    pos = root_pos or "verb"
    labels = list(affixes)
    passive = False
    if labels and labels[0] in ("di-", "diper-"):
        passive = True
        labels[0] = "memper-" if labels[0] == "diper-" else "meN-"
    shape = "+".join(labels)
    if shape in ("ke-...-an",):
        text = f"the state of being {g}" if pos == "adj" else f"matters of {g}"
    elif shape == "ke-" and root in _ORDINALS:
        text = _ORDINALS[root]
    elif shape in ("peN-...-an", "per-...-an"):
        text = f"the act or process of {_ing(g)}" if pos == "verb" else f"matters of {g}"
        if pos == "adj":
            text = f"the process of making {g}"
    elif shape == "peN-":
        text = f"one who {_third_person(g)}" if pos == "verb" else f"someone or something {g}"
    elif shape == "-an":
        text = f"the result of {_ing(g)}" if pos == "verb" else f"something {g}"
    elif shape in ("ber-", "ber-...-an"):
        text = {"noun": f"have or use {g}", "adj": f"be {g}"}.get(pos, g)
        if shape == "ber-...-an":
            text = f"{g} together"
    elif shape in ("meN-+-kan", "-kan", "memper-+-kan", "per-+-kan"):
        text = {"adj": f"make {g}", "noun": f"provide with {g}"}.get(pos, f"{g} (for someone)")
    elif shape in ("meN-+-i", "-i"):
        text = {"adj": f"make {g}", "noun": f"give {g} to"}.get(pos, f"{g} (at something)")
    elif shape in ("memper-", "per-"):
        text = f"make more {g}" if pos == "adj" else g
    elif shape == "meN-":
        text = {"noun": f"do or make {g}", "adj": f"become {g}"}.get(pos, g)
    elif shape == "ter-":
        text = f"most {g}" if pos == "adj" else f"(be) {g} (unintentionally, or done)"
    elif shape == "se-":
        text = f"one {g}; as {g} as"
    else:
        text = f"related to '{g}'"
    if passive and not text.startswith(("be ", "the ", "one ", "some")):
        return f"be {_past_participle(text)}"
    return text


def explanation(affixes: list[str], root: str, root_gloss: str, result: str) -> str:
    """The note a learner reads: `ke-...-an + aman 'safe' -> 'security, safety'`."""
    pattern = " + ".join(affixes) if affixes else ""
    return f"{pattern} + {root} '{first_gloss(root_gloss)}' -> '{result}'".lstrip(" +")

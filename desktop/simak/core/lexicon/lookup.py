"""`Lexicon.define(query)`: the one place that decides what a word means.

Order of sources (each sense keeps the name of its source):
  the learner's own definition -> bundled lexicon -> system dictionaries -> imported user
  dictionaries -> a meaning built from the root and its affixes -> a loanword hint.
Order of forms tried: as written -> without clitics/reduplication -> active/base form
(diperkuat -> memperkuat) -> root. The first form any dictionary knows becomes the term.
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from simak.core.errors import SimakError
from simak.core.lexicon.bundled import BundledLexicon
from simak.core.lexicon.derive import ROOT_SOURCE, build_gloss, explanation, first_gloss
from simak.core.lexicon.discovery import find_dictionaries
from simak.core.lexicon.entries import DictionarySource, LexEntry, normalise_key
from simak.core.lexicon.forms import analyse, candidate_forms
from simak.core.lexicon.freedict import load_freedict
from simak.core.lexicon.mythes import Thesaurus, load_system_thesaurus
from simak.core.lexicon.phrases import PhraseIndex
from simak.core.lexicon.sources import DictionaryRef, open_dictionary
from simak.core.model import Definition, Sense

log = logging.getLogger(__name__)

USER_SOURCE = "user"
MAX_SENSES = 8
_EDGE_PUNCTUATION = ".,;:!?\"'()[]{}«»“”‘’…"
MIN_LOANWORD_CONFIDENCE = 0.35  # below this the "hint" misleads more than it helps
LOANWORD_SOURCE = "loanword"  # a sense guessed from an English look-alike
UserDefinitions = Mapping[str, str] | Callable[[str], str | None]


@dataclass
class LoadReport:
    milliseconds: float = 0.0
    loaded: list[str] = field(default_factory=list)  # source names, in lookup order
    problems: list[str] = field(default_factory=list)  # one sentence per dictionary skipped


class Lexicon:
    def __init__(
        self,
        bundled: BundledLexicon,
        system: Sequence[DictionarySource] = (),
        user: Sequence[DictionarySource] = (),
        *,
        user_definitions: UserDefinitions | None = None,
        thesaurus: Thesaurus | None = None,
    ) -> None:
        self.bundled = bundled
        self.system = list(system)
        self.user = list(user)
        self.user_definitions = user_definitions
        self.thesaurus = thesaurus
        self.report = LoadReport()
        self.phrases = PhraseIndex()
        self.phrases.add_all(bundled.headwords())
        for source in [*self.system, *self.user]:
            self.phrases.add_all(_headwords(source))

    @classmethod
    def load(
        cls,
        lexicon_dir: Path | None = None,
        *,
        dictionaries: Sequence[DictionaryRef] | None = None,
        discover_system: bool = True,
        user_definitions: UserDefinitions | None = None,
        cache_dir: Path | None = None,
        thesaurus: bool = True,
    ) -> Lexicon:
        """Read everything; slow-ish (tens of ms), so the GUI calls it in a worker thread.

        `dictionaries` are the rows of Settings > Dictionaries (enabled ones are used, system
        ones before imported ones, each group by position). Without rows, system dictionaries
        are discovered when `discover_system` is true.
        """
        from simak import paths

        started = time.perf_counter()
        bundled = BundledLexicon.load(lexicon_dir or paths.resources_dir() / "lexicon")
        report = LoadReport(loaded=["simak"] if len(bundled) else [])
        if dictionaries is None:
            found = find_dictionaries() if discover_system else []
            dictionaries = [
                DictionaryRef(d.path, d.format, d.name, "system", True, i)
                for i, d in enumerate(f for f in found if f.usable)
            ]
        if cache_dir is None and any(d.enabled for d in dictionaries):
            cache_dir = paths.cache_dir()
        ordered = sorted(
            (d for d in dictionaries if d.enabled),
            key=lambda d: (d.kind != "system", d.position),
        )
        system, user = [], []
        for ref in ordered:
            try:
                if ref.format == "dictd" and ref.path.name == "freedict-eng-ind.index":
                    opened: DictionarySource = load_freedict(ref.path, cache_dir)
                else:
                    opened = open_dictionary(ref.path, ref.format, _source_name(ref))
            except (SimakError, OSError, ValueError) as exc:
                message = exc.message if isinstance(exc, SimakError) else str(exc)
                report.problems.append(f"{ref.name}: {message}")
                log.warning("dictionary %s skipped: %s", ref.path, message)
                continue
            (system if ref.kind == "system" else user).append(opened)
            report.loaded.append(opened.source)
        lexicon = cls(
            bundled,
            system,
            user,
            user_definitions=user_definitions,
            thesaurus=load_system_thesaurus() if thesaurus else None,
        )
        report.milliseconds = (time.perf_counter() - started) * 1000
        analyse("keamanannya")  # warm the morphology so the first click is fast too
        lexicon.report = report
        return lexicon

    # -- lookups ---------------------------------------------------------------------------

    def match_phrases(self, words: list[str]) -> list[tuple[int, int, str]]:
        return self.phrases.match(words)

    def knows(self, form: str) -> bool:
        return bool(self._direct_senses(form))

    def define(self, query: str) -> Definition:
        # a token clicked or pasted with its punctuation: "(kami", "keamanan,"
        text = " ".join(query.split()).strip(_EDGE_PUNCTUATION)
        if not text:
            return Definition(query=query, found=False, term="", root="")
        if " " in text:
            return self._define_phrase(query, text)
        analysis = analyse(text)
        root = (analysis.root or analysis.headword or text).lower()
        affixes = list(analysis.affixes)
        labels = [a.affix for a in affixes]
        term, senses, entry_note, pos = analysis.headword.lower(), [], None, None
        for form in candidate_forms(text, analysis):
            senses, entry_note, pos = self._direct(form)
            if senses:
                term = normalise_key(form)
                break
        note = entry_note
        if not senses and root != term:
            senses, note, pos = self._built_from_root(labels, root, term)
        elif senses and labels:
            root_gloss = self._first_root_gloss(root)
            if root_gloss:
                result = ", ".join(first_gloss(s.gloss) for s in senses[:2])
                built = explanation(labels, root, root_gloss, result)
                note = f"{entry_note}; {built}" if entry_note else built
        if not senses:
            from simak.core.text.loanwords import loanword_hint

            hint = loanword_hint(term)
            if hint is not None and hint.confidence >= MIN_LOANWORD_CONFIDENCE:
                senses = [Sense(gloss=hint.english, source=LOANWORD_SOURCE)]
                note = f"looks like the English word '{hint.english}' (a guess)"
        return self._definition(query, term, root, affixes, pos, senses, note)

    def _define_phrase(self, query: str, text: str) -> Definition:
        key = normalise_key(text)
        senses, note, pos = self._direct(text)
        if not senses:
            # `kerja samanya`: the last word may carry a clitic.
            words = key.split(" ")
            for candidate in candidate_forms(words[-1], analyse(words[-1]))[1:3]:
                senses, note, pos = self._direct(" ".join([*words[:-1], candidate]))
                if senses:
                    key = " ".join([*words[:-1], candidate])
                    break
        return self._definition(query, key, key, [], pos, senses, note)

    def _definition(self, query, term, root, affixes, pos, senses, note) -> Definition:
        senses = senses[:MAX_SENSES]
        synonyms = self.thesaurus.synonyms(term) if self.thesaurus is not None else []
        return Definition(
            query=query,
            found=any(s.gloss.strip() for s in senses),
            term=term,
            root=root,
            affixes=affixes,
            pos=pos or next((s.pos for s in senses if s.pos), None),
            senses=senses,
            note=note,
            synonyms=synonyms,
        )

    def _direct(self, form: str) -> tuple[list[Sense], str | None, str | None]:
        """Senses for exactly this form from every source, in order, duplicates dropped."""
        senses: list[Sense] = []
        note = pos = None
        seen: set[str] = set()
        own = self._user_definition(form)
        if own:
            senses.append(Sense(gloss=own, source=USER_SOURCE))
            seen.add(_gloss_key(own))
        for entry in self._entries(form):
            note = note or entry.note
            pos = pos or entry.pos
            for sense in entry.senses:
                key = _gloss_key(sense.gloss)
                if key not in seen:
                    seen.add(key)
                    senses.append(sense)
        return senses, note, pos

    def _direct_senses(self, form: str) -> list[Sense]:
        return self._direct(form)[0]

    def _entries(self, form: str) -> list[LexEntry]:
        entries = []
        for source in [self.bundled, *self.system, *self.user]:
            entry = source.lookup(form)
            if entry is not None and entry.senses:
                entries.append(entry)
        return entries

    def _user_definition(self, form: str) -> str | None:
        provider = self.user_definitions
        if provider is None:
            return None
        key = normalise_key(form)
        try:
            value = provider(key) if callable(provider) else provider.get(key)
        except SimakError as exc:  # a locked database must not break a lookup
            log.warning("user definition for %r unavailable: %s", key, exc.message)
            return None
        return value.strip() if value and value.strip() else None

    def _first_root_gloss(self, root: str) -> str | None:
        senses = self._direct_senses(root)
        return senses[0].gloss if senses else None

    def _built_from_root(self, labels: list[str], root: str, term: str):
        entries = self._entries(root)
        own = self._user_definition(root)
        root_gloss = own or next((e.senses[0].gloss for e in entries), None)
        if not root_gloss or not labels:
            return [], None, None
        root_pos = next((e.pos for e in entries if e.pos), None)
        gloss = build_gloss(labels, root, root_gloss, root_pos)
        note = explanation(labels, root, root_gloss, gloss)
        return [Sense(gloss=gloss, source=ROOT_SOURCE)], note, None


def _gloss_key(gloss: str) -> str:
    """`house` and `house (archetypal structure...)` are the same sense for a reader."""
    return re.sub(r"\s*\([^)]*\)", "", gloss).strip().casefold()


def _source_name(ref: DictionaryRef) -> str:
    return (
        ref.path.name.removesuffix(".index").removesuffix(".ifo")
        if ref.kind == "system"
        else ref.name
    )


def _headwords(source: DictionarySource) -> list[str]:
    headwords = getattr(source, "headwords", None)
    if callable(headwords):
        return list(headwords())
    return list(getattr(source, "entries", ()))

"""Report the words of a text that the bundled lexicon does not explain.

Developer tool, not used by the app. Reads every resources/lexicon/*.tsv (first column:
headwords, abbreviations, multi-word phrases) and lists the words of a plain-text file, or of
a CoNLL file's first column, that have no entry for the word itself (clitics stripped,
reduplication undone) nor for its PySastrawi root.

    python scripts/lexicon_gaps.py resources/sample-article.txt
    python scripts/lexicon_gaps.py --conll ../shared/data/idner-news-2k/train.txt --top 80

CoNLL input (`TOKEN POS TAG` per line) skips tokens tagged PROPN, NUM, PUNCT (also SYM, X)
and every entity token (B-/I- tags). Plain text has no tags, so capitalised words inside a
sentence, and names in resources/gazetteer/places.tsv, are counted apart as likely names.
Do not run this on the held-out dev split to tune the lexicon.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LEXICON_DIR = ROOT / "resources" / "lexicon"
GAZETTEER = ROOT / "resources" / "gazetteer" / "places.tsv"

ENCLITICS = ("nya", "lah", "kah", "pun", "tah", "ku", "mu")
PROCLITICS = ("ku", "kau")
SKIPPED_POS = {"PROPN", "NUM", "PUNCT", "SYM", "X"}
WORD_RE = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*")
SENTENCE_END = {".", "!", "?", ":", '"', "\u201c", "\u201d"}


def load_headwords(directory: Path = LEXICON_DIR) -> tuple[set[str], set[tuple[str, ...]]]:
    """Lowercased single-word headwords, and multi-word headwords as token tuples."""
    words: set[str] = set()
    phrases: set[tuple[str, ...]] = set()
    for path in sorted(directory.glob("*.tsv")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            head = " ".join(line.split("\t", 1)[0].lower().split())
            if " " in head:
                phrases.add(tuple(head.split()))
            elif head:
                words.add(head)
    return words, phrases


def load_places(path: Path = GAZETTEER) -> set[str]:
    names: set[str] = set()
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#"):
                names.add(line.split("\t", 1)[0].lower())
    return names


class Coverage:
    def __init__(self, words: set[str], phrases: set[tuple[str, ...]]) -> None:
        self.words = words
        self.phrases = phrases
        self.max_phrase = max((len(p) for p in phrases), default=1)
        from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

        self._stemmer = StemmerFactory().create_stemmer()
        self._stems: dict[str, str] = {}

    def stem(self, word: str) -> str:
        if word not in self._stems:
            self._stems[word] = self._stemmer.stem(word)
        return self._stems[word]

    def forms(self, word: str) -> list[str]:
        """The word, without clitics, and the base of a reduplication."""
        word = word.lower()
        out = [word]
        for form in list(out):
            for enclitic in ENCLITICS:
                if form.endswith(enclitic) and len(form) - len(enclitic) >= 3:
                    out.append(form[: -len(enclitic)])
        for form in list(out):
            if form.endswith("nya") or form.endswith("lah"):
                continue
            for proclitic in PROCLITICS:
                if form.startswith(proclitic) and len(form) - len(proclitic) >= 3:
                    out.append(form[len(proclitic) :])
        for form in list(out):
            if "-" in form:
                parts = form.split("-")
                out.extend(p for p in parts if len(p) >= 2)
        return list(dict.fromkeys(out))

    def covered(self, word: str) -> bool:
        forms = self.forms(word)
        if any(form in self.words for form in forms):
            return True
        return any(self.stem(form) in self.words for form in forms)

    def phrase_spans(self, tokens: list[str]) -> set[int]:
        """Indexes of tokens that sit inside a multi-word headword found in the text."""
        lowered = [t.lower() for t in tokens]
        inside: set[int] = set()
        for i in range(len(lowered)):
            for n in range(2, self.max_phrase + 1):
                if i + n <= len(lowered) and tuple(lowered[i : i + n]) in self.phrases:
                    inside.update(range(i, i + n))
        return inside


def read_conll(path: Path) -> list[list[tuple[str, str, str]]]:
    sentences: list[list[tuple[str, str, str]]] = []
    current: list[tuple[str, str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.strip().split()
        if not parts:
            if current:
                sentences.append(current)
            current = []
            continue
        token = parts[0]
        pos = parts[1] if len(parts) > 2 else ""
        tag = parts[-1] if len(parts) > 1 else "O"
        current.append((token, pos, tag))
    if current:
        sentences.append(current)
    return sentences


def read_text(path: Path) -> list[list[tuple[str, str, str]]]:
    """Tokens of a plain text, one list per paragraph; no tags."""
    paragraphs = []
    for block in re.split(r"\n\s*\n", path.read_text(encoding="utf-8")):
        tokens = re.findall(r"[A-Za-z]+(?:-[A-Za-z]+)*|\d+(?:[.,]\d+)*|\S", block)
        if tokens:
            paragraphs.append([(t, "", "O") for t in tokens])
    return paragraphs


def analyse(sentences, coverage: Coverage, conll: bool, places: set[str]):
    gaps: Counter[str] = Counter()
    names: Counter[str] = Counter()
    counted = 0
    # Plain text: a word written with a capital inside a sentence is taken for a name
    # everywhere, also where it starts a sentence.
    capitalised_inside: set[str] = set()
    if not conll:
        for sentence in sentences:
            for i, (token, _, _) in enumerate(sentence):
                if i and sentence[i - 1][0] not in SENTENCE_END and token[:1].isupper():
                    capitalised_inside.add(token)
    for sentence in sentences:
        tokens = [t for t, _, _ in sentence]
        in_phrase = coverage.phrase_spans(tokens)
        for i, (token, pos, tag) in enumerate(sentence):
            if not WORD_RE.fullmatch(token):
                continue
            if conll and (pos in SKIPPED_POS or tag[:2] in ("B-", "I-")):
                continue
            word = token.lower()
            is_name = not conll and (word in places or token in capitalised_inside)
            if is_name and not coverage.covered(word):
                names[token] += 1
                continue
            counted += 1
            if i in in_phrase or coverage.covered(word):
                continue
            gaps[word] += 1
    return counted, gaps, names


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("file", type=Path)
    parser.add_argument("--conll", action="store_true", help="token per line, tags after it")
    parser.add_argument("--top", type=int, default=60, help="how many gaps to list")
    parser.add_argument("--min-count", type=int, default=1)
    parser.add_argument("--lexicon-dir", type=Path, default=LEXICON_DIR)
    args = parser.parse_args(argv)

    words, phrases = load_headwords(args.lexicon_dir)
    coverage = Coverage(words, phrases)
    sentences = read_conll(args.file) if args.conll else read_text(args.file)
    counted, gaps, names = analyse(sentences, coverage, args.conll, load_places())

    missing = sum(gaps.values())
    share = 100 * missing / counted if counted else 0.0
    print(f"lexicon: {len(words)} words, {len(phrases)} phrases")
    print(
        f"{args.file}: {counted} word tokens checked, {missing} unexplained "
        f"({share:.1f}%), {len(gaps)} distinct"
    )
    if names:
        print(f"likely names, not counted: {', '.join(sorted(names))}")
    for word, count in gaps.most_common():
        if count < args.min_count or args.top <= 0:
            break
        args.top -= 1
        print(f"{count:5d}  {word}  (root: {coverage.stem(word)})")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""A large list of place names, used only as recogniser features
(resources/gazetteer/place-names.tsv, built by scripts/build_place_names.py from GeoNames
and Indonesian administrative-region data).

Unlike the curated places.tsv, this list is noisy (many village names are also ordinary
words or person names), so nothing trusts it directly: the CRF sees which kinds of list a
token sequence matched and weighs each kind from the training data.

The app reads the list compiled (place-names.marisa beside the TSV, written by
scripts/compile_place_names.py and checked against the TSV by the tests): building the
trie from the TSV took a quarter of a second at every start.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Iterator
from functools import cache
from pathlib import Path

import marisa_trie

from simak.core.errors import BadInputError
from simak.paths import resources_dir

PLACE_NAMES_FILE = "place-names.tsv"
COMPILED_FILE = "place-names.marisa"
_MAGIC = b"simak place names 1\n"
log = logging.getLogger(__name__)


class PlaceNames:
    def __init__(
        self,
        trie: marisa_trie.Trie,
        kinds_of: bytes,
        kinds: tuple[tuple[str, ...], ...],
        longest: dict[str, int],
        size: int,
        initials: str,
    ) -> None:
        # 98,000 names as Python strings in dicts held 17 MB; in a MARISA trie (which numbers
        # its keys) they take about 1 MB, with each key's kinds in a byte array beside it.
        # Names of several words are tried at a token only when some name starts with it,
        # longest first; every name is stored with single spaces between its words.
        self._trie = trie
        self._kinds_of = kinds_of  # key id -> index into kinds
        self._kinds = kinds
        self._longest = longest  # first word of a several-word name -> most words
        self._size = size
        # The first letters of all names (capitals): a token starting otherwise, as most
        # do, is passed over without a look in the trie.
        self._initials = frozenset(initials)

    @classmethod
    def build(cls, entries: Iterable[tuple[str, tuple[str, ...]]]) -> PlaceNames:
        kinds_list: list[tuple[str, ...]] = []
        kinds_index: dict[tuple[str, ...], int] = {}
        keyed: dict[str, int] = {}
        longest: dict[str, int] = {}
        size = 0
        for name, kinds in entries:
            size += 1
            words = name.split()
            if not words:
                continue
            key = " ".join(words)
            index = kinds_index.get(kinds)
            if index is None:
                index = kinds_index[kinds] = len(kinds_list)
                kinds_list.append(kinds)
            keyed[key] = index
            if len(words) > 1:
                longest[words[0]] = max(longest.get(words[0], 0), len(words))
        if len(kinds_list) > 255:
            raise BadInputError("the place list has more than 255 combinations of kinds")
        trie = marisa_trie.Trie(keyed)
        kinds_of = bytearray(len(trie))
        for key, index in keyed.items():
            kinds_of[trie[key]] = index
        initials = "".join(sorted({key[0] for key in keyed}))
        return cls(trie, bytes(kinds_of), tuple(kinds_list), longest, size, initials)

    @classmethod
    def load(cls, path: Path | None = None) -> PlaceNames:
        """The list from its TSV (NAME<TAB>KINDS per line)."""
        path = path or resources_dir() / "gazetteer" / PLACE_NAMES_FILE
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as exc:
            raise BadInputError(f"cannot read the place names {path}: {exc.strerror}") from exc
        return cls.build(_entries(text, path))

    @classmethod
    def load_compiled(cls, path: Path | None = None) -> PlaceNames:
        """The list from the file `to_bytes` wrote."""
        path = path or resources_dir() / "gazetteer" / COMPILED_FILE
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise BadInputError(f"cannot read the place names {path}: {exc.strerror}") from exc
        try:
            if not data.startswith(_MAGIC):
                raise ValueError("not a compiled place list")
            header_end = data.index(b"\n", len(_MAGIC))
            header = json.loads(data[len(_MAGIC) : header_end])
            trie_start = header_end + 1
            trie_end = trie_start + header["trie_bytes"]
            trie = marisa_trie.Trie().frombytes(data[trie_start:trie_end])
            kinds_of = data[trie_end:]
            kinds = tuple(tuple(k) for k in header["kinds"])
            if len(kinds_of) != len(trie) or max(kinds_of, default=0) >= len(kinds):
                raise ValueError("its parts do not fit together")
            return cls(trie, kinds_of, kinds, header["longest"], header["size"], header["initials"])
        except (ValueError, KeyError, TypeError, RuntimeError) as exc:
            raise BadInputError(f"{path} is damaged: {exc}") from exc

    def to_bytes(self) -> bytes:
        trie = self._trie.tobytes()
        header = {
            "size": self._size,
            "kinds": self._kinds,
            "longest": dict(sorted(self._longest.items())),
            "initials": "".join(sorted(self._initials)),
            "trie_bytes": len(trie),
        }
        encoded = json.dumps(header, ensure_ascii=False, separators=(",", ":"))
        return _MAGIC + encoded.encode("utf-8") + b"\n" + trie + self._kinds_of

    def __len__(self) -> int:
        return self._size

    def marks(self, tokens: list[str]) -> dict[int, list[str]]:
        """Token index -> the matches it is part of, as "B-city", "I-kel", ... (only the
        indices that matched; case-sensitive). Every start position is tried (matches may
        overlap), taking the longest name that starts there."""
        marks: dict[int, list[str]] = {}
        n = len(tokens)
        find, longest, kinds_of, all_kinds = (
            self._trie.get,
            self._longest,
            self._kinds_of,
            self._kinds,
        )
        initials = self._initials
        for i, token in enumerate(tokens):
            if token[:1] not in initials:
                continue
            found, size = None, 1
            most = longest.get(token)
            if most is not None:
                for size in range(min(most, n - i), 1, -1):
                    found = find(" ".join(tokens[i : i + size]))
                    if found is not None:
                        break
            if found is None:
                size = 1
                found = find(token) if " " not in token else None
                if found is None:
                    continue
            for kind in all_kinds[kinds_of[found]]:
                marks.setdefault(i, []).append("B-" + kind)
                for k in range(i + 1, i + size):
                    marks.setdefault(k, []).append("I-" + kind)
        return marks


def _entries(text: str, path: Path) -> Iterator[tuple[str, tuple[str, ...]]]:
    """(name, kinds) per line, read as the trie is built: no second copy of the list."""
    kinds_of: dict[str, tuple[str, ...]] = {}  # "kab,kec" -> ("kab", "kec"), made once
    start, number = 0, 0
    while start < len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        line, start, number = text[start:end], end + 1, number + 1
        if not line or line[0] == "#":
            continue
        name, sep, kinds = line.partition("\t")
        if not sep or not kinds or not name.strip():
            raise BadInputError(f"{path}, line {number}: expected NAME<TAB>KINDS")
        parsed = kinds_of.get(kinds)
        if parsed is None:
            parsed = kinds_of[kinds] = tuple(kinds.split(","))
        yield name, parsed


@cache
def default_place_names() -> PlaceNames:
    try:
        return PlaceNames.load_compiled()
    except BadInputError as exc:  # the list itself still works, only slower to read
        log.warning("%s; reading the place names from their TSV", exc)
        return PlaceNames.load()

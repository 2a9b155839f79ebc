"""dictd dictionaries: `NAME.index` (word, base64 offset, base64 length) + `NAME.dict[.dz]`."""

from __future__ import annotations

from pathlib import Path

from simak.core.errors import BadInputError
from simak.core.lexicon.dictzip import open_dict_data
from simak.core.lexicon.entries import LexEntry, normalise_key, senses_from_text

_B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
_B64_VALUE = {c: i for i, c in enumerate(_B64)}


def decode_number(text: str) -> int:
    """dictd's base64 numbers: most significant digit first, no padding."""
    value = 0
    for char in text:
        try:
            value = value * 64 + _B64_VALUE[char]
        except KeyError:
            raise ValueError(f"not a dictd number: {text!r}") from None
    return value


def encode_number(value: int) -> str:
    digits = ""
    while True:
        digits = _B64[value % 64] + digits
        value //= 64
        if value == 0:
            return digits


def data_file_for(index_path: Path) -> Path:
    stem = index_path.with_suffix("")
    for candidate in (Path(f"{stem}.dict.dz"), Path(f"{stem}.dict")):
        if candidate.is_file():
            return candidate
    raise BadInputError(f"{index_path.name} has no matching .dict or .dict.dz file next to it")


class DictdDictionary:
    def __init__(self, index_path: Path, source: str | None = None) -> None:
        self.index_path = index_path
        self.name = index_path.name.removesuffix(".index")
        self.source = source or self.name
        self.data_path = data_file_for(index_path)
        self._data = open_dict_data(self.data_path)
        self.index: dict[str, list[tuple[int, int]]] = {}
        self.info = ""
        self._read_index()

    def _read_index(self) -> None:
        try:
            text = self.index_path.read_text("utf-8", errors="replace")
        except OSError as exc:
            raise BadInputError(f"cannot read {self.index_path.name} ({exc.strerror})") from exc
        good = 0
        for line in text.splitlines():
            parts = line.split("\t")
            if len(parts) < 3:
                continue
            try:
                location = (decode_number(parts[1]), decode_number(parts[2]))
            except ValueError:
                continue
            good += 1
            word = parts[0]
            if word.startswith("00database") or word.startswith("00-database"):
                if word in ("00databaseshort", "00-database-short"):
                    self.info = self._read(*location).strip()
                continue
            self.index.setdefault(normalise_key(word), []).append(location)
        if good == 0:
            raise BadInputError(f"{self.index_path.name} is not a dictd index (no word lines)")

    def _read(self, offset: int, size: int) -> str:
        return self._data.read(offset, size).decode("utf-8", errors="replace")

    def articles(self, term: str) -> list[str]:
        return [self._read(o, s) for o, s in self.index.get(normalise_key(term), ())]

    def headwords(self) -> list[str]:
        return list(self.index)

    def lookup(self, term: str) -> LexEntry | None:
        articles = self.articles(term)
        if not articles:
            return None
        senses = []
        for article in articles:
            senses.extend(senses_from_text(article, term, self.source))
        return LexEntry(headword=normalise_key(term), senses=senses) if senses else None

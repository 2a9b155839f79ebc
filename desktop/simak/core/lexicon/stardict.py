"""StarDict dictionaries: `.ifo` (metadata), `.idx[.gz]` (word, offset, size), `.dict[.dz]`,
and an optional `.syn` (alternative spellings pointing at `.idx` rows)."""

from __future__ import annotations

import gzip
import re
import struct
from pathlib import Path

from simak.core.errors import BadInputError
from simak.core.lexicon.dictzip import open_dict_data
from simak.core.lexicon.entries import LexEntry, normalise_key, senses_from_text

IFO_MAGIC = "StarDict's dict ifo file"
_TEXT_TYPES = set("mtyglxhkw")  # null-terminated text fields; upper case ones carry a size


def read_ifo(path: Path) -> dict[str, str]:
    try:
        lines = path.read_text("utf-8", errors="replace").splitlines()
    except OSError as exc:
        raise BadInputError(f"cannot read {path.name} ({exc.strerror})") from exc
    if not lines or lines[0].strip() != IFO_MAGIC:
        raise BadInputError(f"{path.name} is not a StarDict .ifo file")
    info = {}
    for line in lines[1:]:
        key, sep, value = line.partition("=")
        if sep:
            info[key.strip()] = value.strip()
    if "wordcount" not in info or "idxfilesize" not in info:
        raise BadInputError(f"{path.name} lacks wordcount or idxfilesize")
    return info


def _sibling(ifo: Path, *suffixes: str) -> Path | None:
    stem = ifo.with_suffix("")
    for suffix in suffixes:
        candidate = Path(f"{stem}{suffix}")
        if candidate.is_file():
            return candidate
    return None


class StarDictDictionary:
    def __init__(self, ifo_path: Path, source: str | None = None) -> None:
        self.ifo_path = ifo_path
        self.info = read_ifo(ifo_path)
        self.name = self.info.get("bookname") or ifo_path.stem
        self.source = source or ifo_path.stem
        self.sametypesequence = self.info.get("sametypesequence", "")
        offset_bits = int(self.info.get("idxoffsetbits", "32") or 32)
        if offset_bits not in (32, 64):
            raise BadInputError(f"{ifo_path.name} has idxoffsetbits={offset_bits}; use 32 or 64")
        idx = _sibling(ifo_path, ".idx", ".idx.gz")
        data = _sibling(ifo_path, ".dict.dz", ".dict")
        if idx is None or data is None:
            raise BadInputError(f"{ifo_path.name} needs a .idx and a .dict/.dict.dz next to it")
        self._data = open_dict_data(data)
        self.rows = self._read_idx(idx, offset_bits)
        self.index: dict[str, list[int]] = {}
        for number, (word, _o, _s) in enumerate(self.rows):
            self.index.setdefault(normalise_key(word), []).append(number)
        syn = _sibling(ifo_path, ".syn")
        if syn is not None:
            self._read_syn(syn)

    def _read_idx(self, path: Path, offset_bits: int) -> list[tuple[str, int, int]]:
        raw = gzip.decompress(path.read_bytes()) if path.suffix == ".gz" else path.read_bytes()
        number_format = ">QI" if offset_bits == 64 else ">II"
        width = struct.calcsize(number_format)
        rows = []
        position = 0
        while position < len(raw):
            end = raw.find(b"\x00", position)
            if end < 0 or end + 1 + width > len(raw):
                raise BadInputError(f"{path.name} is truncated or not a StarDict index")
            word = raw[position:end].decode("utf-8", errors="replace")
            offset, size = struct.unpack_from(number_format, raw, end + 1)
            rows.append((word, offset, size))
            position = end + 1 + width
        if not rows:
            raise BadInputError(f"{path.name} holds no words")
        return rows

    def _read_syn(self, path: Path) -> None:
        raw = path.read_bytes()
        position = 0
        while position < len(raw):
            end = raw.find(b"\x00", position)
            if end < 0 or end + 5 > len(raw):
                break  # a damaged synonym file only loses synonyms
            word = raw[position:end].decode("utf-8", errors="replace")
            (row,) = struct.unpack_from(">I", raw, end + 1)
            if row < len(self.rows):
                self.index.setdefault(normalise_key(word), []).append(row)
            position = end + 5

    def headwords(self) -> list[str]:
        return list(self.index)

    def articles(self, term: str) -> list[str]:
        return [article for _word, article in self._articles_with_words(term)]

    def _articles_with_words(self, term: str) -> list[tuple[str, str]]:
        out = []
        for row in self.index.get(normalise_key(term), ()):
            word, offset, size = self.rows[row]
            out.append((word, self._decode(self._data.read(offset, size))))
        return out

    def _decode(self, data: bytes) -> str:
        """Keep the text fields of an article (types m, t, y, g, x, h, ...), drop binary ones."""
        texts = []
        if self.sametypesequence:
            types, position = self.sametypesequence, 0
            for i, kind in enumerate(types):
                last = i == len(types) - 1
                if kind.islower():
                    end = len(data) if last else data.find(b"\x00", position)
                    end = len(data) if end < 0 else end
                    if kind in _TEXT_TYPES:
                        texts.append(data[position:end].decode("utf-8", errors="replace"))
                    position = end + 1
                else:
                    size = (
                        len(data) - position
                        if last
                        else struct.unpack_from(">I", data, position)[0]
                    )
                    position += size if last else 4 + size
        else:
            position = 0
            while position < len(data):
                kind = chr(data[position])
                position += 1
                if kind.islower():
                    end = data.find(b"\x00", position)
                    end = len(data) if end < 0 else end
                    if kind in _TEXT_TYPES:
                        texts.append(data[position:end].decode("utf-8", errors="replace"))
                    position = end + 1
                else:
                    if position + 4 > len(data):
                        break
                    (size,) = struct.unpack_from(">I", data, position)
                    position += 4 + size
        return "\n".join(texts)

    def lookup(self, term: str) -> LexEntry | None:
        senses = []
        for word, article in self._articles_with_words(term):
            # the article may repeat its own headword (not the synonym we looked up)
            senses.extend(senses_from_text(_strip_markup(article), word, self.source))
        return LexEntry(headword=normalise_key(term), senses=senses) if senses else None


_ENTITY = {"&lt;": "<", "&gt;": ">", "&amp;": "&", "&quot;": '"', "&#39;": "'"}


def _strip_markup(text: str) -> str:
    text = re.sub(r"<br\s*/?>", "\n", text)
    text = re.sub(r"<[^>]+>", " ", text)
    for entity, char in _ENTITY.items():
        text = text.replace(entity, char)
    return text

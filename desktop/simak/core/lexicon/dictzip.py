"""Random access into `.dict.dz` files (dictzip: gzip with a chunk table in the header).

A dictzip file is a valid gzip file, so when the chunk table is missing we fall back to
decompressing the whole file once. Reading only the chunks an article spans keeps large
dictionaries cheap to open.
"""

from __future__ import annotations

import gzip
import struct
import zlib
from pathlib import Path

from simak.core.errors import BadInputError

_FEXTRA, _FNAME, _FCOMMENT, _FHCRC = 4, 8, 16, 2


class DictzipReader:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._whole: bytes | None = None
        self._chunk_length = 0
        self._chunk_offsets: list[int] = []  # file offset of each compressed chunk
        self._chunk_sizes: list[int] = []
        self._cache: dict[int, bytes] = {}
        try:
            with path.open("rb") as handle:
                header = handle.read(65536 + 12)
        except OSError as exc:
            raise BadInputError(f"cannot read {path.name} ({exc.strerror})") from exc
        if header[:2] != b"\x1f\x8b":
            raise BadInputError(f"{path.name} is not a gzip/dictzip file")
        if not self._parse_chunk_table(header):
            self._whole = self._decompress_all()

    def _parse_chunk_table(self, header: bytes) -> bool:
        flags = header[3]
        if not flags & _FEXTRA:
            return False
        (extra_length,) = struct.unpack_from("<H", header, 10)
        extra = header[12 : 12 + extra_length]
        position = 12 + extra_length
        table = None
        i = 0
        while i + 4 <= len(extra):
            si1, si2, length = extra[i], extra[i + 1], struct.unpack_from("<H", extra, i + 2)[0]
            if (si1, si2) == (ord("R"), ord("A")):
                table = extra[i + 4 : i + 4 + length]
            i += 4 + length
        if table is None or len(table) < 6:
            return False
        _version, chunk_length, count = struct.unpack_from("<HHH", table, 0)
        sizes = list(struct.unpack_from(f"<{count}H", table, 6))
        for flag in (_FNAME, _FCOMMENT):
            if flags & flag:
                position = header.index(b"\x00", position) + 1
        if flags & _FHCRC:
            position += 2
        offsets = []
        for size in sizes:
            offsets.append(position)
            position += size
        self._chunk_length, self._chunk_sizes, self._chunk_offsets = chunk_length, sizes, offsets
        return True

    def _decompress_all(self) -> bytes:
        try:
            with gzip.open(self.path, "rb") as handle:
                return handle.read()
        except (OSError, EOFError, zlib.error) as exc:
            raise BadInputError(f"{self.path.name} is a damaged compressed file") from exc

    def read(self, offset: int, size: int) -> bytes:
        if self._whole is not None:
            return self._whole[offset : offset + size]
        first = offset // self._chunk_length
        last = (offset + size - 1) // self._chunk_length if size else first
        data = b"".join(
            self._chunk(i) for i in range(first, min(last, len(self._chunk_sizes) - 1) + 1)
        )
        start = offset - first * self._chunk_length
        return data[start : start + size]

    def _chunk(self, index: int) -> bytes:
        cached = self._cache.get(index)
        if cached is None:
            try:
                with self.path.open("rb") as handle:
                    handle.seek(self._chunk_offsets[index])
                    raw = handle.read(self._chunk_sizes[index])
                cached = zlib.decompressobj(-15).decompress(raw)
            except (OSError, zlib.error) as exc:
                raise BadInputError(f"{self.path.name} is a damaged dictzip file") from exc
            if len(self._cache) > 64:
                self._cache.clear()
            self._cache[index] = cached
        return cached


class PlainReader:
    def __init__(self, path: Path) -> None:
        self.path = path

    def read(self, offset: int, size: int) -> bytes:
        with self.path.open("rb") as handle:
            handle.seek(offset)
            return handle.read(size)


def open_dict_data(path: Path) -> DictzipReader | PlainReader:
    return DictzipReader(path) if path.name.endswith(".dz") else PlainReader(path)

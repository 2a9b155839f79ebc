"""Writers for real dictd, dictzip and StarDict files, so reader tests use genuine formats."""

from __future__ import annotations

import gzip
import struct
import zlib
from pathlib import Path

from simak.core.lexicon.dictd import encode_number
from simak.core.lexicon.stardict import IFO_MAGIC

_FEXTRA = 4


def write_dictzip(path: Path, data: bytes, chunk_length: int = 58315) -> None:
    """Write `data` as a real dictzip file (gzip + RA chunk table), as `dictzip` does."""
    chunks = []
    for start in range(0, len(data), chunk_length) or [0]:
        compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
        piece = compressor.compress(data[start : start + chunk_length])
        piece += compressor.flush(zlib.Z_FULL_FLUSH)
        chunks.append(piece)
    table = struct.pack("<HHH", 1, chunk_length, len(chunks))
    table += struct.pack(f"<{len(chunks)}H", *(len(c) for c in chunks))
    extra = b"RA" + struct.pack("<H", len(table)) + table
    header = b"\x1f\x8b\x08" + bytes([_FEXTRA]) + b"\x00\x00\x00\x00\x02\x03"
    header += struct.pack("<H", len(extra)) + extra
    tail = zlib.compressobj(9, zlib.DEFLATED, -15).flush(zlib.Z_FINISH)
    trailer = struct.pack("<II", zlib.crc32(data) & 0xFFFFFFFF, len(data) & 0xFFFFFFFF)
    path.write_bytes(header + b"".join(chunks) + tail + trailer)


def write_dictd(base: Path, entries: list[tuple[str, str]], *, compress: str = "dictzip") -> Path:
    """Write a small dictd dictionary; `compress` is "dictzip", "gzip" or "" (plain .dict)."""
    body = bytearray()
    lines = []
    for word, article in sorted(entries, key=lambda e: e[0].lower()):
        data = article.encode("utf-8")
        lines.append(f"{word}\t{encode_number(len(body))}\t{encode_number(len(data))}")
        body += data
    index = Path(f"{base}.index")
    index.write_text("\n".join(lines) + "\n", "utf-8")
    if compress == "dictzip":
        write_dictzip(Path(f"{base}.dict.dz"), bytes(body), chunk_length=64)
    elif compress == "gzip":
        Path(f"{base}.dict.dz").write_bytes(gzip.compress(bytes(body)))
    else:
        Path(f"{base}.dict").write_bytes(bytes(body))
    return index


def write_stardict(
    base: Path,
    entries: list[tuple[str, str]],
    *,
    bookname: str = "test",
    offset_bits: int = 32,
    synonyms: dict[str, str] | None = None,
    compress: bool = False,
) -> Path:
    """Write a small StarDict dictionary (sametypesequence=m), as stardict-tools would."""
    entries = sorted(entries, key=lambda e: (e[0].lower(), e[0]))
    body = bytearray()
    idx = bytearray()
    number_format = ">QI" if offset_bits == 64 else ">II"
    for word, article in entries:
        data = article.encode("utf-8")
        idx += word.encode("utf-8") + b"\x00" + struct.pack(number_format, len(body), len(data))
        body += data
    Path(f"{base}.idx").write_bytes(bytes(idx))
    if compress:
        Path(f"{base}.dict.dz").write_bytes(gzip.compress(bytes(body)))
    else:
        Path(f"{base}.dict").write_bytes(bytes(body))
    if synonyms:
        positions = {word: i for i, (word, _a) in enumerate(entries)}
        syn = bytearray()
        for alias, target in sorted(synonyms.items()):
            syn += alias.encode("utf-8") + b"\x00" + struct.pack(">I", positions[target])
        Path(f"{base}.syn").write_bytes(bytes(syn))
    ifo = Path(f"{base}.ifo")
    lines = [
        IFO_MAGIC,
        "version=3.0.0" if offset_bits == 64 else "version=2.4.2",
        f"bookname={bookname}",
        f"wordcount={len(entries)}",
        f"idxfilesize={len(idx)}",
        "sametypesequence=m",
    ]
    if offset_bits == 64:
        lines.append("idxoffsetbits=64")
    if synonyms:
        lines.append(f"synwordcount={len(synonyms)}")
    ifo.write_text("\n".join(lines) + "\n", "utf-8")
    return ifo

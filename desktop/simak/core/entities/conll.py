"""Reading and writing CoNLL-style token files: one token per line, blank line between
sentences. The first column is the token and, when present, the last column is the tag."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from simak.core.errors import BadInputError

VALID_TAGS = {"O"} | {f"{p}-{t}" for p in "BI" for t in ("PER", "LOC", "ORG")}


@dataclass
class Sentence:
    tokens: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)  # empty when the file has no tag column


def read_text(path: Path) -> str:
    try:
        data = Path(path).read_bytes()
    except FileNotFoundError:
        raise BadInputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise BadInputError(f"{path} is a folder, not a token file") from None
    except OSError as exc:
        raise BadInputError(f"cannot read {path}: {exc.strerror}") from exc
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise BadInputError(f"{path} is not UTF-8 text") from None


def parse(text: str, *, with_tags: bool) -> list[Sentence]:
    """Split CoNLL text into sentences. With `with_tags`, the last column must be an IOB2 tag."""
    sentences: list[Sentence] = []
    current = Sentence()
    for number, raw in enumerate(text.splitlines(), start=1):
        columns = raw.split()
        if not columns:
            if current.tokens:
                sentences.append(current)
                current = Sentence()
            continue
        current.tokens.append(columns[0])
        if with_tags:
            tag = columns[-1] if len(columns) > 1 else ""
            if tag not in VALID_TAGS:
                raise BadInputError(
                    f"line {number}: expected TOKEN ... TAG with an IOB2 tag, got {raw.strip()!r}"
                )
            current.tags.append(tag)
    if current.tokens:
        sentences.append(current)
    return sentences


def read(path: Path, *, with_tags: bool) -> list[Sentence]:
    sentences = parse(read_text(path), with_tags=with_tags)
    if not sentences:
        raise BadInputError(f"{path} has no tokens")
    return sentences


def format_tagged(sentences: Iterable[tuple[list[str], list[str]]]) -> str:
    """`TOKEN<TAB>TAG` lines, a blank line between sentences (the `simak ner` output)."""
    blocks = [
        "".join(f"{tok}\t{tag}\n" for tok, tag in zip(toks, tags, strict=True))
        for toks, tags in sentences
    ]
    return "\n".join(blocks)

"""PDF documents: the text layer, page by page. Scanned pages (images only) are refused."""

from __future__ import annotations

import logging
from pathlib import Path

from simak.core.errors import BadInputError
from simak.core.importers.base import ImportedText, Progress, read_bytes, report_progress
from simak.core.importers.plain_text import normalise

# pypdf logs a warning for every oddity of a damaged file; the learner gets one sentence.
logging.getLogger("pypdf").setLevel(logging.CRITICAL)


def read_pdf(path: Path, progress: Progress | None = None) -> ImportedText:
    import io

    from pypdf import PdfReader

    data = read_bytes(path)
    if not data.lstrip()[:5].startswith(b"%PDF"):
        raise BadInputError(f"{path.name} is not a PDF document")
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise BadInputError(f"{path.name} is password-protected; Simak cannot open it")
        pages = list(reader.pages)
    except BadInputError:
        raise
    except Exception as exc:  # noqa: BLE001 - a damaged PDF raises anything at all
        raise BadInputError(f"{path.name} is not a readable PDF (it may be damaged)") from exc
    texts: list[str] = []
    for done, page in enumerate(pages, start=1):
        texts.append(_page_text(page))
        report_progress(progress, done, len(pages))
    text = normalise("\n\n".join(t for t in texts if t))
    if not any(ch.isalpha() for ch in text):
        raise BadInputError(
            f"{path.name} has no text in it, only images (a scan?); "
            "Simak cannot read scanned pages, so run text recognition (OCR) on it first"
        )
    return ImportedText(title=_title(reader, text, path), text=text, source=str(path))


def _page_text(page) -> str:
    try:
        raw = page.extract_text() or ""
    except Exception:  # noqa: BLE001 - one unreadable page should not lose the others
        return ""
    return normalise(raw)


def _title(reader, text: str, path: Path) -> str:
    from simak.core.engine import title_of

    try:
        meta_title = (reader.metadata or {}).get("/Title")
    except Exception:  # noqa: BLE001 - damaged metadata is not worth refusing the file
        meta_title = None
    if isinstance(meta_title, str) and meta_title.strip():
        return " ".join(meta_title.split())
    return title_of(text, fallback=path.stem)

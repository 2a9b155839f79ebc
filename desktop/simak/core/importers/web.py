"""Articles from a web address: download the page, then read it as a saved web page."""

from __future__ import annotations

from urllib.parse import urlparse

from simak.core.errors import BadInputError
from simak.core.importers.base import MAX_FILE_BYTES, ImportedText


def download(url: str) -> str | None:
    """The page's HTML, or None when it could not be fetched (offline, refused, 404...).

    This is the only function that touches the network; tests replace it, nothing else.
    """
    import trafilatura

    return trafilatura.fetch_url(url)


def read_url(url: str) -> ImportedText:
    from simak.core.importers.html import html_to_text

    parsed = urlparse(url)
    if parsed.scheme not in ("http", "https") or not parsed.hostname:
        raise BadInputError(f"{url} is not a web address Simak can open")
    try:
        html = download(url)
    except Exception as exc:  # noqa: BLE001 - any failure of the download is "could not download"
        raise BadInputError(f"could not download {url} (are you offline?)") from exc
    if not html:
        raise BadInputError(f"could not download {url} (are you offline?)")
    if len(html) > MAX_FILE_BYTES:
        raise BadInputError(f"{url} is too large for Simak to read")
    last_part = parsed.path.rstrip("/").rsplit("/", 1)[-1] or parsed.hostname
    return html_to_text(html, source=url, fallback_title=last_part)

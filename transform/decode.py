"""Raw bytes to text: screening out what is not text, choosing the encoding, HTML to text."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from bs4 import BeautifulSoup
from charset_normalizer import from_bytes

# Leading bytes of binary formats people drop into release folders by mistake.
BINARY_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive (or Office document)"),
    (b"\x1f\x8b", "gzip archive"),
    (b"\xd0\xcf\x11\xe0", "legacy Office document"),
    (b"\x7fELF", "executable"),
)
HTML_MARKERS = (b"<!doctype html", b"<html", b"<head", b"<body")
MAX_CONTROL_SHARE = 0.01  # more control characters than this means the bytes are not text


@dataclass(frozen=True)
class DecodedText:
    text: str
    encoding: str
    content_type: str  # text/plain | text/html


@dataclass(frozen=True)
class Rejection:
    reason: str  # one of records.QUARANTINE_REASONS
    detail: str


def sniff_binary(raw: bytes) -> str | None:
    """Name of the binary format ``raw`` starts with, or None when it may be text."""
    for signature, name in BINARY_SIGNATURES:
        if raw.startswith(signature):
            return name
    head = raw[:8192]
    if b"\x00" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "binary data (NUL bytes)"
    return None


def _control_share(text: str) -> float:
    if not text:
        return 0.0
    controls = sum(1 for ch in text if unicodedata.category(ch) == "Cc" and ch not in "\n\r\t\f\v")
    return controls / len(text)


def _decode_text(raw: bytes) -> tuple[str, str] | None:
    """(text, encoding) for the first encoding that decodes cleanly, or None."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            return None
    try:
        return raw.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        # Windows-1252 is what most non-UTF-8 English releases are in (smart quotes, dashes).
        text = raw.decode("cp1252")
    except UnicodeDecodeError:
        text = None
    if text is not None and _control_share(text) <= MAX_CONTROL_SHARE:
        return text, "cp1252"
    best = from_bytes(raw).best()
    if best is None:
        return None
    return str(best), best.encoding


def html_to_text(html: str) -> str:
    """Visible text of an HTML page, one block element per paragraph."""
    soup = BeautifulSoup(html, "html.parser")
    for tag in soup(["script", "style", "noscript", "template", "svg", "nav", "header", "footer"]):
        tag.decompose()
    title = soup.title.get_text(" ", strip=True) if soup.title else ""
    if soup.title:
        soup.title.decompose()
    body = soup.get_text("\n", strip=True)
    if title and not body.startswith(title):
        return f"{title}\n\n{body}"
    return body


def decode_document(raw: bytes, filename: str) -> DecodedText | Rejection:
    """Text of a raw document, or why it cannot be read as a release."""
    if not raw.strip():
        return Rejection("empty", "the document has no content" if not raw else "only white space")
    binary = sniff_binary(raw)
    if binary:
        return Rejection("binary", f"{binary}, not a text document")
    decoded = _decode_text(raw)
    if decoded is None:
        return Rejection("undecodable", "bytes are not valid UTF-8, UTF-16 or any known encoding")
    text, encoding = decoded
    if _control_share(text) > MAX_CONTROL_SHARE:
        return Rejection("undecodable", f"decoded as {encoding} but full of control characters")
    is_html = filename.lower().endswith((".html", ".htm")) or raw[
        :1024
    ].lstrip().lower().startswith(HTML_MARKERS)
    if is_html:
        return DecodedText(html_to_text(text), encoding, "text/html")
    return DecodedText(text, encoding, "text/plain")

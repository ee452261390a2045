"""Raw bytes to text: screening out what is not text, choosing the encoding, HTML to text."""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from charset_normalizer import from_bytes

from transform.html_text import html_release_text, plain_markup_text
from transform.limits import MAX_HTML_DEPTH, html_depth

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


# Unicode category Cc (C0 and C1 controls) except the whitespace controls.
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]+")


def _control_share(text: str) -> float:
    if not text:
        return 0.0
    return sum(map(len, CONTROL_CHARACTERS.findall(text))) / len(text)


# WHATWG: pages labelled latin-1 or ASCII are decoded as windows-1252 by every browser.
CHARSET_ALIASES = {
    "iso-8859-1": "cp1252",
    "latin-1": "cp1252",
    "latin1": "cp1252",
    "us-ascii": "cp1252",
    "ascii": "cp1252",
    "windows-1252": "cp1252",
}
CHARSET_PARAM = re.compile(rb"""charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.I)
META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.I)


def declared_charset(raw: bytes, content_type: str | None) -> str | None:
    """The charset a Content-Type header or an HTML meta tag declares, if it names a text
    codec: labels such as rot13, base64, zlib or hex name codecs of Python that are not
    character encodings, and are ignored like unknown ones."""
    header = content_type.encode("latin-1", "replace") if content_type else b""
    for match in (CHARSET_PARAM.search(header), META_CHARSET.search(raw[:4096])):
        if match:
            label = match.group(1).decode("ascii").lower()
            label = CHARSET_ALIASES.get(label, label)
            try:
                codec = codecs.lookup(label)
            except LookupError:
                continue
            if getattr(codec, "_is_text_encoding", True):
                return codec.name
    return None


def _decode_text(raw: bytes, charset: str | None = None) -> tuple[str, str] | None:
    """(text, encoding): the declared charset if it decodes, else the first that does, or None."""
    if charset and not raw.startswith((b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf")):
        try:
            return raw.decode(charset), charset
        except UnicodeDecodeError:
            pass  # a wrong declaration is common; detect instead
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


def decode_document(
    raw: bytes, filename: str, content_type: str | None = None
) -> DecodedText | Rejection:
    """Text of a raw document, or why it cannot be read as a release.

    ``content_type`` is the HTTP Content-Type header of a fetched page: its charset wins over
    detection, and it marks HTML that has no telling file name.
    """
    if not raw.strip():
        return Rejection("empty", "the document has no content" if not raw else "only white space")
    binary = sniff_binary(raw)
    if binary:
        return Rejection("binary", f"{binary}, not a text document")
    decoded = _decode_text(raw, declared_charset(raw, content_type))
    if decoded is None:
        return Rejection("undecodable", "bytes are not valid UTF-8, UTF-16 or any known encoding")
    text, encoding = decoded
    if _control_share(text) > MAX_CONTROL_SHARE:
        return Rejection("undecodable", f"decoded as {encoding} but full of control characters")
    is_html = (
        "html" in (content_type or "").lower()
        or filename.lower().endswith((".html", ".htm"))
        or raw[:1024].lstrip().lower().startswith(HTML_MARKERS)
    )
    if is_html:
        if html_depth(raw) > MAX_HTML_DEPTH:
            return Rejection("too_complex", f"HTML nested more than {MAX_HTML_DEPTH} elements deep")
        return DecodedText(html_release_text(text)[0], encoding, "text/html")
    return DecodedText(plain_markup_text(text), encoding, "text/plain")

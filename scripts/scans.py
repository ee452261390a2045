"""Real OCR noise: print a text to page images, degrade them like a scan, read them with tesseract.

Used by ``make eval-ocr`` (scripts/eval_ocr.py), by scripts/learn_ocr_channel.py, which estimates
the repair's error model from the output, and by the scan tests. Needs Debian's ``tesseract-ocr``
and ``tesseract-ocr-eng`` (``make system-deps`` installs them) and Pillow.

A page is set in a serif font at 300 dpi, then degraded at one of the graded levels below:
resolution lost (scaled down and up again), blur, specks of dust and drop-outs of ink, a small
rotation and JPEG compression. Tesseract 5 reads it with ``--psm 6`` (one block of text). Every
random choice is seeded by the text and the level, so a text always gives the same scan; results
are cached under bench/work/scans (keyed by the text, the level and tesseract's version).
"""

from __future__ import annotations

import hashlib
import io
import os
import random
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from functools import cache
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
CACHE = PROJECT / "bench" / "work" / "scans"
FONTS = (
    "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf",
    "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
)
PAGE_WIDTH, PAGE_HEIGHT, MARGIN = 2480, 3508, 180  # A4 at 300 dpi
FONT_SIZE = 40  # about 10 pt at 300 dpi
LINE_HEIGHT = 50


@dataclass(frozen=True)
class Level:
    """How hard a scan is degraded."""

    name: str
    scale: float  # resolution kept (0.5: a 150 dpi scan)
    blur: float  # Gaussian radius in pixels, at 300 dpi
    specks: float  # share of pixels flipped to ink or to paper
    rotation: float  # degrees, either way
    jpeg: int  # JPEG quality


LEVELS = (
    Level("light", scale=0.34, blur=1.3, specks=0.0001, rotation=0.4, jpeg=45),
    Level("medium", scale=0.31, blur=1.45, specks=0.0002, rotation=0.6, jpeg=40),
    Level("heavy", scale=0.3, blur=1.55, specks=0.0003, rotation=0.8, jpeg=35),
)


def tesseract_available() -> bool:
    return shutil.which("tesseract") is not None


@cache
def tesseract_version() -> str:
    result = subprocess.run(
        ["tesseract", "--version"], capture_output=True, text=True, check=True, timeout=30
    )
    return (result.stdout or result.stderr).splitlines()[0].strip()


@cache
def _font(size: int):  # type: ignore[no-untyped-def]
    from PIL import ImageFont

    for path in FONTS:
        if Path(path).exists():
            return ImageFont.truetype(path, size)
    raise FileNotFoundError(f"none of these fonts is installed: {', '.join(FONTS)}")


def _lines(text: str, width: int) -> list[str]:
    """The text set as a page would print it: paragraphs kept, lines filled up to ``width``."""
    font = _font(FONT_SIZE)
    lines: list[str] = []
    for paragraph in text.split("\n"):
        words = paragraph.split()
        if not words:
            if lines and lines[-1]:
                lines.append("")
            continue
        line = words[0]
        for word in words[1:]:
            if font.getlength(f"{line} {word}") <= width:
                line = f"{line} {word}"
            else:
                lines.append(line)
                line = word
        lines.append(line)
    return lines


def pages(text: str) -> list[object]:
    """Clean page images (Pillow, grey) of ``text``."""
    from PIL import Image, ImageDraw

    per_page = (PAGE_HEIGHT - 2 * MARGIN) // LINE_HEIGHT
    lines = _lines(text, PAGE_WIDTH - 2 * MARGIN)
    images = []
    for first in range(0, max(len(lines), 1), per_page):
        image = Image.new("L", (PAGE_WIDTH, PAGE_HEIGHT), 255)
        draw = ImageDraw.Draw(image)
        for row, line in enumerate(lines[first : first + per_page]):
            draw.text((MARGIN, MARGIN + row * LINE_HEIGHT), line, font=_font(FONT_SIZE), fill=0)
        images.append(image)
    return images


def degrade(image, level: Level, rng: random.Random):  # type: ignore[no-untyped-def]
    """A scan of ``image`` at ``level``."""
    from PIL import Image, ImageFilter

    width, height = image.size
    image = image.rotate(rng.uniform(-level.rotation, level.rotation), fillcolor=255, expand=False)
    image = image.filter(ImageFilter.GaussianBlur(level.blur))
    small = (int(width * level.scale), int(height * level.scale))
    image = image.resize(small, Image.Resampling.BILINEAR)
    pixels = image.load()
    for _ in range(int(small[0] * small[1] * level.specks)):
        x, y = rng.randrange(small[0]), rng.randrange(small[1])
        pixels[x, y] = 0 if rng.random() < 0.5 else 255
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=level.jpeg)
    return Image.open(io.BytesIO(buffer.getvalue()))


def _ocr(image) -> str:  # type: ignore[no-untyped-def]
    with tempfile.TemporaryDirectory(prefix="biopress-scan-") as folder:
        path = Path(folder) / "page.png"
        image.save(path)
        result = subprocess.run(
            ["tesseract", str(path), "stdout", "--psm", "6", "-l", "eng"],
            capture_output=True,
            text=True,
            check=True,
            timeout=300,
            env={**os.environ, "OMP_THREAD_LIMIT": "1"},
        )
    return result.stdout


def scan(text: str, level: Level) -> str:
    """What tesseract reads from ``text`` printed and scanned at ``level`` (cached)."""
    key = hashlib.sha256(f"{tesseract_version()}\0{level}\0{text}".encode()).hexdigest()[:24]
    cached = CACHE / f"{key}.txt"
    if cached.exists():
        return cached.read_text(encoding="utf-8")
    rng = random.Random(f"{level.name}\0{text}")
    read = "\n".join(_ocr(degrade(page, level, rng)) for page in pages(text))
    CACHE.mkdir(parents=True, exist_ok=True)
    partial = cached.with_suffix(f".{os.getpid()}.tmp")
    partial.write_text(read, encoding="utf-8")
    partial.replace(cached)
    return read


def scan_all(texts: list[str], level: Level, workers: int = 2) -> list[str]:
    """``scan`` of every text, ``workers`` tesseract processes at a time."""
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(lambda text: scan(text, level), texts))

"""Stock tickers printed in parentheses: "(Nasdaq: IMGN)", "(SIX: RO, ROG; OTCQX: RHHBY)"."""

from __future__ import annotations

import re
from dataclasses import dataclass

from transform.lexicon import alias_map

PARENTHETICAL = re.compile(r"\(([^()\n]{3,160})\)")
# A symbol: letters and digits ("IMGN", "RO", "TH.TO"), a Nordic share class ("NOVO B"), or the
# digits of an Asian listing ("TSE: 4568", "HKEX: 2269")
SYMBOL_TEXT = r"(?:[A-Z][A-Z0-9]{0,9}|\d{4,6})(?:\.[A-Z]{1,2}| [AB](?=\s*[);,]|\s*$))?"  # "NOVO B"
LISTING = re.compile(
    r"(?P<exchange>[A-Za-z][A-Za-z\- ]{0,40}?)\s*:\s*"
    rf"(?P<symbols>{SYMBOL_TEXT}(?:\s*,\s*{SYMBOL_TEXT})*)"
    r"(?![a-z])"
)
SYMBOL = re.compile(SYMBOL_TEXT)
# The listings of one parenthetical, split at ";" and at a comma, a slash or a dash before
# another exchange's colon: "(LSE: ASM, US OTC: ATSMY)", "(TSE:4502/NYSE:TAK)", "(Euronext
# Growth: ALCLS - Nasdaq: CLLS)"
NEXT_LISTING = r"\s*[A-Za-z][A-Za-z\- ]{0,40}:"
PART = re.compile(rf"(?:[^;,/–-]|[,/](?!{NEXT_LISTING})|\s[–-](?!{NEXT_LISTING})|-(?=\w))+")


@dataclass(frozen=True)
class TickerMatch:
    exchange: str
    exchange_canonical: str
    symbol: str
    span_start: int
    span_end: int


def find_tickers(text: str) -> list[TickerMatch]:
    """Every (exchange, symbol) printed in a ticker parenthetical, first mention of each."""
    exchanges = alias_map("exchanges")
    found: dict[tuple[str, str], TickerMatch] = {}
    for paren in PARENTHETICAL.finditer(text):
        body_start = paren.start(1)
        for part_match in PART.finditer(paren.group(1)):
            listing = LISTING.match(part_match.group().strip())
            if not listing:
                continue
            exchange = listing["exchange"].strip()
            canonical = exchanges.get(exchange.casefold())
            if canonical is None:
                continue
            part_offset = (
                body_start
                + part_match.start()
                + (len(part_match.group()) - len(part_match.group().lstrip()))
            )
            symbols_offset = part_offset + listing.start("symbols")
            for symbol in SYMBOL.finditer(listing["symbols"]):
                key = (canonical, symbol.group())
                if key not in found:
                    found[key] = TickerMatch(
                        exchange=exchange,
                        exchange_canonical=canonical,
                        symbol=symbol.group(),
                        span_start=symbols_offset + symbol.start(),
                        span_end=symbols_offset + symbol.end(),
                    )
    return list(found.values())

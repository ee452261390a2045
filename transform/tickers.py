"""Stock tickers printed in parentheses: "(Nasdaq: IMGN)", "(SIX: RO, ROG; OTCQX: RHHBY)"."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache

from transform.lexicon import alias_map
from transform.literals import cued
from transform.text_spans import sentence_bounds

# one line break may wrap it: "(NYSE\nAlternext US: PTN)"
# in parentheses, or in square brackets as a market report prints it: "[LON:SNG] Synairgen PLC"
PARENTHETICAL = re.compile(r"[(\[]((?=[^()\[\]]{3,160}[)\]])[^()\[\]\n]*\n?[^()\[\]\n]*)[)\]]")
# A symbol: letters and digits ("IMGN", "RO", "TH.TO"), a Nordic share class ("NOVO B"), or the
# digits of an Asian listing ("TSE: 4568", "HKEX: 2269")
SYMBOL_TEXT = (  # never the first letters of a longer code: "FR0010259150" is an ISIN
    # (a German exchange's code opens on a digit: "FSE: 1ZT")
    r"(?:[A-Z][A-Z0-9]{0,9}|\d[A-Z][A-Z0-9]{1,4}|\d{1,6})(?![A-Z0-9])"
    r"(?:\.[A-Z]{1,2}| [AB](?=\s*[);,]|\s*$))?"
)  # "NOVO B"
MIN_LETTER_EXCHANGE_DIGITS = 4  # a number after an exchange of letter symbols: "(TSX: 4568)"
# An exchange's name before its colon: letters, a digit too ("(B3: BFPA3)", Brazil's), hyphens
# and spaces
EXCHANGE_NAME = r"[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ0-9\- ]{0,40}"
LISTING = re.compile(  # two exchanges may share the symbols: "(Euronext & NASDAQ: GLPG)"
    r"(?P<exchange>[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ0-9\-& ]{0,40}?)\s*:\s*"
    rf"(?P<symbols>{SYMBOL_TEXT}(?:\s*,\s*{SYMBOL_TEXT})*)"
    r"(?![a-z])"
)
SYMBOL = re.compile(SYMBOL_TEXT)
JOINED_EXCHANGES = re.compile(r"\s*&\s*|\s+and\s+")  # "(NASDAQ and TASE: KMDA)"
# a security's international number given for an exchange, its symbol next: "(Euronext:
# FR0010259150; IPN)"
ISIN_LISTING = re.compile(rf"(?P<exchange>{EXCHANGE_NAME}?)\s*:\s*[A-Z]{{2}}[A-Z0-9]{{9}}\d")
# The listings of one parenthetical, split at ";" and at a comma, a slash or a dash before
# another exchange's colon: "(LSE: ASM, US OTC: ATSMY)", "(TSE:4502/NYSE:TAK)", "(Euronext
# Growth: ALCLS - Nasdaq: CLLS)", "(BSE: 500124 | NSE: ZETAPHARM)"
NEXT_LISTING = rf"\s*{EXCHANGE_NAME}:"
PART = re.compile(rf"(?:[^;,/|–-]|[,/|](?!{NEXT_LISTING})|\s[–-](?!{NEXT_LISTING})|-(?=\w))+")


def _listed_like(
    listing: re.Match[str] | None, part: str, exchanges: dict[str, str]
) -> re.Match[str] | None:
    """The listing before ``part`` when ``part`` is a bare symbol of the same kind as its last
    (letters after letters: a warrant's or a unit's "ZETAW" after "NASDAQ: ZETA"; never an
    exchange's name alone, nor letters after a number: "TSE: 4502; TAK")."""
    if listing is None or part.casefold() in exchanges:
        return None
    last = SYMBOL.findall(listing["symbols"])[-1:]
    return listing if last and last[0].isdigit() == part.isdigit() else None


@dataclass(frozen=True)
class TickerMatch:
    exchange: str
    exchange_canonical: str
    symbol: str
    span_start: int
    span_end: int
    rule: str = "ticker_parenthetical"


def find_tickers(text: str) -> list[TickerMatch]:
    """Every (exchange, symbol) printed in a ticker parenthetical, first mention of each."""
    exchanges = alias_map("exchanges")
    by_number = _listed_by_number()
    letters = alias_map("exchanges", value="letters_listing")
    found: dict[tuple[str, str], TickerMatch] = {}
    for paren in PARENTHETICAL.finditer(text):
        body_start = paren.start(1)
        coded = _code_then_market(paren.group(1), by_number, exchanges)
        if coded is not None:  # "(Code number: 4577, Prime Market of the Tokyo Stock Exchange)"
            printed, symbol = coded
            key = (exchanges[printed.casefold()], symbol.group("symbol"))
            found.setdefault(
                key,
                TickerMatch(
                    exchange=printed,
                    exchange_canonical=key[0],
                    symbol=key[1],
                    span_start=body_start + symbol.start("symbol"),
                    span_end=body_start + symbol.end("symbol"),
                ),
            )
            continue
        sharing: list[str] = []  # "(Nasdaq/AIM: HCM)": exchanges named before one's symbols
        numbered = None  # an ISIN's exchange: a bare symbol after it is its listing
        previous = None  # the listing before: a bare symbol of its kind after it is its too
        for part_start, part in _parts(paren.group(1).replace("\n", " "), exchanges):
            listing = LISTING.match(part)
            base = None if listing else numbered or _listed_like(previous, part, exchanges)
            if base and SYMBOL.fullmatch(part):
                listing = LISTING.match(f"{base['exchange'].strip()}: {part}")
                shift = len(base["exchange"].strip()) + 2  # "Euronext: FR0010259150; IPN",
                # "NASDAQ: ZETA; ZETAW" (a warrant's symbol)
            else:
                shift = 0
            numbered = ISIN_LISTING.fullmatch(part)
            previous = listing
            if not listing:
                sharing = [part] if part.casefold() in exchanges else []
                continue
            part_offset = body_start + part_start
            symbols_offset = part_offset + listing.start("symbols") - shift
            named = JOINED_EXCHANGES.split(listing["exchange"].strip())
            for exchange in [*sharing, *named]:
                canonical = exchanges.get(exchange.casefold())
                if canonical is None:
                    continue
                for symbol in SYMBOL.finditer(listing["symbols"]):
                    listed: str | None = canonical
                    printed_symbol = symbol.group()
                    if exchange.casefold() in by_number and MARKET_SUFFIX.fullmatch(printed_symbol):
                        printed_symbol = printed_symbol.split(".")[0]  # "2269.HK": its number
                    if not _lists(exchange.casefold() in by_number, printed_symbol):
                        # "TSE:PBP": the abbreviation's exchange of letters (Toronto), if any
                        listed = (
                            None if symbol.group().isdigit() else letters.get(exchange.casefold())
                        )
                    if not listed:
                        continue
                    key = (listed, printed_symbol)
                    if key not in found:
                        found[key] = TickerMatch(
                            exchange=exchange,
                            exchange_canonical=listed,
                            symbol=printed_symbol,
                            span_start=symbols_offset + symbol.start(),
                            span_end=symbols_offset + symbol.start() + len(printed_symbol),
                        )
            sharing = []
    for vendor in _vendor_codes(text):
        found.setdefault((vendor.exchange_canonical, vendor.symbol), vendor)
    for in_words in _symbols_named(text, exchanges, by_number):
        found.setdefault((in_words.exchange_canonical, in_words.symbol), in_words)
    for labelled in _labelled_lines(text, exchanges, by_number):
        found.setdefault((labelled.exchange_canonical, labelled.symbol), labelled)
    return list(found.values())


# a data vendor's instrument code alone in parentheses, as news services print it after a
# company's name: "(MRWB.O)", "(4503.T)" (a symbol of two letters or more: never "(U.S)")
VENDOR_CODE = cued(r"\((?P<symbol>[A-Z][A-Z0-9]{1,5}|\d{4,6})\.(?P<suffix>[A-Z]{1,2})\)")


def _vendor_codes(text: str) -> Iterator[TickerMatch]:
    """A vendor's code whose suffix names a market (vendor_code_suffixes.csv): the symbol on
    that market ("Merrow Biotech Inc. (MRWB.O)": Nasdaq, MRWB)."""
    markets = alias_map("vendor_code_suffixes", key="suffix", value="exchange")
    for code in VENDOR_CODE.finditer(text):
        market = markets.get(code["suffix"].casefold())
        if market is None:
            continue
        yield TickerMatch(
            exchange=f".{code['suffix']}",
            exchange_canonical=market,
            symbol=code["symbol"],
            span_start=code.start("symbol"),
            span_end=code.end("symbol"),
            rule="ticker_vendor_code",
        )


# a feed's header of labelled lines, each alone on its line, the two within a few lines:
# "Ticker: ZNTH" and "Exchange: NASDAQ" (either first)
SYMBOL_LINE = cued(
    r"(?m)^[ \t]*(?:Ticker|Symbol|Ticker\s+symbol|Stock\s+symbol)[ \t]*:[ \t]*"
    rf"(?P<symbol>{SYMBOL_TEXT})[ \t]*$"
)
EXCHANGE_LINE = re.compile(
    r"(?m)^[ \t]*(?:Exchange|Market|Listed\s+on)[ \t]*:[ \t]*(?P<exchange>[^\n:]{2,40}?)[ \t]*$"
)
LABELLED_LINES_REACH = 200  # characters between the two labelled lines


def _labelled_lines(
    text: str, exchanges: dict[str, str], by_number: frozenset[str]
) -> Iterator[TickerMatch]:
    """A symbol on a labelled line with its exchange on a labelled line near it ("Ticker: ZNTH"
    and "Exchange: NASDAQ"), the exchange one exchanges.csv knows."""
    for match in SYMBOL_LINE.finditer(text):
        window_start = max(0, match.start() - LABELLED_LINES_REACH)
        window_end = min(len(text), match.end() + LABELLED_LINES_REACH)
        for line in EXCHANGE_LINE.finditer(text, window_start, window_end):
            printed = line["exchange"]
            canonical = exchanges.get(printed.casefold())
            if canonical is None or not _lists(printed.casefold() in by_number, match["symbol"]):
                continue
            yield TickerMatch(
                exchange=printed,
                exchange_canonical=canonical,
                symbol=match["symbol"],
                span_start=match.start("symbol"),
                span_end=match.end("symbol"),
                rule="ticker_labelled_lines",
            )
            break


# a symbol a sentence names in words, as an offering's release does before its first trade:
# 'expected to begin trading on the Nasdaq Global Select Market ... under the ticker symbol
# "CRLA"'
SYMBOL_NAMED = cued(
    r"\bunder\s+the\s+(?:ticker\s+|trading\s+|stock\s+)?symbol\s+[\"“']?"
    r"(?P<symbol>[A-Z][A-Z0-9]{0,9}(?:\.[A-Z]{1,2})?)\.?[\"”']?(?![\w-])"
)
SYMBOL_NAMED_REACH = 200  # characters of its sentence before it the exchange is named in


def _symbols_named(
    text: str, exchanges: dict[str, str], by_number: frozenset[str]
) -> Iterator[TickerMatch]:
    """Each symbol a sentence names in words, listed on the exchange the sentence names before
    it (the longest name printed there; none named, no listing)."""
    for match in SYMBOL_NAMED.finditer(text):
        left, _ = sentence_bounds(text, match.start(), match.end())
        start = max(left, match.start() - SYMBOL_NAMED_REACH)
        window = text[start : match.start()]
        printed = _exchange_named(window, (a for a in exchanges if a not in by_number))
        if printed is None:
            continue
        yield TickerMatch(
            exchange=printed,
            exchange_canonical=exchanges[printed.casefold()],
            symbol=match["symbol"],
            span_start=match.start("symbol"),
            span_end=match.end("symbol"),
            rule="ticker_symbol_named",
        )


def _parts(body: str, exchanges: dict[str, str]) -> Iterator[tuple[int, str]]:
    """The listings of a parenthetical's body with where each starts, stripped; a symbol glued
    to the next exchange's name is cut before it ("(NASDAQ:HMSLNASDAQ:TSX: HML)", a flattened
    page's links: HMSL on Nasdaq, HML on the TSX)."""
    for part_match in PART.finditer(body):
        part = part_match.group().strip()
        start = part_match.start() + len(part_match.group()) - len(part_match.group().lstrip())
        while (listing := LISTING.match(part)) and part[listing.end("symbols") :][:1] == ":":
            symbol = listing["symbols"]
            cut = next(
                (i for i in range(len(symbol)) if symbol[i:].casefold() in exchanges),
                None,
            )
            if cut is None:
                break
            if cut:  # an exchange's name alone before another's is no listing: "NASDAQ:TSX: HML"
                yield start, part[: listing.start("symbols") + cut]
            start += listing.start("symbols") + cut
            part = part[listing.start("symbols") + cut :]
        yield start, part


# a Japanese notice's securities code, then the market that lists it: "(Code number: 4577, Prime
# Market of the Tokyo Stock Exchange)", "(Securities Code: 4502, TSE Prime)"
CODE_THEN_MARKET = re.compile(
    r"(?:(?:Securities|Security|Stock|Share)\s+)?Code(?:\s+(?:number|No\.?))?\s*:?\s*"
    r"(?P<symbol>\d{4,6})\b[,\s]+(?P<market>[^;()\[\]]{2,80})",
    re.IGNORECASE,
)


def _code_then_market(
    body: str, by_number: frozenset[str], exchanges: dict[str, str]
) -> tuple[str, re.Match[str]] | None:
    """The exchange as printed and the code's match, where a parenthesis gives a securities code
    and then names an exchange that lists by number after it (the longest name it prints)."""
    coded = CODE_THEN_MARKET.search(body)
    if coded is None:
        return None
    printed = _exchange_named(coded["market"], (a for a in by_number if exchanges.get(a)))
    return (printed, coded) if printed is not None else None


def _exchange_named(window: str, aliases: Iterable[str]) -> str | None:
    """The longest of the exchanges' ``aliases`` (case-folded) ``window`` prints as words of
    its own, as printed; None where it prints none. Read only where a cue asks."""
    folded = window.casefold()
    named = [
        (len(alias), found.start())
        for alias in aliases
        if (found := re.search(rf"(?<!\w){re.escape(alias)}(?!\w)", folded)) is not None
    ]
    if not named:
        return None
    length, at = max(named)
    return window[at : at + length]


@cache
def _listed_by_number() -> frozenset[str]:
    """The exchanges (case-folded aliases) that list shares by number (exchanges.csv)."""
    return frozenset(a for a, kind in alias_map("exchanges", value="symbols").items() if kind)


# a listing's number with its market's suffix, as a data vendor prints it: "2269.HK", "4519.T"
MARKET_SUFFIX = re.compile(r"\d{1,6}\.[A-Z]{1,2}")


def _lists(by_number: bool, symbol: str) -> bool:
    """Whether an exchange lists shares under ``symbol``: by number only where it lists by
    number ("(Stock Code :RDY)" names no Hong Kong listing), and a short number nowhere else."""
    if by_number:
        return symbol.isdigit()
    return not symbol.isdigit() or len(symbol) >= MIN_LETTER_EXCHANGE_DIGITS


ADDRESSEE_CHARS = 1500  # a letter's addressee block stands above its text
ADDRESSEE_FORM = re.compile(r",?\s+(?:Limited|Ltd\.?|Inc\.?)$")


def addressed_markets(text: str) -> set[str]:
    """The markets an exchange announcement is addressed to: a line of its opening that is an
    exchange's name alone ("ASX Limited", "AUSTRALIAN STOCK EXCHANGE" under "The Manager,
    Company Announcements"), as exchanges.csv names it (canonical)."""
    exchanges = alias_map("exchanges")
    found = set()
    for line in text[:ADDRESSEE_CHARS].split("\n"):
        name = ADDRESSEE_FORM.sub("", line.strip()).casefold()
        if name in exchanges:
            found.add(exchanges[name])
    return found


# an exchange whose approval the release's deal or offering awaits lists its shares: "remains
# subject to approval by the TSX Venture Exchange", "subject to final acceptance by the TSX"
APPROVAL_OF_EXCHANGE = re.compile(
    r"\bsubject\s+to\s+(?:the\s+)?(?:final\s+)?(?:acceptance|approval)\s+(?:of|by)\s+(?:the\s+)?"
    r"(?P<name>[A-Z][^\n.;,()“”\"]{1,60})"
)
EXCHANGE_NAME_WORDS = 5


def approving_markets(text: str) -> set[str]:
    """The markets a release says its deal or offering is subject to the approval of, as
    exchanges.csv names them (canonical): the longest run of words after the cue that names
    one."""
    exchanges = alias_map("exchanges")
    found = set()
    for match in APPROVAL_OF_EXCHANGE.finditer(text):
        words = match["name"].split()
        for size in range(min(EXCHANGE_NAME_WORDS, len(words)), 0, -1):
            name = " ".join(words[:size]).casefold()
            if name in exchanges:
                found.add(exchanges[name])
                break
    return found

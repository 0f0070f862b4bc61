"""Sums of money as the dossier reads them: one place for a sum's currency (its sign or code,
a bare `$` by the outlet's country, the naira's `N`) and its scale word (`bn`, `million`,
`crore`), so that claims and conflicts read `$1.2bn`, `$1.07 billion` and `Rs 5 crore` alike.

No exchange rate is assumed anywhere: sums in two currencies are never compared.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import Any
from urllib.parse import urlsplit

#: A currency sign before a figure names the sum's currency (`$1.2bn`, `€1.1bn`): sums in two
#: currencies are never compared, as no exchange rate is assumed.
CURRENCY_SIGNS = {"$": "dollar", "€": "euro", "£": "pound", "¥": "yen", "₹": "rupee", "₦": "naira"}
#: What may name a sum's currency just before its figure: a sign with the letters that say
#: whose (`US$`, `C$`, `HK$`), a rupee's `Rs`, or a three-letter code (`CAD 3m`).
_CURRENCY_BEFORE = re.compile(
    r"(?:(?<![\w$])(?P<sym>(?-i:[A-Z]{1,3})?[$€£¥₹₦]|Rs\.?)|(?<!\w)(?P<code>(?-i:[A-Z]{3})))"
    r"[^\S\n]?$"
)
#: The same, optional, for a regex that ends at a sum's figure (`cost of $`, `worth €`).
SIGN_BEFORE = r"(?:(?:(?-i:[A-Z]{1,3})?[$€£¥₹₦]|Rs\.?|(?-i:[A-Z]{3}))\s?)?"
#: Scale words of a sum (`3m`, `2.5bn`, `$3 tn`, `40 crore`, `5 lakh`) -> what they multiply:
#: one table for a scale glued to the figure and one after a space. Only a figure with one is
#: read as a sum after a three-letter code (`CAD 3m`, not `ABC 500`).
MONEY_SCALES: dict[str, float] = {
    "k": 1e3, "thousand": 1e3, "m": 1e6, "mn": 1e6, "million": 1e6, "b": 1e9, "bn": 1e9,
    "billion": 1e9, "tn": 1e12, "trillion": 1e12, "lakh": 1e5, "lakhs": 1e5, "crore": 1e7,
    "crores": 1e7,
}  # fmt: skip
#: Scale words too short to be read as one after a space (`$3 m`): glued only (`$3m`).
_GLUED_ONLY = frozenset("k m b".split())


def money_scale(norm: str, glued: bool) -> float | None:
    """What the scale word `norm` after a sum's figure multiplies it by (`MONEY_SCALES`),
    None for no scale word; `glued`: written on the figure (`1.2bn`), else after a space."""
    if not glued and norm in _GLUED_ONLY:
        return None
    return MONEY_SCALES.get(norm)


@cache
def _locale_signs(loc: str) -> dict[str, str]:
    """Currency code -> the sign locale `loc` prints it with (Babel's CLDR data), read once."""
    from babel import Locale

    return dict(Locale.parse(loc).currency_symbols)


@lru_cache(maxsize=1)
def _currency_symbols() -> dict[str, frozenset[str]]:
    """Sign -> the currencies English locales print it for: `US$` is USD, `A$` AUD; `$` or
    `Rs` are several currencies' signs."""
    from babel import localedata

    out: dict[str, set[str]] = {}
    for loc in localedata.locale_identifiers():
        if loc == "en" or loc.startswith("en_"):
            for code, sign in _locale_signs(loc).items():
                out.setdefault(sign, set()).add(code)
    return {k: frozenset(v) for k, v in out.items()}


def currency(before: str, scaled: bool, dollar: str = "USD") -> str | None:
    """The currency of a sum whose figure follows `before`, as its facts are keyed: "" where
    none is written; None where capitals no ISO 4217 code has stand there (`AKR 3m`, `IMF
    3bn`): a sum in an unknown currency is compared with nothing (a figure with a noun is read
    as if none were written: `an IMF 3bn loan`). A bare `$` is the article's `dollar`
    (`Sentence.dollar`), keyed `dollar` where that is the US dollar, as it always was; any
    other bare sign keeps its name (`€`: euro); a sign with letters is the one currency English
    locales print it for (`US$`: USD, `A$`: AUD), else the sign as written (`C$`, `Rs`); a code
    is its own key (`CAD 3m`), only before a scale word (`scaled`). Only like currencies are
    compared, none converted: `C$1.4bn` is no other figure for `US$1.0bn`; `$` and `USD` are
    one (`conflicts._dollar_forms`)."""
    from babel.numbers import is_currency

    m = _CURRENCY_BEFORE.search(before)
    if m is None:
        return ""
    if m["code"]:
        if not scaled:
            return ""
        return m["code"] if is_currency(m["code"]) else None
    sign = m["sym"].rstrip(".")
    if sign == "$" and dollar != "USD":
        return dollar  # `$1.4bn` in a Canadian outlet: CAD
    if sign in CURRENCY_SIGNS:
        return CURRENCY_SIGNS[sign]
    codes = _currency_symbols().get(sign, frozenset())
    if not codes and sign.endswith("$"):
        # `C$`, `AU$`, `SG$`: letters that begin one dollar's code alone (`$1.4bn` in a
        # Canadian outlet and `C$1.0bn` elsewhere are both CAD; `S$` is SGD or SBD: kept)
        codes = frozenset(c for c in _currency_symbols()["$"] if c.startswith(sign[:-1]))
    return next(iter(codes)) if len(codes) == 1 else sign


def sign_start(before: str) -> int | None:
    """Where the currency sign or code right before a sum's figure starts in `before` (the
    text up to the figure), None where none stands there: what a sum is printed from."""
    m = _CURRENCY_BEFORE.search(before)
    return None if m is None else m.start()


# -- a bare `$` by the outlet's country -------------------------------------------------------

#: Country-code domains sold as generic names (`.tv`, `.co`, `.ai`): no outlet's country.
_GENERIC_CCTLDS = frozenset("ac ai am cc co fm gg io la me ly nu sh so st to tv ws".split())


def local_dollar(url: str | None) -> str:
    """The currency a bare `$` stands for in an article from `url` (ISO 4217): the dollar of
    its outlet's country, told by the web address's country domain (`.ca`: CAD, `.com.au`:
    AUD), where that country's English locale prints its own currency `$` (Babel's CLDR
    data); else, and where no country is known, the US dollar, as international English
    prints it (`.com.tw`: English copy there writes the Taiwan dollar `NT$`)."""
    try:
        host = urlsplit(url or "").hostname or ""
    except ValueError:
        return "USD"
    tld = host.rpartition(".")[2].upper()
    if len(tld) != 2 or tld.lower() in _GENERIC_CCTLDS:
        return "USD"
    return _territory_dollar("GB" if tld == "UK" else tld)


#: A sentence that names the United States (`The United States pledged $1.4bn`, `a U.S.
#: grant`, `American officials`): its bare `$` is the US dollar in any outlet.
_NAMES_US = re.compile(r"(?<![\w.])U\.S\.(?:A\.)?|\bUSA?\b|\bUnited States\b|\bAmericans?\b")


def sentence_dollar(dollar: str, text: str) -> str:
    """The currency a bare `$` stands for in `text`, a sentence of an article whose bare `$`
    is `dollar` (`local_dollar`): the US dollar where the sentence names the US, as a
    Canadian outlet's `The United States pledged $1.4bn` is no sum in Canadian dollars. Of a
    quotation's sentences joined into one (`text.sentences`), only those holding a `$` count:
    `"The United States has pledged its share. Canada will lend $1.2bn,"` is in the outlet's."""
    if not _NAMES_US.search(text):
        return dollar
    from newsgraph.compare.text import sentences

    pieces = [text[a:b] for a, b in sentences(text, quotations=False)]
    signed = [p for p in pieces if "$" in p] or pieces
    return "USD" if any(_NAMES_US.search(p) for p in signed) else dollar


@lru_cache(maxsize=64)
def _territory_dollar(territory: str) -> str:
    """The currency of `territory` (ISO 3166 alpha-2) where its English locale prints it `$`
    and it is a dollar (CAD, AUD, SGD), else USD: only English copy is read, and a country with
    no English locale (Taiwan, `zh_Hant_TW` prints `$`) writes its dollar otherwise in it."""
    from babel import localedata
    from babel.numbers import get_currency_name, get_territory_currencies

    codes = get_territory_currencies(territory)  # [] for a territory Babel does not know
    if not codes or "dollar" not in get_currency_name(codes[0], locale="en").lower():
        # a peso's country (`.com.mx`): its English outlets' bare `$` is the US dollar, as
        # theirs is written `MX$` or in pesos
        return "USD"
    loc = f"en_{territory}"
    if loc in localedata.locale_identifiers() and _locale_signs(loc).get(codes[0]) == "$":
        return codes[0]
    return "USD"


# -- the naira's `N` ---------------------------------------------------------------------------

#: An article that names Nigeria's currency or the country: a bare `N` before a figure is
#: the naira's sign there (`N2.5bn`), as Nigerian outlets write it; elsewhere it is no sign.
_NAIRA_CONTEXT = re.compile(r"\b(?:naira|Nigeria|Nigerian|Nigerians|NGN)\b|₦")
#: `N2.5bn`, `N300m`, `N40 billion`: the naira's `N` glued to a sum's figure.
_NAIRA_N = re.compile(
    r"(?<![\w$₦])N(?=\d[\d,]*(?:\.\d+)?(?:bn|mn|m|k|tn|b|\s(?:million|billion|trillion))\b)"
)


def naira_context(text: str) -> bool:
    """Whether the text names the naira or Nigeria (`_NAIRA_CONTEXT`)."""
    return _NAIRA_CONTEXT.search(text) is not None


def naira_signs(text: str) -> str:
    """The text with each naira `N` (`_NAIRA_N`) written `₦`: one character for one, so every
    offset still points into the article's own text; the naira is then read as any sign."""
    return _NAIRA_N.sub("₦", text)


#: Words that only say in what currency and scale a sum is written (`4.3 billion euros`, `EUR
#: 4.3bn`): its currency's name or code, its scale. (`per cent` stays: a share is not a count.)
_UNIT_WORDS = frozenset(
    "euro euros dollar dollars pound pounds sterling yen yuan renminbi "
    "rupee rupees naira franc francs crown crowns krona kronor krone kroner zloty zlotys".split()
) | frozenset(MONEY_SCALES)
_FIGURE = re.compile(r"\d[\d,]*(?:\.\d+)?")
_CODE = re.compile(r"[A-Z]{3}")


def unit_free(ws: list[Any]) -> list[Any]:
    """Words (`text.Word`) without those that only tell the unit a figure is written in (up to
    two after it, a currency code or name just before it): one figure in three spellings
    (`EUR 4.3 billion` / `4.3 billion euros` / `€4.3bn`) keeps one word, `4.3`, for claims'
    wording to share."""
    from babel.numbers import is_currency

    drop: set[int] = set()
    for n, w in enumerate(ws):
        if not _FIGURE.fullmatch(w.norm):
            continue
        for k in range(n + 1, min(n + 3, len(ws))):
            if ws[k].norm not in _UNIT_WORDS:
                break
            drop.add(k)
        before = ws[n - 1] if n else None
        if before is not None and (
            before.norm in _UNIT_WORDS
            or (_CODE.fullmatch(before.text) is not None and is_currency(before.text))
        ):
            drop.add(n - 1)
    return [w for n, w in enumerate(ws) if n not in drop]

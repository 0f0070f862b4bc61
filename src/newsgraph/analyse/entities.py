"""Entities of one article: every mention of a person, organisation, place or country, grouped
into one `Entity` per referent.

spaCy's small model gives the raw mentions; news furniture and line breaks make many of them
wrong (a span across a paragraph, `the Baltic Grain Council (BGC`, a surname
labelled GPE), so each one is cleaned and re-typed against the country table before grouping.
Grouping follows how news introduces people: a full name with a title once (`French President
Claire Dumas`), then the surname (`Dumas`) or a description (`the French leader`). Countries
gather their names, demonyms and the capitals or buildings that stand for their government
(`Paris's talks with Berlin`, `the Elysee`). Cross-article identity is `linking`'s job.
"""

from __future__ import annotations

import calendar
import re
from bisect import bisect_left, insort
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate

from spacy.tokens import Doc, Span, Token

from newsgraph import wordlists
from newsgraph.analyse.countries import (
    country_name,
    geocode,
    igo_names,
    is_continent,
    is_name_word,
    is_place,
    lookup,
    norm,
    region_country,
    resolve_country,
)
from newsgraph.analyse.headline_names import NAME_ROLES as _NAME_ROLES
from newsgraph.analyse.headline_names import NOT_ROLES as _NOT_ROLES
from newsgraph.analyse.headline_names import TITLE_WORDS as _TITLE_WORDS
from newsgraph.analyse.headline_names import title_name
from newsgraph.analyse.linking import (
    ORG_GENERIC_HEADS,
    bare_forms,
    distinct_roles,
    org_words,
)
from newsgraph.analyse.linking import PORTFOLIOS as _PORTFOLIOS
from newsgraph.analyse.nlp import common_word as _common_word
from newsgraph.analyse.nlp import lemma_index as _lemma_index
from newsgraph.analyse.nlp import lemma_words as _lemma_words
from newsgraph.analyse.speakers import (
    _HONORIFICS,
    BUSINESS_VERBS,
    INSTITUTION_NOUNS,
    LEADER_ROLES,
    ROLE_NOUNS,
    _person_spans,
    _stem,
    _verb_form,
    names_alone,
)
from newsgraph.analyse.speech import is_say_verb
from newsgraph.extract.credits import (
    AGENCY_HEADS,
    DATELINE,
    byline_credits,
    byline_people,
    credit_list,
)
from newsgraph.extract.dates import TIME_ZONES
from newsgraph.extract.lexicon import everyday_word
from newsgraph.extract.outlets import city_and_state, outlet_info
from newsgraph.extract.textclean import publication_name
from newsgraph.records import ENTITY_TYPES, Entity, EntityMention

#: Entity types: NER's labels we keep, and VESSEL (a ship a vessel noun names: `_vessel_names`).
LABELS = frozenset(ENTITY_TYPES)
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_DETERMINERS = frozenset({"the", "a", "an"})
_POSSESSIVE_TOKENS = frozenset({"'s", "’s", "'", "’"})
#: Words NER keeps at the start of a name that are no part of it (`this White House`).
_LEADING = _DETERMINERS | frozenset("this that these those his her its their our my your".split())
#: Government titles a ministry's word stands before (`Interior Minister`, `Home Secretary`).
_PORTFOLIO_TITLES = frozenset("minister ministers secretary secretaries".split())
#: Last words of capitalised runs that name things, not people.
_NOT_NAME_HEADS = INSTITUTION_NOUNS | frozenset(
    """
    initiative road street avenue square program programme fund forum summit games war strait
    sea river lake mountains island islands university college school institute centre center
    project plan agreement treaty act bridge airport station port harbour harbor group alliance
    organization organisation association foundation network corporation company inc ltd
    """.split()
)
_DASHES = frozenset({"-", "–", "—", "--"})
#: Group names NER tags NORP that tie to no country (kept as NORP entities).
_GROUP_WORDS = frozenset(
    "muslim muslims christian christians jewish jews jew sunni sunnis shia shiite shiites "
    "catholic catholics protestant protestants hindu hindus buddhist buddhists kurd kurds "
    "kurdish arab arabs western westerners soviet european europeans african africans asian "
    "asians latino latinos hispanic republican republicans democrat democrats".split()
)
_DEMONYM_ENDINGS = ("an", "ian", "ese", "ish", "i", "ic", "ern", "ch")
_ACRONYM_STOP = frozenset({"of", "the", "and", "for", "on", "in", "de", "&"})
#: An organisation's name ties it to a country by these cues, not by a city it is named after
#: (`Shanghai Cooperation Organization`); `actor` is the Phoenix dictionaries' institutions and
#: armed groups (`Boko Haram`, `Shin Bet`).
_ORG_KINDS = ("name", "demonym", "gov", "capital", "org", "actor", "state")
_METONYM_DEPS = frozenset({"nsubj", "nsubjpass", "poss"})
#: A role ties a person to a country by these (`Hezbollah's deputy leader`).
_ROLE_KINDS = ("name", "demonym", "gov", "capital", "org", "actor")
#: A person's own name ties them to a country when it is an office holder's (ours or Phoenix's).
_PERSON_KINDS = ("person", "holder")


@dataclass(slots=True)
class _Mention:
    start: int  # token index
    end: int
    label: str
    link: str = "name"

    def text(self, doc: Doc) -> str:
        return doc[self.start : self.end].text


@dataclass(slots=True)
class _Group:
    """An entity under construction; `tokens` is the normalised full name of a person."""

    type: str
    name: str
    tokens: tuple[str, ...] = ()
    mentions: list[EntityMention] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    role_words: set[str] = field(default_factory=set)
    country: str | None = None
    spans: set[tuple[int, int]] = field(default_factory=set)  # (start, end) of `mentions`

    def add(self, doc: Doc, start: int, end: int, link: str) -> None:
        span = doc[start:end]  # not doc.text: spaCy rebuilds that string on every access
        a, b = span.start_char, span.end_char
        if (a, b) not in self.spans:  # a set, not a scan of the mentions (quadratic)
            self.spans.add((a, b))
            self.mentions.append(EntityMention(span.text, a, b, link))

    @property
    def first(self) -> int:
        return min(m.start for m in self.mentions)

    def absorb(self, other: _Group) -> None:
        """Take `other`'s mentions (each span once) and its country when this has none: one
        body named in two forms."""
        for m in other.mentions:
            if (m.start, m.end) not in self.spans:
                self.spans.add((m.start, m.end))
                self.mentions.append(m)
        self.country = self.country or other.country


def extract_entities(
    doc: Doc,
    published: object = None,
    title: str | None = None,
    byline: str | None = None,
    outlet: str | None = None,
) -> list[Entity]:
    """The entities one parsed article mentions, each with every mention that refers to it
    (char spans into `doc.text`), in order of first mention. `published` (the article's date,
    when known) picks the office an office holder held then; `title` (the headline, when the
    text does not hold it) gives the full name of a person the text names by surname only
    (`MS SEFTON:` turns under `Briefing by spokesperson Noor Sefton`); `byline` (the credit
    line the extractor took off the text) spells out the dateline's agency (`(CPS)` under
    `By Teodor Vance, Continental Press Service`); `outlet` (the publisher) makes a dateline's
    agency that is the outlet itself (`(Kestwire)` in `Kestwire News`) a credit, no entity."""
    return _Builder(doc, published, title, byline, outlet).build()


def label_evidence(doc: Doc) -> dict[str, tuple[str | None, list[str]]]:
    """For each name whose label the article's cues settled: (label, the cues), e.g.
    `{"Veloria": ("GPE", ["in Veloria", "demonym Velorian"])}`; None drops a name."""
    builder = _Builder(doc)
    builder.build()
    return builder.evidence


# -- mentions ----------------------------------------------------------------------------------


def _mentions(doc: Doc, lines: tuple[set[int], set[str]] | None = None) -> list[_Mention]:
    """NER's mentions of the types we keep, plus the unlabelled capitalised runs that name
    people, cleaned of line breaks, brackets, leading articles and possessives."""
    ents = doc.ents  # spaCy builds this tuple on every access: read it once
    raw: list[tuple[int, int, str]] = [(e.start, e.end, e.label_) for e in ents]
    ends = {e.start: e.end for e in ents}
    # runs holding no entity whole (`Span.ents` scans every entity of the doc per span)
    runs = {
        (s.start, s.end)
        for s in _person_spans(doc)
        if not any(ends.get(i, s.end + 1) <= s.end for i in range(s.start, s.end))
    }
    raw += [(a, b, "PERSON") for a, b in runs]
    raw = _joined_countries(doc, _given_names(doc, _plural_possessive_names(doc, raw)))
    out: list[_Mention] = []
    seen: set[tuple[int, int]] = set()
    headlines, body_words = lines or _headlines(doc)
    # words the body uses alone as a name, mid-sentence (`Young said`): a headline keeps them
    # in a name though the body also writes them in lower case (`young voters`); not words
    # of a longer name (`Patriot Coal`, `the Human Rights Council`)
    names = names_alone(doc, headlines.__contains__)
    tagged = {_person_key(e.text) for e in ents if e.label_ == "PERSON"}
    places = {e.text for e in ents if e.label_ == "GPE"}
    buildings: set[int] = set()  # tokens of saints' buildings (`St Orvald's Abbey`)
    for start, end, tagged_label in sorted(raw):
        label = tagged_label
        if start in buildings:
            continue  # `Abbey` tagged GPE after `St Orvald's`
        built = _saint_building(doc, start, end)
        if built is not None:
            buildings.update(range(*built))
            seen.add(built)
            out.append(_Mention(*built, "FAC"))
            continue
        if label not in LABELS:
            body = _unkept_body(doc, start, end, label)
            if body is not None and body not in seen:
                seen.add(body)
                out.append(_Mention(*body, "ORG"))
                continue
            owner = _counted_owner(doc, start, end, label)
            if owner is not None and owner not in seen:
                seen.add(owner)
                out.append(_Mention(*owner, "GPE"))
                continue
            raw_ranked = _ranked_names(doc, start, end)
            out += [_Mention(a, b, "PERSON") for a, b in raw_ranked if (a, b) not in seen]
            seen.update(raw_ranked)
            continue
        if (start, end) in runs and _common_caps_label(doc, start, end):
            continue  # `* GRAIN RESERVE:`: a factbox's heading, no person
        for a, b in _clean(doc, start, end):
            ranked = _rank_end(doc, a, b, dotted=True)
            if ranked > a:
                a, tagged_label = ranked, "PERSON"  # `Col. Inf. Irham Sudarso`: no `Inf`
                if b <= a:
                    continue
            a, b, addressed = _address_cut(doc, a, b)
            titled = _courtesy_cut(doc, a, b, tagged_label)
            addressed = addressed or titled > a
            a = titled
            if b <= a or tagged_label == "PERSON" and b < end and _address_word(doc[b]):
                continue  # `Smt`, `SAN` alone, `Communications Smt`: no person's name
            addressed = addressed or tagged_label == "ORG" and _titled_surname(doc, a, b)
            label = "PERSON" if addressed else tagged_label
            kind = label
            institution = label == "ORG" or label == "PERSON" and _institution_name(doc, a, b)
            if institution:
                a = _role_opened(doc, a, b)
            if label == "ORG" and _place_owner(doc, a, b, places):
                if (a, a + 1) not in seen:
                    seen.add((a, a + 1))
                    out.append(_Mention(a, a + 1, "GPE"))
                a += 2  # `Belmora's Varrow Industries`: the company, its country apart
            if label in _PLACE_LABELS or label == "ORG":
                a, kind = _role_cut(doc, a, b, label, tagged)
            if label in _PLACE_LABELS:
                a = _state_form_cut(doc, a, b)
            if label == "PERSON" and not institution:
                a, b, kind = _title_cut(doc, a, b)
                a = _descriptor_cut(doc, _rank_end(doc, a, b), b)
                while b - a > 2 and doc[a].is_title and doc[a].lower_ in _NAME_ROLES:
                    a += 1  # `Prosecutor Dagny Holt` as one run: the role is no part of the name
                while b + 1 < len(doc) and _inner_hyphen(doc, b) and doc[b + 1].is_title:
                    b += 2  # `Ada Bello-Cole` tagged at `Ada Bello`: the name goes on
            if kind == "PERSON" and doc[a].idx in headlines:
                # a Title Case line capitalises every word: cut the words the body writes in
                # lower case (`Obama Says`, `Ted Cruz Apologizes`, `Against Trump`)
                while a < b and doc[a].lower_ not in names and _common(doc[a], body_words):
                    a += 1
                while b > a and doc[b - 1].lower_ not in names and _common(doc[b - 1], body_words):
                    b -= 1
                if (start, end) in runs and b - a < 2:
                    continue  # a run is a name of two words or more (`Zika Virus`)
            elif doc[a].idx in headlines:  # `Orvald Brisk Says` as an ORG
                while b > a + 1 and doc[b - 1].lower_ in _HEADLINE_VERBS:
                    b -= 1
            if b - a == 1 and _time_zone(doc, a):
                continue  # `15:20 BST`: a clock's zone, no organisation
            if b > a and (a, b) not in seen:
                seen.add((a, b))
                out.append(_Mention(a, b, kind, "run" if (start, end) in runs else "name"))
    named = _addressed_names(doc, _legal_names(doc, out))
    return _at_saints_buildings(doc, _located_bodies(doc, _acronym_names(doc, named)))


#: Honorifics that are only a form of address (`Shri`, `Smt.`, `Engr.`, `Alhaji`, a
#: communique's `H.E.` and `His Excellency`), never part of the name (`wordlists.ADDRESS_ONLY`,
#: `wordlists.EXCELLENCY_ADDRESS`), but the courtesy titles and `Dr`: NER leaves `Mr`/`Dr` out
#: of the name itself, and a transcript's `MS SEFTON:` label is kept whole as an alias.
_ADDRESS_ONLY = (
    wordlists.ADDRESS_ONLY - wordlists.COURTESY_TITLES - {"dr"}
) | wordlists.EXCELLENCY_ADDRESS
#: Letters after a lawyer's name that mark rank, no name (`Ade Bello, SAN`, `Ann Roe KC`).
_POST_NOMINALS = frozenset("SAN QC KC".split())


def _address_word(t: Token) -> bool:
    """A capitalised form of address (`Shri`, `Smt`, `Engr.`); one that is as often a given
    name or a place's first word (`wordlists.NAME_PART_HONORIFICS`: `Sri Lanka`, `Sri Wahyuni
    Hartono`) only before an initial (`Sri P. Ramadas`)."""
    low = t.lower_.rstrip(".")
    if not t.text[:1].isupper() or low not in _ADDRESS_ONLY:
        return False
    return low not in wordlists.NAME_PART_HONORIFICS or _initial_after(t)


def _initial_after(t: Token) -> bool:
    """An initial (`P.`, `K`) follows token `t`, past its own period (`Sri. P. Ramadas`)."""
    doc, j = t.doc, t.i + 1
    if j < len(doc) and doc[j].text == "." and not t.whitespace_:
        j += 1
    if j >= len(doc):
        return False
    word = doc[j].text.rstrip(".")
    return len(word) == 1 and word.isupper()


def _name_part_honorific_name(doc: Doc, a: int, b: int) -> bool:
    """The span opens with a form of address that is as often a given name (`Sri Wahyuni
    Hartono`, `Kumari Selvan`: `wordlists.NAME_PART_HONORIFICS`) before a capitalised word, and
    is no place the tables know (`Sri Lanka`, `Sri Lankan`): a person, whichever it is."""
    if b - a < 2 or doc[a].lower_ not in wordlists.NAME_PART_HONORIFICS:
        return False
    if not doc[a].text[:1].isupper() or not doc[a + 1].text[:1].isupper():
        return False
    name = doc[a:b].text
    return not is_place(name) and lookup(name) is None


def _honorific_before(t: Token, words: frozenset[str] = _HONORIFICS) -> bool:
    """Token `t` is one of the honorifics `words` before a name (`Mr`, `Dr.`, `Shri`), not a
    name part that looks like one (`Sri` in `Sri Lanka`)."""
    low = t.lower_.rstrip(".")
    return (t.lower_ in words or low in words) and (
        low not in wordlists.NAME_PART_HONORIFICS or _address_word(t)
    )


def _addressed(doc: Doc, i: int) -> bool:
    """A form of address stands right before token `i` (`Engr. Bola Ade`, which the tokenizer
    splits `Engr` `.`): the name after it is a person's, whatever NER tagged."""
    if i > 1 and doc[i - 1].text == "." and not doc[i - 2].whitespace_:
        return _address_word(doc[i - 2])
    return i > 0 and _address_word(doc[i - 1])


def _address_cut(doc: Doc, a: int, b: int) -> tuple[int, int, bool]:
    """The span without the forms of address at its ends (`Shri K. R. Venkat`, `Communications,
    Smt`) and a lawyer's post-nominal (`Ade Bello, SAN`); whether it names a person (a form of
    address opens or stands before it, a post-nominal closes it). Empty when the span is only
    such words."""
    addressed = _addressed(doc, a)
    while a < b and (_address_word(doc[a]) or _post_nominal(doc, a) or doc[a].is_punct):
        addressed = addressed or _address_word(doc[a])
        a += 1
    while b > a and (_address_word(doc[b - 1]) or _post_nominal(doc, b - 1)):
        addressed = addressed or doc[b - 1].text in _POST_NOMINALS
        b -= 1
        while b > a and doc[b - 1].is_punct:
            b -= 1  # `Ade Bello, SAN`
    return a, b, addressed and b > a and doc[a].text[:1].isupper()


#: Titles NER may take into a person's name (`Dr Ama Keta`, `Prof Ivo Stel` tagged ORG): no
#: name's word, so the name starts after them and the title is a role (`_titles`).
_NAME_TITLES = wordlists.COURTESY_TITLES | frozenset({"dr", "prof"})
#: Of those, the ones that never open a body's name (`Dr Pepper` is a brand; `Prof` a person).
_PERSON_ONLY_TITLES = frozenset({"prof"})


def _courtesy_cut(doc: Doc, a: int, b: int, label: str) -> int:
    """Where the name starts in span `a`..`b` past a courtesy or academic title opening it
    (`Dr Ama Keta`, `Mrs. Ona Brik`), as NER leaves `Mr`/`Dr` out of most names; `a` when no
    such title opens a PERSON span (or any span, for `Prof`) before a capitalised word. A
    transcript's capitals (`MS SEFTON:`) stay whole: that label is the speaker's alias."""
    i = a
    while i < b and doc[i].is_title and doc[i].lower_.rstrip(".") in _NAME_TITLES:
        if label != "PERSON" and doc[i].lower_.rstrip(".") not in _PERSON_ONLY_TITLES:
            break
        i += 2 if i + 1 < b and doc[i + 1].text == "." else 1
    if i == a or i >= b or not doc[i].is_title:
        return a
    return i


def _titled_surname(doc: Doc, a: int, b: int) -> bool:
    """The span is one capitalised word right after a capitalised role (`President Sakande`,
    which NER may tag ORG in a question's vocative): a person's surname, unless it is a common
    word, an organisation's head noun or a place or body the tables know."""
    if b - a != 1 or a == 0 or not doc[a].is_title or not doc[a - 1].is_title:
        return False
    word = doc[a].text
    if doc[a - 1].lower_ not in _NAME_ROLES or _common_word(doc[a].lower_):
        return False
    return doc[a].lower_ not in _ORG_HEADS and not is_place(word) and lookup(word) is None


def _post_nominal(doc: Doc, i: int) -> bool:
    """Token `i` is a lawyer's post-nominal (`_POST_NOMINALS`): after a name (`Ade Bello, SAN`),
    not after a place, where the same letters are a province's (`Montreal, QC`)."""
    if doc[i].text not in _POST_NOMINALS:
        return False
    j = i - 1
    while j >= 0 and doc[j].is_punct:
        j -= 1
    if j < 0 or doc[j].ent_type_ == "PERSON":
        return True
    return not (doc[j].ent_type_ in ("GPE", "LOC") or is_place(doc[j].text))


def _place_owner(doc: Doc, a: int, b: int, places: set[str]) -> bool:
    """The organisation span opens with a place's possessive before a capitalised name of two
    words or more (`Belmora's Varrow Industries`, `Tessaly's Morvane plc`): a country the
    tables know or NER tags a place elsewhere in the article, not the company's own name
    (`McKinley's Home Store`)."""
    if b - a < 4 or doc[a + 1].text not in _POSSESSIVE_TOKENS or not doc[a + 2].is_title:
        return False
    word = doc[a].text
    return word in places or _country_shaped(word) or resolve_country(word, ("name",)) is not None


def _own_outlet(agency: str, outlet: str) -> bool:
    """A dateline's agency is the article's own outlet: its words open the outlet's name
    (`Kestwire` in `Kestwire News`) or are its initials (`CPS`, `Continental Press Service`)."""
    words = [w.casefold() for w in re.findall(r"[\w&]+", agency)]
    names = [w.casefold() for w in re.findall(r"[\w&]+", outlet)]
    if not words or not names:
        return False
    initials = "".join(w[0] for w in names if w != "&")
    return names[: len(words)] == words or len(names) > 1 and words == [initials]


def _unknown(name: str) -> bool:
    """No table knows the name as a country, people or place (`Tarsenergia`, `Marek Ilves`)."""
    return lookup(name) is None and geocode(name) is None


def _state_owned(doc: Doc, a: int, b: int) -> bool:
    """`state-owned X` or `X, the state-owned utility`: the name a company's."""
    before = "".join(t.text for t in doc[max(0, a - 3) : a]).lower()
    after = "".join(t.text for t in doc[b : b + 5]).lower()
    return before.endswith("state-owned") or after.startswith((",thestate-owned", ",astate-owned"))


def _portfolio_of(doc: Doc, i: int) -> bool:
    """The `of` at token `i` joins a title-case office to its portfolio before a name
    (`Minister of Finance`, `Secretary of Health`): one title."""
    if not (0 < i < len(doc) - 1 and doc[i].text == "of"):
        return False
    return doc[i - 1].lower_ in _PORTFOLIO_TITLES and doc[i - 1].is_title and doc[i + 1].is_title


#: Portfolios of a `Department of …` that only a state has (a university or a firm has a
#: `Department of Finance` or `of Health` too): `the Tasmere Department of Foreign Affairs`.
_STATE_DEPARTMENTS = frozenset("defence defense interior treasury state".split())
#: ... and those a state has only with `Affairs` after them (not `Foreign Languages`).
_STATE_AFFAIRS = frozenset("foreign home".split())


def _state_body_at(doc: Doc, i: int) -> str:
    """The state body named from token `i` (`Ministry of Health`, `Department of Foreign
    Affairs`), or '': a one-word name owning it is a country's."""
    if i + 2 >= len(doc) or doc[i + 1].text != "of" or not doc[i + 2].is_title:
        return ""
    body, portfolio = doc[i].text, doc[i + 2].lower_
    affairs = i + 3 < len(doc) and doc[i + 3].text == "Affairs" and portfolio in _STATE_AFFAIRS
    state = portfolio in _STATE_DEPARTMENTS or affairs
    if not (body == "Ministry" or body == "Department" and state):
        return ""
    j = i + 3
    while j < len(doc) and doc[j].is_title:
        j += 1  # `Foreign Affairs`
    return doc[i:j].text


def _area_after(doc: Doc, i: int) -> str:
    """The area noun at token `i` after a name (`Tagant region`), or ''."""
    if i >= len(doc) or doc[i].text not in _AREA_NOUNS:
        return ""
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    return "" if nxt is not None and nxt.pos_ in ("NOUN", "PROPN") else doc[i].text


def _byline_people(byline: str) -> set[str]:
    """The label keys of the people a byline credits (`credits.byline_people`: `By Marit
    Hovde`, `Ana Vidic and Tomas Hult`), none holding a company's or institution's word
    (`Harlow Care Services`) nor a country's name."""
    return {_label_key(c) for c in byline_people(byline, _organisation_credit)}


def _organisation_credit(credit: str) -> bool:
    """A byline's credit that names a body or a country, not a person (the analysis' words)."""
    return (
        any(w.lower() in _COMPANY_NAME_WORDS for w in credit.split()) or lookup(credit) is not None
    )


#: Nouns of a state's formal name (`Republic of Sadrel`), before `of` and its short name.
STATE_FORMS = frozenset("republic kingdom principality sultanate emirate grand-duchy".split())


def _state_form_cut(doc: Doc, a: int, b: int) -> int:
    """The start of a country's short name in its formal one (`Republic of Merrinia`:
    `Merrinia`), so both forms are one place; only for names the country tables lack (they
    key the formal names they know) and a bare formal noun (`Democratic Republic of …`, a
    word before it, names another state: the mention stays whole)."""
    if b - a < 3 or doc[a].lower_ not in STATE_FORMS or doc[a + 1].lower_ != "of":
        return a
    named = a > 0 and _name_word(doc[a - 1]) and doc[a - 1].lower_ != "the"  # `The Republic`
    if not doc[a + 2].text[:1].isupper() or named:
        return a
    return a if lookup(doc[a:b].text) is not None else a + 2


# -- company names closed by a legal form ------------------------------------------------------

#: Words that close a company's name for its type only: the name keeps them (`Kassir Mining
#: Company`), unlike a legal form (`wordlists.legal_form`), which its short form drops.
_FIRM_TYPES = frozenset({"Company"})
#: Words inside a company's name between capitalised words (`Braxton & Sons Co.`).
_FIRM_JOINERS = frozenset({"&", "of", "de"})


def _legal_names(doc: Doc, mentions: list[_Mention]) -> list[_Mention]:
    """A capitalised name closed by a legal form (`Corvane Timber Ltd`, `Golden Ash Trading
    FZE`) is one company's name, whatever NER tagged over it: its own mention, labelled ORG;
    the mentions it overlaps keep only their words outside it (`- Ostravia` after it in a
    list row)."""
    orgs = {m.end: m.start for m in mentions if m.label == "ORG"}  # NER's company names
    people = {_label_key(m.text(doc)) for m in mentions if m.label == "PERSON"}
    spans = [s for j in range(1, len(doc)) if (s := _legal_span(doc, j, orgs, people)) is not None]
    return _claimed(doc, [_without_office(doc, m) for m in mentions], spans, "ORG")


def _without_office(doc: Doc, m: _Mention) -> _Mention:
    """A mention closed by an office's short form after a place (`Nevada AG` before `Lena
    Ortt`: `_office_abbreviation`) is the place alone."""
    if m.end - m.start > 1 and _office_abbreviation(doc, m.start, m.end - 1):
        return _Mention(m.start, m.end - 1, "GPE", m.link)
    return m


#: Prepositions that place a body somewhere (`the Commission on Unity Square`).
_SITED_AT = frozenset({"on", "in", "at"})


def _located_bodies(doc: Doc, mentions: list[_Mention]) -> list[_Mention]:
    """An organisation's mention NER ran on into where it sits (`Central Electoral Commission
    on Unity Square`, `the Supreme Court in Kessel`) is the body and the place apart: the
    words after `on`/`in`/`at` are a square, street or road's name (`_ROUTE_NOUNS`) or a place
    the tables know; a body's name may hold such a word otherwise (`Commission on Human
    Rights`)."""
    out = []
    for m in mentions:
        cut = (
            next(
                (i for i in range(m.start + 1, m.end - 1) if doc[i].lower_ in _SITED_AT),
                None,
            )
            if m.label == "ORG"
            else None
        )
        if cut is None:
            out.append(m)
            continue
        start = cut + 2 if doc[cut + 1].lower_ == "the" and cut + 2 < m.end else cut + 1
        place = doc[start : m.end]
        if place[-1].lower_ in _ROUTE_NOUNS and place[0].is_title:
            out += [_Mention(m.start, cut, "ORG", m.link), _Mention(start, m.end, "FAC")]
        elif is_place(place.text):
            out += [_Mention(m.start, cut, "ORG", m.link), _Mention(start, m.end, "GPE")]
        else:
            out.append(m)
    return out


def _acronym_names(doc: Doc, mentions: list[_Mention]) -> list[_Mention]:
    """A body's name that its bracketed acronym spells (`United Nations Office for Disaster
    Relief (UNODR)`) and NER cut into pieces, one an organisation's (`United Nations Office`
    and a `Disaster Relief` apart), is one organisation's mention; a name NER read whole or
    as no organisation (`Endangered Species Act (ESA)`, a law) stays as it was."""
    spans = []
    for k in range(2, len(doc) - 2):
        if doc[k].text != "(" or doc[k + 2].text != ")":
            continue
        short = doc[k + 1].text
        if not (short.isupper() and short.isalpha() and len(short) >= 3):
            continue
        a = k - 1
        while a > 0 and (doc[a - 1].is_title or doc[a - 1].lower_ in _ACRONYM_STOP):
            a -= 1
            if _acronym(doc[a:k].text) == short and doc[a].is_title:
                pieces = [m for m in mentions if m.start < k and a < m.end]
                if len(pieces) > 1 and any(m.label == "ORG" for m in pieces):
                    spans.append((a, k))
                break
    return _claimed(doc, mentions, spans, "ORG")


def _addressed_names(doc: Doc, mentions: list[_Mention]) -> list[_Mention]:
    """The name after a form of address (`Smt. Lalitha Raghunathan`, `Shri K. R. Venkat`) is
    one person's, whatever NER tagged over it (`Lalitha` a place, `Raghunathan` apart)."""
    spans = []
    for i, t in enumerate(doc):
        if not _address_word(t):
            continue
        a = i + 2 if i + 1 < len(doc) and doc[i + 1].text == "." and not t.whitespace_ else i + 1
        b = a
        while b < len(doc) and (_initial_or_name(doc[b]) or _inner_hyphen(doc, b) and b > a):
            b += 1
        if b > a:
            spans.append((a, b))
    return _claimed(doc, mentions, spans, "PERSON")


def _initial_or_name(t: Token) -> bool:
    """A capitalised word of a name or an initial (`K.`), on the line."""
    if not t.text[:1].isupper() or "\n" in t.text or _address_word(t):
        return False
    return t.is_alpha or len(t.text) == 2 and t.text[1] == "."


def _claimed(
    doc: Doc, mentions: list[_Mention], spans: list[tuple[int, int]], label: str
) -> list[_Mention]:
    """`mentions` with `spans` as mentions of `label`; the mentions they overlap keep only
    their capitalised words outside them."""
    if not spans:
        return mentions
    out: list[_Mention] = []
    for m in mentions:
        hit = next(((a, b) for a, b in spans if m.start < b and a < m.end), None)
        if hit is None:
            out.append(m)
            continue
        a, b = hit
        if m.start < a:
            end = a
            while end > m.start and not doc[end - 1].text[:1].isupper():
                end -= 1  # `Ostravia and` before the company: `Ostravia`
            if end > m.start and doc[end - 1].pos_ == "PROPN":  # not `Yesterday`
                out.append(_Mention(m.start, end, m.label, m.link))
        if m.end > b:
            start = b
            while start < m.end and not doc[start].text[:1].isupper():
                start += 1  # `Corvane Timber Ltd - Ostravia`: `Ostravia`
            if start < m.end:
                out.append(_Mention(start, m.end, m.label, m.link))
    have = {(m.start, m.end) for m in out}
    out += [_Mention(a, b, label) for a, b in dict.fromkeys(spans) if (a, b) not in have]
    return sorted(out, key=lambda m: (m.start, m.end))


def _firm_short_forms(
    doc: Doc, mentions: list[_Mention], names_people: Callable[[str], bool]
) -> dict[str, str]:
    """Label key of each short form of a company the article names with its legal form
    (`Corvane` for `Corvane Timber Ltd`) -> that name: the short form names the company, not
    a place or person, whatever `in Corvane` or NER says."""
    out: dict[str, str] = {}
    for m in mentions:
        if m.end - m.start > 1 and wordlists.legal_form(doc[m.end - 1].text):
            if _office_abbreviation(doc, m.start, m.end - 1):
                continue  # `Nevada AG Lena Ortt`: an attorney general, no company
            name = m.text(doc)
            todo = [org_words(name)]
            while todo:
                for short in bare_forms(todo.pop(), names_people):
                    if _label_key(short) not in out:
                        out[_label_key(short)] = name
                        todo.append(short.split())
    return out


def _firm_closer(word: str) -> bool:
    """A word that closes a company's name: a legal form or a company's type (`_FIRM_TYPES`)."""
    return word in _FIRM_TYPES or wordlists.legal_form(word)


def _legal_span(doc: Doc, j: int, orgs: dict[int, int], people: set[str]) -> tuple[int, int] | None:
    """The company name token `j` closes, when it is a legal form after a capitalised word:
    the capitalised run before it (with `&`, `of`, a hyphen inside: `Hewlett-Packard Co.`);
    in prose from where NER's ORG ending there starts, if inside the run, and without a
    sentence's opening common word (`Yesterday Corvane Timber Ltd`); in a list row or table
    cell that holds only the name, all its words, those before an `and` too (`Stone Cedar
    and Oak LLC`); never a person's name before `of`, `&`, `and` (`Tomas Lind of Orvik
    Freight LLC`), nor a title-case line's words before `Of` (`Police Raid Offices Of …`)."""
    if not _firm_closer(doc[j].text) or not _name_word(doc[j - 1]):
        return None
    a = j - 1
    while a > 1 and (_name_word(doc[a - 1]) or _name_joiner(doc, a - 1)):
        if _title_joiner(doc[a - 1]) or _person_joined(doc, a - 1, j, people):
            break
        a -= 1
    if a == 1 and _name_word(doc[0]):
        a = 0
    cell = _cell_end(doc, j + 1)
    while a < j - 1 and doc[a].ent_type_ in _COUNT_LABELS | {"DATE", "TIME", "ORDINAL"}:
        a += 1  # `Yesterday Corvane Timber Ltd`: a date is no part of the name
    if cell and _row_cell_start(doc, a) is not None:
        return a, j + 1  # a list row's cell holds the name alone: all its words
    if a < orgs.get(j + 1, -1) < j:
        a = orgs[j + 1]
    while a < j - 1 and _sentence_opener(doc[a]) and doc[a].pos_ != "PROPN":
        a += 1  # `Meanwhile`, `The`: a sentence's first word, no part of the name
    if _office_abbreviation(doc, a, j):
        return None
    if cell and a > 1 and doc[a - 1].lower_ == "and" and _name_word(doc[a - 2]):
        first = a - 2
        while first > 0 and _name_word(doc[first - 1]):
            first -= 1
        if _row_cell_start(doc, first) is not None and not _person_joined(doc, a - 1, j, people):
            a = first
    return a, j + 1


#: Legal forms that are also an office's short form after the place it serves (`Nevada AG
#: Lena Ortt`: the attorney general).
_OFFICE_FORMS = frozenset({"AG"})


def _office_abbreviation(doc: Doc, a: int, j: int) -> bool:
    """The legal form at `j` is an office's short form (`_OFFICE_FORMS`), not a company's: the
    words before it are only a place the tables know and a person's name follows (`Nevada AG
    Lena Ortt`, `the Ostrava AG, Pavel Kral,`)."""
    if doc[j].text not in _OFFICE_FORMS or not is_place(doc[a:j].text):
        return False
    k = j + 2 if j + 2 < len(doc) and doc[j + 1].text == "," else j + 1
    return k < len(doc) and (doc[k].ent_type_ == "PERSON" or _given_name(doc[k]))


def _title_joiner(t: Token) -> bool:
    """`Of`, `And` capitalised: a title-case line's word, where capitals mark no name."""
    return t.text != t.lower_ and t.lower_ in _FIRM_JOINERS | {"and"}


def _person_joined(doc: Doc, k: int, j: int, people: set[str]) -> bool:
    """Joiner `k` (`of`, `&`, `and`) follows a person's name and opens a company's own name
    (`Tomas Lind of Orvik Freight LLC`, `Maren Vos & Kessel Grain Ltd`), not a firm's
    common word (`Maren Vos and Partners LLP`, `Braxton & Sons Co.`): a name NER tags
    PERSON, one the article's people hold, or a given name and a surname."""
    if doc[k].lower_ not in _FIRM_JOINERS | {"and"} or k < 1:
        return False
    if all(_common_noun(t.lower_) for t in doc[k + 1 : j] if t.is_alpha):
        return False
    first = k - 1
    while first > 0 and _name_word(doc[first - 1]) and not _name_joiner(doc, first - 1):
        first -= 1
    if doc[k - 1].ent_type_ == "PERSON" or _label_key(doc[first:k].text) in people:
        return True
    return k - first == 2 and _given_name(doc[first]) and not _common_noun(doc[k - 1].lower_)


def _inner_hyphen(doc: Doc, i: int) -> bool:
    """Token `i` is a hyphen inside a word, no space on either side (`Vice-President`)."""
    return (
        0 < i < len(doc) - 1
        and doc[i].text == "-"
        and not doc[i].whitespace_
        and not doc[i - 1].whitespace_
        and doc[i - 1].is_alpha
    )


def _name_word(t: Token) -> bool:
    return t.text[:1].isupper() and t.text not in _DASHES and "\n" not in t.text


def _name_joiner(doc: Doc, i: int) -> bool:
    """Token `i` joins two capitalised words of one name: `&`, `of`, or a hyphen with no space
    around it (`Hewlett-Packard`)."""
    t = doc[i]
    if not _name_word(doc[i - 1]):
        return False
    return (
        t.lower_ in _FIRM_JOINERS
        or t.text == "-"
        and not t.whitespace_
        and not (doc[i - 1].whitespace_)
    )


#: List markers opening a line (`- `, `• `).
_BULLETS = frozenset({"-", "•", "*", "–"})


def _row_cell_start(doc: Doc, i: int) -> int | None:
    """`i` when token `i` opens a line, after a list marker at most (`9.`, `-`, `•`)."""
    k = i
    if k > 0 and doc[k - 1].text in (".", ")") and k > 1 and doc[k - 2].like_num:
        k -= 2
    elif k > 0 and doc[k - 1].text in _BULLETS:
        k -= 1
    return i if k == 0 or "\n" in doc[k - 1].text else None


#: A table's separator line under its header row (`|---|:---:|`).
_TABLE_RULE = re.compile(r"\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*")


def _table_label(doc: Doc, a: int, b: int) -> bool:
    """Tokens `a`..`b` label a table's column or row, no name: a cell of the header row
    (`_header_row`: `| Candidate | Votes | Change |`), or an abbreviation opening a row's
    cell that lower-case words go on (`EPS (crowns)`, `FY revenue guidance`)."""
    text = doc.text
    start, end = doc[a].idx, doc[b - 1].idx + len(doc[b - 1].text)
    line_start, line_end = _line_around(text, start, end)
    if not text[line_start:line_end].lstrip().startswith("|"):
        return False
    cell_start = text.rfind("|", line_start, start)
    cell_end = text.find("|", end, line_end)
    if cell_start < 0 or cell_end < 0 or text[cell_start + 1 : start].strip():
        return False
    if _header_row(text, line_start, line_end):
        return _label_words(doc[a:b])
    rest = text[end:cell_end]
    return doc[a:b].text.isupper() and b - a == 1 and bool(re.search(r"\b[a-z]", rest))


def _line_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The char offsets of the line holding `start`..`end`, without its line break."""
    line_end = text.find("\n", end)
    return text.rfind("\n", 0, start) + 1, len(text) if line_end < 0 else line_end


def _next_line(text: str, line_end: int) -> str:
    """The first line after `line_end` that holds more than blanks, or ''."""
    start = line_end
    while start < len(text):
        end = text.find("\n", start + 1)
        end = len(text) if end < 0 else end
        line = text[start:end].strip("\n")
        if line.strip():
            return line
        start = end
    return ""


def _previous_line(text: str, line_start: int) -> tuple[int, int] | None:
    """The char offsets of the last line before `line_start` that holds more than blanks."""
    end = line_start - 1
    while end > 0:
        start = text.rfind("\n", 0, end) + 1
        if text[start:end].strip():
            return start, end
        end = start - 1
    return None


def _header_row(text: str, line_start: int, line_end: int) -> bool:
    """The table line `line_start`..`line_end` is its table's header: the row over the
    `|---|` line, or, in a table written without one, a first row of words only over a row
    that holds figures (`| Constituency | Turnout |` over `| Belvar North | 61.2% |`)."""
    following = _next_line(text, line_end)
    if _TABLE_RULE.fullmatch(following):
        return True
    before = _previous_line(text, line_start)
    first = before is None or not text[before[0] : before[1]].lstrip().startswith("|")
    words_only = not any(c.isdigit() for c in text[line_start:line_end])
    figures = following.lstrip().startswith("|") and any(c.isdigit() for c in following)
    return first and words_only and figures


#: A capitalised name before an episode's number (`The Lenmora Briefing, Ep. 212:`,
#: `Harbour Talk Episode 9`): the name of a series.
_EPISODE = re.compile(
    r"(?:^|(?<=\n)|(?<=\bthe )|(?<=\bThe ))((?:[A-Z][\w'’-]+ ){0,3}[A-Z][\w'’-]+)"
    r"(?:,? |\s*\n\s*)(?:Ep\.?|Episode) ?\d+\b"
)


#: Kinds of body a text capitalises alone for one it names or means (`the Government`, `the
#: Board`): no name by themselves. Not `Senate`, `House`, `Congress`, `Kremlin`, `Army`,
#: `Police`, `Parliament`: the one body of a country they name.
_BARE_BODIES = frozenset(
    "government board council commission committee ministry department assembly authority "
    "agency bureau tribunal directorate secretariat cabinet".split()
)

#: Bare bodies that are a state's own organs (`the Government`, `the Cabinet`): alone they
#: mean the state, never a body of the article's own.
_STATE_ORGANS = frozenset("government cabinet ministry".split())


#: Lower-case nouns of an area a place's name opens (`the Tagant region`), when no other noun
#: follows (`the Orvik district court` is a court).
_AREA_NOUNS = frozenset(
    "region province district county oblast prefecture governorate municipality".split()
)
#: Kinds of place a table's first column lists (`| Constituency | Turnout |`, `| District |`):
#: the areas and the other places.
_COLUMN_PLACES = _AREA_NOUNS | frozenset(
    "city town village port state country constituency ward department commune parish area "
    "location".split()
)


def _place_column(doc: Doc, a: int, b: int) -> str:
    """The header of the table column whose first cell tokens `a`..`b` fill, when it is a
    kind of place (`| Constituency | Turnout |` over `| Belvar North | 61.2% |`): the cell
    names a place, whatever NER tagged it; '' otherwise."""
    text = doc.text
    start, end = doc[a].idx, doc[b - 1].idx + len(doc[b - 1].text)
    line = _line_around(text, start, end)
    row = text[line[0] : line[1]]
    if not row.lstrip().startswith("|") or text[line[0] : start].strip() != "|":
        return ""
    if text.find("|", end, line[1]) < 0:
        return ""
    while not _header_row(text, *line):
        line = _previous_line(text, line[0])
        if line is None or not text[line[0] : line[1]].lstrip().startswith("|"):
            return ""
    if (line[0], line[1]) == _line_around(text, start, end):
        return ""  # the header itself
    first = text[line[0] : line[1]].strip().strip("|").split("|")[0].strip()
    low = first.lower()
    kinds = {low, low[:-1], low[:-3] + "y"}  # `Districts`, `Counties`
    return first if kinds & _COLUMN_PLACES else ""


def _label_words(cell: Span) -> bool:
    """A header cell's words label a column (`Votes`, `Party`, `Party Leader`): common nouns
    all, not a run of names the dictionaries hold. A header of people's names (`| Ana Ruiz |
    Tom Vale |` over a row of votes) heads each one's figures and keeps them people."""
    words = [t for t in cell if t.is_alpha]
    if not all(_common_noun(t.lower_) for t in words):
        return False
    return len(words) < 2 or not all(is_name_word(t.text) for t in words)


def _cell_opener(t: Token) -> bool:
    """The token opens a table's cell (`| Turnout |`): capitalised there as at a sentence's
    start."""
    return t.i > 0 and t.doc[t.i - 1].text == "|"


def _off_table_labels(doc: Doc, mentions: list[_Mention]) -> list[_Mention]:
    """The mentions but a table's column and row labels (`_table_label`) no table of names
    holds (`| Constituency | Turnout | Swing |`)."""
    return [
        m
        for m in mentions
        if not (_table_label(doc, m.start, m.end) and not lookup(doc[m.start : m.end].text))
    ]


def _cell_end(doc: Doc, i: int) -> bool:
    """Token `i` ends a list row's cell: the line's end, a spaced dash or a bar (not a comma
    or a bracket: prose goes on after those, `Corvane Timber Ltd (CTL), a sawmill`)."""
    end = i >= len(doc) or "\n" in doc[i].text
    return end or doc[i].text in ("|", "\t") or _spaced_dash(doc, i)


#: Saint's words opening a church's or abbey's name.
_SAINT_WORDS = frozenset({"st", "st.", "saint", "ste", "ste."})
#: Buildings named after a saint (`St Aldric's Cathedral`), which NER ends at the possessive.
_SAINT_BUILDINGS = frozenset(
    "cathedral church chapel abbey basilica minster priory shrine oratory".split()
)


def _saint_building(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """The tokens of a building named after a saint in an NER span (`St Aldric's`, `the St
    Orvald's Abbey`): the saint's name, a possessive and a capitalised building noun, which
    NER leaves out or tags apart (`Abbey` as GPE). A place, whatever NER tagged the saint."""
    a = start + (doc[start].lower_ == "the")
    if a >= end or doc[a].lower_ not in _SAINT_WORDS or not doc[a].is_title:
        return None
    b = end if doc[end - 1].lower_ in _SAINT_BUILDINGS else end + 1
    if b > len(doc) or b - a < 4 or doc[b - 2].text not in _POSSESSIVE_TOKENS:
        return None
    building = doc[b - 1]
    return (a, b) if building.is_title and building.lower_ in _SAINT_BUILDINGS else None


def _saint_key(text: str) -> str:
    """`St Aldric`, `Saint Aldric's Cathedral` -> `aldric`: the saint a name is after."""
    words = norm(text).casefold().replace("’", "'").split()
    if len(words) < 2 or words[0] not in _SAINT_WORDS:
        return ""
    name = " ".join(words[1:])
    return name.split("'")[0] if "'" in name else name


def _saints_buildings(texts: list[str]) -> dict[str, str]:
    """Saint -> the one building named after them among `texts` (`aldric`: `St Aldric's
    Cathedral`); a saint two buildings are named after (`St Mary's Church`, `St Mary's
    School`) has none, for the saint's name alone could be either."""
    found: dict[str, set[str]] = {}
    for text in texts:
        flat = text.replace("’", "'")
        if "'" in flat and _saint_key(flat):
            found.setdefault(_saint_key(flat), set()).add(flat)
    return {saint: next(iter(names)) for saint, names in found.items() if len(names) == 1}


def _bare_saint(text: str) -> str:
    """`St Aldric` -> `aldric`; `St Aldric's Cathedral`, a building's own name, -> ``."""
    return "" if "'" in text.replace("’", "'") else _saint_key(text)


def _at_saints_buildings(doc: Doc, mentions: list[_Mention]) -> list[_Mention]:
    """A saint's name alone that NER took for an organisation or a place (`the bishop of St
    Aldric`) in an article naming that saint's building (`St Aldric's Cathedral`) is the
    building: FAC. Tagged PERSON it stays the saint (`where St Elric is buried`); another
    building's own name stays what it is (`St Aldric's School`)."""
    saints = _saints_buildings([m.text(doc) for m in mentions if m.label == "FAC"])
    for m in mentions:
        if m.label in ("ORG", "GPE", "LOC") and _bare_saint(m.text(doc)) in saints:
            m.label = "FAC"
    return mentions


def _plural_possessive_names(
    doc: Doc, raw: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """`raw` with each organisation NER ended at a plural possessive (`the Farmers' Bloc`,
    `Teachers' Union` tagged `Farmers`) run on over the capitalised words it owns: a body
    named for its members, not the members."""
    taken = {i for a, b, _ in raw for i in range(a, b)}
    out = []
    for a, b, label in raw:
        end = b
        if label == "ORG" and _members_possessive(doc, b):
            end = b + 1
            while end < len(doc) and end not in taken and _owned_name_word(doc[end]):
                end += 1
        out.append((a, end if end > b + 1 else b, label))
    return out


def _members_possessive(doc: Doc, b: int) -> bool:
    """Token `b` is a bare apostrophe after a plural common noun (`Farmers'`)."""
    if b >= len(doc) or doc[b].text not in ("'", "’") or doc[b - 1].whitespace_:
        return False
    low = doc[b - 1].lower_
    return low.endswith("s") and _common_noun(low) and doc[b - 1].is_title


def _owned_name_word(t: Token) -> bool:
    return t.is_title and t.pos_ == "PROPN" and t.is_alpha


def _joined_countries(doc: Doc, raw: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """`raw` with each country name the tables write with `and` (`Trinidad and Tobago`,
    `Saint Vincent and the Grenadines`) as one GPE, whatever NER made of its parts (`Trinidad`
    GPE, `Tobago` ORG; `Antigua`, `Barbuda` PERSON): one place, not two nor a list of two."""
    found: list[tuple[int, int]] = []
    for t in doc[1:-1]:
        if t.lower_ != "and" or not doc[t.i - 1].is_title:
            continue
        spans = [
            (a, b)
            for a in range(max(t.i - 2, 0), t.i)
            for b in range(t.i + 2, min(t.i + 4, len(doc)) + 1)
            if doc[a].is_title and lookup(doc[a:b].text, ("name",)) is not None
        ]
        if spans:
            found.append(max(spans, key=lambda s: (s[1] - s[0], -s[0])))
    if not found:
        return raw
    kept = [r for r in raw if not any(r[0] < b and a < r[1] for a, b in found)]
    return sorted(kept + [(a, b, "GPE") for a, b in found])


def _given_names(doc: Doc, raw: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """`raw` with a given name NER read as a people (`Ilona` NORP in `challenger Ilona
    Feszak`) joined to the untagged capitalised words after it as one PERSON: a word the
    dictionaries hold as a person's name and the tables know as no people's (`French` is)."""
    out = []
    for a, b, label in raw:
        word = doc[a]
        if (
            label == "NORP"
            and b == a + 1
            and word.lower_ not in _GROUP_WORDS
            and lookup(word.text) is None
            and is_name_word(word.text)
        ):
            j = b
            while j < len(doc) and j - b < 3 and _untagged_name_word(doc[j]):
                j += 1
            if j > b:
                out.append((a, j, "PERSON"))
                continue
        if label == "PERSON" and b == a + 1 and _untagged_first_name(doc, a):
            a -= 1  # `Anders Vik` tagged at `Vik` only: the untagged first name joins it
        out.append((a, b, label))
    return out


def _untagged_first_name(doc: Doc, a: int) -> bool:
    """Token `a - 1` is an untagged capitalised proper noun the parser makes a compound of
    the one-word person name at `a` (`Anders` in `the mayor of Brennholm, Anders Vik,`)."""
    if a == 0:
        return False
    first = doc[a - 1]
    if _honorific_before(first, wordlists.HONORIFICS) or everyday_word(first.lower_):
        return False  # `Mr Kessel`, `Coach Williams`: a form of address or a role
    if _sentence_opener(first) and not is_name_word(first.text):
        return False  # `Ironically Nichols`: a sentence's opening word
    return first.dep_ == "compound" and first.head.i == a and _untagged_name_word(first)


def _given_name(t: Token) -> bool:
    """A word the dictionaries hold as a person's name and the language does not (`John`,
    not `Spring`)."""
    return is_name_word(t.text) and not everyday_word(t.lower_)


def _untagged_name_word(t: Token) -> bool:
    low = t.lower_
    return (
        t.is_title
        and t.is_alpha
        and t.pos_ == "PROPN"
        and not t.ent_type_
        and low not in _NAME_ROLES
        and low not in _TITLE_WORDS
        and low not in _NOT_NAME_HEADS
        and low not in _ORG_HEADS
    )


def _unkept_word(t: Token) -> bool:
    """A one-word name NER gave a label we keep nothing of (`in Drossa` as a PRODUCT): it
    may be a place NER missed."""
    doc = t.doc
    alone = t.i + 1 == len(doc) or doc[t.i + 1].ent_iob_ != "I"
    return t.ent_type_ in _UNKEPT_NAME_LABELS and t.ent_iob_ == "B" and alone


def _placelike_product(word: str) -> bool:
    """A name NER took for a product or work may be a place it missed (`in Drossa`) unless it
    is an everyday word (`in Excel`: a verb) the gazetteer knows no place by."""
    return is_place(word) or not everyday_word(word)


#: Labels of names we keep no entity of that NER gives bodies too (`the Morvaine Rights
#: Forum` as a work of art or a law).
_UNKEPT_NAME_LABELS = frozenset({"WORK_OF_ART", "LAW", "PRODUCT", "EVENT"})
#: Last words that make such a name a body's.
_BODY_HEADS = ORG_GENERIC_HEADS | frozenset(
    "forum institute university college school academy council commission committee court "
    "agency authority bureau league union party federation association bank board ministry "
    "trust society".split()
)


def _unkept_body(doc: Doc, start: int, end: int, label: str) -> tuple[int, int] | None:
    """The tokens of an organisation NER gave a label we keep nothing of (`The Morvaine
    Rights Forum` as WORK_OF_ART): a cleaned piece of two words or more, all capitalised,
    ending in a body's head noun."""
    if label not in _UNKEPT_NAME_LABELS:
        return None
    for a, b in _clean(doc, start, end):
        words = doc[a:b]
        if b - a > 1 and words[-1].lower_ in _BODY_HEADS and all(t.is_title for t in words):
            return a, b
    return None


#: Labels of counts, whose span NER may run on into a name (`Hundreds of Tarsby` MONEY).
_COUNT_LABELS = frozenset({"CARDINAL", "MONEY", "QUANTITY", "PERCENT"})


def _counted_owner(doc: Doc, start: int, end: int, label: str) -> tuple[int, int] | None:
    """The place a count's people belong to, which NER read into the count (`Hundreds of
    Tarsby's dockers`: `Hundreds of Tarsby` MONEY): the capitalised name after `of` that
    owns a plural people's noun after the span. The people are the count's, the town or
    country a place of its own (other mentions in the article may settle it otherwise)."""
    count = doc[start].lower_
    if label not in _COUNT_LABELS or not count.endswith("s") or count == "s":
        return None
    if not doc.vocab[count[:-1]].like_num:
        return None  # `Hundreds`, `Thousands` of people; not `Three of Lunn's lawyers`
    of = next((i for i in range(start, end) if doc[i].lower_ == "of"), None)
    if of is None or of + 1 >= end or end + 1 >= len(doc):
        return None
    name = doc[of + 1 : end]
    owned = doc[end + 1]
    if (
        doc[end].text in _POSSESSIVE_TOKENS
        and all(t.is_title and t.pos_ == "PROPN" for t in name)
        and owned.is_lower
        and owned.tag_ == "NNS"
    ):
        return of + 1, end
    return None


def _role_cut(
    doc: Doc, a: int, b: int, label: str, tagged: set[tuple[str, ...]]
) -> tuple[int, str]:
    """An organisation's or place's span that is a role and a name (`Crown Prosecutor Ilse
    Varnholm`, `Union Lawyer Pia Stram` tagged ORG) is that person: the start of the name
    after its last role noun, and PERSON. The name is two words or more, or one the article
    tags PERSON elsewhere (`Defence Lawyer Sarto` beside `Emil Sarto`); no institution's
    or place's word ends it (`Justice Ministry`, `Ambassador Bridge`)."""
    ranked = _rank_end(doc, a, b)
    if ranked > a:
        return ranked, "PERSON"  # `Rear Admiral Oren Vell` tagged ORG
    roles = [i for i in range(a, b - 1) if doc[i].lower_ in _NAME_ROLES]
    if not roles or doc[b - 1].lower_ in _NOT_NAME_HEADS | _ORG_HEADS:
        return a, label
    name = doc[roles[-1] + 1 : b]
    if not all(t.is_title and t.pos_ == "PROPN" for t in name):
        return a, label
    if any(t.lower_ in _COMPANY_NAME_WORDS for t in name):
        return a, label  # `Doctor Care Holdings`: a company named with a role word
    key = _person_key(name.text)
    if len(key) > 1 or any(_contains(k, key) for k in tagged):
        return name.start, "PERSON"
    return a, label


def _ranked_names(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    """The people's names in a span of a label we keep no entity of, after the rank opening
    each piece (`Rear Admiral Oren Vell` tagged WORK_OF_ART beside a quotation)."""
    out = []
    for a, b in _clean(doc, start, end):
        ranked = _rank_end(doc, a, b)
        if ranked > a:
            out.append((ranked, b))
    return out


def _institution_name(doc: Doc, a: int, b: int) -> bool:
    """A span of two words or more ending in an institution's head noun (`Orlo Memorial
    Hospital`): an organisation's name whatever NER tagged it, so no role word is cut off it."""
    return b - a > 1 and doc[b - 1].lower_ in _ORG_HEADS


def _before_relative(doc: Doc, noun: Token, end: int) -> int:
    """The end of an apposition's role before a relative clause set off by a comma (`director
    of the institute, who returned on Sunday ...`): the clause tells what the person did, no
    part of the role. A clause without a comma (`the firm that built it`) stays."""
    for t in noun.subtree:
        first = min(t.left_edge.i, end)
        if t.dep_ == "relcl" and first > noun.i and doc[first - 1].text == ",":
            end = min(end, first - 1)
    return end


def _role_opened(doc: Doc, a: int, b: int) -> int:
    """The start of an organisation's name that opens with a role or title word NER left out
    (`Judge Business School`, `Prime Healthcare Services` tagged `Business School`,
    `Healthcare Services`): a capitalised role word right before the span that modifies a word
    of it, when the name holds a word only company and institution names hold. Before a
    person's name the role word modifies the name (NER tags that PERSON), so it stays out."""
    if not any(t.lower_ in _COMPANY_NAME_WORDS for t in doc[a:b]):
        return a
    while a > 0:
        word = doc[a - 1]
        low = word.lower_
        role = low in _NAME_ROLES or low in _TITLE_WORDS
        if not (role and word.is_title and word.pos_ == "PROPN" and not word.ent_type_):
            break
        if not a <= word.head.i < b:
            break
        a -= 1
    return a


#: Heads of organisations named after the place they serve (`the Bank of Ostrenia`, `the
#: University of Kerrow`, `the Port of Sallen`): the name after `of` is that place.
_PLACE_BOUND_HEADS = frozenset(
    "bank university college court council parliament government police port city republic "
    "kingdom province county district municipality embassy consulate".split()
)


def _named_after(doc: Doc, a: int, b: int) -> tuple[int, int] | None:
    """The tokens of the place an organisation's name ends in (`Ostrenia` in `Bank of
    Ostrenia`): one to three capitalised proper nouns after `<place-bound head> of`, none a
    common word (`Court of Appeal`, `Department of Justice`) unless the tables know the
    name as a place, none an institution's word."""
    ofs = [i for i in range(a + 1, b - 1) if doc[i].lower_ == "of"]
    if len(ofs) != 1 or doc[ofs[0] - 1].lower_ not in _PLACE_BOUND_HEADS:
        return None
    words = doc[ofs[0] + 1 : b]
    if len(words) > 3 or not all(t.is_title and t.is_alpha and t.pos_ == "PROPN" for t in words):
        return None
    if any(t.lower_ in _COMPANY_NAME_WORDS for t in words):
        return None
    if lookup(words.text) is None and any(_common_noun(t.lower_) for t in words):
        return None
    return words.start, words.end


def _common_noun(low: str) -> bool:
    """A common word, or the plural of one (`Ministers`: spaCy lemmatises no proper noun)."""
    stems = [
        low,
        low[:-1] if low.endswith("s") else "",
        low[:-3] + "y" if low.endswith("ies") else "",
    ]
    return any(stem and _common_word(stem) for stem in stems)


#: What a sign, placard or banner says, in quotation marks (`signs reading "Free Oskar"`,
#: `banners saying "Hands off our port"`, `the slogan "Bread and Work"`).
_SIGN_TEXT = re.compile(
    r"""(?:\b(?P<sign>signs?|placards?|banners?|posters?|billboards?|t-shirts?|shirts?|graffiti|
    stickers?|flags?|slogans?)\b[^.!?"“”\n]{0,60}?\b(?:reading|read|reads|saying|says|bearing|
    bore|proclaiming|with\ the\ words)|\bslogans?)\s*[:,]?\s*["“](?P<said>[^"“”\n]{1,80})["”]""",
    re.I | re.X,
)


def _sign_texts(doc: Doc) -> list[tuple[int, int]]:
    """Char spans of the words on signs and banners: a slogan names no one, though it holds
    a name (`Free Oskar`), and a name inside it is no mention of the person. `signs` and
    `flags` are verbs too (`Vega signs the bill, saying "Ana Ruiz …"`): the word must be the
    noun, tagged so or after a determiner, number or adjective (`two signs`)."""
    return [
        m.span("said") for m in _SIGN_TEXT.finditer(doc.text) if _sign_noun(doc, m.start("sign"))
    ]


def _sign_noun(doc: Doc, at: int) -> bool:
    """The sign word at char `at` (none: the `slogan "…"` form) is a noun, not a verb."""
    if at < 0:
        return True
    tok = doc.char_span(at, at + 1, alignment_mode="expand")
    if tok is None or tok[0].pos_ not in ("VERB", "AUX"):
        return True
    i = tok[0].i
    return i > 0 and doc[i - 1].pos_ in ("DET", "NUM", "ADJ")


def _off_signs(doc: Doc, mentions: list[_Mention]) -> list[_Mention]:
    spans = _sign_texts(doc)
    if not spans:
        return mentions
    return [m for m in mentions if not any(a <= doc[m.start].idx < b for a, b in spans)]


def _off_stage_notes(doc: Doc, mentions: list[_Mention]) -> list[_Mention]:
    """`mentions` without a transcript's stage notes (`[CLIP]`, `[END CLIP]`, NER's PERSON or
    ORG): a mention inside square brackets that end their line and hold only capitalised
    common words of the language. A name an editor adds in brackets stays (`[Baker]`,
    `[OBAMA]`: not all common words, or not in capitals; `[US] Fish and Wildlife Service`:
    the line goes on)."""
    return [m for m in mentions if not _stage_note(doc, m.start, m.end)]


def _stage_note(doc: Doc, start: int, end: int) -> bool:
    a, b = start, end
    while a > 0 and doc[a - 1].text != "[" and start - a < 4:
        a -= 1
    while b < len(doc) and doc[b].text != "]" and b - end < 4:
        b += 1
    if a == 0 or b == len(doc) or doc[a - 1].text != "[" or doc[b].text != "]" or a == b:
        return False
    if b + 1 < len(doc) and "\n" not in doc[b].whitespace_ + doc[b + 1].text:
        return False  # a note ends its line; `[US] Fish and Wildlife Service` is an editor's
    words = doc[a:b]
    common = _lemma_words()
    return all(t.is_alpha and t.is_upper and t.lower_ in common for t in words)


#: Nouns that introduce a ship's name (`the tanker Callow Tern`, `a trawler, the Morning Gull`):
#: the shared kinds of ship (wordlists.py), not `boat` nor `craft` (`the boat Ola Brenn rowed`),
#: nor `cutter` (a trade: `the stone cutter Ola Brenn`) nor `dinghy` (seldom named).
_VESSEL_NOUNS = frozenset({"ship", "vessel"}) | (wordlists.SHIP_KINDS - {"cutter", "dinghy"})
#: Prefixes of ships' names (`MV Callow Tern`, `HMS Defender`); not `MS` (a woman's title).
_VESSEL_PREFIXES = frozenset("MV MT HMS USS RMS HMAS HMCS".split())


def _vessel_names(doc: Doc) -> set[str]:
    """Lower-case names a vessel noun introduces (`the tanker Callow Tern`, `a trawler, the
    Morning Gull,`, `the Sea Wren, a Velmark-flagged freighter`, `MV Sea Wren`). A ship is a
    VESSEL (NER calls it an organisation, a person or a time) at every use of its name in the
    article (docs/entities.md). A name the tables know or NER reads as a place is no ship, nor
    the subject of a clause (`a ship Taldmark chartered`)."""
    out: set[str] = set()
    for t in doc:
        if t.text in _VESSEL_PREFIXES:
            out.add(doc[t.i + 1 : _capitalised_run(doc, t.i + 1)].text.lower())
        elif t.lower_ in _VESSEL_NOUNS and t.is_lower:
            out.add(_name_after_vessel(doc, t))
            out.add(_appositive_vessel(doc, t.i))
    return {n for n in out if n and not is_place(n) and lookup(n) is None}


def _name_after_vessel(doc: Doc, noun: Token) -> str:
    """The lower-case name right after a vessel noun (`the tanker Callow Tern`) or set beside it
    (`a trawler, the Morning Gull,`); none where the name is the subject of a clause on the
    noun (`a ship Taldmark chartered`) or no apposition (`_apposed_name`)."""
    i = noun.i + 1
    apposed = i + 1 < len(doc) and doc[i].text == "," and doc[i + 1].lower_ == "the"
    i += 2 if apposed else 0
    j = _capitalised_run(doc, i)
    if j == i:
        return ""
    last = doc[j - 1]
    if last.dep_.startswith("nsubj") and last.head.dep_ == "relcl" and last.head.head == noun:
        return ""
    return doc[i:j].text.lower() if not apposed or _apposed_name(doc, i, j) else ""


def _apposed_name(doc: Doc, start: int, end: int) -> bool:
    """`a tanker, the X` names the ship X only when X heads its own phrase (not `the Velmark
    coastguard`), ends in no institution's head noun (`the Harrow Maritime Authority`) and is
    no subject of the verb right after it: `… from a burning tanker, the Harrow Maritime
    Authority said` gives the source, while `a trawler, the Morning Gull, sank` closes the
    apposition with a comma before its verb."""
    head = doc[end - 1]
    while head.dep_ == "compound" and head.head.i > head.i:
        head = head.head
    if head.i >= end or head.lower_ in _ORG_HEADS:
        return False
    verb = head.head
    subject = head.dep_.startswith("nsubj") and verb.i >= end
    return not (subject and not any(t.is_punct for t in doc[end : verb.i]))


def _capitalised_run(doc: Doc, i: int) -> int:
    """The end of the run of capitalised proper nouns from token `i` that NER reads as no
    date, place or people (`i` when there is none); a time's word may be a name's (`the Morning
    Gull`, NER's TIME), a time's figures and zones are never capitalised words."""
    while (
        i < len(doc)
        and doc[i].is_title
        and doc[i].pos_ == "PROPN"
        and doc[i].ent_type_ not in ("DATE", "GPE", "NORP")
    ):
        i += 1
    return i


def _appositive_vessel(doc: Doc, noun: int) -> str:
    """`the Sea Wren, a Velmark-flagged freighter`: the name before `, a/an <words> <noun>`."""
    i = noun - 1
    while i > 0 and doc[i].lower_ not in ("a", "an") and noun - i <= 4 and doc[i].text != ",":
        i -= 1
    if i < 2 or doc[i].lower_ not in ("a", "an") or doc[i - 1].text != ",":
        return ""
    end = i - 1
    a = end
    while a > 0 and doc[a - 1].is_title and doc[a - 1].pos_ == "PROPN":
        a -= 1
    return doc[a:end].text.lower() if a < end else ""


def _vessel_spans(doc: Doc) -> list[tuple[int, int]]:
    """Token spans of every use of a ship's name a vessel noun introduces (`_vessel_names`),
    capitalised as a name (`the Callow Tern` alone too); a one-word name that is an everyday
    word is no use of it where it opens a sentence (`Hope faded` after `the tanker Hope`)."""
    out = []
    for name in sorted(_vessel_names(doc)):
        words = name.split()
        n = len(words)
        everyday = n == 1 and (everyday_word(name) or _common_word(name))
        for i in range(len(doc) - n + 1):
            span = doc[i : i + n]
            opener = everyday and doc[i].is_sent_start
            if doc[i].is_title and [t.lower_ for t in span] == words and not opener:
                out.append((i, i + n))
    return sorted(out)


def _off_vessels(
    doc: Doc, mentions: list[_Mention]
) -> tuple[list[_Mention], list[tuple[int, int]]]:
    """The mentions outside ships' names, and those names' spans: a ship is a VESSEL, no
    organisation, person or place (NER calls it any of them), nor a mention of a name in it."""
    spans = _vessel_spans(doc)
    if not spans:
        return mentions, []
    inside = {i for a, b in spans for i in range(a, b)}
    return [m for m in mentions if not inside.intersection(range(m.start, m.end))], spans


def _time_zone(doc: Doc, i: int) -> bool:
    """Token `i` is a time-zone abbreviation after a clock time (`17:45 BST`)."""
    t = doc[i]
    return t.text in TIME_ZONES and bool(_CLOCK_BEFORE.search(doc.text[max(0, t.idx - 12) : t.idx]))


#: Words that describe a person's standing, written in lower case before a name mid-sentence
#: and capitalised only when they open one (`Challenger Ottla Sandquist said`).
_DESCRIPTORS = frozenset(
    "challenger incumbent opposition candidate contender rival nominee frontrunner "
    "front-runner veteran activist campaigner lawmaker legislator dissident exile former "
    "outgoing incoming acting interim embattled ousted jailed detained exiled".split()
)


def _sentence_opener(token: Token) -> bool:
    """The token opens a sentence or a line, after a list marker at most (`- Turnout was`)."""
    if token.is_sent_start or token.i == 0 or "\n" in token.doc[token.i - 1].text:
        return True
    return (
        token.doc[token.i - 1].text in _BULLETS and _row_cell_start(token.doc, token.i) is not None
    )


def _opener(token: Token) -> bool:
    """The token opens a sentence or a bracket that goes on after it (`[Interpreter's note:
    …]`; not an editor's `Ben [Stephenson]`)."""
    doc, i = token.doc, token.i
    bracket = i > 0 and doc[i - 1].text in ("[", "(")
    closed = i + 1 < len(doc) and doc[i + 1].text in ("]", ")")
    return _sentence_opener(token) or bracket and not closed or _after_line_label(token)


def _common_caps_label(doc: Doc, a: int, b: int) -> bool:
    """Tokens a..b are a heading in capitals that opens its line (past a bullet) before a colon,
    every word a common noun or adjective (`* GRAIN RESERVE: …`, `RAIL LINK: …`): a factbox
    item's label, no name; a transcript's `PRESIDENT SAKANDE:` holds a name word."""
    if b >= len(doc) or doc[b].text != ":" or not all(t.is_upper for t in doc[a:b]):
        return False
    k = a - 1
    while k >= 0 and doc[k].text in _BULLETS:
        k -= 1
    if k >= 0 and "\n" not in doc[k].text and "\n" not in doc[k].whitespace_:
        return False
    return all(t.is_alpha and _common_word(t.lower_) for t in doc[a:b])


def _after_line_label(token: Token) -> bool:
    """The token follows an upper-case label opening its line (`BREAKING: Magnitude 7.2
    earthquake`, `UPDATE: Turnout …`), where a sentence starts again."""
    doc, i = token.doc, token.i
    if i < 2 or doc[i - 1].text != ":":
        return False
    label = doc[i - 2]
    return label.is_upper and label.is_alpha and len(label) > 2 and _sentence_opener(label)


def _descriptor_cut(doc: Doc, a: int, b: int) -> int:
    """The start of a person's name after the descriptor words a sentence opens with
    (`Challenger Ottla Sandquist`, `Opposition leader …`): capitalised only there, they are
    standing or role words (`_DESCRIPTORS`, `ROLE_NOUNS`, `_TITLE_WORDS`) that spaCy's
    vocabulary knows as common words. A word the article merely also writes in lower case is
    no descriptor: it may be a first name (`Rose Mary Tell` beside `prices rose`, `Mark
    Anthony Brenn` beside `to mark the victory`, `Grace Ottla Sandquist`). Two words of name
    stay."""
    if not _sentence_opener(doc[a]):
        return a
    while b - a > 2 and doc[a].is_title:
        low = doc[a].lower_
        role = low in _DESCRIPTORS or low in ROLE_NOUNS or low in _TITLE_WORDS
        if not role or not _common_word(low):
            break
        a += 1
    return a


#: Words before a people's name used as a noun for one of them (`every Velorian`).
_ONE_OF_A_PEOPLE = frozenset("every each fellow ordinary".split())


#: Verbs a headline puts after its subject (`Orvald Brisk Says …`), never a name's last word.
_HEADLINE_VERBS = frozenset(
    "says said tells told asks asked adds added claims warns urges slams blasts insists vows "
    "denies rejects responds wins loses leads beats calls".split()
)


def _common(token: Token, body_words: set[str]) -> bool:
    """A headline word the body writes in lower case (`Says`, `Apologizes`: `apologize`)."""
    low = token.lower_
    forms = {low, low[:-1] if low.endswith("s") else low, low[:-2] if low.endswith("es") else low}
    if forms & body_words or _verb_form(low):
        return True
    found = lookup(token.text)  # `Sanders Iowa Win`: a place beside the name
    return found is not None and found[1] in ("name", "demonym", "state")


def _headlines(doc: Doc) -> tuple[set[int], set[str]]:
    """The char offsets of the tokens in Title Case or upper-case lines (headlines,
    crossheads; not a table's rows, whose cells capitalise names: `| Dastrian Unity Party |`),
    and the words (and lemmas) the other lines write in lower case."""
    heads: set[int] = set()
    body: set[str] = set()
    line: list = []
    for t in [*doc, None]:
        if t is not None and "\n" not in t.text:
            line.append(t)
            continue
        words = [w for w in line if w.is_alpha and len(w) > 3 and not w.is_stop]
        caps = sum(1 for w in words if w.text[:1].isupper())
        row = bool(line) and line[0].text == "|"
        if len(words) >= 2 and caps == len(words) and len(line) <= 30 and not row:
            heads.update(w.idx for w in line)
        else:
            body.update(x for w in line if w.is_lower and w.is_alpha for x in (w.text, w.lemma_))
        line = []
    return (heads if body else set()), body


#: Offices of a place: the words before them name the place (`Charlotte Mayor Jo Ruiz`).
_PLACE_OFFICES = frozenset(
    "mayor governor gov gov. president premier senator sen sen. congressman congresswoman "
    "representative rep rep. attorney".split()
)


def _title_cut(doc: Doc, a: int, b: int) -> tuple[int, int, str]:
    """A PERSON span that ends in a title before a name (`Charlotte Mayor` + `Jo Ruiz`) is the
    place or body the title belongs to: cut the title, and label the rest GPE for a place's
    office, ORG for another (`Apex CEO`)."""
    if b >= len(doc) or not doc[b].is_title or doc[b].pos_ != "PROPN":
        return a, b, "PERSON"
    end = b
    while (
        end > a
        and doc[end - 1].is_title
        and (doc[end - 1].lower_ in ROLE_NOUNS or doc[end - 1].lower_ in _TITLE_WORDS)
    ):
        end -= 1
    if end in (a, b):
        return a, b, "PERSON"
    return a, end, "GPE" if doc[b - 1].lower_ in _PLACE_OFFICES else "ORG"


def _clean(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    """Split a span at line breaks, brackets, a table's cell bars (`Turnout | Swing |`: no
    name runs over a cell's end) and a spaced dash (`KERROW - Ostrenia`: a dateline NER read
    into the name after it); trim articles, possessives and punctuation."""
    pieces: list[tuple[int, int]] = []
    a = start
    for i in range(start, end + 1):
        text = doc[i].text if i < end else ""
        if (
            i == end
            or doc[i].is_space
            or "\n" in text
            or text in '()[]"“”|'
            or _spaced_dash(doc, i)
        ):
            pieces.append((a, i))
            a = i + 1
    cleaned = []
    for a, b in pieces:
        while a < b and (doc[a].lower_ in _LEADING or doc[a].is_punct):
            a += 1
        b = _without_figures(doc, a, b)
        if b > a and doc[a].text[:1].isupper():
            cleaned.append((a, b))
    return cleaned


def _without_figures(doc: Doc, a: int, b: int) -> int:
    """The end of span `a`..`b` without trailing possessives, punctuation and figures
    (`_figure`); an amount's currency code goes with it, and the words that led to it
    (`the Company for AKR 38.00`: `Company`)."""
    figure = False
    while b > a and (doc[b - 1].text in _POSSESSIVE_TOKENS or doc[b - 1].is_punct):
        b -= 1
    while b > a and _figure(doc[b - 1]):
        share = "%" in doc[b - 1].text or b < len(doc) and doc[b].text == "%"
        figure = figure or not share
        b -= 1
        while b > a and (doc[b - 1].text in _POSSESSIVE_TOKENS or doc[b - 1].is_punct):
            b -= 1
    code = doc[b - 1].text if b > a else ""
    if figure and b - a > 1 and len(code) == 3 and code.isalpha() and code.isupper():
        b -= 1  # `AKR 38.00`: the amount's currency
        while b > a and (doc[b - 1].is_lower or doc[b - 1].is_punct):
            b -= 1
    return b


def _figure(t: Token) -> bool:
    """A count or share NER read into the name before it (`Farmers' League nine`, `Dravescu
    41.6%`): a number in lower-case words or with a decimal point or percent sign; a
    capitalised number word or a whole number may be the name's own (`Formula One`,
    `Channel 4`)."""
    if not t.like_num:
        return False
    after = t.nbor(1).text if t.i + 1 < len(t.doc) else ""
    return t.is_lower or "." in t.text or "," in t.text or "%" in t.text or after == "%"


def _lower_noun(t: Token) -> bool:
    """A lower-case word the small model tagged a proper noun (`ministry` after `foreign`)."""
    return t.pos_ == "PROPN" and t.is_lower and t.is_alpha and not _common_adjective(t.lower_)


def _common_adjective(low: str) -> bool:
    index = _lemma_index()
    return bool(index) and low in index.get("adj", ()) and low not in index.get("noun", ())


def _spaced_dash(doc: Doc, i: int) -> bool:
    """Token `i` is a dash with a space before it, between words (`KERROW - Ostrenia`, `Kell
    – Varn`), not a hyphen inside a word (`Brevland-flagged`)."""
    return doc[i].text in _DASHES and i > 0 and bool(doc[i - 1].whitespace_)


def _abbreviated_rank(doc: Doc, i: int) -> bool:
    """Token `i` is a rank word with its period (`Col.`, `Lt .`)."""
    word = doc[i].lower_
    dotted = word.endswith(".") or i + 1 < len(doc) and doc[i + 1].text == "."
    return dotted and doc[i].is_title and word.rstrip(".") in wordlists.RANK_WORDS


def _branch_after_rank(doc: Doc, i: int) -> bool:
    """Token `i` abbreviates a corps or branch after a rank (`Inf.` in `Col. Inf. Irham
    Sudarso`, `Cav.`, `Mar.`): a short capitalised word with a period right after a rank."""
    t = doc[i]
    word = t.text.rstrip(".")
    nxt = i + 1 if t.text.endswith(".") else i + 2
    if nxt > len(doc) or nxt == i + 2 and doc[i + 1].text != ".":
        return False
    if not (2 <= len(word) <= 4 and word.isalpha() and word.istitle()):
        return False
    if nxt < len(doc) and doc[nxt].pos_ != "PROPN":
        return False  # `I forgave General Koll. You are wrong`: a surname ends the sentence
    k = i - 1 if i > 0 and doc[i - 1].text != "." else i - 2
    if k < 0 or doc[k].lower_.rstrip(".") not in wordlists.RANK_WORDS or not doc[k].is_title:
        return False
    return word not in _full_name_words(doc)  # not `Koll` of `Matthias Koll`


def _full_name_words(doc: Doc) -> list[str]:
    """The words of the doc's PERSON entities of two words or more, found once per doc (kept
    in its user_data, a list as a doc's user data is serialised): `_branch_after_rank` asks
    per rank, and `doc.ents` is rebuilt on each read."""
    words = doc.user_data.get(_FULL_NAME_WORDS_KEY)
    if words is None:
        found = {w for e in doc.ents if e.label_ == "PERSON" and len(e) > 1 for w in e.text.split()}
        words = doc.user_data[_FULL_NAME_WORDS_KEY] = sorted(found)
    return words


_FULL_NAME_WORDS_KEY = "newsgraph.entities.full_name_words"


def _rank_end(doc: Doc, a: int, b: int, dotted: bool = False) -> int:
    """The index after a military or police rank opening the span (`Rear Admiral`, `Lt. Col.`,
    `Major General`), when two or more capitalised proper nouns follow it (the name); `a`
    when no rank opens it. A rank's words are no part of a person's name. `dotted` reads
    instead abbreviated ranks with their periods and a corps or branch abbreviated after one
    (`Col. Inf.`, `Lt. Col. Cav.`: NER tags `Inf` a person, `Lt.` a body) before any
    capitalised word."""
    i = a
    if dotted:
        while i < b and (_abbreviated_rank(doc, i) or _branch_after_rank(doc, i)):
            i += 2 if i + 1 < len(doc) and doc[i + 1].text == "." else 1
        return i if i > a and i < len(doc) and doc[i].is_title else a
    while i < b and doc[i].is_title and doc[i].lower_.rstrip(".") in wordlists.RANK_WORDS:
        i += 1
    if i == a or not any(doc[k].lower_.rstrip(".") in wordlists.RANK_HEADS for k in range(a, i)):
        return a
    name = doc[i:b]
    if len(name) < 2 or not all(t.is_title and t.pos_ == "PROPN" for t in name):
        return a
    if any(t.lower_ in _COMPANY_NAME_WORDS for t in name):
        return a  # `General Dynamics Holdings`
    return i


def _firm_names(doc: Doc) -> dict[str, dict[str, str]]:
    """First word -> {normalised name: name} of the company names NER found (`Portavel` ->
    `Portavel Holdings`), in one pass over the entities (a look-up per short name after it,
    not a pass per mention: that was mentions x entities)."""
    out: dict[str, dict[str, str]] = {}
    for e in doc.ents:
        for a, b in _clean(doc, e.start, e.end):
            if b - a > 1 and doc[b - 1].lower_ in _ORG_FORMS:
                name = doc[a:b].text
                out.setdefault(doc[a].text, {})[norm(name)] = name  # the last, as before
    return out


#: A word of a role (`Lt.`, `Vice-President`, `O’Neill`).
_TITLE_WORD = re.compile(r"[\w'’.-]+")


def _org_head(words: tuple[str, ...]) -> str:
    """An organisation name's head noun: its last word, or the one before its first `of`
    (`Court of Appeal`, `Bank of Ostrelia`)."""
    cut = words.index("of", 1) if "of" in words[1:] else len(words)
    return words[cut - 1]


def _possessed(words: tuple[str, ...]) -> bool:
    """`Morvaine 's electoral commission`: an owner's name, then lower-case words."""
    end = _possessor_end(words)
    return 0 < end < len(words) and all(w.islower() for w in words[end:])


def _possessor_end(words: tuple[str, ...]) -> int:
    """The index after the possessor's words (`Morvaine's` or `Morvaine` `'s`), else 0."""
    for i, w in enumerate(words):
        if w in _POSSESSIVE_TOKENS or w.endswith(("'s", "’s")):
            return i + 1
    return 0


def _named_before(group: _Group, at: int) -> int:
    return sum(1 for m in group.mentions if m.start < at and m.link == "name")


def _acronym(name: str) -> str:
    words = [w for w in re.findall(r"[\w]+", name) if w.lower() not in _ACRONYM_STOP]
    return "".join(w[0] for w in words if w[0].isupper())


#: Day names: `The Sunday Times` is a weekday edition of `the Times`.
_WEEKDAYS = frozenset(d.lower() for d in calendar.day_name)


def _paper_words(name: str) -> list[str]:
    """A paper's name's words without a leading `The`."""
    words = name.split()
    return words[1:] if words and words[0].lower() == "the" else words


#: A paper's name as its own newsroom's, right after the name (`the Times's reporter`,
#: `the Examiner's chief correspondent`): the article's outlet speaking of itself.
_OWN_NEWSROOM = re.compile(
    r"['’]s?\s+(?:[a-z]+\s+)?(?:reporters?|correspondents?|journalists?|editors?|writers?|"
    r"columnists?|photographers?|staff|newsroom)\b"
)
#: A bracket right after a name, holding a quoted defined term (`("Vendral" or "the
#: Company")`, `(the "Buyer")`).
_DEFINING_BRACKET = re.compile(r"\s?\(([^()\n]{0,80}[\"“][^()\n]{1,80})\)")
_QUOTED_TERM = re.compile(r"[\"“]([^\"“”]{1,60})[\"”]")


def _defined_terms(inside: str) -> set[tuple[str, ...]]:
    """The casefolded words of each quoted term in a defining bracket, without `the`."""
    return {
        tuple(w.casefold() for w in re.findall(r"[\w&'’-]+", term) if w.casefold() != "the")
        for term in _QUOTED_TERM.findall(inside)
    }


def _initials_of(acronym: str, name: str) -> bool:
    """`name`'s initials are `acronym` and the acronym is no international organisation's
    known by another name (`WHO` is the World Health Organization's, not the `Western Hockey
    Organisation`'s unless the text says so in brackets)."""
    if _acronym(name) != acronym:
        return False
    names, acronyms = _igos()
    return acronym not in acronyms or _igo_key(name) in names


def _igo_key(name: str) -> str:
    return re.sub(r"isation\b", "ization", norm(name))


@lru_cache(maxsize=1)
def _igos() -> tuple[frozenset[str], frozenset[str]]:
    """The actor dictionary's international organisations: names, and the acronyms they are
    written as or have as initials (names of three words or more: `world health
    organization`)."""
    forms = igo_names()
    acronyms = {f for f in forms if f.isupper()}
    acronyms |= {a for f in forms if len(a := _acronym(f.title())) >= 3 and " " in f}
    return frozenset(_igo_key(f) for f in forms), frozenset(acronyms)


def _person_key(text: str) -> tuple[str, ...]:
    toks = tuple(norm(t) for t in re.findall(r"[\w.'’-]+", text))
    return tuple(t for t in toks if t and t not in _HONORIFICS and t not in _NOT_ROLES)


def _contains(full: tuple[str, ...], part: tuple[str, ...]) -> bool:
    n = len(part)
    return n > 0 and any(full[i : i + n] == part for i in range(len(full) - n + 1))


# -- dateline and label evidence ----------------------------------------------------------------

#: Upper-case labels a paragraph can open with that are no place.
_DATELINE_STOP = frozenset(
    "breaking update updates updated exclusive watch live analysis opinion editorial comment "
    "review correction advisory urgent flash photo video news fact check alert explainer "
    "interview".split()
)
#: Kinds of the country tables that name a body, not a place (`NATO —` opens no dateline).
_BODY_KINDS = frozenset({"gov", "org", "igo", "person", "actor", "holder"})
#: Paragraphs of the body a dateline may open (the title comes first when the text has one).
_DATELINE_PARAGRAPHS = 3


@dataclass(frozen=True, slots=True)
class Dateline:
    """The places (char spans) and the agency a dateline names."""

    places: tuple[tuple[str, int, int], ...]
    agency: tuple[str, int, int] | None = None
    #: what follows the places when it is no date: the country or region (`, Ondara`)
    region: tuple[str, int, int] | None = None
    #: where the paragraph's own text starts, after the dateline's dash
    end: int = 0


def dateline(text: str) -> Dateline | None:
    """The dateline opening one of the first paragraphs of an article, or None. Each place is
    (its name in title case, start, end), the span into `text` (`TORVA ALTA` → `Torva Alta`)."""
    paragraphs = 0
    for line in re.finditer(r"[^\n]+", text):
        paragraphs += 1
        if paragraphs > _DATELINE_PARAGRAPHS:
            return None
        m = DATELINE.match(text, line.start(), line.end())
        if m is None:
            continue
        places = []
        state = None
        at = m.start("places")
        for part in m.group("places").split("/"):
            a = at + len(part) - len(part.lstrip())
            name = part.strip()
            if " " in name and city_and_state(name):  # `DENVER CO -`: the city, then its state
                name, code = name.rsplit(" ", 1)
                state = (code, a + len(name) + 1, a + len(name) + 1 + len(code))
            known = lookup(name)
            if (
                len(name) > 2
                and not _DATELINE_STOP.intersection(name.lower().split())
                and not (known and known[1] in _BODY_KINDS)
            ):
                places.append((name.title(), a, a + len(name)))
            at += len(part) + 1
        if not places:
            continue
        agency = None
        if len(credit_list(m.group("agency"))) == 1:  # `(XNA)`; not `(updated)`
            agency = (m.group("agency"), m.start("agency"), m.end("agency"))
        region = None
        rest = m.group("rest")
        first = rest[1:].split(",")[0] if rest else ""  # `, Valmora, April 2` -> `Valmora`
        if first.strip() and not re.search(r"\d", first):
            a = m.start("rest") + 1 + len(first) - len(first.lstrip())
            region = (first.strip(), a, a + len(first.strip()))
        return Dateline(tuple(places), agency, region or state, m.end())
    return None


#: A capitalised name of one or two words (`Doravia`, `New Ostrel`).
_TIE_NAME = r"(?P<y>[A-Z][\w'-]+(?: [A-Z][\w'-]+)?)"
#: Nouns of a settlement in `Halden, a town in Doravia`.
_TOWN_NOUNS = "town|city|village|port|capital|district|suburb|municipality|settlement"
#: Words after a dateline's comma that name no country.
_NO_COUNTRY = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday today yesterday tonight january "
    "february march april may june july august september october november december jan feb mar "
    "apr jun jul aug sep sept oct nov dec updated".split()
)


#: A capitalised run of up to four words: a place the patterns below may tie.
_TIE_PLACE = r"(?P<x>[A-Z][\w'.-]*(?: [A-Z][\w'.-]*){0,3})"
#: `in PLACE, COUNTRY` where the clause goes on after the country.
_TIE_IN = re.compile(
    rf"\b(?:in|near|outside|from|at) {_TIE_PLACE}, {_TIE_NAME}"
    rf"(?=[.;:)]|, (?!and |or )[a-z]| (?:on|at|in|for|where|when|last|this|next)\b)"
)
#: `PLACE, a small town in COUNTRY`.
_TIE_TOWN = re.compile(
    rf"\b{_TIE_PLACE}, (?:an?|the) (?:[a-z-]+ ){{0,2}}(?:{_TOWN_NOUNS}) (?:in|of) "
    rf"(?:[a-z]+ )?{_TIE_NAME}"
)
_TIE_PATTERNS = (_TIE_IN, _TIE_TOWN)


def _tied_places(text: str, names: list[str]) -> dict[str, str | None]:
    """Places the article ties to a country: norm(place) -> ISO3 of that country, or None when
    the country is one the tables do not know. From a dateline `PLACE, COUNTRY` and from
    `in PLACE, COUNTRY` or `PLACE, a town in COUNTRY`; a country that is a city (`in Paris,
    London and Rome`) makes a list, no tie."""
    ties: dict[str, str | None] = {}

    def country(y: str, list_ok: bool) -> tuple[bool, str | None]:
        if y.split()[0].lower().rstrip(".") in _NO_COUNTRY:
            return False, None  # `LONDON, Thursday (Reuters) -`
        if y.endswith(".") or (y.isupper() and len(y) <= 4):
            return False, None  # an abbreviated state or region: `SACRAMENTO, Calif. (AP) -`
        known = lookup(y)
        if known and known[1] not in _BODY_KINDS:
            if not list_ok and known[1] in ("city", "capital"):
                return False, None
            return True, known[0]
        if known or geocode(y):
            return False, None
        return True, None

    found = dateline(text)
    if found and found.region:
        ok, iso3 = country(found.region[0], True)
        if ok and iso3 is None:
            # `MUNICH, Bavaria -`: a region, in its own country when the region table knows
            # it, else in the place's (unknown) one, unless the text gives the name a
            # national office
            iso3 = region_country(found.region[0])
            ok = iso3 is not None or _treated_as_country(found.region[0], text)
        if ok:
            for name, _, _ in found.places:
                ties[norm(name)] = iso3
    wanted = {norm(n): n for n in names if len(n) >= 3}
    # One scan per pattern over the text (not one per name: that was names x text), each
    # captured run then looked up, its shorter endings too (`Port Halden` holds `Halden`).
    for pattern in _TIE_PATTERNS:
        for m in pattern.finditer(text):
            run = m.group("x").split()
            for k in range(len(run)):
                key = norm(" ".join(run[k:]))
                if key not in wanted or key in ties:
                    continue
                if k and pattern is _TIE_IN:
                    continue  # `in Port Halden, Y` does not say `in Halden`
                ok, iso3 = country(m.group("y"), False)
                if ok:
                    ties[key] = iso3
                break
    return ties


#: Offices only a country has (`Valmora's foreign minister`, `the Valmoran army`); a region
#: has a government, a parliament, police and a people's name too (`Bavarian police`).
_NATIONAL_OWNED = (
    "prime minister|foreign minister|defence minister|defense minister|army|armed forces|"
    "military|foreign ministry|embassy|ambassador|head of state"
)


def _region_name(text: str) -> bool:
    """A dateline's `, Region` that names a place: capitalised words, no weekday or month, no
    abbreviation (`Calif.`), no body (`NATO`)."""
    words = text.split()
    known = lookup(text)
    return (
        0 < len(words) <= 3
        and all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words)
        and words[0].lower() not in _NO_COUNTRY
        and not (known and known[1] in _BODY_KINDS)
    )


def _treated_as_country(name: str, text: str) -> bool:
    """The text gives a name the tables lack a national office: owned (`Valmora's foreign
    minister`) or through its demonym (`the Valmoran army`). A dateline's `, Region` with
    neither is a region (`MUNICH, Bavaria – Bavarian police`), in the place's own country."""
    if not name[:1].isupper() or " " in name:
        return False
    office = rf"(?:[a-z]+ )?(?:{_NATIONAL_OWNED})\b"
    if re.search(rf"\b{re.escape(name)}(?:'s|’s) {office}", text, re.I):
        return True
    stems = "|".join(re.escape(x) for x in {name, name[:-1]})
    for m in re.finditer(rf"\b(?:{stems})(?:n|an|ian|i|ese|ish)\b (?={office})", text, re.I):
        if m.group().strip() != name and demonym_of(m.group().strip(), name):
            return True
    return False


#: Prepositions before a place (`talks in Torva Alta`, `near Serin Major`).
_IN_PLACE = frozenset("in near outside".split())
#: Prepositions before a place NER missed (`a strike at Saltvik`); `at` also comes before
#: companies and venues (`on sale at Ticketlane`), so a name found only after it needs a
#: second place cue (`_place_cue`).
_LOCATIVE = _IN_PLACE | {"at"}
#: Prepositions that put a place inside the words naming a speaker (`officials in Selmar`,
#: `protesters across Selmar`): the locative ones and those of a place's extent or origin.
LOCATING = _LOCATIVE | {"from", "across", "around", "throughout"}
#: Nouns a place owns (`Veloria's waters`, `Kestria's government`), and no person does.
_PLACE_OWNED = frozenset(
    "waters territory coast coastline border borders capital port ports coastguard navy "
    "citizens population ministry embassy consulate nationals ambassador envoy delegation".split()
)
#: Offices a place owns, and no person or company (`Morvaine's interior minister`,
#: `Morvaine's electoral commission`): modifier and head noun of the possessed phrase.
_NATION_OFFICES = frozenset(
    """
    prime|minister foreign|minister interior|minister defence|minister defense|minister
    finance|minister foreign|ministry interior|ministry defence|ministry defense|ministry
    electoral|commission armed|forces customs|service customs|agency border|guard border|police
    immigration|service
    """.split()
)
#: A national vote (`Morvaine's disputed presidential count`): one of these modifiers
#: and one of the `_VOTES` heads.
_NATIONAL_VOTES = frozenset("presidential parliamentary general".split())
_VOTES = frozenset("election elections count vote race ballot poll runoff".split())
#: Of those, the ones a minister, ambassador or consul owns too (`Farrant's ministry`).
_OFFICE_OWNED = frozenset("ministry embassy consulate ambassador envoy delegation".split())
#: A state's envoys and offices, before `of` and a one-word name (`the representative of
#: Brenland`, `the foreign ministers of Corvaine, Lisset and Tamberg`): lemmas.
_STATE_OF = frozenset(
    "representative ambassador envoy delegate delegation embassy government minister".split()
)
#: What states do in a vote, and people seldom (`Brenland abstained`, `Oskaria vetoed`): lemmas.
_STATE_VERBS = frozenset({"abstain", "veto"})
#: Verbs of giving whose subject is a state or a city (`Corland pledged $10 million`).
_DONOR_VERBS = frozenset("pledge donate contribute".split())
#: What a governor or president vetoes, and no state (`Marlow vetoed the bill`): lemmas.
_LAWS = frozenset("bill law legislation measure ordinance".split())
#: Envoys a company sends too (`Harlow's delegation`), unlike a ministry or a navy.
_ENVOYS = frozenset("ambassador envoy delegation".split())
#: Nouns a country's name modifies, and no person's (`19 Velmark nationals`).
_COUNTRY_MODIFIED = frozenset("nationals citizens".split())
#: Participles a country's name modifies as `Velmark-flagged`, `a Velmark registered tanker`;
#: after a name as the subject they are verbs (`Marrow flagged several payments`).
_COUNTRY_PARTICIPLES = frozenset("flagged registered".split())
#: Verbs and nouns of going somewhere (`flew to X`, `a visit to X`).
_MOTION = frozenset(
    "fly travel return go come head sail drive move march walk flee trip visit journey "
    "flight voyage".split()
)
#: `the city of X`, `the port of X`.
_PLACE_KINDS = frozenset(
    "city town village port capital region province island islands state district county "
    "republic kingdom".split()
)
_DEMONYM_SHAPE = ("an", "ese", "ish", "i")


def _donor(doc: Doc, i: int) -> str:
    """The words that make the place at token `i` a giver (`Corland pledged`, `$10 million
    from Corland`): a state or a city, which NER's LOC (a region, a natural feature) is not;
    '' otherwise."""
    t = doc[i]
    if t.dep_ == "nsubj" and t.head.lemma_ in _DONOR_VERBS:
        return f"{t.text} {t.head.text}"
    of = t.head
    if t.dep_ == "pobj" and of.lower_ == "from" and of.head.ent_type_ == "MONEY":
        return f"{of.head.text} from {t.text}"
    return ""


def _listed_donor(doc: Doc, i: int) -> str:
    """The words that make the one-word name at token `i` a state among states that give
    (`$10 million from Corland, 4 million euros from Halveth`): a sum from it in a sentence
    where another sum comes from a place NER or the tables know. A company alone may give a
    sum; one listed beside countries is read as one of them. '' otherwise."""
    t = doc[i]
    if not _sum_from(t):
        return ""
    for u in t.sent:
        if u.i != i and _sum_from(u) and (u.ent_type_ in ("GPE", "LOC") or is_place(u.text)):
            return f"{t.head.head.text} from {t.text} beside {u.text}"
    return ""


def _sum_from(t: Token) -> bool:
    """Token `t` is the `from` object of a sum (`$10 million`, `4 million euros`)."""
    of = t.head
    if t.dep_ != "pobj" or of.lower_ != "from":
        return False
    head = of.head
    return (
        head.ent_type_ == "MONEY"
        or head.pos_ == "NOUN"
        and any(c.dep_ == "nummod" for c in head.children)
    )


def _kind_of_place(doc: Doc, i: int) -> str | None:
    """The kind of place (`_PLACE_KINDS`, singular or plural) the name at token `i` is the
    `of` object of, itself or as a later conjunct (`the city of Orvik`, `the districts of
    Tarvo and Melk`), or None."""
    t = doc[i]
    while t.dep_ == "conj" and t.head.i < t.i:
        t = t.head
    j = t.i
    if j < 2 or doc[j - 1].lower_ != "of":
        return None
    kind = doc[j - 2].lower_
    forms = {kind, kind[:-1], kind[:-3] + "y"}  # `districts`, `counties`
    return kind if forms & _PLACE_KINDS else None


#: Endings that make a one-word name a country's by its shape (`Kurdistan`, `Valdoria`): a
#: bank or university `of` such a name is a country's, where `Hartwell` may be a founder's.
#: Not `-land`: surnames share it (`Copeland`, `Strickland`); an `-ia` name is a country's
#: only when the dictionaries know no person by it (`Lucia`, `Maria` are given names).
_COUNTRY_ENDINGS = ("stan", "ia")
_DEMONYM_REST = ("n", "an", "ian", "i", "ese", "ish")
#: First words of street and landmark names (`Avenida del Puerto`, `Mount Varn`).
_PLACE_HEADS = frozenset(
    "avenida avenue calle rue via plaza piazza praca boulevard mount lake cape fort port "
    "bay gulf strait river".split()
)


#: Roads, crossings and open places a town's name modifies (`the Kessel ring road`): the
#: streets and squares (`wordlists.STREET_NOUNS`) and the ways across land and water.
_ROUTE_NOUNS = wordlists.STREET_NOUNS | frozenset(
    "highway motorway bypass bridge tunnel airport station harbour harbor port dam canal "
    "railway junction roundabout crossing ferry".split()
)
#: Last words of natural features (`Kell Strait`, `Red Sea`): the name is a LOC.
_NATURAL_HEADS = wordlists.NATURAL_FEATURE_HEADS
#: Natural features a one-word name before them in lower case names (`the Orvan valley`, `the
#: Sarn river`): the name is the feature's, a LOC, whatever NER tagged it (a person, a body).
#: Not the coasts, seas and bays a country or town owns (`the Kessel coast`).
_FEATURE_NOUNS = frozenset("valley river basin delta gorge canyon plateau estuary glacier".split())
#: Last words of programmes' and market bodies' names that no person's name ends in
#: (`Common Regional Electricity Market`, `Orle Basin Grain Reserve`).
_SCHEME_HEADS = frozenset("market reserve exchange facility mechanism scheme corridor".split())


def _place_name_word(doc: Doc, i: int) -> bool:
    """Token `i` is a natural feature's head (`basin` after `Sarani`): the word before it
    opens a place's name, no people's adjective, unless it is a demonym of a place the
    article names (`Velorian coast`: the caller asks `_place_of`)."""
    return i < len(doc) and doc[i].lower_ in _NATURAL_HEADS


#: Latin endings of a species' second word (`falciparum`, `cholerae`, `aureus`, `coli`); not
#: `-es`/`-s` alone, a verb's (`Obama hopes`, `Senate races`).
_EPITHET_ENDINGS = ("um", "us", "ae", "is", "i", "a", "ensis", "ii")


def _species_name(doc: Doc, a: int, b: int) -> bool:
    """Span `a`..`b` opens an organism's two-word Latin name (`Vibrio cholerae`, or
    `Plasmodium` tagged alone before `falciparum`): a capitalised word before a lower-case noun
    or adjective with a Latin ending that is no English word nor a name's particle (`van`)."""
    if a + 1 >= len(doc) or not doc[a].is_title:
        return False
    t = doc[a + 1]
    low = t.lower_
    if not (t.is_lower and t.is_alpha and len(low) > 3 and low.endswith(_EPITHET_ENDINGS)):
        return False
    if t.pos_ in ("VERB", "AUX", "ADV", "ADP", "PRON", "DET") or low in wordlists.NAME_PARTICLES:
        return False
    lemma = t.lemma_.lower()
    return not any(_common_word(w) or everyday_word(w) for w in {low, lemma})


#: Last words of the names of events, prizes and agreements (`the Lantern Marches`, `the
#: Halden Peace Prize`, `the Dalvane Accords`): no organisation, person or place; the kept
#: types have none for them, so such a name makes no entity.
_EVENT_HEADS = frozenset(
    "prize prizes award awards medal trophy cup uprising revolution rebellion revolt "
    "insurrection massacre war riots protests marches summit festival olympics championship "
    "championships marathon accords accord treaty agreement".split()
)
#: Nouns after a prize's or event's name used as a modifier (`Heisman Trophy winner`): lemmas.
_WINNERS = frozenset("winner laureate recipient nominee ceremony".split())
#: Event heads that also end a region's name (`the Welsh Marches`): not for a place NER tagged.
_REGION_EVENT_HEADS = frozenset({"marches"})
#: Event heads that also end a company's name (`Epic Games`): only after `the`.
_FIRM_EVENT_HEADS = frozenset({"games"})
#: Words after `from X to` that close a range of places (`from Fennick to the coast`).
_RANGE_ENDS = frozenset(
    "coast sea border borders north south east west mountains hills capital city interior "
    "frontier".split()
)
#: A clock time just before a word (`15:20`, `15.31`, `8am`, `8 p.m.`).
#: A clock time before a zone: `17:45`, `5.45`, `3 p.m.`, or four figures (`0114 GMT`).
_CLOCK_BEFORE = re.compile(
    r"(?:\b\d{1,2}[:.]\d{2}|\b(?:[01]\d|2[0-3])[0-5]\d|\b\d{1,2}\s*[ap]\.?m\.?)\s*\(?$", re.I
)
#: Nouns after a name that only a company or a club has (`Norvik City manager`).
_ORG_OWNED = frozenset(
    "shares stock shareholders investors ceo executives employees manager coach striker "
    "midfielder defender goalkeeper winger squad players".split()
)
#: What a company's name owns, after `X's` (`Tarsenergia's chief executive`): no state's.
_FIRM_OWNED = _ORG_OWNED | frozenset("executive executives chairman chairwoman profits".split())
#: Last words of company and club names (`Portavel Holdings`, `Norvik City`): the first word
#: alone may name the company, not the city it is named after.
_ORG_FORMS = frozenset(
    "holdings group corp corp. corporation inc inc. ltd ltd. plc llc co co. company bank "
    "airlines airways motors energy industries partners united city fc athletic rovers "
    "wanderers".split()
)
#: Titles that, after `the`, name one person (`the Dalai Lama`, `the Aga Khan`): no thing's name.
_TITLE_NAMES = frozenset(
    "lama pope pontiff khan emir sultan shah caliph patriarch ayatollah prince princess king "
    "queen duke duchess earl baron archbishop bishop cardinal imam rabbi sheikh maharaja mufti "
    "rinpoche karmapa".split()
)


def _ministry_key(name: str) -> tuple[tuple[str, ...], str | None] | None:
    """A ministry's portfolio words and owner in its name's forms: `Ministry of Health of
    Orvania`, `Orvania's health ministry` -> (`health`,), `Orvania`; `the Health Ministry` ->
    (`health`,), None. None for another name, or a ministry named by no portfolio."""
    words = name.split()
    owner = None
    if len(words) > 2 and words[0].lower() == "ministry" and words[1] == "of":
        rest = words[2:]
        ofs = [i for i, w in enumerate(rest) if w == "of" and 0 < i < len(rest) - 1]
        if ofs and rest[ofs[-1] + 1][:1].isupper():
            owner, rest = " ".join(rest[ofs[-1] + 1 :]), rest[: ofs[-1]]
    elif len(words) > 1 and words[-1].lower() == "ministry":
        rest = words[:-1]
        if rest[0].endswith(("'s", "’s")):
            owner, rest = rest[0][:-2], rest[1:]
    else:
        return None
    portfolio = tuple(w.lower() for w in rest if w.lower() != "the")
    if not portfolio or len(portfolio) > 3 or not all(w.isalpha() for w in portfolio):
        return None
    if portfolio[0] in _LEADING or owner is not None and not owner[:1].isupper():
        return None
    return portfolio, owner


def _of_family(group: _Group, fulls: list[_Group]) -> bool:
    """Another person of the article has this full name's surname (`Heidi Cruz`, `Ted Cruz`)."""
    last = group.tokens[-1]
    return len(group.tokens) > 1 and any(
        g is not group and len(g.tokens) > 1 and g.tokens[-1] == last for g in fulls
    )


def _kin_apposed(doc: Doc, start: int) -> bool:
    """A relative's noun and a comma before the name at `start` (`Her husband, Jaan,`)."""
    return start > 1 and doc[start - 1].text == "," and _kin_word(doc[start - 2].lower_)


#: Offices a demonym before them makes one organisation (`the Velorian defence ministry`); not
#: `guard` (`a Chinese security guard` is a person) nor `government` (the country's).
_DEMONYM_OFFICES = frozenset(
    "ministry department agency office commission council embassy bureau committee "
    "authority court parliament".split()
)
#: Relatives an apposition names (`his wife, Mirela,`, `Almane's son, Ruben`): a person.
_KIN_NOUNS = frozenset(
    "son sons daughter daughters wife husband widow widower brother sister mother father "
    "grandson granddaughter grandmother grandfather nephew niece cousin uncle aunt "
    "fiancee fiance stepson stepdaughter".split()
)
#: Kin nouns said of a person only after a possessive pronoun (`his partner`, not `its partner`).
_OWNED_KIN = frozenset({"partner"})


def _kin_word(word: str, before: str = "") -> bool:
    """A relative's noun, in any of its forms (`daughter-in-law`, `stepmother`, `half-brother`,
    `fiancée`); `partner` only after his, her or their (`before`)."""
    low = norm(word).removesuffix("-in-law").removeprefix("half-").removeprefix("great-")
    if low in _OWNED_KIN:
        return before in ("his", "her", "their")
    return low in _KIN_NOUNS or low.startswith("step") and low[4:] in _KIN_NOUNS


#: Verbs whose `in`/`from`/`into` phrase or object may be a language (`translated from the
#: Spanish`, `speaks Spanish`).
_LANGUAGE_VERBS = frozenset("translate speak write say answer reply talk publish".split())
#: The verbs whose object is a language (`speaks Spanish`); the others' object is a people
#: (`answer the French`, `talked the French into it`).
_SPEAK_VERBS = frozenset({"speak"})
#: Last words of institution names (`Bush Presidential Center`): a PERSON tag there is wrong.
_ORG_HEADS = INSTITUTION_NOUNS | frozenset(
    "center centre institute university college school academy seminary polytechnic desk "
    "conservatory observatory foundation fund library museum hospital show program programme "
    "project initiative prize award trust society".split()
)
#: Trades a company's name ends in after its own word (`Halvery Shipping`, `Ostrel
#: Maritime`): no person's name ends so (not `Power`, `Steel`: surnames too).
_TRADES = frozenset(
    "maritime shipping logistics freight mining minerals petroleum pharmaceuticals pharma "
    "textiles foods dairies breweries telecom telecoms aviation aerospace shipyards "
    "technologies electronics chemicals insurance securities properties realty coal oil gas "
    "energy cement quarries quarrying collieries security cargo bullion trading".split()
)
#: Last words of an area's own name (`Sarnesh Free Zone`): a place, whatever NER says, when
#: the word before it says what kind of area (`The Drop Zone`, a bar, is none).
_AREA_NAME_HEADS = frozenset({"Zone"})
_AREA_NAME_KINDS = frozenset(
    "free economic exclusion industrial trade export enterprise development buffer special "
    "demilitarised demilitarized processing customs".split()
)
#: Words of company and institution names that no person's name holds (`Doctor Care
#: Holdings`, `Judge Legal Services`): a role word before them opens the name, no person's.
_COMPANY_NAME_WORDS = (
    _ORG_FORMS
    | _ORG_HEADS
    | _NOT_NAME_HEADS
    | frozenset(
        "care services service solutions systems capital partners ventures investments "
        "holding trading logistics pharma pharmaceuticals health healthcare media".split()
    )
)


def _area_named(doc: Doc, start: int, end: int) -> bool:
    """`start:end` is an area's own name (`Kestrel Free Zone`): its head after a kind of area."""
    return (
        end - start > 1
        and doc[end - 1].text in _AREA_NAME_HEADS
        and doc[end - 2].lower_ in _AREA_NAME_KINDS
    )


def demonym_of(word: str, place: str) -> bool:
    """`Velorian` is the demonym of `Veloria`, `Israeli` of `Israel`, `Ondaran` of `Ondara`."""
    if len(place) < 4 or " " in place or word == place:
        return False
    for stem in (place, place[:-1]):
        if word.startswith(stem) and word[len(stem) :] in _DEMONYM_REST:
            return True
    return False


def _demonym_in(place: str, words: set[str]) -> str | None:
    """The first demonym of `place` among `words`, by looking its forms up (not a scan)."""
    forms = (stem + rest for stem in (place, place[:-1]) for rest in _DEMONYM_REST)
    return next((w for w in forms if w in words and demonym_of(w, place)), None)


def _place_in(demonym: str, words: set[str]) -> bool:
    """A place among `words` whose demonym `demonym` is: the stem, or the stem and one letter
    (a-z: place names end in one), looked up, not scanned."""
    for rest in _DEMONYM_REST:
        if demonym.endswith(rest):
            stem = demonym[: len(demonym) - len(rest)]
            if stem in words and demonym_of(demonym, stem):
                return True
            if any(w[:-1] == stem and demonym_of(demonym, w) for w in _one_more(stem, words)):
                return True
    return False


def _one_more(stem: str, words: set[str]) -> list[str]:
    return [stem + c for c in "abcdefghijklmnopqrstuvwxyz" if stem + c in words]


def _label_key(text: str) -> str:
    return norm(text).casefold()


class _Evidence:
    """Cues for one name in one article, from every place it is mentioned."""

    __slots__ = (
        "acts",
        "body",
        "continent",
        "cues",
        "labels",
        "one_word",
        "thing_labels",
        "unknown",
        "weak",
    )

    def __init__(self) -> None:
        self.cues: dict[str, list[str]] = {}  # label -> the cues for it
        self.labels: list[str] = []  # NER's label at each mention
        #: NER's labels at the mentions read as a thing's name (`the Morning Gull near …`)
        self.thing_labels: list[str] = []
        self.one_word = False  # one-word names get no majority label (surnames: `Machado`)
        #: a name no table knows as a place (one word: nor an acronym or a person's name
        #: word): typed two ways, it gets the label most of its mentions have (`Tarsenergia`
        #: ORG twice, GPE once: one company; `Marek Ilves` PERSON twice, ORG once)
        self.unknown = False
        self.weak: list[str] = []  # the weak place cue of each mention that had one
        self.body: set[str] = set()  # NER's labels outside headlines
        self.continent = False  # `Europe`: its demonym makes no country of it
        self.acts = False  # acts as a state (`Corland pledged`): no LOC, whatever NER said

    @property
    def demonym(self) -> bool:
        return any(c.startswith("demonym") for c in self.cues.get("GPE", ()))

    def cue(self, label: str, why: str) -> None:
        whys = self.cues.setdefault(label, [])
        if why not in whys:
            whys.append(why)

    def settle(self) -> tuple[str | None, list[str]]:
        """One label (None: no entity) and the cues that gave it."""
        cues = self.cues
        if "NORP" in cues:
            return "NORP", cues["NORP"]
        if "GPE" in cues and set(cues["GPE"]) <= set(self.weak):
            # only weak cues (`in X`, `went to X`), against NER's person or organisation at
            # most mentions: `interest in Sanders`, `voters went to Clinton` make no place
            others = sum(1 for lb in self.labels if lb not in _PLACE_LABELS)
            if others >= max(3, 2 * len(self.weak)) and others > len(self.labels) - others:
                cues = {k: v for k, v in cues.items() if k != "GPE"}
                if not cues.keys() & {"PERSON", "ORG", "LOC"}:
                    rest = [lb for lb in self.labels if lb not in _PLACE_LABELS]
                    return max(rest, key=rest.count), [f"NER: {len(rest)} mentions, not a place"]
        place, person = "GPE" in cues or "LOC" in cues, "PERSON" in cues
        if "LOC" in cues and not person:
            return "LOC", cues["LOC"] + cues.get("GPE", [])
        if place and not person:
            kinds = [lb for lb in self.labels if lb in ("LOC", "FAC")]
            label = max(kinds, key=kinds.count) if kinds else "GPE"
            if (self.demonym or self.acts) and not self.continent:
                label = "GPE"  # a place whose people have a name, or that acts, is a state
            return label, cues["GPE"]
        if person and not place:
            return "PERSON", cues["PERSON"]
        if "ORG" in cues and not place and not person:
            return "ORG", cues["ORG"]
        things = self.thing_labels
        if len(things) == len(self.labels) and not place and not person:
            return None, cues["none"]
        others = list(self.labels)
        for lb in things:
            others.remove(lb)
        if things and not place and not person and set(others) == {"ORG"}:
            return "ORG", [*cues["none"], "NER: an organisation elsewhere"]
        counts = sorted((self.labels.count(lb) for lb in set(self.labels)), reverse=True)
        if (
            not self.one_word
            and self.unknown
            and set(self.labels) == {"PERSON", "ORG"}
            and counts[0] > counts[1]
        ):
            # `Marek Ilves` NER's person twice and body once: one entity, not two
            return max(self.labels, key=self.labels.count), ["most mentions"]
        if {"PERSON", "NORP"} & set(self.labels) or self.one_word and not self.unknown:
            return "", []  # NER's person labels are left to the surname rules (`Trump campaign`)
        if len(counts) > 1 and counts[0] > counts[1]:
            return max(self.labels, key=self.labels.count), ["most mentions"]
        return "", []  # no cue and no majority: each mention keeps its label


# -- building ----------------------------------------------------------------------------------


#: Words that make a role another office than the bare one (`Deputy Foreign Minister` is not
#: `the foreign minister`, `former President` not `the president`).
_RANK_QUALIFIERS = frozenset(
    "deputy vice assistant associate junior under former ex shadow outgoing incoming "
    "lieutenant lt".split()
)


def _holds_role(group: _Group, root: str, words: set[str], qualifiers: set[str]) -> bool:
    """A description (`the foreign minister`: `root` minister, `qualifiers` foreign) fits a
    person whose titles have its head and every qualifier (`Chinese` ~ `China`), and one of
    whose roles holding the head has no rank word the description lacks (a `Deputy Foreign
    Minister` is not `the foreign minister`; `retired general and former commander` is still
    `the general`)."""
    have = group.role_words
    if not (root in have or root == "leader" and have & LEADER_ROLES):
        return False
    stems = {_stem(w) for w in have}
    if any(_stem(q) not in stems for q in qualifiers):
        return False
    return any(_rank_fits(role, root, words) for role in group.roles)


def _rank_fits(role: str, root: str, words: set[str]) -> bool:
    """`role` holds the description's head (a leader's word for `leader`) at a rank the
    description names: each rank word before that head is in `words`."""
    low = [w.strip(".") for w in _TITLE_WORD.findall(role.lower())]
    heads = [i for i, w in enumerate(low) if w == root or root == "leader" and w in LEADER_ROLES]
    return any(not (set(low[:i]) & _RANK_QUALIFIERS) - words for i in heads)


def _modifier_participle(t: Token) -> bool:
    """`registered` in `a Velmark registered tanker`: a participle before the noun it
    modifies, no finite verb (`Marrow registered a complaint`, the name its subject)."""
    nxt = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
    if nxt is None or not nxt.is_lower or nxt.pos_ not in ("NOUN", "PROPN"):
        return False
    return t.tag_ == "VBN" and t.dep_ in ("amod", "compound", "nmod") and t.head.i > t.i


def _country_shaped(name: str) -> bool:
    """A one-word name ending like a country's that names no person of the dictionaries
    (`Valdoria`, `Kazbekistan`; not `Lucia`)."""
    return " " not in name and name.endswith(_COUNTRY_ENDINGS) and not is_name_word(name)


class _Builder:
    def __init__(
        self,
        doc: Doc,
        published: object = None,
        title: str | None = None,
        byline: str | None = None,
        outlet: str | None = None,
    ) -> None:
        self.doc = doc
        self.published = published
        self.title = title or ""
        self.byline = byline or ""
        self.outlet = outlet or ""
        self.own_agency = ""  # label key of a dateline's agency that is the outlet itself
        self.countries: dict[str, _Group] = {}
        self.places: dict[str, _Group] = {}
        self.orgs: dict[str, _Group] = {}
        self.people: list[_Group] = []
        self.groups: dict[str, _Group] = {}  # NORP without a country
        self.vessels: dict[str, _Group] = {}  # ships a vessel noun names (`_off_vessels`)
        self.place_demonyms: set[str] = set()  # demonyms joined to a place of the article
        self.capitals: set[str] | None = None  # capitalised words, for `_place_of`
        self.full_keys: list[tuple[str, ...]] = []
        self.title_names: list[tuple[str, tuple[str, ...]]] | None = None
        self.short_firms: set[str] = set()  # first words that named a company alone
        self.firms: dict[str, dict[str, str]] | None = None  # `_firm_names`, when needed
        #: first word -> the one organisation it opens, for a first word before a role noun
        self.led_firms: dict[str, dict[str, str]] = {}
        self.ents_at: dict[int, Span] | None = None  # `_ent_at`, when needed
        self.demonym_use: dict[str, bool] = {}  # `_used_as_demonym`, per word
        self.lines = _headlines(doc)
        self.headlines = self.lines[0]
        #: name -> (the label settled on, the cues for it), for names whose cues decided
        self.evidence: dict[str, tuple[str | None, list[str]]] = {}
        self.ties: dict[str, str | None] = {}
        self.run_keys: list[tuple[str, ...]] = []  # full names only capitalised runs found
        self.generic_heads: set[str] | None = None  # `_names_before_heads`, when needed
        #: organisations named by a demonym for a possessive (`Ostrenia's navy`: `Ostrenian navy`)
        self.demonym_orgs: set[str] = set()
        self.surnames: set[str] = set()  # `_settle`: last words of people's full names
        self.saints_buildings: dict[str, str] = {}
        self.titled: set[str] | None = None  # `_titled`, when needed
        self.authors = _byline_people(self.byline)  # label keys of the byline's people
        self.series: set[str] | None = None  # `_series`, when needed

    def build(self) -> list[Entity]:
        persons: list[_Mention] = []
        found, ships = _off_vessels(
            self.doc,
            self._bare_places(
                _off_stage_notes(
                    self.doc,
                    _off_signs(
                        self.doc, _off_table_labels(self.doc, _mentions(self.doc, self.lines))
                    ),
                )
            ),
        )
        for a, b in ships:
            name = self.doc[a:b].text
            self.vessels.setdefault(norm(name), _Group("VESSEL", name)).add(self.doc, a, b, "name")
        settled = self._settle(self._with_dateline(found))
        #: saint -> the name of the building after it the article names (`_saint_building`)
        self.saints_buildings = _saints_buildings(
            [m.text(self.doc) for m in settled if m.label == "FAC"]
        )
        #: places the article ties to a country (`BERGEN, Valmora`): norm(name) -> ISO3 or None
        self.ties = _tied_places(
            self.doc.text,
            sorted({m.text(self.doc) for m in settled if m.label in ("GPE", "LOC")}),
        )
        #: the full names of people, as cleaned (not `Charlotte Mayor`, NER's PERSON)
        self.full_keys = list(
            dict.fromkeys(  # each name once: a scan per mention looks them all up
                k
                for m in settled
                if m.label == "PERSON"
                and m.link != "run"
                and len(k := _person_key(m.text(self.doc))) > 1
            )
        )
        self.run_keys = list(
            dict.fromkeys(
                k
                for m in settled
                if m.label == "PERSON"
                and m.link == "run"
                and len(k := _person_key(m.text(self.doc))) > 1
                and k not in self.full_keys
            )
        )
        for m in settled:
            kind = self._retype(m)
            if kind == "PERSON":
                persons.append(m)
        self._people(persons)
        self._institutions()
        self._descriptions()
        self._org_forms()
        self._ministry_forms()
        self._short_org_names()
        self._outlet_short_names()
        self._off_bare_heads()
        self._nested_places()
        return self._entities()

    def _bare_places(self, mentions: list[_Mention]) -> list[_Mention]:
        """Places NER missed: a capitalised name after a locative preposition (`a strike at
        Saltvik`, `in Saltvik`) or a settlement noun and `of` (`the port of Saltvik`) is a
        place mention, and so is every other bare use of that one-word name (`Saltvik
        port`). A name seen only after `at` needs another place cue (`_place_cue`). Not a
        word the body writes in lower case, nor a person's name or part of one, nor a body
        the tables know (`in Congress`), an institution or a title."""
        doc = self.doc
        taken = {i for m in mentions for i in range(m.start, m.end)}
        people = {
            w
            for m in mentions
            if m.label == "PERSON" and m.end - m.start > 1
            for w in _person_key(m.text(doc))
        }
        body = self.lines[1]
        added: list[_Mention] = []
        names: set[str] = set()
        for t in doc:
            i = t.i
            if not self._bare_name(t, taken, people, body) or i == 0:
                continue
            low = doc[i - 1].lower_
            # `the port of X`, not `District of Columbia` (the noun is part of the name)
            after_of = low == "of" and i > 1 and doc[i - 2].text in _PLACE_KINDS
            if low not in _LOCATIVE and not after_of:
                continue
            j = i + 1
            while j < len(doc) and j - i < 3 and self._bare_name(doc[j], taken, people, body):
                j += 1
            if j < len(doc) and doc[j].is_title and doc[j].pos_ == "PROPN":
                continue  # the run goes on into a name NER read (`at Saltvik Dockers' Union`)
            known = lookup(doc[i:j].text)
            if doc[j - 1].lower_ in _NOT_NAME_HEADS or known and known[1] in _BODY_KINDS:
                continue
            if low == "at" and not self._place_cue([w.text for w in doc[i:j]]):
                continue  # `on sale at Ticketlane`: a company or venue as often as a place
            added.append(_Mention(i, j, "GPE"))
            taken.update(range(i, j))
            if j == i + 1:
                names.add(t.text)
        for t in doc:  # the name's other bare uses
            if t.text in names and t.i not in taken and self._bare_name(t, taken, people, body):
                prev = doc[t.i - 1] if t.i else None
                nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
                if not any(x is not None and x.is_title and x.pos_ == "PROPN" for x in (prev, nxt)):
                    added.append(_Mention(t.i, t.i + 1, "GPE"))
                    taken.add(t.i)
        return sorted(mentions + added, key=lambda m: (m.start, m.end))

    def _place_cue(self, words: list[str]) -> bool:
        """Whether some use of these name words is a place's: after `in`, `near`, `outside`,
        `to`, `from` or `the port of`, or before a settlement noun or a place's own noun
        (`Saltvik port`, `Saltvik's waters`)."""
        doc, n = self.doc, len(words)
        for k in range(1, len(doc) - n + 1):
            if [w.text for w in doc[k : k + n]] != words:
                continue
            low = doc[k - 1].lower_
            if low in _IN_PLACE | {"to", "from"}:
                return True
            if low == "of" and k > 1 and doc[k - 2].text in _PLACE_KINDS:
                return True
            j = k + n
            if j < len(doc) and doc[j].text in _POSSESSIVE_TOKENS:
                j += 1
            if j < len(doc) and doc[j].lower_ in _PLACE_KINDS | _PLACE_OWNED:
                return True
        return False

    def _bare_name(self, t: Token, taken: set[int], people: set[str], body: set[str]) -> bool:
        low = t.lower_
        return (
            t.is_title
            and t.is_alpha
            and t.pos_ == "PROPN"
            and (not t.ent_type_ or _unkept_word(t) and _placelike_product(t.text))
            and t.i not in taken
            and low not in body
            and low not in people
            and low not in ROLE_NOUNS
            and low not in _TITLE_WORDS
            and low not in _NO_COUNTRY
            and low not in _NOT_NAME_HEADS
        )

    def _with_dateline(self, mentions: list[_Mention]) -> list[_Mention]:
        """The dateline's places (GPE) and agency (ORG) in place of NER's reading of those
        words (`CASTELMAR/BRISA ALTA` as one ORG, `TESSALY` as a person)."""
        found = dateline(self.doc.text)
        if found is None:
            return mentions
        spans = [(a, b, "GPE") for _, a, b in found.places]
        region = found.region
        if region and _region_name(region[0]):
            spans.append((region[1], region[2], "GPE"))  # `, Bavaria`: NER read `Bavaria - Of…`
        if found.agency:
            agency = self.doc.text[found.agency[1] : found.agency[2]]
            credit = _own_outlet(agency, self.outlet)
            if credit:
                self.own_agency = _label_key(agency)
            spans.append((found.agency[1], found.agency[2], "credit" if credit else "ORG"))
        added = []
        for a, b, label in spans:
            span = self.doc.char_span(a, b, alignment_mode="expand")
            if span is not None:
                added.append(_Mention(span.start, span.end, label, "dateline"))
        keep = [m for m in mentions if all(m.end <= d.start or d.end <= m.start for d in added)]
        keep = self._lead_name(found.end, keep)
        added = [m for m in added if m.label != "credit"]  # the outlet's own name: no entity
        return sorted(keep + added, key=lambda m: (m.start, m.end))

    def _lead_name(self, at: int, mentions: list[_Mention]) -> list[_Mention]:
        """`mentions` with the name opening the paragraph after a dateline (`KERROW -
        Ostrenia will …`), which NER often leaves untagged there or tags with the dateline
        (`_clean` cut that off), labelled as the same words' other mentions in the article
        when they have one label, GPE for a country of the tables. A piece NER glued to the
        dateline with neither keeps NER's label, unless its words are all common nouns
        (`BERGEN - Officials met`)."""
        doc = self.doc
        span = doc.char_span(at, at + 1, alignment_mode="expand")
        if span is None:
            return mentions
        a = span.start
        glued = next((m for m in mentions if m.start == a and doc[a].ent_iob_ == "I"), None)
        if glued is None and any(m.start <= a < m.end for m in mentions):
            return mentions  # NER's own name there
        b = a
        while b < len(doc) and doc[b].is_title and doc[b].pos_ == "PROPN" and b - a < 4:
            b += 1
        if glued is not None:
            b = glued.end
        words = [t.text for t in doc[a:b]]
        others = [
            m.label
            for m in mentions
            if m is not glued and [t.text for t in doc[m.start : m.end]] == words
        ]
        labels = set(others)
        if len(labels) > 1:  # NER read the name's other uses apart (`Oskaria` NORP, ORG):
            # the lead is a mention all the same, and `_settle` gives the name one label
            labels = {glued.label if glued else max(sorted(labels), key=others.count)}
        known = lookup(" ".join(words)) if words else None
        if not labels and known is not None and known[1] == "name":
            labels = {"GPE"}  # `KERROW - Norway will …`: a country of the tables
        if not labels and words and self._nation_office(_Mention(a, b, "")):
            labels = {"GPE"}  # `SELVIK - Morvaine's electoral commission said`
        rest = [m for m in mentions if m is not glued]
        if glued is not None and not labels and not all(_common_noun(w.lower()) for w in words):
            return [*rest, glued]  # a name named once keeps NER's label (`KELLSBY - Brackwater
            # Logistics said`); common words alone are none (`BERGEN - Officials met`)
        if len(labels) != 1 or not words:
            return rest
        return [*rest, _Mention(a, b, labels.pop(), glued.link if glued else "name")]

    def _settle(self, mentions: list[_Mention]) -> list[_Mention]:
        """One label per name in the article, from what every mention of it says: a dateline,
        `in X`, `X's waters`, a demonym of X in the text (`Velorian` for `Veloria`) make a
        place; a title before it (`spokesperson X`) a person; `agency X` an organisation; a
        demonym-shaped word used as an adjective (`Velorian President`) a people; `the X` no
        person. Without cues, the label most of its mentions have. `self.evidence` keeps the
        cues of each settled name."""
        doc = self.doc
        capitals = {t.text for t in doc if t.is_alpha and t.text[:1].isupper()}
        demonym_stems = {
            w[: len(w) - len(rest)]
            for w in capitals
            for rest in _DEMONYM_REST
            if w.endswith(rest) and len(w) > len(rest) + 3
        }
        by_name: dict[str, _Evidence] = {}
        self.firm_shorts = _firm_short_forms(doc, mentions, self._names_people)
        #: last words of the people's full names NER or the capitalised runs found
        self.surnames = {
            k[-1]
            for m in mentions
            if m.label == "PERSON"
            and m.end - m.start > 1
            and len(k := _person_key(m.text(doc))) > 1
        }
        person_words = {
            w for m in mentions if m.label == "PERSON" for w in _person_key(m.text(doc))
        }
        for m in mentions:
            text = m.text(doc)
            ev = by_name.setdefault(_label_key(text), _Evidence())
            ev.labels.append(m.label)
            if doc[m.start].idx not in self.headlines:
                ev.body.add(m.label)
            ev.one_word = m.end - m.start == 1
            ev.unknown = _unknown(text)  # no table's place: `Banda Aceh` no person
            if ev.one_word:  # nor an acronym (`RT`, a channel NER also types GPE)
                ev.unknown = ev.unknown and not text.isupper() and norm(text) not in person_words
            ev.continent = ev.continent or is_continent(text)
            self._cues(m, text, ev, capitals, demonym_stems)
        self._unlabelled_cues(mentions, by_name)
        self._state_body_owners(mentions, by_name)
        settled = {k: ev.settle() for k, ev in by_name.items()}
        # a one-word name inside the full name of someone settled as a person is their surname
        # (`Renquist` after `Chancellor Ivo Renquist`), unless its own cues make it a place
        full_names = {
            _person_key(m.text(doc))
            for m in mentions
            if m.end - m.start > 1 and settled[_label_key(m.text(doc))][0] == "PERSON"
        }
        for m in mentions:
            k = _label_key(m.text(doc))
            strong = [
                c
                for c in by_name[k].cues.get("GPE", [])
                if c.startswith(("dateline", "demonym")) or "'s " in c
            ]
            if m.end - m.start > 1 or settled[k][0] == "PERSON" or strong:
                continue  # `in Adelson` is weak beside `Sheldon Adelson`; `Veloria's waters` not
            key = _person_key(m.text(doc))
            if any(len(f) > 1 and _contains(f, key) for f in full_names):
                by_name[k].cue("PERSON", "part of a person's name")
                settled[k] = by_name[k].settle()
        # `Ilvane Forward`, `the Ilvane First party` tagged PERSON: a name that opens with a
        # place the article names alone is a party, club or firm named after it, unless its
        # other words are used alone as a name (`Georgia Brown` … `Brown said`)
        alone = {_label_key(m.text(doc)) for m in mentions}
        for m in mentions:
            k = _label_key(m.text(doc))
            first = _label_key(doc[m.start].text)
            if (
                m.end - m.start > 1
                and m.label == "PERSON"
                and settled[k][0] in ("PERSON", "")
                and not by_name[k].cues.get("PERSON")
                and _label_key(doc[m.start + 1 : m.end].text) not in alone
                and self._names_place(doc[m.start].text, settled.get(first, ("",))[0], capitals)
            ):
                settled[k] = ("ORG", [f"named after the place {doc[m.start].text}"])
        firms = {
            doc[m.start].text
            for m in mentions
            if m.end - m.start > 1
            and doc[m.end - 1].lower_ in _ORG_FORMS
            and (settled[_label_key(m.text(doc))][0] or m.label) == "ORG"
        }
        # `Dunholt chairman Piers Aldane` beside `Dunholt Dairies`: a first word before a
        # role noun is the short name of a two-word firm named by its trade, not of a body
        # inside an organisation (`DNC chair` beside `DNC Rules Committee`), nor an acronym
        led: dict[str, dict[str, str]] = {}
        for m in mentions:
            if (
                m.end - m.start == 2
                and doc[m.start + 1].lower_ not in _ORG_HEADS
                and not doc[m.start].text.isupper()
                and (settled[_label_key(m.text(doc))][0] or m.label) == "ORG"
            ):
                name = m.text(doc)
                led.setdefault(doc[m.start].text, {})[norm(name)] = name
        out = []
        for m in mentions:
            text = m.text(doc)
            if m.end - m.start == 1 and text in firms and self._acts_as_firm(m):
                m.label = "ORG"  # `Portavel said` beside `Portavel Holdings`: not the city
                self.short_firms.add(text)
                out.append(m)
                continue
            if (
                m.end - m.start == 1
                and len(led.get(text, ())) == 1
                and settled[_label_key(text)][0] in ("", "ORG", "PERSON")
                and self._heads_role(m)
                and not any(len(f) > 1 and _contains(f, _person_key(text)) for f in full_names)
            ):
                m.label = "ORG"
                self.short_firms.add(text)
                self.led_firms[text] = led[text]
                self.evidence.setdefault(text, ("ORG", [f"{text} {doc[m.end].lower_}"]))
                out.append(m)
                continue
            label, why = settled[_label_key(text)]
            body = by_name[_label_key(text)].body
            if label == "" and doc[m.start].idx in self.headlines and len(body) == 1:
                m.label = next(iter(body))  # a headline's name reads as the body reads it
            if label == "":
                out.append(m)
                continue
            if why:
                name = text.title() if m.link == "dateline" else text
                self.evidence.setdefault(name, (label, why))
            if label is None:
                continue
            if label != m.label and not (m.label in _PLACE_LABELS and label in _PLACE_LABELS):
                m.label = label
            elif label == "GPE" and (
                by_name[_label_key(text)].demonym or by_name[_label_key(text)].acts
            ):
                m.label = label  # a country-like place NER also tagged LOC or FAC
            elif label == "LOC" and m.label == "FAC":
                m.label = label  # `Kell Strait` is no building
            out.append(m)
        return out

    def _cues(
        self,
        m: _Mention,
        text: str,
        ev: _Evidence,
        capitals: set[str],
        demonym_stems: set[str],
    ) -> None:
        doc = self.doc
        one_word = m.end - m.start == 1
        if m.link == "dateline":
            ev.cue(m.label, "dateline")
        elif m.end - m.start > 1 and _label_key(text) in self.authors:
            ev.cue("PERSON", "the byline's author")  # `Marit Hovde is …`, NER's ORG at the top
            return
        elif m.end - m.start > 1 and _firm_closer(doc[m.end - 1].text):
            ev.cue("ORG", f"legal form {doc[m.end - 1].text}")  # `Golden Ash Trading FZE`
            return
        elif _label_key(text) in self.firm_shorts:
            ev.cue("ORG", f"short form of {self.firm_shorts[_label_key(text)]}")  # `in Corvane`
            return
        elif self.own_agency and _label_key(text) == self.own_agency:
            # the dateline's own wire (`(Kestwire)`) named in the prose: `Kestwire could not`
            ev.cue("ORG", f"the article's outlet {self.outlet}")
            return
        elif norm(text) in self._series():
            ev.cue("none", f"{text} (a series with episodes)")  # `The Lenmora Briefing, Ep. 212`
            ev.thing_labels.append(m.label)
            return
        elif self._event_name(m):
            ev.cue("none", f"{text} (an event, prize or agreement)")
            ev.thing_labels.append(m.label)
            return
        before = doc[m.start - 1] if m.start else None
        after = doc[m.end] if m.end < len(doc) else None
        low = before.lower_ if before is not None else ""
        # `the Obama administration`: a name before a noun is a modifier, no thing's name
        attributive = after is not None and (after.pos_ in ("NOUN", "PROPN") or after.is_title)
        # weak cues, for names that are no institution, acronym or known name, and for a
        # person's name only when it is one word (`in Congress`, `in NATO`, `from Ann Lee`)
        weak = not self._institution(m) and (one_word or m.label != "PERSON")
        if not weak:
            pass
        elif low in _IN_PLACE and not (after is not None and after.text in _POSSESSIVE_TOKENS):
            ev.cue("GPE", f"{low} {text}")
            ev.weak.append(f"{low} {text}")
        elif low == "to" and before.head.lemma_ in _MOTION and before.head.i < before.i:
            ev.cue("GPE", f"{before.head.text} to {text}")
            ev.weak.append(f"{before.head.text} to {text}")
        elif (kind := _kind_of_place(doc, m.start)) is not None:
            ev.cue("GPE", f"{kind} of {text}")  # `the districts of Tarvo and Melk`
        elif low == "from" and self._range_to_place(m.end):
            ev.cue("GPE", f"from {text} to …")  # `from Fennick to the coast`
            ev.weak.append(f"from {text} to …")
        column = _place_column(doc, m.start, m.end)
        if column:
            ev.cue("GPE", f"{text} in the {column} column")  # `| Belvar North | 61.2% |`
        area = _area_after(doc, m.end)
        if area or _area_named(doc, m.start, m.end):
            ev.cue("GPE", f"{text} {area}".strip())  # `the Valdor region`, `Kestrel Free Zone`
        feature = self._feature_after(m) if one_word else None
        if feature:
            ev.cue("LOC", f"{text} {feature}")  # `the Orvan valley` tagged PERSON
        route = self._route_after(m) if weak else None
        if route is not None:
            ev.cue("GPE", f"{text} {route}")  # `the Kessel ring road`, `the Orvik bridge`
            ev.weak.append(f"{text} {route}")
        if after is not None and after.text in _POSSESSIVE_TOKENS:
            owned = next(  # `foreign ministry` may be tagged PROPN, in lower case
                (t for t in doc[m.end + 1 : m.end + 4] if t.pos_ == "NOUN" or _lower_noun(t)),
                None,
            )
            head = doc[m.end - 1].head  # `Morvaine's largest container port`: `port`
            if head.dep_ and doc[m.end - 1].dep_ == "poss" and head.i > m.end and head.is_lower:
                owned = head if owned is None or owned.lower_ not in _PLACE_OWNED else owned
            if owned is not None and self._place_owns(m, owned.lower_):
                ev.cue("GPE", f"{text}'s {owned.lower_}")
            if (
                ev.unknown  # not `Indianapolis' head coach`: the city's team
                and owned is not None
                and owned.lower_ in _FIRM_OWNED
                and m.label != "NORP"
                and norm(text) not in self.surnames
            ):
                ev.cue("ORG", f"{text}'s {owned.lower_}")  # `Tarsenergia's chief executive`
            body = _state_body_at(doc, m.end + 1) if one_word else ""
            if body and m.label != "NORP" and norm(text) not in self.surnames:
                ev.cue("GPE", f"{text}'s {body}")  # `Tasmere's Department of Foreign Affairs`
            office = self._nation_office(m)
            if office and not (one_word and norm(text) in self.surnames):
                # not `Selden's interior minister` after `Marta Selden`: her government's
                ev.cue("GPE", f"{text}'s {office}")
        state = self._state_context(m) if one_word else None
        if state:
            ev.cue("GPE", state)  # `the representative of Brenland`, `Oskaria vetoed`
            ev.acts = True
        donor = _donor(doc, m.start) if one_word and m.label == "LOC" else ""
        if one_word and m.label == "ORG" and not self._institution(m):
            donor = _listed_donor(doc, m.start)
        if donor:
            ev.cue("GPE", donor)  # `Corland pledged`, `$10 million from Corland`
            ev.acts = True
        modified = self._country_modified(m)
        if modified:
            ev.cue("GPE", f"{text} {modified}")  # `Velmark nationals`, `Velmark-flagged`
        if one_word and m.label != "NORP" and _state_owned(doc, m.start, m.end):
            ev.cue("ORG", f"state-owned {text}")  # a company, no country: `GPE Tarsenergia`
        if self._governed(m):
            ev.cue("GPE", f"the {text} government")  # a state the model left untyped
        if after is not None and after.lower_ in _ORG_OWNED and m.label != "NORP":
            ev.cue("ORG", f"{text} {after.lower_}")  # `Norvik City manager`, `Apex shares`
        if doc[m.start].lower_ in _PLACE_HEADS and not one_word:
            ev.cue("GPE", f"{doc[m.start].lower_} …")
        head = doc[m.end - 1].lower_
        span = doc[m.start : m.end]
        if (
            not one_word
            and head in _NATURAL_HEADS
            and lookup(text) is None
            and not any(t.is_lower or t.lower_ in _ORG_HEADS for t in span)
        ):
            ev.cue("LOC", f"… {head}")  # `Kell Strait`, whatever NER tagged each mention
        elif not one_word and head in _ORG_HEADS and m.label == "PERSON":
            ev.cue("ORG", f"… {head}")  # `the George W. Bush Presidential Center`
        if one_word and text[:1].isupper():
            if text in demonym_stems or text[:-1] in demonym_stems:
                word = _demonym_in(text, capitals)
                if word and self._used_as_demonym(word):
                    ev.cue("GPE", f"demonym {word}")
            if text.endswith(_DEMONYM_SHAPE) and (
                _place_in(text, capitals)
                and self._used_as_demonym(text)
                or after is not None
                and (m.label == "NORP" or doc[m.start].pos_ == "ADJ")  # not `Morgan campaign`
                and (
                    after.lower_ in ROLE_NOUNS
                    or after.lower_ in _TITLE_WORDS
                    or after.pos_ == "NOUN"
                    and after.is_lower
                )
            ):
                ev.cue("NORP", f"demonym {text}")
        if before is not None and not before.is_punct and m.label != "NORP":
            if low in _NAME_ROLES or _honorific_before(before):
                if (before.is_lower or not one_word) and not self._institution(m):
                    ev.cue("PERSON", f"{before.text} {text}")
            elif low in INSTITUTION_NOUNS and before.is_lower:
                ev.cue("ORG", f"{low} {text}")
            elif low == "the" and doc[m.end - 1].lower_ in _TITLE_NAMES:
                ev.cue("PERSON", f"the {text} (a title)")  # `the Dalai Lama`, `the Aga Khan`
            elif low == "the" and m.label == "PERSON" and not attributive:
                ev.cue("none", f"{low} {text}")
                ev.thing_labels.append(m.label)
                return
        if _name_part_honorific_name(doc, m.start, m.end):
            ev.cue("PERSON", f"{text} (opens with a form of address)")  # `Sri Wahyuni Hartono`
        apposed = self._apposed_person(m) if m.label != "NORP" else None
        if apposed:
            ev.cue("PERSON", f"{text}, {apposed}")  # `Ada Vell, 34,`, `Ada Vell, the nurse,`
        if _kin_apposed(doc, m.start) and m.label != "NORP":
            ev.cue("PERSON", f"{doc[m.start - 2].lower_}, {text}")  # `Almane's son, Ruben,`
        if self._no_name(m):
            ev.cue("none", f"{text} (common words)")  # `Civic Renewal`, `Misleading`
            ev.thing_labels.append(m.label)

    def _series(self) -> set[str]:
        """Names the article or its title numbers episodes of (`The Lenmora Briefing, Ep.
        212`): a podcast's or a programme's, a work, no body."""
        if self.series is None:
            text = f"{self.title}\n{self.doc.text}"  # the title may hold the number alone
            self.series = {norm(x) for x in _EPISODE.findall(text)}
        return self.series

    def _apposed_person(self, m: _Mention) -> str | None:
        """The age or job in commas after a name that make it a person's, whatever NER
        tagged it there (LOC, GPE): `Teodor Maranski, 41, a photographer`, `1. Ada Vell, 51,
        aid worker, Orlin`; `And Ada Vell, the journalist, was …`, `Ada Vell, the leader of
        …` after a name of two words or more (`_NAME_ROLES`). Not a year (`Kelmar, 2025,`), a
        list of numbers (`Windows XP, Vista, 7, 8`) nor a place's apposition (`Velask, the
        capital,`)."""
        doc, end = self.doc, m.end
        if end + 2 >= len(doc) or doc[end].text != "," or not doc[end].whitespace_:
            return None
        word = doc[end + 1]
        listed = end + 3 < len(doc) and doc[end + 3].like_num  # `IE6, 7, 8`: versions
        if word.text.isdigit() and 0 < int(word.text) < 110 and doc[end + 2].text == ",":
            return None if listed else f"{word.text},"
        if m.end - m.start < 2 or word.lower_ not in ("the", "a", "an") or end + 3 >= len(doc):
            return None
        role, after = doc[end + 2], doc[end + 3]
        # `Marek Ilves, the leader of the Civic League`: a role of a body is a person's too
        if role.is_lower and role.lower_ in _NAME_ROLES and after.is_punct:
            return f"{word.text} {role.text}"
        text = m.text(doc)  # not `D-West Virginia, the chairman of …`: a place a table knows
        if role.is_lower and role.lower_ in _NAME_ROLES and after.text == "of" and _unknown(text):
            return f"{word.text} {role.text} of"
        return None

    def _event_name(self, m: _Mention) -> bool:
        """A name of two words or more ending in an event's, prize's or agreement's word
        (`the Spring Uprising`, `the Halden Peace Prize`, NER's ORG, FAC or PERSON), none an
        institution's word (`Council of the Revolution`, `Ministry of War`) nor a name the
        tables know."""
        doc = self.doc
        words = doc[m.start : m.end]
        head = words[-1].lower_
        if len(words) < 2 or not words[-1].is_title:
            return False
        if head in _FIRM_EVENT_HEADS:
            if not m.start or doc[m.start - 1].lower_ != "the":
                return False
        elif head not in _EVENT_HEADS or head in _REGION_EVENT_HEADS and m.label in ("GPE", "LOC"):
            return False
        if any(t.lower_ in _ORG_HEADS and t.lower_ not in _EVENT_HEADS for t in words):
            return False
        if m.label == "PERSON" and len(words) == 2 and _given_name(words[0]):
            return False  # `the late John Summit`: a given name and a surname
        return lookup(words.text) is None and self._led_as_event(words.text)

    def _led_as_event(self, text: str) -> bool:
        """Some use of the name in the article follows `the` or an owner (`the Lantern
        Marches`, `this year's Halden Prize`, `the 1956 Velmora Uprising`) or comes before
        `winner` (`Heisman Trophy winner`), as an event's or prize's name does; a person's
        (`Sarah Marches said`) or a movement's (`Extinction Rebellion said`) does neither."""
        doc = self.doc
        at = doc.text.find(text)
        while at >= 0:
            span = doc.char_span(at, at + len(text), alignment_mode="expand")
            j = span.start - 1 if span is not None else -1
            while j >= 0 and span.start - j <= 2 and doc[j].pos_ in ("ADJ", "NUM"):
                j -= 1  # `the annual …`, `the 1956 …`
            if j >= 0 and (
                doc[j].lower_ == "the" or doc[j].dep_ == "poss" or doc[j].text in _POSSESSIVE_TOKENS
            ):
                return True
            if span is not None and span.end < len(doc) and doc[span.end].lemma_ in _WINNERS:
                return True  # `Heisman Trophy winner`
            at = doc.text.find(text, at + len(text))
        return False

    def _no_name(self, m: _Mention) -> bool:
        """Words of the language, none a person's name of the dictionaries, that NER or the
        capitalised runs took for a person's or a body's name: a run of common nouns and
        adjectives (`Civic Renewal` in a results table), or one adjective NER tagged so
        (`True, Misleading or False`, `Invalid ballots`)."""
        words = self.doc[m.start : m.end]
        if lookup(words.text):
            return False
        if _table_label(self.doc, m.start, m.end):
            return True
        if any(not t.is_alpha for t in words):
            return False
        if len(words) == 1:
            if is_name_word(words.text):
                return False
            t = words[0]
            # an adjective by its tag here or as the body writes it (`Mostly wrong or Wrong`)
            in_body = t.pos_ == "ADJ" or t.lower_ in self.lines[1]
            adjective = in_body and t.lower_ in _lemma_index().get("adj", ())
            place = m.label in ("GPE", "LOC") and geocode(t.text) is None
            if adjective and (m.label in ("PERSON", "ORG") or place) and not t.is_upper:
                return True
            # `the Official Gazette` with `Gazette` tagged PERSON: a noun after `the` and a
            # capitalised word names a thing
            return m.label == "PERSON" and _common_noun(t.lower_) and self._after_the(m.start)
        if m.link != "run" or m.label != "PERSON" or not all(t.is_title for t in words):
            return False
        if self.generic_heads is None:
            self.generic_heads = self._names_before_heads()
        if norm(words.text) in self.generic_heads:
            return False  # `the Civic Dawn party`: an organisation (`_org_named`)
        adjectives, last = _lemma_index().get("adj", ()), words[-1]
        # a given name may be a common word (`Grace`, `Mark`): only the adjectives of a name
        # and a last word that is a noun alone and no name (`Unity`) make common words
        return (
            _common_word(last.lower_)
            and last.lower_ not in adjectives
            and not is_name_word(last.text)
            and all(_common_word(t.lower_) and t.lower_ in adjectives for t in words[:-1])
        )

    def _after_the(self, i: int) -> bool:
        """Token `i` follows `the` and one or two capitalised proper nouns (`the Official`)."""
        doc, j = self.doc, i - 1
        while j >= 0 and i - j <= 2 and doc[j].is_title and doc[j].pos_ == "PROPN":
            j -= 1
        return 0 <= j < i - 1 and doc[j].lower_ == "the"

    def _nation_office(self, m: _Mention) -> str | None:
        """The office or national vote a possessive name owns (`Morvaine's interior
        minister`, `Morvaine's presidential election`): the phrase, or None."""
        doc = self.doc
        owner = doc[m.end - 1]
        head = owner.head
        if owner.dep_ != "poss" or head.i <= m.end or head.i - m.end > 4 or not head.is_lower:
            return None
        mods = [t.lower_ for t in doc[m.end + 1 : head.i] if t.is_lower and t.is_alpha]
        low = head.lower_
        national = bool(mods) and f"{mods[-1]}|{low}" in _NATION_OFFICES
        if national or low in _VOTES and _NATIONAL_VOTES & set(mods):
            return " ".join([*mods, low])
        return None

    def _state_context(self, m: _Mention) -> str | None:
        """The words that make a one-word name a state's (`representative of X`, each name
        of `the foreign ministers of X, Y and Z`, `X abstained`, `with X abstaining`): no
        common word (`the Minister of Finance`), nor a surname of a person the article names
        in full."""
        t = self.doc[m.start]
        if norm(t.text) in self.surnames or _common_word(t.lower_) or self._institution(m):
            return None  # nor a body (`the Assembly`)
        if norm(t.text) in self._titled():
            return None  # `Senator Marlow abstained`: a person's
        if t.dep_ == "nsubj" and t.head.lemma_ in _STATE_VERBS:
            if any(c.dep_ == "dobj" and c.lemma_ in _LAWS for c in t.head.children):
                return None  # `Marlow vetoed the bill`: a governor's or president's veto
            return f"{t.text} {t.head.lower_}"
        while t.dep_ == "conj" and t.head.i < t.i:
            t = t.head
        of = t.head
        if t.dep_ == "pobj" and of.lower_ == "of" and of.head.lemma_.lower() in _STATE_OF:
            return f"{of.head.lower_} of {m.text(self.doc)}"
        return None

    def _titled(self) -> set[str]:
        """Words the article writes after a person's title or honorific (`Senator Marlow`,
        `Mr Green`): people's names, whatever else the text does with them."""
        if self.titled is None:
            doc = self.doc
            self.titled = {
                norm(t.text)
                for t in doc[1:]
                if t.is_title
                and (doc[t.i - 1].lower_ in _NAME_ROLES or _honorific_before(doc[t.i - 1]))
            }
        return self.titled

    def _place_owns(self, m: _Mention, owned: str) -> bool:
        """`X's <owned>` makes X a place: not an office's noun after the surname of a person
        the article names in full (`Health Minister Odile Farrant` … `Farrant's ministry`),
        nor an envoy's noun after a name NER read as a company's there (`Harlow's delegation`:
        firms send envoys and delegations too) or a person's title's (`Senator Marlow`)."""
        if owned not in _PLACE_OWNED:
            return False
        if owned in _ENVOYS and (
            m.label == "ORG" or norm(self.doc[m.start : m.end].text) in self._titled()
        ):
            return False
        if owned not in _OFFICE_OWNED or m.end - m.start != 1:
            return True
        return norm(self.doc[m.start].text) not in self.surnames

    def _unlabelled_cues(self, mentions: list[_Mention], by_name: dict[str, _Evidence]) -> None:
        """A country's cue at a use of a one-word name NER left untagged (`a Velmark-flagged
        tanker`, a state's act in the headline: `Oskaria vetoes ceasefire`) counts for the
        name's mentions elsewhere (`Velmark will not accept it`, `NEW CARDEN - Oskaria
        blocked …` after a dateline, where NER tags it seldom)."""
        doc = self.doc
        taken = {i for m in mentions for i in range(m.start, m.end)}
        for t in doc:
            ev = by_name.get(_label_key(t.text)) if t.is_title and t.i not in taken else None
            if ev is None or not ev.one_word:
                continue
            m = _Mention(t.i, t.i + 1, "")
            modified = self._country_modified(m)
            if modified:
                ev.cue("GPE", f"{t.text} {modified}")
            state = self._state_context(m)
            if state:
                ev.cue("GPE", state)

    def _state_body_owners(self, mentions: list[_Mention], by_name: dict[str, _Evidence]) -> None:
        """`the Tasmere Department of Foreign Affairs`, one body's name: its first word, a
        one-word name the article also uses alone (`Tasmere doctors`), is a country's, unless
        a table knows it or it is a person's surname."""
        doc = self.doc
        for m in mentions:
            body = _state_body_at(doc, m.start + 1) if m.end - m.start > 3 else ""
            word = doc[m.start].text
            ev = by_name.get(_label_key(word))
            if (
                body
                and ev is not None
                and ev.one_word
                and lookup(word) is None
                and norm(word) not in self.surnames
            ):
                ev.cue("GPE", f"the {word} {body}")

    def _governed(self, m: _Mention) -> bool:
        """`the Oskarn government`: a one-word name NER gave no organisation's or people's
        label, after `the` and before a lower-case `government`, is a state's; not a name the
        article also gives a person's cue (`the Hallam government` after `Ivo Hallam`: his
        cabinet, left to the `part of a person's name` cue)."""
        doc = self.doc
        if m.end - m.start != 1 or m.label in ("ORG", "NORP") or m.start == 0:
            return False
        if m.end >= len(doc) or doc[m.end].text != "government":
            return False
        return doc[m.start - 1].lower_ == "the" and norm(doc[m.start].text) not in self.surnames

    def _country_modified(self, m: _Mention) -> str | None:
        """The lower-case noun a one-word name modifies that only a country's name does
        (`nineteen Velmark nationals`, a `Velmark-flagged tanker`), or None."""
        doc = self.doc
        if m.end - m.start != 1 or m.end >= len(doc):
            return None
        nxt = doc[m.end]
        hyphened = nxt.text == "-" and not doc[m.start].whitespace_ and m.end + 1 < len(doc)
        if hyphened:
            nxt = doc[m.end + 1]  # `Velmark-flagged`
        if not nxt.is_lower:
            return None
        if nxt.lower_ in _COUNTRY_MODIFIED:
            return nxt.lower_
        if nxt.lower_ in _COUNTRY_PARTICIPLES and (hyphened or _modifier_participle(nxt)):
            return nxt.lower_
        return None

    def _route_after(self, m: _Mention) -> str | None:
        """The lower-case road, bridge or square the name modifies (`the Kessel ring road`,
        `Tallis square`): a place's name, as `in Kessel` would make it, whatever NER tagged."""
        doc = self.doc
        t = doc[m.end - 1]
        for _ in range(3):
            if t.dep_ not in ("compound", "amod", "nmod") or t.head.i <= t.i:
                return None
            t = t.head
            if t.i - m.end > 2 or not t.is_lower:
                return None
            if t.lower_ in _ROUTE_NOUNS and t.pos_ == "NOUN":
                return doc[m.end : t.i + 1].text
        return None

    def _feature_after(self, m: _Mention) -> str | None:
        """The lower-case natural feature a one-word name modifies (`the Orvan valley`), or
        None; not after a person's surname (`the Hallam valley` after `Ivo Hallam`), nor a
        body's word (`the Assembly river commission`)."""
        doc = self.doc
        if m.end >= len(doc) or norm(doc[m.start].text) in self.surnames:
            return None
        head = doc[m.end]
        if not (head.is_lower and head.lower_ in _FEATURE_NOUNS and doc[m.start].head.i == m.end):
            return None
        return None if self._institution(m) else head.lower_

    def _heads_role(self, m: _Mention) -> bool:
        """A lower-case role noun follows the name, then a person's name (`Dunholt chairman
        Piers Aldane`, `Tavrick chief executive Nessa Worley`): the name is whose role it is."""
        doc = self.doc
        if m.end >= len(doc) or doc[m.end].lower_ not in ROLE_NOUNS or not doc[m.end].is_lower:
            return False
        if lookup(doc[m.start].text) is not None:
            return False  # `Velmora president …`: a country's office, not a firm's
        rest = doc[m.end + 1 : m.end + 4]
        return any(t.ent_type_ == "PERSON" or t.is_title and t.pos_ == "PROPN" for t in rest)

    def _range_to_place(self, end: int) -> bool:
        """`to` at `end` goes on to a place: `the coast` (a range's end), or a name NER tags
        GPE or LOC or the tables know as a country (`from Fennick to Torva`): not `from Apex
        to Portavel Holdings`, a range of firms."""
        doc = self.doc
        if end + 1 >= len(doc) or doc[end].lower_ != "to":
            return False
        nxt = doc[end + 1]
        if nxt.lower_ == "the":
            return end + 2 < len(doc) and doc[end + 2].lower_ in _RANGE_ENDS
        if nxt.ent_iob_ == "B" and nxt.ent_type_ in ("GPE", "LOC"):
            return True
        known = lookup(nxt.text) if nxt.text[:1].isupper() else None
        return known is not None and known[1] == "name"

    def _names_place(self, word: str, label: str | None, capitals: set[str]) -> bool:
        """`word` is a place of the article: settled as one, a country of the tables, or a
        place whose demonym the article uses (`Velorian navy` for `Veloria`)."""
        if label in ("GPE", "LOC"):
            return True
        known = lookup(word)
        if known is not None:
            return known[1] == "name"
        demonym = _demonym_in(word, capitals) if word[:1].isupper() else None
        return demonym is not None and self._used_as_demonym(demonym)

    def _acts_as_firm(self, m: _Mention) -> bool:
        """A word that is also a company's first word stands for the company when NER says
        ORG, an org-owned noun follows (`Portavel shares`) or it is the subject of `say`."""
        doc = self.doc
        if m.start and doc[m.start - 1].lower_ in _IN_PLACE | {"to", "from"}:
            return False  # `fans in Norvik`: the city
        if m.label == "ORG" or m.end < len(doc) and doc[m.end].lower_ in _ORG_OWNED:
            return True
        t = doc[m.start]
        return t.dep_ == "nsubj" and t.head.lemma_ in ("say", "announce", "report", "add")

    def _used_as_demonym(self, word: str) -> bool:
        """`word` stands as a people's adjective somewhere (`Velorian navy`, `Velorian
        President`), not only as a name (`Julian said` makes no place of `Julia`); the small
        model's NORP tag is no evidence (it tags `Julian` so). Answered once per word."""
        if word in self.demonym_use:
            return self.demonym_use[word]
        doc = self.doc
        used = False
        for t in doc:
            if t.text != word:
                continue
            if t.i and doc[t.i - 1].lower_ in _ONE_OF_A_PEOPLE:
                used = True  # `every Velorian, whoever they voted for`
                break
            nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
            if nxt is not None and (
                nxt.lower_ in ROLE_NOUNS
                or nxt.lower_ in _TITLE_WORDS
                or nxt.pos_ == "NOUN"
                and nxt.is_lower
            ):
                used = True
                break
        self.demonym_use[word] = used
        return used

    def _institution(self, m: _Mention) -> bool:
        """An acronym, a name ending in an institution word, or one the tables know."""
        text = m.text(self.doc)
        if text.isupper() and m.link != "dateline" or "." in text:
            return True
        if self.doc[m.end - 1].lower_ in _NOT_NAME_HEADS:
            return True
        return lookup(text) is not None

    def _retype(self, m: _Mention) -> str | None:
        """Route one mention to its group; answer PERSON for the mentions left to `_people`."""
        doc, text = self.doc, m.text(self.doc)
        found = lookup(text)
        if found and found[1] == "demonym" and self._language(m):
            return None  # `Translated from the Spanish`: a language, no country
        if found and found[1] in ("name", "demonym", "gov"):
            link = "metonym" if found[1] == "gov" else "name"
            self._country(found[0]).add(doc, m.start, m.end, link)
            return None
        if m.label in ("GPE", "LOC", "FAC", "ORG", "NORP") and self._is_surname(m):
            return "PERSON"
        if found and found[1] == "org":  # `Twitter` tagged PERSON
            self._org(m, text)
            return None
        if found and found[1] == "person" and m.label != "PERSON":
            return "PERSON"  # our rows only: Phoenix's also hold `Obama administration`
        if (
            found
            and found[1] == "capital"
            and self.ties.get(norm(text), found[0]) == found[0]
            and self._stands_for_government(m)
        ):
            self._country(found[0]).add(doc, m.start, m.end, "metonym")
            return None
        if m.label != "NORP" and self._org_named(m, text):
            self._org(m, text)
            return None
        if m.label in ("PERSON", "ORG") and _species_name(doc, m.start, m.end):
            return None  # `Vibrio cholerae O1`, `Plasmodium falciparum`: an organism
        if m.label == "PERSON":
            words = [t.lower_ for t in doc[m.start : m.end]]
            if all(w in ROLE_NOUNS or w in _TITLE_WORDS for w in words):
                return None
            if self._common_opener(m):
                return None  # `Turnout was 63 percent`
            if m.link == "run" and words[-1] in _NOT_NAME_HEADS:
                return None  # `Belt and Road Initiative`: a capitalised run that is no person
            return "PERSON"
        if m.label == "NORP" and _place_name_word(doc, m.end) and self._place_of(text) is None:
            return None  # `Sarani` of `the Sarani basin`: a place's first word, no people
        if m.label == "NORP":
            low = text.lower()
            adjective = doc[m.end - 1].pos_ == "ADJ" and low.endswith(_DEMONYM_ENDINGS)
            adjective = adjective or self.evidence.get(text, ("",))[0] == "NORP"
            people = low.endswith(("ans", "ians")) and doc[m.end - 1].pos_ in ("NOUN", "PROPN")
            place = self._place_of(text) if adjective and low not in _GROUP_WORDS else None
            if place is not None:  # `Ostrenian` beside `Ostrenia`, as `French` joins France
                self.place_demonyms.add(norm(text))
                group = self.places.setdefault(norm(place), _Group("GPE", place))
                group.add(doc, m.start, m.end, "name")
            elif low in _GROUP_WORDS or adjective or people:  # `African-Americans`
                group = self.groups.setdefault(norm(text), _Group("NORP", text))
                group.add(doc, m.start, m.end, "name")
            return None  # `Harbour` tagged NORP: no group, no country
        if m.label == "ORG":
            if self._portfolio(m) or self._office_phrase(m) or self._common_org_opener(m):
                return None
            self._org(m, text)
            return None
        key = norm(text)
        name = text.title() if m.link == "dateline" else text
        building = self.saints_buildings.get(_bare_saint(text)) if m.label == "FAC" else None
        if building:
            key, name = norm(building), building  # `St Aldric` beside `St Aldric's Cathedral`
        group = self.places.setdefault(key, _Group(m.label, name))
        group.add(doc, m.start, m.end, "name")
        return None

    def _language(self, m: _Mention) -> bool:
        """A one-word demonym that names a language: spoken (`speaks Spanish`, not `answer
        the French`), or after `in`, `from`, `into` on a verb of speech or writing
        (`translated from the Spanish`, `said in Spanish`) with no noun after it (`in Spanish
        waters` is the country's)."""
        doc = self.doc
        if m.end - m.start != 1:
            return False
        t = doc[m.start]
        if m.end < len(doc) and doc[m.end].pos_ in ("NOUN", "PROPN"):
            return False
        head = t.head
        if t.dep_ == "pobj" and head.lower_ in ("in", "from", "into"):
            head = head.head
        elif t.dep_ == "dobj":
            return head.lemma_.lower() in _SPEAK_VERBS
        else:
            return False
        return head.lemma_.lower() in _LANGUAGE_VERBS

    def _place_of(self, demonym: str) -> str | None:
        """The place a demonym the tables do not know is of, when the article writes the
        place's name outside any person's name (`Ostrenia`, alone or in `the Bank of
        Ostrenia`, for `Ostrenian`): a made-up or unlisted country gets its demonym as a
        listed one does. None when the article never names it: a people's name is no
        country's by guesswork."""
        if self.capitals is None:
            self.capitals = {t.text for t in self.doc if t.is_alpha and t.text[:1].isupper()}
        people = {w for k in self.full_keys + self.run_keys for w in k}
        for rest in _DEMONYM_REST:
            if not demonym.endswith(rest):
                continue
            stem = demonym[: len(demonym) - len(rest)]
            for word in (stem, *_one_more(stem, self.capitals)):
                if word in self.capitals and demonym_of(demonym, word) and norm(word) not in people:
                    return word
        return None

    def _org_named(self, m: _Mention, text: str) -> bool:
        """A name NER gave a person's or a place's label that is an organisation's by its
        form: an organisation's head noun last (`Port Sarrow Bar Association`, `… Party`), a
        publication's (`Harbinger Daily`), or a generic head written after it in lower case
        somewhere in the article (`her Civic Dawn party`). Not a place the tables know."""
        doc = self.doc
        words = doc[m.start : m.end]
        if m.label == "ORG" or lookup(text) is not None:
            return False
        last = words[-1].lower_
        if len(words) > 1 and last != "house" and last in _ORG_HEADS | ORG_GENERIC_HEADS:
            return True
        if len(words) > 1 and last in _TRADES and lookup(words[0].text) is None:
            return True  # `Halvery Shipping`, `Ostrel Maritime`: a firm named by its trade
        if len(words) > 1 and publication_name(text):
            return True
        if len(words) > 2 and last in _SCHEME_HEADS:
            return True  # `Common Regional Electricity Market`, `Orle Basin Grain Reserve`
        if m.label != "PERSON":
            return False
        if self.generic_heads is None:
            self.generic_heads = self._names_before_heads()
        return norm(text) in self.generic_heads

    def _names_before_heads(self) -> set[str]:
        """Capitalised runs the article writes before a lower-case generic organisation noun
        (`Civic Dawn party`, `the Harbour Front movement`), normalised."""
        doc = self.doc
        found = set()
        for t in doc:
            if t.i and t.is_lower and t.lower_ in ORG_GENERIC_HEADS and doc[t.i - 1].is_title:
                a = t.i - 1
                while a > 0 and doc[a - 1].is_title and doc[a - 1].pos_ == "PROPN":
                    a -= 1
                while a < t.i and doc[a].lower_ in _LEADING:
                    a += 1
                if a < t.i:
                    found.add(norm(doc[a : t.i].text))
        return found

    def _common_opener(self, m: _Mention, opened: bool = False) -> bool:
        """A one-word PERSON that opens a sentence or a bracket, is a common noun of the
        language, is no part of a person's name in the article and is never written
        capitalised mid-sentence (`Turnout was 61.8 percent`, `[Interpreter's note: …]`): a
        capitalised noun, no one's name. `opened`: the caller knows it opens one."""
        doc = self.doc
        t = doc[m.start]
        if m.end - m.start != 1 or not (opened or _opener(t)) or not _lemma_words():
            return False
        low = t.lower_
        if low not in _lemma_words() or any(low in k for k in self.full_keys + self.run_keys):
            return False
        return not any(
            u.text == t.text and not _opener(u) and not _cell_opener(u) for u in doc if u.i != t.i
        )

    def _common_org_opener(self, m: _Mention) -> bool:
        """A one-word ORG that is a `_common_opener` the article also writes in lower case
        (`Cholera has killed 12` beside `oral cholera vaccine`): a noun, no body. A body whose
        name is a common word may see it written small in its own story (`Shell will sell
        its stake` beside `a shell company`), so the name stays when NER tags it ORG once
        more or when it says or does business (`Apple said`, `Shell will sell`); an
        institution's noun stands for the body (`Parliament voted` beside `the parliament`). A
        quotation opening a sentence opens it too (`"Cholera is preventable," …`)."""
        doc = self.doc
        t = doc[m.start]
        if t.lower_ in INSTITUTION_NOUNS:
            return False
        before = doc[m.start - 1] if m.start else None
        quoted = before is not None and before.text in ('"', "“") and _opener(before)
        if not self._common_opener(m, quoted):
            return False
        if t.dep_ == "nsubj" and (
            is_say_verb(t.head.lemma_) or t.head.lemma_.lower() in BUSINESS_VERBS
        ):
            return False
        if any(u.text == t.text and u.ent_type_ == "ORG" for u in doc if u.i != t.i):
            return False
        return any(u.text == t.lower_ for u in doc)

    def _portfolio(self, m: _Mention) -> bool:
        """`Interior` in `Interior Minister Dana Vell`, `Finance` in `Finance Secretary …`: a
        ministry's word before a government title is part of the title, no organisation by
        itself; so is a title word before another role (`Defense` in `Defense Attorney …`).
        Not a name the tables know, nor one with an institution word (`Ports Authority
        Chairman`), an acronym or a place's name or demonym."""
        doc = self.doc
        if m.end >= len(doc):
            return False
        nxt = doc[m.end].lower_
        titled = nxt in _NAME_ROLES and all(t.lower_ in _TITLE_WORDS for t in doc[m.start : m.end])
        if nxt not in _PORTFOLIO_TITLES and not titled:
            return False
        if not doc[m.end].is_title or m.end - m.start > 2:
            return False
        words = doc[m.start : m.end]
        if any(not t.is_title or t.lower_ in _NOT_NAME_HEADS for t in words):
            return False
        return lookup(words.text) is None

    def _office_phrase(self, m: _Mention) -> bool:
        """`Chair of the Commission` tagged ORG: a role noun and `of` open an office's name
        (its holder's description), no organisation's."""
        doc = self.doc
        return (
            m.end - m.start > 2
            and doc[m.start].lower_ in ROLE_NOUNS
            and doc[m.start + 1].lower_ == "of"
        )

    def _stands_for_government(self, m: _Mention) -> bool:
        """A capital is its government as the subject of a clause or a possessor (`Beijing's
        tensions with Taiwan`, `Tehran had signed`), a place otherwise (`talks in Beijing`)."""
        root = self.doc[m.start : m.end].root
        if root.dep_ in _METONYM_DEPS:
            return True
        return m.end < len(self.doc) and self.doc[m.end].text in _POSSESSIVE_TOKENS

    def _is_surname(self, m: _Mention) -> bool:
        """A one-word GPE/ORG that is part of a person's name in the article (`Brenn` as GPE)."""
        found = lookup(m.text(self.doc))
        if m.end - m.start != 1 or found and found[1] in ("name", "demonym", "gov"):
            return False
        word = norm(m.text(self.doc))
        if self.evidence.get(m.text(self.doc), ("",))[0] in _PLACE_LABELS:
            return False  # `in Veloria`, `Veloria's waters`: cues for a place
        if not any(word == k[-1] for k in self.full_keys) and self._place_before(m):
            return False  # `drove to Charlotte` beside `Charlotte Brandt`: a first name is
            # rarely how news refers to a person, so here it is the city
        if any(word in k for k in self.full_keys):
            return True
        # a full name only the capitalised runs found (`Ottla Sandquist` untagged) holds it as
        # its last word, and the tables know no place of the name (`Sandquist` as GPE)
        return (
            m.label != "FAC"
            and found is None
            and geocode(m.text(self.doc)) is None
            and any(word == k[-1] for k in self.run_keys)
        )

    def _place_before(self, m: _Mention) -> bool:
        """`in X`, `near X`, `drove to X` just before this mention."""
        if m.start == 0:
            return False
        before = self.doc[m.start - 1]
        if before.lower_ in _IN_PLACE:
            return True
        return before.lower_ == "to" and before.head.lemma_ in _MOTION and before.head.i < before.i

    def _country(self, iso3: str) -> _Group:
        if iso3 not in self.countries:
            self.countries[iso3] = _Group("GPE", country_name(iso3), country=iso3)
        return self.countries[iso3]

    def _org(self, m: _Mention, text: str) -> None:
        doc = self.doc
        key = norm(text)
        group = self.orgs.get(key)
        if group is None and text.isupper():  # `SCO` after `Shanghai Cooperation Organization`
            fits = self._spelled_out(text)
            group = fits[0] if len(fits) == 1 else None
        if text in self.short_firms:  # `Portavel` for `Portavel Holdings`, named before it
            if self.firms is None:
                self.firms = _firm_names(doc)
            full = self.firms.get(text) or self.led_firms.get(text, {})
            if len(full) == 1:
                key, name = next(iter(full.items()))
                group = self.orgs.setdefault(key, _Group("ORG", name))
        if group is None:
            group = self.orgs[key] = _Group("ORG", text)
            group.country = resolve_country(text, _ORG_KINDS) or self._owner(m.start, m.end)
        group.add(doc, m.start, m.end, "name")

    def _owner(self, start: int, end: int) -> str | None:
        """Country a possessor or an `of`/`in` phrase ties a mention to (`Taiwan's foreign
        ministry`, `the Defense Ministry in Moscow`, `President Brenn of Norvik`)."""
        doc = self.doc
        if start >= 2 and doc[start - 1].text in _POSSESSIVE_TOKENS:
            found = lookup(doc[start - 2].text)
            if found and found[1] in ("name", "capital"):
                return found[0]
        if end + 1 < len(doc) and doc[end].lower_ in ("of", "in") and doc[end + 1].ent_type_:
            ent = self._ent_at(end + 1) or self._ent_at(end + 2)
            if ent is not None and ent.label_ in ("GPE", "ORG", "NORP"):
                return resolve_country(ent.text, ("name", "demonym", "capital", "gov"))
        return None

    # -- people --------------------------------------------------------------------------------

    def _people(self, mentions: list[_Mention]) -> None:
        """Full names make the people; a shorter name joins the one full name containing it,
        or, when several do (`Hillary Clinton`, `Chelsea Clinton`), the latest one before it."""
        doc = self.doc
        keyed = [(m, _person_key(m.text(doc))) for m in mentions]
        keyed = [(m, k) for m, k in keyed if k]
        fulls: list[_Group] = []
        # `Her husband, Jaan,`: a relative named by a given name alone is their own person,
        # not another `Jaan Pold` of the article, unless that full name is of a family the
        # article names twice (`his wife, Heidi,` is `Heidi Cruz` beside `Ted Cruz`)
        kin: dict[int, _Group] = {}
        for m, key in keyed:
            if (
                len(key) == 1
                and m.end - m.start == 1
                and _kin_apposed(doc, m.start)
                and m.end < len(doc)
                and doc[m.end].is_punct  # not `stabbed his wife, Bowe cited …`
                and key[0] not in self.surnames
            ):
                kin[m.start] = _Group("PERSON", self._display(m), key)
        kin_keys = {g.tokens for g in kin.values()}
        for m, key in sorted(keyed, key=lambda x: (-len(x[1]), x[0].start)):
            if m.start in kin or key in kin_keys or any(_contains(g.tokens, key) for g in fulls):
                continue
            if len(key) == 1:  # `Laura` with `The Laura Ingraham Show` the only full name
                named = [n for n in self._names_in_titles() if key[0] in n[1]]
                if len(named) == 1:
                    fulls.append(_Group("PERSON", named[0][0], named[0][1]))
                    continue
            fulls.append(_Group("PERSON", self._display(m), key))
        forms: dict[int, list[tuple[int, str]]] = {}  # group -> (token, full name) written
        for m, key in keyed:
            owners = [kin[m.start]] if m.start in kin else []
            if owners:
                family = [g for g in fulls if _contains(g.tokens, key) and _of_family(g, fulls)]
                owners = family if len(family) == 1 else owners
            owners = owners or [g for g in fulls if _contains(g.tokens, key)]
            owners = owners or [g for g in kin.values() if g.tokens == key]
            if len(owners) > 1:
                at = doc[m.start].idx
                before = [g for g in owners if g.mentions and g.mentions[-1].start < at]
                owners = [self._principal(before, at)] if before else owners
            group = owners[0]
            group.add(doc, m.start, m.end, "name")
            if len(key) > 1 and doc[m.start].idx not in self.headlines:
                forms.setdefault(id(group), []).append((m.start, self._display(m)))
            self._titles(group, m)
        for g in fulls:
            # the full name the article introduces the person with, outside headlines, not
            # the longest (`Crooked Hillary Clinton` in a quoted tweet after `Hillary Clinton`;
            # `Ted Cruz Apologizes` atop the article)
            written = forms.get(id(g))
            if written:
                g.name = min(written)[1]
        self._bare_surnames(fulls)
        for g in fulls:
            if len(g.tokens) == 1:
                self._full_name_in_title(g, fulls)
        self.people = fulls + [g for g in kin.values() if g.mentions]

    def _principal(self, named: list[_Group], at: int) -> _Group:
        """Which of several people sharing the words of a bare name at `at` (`Almane`) it
        is: the one named most so far, the headline counting once (the story's person, not a
        relative named once in passing: `a photo of Heidi Cruz`), then one not introduced as
        a relative in apposition (`his son, Ruben Almane`), then the latest named (`Hillary
        Clinton …. Bill Clinton …. Clinton told`)."""
        title = _person_key(self.title)

        def weight(g: _Group) -> tuple[int, bool, int]:
            latest = max(m.start for m in g.mentions if m.start < at)
            return _named_before(g, at) + _contains(title, g.tokens), not self._kin(g), latest

        return max(named, key=weight)

    def _kin(self, group: _Group) -> bool:
        """The person is introduced in apposition to a relative's noun, before or after the
        name (`his daughter, Greta Brandvik,`, `His daughter Greta Brandvik`, `Greta Brandvik,
        his stepmother,`): someone named through the story's person."""
        names = [m for m in group.mentions if m.link == "name"]
        if not names:
            return False
        first = min(names, key=lambda m: m.start)
        doc = self.doc
        span = doc.char_span(first.start, first.end, alignment_mode="expand")
        i = span.start - (span.start > 0 and doc[span.start - 1].text == ",")
        j = i - 1  # the start of a hyphenated noun before it (`daughter-in-law`)
        while (
            j > 0 and not doc[j - 1].whitespace_ and (doc[j - 1].is_alpha or doc[j - 1].text == "-")
        ):
            j -= 1
        if j >= 0 and _kin_word(doc[j:i].text, doc[j - 1].lower_ if j > 0 else ""):
            return True
        if span.end + 2 >= len(doc) or doc[span.end].text != ",":
            return False
        owner = doc[span.end + 1]  # `, his daughter`, `, Oskar's eldest son`
        if owner.dep_ != "poss":
            return False
        return any(_kin_word(t.lower_, owner.lower_) for t in doc[owner.i + 1 : owner.i + 4])

    def _full_name_in_title(self, group: _Group, fulls: list[_Group]) -> None:
        """A person the text names by surname only (`MS SEFTON:` labelling a transcript's
        turns, `Sefton said`) takes the full name the title gives that surname (`Briefing by
        spokesperson Noor Sefton`), when it gives exactly one and no other person of the
        article has that surname; the role word before it is the person's role."""
        surname = group.tokens[0]
        if any(g is not group and surname in g.tokens for g in fulls):
            return
        found = title_name(self.title, surname, self.lines[1])
        if found is None:
            return
        role, name = found
        group.name, group.tokens = name, _person_key(name)
        if role:
            group.roles = distinct_roles([*group.roles, role])

    def _names_in_titles(self) -> list[tuple[str, tuple[str, ...]]]:
        """People's full names inside the names of shows and institutions (`The Laura
        Ingraham Show`, `the Muhammad Ali Center`): (name, key) of each, for a first name or
        surname the article uses alone; those spans are no mention of the person."""
        if self.title_names is not None:
            return self.title_names
        doc, body = self.doc, self.lines[1]
        found: dict[tuple[str, ...], str] = {}
        for t in doc:
            if not (t.is_title and t.lower_ in _ORG_HEADS and t.i):
                continue
            a = t.i
            while a > 0 and doc[a - 1].pos_ == "PROPN" and doc[a - 1].text[:1].isupper():
                a -= 1
            b = t.i
            while b > a and (doc[b - 1].lower_ in body or doc[b - 1].tag_ == "JJ"):
                b -= 1  # `Presidential`
            words = doc[a:b]
            if 2 <= len(words) <= 3 and not any(w.lower_ in _NOT_NAME_HEADS for w in words):
                key = _person_key(words.text)
                if len(key) == len(words):
                    found.setdefault(key, words.text)
        self.title_names = [(name, key) for key, name in found.items()]
        return self.title_names

    def _display(self, m: _Mention) -> str:
        words = [t for t in self.doc[m.start : m.end] if t.lower_ not in _NOT_ROLES]
        name = "".join(t.text_with_ws for t in words).strip()  # `al-Maliki` stays whole
        return re.sub(r"^(?:[A-Z][a-z]{1,4}\.\s+)+", "", name)  # `Sen. `, `Lt. Gen. `

    def _bare_surnames(self, fulls: list[_Group]) -> None:
        """A capitalised word NER left bare that is one person's name (`Brenn said`)."""
        doc = self.doc
        taken = {i for g in fulls for m in g.mentions for i in range(m.start, m.end)}
        for t in doc:
            if t.ent_type_ or not t.is_title or t.idx in taken:
                continue
            if t.pos_ not in ("PROPN", "NOUN") or not self._opens_as_name(t):
                continue  # a capitalised noun opening a sentence is no name (`Small firms`)
            key = _person_key(t.text)
            owners = [g for g in fulls if len(g.tokens) > 1 and _contains(g.tokens, key)]
            if any(key[-1:] != g.tokens[-1:] for g in owners):
                continue
            # a surname several people share: theirs named before it, the principal of them
            before = [g for g in owners if g.mentions and g.mentions[0].start < t.idx]
            if len(owners) == 1:
                owners[0].add(doc, t.i, t.i + 1, "name")
            elif before:
                self._principal(before, t.idx).add(doc, t.i, t.i + 1, "name")

    def _opens_as_name(self, t: Token) -> bool:
        """A capitalised noun mid-sentence, or one opening a sentence that reads as a name
        there (`Almane left office`, tagged a noun): the subject or an owner (`Rice's visit`),
        or no word of the language, and never written in lower case in the body (not `Small
        firms`; not `Brown bears`, `Cotton farmers`, which the model tags proper)."""
        if not t.is_sent_start:
            return True
        if t.lower_ in self.lines[1]:
            return False
        return t.dep_ in ("nsubj", "nsubjpass", "poss") or not _common_word(t.lower_)

    def _titles(self, group: _Group, m: _Mention) -> None:
        """Roles before the name (`Kremlin foreign policy adviser`), in an apposition
        (`Lena Ortt, a senior fellow with …`) and after `of` (`President … of Norvik`)."""
        doc = self.doc
        start = m.start  # before a form of address: `its chairman Shri K. R. Venkat`
        while start > 0 and (_address_word(doc[start - 1]) or _addressed(doc, start)):
            start -= 1
        i = start
        while i > 0 and start - i < 8:
            t = doc[i - 1]
            if t.is_space or "\n" in t.text or t.text in ("|", "\t"):
                break  # a table's cell bar: the cells before are other columns
            if (
                t.ent_type_ == "PERSON"
                and t.lower_ not in ROLE_NOUNS
                and t.lower_.rstrip(".") not in _NAME_TITLES
            ):
                break  # another person's name; a title NER read into this one is a role
            if _inner_hyphen(doc, i - 1):
                i -= 1  # `Attorney-General`, `Vice-President`: one title
                continue
            if _portfolio_of(doc, i - 1):
                i -= 1  # `Minister of Finance Halina Vost`: the office, not `Finance`
                continue
            if t.is_punct or t.pos_ in ("VERB", "AUX", "ADP", "DET", "PRON", "CCONJ", "SCONJ"):
                break
            i -= 1
        titled = start
        while titled > i + 1 and doc[titled - 1].lower_.rstrip(".") in _NAME_TITLES:
            titled -= 1  # `team leader Dr`, `Health Minister Mr`: the courtesy title apart
        title = doc[titled:start]
        if titled < start and any(t.lower_ in _TITLE_WORDS for t in title):
            self._role(group, title.text, titled, start, "title")  # `Dr`; `Mr` is no role
        pre = doc[i:titled]
        if len(pre) and any(t.lower_ in _NAME_ROLES or t.lower_ in _TITLE_WORDS for t in pre):
            role = pre.text
            of = self._of_place(m.end)
            if of:
                role = f"{role} of {of}"
            self._role(group, role, pre.start, pre.end, "title")
        elif len(pre):
            group.country = group.country or resolve_country(pre.text, ("name", "demonym"))
        root = doc[m.start : m.end].root
        for child in root.children:
            if child.dep_ == "appos" and child.i >= m.end and child.lower_ in ROLE_NOUNS:
                sub = list(child.subtree)
                a, b = sub[0].i, _before_relative(doc, child, sub[-1].i + 1)
                while a < b and doc[a].lower_ in _DETERMINERS:
                    a += 1
                if "\n" not in doc[a:b].text:
                    self._role(group, doc[a:b].text, a, b, "description")

    def _ent_at(self, start: int) -> Span | None:
        """NER's entity starting at token `start` (one index of the doc's entities, built on
        first use: a scan of `doc.ents` per mention was quadratic)."""
        if self.ents_at is None:
            self.ents_at = {e.start: e for e in self.doc.ents}
        return self.ents_at.get(start)

    def _of_place(self, end: int) -> str | None:
        doc = self.doc
        if end + 1 < len(doc) and doc[end].lower_ == "of":
            ent = self._ent_at(end + 1)
            if ent is not None and ent.label_ in ("GPE", "ORG") and lookup(ent.text):
                return ent.text
        return None

    def _role(self, group: _Group, role: str, start: int, end: int, link: str) -> None:
        first = self.doc[start]
        if (
            first.is_sent_start
            and first.is_title
            and not first.ent_type_
            and end - start > 1
            and self.doc[start + 1].is_lower
        ):
            role = role[:1].lower() + role[1:]  # `Government spokeswoman Lena …` opens a sentence
        group.roles = distinct_roles([*group.roles, role])
        group.role_words |= {t.lower_ for t in self.doc[start:end] if t.is_alpha}
        group.add(self.doc, start, end, link)
        if group.country is None:
            group.country = resolve_country(role, _ROLE_KINDS)

    def _descriptions(self) -> None:
        """`the Russian president`, `the Chinese leader`: the latest person before it whose
        titles have that role and qualifiers (`Chinese` ~ `China`)."""
        doc = self.doc
        # people's mentions by start, with the furthest end so far, and each person's mention
        # starts (sorted): looked up per chunk by bisection, not scanned (quadratic)
        spans = sorted((m.start, m.end) for g in self.people for m in g.mentions)
        starts = [a for a, _ in spans]
        reach = list(accumulate((b for _, b in spans), max))
        own = {id(g): sorted(m.start for m in g.mentions) for g in self.people}
        for chunk in doc.noun_chunks:
            root = chunk.root
            if (
                chunk[0].lower_ != "the"
                or root.lower_ not in ROLE_NOUNS
                or root.tag_ == "NNS"
                or any(t.ent_type_ == "PERSON" for t in chunk)
                or root.i + 1 < len(doc)
                and doc[root.i + 1].pos_ == "PROPN"
            ):
                continue
            k = bisect_left(starts, chunk.end_char)  # mentions starting before the chunk ends
            if k and reach[k - 1] > chunk.start_char:
                continue  # one of them reaches into it
            words = {t.lower_ for t in chunk if t.is_alpha and t.lower_ != "the"}
            qualifiers = {w for w in words if w != root.lower_ and w not in ROLE_NOUNS}
            best: tuple[int, _Group] | None = None
            holders = [g for g in self.people if _holds_role(g, root.lower_, words, qualifiers)]
            for g in holders:
                mine = own[id(g)]
                k = bisect_left(mine, chunk.start_char)
                if k and (best is None or mine[k - 1] > best[0]):
                    best = (mine[k - 1], g)
            if best is not None:
                a = chunk.start + 1 if chunk[0].lower_ == "the" else chunk.start
                best[1].add(doc, a - 1, root.i + 1, "description")
                insort(own[id(best[1])], doc[a - 1].idx)

    def _institutions(self) -> None:
        """`Taiwan's foreign ministry`: an institution noun owned by a country NER left bare."""
        doc = self.doc
        chunks = [c for c in doc.noun_chunks if c.root.lower_ in INSTITUTION_NOUNS]
        for chunk in chunks:
            root = chunk.root
            owner = [t for t in root.children if t.dep_ == "poss" and self._owner_place(t)]
            owner = owner or self._place_before_office(chunk)
            # from the owner on: a chunk may hold a dateline's agency (`(CPS) - Morvaine's …`)
            words = doc[owner[0].i : root.i + 1] if owner else chunk
            if any(t.ent_type_ == "ORG" and not t.is_lower for t in words):
                continue  # a named organisation (NER's lower-case `navy` alone is none)
            if not owner:
                if root.lower_ in _DEMONYM_OFFICES:
                    self._demonym_institution(chunk)
                    self._portfolio_ministry(chunk)
                continue
            start = owner[0].i
            while start > chunk.start and doc[start].ent_iob_ == "I":
                start -= 1  # the owner's whole name (`United States' military`)
            while start < owner[0].i and doc[start].lower_ in _LEADING:
                start += 1  # NER's `the United States`
            # a country the tables lack too (`Velmark's foreign ministry`): no ISO code then
            iso3 = resolve_country(doc[start : owner[0].i + 1].text, ("name", "capital"))
            text = doc[start : root.i + 1].text
            # `Tamberg's customs service` and `the Tamberg customs service` are one
            key = " ".join(
                t.text for t in doc[start : root.i + 1] if t.text not in _POSSESSIVE_TOKENS
            )
            form = self._demonym_form(owner[0], root) if iso3 is None else None
            if form:
                text = key = form
                self.demonym_orgs.add(norm(form))
            group = self.orgs.setdefault(norm(key), _Group("ORG", text, country=iso3))
            group.add(doc, start, root.i + 1, "name")
        self._demonym_forms(chunks)

    def _place_before_office(self, chunk: Span) -> list[Token]:
        """`the Tamberg customs service`: a place's name before lower-case office words and
        the institution noun is its owner, as `Tamberg's customs service` (one organisation,
        whichever form the article uses). Only with an office word between them: `the
        Tamberg government` or `police` stays the place's, as the demonym's form does."""
        doc, root = self.doc, chunk.root
        first = chunk.start + (chunk[0].lower_ in _DETERMINERS)
        words = doc[first + 1 : root.i]
        if first >= root.i or not words or not all(t.is_lower and t.is_alpha for t in words):
            return []
        place = doc[first]
        if place.dep_ != "compound" or not place.is_title or not self._owner_place(place):
            return []
        return [place]

    def _demonym_form(self, owner: Token, root: Token) -> str | None:
        """`Ostrenian navy` for `Ostrenia's navy` when the article uses the demonym of a
        country the tables lack, so both forms name one organisation (NER's `the Ostrenian
        navy` is an ORG of those words); None otherwise (the name stays as written, as the
        table countries' `Taiwan's foreign ministry` does)."""
        if self.capitals is None:
            self.capitals = {t.text for t in self.doc if t.is_alpha and t.text[:1].isupper()}
        demonym = _demonym_in(owner.text, self.capitals)
        if demonym is None or not self._used_as_demonym(demonym):
            return None
        rest = self.doc[owner.i + 1 : root.i + 1]
        words = [t.text for t in rest if t.text not in _POSSESSIVE_TOKENS]
        return " ".join([demonym, *words])

    def _owner_place(self, t: Token) -> bool:
        """A possessor that is a country: NER's GPE, or a one-word name this article settled
        as a country-like place though NER tagged it otherwise here (`Velmark's foreign
        ministry` with `Velmark` tagged PERSON, beside `Velmark nationals`)."""
        if t.ent_type_ in ("GPE", "LOC"):
            return True  # a region's offices too (`the Morvay customs service`, NER's LOC)
        group = self.places.get(norm(t.text))
        return (
            group is not None
            and group.type in ("GPE", "LOC")
            and " " not in group.name
            and any(m.start == t.idx for m in group.mentions)
        )

    def _demonym_institution(self, chunk: Span) -> None:
        """`the Velorian defence ministry`: a demonym before an office's lower-case words and
        its institution noun names one organisation; the organisation wins over the demonym
        inside it, which NER tagged alone (NORP). Only with an office word between them or a
        ministry: `the Velorian government` or `army` stays the country's."""
        doc, root = self.doc, chunk.root
        first = chunk.start + (chunk[0].lower_ in _DETERMINERS)
        if first >= root.i:
            return
        demonym, words = doc[first], doc[first + 1 : root.i]
        if not (
            demonym.is_title
            and demonym.ent_type_ == "NORP"
            and demonym.text.lower().endswith(_DEMONYM_ENDINGS)
            and all(t.is_lower and t.is_alpha for t in words)
            and (len(words) or root.lower_ == "ministry")
        ):
            return
        start, end = first, root.i + 1
        text = doc[start:end].text
        iso3 = resolve_country(demonym.text, ("demonym",))
        group = self.orgs.setdefault(norm(text), _Group("ORG", text, country=iso3))
        self._claim(group, start, end)

    def _portfolio_ministry(self, chunk: Span) -> None:
        """`the interior ministry`: a government's ministry named by its portfolio in lower
        case is one organisation (`Interior Ministry` elsewhere joins it); `the ministry`,
        `his ministry` or `the new ministry` name none."""
        doc, root = self.doc, chunk.root
        words = doc[chunk.start + 1 : root.i]
        if (
            chunk[0].lower_ != "the"
            or root.lower_ != "ministry"
            or not 1 <= len(words) <= 2
            or not all(t.is_lower and t.is_alpha for t in words)
            or words[-1].lower_ not in _PORTFOLIOS
        ):
            return
        text = doc[words.start : root.i + 1].text
        group = self.orgs.setdefault(norm(text), _Group("ORG", text))
        group.add(doc, words.start, root.i + 1, "name")

    def _claim(self, group: _Group, start: int, end: int) -> None:
        """Tokens `start:end` are a mention of the organisation `group`, and no longer of a
        people or place inside it (NER's NORP `Velorian` in `the Velorian defence ministry`)."""
        doc = self.doc
        group.add(doc, start, end, "name")
        a, b = doc[start].idx, doc[end - 1].idx + len(doc[end - 1])
        for g in [*self.groups.values(), *self.places.values()]:  # nor its place's
            g.mentions = [m for m in g.mentions if m.end <= a or b <= m.start]
            g.spans = {(m.start, m.end) for m in g.mentions}

    def _demonym_forms(self, chunks: list[Span]) -> None:
        """`the Ostrenian navy` where the article has an organisation of those words (`Ostrenia's
        navy`, named `Ostrenian navy`): that organisation's mention, not the country's."""
        doc = self.doc
        for chunk in chunks:
            first = chunk.start + (chunk[0].lower_ in _DETERMINERS)
            end = chunk.root.i + 1
            key = norm(doc[first:end].text)
            if key not in self.demonym_orgs or not all(t.is_lower for t in doc[first + 1 : end]):
                continue
            group = self.orgs[key]
            if (doc[first].idx, doc[end - 1].idx + len(doc[end - 1])) not in group.spans:
                self._claim(group, first, end)

    def _org_forms(self) -> None:
        """One organisation named in two forms: with a country or its people before the name
        (`the Velmoran Red Crescent` … `the Red Crescent`) or with a generic head noun after
        it (`Ilvane Forward Party` … `Ilvane Forward`). The shorter form joins the one longer
        form holding it, which names the entity; when two do (`Velmoran Red Crescent`,
        `Ostran Red Crescent`) the short one stays apart."""
        words = {key: org_words(g.name) for key, g in self.orgs.items()}
        longer: dict[str, list[str]] = {}
        for key, toks in words.items():
            for short in bare_forms(toks, self._names_people):
                longer.setdefault(short, []).append(key)
        for key, toks in words.items():
            owners = longer.get(" ".join(toks), [])
            if len(owners) != 1 or owners[0] == key or key not in self.orgs:
                continue
            self.orgs[owners[0]].absorb(self.orgs.pop(key))

    def _ministry_forms(self) -> None:
        """One ministry named in several forms (`the health ministry`, `the Ministry of Health
        of Orvania`, `Orvania's health ministry`): the forms of one portfolio join when at most
        one country owns them in the article, else each owner's forms join apart and the
        unowned ones stay alone. The entity takes a `Ministry of …` form's name."""
        forms: dict[tuple[str, ...], list[tuple[str | None, str]]] = {}
        for key, group in self.orgs.items():
            found = _ministry_key(group.name)
            if found is not None:
                forms.setdefault(found[0], []).append((found[1], key))
        for same in forms.values():
            owners = {owner for owner, _ in same if owner is not None}
            for owner in owners or {None}:
                keys = [k for o, k in same if o == owner or len(owners) < 2 and o is None]
                keys = [k for k in keys if k in self.orgs]
                if len(keys) < 2:
                    continue
                named = min(
                    keys,
                    key=lambda k: (
                        not self.orgs[k].name.startswith("Ministry"),
                        self.orgs[k].first,
                    ),
                )
                for key in keys:
                    if key != named:
                        self.orgs[named].absorb(self.orgs.pop(key))

    def _short_org_names(self) -> None:
        """Short names of an organisation the article names in full join that name: its head
        noun alone (`the Commission`, `Court spokesman` after `Central Electoral Commission`,
        `Constitutional Court`), a country's lower-case office (`Morvaine's electoral
        commission`) and an acronym (`CPS`, `Continental Press Service (CPS)` or its
        initials, in any order). Each joins only when exactly one full name fits; the
        dateline's agency the article never spells out takes the byline's credit of its
        initials as its name. One word (a head alone) goes last: the lower-case offices that
        shorten a full name have joined it by then, and the ones left are other bodies it may
        name."""
        items = sorted(self.orgs.items(), key=lambda kv: len(org_words(kv[1].name)) == 1)
        for key, group in items:
            full = self._full_org(key, group)
            if full is None:
                continue
            del self.orgs[key]
            full.absorb(group)
        self._agency_from_byline()

    def _full_org(self, key: str, group: _Group) -> _Group | None:
        """The one organisation of the article whose full name `group`'s name shortens."""
        words = org_words(group.name)
        if not words or words[-1].endswith(("'s", "’s")):
            return None
        defined = self._defining(words)
        if defined is not None:
            return defined if defined is not group else None
        if len(words) == 1 and words[0].isupper() and 2 <= len(words[0]) <= 6:
            fits = self._spelled_out(words[0]) or self._opened_acronyms(words[0], group)
        elif len(words) == 1 and words[0].istitle() and words[0].lower() in _ORG_HEADS:
            fits = self._headed_by(words[0].lower(), group)
        elif _possessed(words):
            tail = tuple(w.lower() for w in words[_possessor_end(words) :])
            fits = [
                g
                for g in self._longer_orgs(group)
                if len(org_words(g.name)) > len(tail)
                and tuple(w.lower() for w in org_words(g.name)[-len(tail) :]) == tail
                and not (g.country and group.country and g.country != group.country)
            ]
        else:
            return None
        return fits[0] if len({id(g) for g in fits}) == 1 else None

    def _defining(self, words: tuple[str, ...]) -> _Group | None:
        """The one organisation a filing defines the words as its term for, in quotes in a
        bracket after its name (`Vendral plc ("Vendral" or "the Company")`, `Tarsk AG (the
        "Buyer")`): `the Company` is that company, no body of its own."""
        want = tuple(w.casefold() for w in words if w.casefold() != "the")
        text = self.doc.text
        fits = {
            id(g): g
            for g in self.orgs.values()
            for m in g.mentions
            if (bracket := _DEFINING_BRACKET.match(text, m.end)) is not None
            and want in _defined_terms(bracket.group(1))
        }
        return next(iter(fits.values())) if len(fits) == 1 else None

    def _headed_by(self, head: str, group: _Group) -> list[_Group]:
        """The article's organisations but `group` whose head noun is `head`: a full name's
        (`Supreme Court`, `Court of Appeal`) or a country's lower-case office's (`Ostrelia's
        competition commission` beside `European Commission`: `the Commission` is either)."""
        fulls = [
            g for g in self._longer_orgs(group) if _org_head(org_words(g.name)).lower() == head
        ]
        offices = [
            g
            for g in self.orgs.values()
            if g is not group and _possessed(words := org_words(g.name)) and words[-1] == head
        ]
        return fulls + offices

    def _longer_orgs(self, group: _Group) -> list[_Group]:
        """The article's organisations but `group` named in full: more than one word, the
        head capitalised (`Central Electoral Commission`, `Court of Appeal`, not `Morvaine's
        electoral commission`)."""
        return [
            g
            for g in self.orgs.values()
            if g is not group
            and len(words := org_words(g.name)) > 1
            and _org_head(words)[:1].isupper()
            and not _possessor_end(words)
        ]

    def _spelled_out(self, acronym: str) -> list[_Group]:
        """The organisations an acronym stands for: the ones the text writes it after in
        brackets (`Islamic State (ISIS)`), else the ones whose initials it is (`_initials_of`)."""
        text = self.doc.text
        bracketed, initials = [], []
        for g in self.orgs.values():
            if g.name == acronym or len(org_words(g.name)) < 2:
                continue
            if any(
                text.startswith(f" ({acronym})", m.end) or text.startswith(f"({acronym})", m.end)
                for m in g.mentions
            ):
                bracketed.append(g)
            elif _initials_of(acronym, g.name):
                initials.append(g)
        return bracketed or initials

    def _opened_acronyms(self, acronym: str, group: _Group) -> list[_Group]:
        """The bodies whose own acronym `acronym` opens and whose name's first words it
        stands for (`UN` and `United Nations Office for Disaster Relief (UNODR)`), when the
        article writes `acronym` only before a noun that a sentence naming the body uses too
        (`launched a flash appeal` ... `the UN appeal`): the work of the body the article
        names, not a body of its own. A noun the body's sentences never use (`UN
        peacekeepers` beside `UNDP said`) is the wider body's own."""
        spans = self._spans(group)
        if len(spans) < len(group.mentions) or any(
            span.root.dep_ not in ("compound", "nmod") for span in spans
        ):
            return []
        nouns = {span.root.head.lemma_.lower() for span in spans}
        return [
            g
            for g in self.orgs.values()
            if g is not group
            and len(org_words(g.name)) > 2
            and _acronym(g.name).startswith(acronym)
            and any(
                m.text != acronym and m.text.isupper() and m.text.startswith(acronym)
                for m in g.mentions
            )
            and nouns <= self._sentence_lemmas(g)
        ]

    def _sentence_lemmas(self, group: _Group) -> set[str]:
        """The lower-case lemmas of the sentences that name `group`."""
        return {t.lemma_.lower() for span in self._spans(group) for t in span.sent}

    def _spans(self, group: _Group) -> list[Span]:
        """The doc's spans of `group`'s mentions (those that align with tokens)."""
        spans = (
            self.doc.char_span(m.start, m.end, alignment_mode="expand") for m in group.mentions
        )
        return [span for span in spans if span is not None]

    def _outlet_short_names(self) -> None:
        """The article's outlet named by its last words in the prose (`told the Examiner` in
        `The Halveth Examiner`, `the Herald's figures`): the outlet, by its full name."""
        words = _paper_words(self.outlet)
        if len(words) < 2:
            return
        full = " ".join(words)
        tails = {norm(" ".join(words[k:])) for k in range(1, len(words))}
        for key in [k for k, g in self.orgs.items() if norm(g.name) in tails]:
            if self._another_paper(self.orgs[key]):
                continue
            short = self.orgs.pop(key)
            self.orgs.setdefault(norm(full), _Group("ORG", full)).absorb(short)

    def _another_paper(self, group: _Group) -> bool:
        """A short form of the outlet's name that the outlets table knows as another paper's:
        that paper when it is a name of several words (`the Financial Times` in `The Velmar
        Financial Times`), when the outlet is a weekday edition of it (`the Times` in `The
        Sunday Times`) or when the text names that paper in full too (`The Times of London`).
        The outlet's last word alone (`told the Times` in `The Velmar Times`) is how a paper
        names itself, and so is a name written as its own newsroom's (`the Times's
        reporter`)."""
        info = outlet_info(group.name)
        if info is None or any(_OWN_NEWSROOM.match(self.doc.text, m.end) for m in group.mentions):
            return False
        short = _paper_words(group.name)
        extra = _paper_words(self.outlet)[: -len(short)] if short else []
        weekday_edition = bool(extra) and all(w.lower() in _WEEKDAYS for w in extra)
        return (
            len(short) > 1
            or weekday_edition
            or self._names_in_full(info.name, *info.aliases, short=short)
        )

    def _names_in_full(self, *names: str, short: list[str]) -> bool:
        """The text writes one of a paper's `names` longer than its short form `short`."""
        text = self.doc.text
        for name in names:
            words = _paper_words(name)
            if len(words) > len(short) and re.search(
                r"\b" + r"\s+".join(map(re.escape, words)) + r"\b", text
            ):
                return True
        return False

    def _off_bare_heads(self) -> None:
        """A capitalised kind of body alone (`_BARE_BODIES`) that joined no full name (`the
        Government would provide`, `her Government's figures`, `the Board`): a common noun,
        no body's name. Kept when it is the only body the article names and it speaks or acts
        (`The Board said ...`): the article's one body, named so; a state's own organ
        (`_STATE_ORGANS`: `the Government would provide`) stays no body, the state's."""
        text = self.doc.text
        for key in list(self.orgs):
            group = self.orgs[key]
            words = org_words(group.name)
            if len(words) != 1 or not words[0].istitle() or words[0].lower() not in _BARE_BODIES:
                continue
            before = [text[max(m.start - 12, 0) : m.start].split()[-1:] for m in group.mentions]
            if not all(w and w[0].lower() in _LEADING for w in before):
                continue
            if len(self.orgs) == 1 and words[0].lower() not in _STATE_ORGANS and self._acts(group):
                continue
            del self.orgs[key]

    def _acts(self, group: _Group) -> bool:
        """A mention of `group` is a verb's subject (`The Board said`, `the Board will meet`)."""
        return any(span.root.dep_ in ("nsubj", "nsubjpass") for span in self._spans(group))

    def _agency_from_byline(self) -> None:
        """`(CPS)` in the dateline, named nowhere else in full: the byline's credit whose
        initials it is (`Continental Press Service`) names it, the acronym stays an alias."""
        line = dateline(self.doc.text) if self.byline else None
        if line is None or line.agency is None:
            return
        acronym = line.agency[0].strip()
        group = self.orgs.get(norm(acronym))
        if group is None or group.name != acronym:
            return
        names = {
            c
            for c in byline_credits(self.byline)
            if len(c.split()) > 1
            and c.split()[-1].lower() in AGENCY_HEADS  # not a reporter's name of those initials
            and _acronym(c) == acronym
        }
        if len(names) == 1:
            group.name = names.pop()

    def _nested_places(self) -> None:
        """The place an organisation is named after (`the Bank of Ostrenia`, `the University
        of Kerrow`) as a mention linked `nested`: it joins the article's country or place of
        that name (or the place its demonym `Ostrenian` made) or makes one, so the place is
        found though the article never writes it alone. The organisation keeps its whole
        span (events and speakers take the longest mention)."""
        people = {w for k in self.full_keys + self.run_keys for w in k}
        for group in list(self.orgs.values()):
            for m in list(group.mentions):
                span = self.doc.char_span(m.start, m.end) if m.link == "name" else None
                at = _named_after(self.doc, span.start, span.end) if span else None
                name = self.doc[at[0] : at[1]].text if at else ""
                if at is None or any(w in people for w in _person_key(name)):
                    continue
                if self._known_place(name, m):
                    self._nested_group(name).add(self.doc, *at, "nested")

    def _known_place(self, name: str, org: EntityMention) -> bool:
        """The name an organisation is `of` is a place only when the tables know it as a
        country or city, or the article uses it as one outside that name (NER's place, `in
        X`, its demonym `Ostrenian`), or is shaped like a country's (`the Bank of Valdoria`;
        not `-land`, which surnames share: `the Bank of Copeland`): `the Court of
        Cassation`, `the Bank of Hartwell` (a founder) name no place."""
        if is_place(name) or _country_shaped(name):
            return True
        group = self.places.get(norm(name))
        return group is not None and any(
            m.link != "nested" and not (org.start <= m.start and m.end <= org.end)
            for m in group.mentions
        )

    def _nested_group(self, text: str) -> _Group:
        found = lookup(text)
        if found is not None and found[1] == "name":
            return self._country(found[0])
        return self.places.setdefault(norm(text), _Group("GPE", text))

    def _names_people(self, word: str) -> bool:
        """`word` names a country or a people: a country or demonym the tables know, or a
        demonym-shaped word this article tags as a people or uses as one (`Velmoran
        police`); not any place of the article (NER's `Lester` GPE)."""
        found = lookup(word)
        if found is not None:
            return found[1] in ("name", "demonym")
        return word.endswith(_DEMONYM_SHAPE) and (
            norm(word) in self.groups
            or norm(word) in self.place_demonyms
            or self._used_as_demonym(word)
        )

    # -- output --------------------------------------------------------------------------------

    def _entities(self) -> list[Entity]:
        story = set(self.countries)
        ties = self.ties
        spots: dict[int, tuple[float, float] | None] = {}  # id(place) -> its coordinates
        for g in self.places.values():
            if g.type not in ("GPE", "LOC"):
                continue
            if norm(g.name) in ties:
                # the article names the place's country: the gazetteer's namesake elsewhere is
                # not it (`BERGEN, Valmora`); an unknown country leaves it unknown unless the
                # text names the gazetteer's country too
                tied = ties[norm(g.name)]
                found = geocode(g.name, story, within=tied) if tied else geocode(g.name, story)
                if tied is None and found and found[0] not in story:
                    found = None
                g.country = tied or (found[0] if found else None)
            else:
                found = geocode(g.name, story)
                if found:
                    g.country = found[0]
                else:  # `Bavaria`: a first-level region of one country, no point
                    g.country = region_country(g.name)
            spots[id(g)] = (found[1], found[2]) if found else None
        groups = [
            *self.countries.values(),
            *self.places.values(),
            *self.orgs.values(),
            *self.people,
            *self.groups.values(),
            *self.vessels.values(),
        ]
        out = []
        for g in sorted((g for g in groups if g.mentions), key=lambda g: (g.first, g.name)):
            g.mentions.sort(key=lambda m: (m.start, m.end))
            if g.type == "PERSON" and g.country is None:
                g.country = resolve_country(g.name, _PERSON_KINDS, self.published)
            aliases = sorted({m.text for m in g.mentions if m.link == "name"} - {g.name})
            lat = lon = None
            if g.type in ("GPE", "LOC") and g.country:
                if id(g) in spots:
                    spot = spots[id(g)]
                else:
                    found = geocode(g.name, story)
                    spot = (found[1], found[2]) if found else None
                if spot:
                    lat, lon = spot
            out.append(
                Entity(
                    g.name, g.type, g.mentions, aliases, g.roles, g.country, lat, lon, key=g.name
                )
            )
        return out

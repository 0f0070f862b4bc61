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

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc

from newsgraph.analyse.countries import (
    country_name,
    geocode,
    lookup,
    norm,
    resolve_country,
)
from newsgraph.analyse.speakers import (
    _HONORIFICS,
    INSTITUTION_NOUNS,
    LEADER_ROLES,
    ROLE_NOUNS,
    _person_spans,
    _stem,
)
from newsgraph.records import Entity, EntityMention

LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"})
_DETERMINERS = frozenset({"the", "a", "an"})
_POSSESSIVE_TOKENS = frozenset({"'s", "’s", "'", "’"})
#: Role words that are titles in front of a name but not in ROLE_NOUNS (`Sen. Jane Roe`).
_TITLE_WORDS = frozenset(
    "sen. sen rep. rep gov. gov gen. gen col. col lt. lt capt. capt adm. adm dr. dr prof. "
    "prof judge justice sheikh ayatollah cardinal bishop rabbi imam colonel lieutenant "
    "captain sergeant admiral marshal prime deputy vice foreign defense defence interior "
    "finance state".split()
)
#: Last words of capitalised runs that name things, not people.
_NOT_NAME_HEADS = INSTITUTION_NOUNS | frozenset(
    """
    initiative road street avenue square program programme fund forum summit games war strait
    sea river lake mountains island islands university college school institute centre center
    project plan agreement treaty act bridge airport station port harbour harbor group alliance
    organization organisation association foundation network corporation company inc ltd
    """.split()
)
_NOT_ROLES = frozenset("mr mr. mrs mrs. ms ms. miss".split())
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

    def add(self, doc: Doc, start: int, end: int, link: str) -> None:
        span = doc[start:end]  # not doc.text: spaCy rebuilds that string on every access
        a, b = span.start_char, span.end_char
        if all(m.start != a or m.end != b for m in self.mentions):
            self.mentions.append(EntityMention(span.text, a, b, link))

    @property
    def first(self) -> int:
        return min(m.start for m in self.mentions)


def extract_entities(doc: Doc, published: object = None) -> list[Entity]:
    """The entities one parsed article mentions, each with every mention that refers to it
    (char spans into `doc.text`), in order of first mention. `published` (the article's date,
    when known) picks the office an office holder held then."""
    return _Builder(doc, published).build()


# -- mentions ----------------------------------------------------------------------------------


def _mentions(doc: Doc) -> list[_Mention]:
    """NER's mentions of the types we keep, plus the unlabelled capitalised runs that name
    people, cleaned of line breaks, brackets, leading articles and possessives."""
    raw: list[tuple[int, int, str]] = [(e.start, e.end, e.label_) for e in doc.ents]
    runs = {(s.start, s.end) for s in _person_spans(doc) if not s.ents}
    raw += [(a, b, "PERSON") for a, b in runs]
    out: list[_Mention] = []
    seen: set[tuple[int, int]] = set()
    for start, end, label in sorted(raw):
        if label not in LABELS:
            continue
        for a, b in _clean(doc, start, end):
            if (a, b) not in seen:
                seen.add((a, b))
                out.append(_Mention(a, b, label, "run" if (start, end) in runs else "name"))
    return out


def _clean(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    """Split a span at line breaks and brackets; trim articles, possessives and punctuation."""
    pieces: list[tuple[int, int]] = []
    a = start
    for i in range(start, end + 1):
        if i == end or doc[i].is_space or "\n" in doc[i].text or doc[i].text in '()[]"“”':
            pieces.append((a, i))
            a = i + 1
    cleaned = []
    for a, b in pieces:
        while a < b and (doc[a].lower_ in _DETERMINERS or doc[a].is_punct):
            a += 1
        while b > a and (doc[b - 1].text in _POSSESSIVE_TOKENS or doc[b - 1].is_punct):
            b -= 1
        if b > a and doc[a].text[:1].isupper():
            cleaned.append((a, b))
    return cleaned


def _acronym(name: str) -> str:
    words = [w for w in re.findall(r"[\w]+", name) if w.lower() not in _ACRONYM_STOP]
    return "".join(w[0] for w in words if w[0].isupper())


def _person_key(text: str) -> tuple[str, ...]:
    toks = tuple(norm(t) for t in re.findall(r"[\w.'’-]+", text))
    return tuple(t for t in toks if t and t not in _HONORIFICS and t not in _NOT_ROLES)


def _contains(full: tuple[str, ...], part: tuple[str, ...]) -> bool:
    n = len(part)
    return n > 0 and any(full[i : i + n] == part for i in range(len(full) - n + 1))


# -- building ----------------------------------------------------------------------------------


class _Builder:
    def __init__(self, doc: Doc, published: object = None) -> None:
        self.doc = doc
        self.published = published
        self.countries: dict[str, _Group] = {}
        self.places: dict[str, _Group] = {}
        self.orgs: dict[str, _Group] = {}
        self.people: list[_Group] = []
        self.groups: dict[str, _Group] = {}  # NORP without a country

    def build(self) -> list[Entity]:
        persons: list[_Mention] = []
        for m in _mentions(self.doc):
            kind = self._retype(m)
            if kind == "PERSON":
                persons.append(m)
        self._people(persons)
        self._institutions()
        self._descriptions()
        return self._entities()

    def _retype(self, m: _Mention) -> str | None:
        """Route one mention to its group; answer PERSON for the mentions left to `_people`."""
        doc, text = self.doc, m.text(self.doc)
        found = lookup(text)
        if found and found[1] in ("name", "demonym", "gov"):
            link = "metonym" if found[1] == "gov" else "name"
            self._country(found[0]).add(doc, m.start, m.end, link)
            return None
        if m.label in ("GPE", "ORG", "NORP") and self._is_surname(m):
            return "PERSON"
        if found and found[1] == "org":  # `Twitter` tagged PERSON
            self._org(m, text)
            return None
        if found and found[1] == "person" and m.label != "PERSON":
            return "PERSON"  # our rows only: Phoenix's also hold `Obama administration`
        if found and found[1] == "capital" and self._stands_for_government(m):
            self._country(found[0]).add(doc, m.start, m.end, "metonym")
            return None
        if m.label == "PERSON":
            words = [t.lower_ for t in doc[m.start : m.end]]
            if all(w in ROLE_NOUNS or w in _TITLE_WORDS for w in words):
                return None
            if m.link == "run" and words[-1] in _NOT_NAME_HEADS:
                return None  # `Belt and Road Initiative`: a capitalised run that is no person
            return "PERSON"
        if m.label == "NORP":
            low = text.lower()
            adjective = doc[m.end - 1].pos_ == "ADJ" and low.endswith(_DEMONYM_ENDINGS)
            if low in _GROUP_WORDS or adjective:
                group = self.groups.setdefault(norm(text), _Group("NORP", text))
                group.add(doc, m.start, m.end, "name")
            return None  # `Harbour` tagged NORP: no group, no country
        if m.label == "ORG":
            self._org(m, text)
            return None
        key = norm(text)
        group = self.places.setdefault(key, _Group(m.label, text))
        group.add(doc, m.start, m.end, "name")
        return None

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
        people = (e for e in self.doc.ents if e.label_ == "PERSON" and len(e) > 1)
        return any(word in _person_key(e.text) for e in people)

    def _country(self, iso3: str) -> _Group:
        if iso3 not in self.countries:
            self.countries[iso3] = _Group("GPE", country_name(iso3), country=iso3)
        return self.countries[iso3]

    def _org(self, m: _Mention, text: str) -> None:
        doc = self.doc
        key = norm(text)
        group = self.orgs.get(key)
        if group is None and text.isupper():  # `SCO` after `Shanghai Cooperation Organization`
            group = next((g for g in self.orgs.values() if _acronym(g.name) == text), None)
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
            ent = next((e for e in doc.ents if e.start == end + 1 or e.start == end + 2), None)
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
        for m, key in sorted(keyed, key=lambda x: (-len(x[1]), x[0].start)):
            if any(_contains(g.tokens, key) for g in fulls):
                continue
            words = [t for t in doc[m.start : m.end] if t.lower_ not in _NOT_ROLES]
            name = "".join(t.text_with_ws for t in words).strip()  # `al-Maliki` stays whole
            name = re.sub(r"^(?:[A-Z][a-z]{1,4}\.\s+)+", "", name)  # `Sen. `, `Lt. Gen. `
            fulls.append(_Group("PERSON", name, key))
        for m, key in keyed:
            owners = [g for g in fulls if _contains(g.tokens, key)]
            if len(owners) > 1:
                at = doc[m.start].idx
                before = [g for g in owners if g.mentions and g.mentions[-1].start < at]
                owners = [max(before, key=lambda g: g.mentions[-1].start)] if before else owners
            group = owners[0]
            group.add(doc, m.start, m.end, "name")
            self._titles(group, m)
        self._bare_surnames(fulls)
        self.people = fulls

    def _bare_surnames(self, fulls: list[_Group]) -> None:
        """A capitalised word NER left bare that is one person's name (`Brenn said`)."""
        doc = self.doc
        taken = {i for g in fulls for m in g.mentions for i in range(m.start, m.end)}
        for t in doc:
            if t.ent_type_ or not t.is_title or t.idx in taken:
                continue
            if t.pos_ != "PROPN" and (t.pos_ != "NOUN" or t.is_sent_start):
                continue  # a capitalised noun opening a sentence is no name (`Small firms`)
            key = _person_key(t.text)
            owners = [g for g in fulls if len(g.tokens) > 1 and _contains(g.tokens, key)]
            if len(owners) == 1 and key[-1:] == owners[0].tokens[-1:]:
                owners[0].add(doc, t.i, t.i + 1, "name")

    def _titles(self, group: _Group, m: _Mention) -> None:
        """Roles before the name (`Kremlin foreign policy adviser`), in an apposition
        (`Lena Ortt, a senior fellow with …`) and after `of` (`President … of Norvik`)."""
        doc = self.doc
        i = m.start
        while i > 0 and m.start - i < 8:
            t = doc[i - 1]
            if t.is_space or "\n" in t.text:
                break
            if t.ent_type_ == "PERSON" and t.lower_ not in ROLE_NOUNS:
                break
            if t.is_punct or t.pos_ in ("VERB", "AUX", "ADP", "DET", "PRON", "CCONJ", "SCONJ"):
                break
            i -= 1
        pre = doc[i : m.start]
        if len(pre) and any(t.lower_ in ROLE_NOUNS or t.lower_ in _TITLE_WORDS for t in pre):
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
                a, b = sub[0].i, sub[-1].i + 1
                while a < b and doc[a].lower_ in _DETERMINERS:
                    a += 1
                if "\n" not in doc[a:b].text:
                    self._role(group, doc[a:b].text, a, b, "description")

    def _of_place(self, end: int) -> str | None:
        doc = self.doc
        if end + 1 < len(doc) and doc[end].lower_ == "of":
            ent = next((e for e in doc.ents if e.start == end + 1), None)
            if ent is not None and ent.label_ in ("GPE", "ORG") and lookup(ent.text):
                return ent.text
        return None

    def _role(self, group: _Group, role: str, start: int, end: int, link: str) -> None:
        if role not in group.roles:
            group.roles.append(role)
        group.role_words |= {t.lower_ for t in self.doc[start:end] if t.is_alpha}
        group.add(self.doc, start, end, link)
        if group.country is None:
            group.country = resolve_country(role, _ROLE_KINDS)

    def _descriptions(self) -> None:
        """`the Russian president`, `the Chinese leader`: the latest person before it whose
        titles have that role and qualifiers (`Chinese` ~ `China`)."""
        doc = self.doc
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
            if any(
                m.start < chunk.end_char and chunk.start_char < m.end
                for g in self.people
                for m in g.mentions
            ):
                continue
            words = {t.lower_ for t in chunk if t.is_alpha and t.lower_ != "the"}
            qualifiers = {w for w in words if w != root.lower_ and w not in ROLE_NOUNS}
            best: tuple[int, _Group] | None = None
            for g in self.people:
                ok = root.lower_ in g.role_words or (
                    root.lower_ == "leader" and g.role_words & LEADER_ROLES
                )
                stems = {_stem(w) for w in g.role_words}
                if not ok or any(_stem(q) not in stems for q in qualifiers):
                    continue
                before = [mm.start for mm in g.mentions if mm.start < chunk.start_char]
                if before and (best is None or max(before) > best[0]):
                    best = (max(before), g)
            if best is not None:
                a = chunk.start + 1 if chunk[0].lower_ == "the" else chunk.start
                best[1].add(doc, a - 1, root.i + 1, "description")

    def _institutions(self) -> None:
        """`Taiwan's foreign ministry`: an institution noun owned by a country NER left bare."""
        doc = self.doc
        for chunk in doc.noun_chunks:
            root = chunk.root
            if root.lower_ not in INSTITUTION_NOUNS or any(t.ent_type_ == "ORG" for t in chunk):
                continue
            owner = [t for t in root.children if t.dep_ == "poss" and t.ent_type_ == "GPE"]
            if not owner:
                continue
            iso3 = resolve_country(owner[0].text, ("name", "capital"))
            if iso3:
                start = owner[0].i
                text = doc[start : root.i + 1].text
                group = self.orgs.setdefault(norm(text), _Group("ORG", text, country=iso3))
                group.add(doc, start, root.i + 1, "name")

    # -- output --------------------------------------------------------------------------------

    def _entities(self) -> list[Entity]:
        story = set(self.countries)
        for g in self.places.values():
            if g.type in ("GPE", "LOC"):
                found = geocode(g.name, story)
                if found:
                    g.country = found[0]
        groups = [
            *self.countries.values(),
            *self.places.values(),
            *self.orgs.values(),
            *self.people,
            *self.groups.values(),
        ]
        out = []
        for g in sorted((g for g in groups if g.mentions), key=lambda g: (g.first, g.name)):
            g.mentions.sort(key=lambda m: (m.start, m.end))
            if g.type == "PERSON" and g.country is None:
                g.country = resolve_country(g.name, _PERSON_KINDS, self.published)
            aliases = sorted({m.text for m in g.mentions if m.link == "name"} - {g.name})
            lat = lon = None
            if g.type in ("GPE", "LOC") and g.country:
                found = geocode(g.name, story)
                if found:
                    _, lat, lon = found
            out.append(
                Entity(
                    g.name, g.type, g.mentions, aliases, g.roles, g.country, lat, lon, key=g.name
                )
            )
        return out

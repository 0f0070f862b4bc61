"""Cross-article identity: one key per person, organisation, place and country.

Keys are readable and deterministic (`person:tomas-brenn`, `country:RUS`,
`gpe:lyon:FRA`): the same input gives the same keys on every run and machine, and a key
never depends on the order articles arrive in, except where a short name was ambiguous.

Rules, from the safest:
- a country is its ISO code (`Russia`, `Russian`, `the Kremlin` → `country:RUS`);
- names equal after transliteration and case folding are one (`Özkan` = `Ozkan`);
- a person's name spelled in another transliteration is one person when each word reads alike
  by the letter classes of `spelling` (`Aleksandr`/`Alexander`, `Yevgeny`/`Evgeny`,
  `Mohammed`/`Muhammad`, `Zelensky`/`Zelenskyy`, `al-`/`el-`) and one word is written the same
  or most letters are (`Alexandra Grant` stays apart from `Alexander Grant`, `Ali Mohammed` from
  `Mohammed Ali`), unless an article names both as two people (`note_apart`); the key is the
  spelling whose key sorts first, in any order (`transliteration`);
- a shorter name joins a longer one that contains it only when exactly one known name does
  (`Brenn` → `Tomas Brenn`; `Clinton` stays apart when both `Hillary Clinton` and `Chelsea
  Clinton` are known, and those two never merge: neither contains the other);
- an acronym joins the one organisation whose initials it is (`SCO`);
- an organisation or one-word person named exactly as one known place, with no title or
  description and no person's full name holding the words, is that place mislabelled (`place
  name`); a person's full name never is (`Elton Brand` tagged GPE somewhere stays a person);
- a person named exactly as one known organisation, with no title or description and no
  person key of that name, is that organisation mislabelled (`org name`);
- a GPE and a LOC of one name and country are one place (`place name`). A place whose
  country only the gazetteer guessed gets no special rule: `Haldrum` geocoded to Norway stays
  `gpe:haldrum:NOR` beside a `gpe:haldrum` an article tied to a country the tables lack, since
  the stored index cannot tell a guess from a named country and the joint key would then
  depend on which article came first.
Every merge of a second entity into a key comes with a `MergeEvidence` saying why.

Incremental use: keep the `KeyInfo` index that `Linker.index` holds (the store can persist it)
and call `link_new(index, article_id, entities)` for each new article. A short name that came
before its full name got a key of its own (`person:orrel`); when a later article brings the one
full name it is part of (`Tamsin Orrel`), the linker drops the short key from its index and
records the move in `Linker.rekeyed` (old key -> `Rekey`), which the caller applies to what it
stored. When a new full name makes an old short name ambiguous (`Chelsea Clinton` after a
`Clinton` joined `Hillary Clinton`), `Linker.splits` names the key, and `split_off` the stored
entities of that one word that go back to their own keys (`person:clinton`). A new place key
re-keys the same way an organisation key of its very words (`place name`), the LOC key of
the place a GPE now names, and a one-word person key this linker gave only to bare names
(`Velmark` tagged PERSON before an article made it a place). So people's and these places'
keys equal `link_entities`'s for the same corpus in any order; acronyms, org forms and other
people named as places still depend on order (see docs/entities.md).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz
from unidecode import unidecode

from newsgraph.analyse.countries import lookup, norm
from newsgraph.records import Entity
from newsgraph.wordlists import HONORIFICS as _HONORIFICS
from newsgraph.wordlists import legal_form

_ACRONYM_STOP = frozenset({"of", "the", "and", "for", "on", "in", "de"})
_PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})
#: Place types one name may carry across articles for one place (NER tags a country or a
#: region GPE in one article, LOC in another).
_AREA_TYPES = ("GPE", "LOC")


@dataclass(frozen=True, slots=True)
class KeyInfo:
    """What the index knows of a key: the canonical name and what matching needs."""

    key: str
    name: str
    type: str
    tokens: tuple[str, ...]  # ASCII, lower-case name words
    country: str | None = None


@dataclass(frozen=True, slots=True)
class MergeEvidence:
    """Why an entity of an article got a key another entity already had."""

    key: str
    article_id: str
    index: int  # the entity's index in its article's list
    name: str  # the entity's own name
    canonical: str  # the key's canonical name
    reason: str  # same name | transliteration | partial name | acronym | place name | org form
    # | org name | same key


@dataclass(frozen=True, slots=True)
class Rekey:
    """A stored short key that a new longer name now owns: move its entities to `key`."""

    key: str
    canonical: str  # the longer key's canonical name
    type: str
    country: str | None
    reason: str  # partial name | place name | transliteration (the reason its entities now carry)


#: Generic head nouns of organisations' names, written or left off (`Ilvane Forward party`).
ORG_GENERIC_HEADS = frozenset(
    "party movement group company front alliance coalition union bloc organisation "
    "organization association federation corporation foundation society network".split()
)
#: Words that name no organisation by themselves: a shorter form made only of these and the
#: generic heads (`Army` from `the Velmoran Army`) is no form of one organisation's name; the
#: institution nouns `_owner_first` reads before `of` (`Ministry of Defence`).
_ORG_NOUNS = ORG_GENERIC_HEADS | frozenset(
    "army navy police government ministry council committee parliament court agency party "
    "office authority authorities commission assembly senate congress bank board department".split()
)
#: Endings of a word that reads as a people's adjective (`Velmoran`, `Ostrese`, `Kelish`).
_DEMONYM_SHAPE = ("an", "ese", "ish", "i")


def org_words(name: str) -> tuple[str, ...]:
    """An organisation's name as words, without a leading `the` (`The Red Crescent`)."""
    words = name.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    return tuple(words)


def bare_forms(words: tuple[str, ...], names_people: Callable[[str], bool]) -> list[str]:
    """The shorter forms an organisation's name may be written in: without a country or
    demonym before it (`names_people` judges the first word), leaving two words or more (a
    single word left is as often another body's: `State` beside `Islamic State`), and without
    a generic head noun or a legal form after it (`Corvane Timber Ltd`). Each is the joined
    words in the name's own case; a form made only of generic nouns (`Army`) is none."""
    out = []
    if len(words) > 1 and legal_form(words[-1]):
        words = words[:-1]
        out.append(words)
    if len(words) > 2 and words[0][:1].isupper() and names_people(words[0]):
        out.append(words[1:])
    if len(words) > 1 and words[-1].lower() in ORG_GENERIC_HEADS:
        out.append(words[:-1])
    return [" ".join(f) for f in out if any(w.lower() not in _ORG_NOUNS for w in f)]


def names_people(word: str) -> bool:
    """Without an article to read: a country or demonym the tables know, or a capitalised
    word shaped as a people's adjective (`Velmoran`)."""
    found = lookup(word)
    if found is not None:
        return found[1] in ("name", "demonym")
    return len(word) > 4 and word[:1].isupper() and word.endswith(_DEMONYM_SHAPE)


#: A ministry's portfolio, written before `ministry` (`the interior ministry`) or after
#: `Minister of`: alone, no role, only a part of one (`Finance` beside `Finance Minister`).
PORTFOLIOS = frozenset(
    """
    interior foreign defence defense finance health justice education economy economic
    agriculture transport energy environment labour labor trade culture information home
    treasury
    """.split()
)


def distinct_roles(roles: list[str]) -> list[str]:
    """Each role once, whatever its case (`mediator`, `Mediator`), in first-seen order; of
    the forms of one role the one with the fewest capitals stands for it (a capital that
    opens a sentence is no part of the role), so every article and every store listing gives
    one form; a bare portfolio word (`Finance`) goes when a fuller role holds it. The one
    normalisation of roles: extraction (per article) and the store's listings (across
    articles) use it."""
    forms: dict[str, str] = {}
    for role in roles:
        role = " ".join(role.split())
        key = role.casefold()
        kept = forms.get(key)
        if kept is None or _capitals(role) < _capitals(kept):
            forms[key] = role
    words = {w for key in forms if " " in key for w in key.split()}
    # `[Finance; Finance Minister]`: a bare portfolio word is a part of the fuller role
    return [r for key, r in forms.items() if not (key in PORTFOLIOS and key in words)]


def _capitals(text: str) -> tuple[int, str]:
    return (sum(c.isupper() for c in text), text)


def key_info(key: str, name: str, type: str, country: str | None) -> KeyInfo:
    """A stored entity as the linker indexes it."""
    return KeyInfo(key, name, type, _tokens(name), country)


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", unidecode(text).lower()).strip("-")


def _org_key(name: str) -> str:
    """An organisation's key, without a possessive before its lower-case words: `Tamberg's
    customs service` in one article and `the Tamberg customs service` in another are one; an
    institution `of` its owner is keyed owner first (`_owner_first`); a company without its
    legal form (`_without_legal_form`)."""
    return f"org:{slug(_owner_first(_POSSESSIVE.sub('', _without_legal_form(name))))}"


def _without_legal_form(name: str) -> str:
    """A company's name without its legal form (`Corvane Timber Ltd`, `Corvane Timber, Inc.`:
    `Corvane Timber`), so both forms key alike whichever article comes first."""
    words = name.split()
    if len(words) > 1 and legal_form(words[-1]):
        return " ".join(words[:-1]).rstrip(",")
    return name


#: Words before an institution noun that `_owner_first` keeps in its key (`Central Bank`).
_OFFICE_RANKS = frozenset("central national federal supreme constitutional".split())


def _owner_first(name: str) -> str:
    """`Central Bank of Drovnia` as `Drovnia Central Bank`, the words that `Drovnia's central
    bank` and `the Drovnia central bank` key to, and `Ministry of Defence` as `Defence
    Ministry`: an institution noun (no generic head: `party`, `union`) before one `of`, at
    most a rank word before it, and a name of one or two capitalised words after it. Other
    names as they are (`Office of the President`, `Court of Justice of the European Union`)."""
    words = org_words(name)
    if words.count("of") != 1:
        return name
    i = words.index("of")
    head, owner = words[:i], words[i + 1 :]
    if not head or head[-1].lower() not in _ORG_NOUNS - ORG_GENERIC_HEADS:
        return name  # not `Union of Concerned Scientists`, `Party of Regions`
    if any(w.lower() not in _OFFICE_RANKS for w in head[:-1]) or not 0 < len(owner) <= 2:
        return name  # not `Alaska Department of Natural Resources`
    if owner[0].lower() == "the" or not all(w[:1].isupper() for w in owner):
        return name
    return " ".join(owner + head)


_POSSESSIVE = re.compile(r"(?<=\w)['’]s?(?= [a-z])")


def _tokens(name: str) -> tuple[str, ...]:
    words = re.findall(r"[a-z0-9]+(?:-[a-z0-9]+)*", unidecode(name).lower())
    return tuple(w for w in words if w not in _HONORIFICS)


#: Letter classes of one name's Latin spellings, applied in turn to a lower-case ASCII word:
#: `ye` is `e` (`Yevgeny`, `Gruzdyev`, `Sergeyev`), `ks` is `x` (`Aleksandr`), `y` is `i` (`Dmitry`,
#: `Sergey`; not a word's first letter, a consonant there: `Yan` is no `Ian`), a final `ij` is
#: `i` (`Dmitrij`), a doubled letter one (`Mohammed`, `Zelenskyy`),
#: a final consonant + `er` drops the `e` (`Alexander`/`Aleksandr`, `Peter`/`Petr`), and the
#: article prefix `el-`/`ul-` is `al-` (`el-Sisi`). A word shorter than `_SHORT` letters keeps
#: its `y` and doubled letters: there they tell two names apart (`Kay`/`Kai`, `Lynn`/`Lyn`,
#: `Anna`/`Ana`), not two spellings of one; but a final `y` after a consonant is `i` at any
#: length, the commonest transliteration pair of Russian first names (`Yury`/`Yuri`), at the
#: cost of joining `Mary`/`Mari` of one surname in two articles (one article naming both keeps
#: them apart: `Linker.note_apart`).
_SHORT = 5
_SPELLING = tuple(
    (re.compile(a), b, shortest)
    for a, b, shortest in (
        (r"ye", "e", 0),
        (r"ks", "x", 0),
        (r"(?<=[^aeiouy])y$", "i", 0),
        (r"(?<=.)y", "i", _SHORT),
        (r"i[ij]$", "i", 0),
        (r"(?<=[^aeiou])er$", "r", 0),
        (r"^[eu]l-", "al-", 0),
    )
)
_DOUBLED = re.compile(r"(.)\1+")
#: Then inside a word of five letters or more (its first and last letter kept), `ee` reads as
#: `i`, `e` as `a` and `u` as `o`: vowels Arabic and Persian names are written with either way
#: (`Rasheed`/`Rashid`, `Mohammed`/`Muhammad`, `Ahmed`/`Ahmad`, `Hussein`/`Husain`); `i` keeps
#: its own class (`Francis` is no `Frances`) and a short word its vowels (`Jan` is no `Jen`).
#: `e` reads as `a` only after the word's first vowels: there the two are two names
#: (`Jensen`/`Jansen`, `Peterson`/`Paterson`, `Derek`/`Darek`).
_INNER_EE = re.compile(r"(?<=.)ee(?=.)")
_FIRST_VOWELS = re.compile(r"^[^aeiou]*[aeiou]+")
_LATER_E = re.compile(r"e(?=.)")
_INNER_U = re.compile(r"(?<=.)u(?=.)")


@lru_cache(maxsize=1 << 16)
def spelling(word: str, full: bool = True) -> str:
    """One lower-case ASCII word as its transliteration class: two spellings of one name
    give the same string (`Aleksandr`, `Alexander` -> `alaxandr`), which a name list could
    only do for the names it lists. Not `full`: the letter classes only, without doubled
    letters and vowels, for a word standing alone (`Jones` is no form of `Jonas`, nor `ATI`
    of `Atti`), where no other word of the name vouches for it."""
    for pattern, repl, shortest in _SPELLING:
        if len(word) >= shortest:
            word = pattern.sub(repl, word)
    if not full or len(word) < _SHORT:
        return word
    word = _DOUBLED.sub(r"\1", _INNER_EE.sub("i", word))
    if len(word) >= _SHORT:
        first = _FIRST_VOWELS.match(word)
        head = first.group() if first else ""
        word = _INNER_U.sub("o", head + _LATER_E.sub("a", word[len(head) :]))
    return _DOUBLED.sub(r"\1", word)


@lru_cache(maxsize=1 << 16)
def person_form(tokens: tuple[str, ...], full: bool = True) -> tuple[str, ...]:
    """A person's name words as transliteration classes, a separate article prefix joined
    to the word after it (`al Assad` = `al-Assad`), in their order: the people the linker
    tells apart by this form (`Mohammed Ali` is no `Ali Mohammed`). Not `full`: the form that
    a surname alone is matched against (`spelling`)."""
    out: list[str] = []
    i = 0
    while i < len(tokens):
        word = tokens[i]
        if word in ("al", "el", "ul") and i + 1 < len(tokens):
            i += 1
            word = f"al-{tokens[i]}"
        out.append(spelling(word, full))
        i += 1
    return tuple(out)


def _anchored(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Two names of one form that also share a word written alike at the same place, or
    whose letters are mostly the same (`Mohammed Al-Rasheen`/`Muhammad al-Rashin`, rapidfuzz
    ratio 80 or more): the other spellings are then one name's, not two people's whose
    names only read alike."""
    if len(a) != len(b):
        return False
    return (
        any(x == y for x, y in zip(a, b, strict=True)) or fuzz.ratio(" ".join(a), " ".join(b)) >= 80
    )


def _acronym(tokens: tuple[str, ...]) -> str:
    return "".join(t[0] for t in tokens if t not in _ACRONYM_STOP).upper()


def _contains(full: tuple[str, ...], part: tuple[str, ...]) -> bool:
    n = len(part)
    return 0 < n < len(full) and any(full[i : i + n] == part for i in range(len(full) - n + 1))


class Linker:
    """Assigns keys against an index of known keys; `index` grows as entities are linked."""

    def __init__(self, existing: dict[str, KeyInfo] | None = None) -> None:
        self.index: dict[str, KeyInfo] = dict(existing or {})
        self.used: set[str] = set(self.index)  # keys some linked entity already has
        self.first: dict[str, str] = {k: info.name for k, info in self.index.items()}
        self.places: dict[tuple[str, ...], set[str]] = {}  # name words -> place keys
        #: word -> the words of each person's name of two or more words that holds it (so a
        #: check against people's names costs what the word's names cost, not the index)
        self.person_words: dict[str, set[tuple[str, ...]]] = {}
        #: the words of a shorter form of an organisation's name -> the keys of the longer
        #: names it is a form of (`red crescent` -> `org:velmoran-red-crescent`)
        self.org_forms: dict[tuple[str, ...], set[str]] = {}
        #: word -> the person keys of that one word (`orrel` -> `person:orrel`), which a
        #: later full name holding the word takes over when it is the only one
        self.surnames: dict[str, set[str]] = {}
        #: the words of a person's name of two or more words -> its keys
        self.people: dict[tuple[str, ...], set[str]] = {}
        #: the full `person_form` of a person's name of two or more words -> its keys
        self.spelled: dict[tuple[str, ...], set[str]] = {}
        #: short keys a later longer name took over (old key -> where its entities go)
        self.rekeyed: dict[str, Rekey] = {}
        #: (key, word): a person key whose one-word forms (`Clinton`) a second full name
        #: holding the word made ambiguous; its entities of that one word go back to their own
        #: keys (`split_off` says which)
        self.splits: list[tuple[str, str]] = []
        #: one-word person keys this linker gave only to bare names (no title, description or
        #: role), and the person keys it gave to any other: a new place of the word takes over
        #: the first kind only (the store moves every entity of a key)
        self.bare_people: set[str] = set()
        self.titled_people: set[str] = set()
        #: pairs of person keys one article names as two people in near spellings (`Karen
        #: Singh` and `Karan Singh`, both quoted): never one key by `transliteration`
        self.apart: set[frozenset[str]] = set()
        for info in self.index.values():
            self._place(info)

    def _same_place(self, e: Entity, toks: tuple[str, ...]) -> str | None:
        """The one known place key of these words that this GPE or LOC is: of the other area
        type with the same country (`Ilvane` GPE here, LOC there)."""
        if e.type not in _AREA_TYPES or not toks:
            return None
        found = set()
        for key in self.places.get(toks, ()):
            info = self.index[key]
            if info.type not in _AREA_TYPES:
                continue
            if info.country == e.country:
                found.add(key)
        if len(found) != 1:
            return None
        return next(iter(found))

    def _place(self, info: KeyInfo) -> None:
        if info.type in _PLACE_TYPES and info.tokens:
            self.places.setdefault(info.tokens, set()).add(info.key)
        elif info.type == "PERSON" and len(info.tokens) > 1:
            form = person_form(info.tokens, full=False)
            for word in form:
                self.person_words.setdefault(word, set()).add(form)
            self.people.setdefault(form, set()).add(info.key)
            self.spelled.setdefault(person_form(info.tokens), set()).add(info.key)
        elif info.type == "PERSON" and info.tokens:
            self.surnames.setdefault(spelling(info.tokens[0], full=False), set()).add(info.key)
        elif info.type == "ORG":
            for form in bare_forms(org_words(info.name), names_people):
                self.org_forms.setdefault(_tokens(form), set()).add(info.key)

    def _forget(self, info: KeyInfo) -> None:
        """Undo `_place` for a key that moved into another."""
        form = person_form(info.tokens, full=False)
        for keys in (
            self.places.get(info.tokens),
            self.people.get(form),
            self.spelled.get(person_form(info.tokens)),
            self.surnames.get(form[0] if form else ""),
        ):
            if keys is not None:
                keys.discard(info.key)
        if info.type == "PERSON" and len(form) > 1 and not self.people.get(form):
            for word in form:
                self.person_words.get(word, set()).discard(form)
        for form in bare_forms(org_words(info.name), names_people) if info.type == "ORG" else ():
            self.org_forms.get(_tokens(form), set()).discard(info.key)

    def _org_form(self, e: Entity, key: str, toks: tuple[str, ...]) -> str | None:
        """The key of the one other organisation this one is a form of: the one longer name
        holding this one after a country or demonym or before a generic head noun (`Red
        Crescent` for `Velmoran Red Crescent`), unless this name already has its own key; or,
        for a longer name whose shorter form already has its key, that key, unless another
        longer name has the same shorter form (`Ostran Red Crescent` beside it)."""
        if e.type != "ORG" or e.name.isupper() or not toks:
            return None
        if key not in self.used:
            owners = self.org_forms.get(toks, set()) - {key}
            if len(owners) == 1:
                return next(iter(owners))
        for form in bare_forms(org_words(e.name), names_people):
            short = _org_key(form)
            if short == key or short not in self.used or self.index[short].type != "ORG":
                continue
            if self.org_forms.get(_tokens(form), set()) <= {key}:
                return short
        return None

    def _as_place(self, e: Entity, toks: tuple[str, ...]) -> str | None:
        """The one place key an organisation or one-word person name of the same words is a
        mislabel of (`Castelmar` tagged ORG in one article, GPE in others), when no person's
        full name holds those words (`Castelmar` as a surname). A person's full name never
        joins a place: NER tags full names GPE far more often than it tags a place PERSON
        (`Wladimir Klitschko`, `Elton Brand` GPE in some ECB+ articles), and joining made
        their key depend on which article came first (a person key, once known, kept it)."""
        if e.type not in ("ORG", "PERSON") or e.roles or not toks:
            return None
        if e.type == "PERSON" and len(toks) > 1:
            return None  # a full name: NER's place reading of it is the mislabel (below)
        if any(m.link != "name" for m in e.mentions) or e.name.isupper() and len(toks) == 1:
            return None  # a title or description makes it a person; `UN` an acronym
        keys = self.places.get(toks, set())
        if len(keys) != 1:
            return None
        if self._in_full_name(toks):
            return None
        return next(iter(keys))

    def _in_full_name(self, toks: tuple[str, ...]) -> bool:
        """Whether some known person's name of two words or more holds these words."""
        form = person_form(toks, full=False)
        return any(_contains(name, form) for name in self.person_words.get(form[0], ()))

    def _spellings(self, toks: tuple[str, ...], key: str) -> list[str]:
        """The other person keys of a full name that are this name in another spelling
        (`person:sergei-lavrov` for `Sergey Lavrov`), sorted."""
        if len(toks) < 2:
            return []
        return sorted(
            k
            for k in self.spelled.get(person_form(toks), ())
            if k != key
            and _anchored(self.index[k].tokens, toks)
            and frozenset((k, key)) not in self.apart
        )

    def note_apart(self, entities: list[Entity]) -> None:
        """Record the full names of one article that read alike by `person_form` but are two
        entities there with no role in common: the article tells two people apart (`Karen
        Singh`, a nurse, and `Karan Singh`, her neighbour), which no letter class may join."""
        people = [e for e in entities if e.type == "PERSON" and len(_tokens(e.name)) > 1]
        for i, a in enumerate(people):
            roles = {r.casefold() for r in a.roles}
            for b in people[i + 1 :]:
                keys = frozenset((self.own_key(a), self.own_key(b)))
                if (
                    len(keys) == 2
                    and person_form(_tokens(a.name)) == person_form(_tokens(b.name))
                    and not roles & {r.casefold() for r in b.roles}
                ):
                    self.apart.add(keys)

    def _as_org(self, e: Entity, toks: tuple[str, ...]) -> str | None:
        """The organisation key a person of the same words is a mislabel of (`Civic Dawn`
        tagged PERSON after `according to`, ORG where the article wrote `Civic Dawn party`):
        only names, no title or description, and no person key of those words."""
        if e.type != "PERSON" or e.roles or not toks:
            return None
        if any(m.link != "name" for m in e.mentions):
            return None
        key = _org_key(e.name)
        info = self.index.get(key)
        if info is None or info.type != "ORG" or f"person:{slug(e.name)}" in self.used:
            return None
        return key

    def own_key(self, e: Entity) -> str:
        """The key an entity gets from its own name, before any merge."""
        if e.type in ("GPE", "NORP") and e.country and norm(e.name) == norm(_country(e)):
            return f"country:{e.country}"
        if e.type == "PERSON":
            return f"person:{slug(e.name)}"
        if e.type == "ORG":
            return _org_key(e.name)
        base = f"{e.type.lower()}:{slug(e.name)}"
        return f"{base}:{e.country}" if e.country else base

    def register(self, entities: list[Entity]) -> None:
        """Add the full names of a batch first, so a short name is judged against them all."""
        added: list[KeyInfo] = []
        for e in sorted(entities, key=lambda e: (self.own_key(e), e.name)):
            toks = _tokens(e.name)
            if e.type == "PERSON" and len(toks) < 2:
                continue
            same = self._same_place(e, toks)
            if same not in (None, self.own_key(e)) and self.own_key(e) > same:
                continue  # the other area type of a known place, whose key sorts first
            if e.type == "ORG" and e.name.isupper():
                continue
            spelled = self._spellings(toks, self.own_key(e)) if e.type == "PERSON" else []
            if any(k < self.own_key(e) for k in spelled):
                continue  # another spelling of a known name, whose key sorts first
            if self._as_place(e, toks) or self._as_org(e, toks):
                continue
            key = self.own_key(e)
            known = key in self.index
            info = self.index.setdefault(key, KeyInfo(key, e.name, e.type, toks, e.country))
            self._place(info)
            if not known:
                added.append(info)
                self._split_spellings(info)
        for info in added:  # after the whole batch: two new full names make a short one ambiguous
            self._take_over(info)
        self._ambiguous(added)

    def _ambiguous(self, added: list[KeyInfo]) -> None:
        """Record in `splits` each known person key that was the only full name holding a
        word a new full name also holds (`Hillary Clinton` when `Chelsea Clinton` arrives)."""
        new = {person_form(info.tokens, full=False) for info in added if info.type == "PERSON"}
        for info in added:
            if info.type != "PERSON" or len(info.tokens) < 2:
                continue
            for word in dict.fromkeys(person_form(info.tokens, full=False)):
                older = self.person_words.get(word, set()) - new
                if len(older) != 1:
                    continue
                for key in sorted(self.people.get(next(iter(older)), ())):
                    if (key, word) not in self.splits:
                        self.splits.append((key, word))

    def _split_spellings(self, info: KeyInfo) -> None:
        """Record in `splits` each known key of this new name's spelling that an article now
        keeps apart from it: its stored entities of exactly this name, which joined it by
        `transliteration` before, go back to this key (`split_off`)."""
        if info.type != "PERSON" or len(info.tokens) < 2:
            return
        for key in sorted(self.spelled.get(person_form(info.tokens), ())):
            if frozenset((key, info.key)) in self.apart and (key, info.name) not in self.splits:
                self.splits.append((key, info.name))

    def split_off(
        self, rows: list[tuple[str, int, str]], word: str
    ) -> list[tuple[str, int, str, str]]:
        """Of a key's stored entities (article id, index, name), those named by the one
        ambiguous `word` alone (`Clinton`, `Ms Clinton`), or by a full name an article keeps
        apart from the key's (`Karen Singh` from `Karan Singh`), each with the own key it now
        keeps (as `resolve` gives such a name): (article id, index, key, name)."""
        form = person_form(_tokens(word), full=False)
        return [
            (article_id, idx, f"person:{slug(name)}", name)
            for article_id, idx, name in rows
            if person_form(_tokens(name), full=False) == form
        ]

    def _short_keys(self, info: KeyInfo) -> list[tuple[str, str]]:
        """(key, reason) of each known one-word person key that this new full name is now the
        only one holding, by the rule `resolve` applies in the other order (`partial name`).
        Acronyms are not re-keyed: a second organisation of the same initials arriving later
        would need the split `_ambiguous` does for people, and without it re-keying made more
        ECB+ quote speakers differ between orders, not fewer."""
        out: list[tuple[str, str]] = []
        if info.type == "PERSON" and len(info.tokens) > 1:
            for word in dict.fromkeys(person_form(info.tokens, full=False)):
                if len(self.person_words.get(word, ())) == 1:
                    out += [(k, "partial name") for k in sorted(self.surnames.get(word, ()))]
            spelled = self._spellings(info.tokens, info.key)
            out += [(k, "transliteration") for k in spelled if info.key < k]
        out += [(k, "place name") for k in self._mislabels_of_place(info)]
        return [(k, r) for k, r in out if k != info.key]

    def _mislabels_of_place(self, info: KeyInfo) -> list[str]:
        """The known keys of a new place's very words that `resolve` joins to the place when
        it is known first (`_as_place`, `_same_place`): `Castelmar` tagged ORG in an earlier
        article, the LOC key of a place a GPE now names, or a one-word person key only bare
        names got in this linker (a titled one keeps a person's key in one batch too)."""
        if info.type not in _PLACE_TYPES or not info.tokens:
            return []
        out = []
        if info.type in _AREA_TYPES:
            out += [
                k
                for k in sorted(self.places.get(info.tokens, ()))
                if k != info.key
                and self.index[k].type in _AREA_TYPES
                and self.index[k].country == info.country
                and info.key < k
            ]
        if self.places.get(info.tokens) != {info.key}:
            return out  # `_as_place` joins a mislabel to the one place of its words only
        if self._in_full_name(info.tokens):
            return out
        person = f"person:{slug(info.name)}"
        if (
            len(info.tokens) == 1
            and info.type in _AREA_TYPES
            and person in self.bare_people - self.titled_people
            and person in self.index
            and self.index[person].type == "PERSON"
        ):
            out.append(person)  # `Velmark` tagged PERSON before an article made it a place
        known = self.index.get(_org_key(info.name))
        if known is None or known.type != "ORG" or known.tokens != info.tokens:
            return out
        if not (known.name.isupper() and len(known.tokens) == 1):  # `PEL`: an acronym
            out.append(known.key)
        return out

    def note_person(self, e: Entity, key: str) -> None:
        """Remember whether a person key was given to a bare name or to a titled one."""
        if e.type != "PERSON" or not key.startswith("person:"):
            return
        if e.roles or any(m.link != "name" for m in e.mentions) or len(_tokens(e.name)) != 1:
            self.titled_people.add(key)
        else:
            self.bare_people.add(key)

    def _take_over(self, info: KeyInfo) -> None:
        """Move the short keys this new name owns into its key: gone from the index, and
        recorded in `rekeyed` (an earlier move into a short key follows it on)."""
        for short, reason in self._short_keys(info):
            move = Rekey(info.key, info.name, info.type, info.country, reason)
            for old, earlier in list(self.rekeyed.items()):
                if earlier.key == short:
                    self.rekeyed[old] = move
            self.rekeyed[short] = move
            self._forget(self.index.pop(short))
            if short in self.used:
                self.used.discard(short)
                self.used.add(info.key)
            self.first.pop(short, None)

    def link_article(
        self, article_id: str, entities: list[Entity]
    ) -> tuple[dict[int, str], list[MergeEvidence]]:
        """Keys for one more article, growing this linker's index in place (no copy)."""
        self.note_apart(entities)
        self.register(entities)
        keys, evidence = _assign(self, [(article_id, entities)])
        return {i: k for (_, i), k in keys.items()}, evidence

    def resolve(self, e: Entity) -> tuple[str, str]:
        """(key, reason) for one entity; the reason is `own` when no merge rule applied."""
        key = self.own_key(e)
        toks = _tokens(e.name)
        place = self._as_place(e, toks) or self._same_place(e, toks)
        if place is not None and place != key:
            return place, "place name"
        org = self._as_org(e, toks)
        if org is not None:
            return org, "org name"
        form = self._org_form(e, key, toks)
        if form is not None:
            return form, "org form"
        if key in self.index:
            return key, "same name"
        if e.type == "PERSON" and (spelled := self._spellings(toks, key)):
            return spelled[0], "transliteration"
        if e.type == "PERSON":
            form = person_form(toks, full=False)
            owners = sorted(
                k
                for name in self.person_words.get(form[0] if form else "", ())
                if _contains(name, form)
                for k in self.people.get(name, ())
            )
            if len(owners) == 1:
                return owners[0], "partial name"
        if e.type == "ORG" and e.name.isupper():
            owners = sorted(
                k
                for k, info in self.index.items()
                if info.type == "ORG" and len(info.tokens) > 1 and _acronym(info.tokens) == e.name
            )
            if len(owners) == 1:
                return owners[0], "acronym"
        self.index[key] = KeyInfo(key, e.name, e.type, toks, e.country)
        self._place(self.index[key])
        return key, "own"


def _country(e: Entity) -> str:
    from newsgraph.analyse.countries import country_name

    return country_name(e.country or "")


def link_entities(
    articles: list[tuple[str, list[Entity]]],
) -> tuple[dict[tuple[str, int], str], list[MergeEvidence]]:
    """Global keys for the entities of many articles: (article id, entity index) → key, and
    the evidence of each merge. Deterministic for the same input."""
    linker = Linker()
    ordered = sorted(articles, key=lambda a: a[0])
    for _, ents in ordered:
        linker.note_apart(ents)
    linker.register([e for _, ents in ordered for e in ents])
    return _assign(linker, ordered)


def link_new(
    existing: dict[str, KeyInfo], article_id: str, entities: list[Entity]
) -> tuple[dict[int, str], list[MergeEvidence], dict[str, KeyInfo]]:
    """Keys for one new article against an existing index: (entity index → key, evidence, the
    updated index to keep for the next article). `existing` is not modified."""
    linker = Linker(existing)
    keys, evidence = linker.link_article(article_id, entities)
    return keys, evidence, linker.index


def _assign(
    linker: Linker, articles: list[tuple[str, list[Entity]]]
) -> tuple[dict[tuple[str, int], str], list[MergeEvidence]]:
    keys: dict[tuple[str, int], str] = {}
    evidence: list[MergeEvidence] = []
    for article_id, entities in articles:
        short = _first_word_forms(linker, entities)
        # the longer names first, so a short form takes the key its longer name gets
        for i in sorted(range(len(entities)), key=lambda i: i in short):
            e = entities[i]
            if i in short:
                key, reason = keys[(article_id, short[i])], "org form"
            else:
                key, reason = linker.resolve(e)
            keys[(article_id, i)] = key
            linker.note_person(e, key)
            canonical = linker.index[key].name
            merged = key in linker.used or reason in (
                "transliteration",
                "partial name",
                "acronym",
                "place name",
                "org form",
                "org name",
            )
            linker.used.add(key)
            first = linker.first.setdefault(key, e.name)
            if not merged:
                continue
            if reason in ("same name", "own") and e.name != first:
                reason = "transliteration" if _spelled_alike(e, first) else "same key"
            evidence.append(MergeEvidence(key, article_id, i, e.name, canonical, reason))
    return keys, evidence


def _spelled_alike(e: Entity, first: str) -> bool:
    """Whether an entity's name is its key's first name in another spelling."""
    if slug(e.name) == slug(first):
        return True
    return e.type == "PERSON" and person_form(_tokens(e.name)) == person_form(_tokens(first))


def _first_word_forms(linker: Linker, entities: list[Entity]) -> dict[int, int]:
    """Organisations of one capitalised word that are the first word of the one longer
    organisation the same article names (`Tavrick` beside `Tavrick Foods`), as a surname
    stands for the person: entity index -> the longer one's index. Not a word the article or
    the index knows as a place or in a person's name, nor a people's or country's name."""
    out: dict[int, int] = {}
    other = {w.casefold() for e in entities if e.type != "ORG" for w in e.name.split()}
    for i, e in enumerate(entities):
        words = org_words(e.name)
        if e.type != "ORG" or len(words) != 1 or not words[0][:1].isupper():
            continue
        word = words[0]
        toks = _tokens(word)
        if word.isupper() or word.casefold() in other or names_people(word):
            continue
        if toks in linker.places or spelling(toks[0], full=False) in linker.person_words:
            continue
        longer = [
            j
            for j, o in enumerate(entities)
            if o.type == "ORG"
            and len(org_words(o.name)) > 1
            and org_words(o.name)[0].casefold() == word.casefold()
        ]
        if len({entities[j].name for j in longer}) == 1:
            out[i] = longer[0]
    return out

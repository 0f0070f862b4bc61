"""Resolving a speaker mention to a name the article gives: `he` → `Vladimir Putin`.

Within one article only (cross-article identity is the entities stage's job). The rules follow
how news text introduces people: a full name with a title once (`Russian President Vladimir
Putin`), then the surname (`Putin`), a pronoun (`he`) or a description (`the Russian leader`).
When the article never names the speaker the answer is None: we never guess.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from newsgraph.analyse.speech import MEDIA_NOUNS

#: Role nouns of a description that stands for a person (`the Russian president`).
ROLE_NOUNS = frozenset(
    """
    president leader minister premier chancellor king queen prince monarch emperor pope
    spokesman spokeswoman spokesperson adviser advisor secretary ambassador envoy chief head
    governor mayor senator congressman congresswoman representative general commander
    chairman chairwoman chair ceo director negotiator diplomat lawmaker official candidate
    nominee founder coordinator fellow analyst expert professor economist strategist
    """.split()
)
#: Roles that "leader" may stand for.
LEADER_ROLES = frozenset("president premier chancellor king queen monarch emperor leader".split())
_PERSON_PRONOUNS = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}
_GROUP_PRONOUNS = frozenset({"they", "them", "their"})
#: Unnamed sources: a mention headed by these never resolves to a name.
_ANONYMOUS = frozenset(
    """
    source sources official officials person people analyst analysts expert experts observer
    observers critic critics witness witnesses diplomat diplomats resident residents someone
    spokesperson aide aides insider insiders
    """.split()
)
#: Heads of noun phrases that name an institution even without a proper name
#: (`the foreign ministry said`): they speak as themselves.
INSTITUTION_NOUNS = frozenset(
    """
    ministry government office council committee department parliament army military police
    embassy court commission company party agency administration cabinet presidency kremlin
    white house senate congress assembly union authority authorities navy coastguard guard
    secretariat bank board campaign prosecutor prosecutors
    """.split()
)
_TRAILING_JUNK = re.compile(r"[\s'’\"`,.;:]+$")
_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")


@dataclass(slots=True)
class _Person:
    name: str
    tokens: tuple[str, ...]  # lower-cased name tokens
    start: int  # char offset of the mention
    titles: set[str] = field(default_factory=set)
    subject: bool = False  # the mention is a clause subject (centering: the likelier antecedent)


def _norm_tokens(name: str) -> tuple[str, ...]:
    return tuple(t.lower() for t in re.findall(r"[\w.'’-]+", name))


def _stem(word: str) -> str:
    """Crude match between demonym and country (`Russian` ~ `Russia`, `Iranian` ~ `Iran`)."""
    return word.lower()[:4]


class SpeakerResolver:
    """Resolves speaker mentions of one parsed article, in reading order."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.text = doc.text  # Doc.text rebuilds the string on every access
        self.people: list[_Person] = []
        for span in _person_spans(doc):
            name = _POSSESSIVE.sub("", _TRAILING_JUNK.sub("", span.text.strip()))
            if not name or not name[0].isupper():
                continue
            subject = span.root.dep_ in ("nsubj", "nsubjpass")
            self.people.append(
                _Person(name, _norm_tokens(name), span.start_char, _titles(span), subject)
            )
        # NER misses many later mentions by surname ("Montfort, speaking separately, …"): a
        # proper-noun clause subject that is a word of a person named earlier is that person.
        covered = {p.start for p in self.people}
        for tok in doc:
            if (
                tok.dep_ in ("nsubj", "nsubjpass")
                and tok.pos_ == "PROPN"
                and tok.ent_type_ in ("", "PERSON")
                and tok.idx not in covered
            ):
                low = tok.text.lower()
                if any(p.start < tok.idx and low in p.tokens for p in self.people):
                    self.people.append(_Person(tok.text, (low,), tok.idx, set(), True))
        self.people.sort(key=lambda p: p.start)
        self.speakers: list[tuple[int, str, str]] = []  # (char, name, kind: person|group)
        self._last_kind = "person"
        self.gender: dict[str, str] = {}  # learnt from the he/she pronouns already resolved

    # -- public ------------------------------------------------------------------------------

    def resolve(self, mention: Span) -> str | None:
        """Full name (or organisation name) for a speaker mention, or None."""
        self._last_kind = "person"
        head = mention.root
        low = head.text.lower()
        conjuncts = [t for t in head.conjuncts if mention.start <= t.i < mention.end]
        if conjuncts:
            # "Mr. Grassley and Mr. Leahy": each resolved, joined.
            parts = [mention.doc[t.left_edge.i : t.i + 1] for t in [head, *conjuncts]]
            names = [self.resolve(p) for p in parts]
            self._last_kind = "group"
            return " and ".join(n for n in names if n) or None
        if low in _PERSON_PRONOUNS or low in _GROUP_PRONOUNS:
            return self._pronoun(low, mention.start_char)
        person_ents = [e for e in mention.ents if e.label_ == "PERSON"]
        if person_ents:
            name = _POSSESSIVE.sub("", _TRAILING_JUNK.sub("", person_ents[-1].text))
            return self._full_name(name, mention.start_char)
        trailing = _trailing_name(mention)
        if trailing is not None:
            # "foreign ministry spokesperson Nadia Korsh": a role, then the person's name.
            return self._known(trailing, mention.start_char) or trailing
        if head.text[:1].isupper() and head.ent_type_ not in ("ORG", "GPE", "NORP", "FAC"):
            # NER misses many names in speaker position ("Raisi said"): a capitalised head
            # that is part of a person the article names is that person.
            name = _name_from_propn(head)
            known = self._known(name, mention.start_char)
            if known:
                return known
            if head.pos_ == "PROPN" and low not in ROLE_NOUNS:
                return name
        if low in _ANONYMOUS:
            return None
        if low in ROLE_NOUNS and head.ent_type_ not in ("ORG", "GPE", "NORP"):
            return self._description(mention)
        self._last_kind = "group"
        if mention[0].lower_ in _POSSESSIVE_PRONOUNS:
            return None  # "its foreign ministry": whose is not in the mention
        if low in INSTITUTION_NOUNS and not any(t.pos_ == "PROPN" for t in mention):
            # "the ministry" after "the Ministry of Defence said": the same institution.
            for _, name, kind in reversed(self.speakers):
                if kind == "group" and low in name.lower():
                    return name
            return None
        return _group_name(mention)

    def remember(self, char: int, name: str) -> None:
        """Record a resolved speaker, for the pronouns that follow."""
        self.speakers.append((char, name, self._last_kind))

    # -- rules -------------------------------------------------------------------------------

    def _known(self, name: str, at: int) -> str | None:
        """The fullest name of a person the article names that contains `name`'s words."""
        toks = tuple(t for t in _norm_tokens(name) if t not in _HONORIFICS)
        best: _Person | None = None
        for p in self.people:
            if toks and _contains(p.tokens, toks) and (best is None or _better(p, best, at)):
                best = p
        return best.name if best else None

    def _full_name(self, name: str, at: int) -> str | None:
        return self._known(name, at) or name or None

    def _pronoun(self, pronoun: str, at: int) -> str | None:
        if pronoun in _GROUP_PRONOUNS:
            # "they" is often a plural the article never named as a speaker ("China and
            # Russia … what they call"): only a group speaker of the same paragraph counts.
            for char, name, kind in reversed(self.speakers):
                if char < at and kind == "group" and "\n\n" not in self.text[char:at]:
                    return name
            return None
        gender = _PERSON_PRONOUNS[pronoun]

        def fits(name: str) -> bool:
            return self.gender.get(name, gender) == gender

        found: str | None = None
        found_at = -1
        for char, name, kind in reversed(self.speakers):
            if char < at and kind == "person" and at - char < 1500 and fits(name):
                found, found_at = name, char
                break
        # A person the same paragraph has since made its subject ("Montfort, speaking
        # separately, struck a cautious note. '…,' she said") is the likelier antecedent than
        # the last speaker of an earlier paragraph.
        para_start = self.text.rfind("\n\n", 0, at)
        recent = [
            p
            for p in self.people
            if p.subject
            and max(found_at, para_start) < p.start < at
            and fits(self._full_name(p.name, at) or p.name)
        ]
        if recent:
            found = self._full_name(recent[-1].name, at)
        if found is None:
            near = [p for p in self.people if p.start < at and at - p.start < 600]
            near = [p for p in near if fits(self._full_name(p.name, at) or p.name)]
            if near:
                # Centering: a recent subject is the likelier antecedent than a recent object.
                subjects = [p for p in near if p.subject]
                found = self._full_name((subjects or near)[-1].name, at)
        if found is not None:
            self.gender.setdefault(found, gender)
        return found

    def _description(self, mention: Span) -> str | None:
        words = {t.lower_ for t in mention if t.is_alpha and t.lower_ not in ("the", "a", "an")}
        role = mention.root.lower_
        qualifiers = {w for w in words if w != role and w not in ROLE_NOUNS}
        best: _Person | None = None
        for p in self.people:
            if p.start >= mention.start_char or not p.titles:
                continue
            roles_ok = role in p.titles or (role == "leader" and p.titles & LEADER_ROLES)
            if not roles_ok:
                continue
            stems = {_stem(t) for t in p.titles}
            if any(_stem(q) not in stems for q in qualifiers):
                continue
            best = p  # the most recent one wins
        return best.name if best else None


def _person_spans(doc: Doc) -> list[Span]:
    """Spans naming people: NER's PERSON entities, plus runs of two to four capitalised proper
    nouns that NER left unlabelled (the small model misses many names: `Ana Ruiz`)."""
    spans = [e for e in doc.ents if e.label_ == "PERSON"]
    covered = {i for e in spans for i in range(e.start, e.end)}
    i = 0
    while i < len(doc):
        j = i
        while (
            j < len(doc)
            and doc[j].pos_ == "PROPN"
            and doc[j].text[:1].isupper()
            and doc[j].ent_type_ in ("", "PERSON")
            and j not in covered
            and doc[j].lower_ not in ROLE_NOUNS
            and doc[j].is_alpha
            and not _verb_form(doc[j].lower_)
        ):
            j += 1
        if 2 <= j - i <= 4:
            spans.append(doc[i:j])
        i = max(j, i + 1)
    return sorted(spans, key=lambda s: s.start)


def _verb_form(word: str) -> bool:
    """`Says` in a Title Case headline ("Obama Says …") is a verb, not part of a name."""
    from newsgraph.analyse.speech import SAY_VERBS

    return (
        word in SAY_VERBS
        or (word.endswith("s") and word[:-1] in SAY_VERBS)
        or word in ("said", "told", "says", "tells", "wrote", "asked", "added")
    )


def _better(p: _Person, best: _Person, at: int) -> bool:
    """Prefer the longest name; among equals, the latest one introduced before `at`."""
    if len(p.tokens) != len(best.tokens):
        return len(p.tokens) > len(best.tokens)
    p_before, b_before = p.start < at, best.start < at
    if p_before != b_before:
        return p_before
    return p.start > best.start if p_before else p.start < best.start


def _contains(full: tuple[str, ...], part: tuple[str, ...]) -> bool:
    n = len(part)
    return any(full[i : i + n] == part for i in range(len(full) - n + 1))


def _titles(ent: Span) -> set[str]:
    """Lower-cased words that qualify a person: `Russian President` in `Russian President
    Vladimir Putin`, `fellow` in `Andrew Small, a senior fellow`, `Belarus` in `President
    Alexander Lukashenko of Belarus`."""
    doc = ent.doc
    titles: set[str] = set()
    i = ent.start - 1
    while i >= 0 and i >= ent.start - 6:
        t = doc[i]
        if t.is_punct or t.pos_ in ("VERB", "AUX", "ADP", "DET", "PRON", "CCONJ", "SCONJ"):
            break
        if t.ent_type_ == "PERSON":
            break
        titles.add(t.lower_)
        i -= 1
    root = ent.root
    for child in root.children:
        if child.dep_ == "appos" and child.i > root.i:
            titles.update(t.lower_ for t in child.subtree if t.is_alpha and not t.is_stop)
    if ent.end < len(doc) and doc[ent.end].lower_ == "of" and ent.end + 1 < len(doc):
        nxt = doc[ent.end + 1]
        if nxt.ent_type_ in ("GPE", "ORG", "NORP"):
            titles.add(nxt.lower_)
    return titles


_HONORIFICS = frozenset(
    "mr mr. mrs mrs. ms ms. dr dr. sen sen. rep rep. gov gov. prof prof. sir dame lord lady "
    "gen gen. col col. capt capt. rev rev. president minister".split()
)
_POSSESSIVE_PRONOUNS = frozenset("its their his her our my your".split())


def _name_from_propn(head: Token) -> str:
    parts = [t for t in head.lefts if t.dep_ in ("compound", "flat") and t.pos_ == "PROPN"]
    parts = [t for t in parts if t.lower_ not in _HONORIFICS]
    # `… Plan B.⏎⏎Sanders said`: a word the parse joins across a line break is not the name's.
    doc = head.doc
    parts = [t for t in parts if not any("\n" in w.text_with_ws for w in doc[t.i : head.i])]
    return " ".join([*(t.text for t in parts), head.text])


def _trailing_name(mention: Span) -> str | None:
    """The person's name at the end of a mention that starts with a role: two or more
    capitalised proper nouns after the last role noun."""
    roles = [t.i for t in mention if t.lower_ in ROLE_NOUNS]
    if not roles:
        return None
    run = [t for t in mention if t.i > roles[-1]]
    if 2 <= len(run) <= 4 and all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in run):
        return " ".join(t.text for t in run)
    return None


def _group_name(mention: Span) -> str | None:
    """An organisation or group as the article names it, without a leading article."""
    tokens = [t for t in mention if not t.is_punct or t.text in ("'s", "’s", "-", "&")]
    while tokens and tokens[0].lower_ in ("the", "a", "an"):
        tokens = tokens[1:]
    if not tokens:
        return None
    has_name = any(t.pos_ == "PROPN" or t.ent_type_ in ("ORG", "GPE", "NORP") for t in tokens)
    root = mention.root.lower_
    if not has_name and root not in MEDIA_NOUNS and root not in INSTITUTION_NOUNS:
        return None
    return mention.doc[tokens[0].i : tokens[-1].i + 1].text

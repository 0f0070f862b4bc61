"""Resolving a speaker mention to a name the article gives: `he` → `Tomas Brenn`.

Within one article only (cross-article identity is the entities stage's job). The rules follow
how news text introduces people: a full name with a title once (`Norvik President Tomas
Brenn`), then the surname (`Brenn`), a pronoun (`he`) or a description (`the Norvik leader`).
When the article never names the speaker the answer is None: we never guess.
"""

from __future__ import annotations

import bisect
import itertools
import re
import weakref
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TypeVar, cast

from spacy.tokens import Doc, Span, Token

from newsgraph.analyse.speech import MEDIA_NOUNS, is_say_verb
from newsgraph.wordlists import (
    ABBREVIATED_TITLES,
    ADDRESS_ONLY,
    STREET_NOUNS,
    TITLE_ABBREVIATIONS,
    legal_form,
)
from newsgraph.wordlists import FEMALE_HONORIFICS as _FEMALE_HONORIFICS
from newsgraph.wordlists import HONORIFICS as _PERSONAL_HONORIFICS
from newsgraph.wordlists import MALE_HONORIFICS as _MALE_HONORIFICS

_T = TypeVar("_T")

#: Role nouns of a description that stands for a person (`the Russian president`).
ROLE_NOUNS = frozenset(
    """
    president leader minister premier chancellor king queen prince monarch emperor pope
    spokesman spokeswoman spokesperson adviser advisor secretary ambassador envoy chief head
    governor mayor senator congressman congresswoman representative general commander
    chairman chairwoman chair ceo director negotiator diplomat lawmaker official candidate
    nominee founder coordinator fellow analyst expert professor economist strategist
    councillor councilor commissioner treasurer
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
    secretariat bank board campaign prosecutor prosecutors company firm group fund foundation
    organization organisation institute association corporation bureau university coalition
    alliance league federation network newspaper paper magazine charity service
    """.split()
)
#: Institution nouns that stand for a named organisation of any name (`the company` after
#: `Norvik Oil said`), not only one whose name holds the noun (`the bank` → `Norvik Bank`).
_ANY_ORG_NOUNS = frozenset(
    """
    company firm group fund foundation organization organisation institute association
    corporation bank board campaign agency network newspaper paper magazine coalition alliance
    league federation university charity
    """.split()
)
#: Nouns for a body of people that `of` + a plural makes a crowd the text does not name (`the
#: group of survivors`), not a part of an organisation (`the board of directors`).
_BODY_OF_PEOPLE = frozenset("group coalition alliance network league association".split())
#: Kinds of organisation whose noun stands for the only organisation named just before,
#: whatever its role (`Norvik Oil's inquiry … the company said`): not `group`, `board`
#: or the like, which are often a crowd or a body the text does not name.
_ONLY_ORG_NOUNS = frozenset("company firm corporation bank agency network newspaper paper".split())
#: Nouns for a business: `the company` may stand for a name NER left untagged.
_FIRM_NOUNS = frozenset("company firm corporation".split())
#: Marks of an organisation for a name NER left untagged (`speakers._org_cue`): a legal form
#: (`wordlists.legal_form`) or one of these last words of a group's name, verbs a business
#: does, and words for a company.
_GROUP_WORDS = frozenset("group holdings".split())
BUSINESS_VERBS = frozenset(
    """
    sell buy acquire launch hire employ invest produce manufacture ship merge market
    operate supply sue license
    """.split()
)
_COMPANY_WORDS = frozenset(
    """
    company firm corporation business maker carmaker startup retailer manufacturer
    operator carrier airline brand supplier producer conglomerate subsidiary insurer lender
    """.split()
)
#: Common nouns that title a thing's name, never a company's (`Storm Ofelia`).
_THING_TITLES = frozenset(
    """
    storm hurricane typhoon cyclone tornado mount mt lake river sea bay cape island volcano
    """.split()
)
#: Institution nouns of one kind (`the company` for `Norvik Oil Corporation`).
_KIND_KIN = {
    n: {"company", "firm", "corporation", "group"} for n in ("company", "firm", "corporation")
} | {n: {"newspaper", "paper"} for n in ("newspaper", "paper")}
#: Words that open a sentence or clause and are never the first word of a name: a run
#: `Even Norland` (sentence-initial capitals) names `Norland`.
_NEVER_NAME_START = frozenset(
    """
    even also only just still yet now then meanwhile but and or so however this that these
    those every each all some any no both either neither perhaps maybe indeed instead already
    here there when while after before if as since though although unless until like unlike
    not nor thus hence moreover furthermore besides nevertheless nonetheless today tonight
    yesterday tomorrow why how what where which who whose whom dear
    """.split()
)
_TRAILING_JUNK = re.compile(r"[\s'’\"`,.;:]+$")
_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")
#: Words that make a person's name a name for their side (`Team Ruiz sees the convention as
#: …`): the NER tags the pair a person, whose first name would then be `Team`.
_CAMP_WORDS = frozenset({"team", "camp"})
#: Entity labels NER gives a person's name it also tags PERSON elsewhere (`aides say Ana Ruiz
#: also advises …` tagged a product).
_MISLABELLED_NAMES = frozenset("ORG PRODUCT WORK_OF_ART FAC".split())
#: A line that ends with a sentence's end: its mark, then any closing quotes or brackets.
_ENDS_SENTENCE = re.compile(r"[.!?][\"'”’)\]]*[ \t]*$")
#: One word of a name: letters, with an apostrophe or hyphen inside (`O'Malley`, `Lloyd-Webb`).
_NAME_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
#: A surname with an apostrophe, capitalised on both sides (`O’Malley`, `D'Souza`), which the
#: tagger often calls a common noun when the mark is curly.
_APOSTROPHE_NAME = re.compile(r"[^\W\d_]{1,3}['’][A-Z][^\W\d_]+")
#: Generational suffixes written with a period that belongs to the name (`Jr.`, `Sr.`).
_SUFFIX_PERIOD = re.compile(r"(?<![\w.])(?:Jr|Sr)\.$")


def _clean_name(text: str) -> str:
    """`text` less trailing punctuation and a possessive, keeping the period of `Jr.`: the
    name as the article writes it, not a malformed `C. Stewart Verdan Jr`."""
    text = text.strip()
    keep = "." if _SUFFIX_PERIOD.search(text.rstrip("'’\"`,;: \t\n")) else ""
    return _POSSESSIVE.sub("", _TRAILING_JUNK.sub("", text)) + keep


@dataclass(slots=True)
class _Person:
    name: str
    tokens: tuple[str, ...]  # lower-cased name tokens
    start: int  # char offset of the mention
    titles: set[str] = field(default_factory=set)
    subject: bool = False  # the mention is a clause subject (centering: the likelier antecedent)
    prominence: int = 2  # 0 subject of the main clause, 1 subject of another clause, 2 other
    sent: int = 0  # index of the sentence holding the mention
    quoted: bool = False  # inside quotation marks: someone the quote talks about, not a speaker
    full: str = ""  # the fullest name the article gives this person
    roles: set[str] = field(default_factory=set)  # `businessman` in `Norland businessman X`


#: A capitalised name (words, `&`, `plc`, `AG`) and a bracket of quoted defined terms right
#: after it: `Vendral plc ("Vendral" or "the Company")`, `Brisk AG (the "Bidder")`.
_DEFINITION = re.compile(
    r"\b([A-Z][\w&'’.-]*(?:[ \t]+(?:[A-Z&][\w&'’.-]*|of|and|de|la|plc|ltd|inc|llc|co)){0,6})[ \t]*"
    r"\(((?:[^()\n]*?[\"“][^\"“”()\n]{1,40}[\"”]){1,3}[^()\n]*)\)"
)
_QUOTED_TERM = re.compile(r"[\"“]([^\"“”]{1,40})[\"”]")


def _defined_key(term: str) -> str:
    """A defined term compared without case, a leading `the` or the marks around it."""
    words = term.strip(" \t\"“”'‘’").split()
    if words and words[0].lower() == "the":
        words = words[1:]
    return " ".join(words).lower()


def _norm_tokens(name: str) -> tuple[str, ...]:
    return tuple(t.lower() for t in re.findall(r"[\w.'’-]+", name))


def _stem(word: str) -> str:
    """Crude match between demonym and country (`Russian` ~ `Russia`, `Iranian` ~ `Iran`)."""
    return word.lower()[:4]


class SpeakerResolver:
    """Resolves speaker mentions of one parsed article, in reading order."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.text = doc_text(doc)  # joined once per document
        # Span.ents scans every entity of the document: on a long article, once per mention
        # resolved made resolution grow faster than the text. One sorted index instead.
        self._ents = sorted(doc.ents, key=lambda e: e.start)
        self._ent_starts = [e.start for e in self._ents]
        sents = list(doc.sents)
        self._sent_starts = [s.start_char for s in sents]
        self._breaks = _paragraph_breaks(doc)
        self._quoted = _quoted_intervals(self.text)
        self._authors: list[tuple[int, str, Span]] | None = None
        # Sentences count as distance only where they are narrative, not wholly quoted: a
        # long quote between a speaker and `he` does not make the speaker less salient.
        self._narrative: list[int] = []
        # for organisations, a sentence of punctuation alone (a quotation mark the splitter
        # cut off) is no distance either; the person windows were measured counting it
        self._org_narrative: list[int] = []
        n = m = 0
        for sent in sents:
            words = [t for t in sent if t.is_alpha]
            step = any(not self._in_quote(t.idx) for t in words) or not words
            n += step
            m += step and not all(t.is_punct or t.is_space for t in sent)
            self._narrative.append(n)
            self._org_narrative.append(m)
        self._subject_pronouns = [
            t
            for t in doc
            if t.dep_ in ("nsubj", "nsubjpass")  # `He was joined by …` is the topic too
            and t.head.dep_ == "ROOT"
            and t.lower_ in ("he", "she")
            and not self._in_quote(t.idx)
        ]
        self._pronoun_names: dict[int, str | None] = {}
        self._pronoun_subject = [
            next(
                (
                    _PERSON_PRONOUNS[t.lower_]
                    for t in sent
                    if t.dep_ == "nsubj"
                    and t.head.dep_ == "ROOT"
                    and t.lower_ in ("he", "she")
                    and not self._in_quote(t.idx)
                ),
                None,
            )
            for sent in sents
        ]
        self._title_lines = _title_lines(self.text)
        self.people: list[_Person] = []
        spans = [s for s in map(_cut_at_line_break, _person_spans(doc)) if s is not None]
        all_tokens = [_norm_tokens(s.text) for s in spans]
        # NER tags some names as organisations or products (`Carly Fiorina threw her support
        # …`): a run of two or three capitalised proper nouns that a person span of the
        # article holds is that person, and so is an organisation's right after a singular
        # noun or title for a person (`presidential candidate Ana Ruiz`, `Sen. Tom Vey`).
        for ent in doc.ents:
            toks = _norm_tokens(ent.text)
            if (
                ent.label_ in _MISLABELLED_NAMES
                and 2 <= len(ent) <= 3
                and all(t.pos_ == "PROPN" and t.is_title for t in ent)
                and (
                    any(_contains(t, toks) for t in all_tokens)
                    or (ent.label_ == "ORG" and _after_person_noun(ent))
                )
            ):
                spans.append(ent)
            elif (addressed := _opened_by_address(ent)) is not None:
                spans.append(addressed)
        spans.sort(key=lambda s: s.start)
        all_tokens = [_norm_tokens(s.text) for s in spans]
        lower = self._body_lower()
        stems = {st for w in lower for st in _stems(w)}
        # words the body uses alone as a name mid-sentence (`Young said`): a Title Case
        # headline keeps them in a name though the body also writes them in lower case
        # (`young voters`); not words of a longer name (`Patriot Coal`)
        names = names_alone(doc, self._in_title)
        lower_words = lower - names
        body = [
            t for s, t in zip(spans, all_tokens, strict=True) if not self._in_title(s.start_char)
        ]
        for span in spans:
            if _after_hyphen(span):
                continue  # `Dodd-Frank Wall Street`: the tail of a hyphenated name, no person
            if len(span) > 1 and span[0].lower_ in _CAMP_WORDS:
                continue  # `Team Ruiz`, `Camp Ruiz`: the person's campaign, not a first name
            span = _before_hyphen(span)
            if span is None:
                continue
            first = span[0]
            if (
                len(span) > 1
                and first.tag_ == "MD"
                and first.dep_ == "aux"
                and first.head.tag_ == "VB"
            ):
                # `Game over: Will Brenn quit?`: a modal with its bare verb is no first name
                span = span[1:]
            if self._in_title(span.start_char):
                # `Donald Trump Tweets …`: a Title Case headline glues verbs and adverbs to a
                # name; they are the words the article's text uses in lower case.
                span = _trim_title_name(
                    span, body, lambda w: w not in names and bool(_stems(w) & stems), lower_words
                )
            elif sum(not t.is_space for t in span) >= 3:
                # `Chris Christie Address Heroin` (a run-in heading): trimmed only where the
                # rest is a name the article gives elsewhere; a no-break space between two
                # names is a token of its own, and no word.
                cut = _trim_common(span, lambda w: w in lower, lower)
                own = _norm_tokens(span.text)
                toks = _norm_tokens(cut.text) if cut is not None else own
                if toks != own and any(t != own and _contains(t, toks) for t in all_tokens):
                    span = cut
            if span is None:
                continue
            self._add(span, _titles(span))
        # NER misses many later mentions by surname ("Montfort, speaking separately, …", a
        # sentence-initial `Trump` tagged as a noun): a capitalised word that is the last word of
        # a person named earlier by two or more words is that person.
        covered = {
            i
            for p in self.people
            for i in range(_tok_at(doc, p.start), _tok_at(doc, p.start) + len(p.tokens))
        }
        # the first place each surname of a person named by two or more words is given (the
        # one-word mentions added below never count)
        surname_at: dict[str, int] = {}
        for p in self.people:
            if len(p.tokens) > 1:
                last = p.tokens[-1]
                surname_at[last] = min(p.start, surname_at.get(last, p.start))
        for tok in doc:
            if (
                tok.i not in covered
                and tok.text[:1].isupper()
                and _NAME_WORD.fullmatch(tok.text)
                and (
                    tok.ent_type_ in ("", "PERSON", "ORG", "NORP")
                    # `Halden’s posts` tagged a place: as an owner or a subject (`why
                    # Halden is tempted to run`), a person's surname is that person
                    or (tok.ent_type_ == "GPE" and tok.dep_ in ("poss", "nsubj", "nsubjpass"))
                )
                and not self._in_title(tok.idx)
            ):
                first = surname_at.get(tok.lower_)
                if first is not None and first < tok.idx:
                    self._add(doc[tok.i : tok.i + 1], set())
        self.people.sort(key=lambda p: p.start)
        # `"Crooked Ana Ruiz"` in a quoted post, `Entrusting Ana Ruiz` in a headline: a name
        # form of three or more words found only inside quotation marks or title lines, whose
        # last words are a name the narrative uses, is that narrative name.
        narrative = {p.tokens for p in self.people if not p.quoted and not self._in_title(p.start)}
        for p in self.people:
            words = p.name.split()
            if (
                len(p.tokens) >= 3
                and len(words) == len(p.tokens)
                and p.tokens not in narrative
                and p.tokens[1:] in narrative
            ):
                p.name, p.tokens = " ".join(words[1:]), p.tokens[1:]
        # A sentence with a named topic of its own (`As for Karl Vesper, he said`) is not
        # one that keeps the previous person near.
        topical = {p.sent for p in self.people if p.prominence == 0 and not p.quoted}
        self._pronoun_cum: dict[str, list[int]] = {}
        for g in ("m", "f"):
            n, cum = 0, []
            for i, x in enumerate(self._pronoun_subject):
                n += x == g and i not in topical
                cum.append(n)
            self._pronoun_cum[g] = cum
        # Going back from a sentence, the distance to each earlier one never shrinks, so the
        # sentences within a window are the last few: `_window_start` finds the first by
        # bisection on these keys (narrative sentences less the pronoun sentences skipped).
        self._window_keys: dict[str | None, list[int]] = {None: self._narrative}
        for g, cum in self._pronoun_cum.items():
            self._window_keys[g] = [n - c for n, c in zip(self._narrative, cum, strict=True)]
        self._by_token: dict[str, list[_Person]] = {}
        for p in self.people:
            for t in set(p.tokens):
                self._by_token.setdefault(t, []).append(p)
        for p in self.people:
            p.full = self._known(p.name, p.start) or p.name
        self.speakers: list[tuple[int, str, str]] = []  # (char, name, kind: person|group)
        self._speaker_order: list[tuple[int, int]] = []  # (char, index in speakers), sorted
        self._unnamed_speakers: list[tuple[int, str]] = []  # (char, gender or ""), sorted
        self._people_starts = [p.start for p in self.people]
        # main-clause he/she subjects, all and by gender, and how many of each are resolved
        self._topic_idx = [t.idx for t in self._subject_pronouns]
        self._topic_by_gender: dict[str, list[int]] = {"m": [], "f": []}
        for k, t in enumerate(self._subject_pronouns):
            self._topic_by_gender[_PERSON_PRONOUNS[t.lower_]].append(k)
        self._topics_done = {"m": 0, "f": 0}
        self._desc_order: list[tuple[int, int]] | None = None
        self._last_kind = "person"
        self._initials: dict[str, set[str]] | None = None
        self._kind_phrase: dict[tuple[str, str], str] = {}
        self._phrases: list[Span] | None = None
        self._pairs: list[tuple[int, str]] | None = None
        self._roles: dict[str, set[str]] | None = None
        self._desc_subjects: list[tuple[int, int, int, str]] | None = None
        self._blocked = False  # the last he/she had an unnamed antecedent likelier than a name
        #: a gender the article hints at once and never contradicts: too weak to name a
        #: person's gender, enough that the other gender's `he`/`she` is not that person
        self._lean: dict[str, str] = {}
        self._defined: dict[str, str] | None = None
        self.gender: dict[str, str] = self._learn_genders()

    def _ents_in(self, span: Span) -> list[Span]:
        """The entities wholly inside `span` (what `span.ents` gives), from the index."""
        out = []
        for k in range(bisect.bisect_left(self._ent_starts, span.start), len(self._ents)):
            e = self._ents[k]
            if e.start >= span.end:
                break
            if e.end <= span.end:
                out.append(e)
        return out

    def _add(self, span: Span, titles: set[str]) -> None:
        span = _strip_leading(span)
        if span is None:
            return
        titled, span = span, _drop_title_words(span)
        name = _clean_name(span.text)
        if not name or not name[0].isupper() or (len(name) > 3 and name.isupper()):
            return
        if name.lower().rstrip(".") in _PERSONAL_HONORIFICS:
            return  # `Engr.` cut off from its name by a sentence break: no one's name
        toks = _norm_tokens(name)
        if len(set(toks)) < len(toks):
            return  # `Ruiz v. Ruiz`, `Vey on Vey`: a case or a title, not a person's name
        root = _apposed_subject(span.root) or span.root
        subject = root.dep_ in ("nsubj", "nsubjpass") or _opens_clause(span)
        prominence = 2
        if subject:
            # A main-clause subject, or the subject of a speech verb the parse hangs lower
            # (`Marco Rubio says, win or lose, he's staying`).
            main = (
                root.head.dep_ in ("ROOT", "conj")
                or root.dep_ not in ("nsubj", "nsubjpass")
                or (is_say_verb(root.head.lemma_) and root.head.dep_ not in _EMBEDDED)
            )
            prominence = 0 if main else 1
        elif _topic_phrase(root) or _cleft_focus(root):
            # `As for Tomas Brenn, he said …`: a fronted topic is what the clause is about.
            prominence = 0
        elif (
            root.dep_ == "poss"
            and root.head.dep_ in ("nsubj", "nsubjpass")
            and root.head.head.dep_ in ("ROOT", "conj")
        ):
            # `Ruiz's posts drew replies. "…," she wrote`: the owner of a main-clause subject
            # is what the sentence is about, nearly as a subject would be.
            prominence = 1
        self.people.append(
            _Person(
                name,
                _norm_tokens(name),
                span.start_char,
                titles,
                subject,
                prominence,
                self._sent(span.start_char),
                self._in_quote(span.start_char),
                roles=_role_nouns(titled),
            )
        )

    def _sent(self, char: int) -> int:
        return bisect.bisect_right(self._sent_starts, char) - 1

    def _distance(self, sent: int, here: int, gender: str | None = None) -> int:
        """Narrative sentences from sentence `sent` to sentence `here`, not counting those
        whose subject is a `gender` pronoun: `X spoke. She joked … She said` keeps X near."""
        d = self._narrative[here] - self._narrative[sent]
        if gender is not None and here > sent + 1:
            cum = self._pronoun_cum[gender]
            d -= cum[here - 1] - cum[sent]
        return d

    def _in_quote(self, char: int) -> bool:
        i = bisect.bisect_right(self._quoted, (char, len(self.text) + 1)) - 1
        return i >= 0 and self._quoted[i][0] <= char < self._quoted[i][1]

    def _in_title(self, char: int) -> bool:
        i = bisect.bisect_right(self._title_lines, (char, len(self.text) + 1)) - 1
        return i >= 0 and self._title_lines[i][0] <= char < self._title_lines[i][1]

    def _body_lower(self) -> set[str]:
        """Lower-case words of the article outside its Title Case lines."""
        words: set[str] = set()
        start = 0
        for s, e in [*self._title_lines, (len(self.text), len(self.text))]:
            words.update(re.findall(r"\b[a-z][a-z'’-]*\b", self.text[start:s]))
            start = e
        return words

    def _learn_genders(self) -> dict[str, str]:
        """Gender of the people the article names, from its own words: an honorific (`Mr.`,
        `Ms.`), a gendered title (`spokeswoman`), or the first he/she pronoun after the person
        as a clause subject, before any other person (`Clinton said she …`). One pronoun is
        weak evidence (`Hale told reporters that she …` may report on someone else): a pronoun
        in a reported clause counts once, one in the person's own clause (`Fiorina threw her
        support`) or a title twice; a gender needs two, and three to one where evidence goes
        both ways."""
        votes: dict[str, Counter] = {}
        person_tok = set()
        doc = self.doc
        starts = {}
        for p in self.people:
            i = _tok_at(doc, p.start)
            starts[i] = p
            person_tok.add(i)
        for i, p in starts.items():
            if p.quoted:
                continue
            c = votes.setdefault(p.full, Counter())
            prev = _address_before(doc, i)
            if prev in _MALE_HONORIFICS:
                c["m"] += 2
            elif prev in _FEMALE_HONORIFICS:
                c["f"] += 2
            for t in p.titles:
                if t in _FEMALE_NOUNS:
                    c["f"] += 2
                elif t in _MALE_NOUNS:
                    c["m"] += 2
            if not p.subject:
                continue
            sent_end = doc[i].sent.end
            j = i + 1
            while j < min(sent_end, i + 40):
                t = doc[j]
                if j in person_tok and t.idx != p.start:
                    break
                if (
                    t.pos_ == "NOUN"
                    and t.lower_ in _GENDERED_NOUNS
                    and t.dep_ != "appos"
                    and t.head.i != i
                ):
                    # `Vey knelt, begging a woman to cast her vote for him`: the pronoun
                    # after another person, named or not, is not the subject's.
                    break
                if t.lower_ in _PERSON_PRONOUNS and not self._in_quote(t.idx):
                    # In a clause the person's verb reports (`X told … that she …`) the
                    # pronoun may be someone else: weak evidence; in X's own clause, strong.
                    root = doc[i]
                    while root.dep_ in ("compound", "flat") and root.head.i != root.i:
                        root = root.head
                    if _in_apposition(t, root):
                        # `X, her counterpart at the rival firm, called`: the owner of
                        # X's own description is someone else, no evidence of X's gender
                        j += 1
                        continue
                    weak = _crosses_ccomp(t, root.head)
                    c[_PERSON_PRONOUNS[t.lower_]] += 1 if weak else 2
                    break
                j += 1
            else:
                nxt = self._next_sentence_pronoun(i, sent_end, person_tok)
                if nxt is not None:
                    c[nxt] += 1
        out = {}
        for name, c in votes.items():
            m, f = c["m"], c["f"]
            if m >= 2 and m >= 3 * f:
                out[name] = "m"
            elif f >= 2 and f >= 3 * m:
                out[name] = "f"
        for name, c in votes.items():
            # a hint, where no one else in the article is known to be of that gender (`Trump
            # said she should not run`: Clinton, known a woman, is the likelier `she`)
            hint = "m" if c["m"] and not c["f"] else "f" if c["f"] and not c["m"] else None
            if hint is not None and not any(g == hint for n, g in out.items() if n != name):
                self._lean[name] = hint
        return out

    def _next_sentence_pronoun(self, i: int, sent_end: int, person_tok: set[int]) -> str | None:
        """The gender of a `he`/`she`/`his`/`her` that opens the sentence after the one
        where the person at token `i` is the only person named (`Ana Ruiz said … . Her
        staff …`): weak evidence of that person's gender."""
        doc = self.doc
        if sent_end >= len(doc) or any(k in person_tok for k in range(i + 1, sent_end)):
            return None
        t = doc[sent_end]
        if t.lower_ not in _PERSON_PRONOUNS or self._in_quote(t.idx):
            return None
        return _PERSON_PRONOUNS[t.lower_]

    def _leans_other(self, name: str, gender: str | None) -> bool:
        """The article hints that `name` is of the other gender than `gender`."""
        return gender is not None and self._lean.get(name, gender) != gender

    # -- public ------------------------------------------------------------------------------

    def resolve(self, mention: Span) -> str | None:
        """Full name (or organisation name) for a speaker mention, or None."""
        whole = _owned_phrase(mention)
        if whole is not None:
            # `said Tomas Brenn Sr.'s lawyer` cut at the suffix's period: the lawyer speaks.
            mention = whole
        defined = self._defined_terms().get(_defined_key(mention.text))
        if defined is not None:
            # `Vendral plc ("Vendral" or "the Company")`: a filing's defined term is its name;
            # `Hamid Osei ("the General")` is a person's nickname, and `He` after it is his
            people = {p.full or p.name for p in self.people} | {p.name for p in self.people}
            self._last_kind = "person" if defined in people else "group"
            return defined
        forward = self._forward_description(mention)
        later = self._titled_later(mention) if forward else None
        if later is not None:
            # the article's one holder of that exact title, named after it: stronger than
            # whoever the sentences before make salient (a country NER took for a person)
            self._last_kind = "person"
            return later
        name = self._resolve(mention)
        if name is None:
            group = _group_description(mention) or _earlier_group(mention)
            if group is not None:
                self._last_kind = "group"
                return group
        if name is None and forward:
            name = self._named_after(mention)
            if name is not None:
                self._last_kind = "person"
        if name is None and self._unnamed_lede(mention):
            name = self._introduced_next(mention)
            if name is not None:
                self._last_kind = "person"
        if name is not None and name.isupper() and _caps_label(mention):
            # `MINISTER TAL:` on a page that names no Tal: the label's name as a name is
            # written (`Tal`), not shouted
            name = name.title()
        return name

    def _defined_terms(self) -> dict[str, str]:
        """The defined terms of a filing or a contract, by `_defined_key`: `Vendral plc
        ("Vendral" or "the Company")` makes `Vendral` and `the Company` stand for Vendral plc."""
        if self._defined is None:
            self._defined = {}
            for m in _DEFINITION.finditer(self.text):
                name = m.group(1)
                for term in _QUOTED_TERM.findall(m.group(2)):
                    key = _defined_key(term)
                    if key and key != _defined_key(name):
                        self._defined.setdefault(key, name)
            for key, name in self._defined.items():
                # `the board of the Company (the "Board")`: a term defined by another one
                self._defined[key] = self._defined.get(_defined_key(name), name)
        return self._defined

    def _titled_later(self, mention: Span) -> str | None:
        """`"…," the interior minister told parliament` and, paragraphs later, `Greta Solvik,
        who has been interior minister since 2024`: the one person the article names after
        the mention with the same title (as a title, an apposition or `who is/has been …`);
        none where two people have it."""
        words = [t.text for t in mention if t.lower_ != "the"]
        if not 1 <= len(words) <= 4:
            return None
        title = r"\s+".join(re.escape(w) for w in words)
        after = re.compile(
            r",\s+(?:(?:who|now)\s+(?:is|was|has\s+been|had\s+been|became|serves\s+as)\s+)?"
            r"(?:(?:the|its|their|\w+'s)\s+)?" + title + r"\b",
            re.IGNORECASE,
        )
        before = re.compile(r"\b" + title + r"\s+$", re.IGNORECASE)
        names: set[str] = set()
        for p in self.people:
            if p.start < mention.end_char or p.quoted:
                continue
            end = p.start + len(p.name)
            if after.match(self.text, end) or before.search(
                self.text, max(0, p.start - 60), p.start
            ):
                names.add(p.full or p.name)
        return names.pop() if len(names) == 1 else None

    def _forward_description(self, mention: Span) -> bool:
        """`the Norvian mediator` with no one before it introduced with that noun: a
        definite singular description of a person that the article may name just after
        (a lede's `…, the mediator said.` then `Edda Krall, the mediator, …`)."""
        head = mention.root
        role = head.lower_
        if (
            mention[0].lower_ != "the"
            or head.tag_ not in ("NN", "NNP")  # (a lower-case word: NNP is the tagger's slip)
            or not head.is_lower
            or role in INSTITUTION_NOUNS
            or role in MEDIA_NOUNS
            or any(
                c.dep_ in ("relcl", "acl", "poss")
                or (c.dep_ == "prep" and _role_body(head) is None)
                for c in head.children
            )
            or any(t.pos_ == "PROPN" and t.ent_type_ == "PERSON" for t in mention)
        ):
            return False
        return not any(
            role in p.titles or role in p.roles
            for p in self.people
            if p.start < mention.start_char and not p.quoted
        )

    def _unnamed_lede(self, mention: Span) -> bool:
        """`A Norvian paramedic has described how …` or `"…," she said.` opening the article,
        before anyone is named: a delayed lede, which names the person in the next sentence."""
        head = mention.root
        if any(p.start < mention.start_char for p in self.people):
            return False
        if self._sent(mention.start_char) != self._sent(_paragraph_start(self.text, mention)):
            return False  # the lede is its paragraph's first sentence
        if len(mention) == 1:
            return head.lower_ in ("he", "she")
        return (
            mention[0].lower_ in ("a", "an")
            and head.tag_ == "NN"
            and head.is_lower
            and head.lower_ not in INSTITUTION_NOUNS
            and head.lower_ not in MEDIA_NOUNS
        )

    def _introduced_next(self, mention: Span) -> str | None:
        """The person whose full name opens the sentence after the mention's, named there
        for the first time and introduced by an age or a description (`Ilse Marrow (41), a
        nurse …`, `Ana Velko, 34, …`): the news lede's way of naming whom it described."""
        here = self._sent(mention.start_char)
        for p in self.people:
            if p.start < mention.end_char or p.quoted:
                continue
            if self._sent(p.start) != here + 1:
                return None
            first = self._sent_starts[here + 1]
            opens = self.text[first : p.start].strip(" \t\n\"'“‘") == ""
            after = self.text[p.start + len(p.name) : p.start + len(p.name) + 12]
            if opens and len(p.tokens) >= 2 and _INTRODUCED.match(after):
                return (p.full or p.name) if self._may_be_lede(mention, p) else None
            return None
        return None

    def _may_be_lede(self, mention: Span, p: _Person) -> bool:
        """Whether the person the next sentence introduces can be the one the lede described:
        alive there (`Marko Velt, 41, a teacher, died in the collapse` spoke no lede), of no
        other gender than the lede's `she`/`he`, and, for a description (`A paramedic has
        described …`), introduced with the same noun or saying something there (`Dana Korr,
        the interior minister, praised the rescuers` is someone else)."""
        doc = self.doc
        i = _tok_at(doc, p.start)
        root = doc[i : i + len(p.tokens)].root
        verb = root.head if root.dep_ in ("nsubj", "nsubjpass") else None
        if verb is not None and _dies(verb):
            return False
        want = self._lede_gender(mention)
        got = self.gender.get(p.full) or self._introduced_gender(p, root)
        if want is not None and got is not None and want != got:
            return False
        if len(mention) == 1:
            return True
        described = {c.lemma_.lower() for c in root.children if c.dep_ == "appos"}
        described |= p.titles | p.roles
        return mention.root.lemma_.lower() in described or _says_something(verb)

    def _lede_gender(self, mention: Span) -> str | None:
        """The gender of a lede's `she`/`he`, of its gendered noun (`A grandmother`) or of
        the first `she`/`he` after the description in its sentence (`A paramedic has
        described how she …`)."""
        head = mention.root.lower_
        if head in _PERSON_PRONOUNS:
            return _PERSON_PRONOUNS[head]
        if head in _GENDERED_NOUNS:
            return "f" if head in _FEMALE_NOUNS else "m"
        return self._pronoun_after(mention.end, mention.sent.end)

    def _introduced_gender(self, p: _Person, root: Token) -> str | None:
        """The gender the person's own introducing sentence gives: an honorific, a gendered
        noun describing them (`a mother of three`) or the first `she`/`he`/`her`/`his` after
        the name (`Ilse Marrow, 41, said her crew …`), only where every such pronoun there has
        that gender: in `Ana Ruiz said he had carried her` one of them is someone else, and the
        sentence does not say which."""
        found = self._honorific_gender(p.start) or self._apposed_gender(p)
        for c in root.children:
            if found is None and c.dep_ == "appos" and c.lower_ in _GENDERED_NOUNS:
                found = "f" if c.lower_ in _FEMALE_NOUNS else "m"
        return found or self._one_pronoun_gender(root.i + 1, root.sent.end)

    def _one_pronoun_gender(self, lo: int, hi: int) -> str | None:
        """The one gender of the personal pronouns in tokens `lo` to `hi`, outside quotation
        marks; None where there are none or both."""
        genders = {
            _PERSON_PRONOUNS[t.lower_]
            for t in self.doc[lo:hi]
            if t.lower_ in _PERSON_PRONOUNS and not self._in_quote(t.idx)
        }
        return genders.pop() if len(genders) == 1 else None

    def _pronoun_after(self, lo: int, hi: int) -> str | None:
        """The gender of the first personal pronoun in tokens `lo` to `hi`, outside
        quotation marks."""
        for t in self.doc[lo:hi]:
            if t.lower_ in _PERSON_PRONOUNS and not self._in_quote(t.idx):
                return _PERSON_PRONOUNS[t.lower_]
        return None

    def _named_after(self, mention: Span, window: int = 2) -> str | None:
        """The one person named, outside quotation marks, in the mention's sentence after it
        or in the `window` sentences after, with the mention's noun as a title or in an
        apposition (`Mediator Edda Krall`, `Edda Krall, the mediator`); none where two
        people match."""
        role = mention.root.lower_
        body = _role_body(mention.root)
        here = self._sent(mention.start_char)
        names: set[str] = set()
        for p in self.people:
            if p.start < mention.end_char or p.quoted:
                continue
            if self._distance(here, p.sent) > window:
                break
            at = _tok_at(self.doc, p.start)
            before = self.doc[at - 1].lower_ if at > 0 else ""
            if body is not None:
                # `the head of the board` … `Marta Kovin, who has chaired the board since …`
                if _holds_role(self.doc[at + len(p.tokens) - 1], role, body):
                    names.add(p.full or p.name)
            elif role in p.titles or role in p.roles or before == role:
                names.add(p.full or p.name)
            elif len(p.tokens) >= 3 and p.tokens[0] == role:
                # `Mediator Edda Krall` taken whole as a run of proper nouns
                names.add(" ".join(p.name.split()[1:]))
        return names.pop() if len(names) == 1 else None

    def _resolve(self, mention: Span) -> str | None:
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
        if (
            low in _PERSON_PRONOUNS
            and head.dep_ == "nsubj"
            and head.head.lemma_ == "add"
            and not any(c.dep_ == "dobj" for c in head.head.children)
        ):
            # `"…," he added`: adding goes on from what the same person said before, so the
            # latest person quoted, if of that gender and recent, rather than whoever the
            # sentences between name (a photo caption, an aside).
            found = self._previous_speaker(mention.start_char, _PERSON_PRONOUNS[low])
            if found is not None:
                return found
        if low in _PERSON_PRONOUNS or low in _GROUP_PRONOUNS:
            return self._pronoun(low, mention.start_char)
        if low in ("it", "which", "that", "who"):
            self._last_kind = "group"
            # `Norvik Oil, which says it …`: the organisation or person the relative clause
            # holding the pronoun hangs on.
            found = self._relative_antecedent(head)
            if found is not None or low != "it":
                return found
            # `Our Principles PAC launched an ad. It slams …`: an organisation that is the
            # subject (or speaker) of this sentence or the one before.
            found = self._salient_org(mention.start_char, lambda name: True, phrases=True)
            if found is None:
                # `Ruiz's press release does not mention X. It also points out …`: a document
                # that is the subject of the sentence before speaks for whoever issued it.
                doc_subj = self._document_subject(mention.start_char)
                if doc_subj is not None:
                    found = self._issuer(doc_subj)
            if (
                found is None
                and mention.start_char == self._sent_starts[self._sent(mention.start_char)]
            ):
                # `X wrote in the affidavit. It continued: …`: a sentence-initial `It` after
                # a document named just before speaks for whoever issued it.
                doc_before = self._document_before(mention.start_char)
                if doc_before is not None:
                    found = self._issuer(*doc_before)
            return found
        titled = _capitalised_title_holder(mention)
        if titled is not None:
            # `Mersia's Attorney-General, Paul Oduya,`, `The Minister of Water, Dr Sara Lind,`:
            # the person named in apposition, never the country or the portfolio
            return self._known(titled.text, mention.start_char) or titled.text
        if low in _CONTEST_NOUNS:
            # `his challenger`: the other side of the contest the text names
            rival = self._contest_rival(mention)
            if rival is not None:
                return rival
        part_of = _partitive_document(mention)
        if part_of is not None:
            # `one of her ads asking`, `one of the Norvik Oil statements`: the document phrase
            # speaks as the whole would.
            return self.resolve(part_of)
        spoken_for = _spoken_for(mention)
        if spoken_for is not None:
            # `a spokesman for the Saltmere Union`: the organisation speaks through them; a
            # person's spokesman is someone the article does not name.
            if spoken_for.root.ent_type_ == "PERSON":
                return None
            name = self.resolve(spoken_for)
            if self._last_kind == "person":
                return None
            self._last_kind = "group"
            return name
        if head.pos_ == "NOUN" and (called := _called_name(head)) is not None:
            # `a former clerk named Tomas Brenn said`, `a firm called Norvik Analytica`: the
            # name the phrase gives.
            org = _called_org(head)
            if org is not None:
                self._last_kind = "group"
                return org
            return self.resolve(called)
        person_ents = [e for e in self._ents_in(mention) if e.label_ == "PERSON"]
        whole = _partitive_whole(mention)
        if (
            person_ents
            and whole is not None
            and whole.pos_ == "NOUN"
            and not any(e.start <= whole.i < e.end for e in person_ents)
        ):
            # `some of Ruiz's allies`, `one of his aides`: some of a crowd around the
            # person, never the person
            return None
        if (
            person_ents
            # a lower-case head the tagger calls a proper noun (`The Tamberg foreign ministry`)
            and (head.pos_ == "NOUN" or (head.pos_ == "PROPN" and head.is_lower))
            and not any(e.start <= head.i < e.end for e in person_ents)
        ):
            # The person only modifies the head: `Clinton's campaign` is an organisation,
            # `Hillary Clinton's right-hand woman` or `a Clinton campaign official` someone
            # else, whom the mention does not name.
            if low in INSTITUTION_NOUNS or low in MEDIA_NOUNS:
                self._last_kind = "group"
                first = min(e.start for e in person_ents)
                return mention.doc[first : mention.end].text
            if (
                head.tag_ == "NN"
                and any(c.dep_ == "poss" for c in head.children)
                and all(e.end <= head.i for e in person_ents)
                and low in _PERSON_NOUNS | _RELATION_NOUNS
            ):
                # `Dresler's lawyer`, `Vey's barrister`: someone else, whom the article may
                # have introduced with that noun (`Emil Sarto, Dresler's lawyer,`)
                return self._introduced_as(mention)
            if low in _PERSON_NOUNS or head.tag_ == "NNS":
                # `Mr. Brenn's backers`, `her aides`: a crowd around the person, unnamed
                return None
            if mention[0].lower_ in ("a", "an") and all(e.end <= head.i for e in person_ents):
                # `A Belvari nurse has described …`: someone the phrase describes, unnamed
                # (the name before the noun is a demonym NER took for a person)
                return None
        if person_ents:
            ent = _drop_title_words(person_ents[-1])
            name = _clean_name(ent.text)
            return self._full_name(name, mention.start_char)
        named = self._person_ending_at(mention)
        if named is not None:
            # `Defence lawyer Emil Sarto` with the name tagged an organisation: the person
            # the article names there (found beside the role noun), without the role words.
            return named
        trailing = _trailing_name(mention)
        if trailing is not None:
            # "foreign ministry spokesperson Nadia Korsh": a role, then the person's name.
            return self._known(trailing, mention.start_char) or trailing
        if (
            head.text[:1].isupper()
            and head.ent_type_ in ("ORG", "NORP", "GPE")
            and (head.pos_ == "PROPN" or _APOSTROPHE_NAME.fullmatch(head.text))
        ):
            # NER tags many surnames as organisations or places (`Sanders said`, `said
            # Halden`): the last word of a person the article names before by two or more
            # words is that person.
            for p in reversed(self.people):
                if p.start < mention.start_char and len(p.tokens) > 1 and p.tokens[-1] == low:
                    # two people may share it: `_known` weighs them (not merely the latest)
                    return self._known(head.text, mention.start_char) or p.full or p.name
        if (
            head.text[:1].isupper()
            and head.ent_type_ not in ("ORG", "GPE", "NORP", "FAC")
            and not (low in _PARTY_MEMBERS and mention[0].lower_ == "the")
        ):
            # NER misses many names in speaker position ("Brenn said"): a capitalised head
            # that is part of a person the article names is that person.
            if low in INSTITUTION_NOUNS and any(
                c.dep_ == "poss" and c.pos_ == "PROPN" and c.ent_type_ != "GPE"
                for c in head.children
            ):
                # `The Varrow Dockers' Union said`: the organisation's whole name, not `Union`
                self._last_kind = "group"
                return _group_name(mention) or mention.text
            name = _name_from_propn(head)
            known = self._known(name, mention.start_char)
            if known:
                return known
            if head.pos_ == "PROPN" and low not in ROLE_NOUNS:
                return name
        if low in _ANONYMOUS:
            # `the official` after `Tom Vey, a port official, …`: the person introduced so;
            # `an official`, `officials` are someone else.
            if mention[0].lower_ == "the" and head.tag_ == "NN":
                return self._description(mention, salient=False)
            return None
        if (low in ROLE_NOUNS or low in _EPITHETS) and (
            head.ent_type_ not in ("ORG", "GPE", "NORP") or low in _PARTY_MEMBERS
        ):
            return self._description(mention)
        if (
            head.pos_ == "NOUN"
            and head.is_lower
            and low not in INSTITUTION_NOUNS
            and (
                self._epithet(mention)
                or low in _PERSON_NOUNS
                or any(low in p.roles for p in self.people if p.start < mention.start_char)
                or (
                    # `the admiral` after `Admiral Tom Vey`: a title the person was named with
                    mention[0].lower_ == "the"
                    and head.tag_ == "NN"
                    and low not in MEDIA_NOUNS | _DOCUMENT_NOUNS | _RECORD_NOUNS
                    and self._title_before_name(low, mention.start_char)
                )
            )
        ):
            # `the Norland businessman` after `Norland businessman Tom Vey`: the person
            # introduced with that description; never the description itself as a name.
            return self._description(mention)
        self._last_kind = "group"
        if (
            mention[0].lower_ in ("his", "her")
            and low in INSTITUTION_NOUNS
            and mention[0].head == head
        ):
            # `his campaign announced`: the campaign of the person `his` stands for, as the
            # article writes it (`the Ruiz campaign`, `Ruiz's campaign`) or by the full name.
            return self._owned(mention[0], low)
        if head.lemma_.lower() in _DOCUMENT_NOUNS and head.tag_ == "NN":
            own = _document_owner(head, verbs=False)
            if own is not None and own.start >= mention.start and own.root.pos_ == "PROPN":
                # `Hoff's letter says`, `a statement from Norvik Oil says`: whoever it names.
                return self._issuer(mention)
        if (
            head.pos_ == "NOUN"
            and head.lemma_.lower() in _DOCUMENT_NOUNS | _RECORD_NOUNS
            and mention[0].lower_ not in _POSSESSIVE_PRONOUNS
        ):
            # `a Vesper poll`, `Ilvane Commission filings`, `Vesper exit poll data`, `a Vesper
            # Post review of …`: a record or a document speaks for the owner it names, never
            # with the document's words in the name.
            own = _record_owner(head)
            if own is not None and own.start >= mention.start:
                # A person by the full name the article gives; an organisation as written.
                person = (
                    any(e.label_ == "PERSON" for e in self._ents_in(own)) or own.root.dep_ == "poss"
                )
                name = self.resolve(own) if person else _group_name(own)
                if name is None and all(_proper_word(t) for t in own):
                    name = own.text  # `a VoteTrack average`, the owner tagged a common noun
                if is_name_like(name):
                    self._last_kind = "group" if own.root.ent_type_ != "PERSON" else "person"
                    return _POSSESSIVE.sub("", name)
            if own is None and head.dep_ == "dobj" and mention.root.i == head.i:
                # `Pollster X released data that suggest …`: the one who issued it there
                issued = _document_owner(head)
                if issued is not None and issued.root.pos_ == "PROPN":
                    name = self.resolve(issued)
                    if is_name_like(name):
                        return name
        if (
            head.lemma_.lower() in _DOCUMENT_NOUNS
            and mention[0].lower_ in ("his", "her")
            and mention[0].head.i == head.i
        ):
            # `her submission says`: the person `her` stands for.
            name = self._pronoun(mention[0].lower_, mention.start_char)
            self._last_kind = "person"
            return name
        if (
            (
                head.lemma_.lower() in _DOCUMENT_NOUNS
                or (
                    head.lemma_.lower() in _RECORD_NOUNS
                    and not any(c.dep_ == "poss" for c in head.children)
                )
            )
            and mention[0].lower_ in ("the", "this", "that")
            and head.tag_ == "NN"
        ):
            # `Norvik Oil issued a statement … The statement said`: who issued it; `A Vesper
            # poll shows … according to the poll`: whose poll it is.
            return self._issuer(mention)
        if mention[0].lower_ in _POSSESSIVE_PRONOUNS:
            return None  # "its foreign ministry": whose is not in the mention
        if (
            low in _PLACE_NOUNS
            and len(mention) == 2
            and mention[0].lower_ == "the"
            and head.tag_ == "NN"
        ):
            # `the state said` after `Norland passed a law`: the place named just before.
            return self._salient_place(mention.start_char)
        if (low in INSTITUTION_NOUNS or low in MEDIA_NOUNS) and not any(
            t.pos_ == "PROPN" or t.ent_type_ in ("ORG", "PERSON") for t in mention
        ):
            if low in _BODY_OF_PEOPLE and any(
                c.dep_ == "prep"
                and c.lower_ == "of"
                and any(o.dep_ == "pobj" and o.tag_ == "NNS" for o in c.children)
                for c in head.children
            ):
                return None  # `the group of survivors`: people the text does not name
            # "the ministry" after "the Ministry of Defence said": the same institution.
            for _, name, kind in reversed(self.speakers):
                if kind == "group" and low in name.lower():
                    return name
            # `the bank` after `Norvik Bank said`: a recent organisation of that kind (its
            # name, or the name its initials stand for, holds the noun).
            found = self._salient_org(
                mention.start_char, lambda name: self._holds(name, low), window=6, subject=False
            )
            if found is not None and low not in _norm_tokens(found):
                # `the campaign` after `the Roe campaign said`: the organisation as written.
                found = self._kind_phrase.get((found, low), found)
            if found is None:
                found = self._acronym(mention.start_char, low)
            if found is None and len(mention) == 2 and mention[0].lower_ == "the":
                # `Sanders pushed it during his campaign. … the campaign says`: the owner of
                # the latest such noun that has one.
                found = self._owned_before(mention, low)
            if found is None and low in _ANY_ORG_NOUNS and mention[0].lower_ == "the":
                # `the company` after `Norvik Oil said`: the organisation just before that is
                # a subject, a speaker or a source (`according to Norvik Oil`).
                found = self._salient_org(
                    mention.start_char, self._not_person, window=2, sources=True
                )
            if found is None and low in _ONLY_ORG_NOUNS and mention[0].lower_ == "the":
                # `Norvik Oil's inquiry … the company said`: the one organisation named in
                # this sentence or the one before, in whatever role, if not of another kind.
                found = self._only_org(mention.start_char)
                other = set(_norm_tokens(found or "")) & (INSTITUTION_NOUNS | MEDIA_NOUNS)
                if other - _KIND_KIN.get(low, {low}):
                    found = None
            if found is None and low in _FIRM_NOUNS and len(mention) == 2:
                # `Twitter acknowledged … "…," the company said`: a name NER left untagged
                found = self._untagged_subject(mention.start_char)
            if found is not None or not any(t.ent_type_ in ("GPE", "NORP") for t in mention):
                return found
            # `Norland state media`: named by its country.
        if (
            head.tag_ == "NN"
            and head.is_lower
            and low not in INSTITUTION_NOUNS | MEDIA_NOUNS | _COLLECTIVE_NOUNS
            and not any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children)
        ):
            # `an Ilvane reporter`, `the Vesper speechwriter`, `a Norland textbook`: one
            # person or thing of the organisation or place the mention names, not that
            # organisation; the mention does not name who spoke. A thing a name owns speaks
            # for its owner (`Brenn's article`, `the Vesper Post's investigative unit`).
            own = _record_owner(head)
            if own is None or own.root.dep_ != "poss" or low in _PERSON_NOUNS or _agentive(low):
                return None
            name = self.resolve(own)
            if not is_name_like(name):
                name = _group_name(own)
            return _POSSESSIVE.sub("", name) if is_name_like(name) else None
        return _group_name(mention)

    def _owned(self, pronoun: Token, noun: str) -> str | None:
        """`her campaign`: the person the pronoun stands for, and the organisation of that
        kind the article writes with that person's name (`Ana Ruiz's campaign`, `the Ruiz
        campaign`); else the full name's."""
        person = self._pronoun(pronoun.lower_, pronoun.idx)
        self._last_kind = "group"
        if not person:
            return None
        surname = re.escape(person.split()[-1])
        pat = re.compile(
            rf"\b(?:(?:[A-Z][\w.]*\s+)*{surname}(?:['’]s?)\s+{noun}|[Tt]he\s+{surname}\s+{noun})\b"
        )
        for m in pat.finditer(self.text):
            name = re.sub(r"^[Tt]he\s+", "", m.group())
            toks = _norm_tokens(name)
            if all(
                t in _norm_tokens(person)
                or t in (noun, "'s", "’s")
                or t.endswith(("'s", "’s", "'", "’"))
                for t in toks
            ):
                return name
        return f"{person}'s {noun}"

    def _owned_before(self, mention: Span, noun: str, window: int = 6) -> str | None:
        """`the campaign` after `his campaign`, `Ruiz's campaign` or `the Ruiz campaign`
        within `window` sentences: that organisation, as the article writes it (a name), or
        for `his`/`her`, that person's."""
        here = self._sent(mention.start_char)
        doc = self.doc
        for tok in reversed(doc[: mention.start]):
            if self._distance(self._sent(tok.idx), here) > window:
                return None
            if tok.lower_ != noun or tok.tag_ != "NN" or self._in_quote(tok.idx):
                continue
            poss = next((c for c in tok.children if c.dep_ == "poss"), None)
            if poss is not None and poss.lower_ in ("his", "her"):
                return self._owned(poss, noun)
            names = [c for c in tok.children if c.dep_ in ("poss", "compound")]
            names = [c for c in names if c.pos_ == "PROPN" and c.ent_type_ in ("PERSON", "ORG", "")]
            if names:
                first = min(_unpunctuated_start(c) for c in names)
                if doc[first].lower_ == "the":
                    first += 1
                return _group_name(doc[first : tok.i + 1])
            if any(c.dep_ == "poss" for c in tok.children):
                return None  # `its campaign`, `their campaign`: whose is not written
        return None

    def _salient_place(self, at: int, window: int = 2) -> str | None:
        """The state or country named (GPE) in this sentence before `at` or the `window`
        before it, a subject first, then the nearest."""
        here = self._sent(at)
        best: tuple[float, int, str] | None = None
        for ent in self.doc.ents:
            if ent.label_ != "GPE" or ent.start_char >= at or self._in_quote(ent.start_char):
                continue
            if self._in_title(ent.start_char):
                continue
            d = self._distance(self._sent(ent.start_char), here)
            if d > window:
                continue
            cost = d + _PROMINENCE_COST[0 if _is_subject(ent) else 2]
            if best is None or (cost, -ent.start_char) < (best[0], -best[1]):
                best = (cost, ent.start_char, _group_name(ent) or ent.text)
        return best[2] if best else None

    def _document_subject(self, at: int) -> Span | None:
        """A definite or possessed document noun (`the statement`, `Ruiz's press release`)
        that is a clause subject in the sentence before `at` or in its own before `at`."""
        here = self._sent(at)
        for tok in reversed(self.doc[: _tok_at(self.doc, at)]):
            if self._sent(tok.idx) < here - 1:
                return None
            if (
                tok.dep_ in ("nsubj", "nsubjpass")
                and tok.tag_ == "NN"
                and tok.lemma_.lower() in _DOCUMENT_NOUNS
                and not self._in_quote(tok.idx)
                and any(c.dep_ in ("det", "poss") for c in tok.children)
            ):
                return self.doc[tok.left_edge.i : tok.i + 1]
        return None

    def _document_before(self, at: int) -> tuple[Span, Token] | None:
        """The latest definite or possessed document noun in any role (`X wrote in the
        affidavit. It continued`, `…," the email read. It stated`) in the sentence before
        `at` or in its own before `at`, outside quotation marks."""
        here = self._sent(at)
        for tok in reversed(self.doc[: _tok_at(self.doc, at)]):
            if self._distance(self._sent(tok.idx), here) > 1:
                return None
            if (
                tok.tag_ != "NN"
                or tok.lemma_.lower() not in _DOCUMENT_NOUNS
                or self._in_quote(tok.idx)
            ):
                continue
            det = next((c for c in tok.children if c.dep_ in ("det", "poss")), None)
            if det is None and tok.dep_ == "compound":
                det = next((c for c in tok.head.children if c.dep_ in ("det", "poss")), None)
            if det is not None and det.lower_ in ("the", "this", "that", *_POSSESSIVE_PRONOUNS):
                return self.doc[det.i : tok.i + 1], tok
            if det is not None and det.dep_ == "poss":
                return self.doc[det.left_edge.i : tok.i + 1], tok
        return None

    def _issuer(self, mention: Span, head: Token | None = None, hops: int = 0) -> str | None:
        """`the ad` / `the statement`: the person or organisation that issued the latest such
        document named before, within six sentences: its owner (`Ruiz's statement`, `a
        statement from Norvik Oil`, `the Norvik ad`) or the subject of the verb that issued,
        sent or filed it (`Norvik Oil released an ad`, `… said in a statement`)."""
        head = head if head is not None else mention.root
        own = _document_owner(head, verbs=False)
        if own is not None and own.start >= mention.start:
            # `Ruiz's letter`, `a statement from Norvik Oil`: the owner the mention names.
            if own.root.lower_ in _POSSESSIVE_PRONOUNS or own.root.lower_ in _PERSON_PRONOUNS:
                return None
            name = self.resolve(own)
            if is_name_like(name) or own.root.dep_ == "poss":
                return name if is_name_like(name) else None
        if mention[0].lower_ not in ("the", "this", "that"):
            return None
        kinds = _DOCUMENT_KIN.get(head.lemma_.lower(), {head.lemma_.lower()})
        here = self._sent(mention.start_char)
        doc = self.doc
        for tok in reversed(doc[: mention.start]):
            if self._distance(self._sent(tok.idx), here) > 6:
                break
            if tok.tag_ != "NN" or tok.lemma_.lower() not in kinds or self._in_quote(tok.idx):
                continue
            if _author_of(tok) is not None:
                break  # the author, below
            owner = _document_owner(tok)
            if owner is None and tok.dep_ == "compound" and tok.lemma_.lower() in _DOCUMENT_NOUNS:
                # `Ruiz's campaign sent out an email fundraising appeal`: the phrase's owner.
                top = tok
                while top.dep_ == "compound" and top.head.tag_ == "NN":
                    top = top.head
                owner = _document_owner(top) if top.i != tok.i else None
            if owner is None and hops < _MAX_HOPS and _definite(tok):
                # `the suit claims … the suit says`: the same document as before, whose issuer
                # the earlier mention finds (from its own place, so further back).
                return self._issuer(doc[tok.i - 1 : tok.i + 1], tok, hops + 1)
            if owner is None or owner.root.ent_type_ in ("DATE", "TIME"):
                continue  # `Monday's poll` is no one's
            if owner.root.lower_ in _PERSON_PRONOUNS or owner.root.lower_ in _THING_OWNERS:
                if owner.root.lower_ in ("its", "their"):
                    # `The Norvik Post aimed its editorial at Ruiz`: the verb's subject.
                    return self._possessor_subject(tok)
                if owner.root.lower_ == "it":
                    # `The Network says it will spend $1 on an ad`: what `it` stands for
                    name = self.resolve(owner)
                    return name if is_name_like(name) and self._last_kind == "group" else None
                if owner.root.lower_ == "they":
                    return None
                name = self._pronoun(owner.root.lower_, owner.start_char)
                self._last_kind = "person"
                return name
            name = self.resolve(owner)
            return name if is_name_like(name) else None
        return self._author_before(mention, kinds)

    def _possessor_subject(self, tok: Token) -> str | None:
        """`its`/`their` owning a document that is the object of a verb (`The Norvik Post aimed
        its editorial at Ruiz`, `the editors of the Post, who ran their column on …`) stand for
        that verb's subject, read through a relative pronoun to the noun it hangs on."""
        verb = tok.head.head if tok.dep_ == "pobj" else tok.head
        if tok.dep_ not in ("dobj", "pobj") or verb.pos_ not in ("VERB", "AUX"):
            return None
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is not None and subj.lower_ in ("who", "which", "that") and verb.dep_ == "relcl":
            subj = verb.head
        if subj is None or subj.pos_ == "PRON":
            return None
        end = subj.i + 1
        for c in subj.rights:
            if c.dep_ == "prep" and c.lower_ == "of" and c.i == subj.i + 1:
                end = c.right_edge.i + 1
        name = self.resolve(self.doc[subj.left_edge.i : end])
        return name if is_name_like(name) else None

    def _author_before(self, mention: Span, kinds: set[str]) -> str | None:
        """`The author of the book, Tomas Brenn, said …` anywhere before `the book`: the
        latest such author of a document of that kind (a durable fact, so at any distance)."""
        if self._authors is None:
            self._authors = [
                (tok.i, tok.lemma_.lower(), author)
                for tok in self.doc
                if tok.tag_ == "NN"
                and tok.lemma_.lower() in _DOCUMENT_NOUNS
                and not self._in_quote(tok.idx)
                and (author := _author_of(tok)) is not None
            ]
        for i, lemma, author in reversed(self._authors):
            if i >= mention.start or lemma not in kinds:
                continue
            name = self.resolve(author)
            if not is_name_like(name):
                return None
            # a document's voice, not a person quoted in the text: no antecedent for `he`
            self._last_kind = "document"
            return name
        return None

    def _only_org(self, at: int, window: int = 1) -> str | None:
        """The organisation NER names in this sentence before `at` and the `window` before
        it, where it is the only one (and no person)."""
        here = self._sent(at)
        names = set()
        for ent in self.doc.ents:
            if ent.label_ != "ORG" or ent.start_char >= at or self._in_quote(ent.start_char):
                continue
            if _named_settlement(ent):
                continue
            if self._distance(self._sent(ent.start_char), here) <= window:
                names.add(_group_name(ent) or ent.text)
        if len(names) != 1:
            return None
        name = names.pop()
        return name if self._not_person(name) else None

    def _acronym(self, at: int, noun: str, window: int = 6) -> str | None:
        """`the fund` after `the IHF lent …`: the latest initials (NER leaves many untagged)
        within `window` sentences that stand for a name holding `noun`."""
        here = self._sent(at)
        for tok in reversed(self.doc[: _tok_at(self.doc, at)]):
            if self._distance(self._sent(tok.idx), here) > window:
                return None
            if (
                2 <= len(tok.text) <= 6
                and tok.text.isupper()
                and tok.is_alpha
                and not self._in_quote(tok.idx)
                and self._holds(tok.text, noun)
            ):
                return tok.text
        return None

    def _not_person(self, name: str) -> bool:
        """Whether `name` is an organisation NER tags and no person the article names (NER
        tags many people ORG; a group speaker may be people, `Norland voters`)."""
        toks = _norm_tokens(name)
        if not toks:
            return False
        # `Blue Heron Aid has worked …` left untagged is taken for a person by its run of
        # capitals; the very same words tagged ORG elsewhere and never PERSON are no person.
        tagged = {_norm_tokens(e.text) for e in self._ents if e.label_ == "PERSON"}
        if any(
            _contains(p.tokens, toks) and (p.tokens != toks or len(toks) < 2 or toks in tagged)
            for p in self._by_token.get(toks[0], ())
        ):
            return False
        return any(e.label_ == "ORG" and name in (e.text, _group_name(e)) for e in self.doc.ents)

    def _holds(self, name: str, noun: str) -> bool:
        """Whether organisation `name` is of the kind `noun` names: the noun is in its name
        (`Norvik Bank`), or the name is initials of a name that holds it (`IMF` for an
        `International Monetary Fund` the article writes out)."""
        toks = _norm_tokens(name)
        if noun in toks:
            return True
        if self._initials is None:
            self._initials = {}
            for ent in self.doc.ents:
                if ent.label_ != "ORG":
                    continue
                words = [w for w in _norm_tokens(ent.text) if w not in ("of", "the", "and")]
                if not words:
                    continue
                key = "".join(w[0] for w in words).upper()
                self._initials.setdefault(key, set()).update(words)
                # `the Norvik Post editorial board`: the organisation's board.
                last = ent[-1]
                modifies = last.dep_ in ("compound", "poss", "nmod") and last.head.pos_ == "NOUN"
                if modifies and not ent.start <= last.head.i < ent.end:
                    org = _group_name(ent) or ent.text
                    phrase = _group_name(self.doc[ent.start : last.head.i + 1])
                    self._kind_phrase.setdefault((org, last.head.lower_), phrase or org)
        if (name, noun) in self._kind_phrase:
            return True
        acronym = 2 <= len(name) <= 6 and name.isupper() and name.isalpha()
        return acronym and noun in self._initials.get(name, ())

    def remember(self, char: int, name: str) -> None:
        """Record a resolved speaker, for the pronouns that follow."""
        bisect.insort(self._speaker_order, (char, len(self.speakers)))
        self.speakers.append((char, name, self._last_kind))

    def _says(self, at: int) -> bool:
        """Whether the word at `at` is the subject of a speech verb (`he said`)."""
        tok = self.doc[_tok_at(self.doc, at)]
        return tok.dep_ == "nsubj" and is_say_verb(tok.head.lemma_)

    def remember_unnamed(self, mention: Span) -> None:
        """Record a speaker the article describes but does not name (`The representative
        of Oskaria said`): a `he` or `she` just after is likelier that speaker than a name
        further back, so it gets no name rather than the wrong one."""
        head = mention.root
        if head.tag_ != "NN" or head.lower_ not in ROLE_NOUNS | _ANONYMOUS:
            return  # (`a man`, `the woman`: `_unnamed_people`)
        if any(t.ent_type_ == "PERSON" for t in mention):
            return
        gender = (
            "f" if head.lower_ in _FEMALE_NOUNS else "m" if head.lower_ in _MALE_NOUNS else None
        )
        bisect.insort(self._unnamed_speakers, (mention.start_char, gender or ""))

    def _window_start(self, here: int, gender: str | None, window: int) -> int:
        """The first character of the earliest sentence that may lie within `window`
        sentences of sentence `here` by `_distance` (every sentence before it lies further)."""
        narrative = self._narrative
        if gender is None:
            s0 = bisect.bisect_left(narrative, narrative[here] - window, 0, here + 1)
        else:
            # for sent < here - 1: distance = key[here'] - key[sent], with key = narrative
            # less the skipped pronoun sentences, never decreasing
            hi = max(0, here - 1)
            top = narrative[here] - self._pronoun_cum[gender][here - 1] if here > 0 else 0
            s0 = bisect.bisect_left(self._window_keys[gender], top - window, 0, hi)
        return self._sent_starts[s0]

    def _speakers_between(self, lo: int, hi: int) -> list[int]:
        """Indices into `speakers` of those at characters lo <= char < hi, in the order
        they were recorded."""
        order = self._speaker_order
        a = bisect.bisect_left(order, (lo, -1))
        b = bisect.bisect_left(order, (hi, -1))
        return sorted(k for _, k in order[a:b])

    # -- rules -------------------------------------------------------------------------------

    def _known(self, name: str, at: int) -> str | None:
        """The fullest name of a person the article names that contains `name`'s words."""
        toks = tuple(t for t in _norm_tokens(name) if t not in _HONORIFICS)
        best: _Person | None = None
        if not toks:
            return None
        for p in self._by_token.get(toks[0], ()):
            if _contains(p.tokens, toks) and (best is None or _better(p, best, at)):
                best = p
        if best is None:
            return None
        if best.start >= at:
            # `Lehel Lazar … Lazar admitted …` and only later `his wife, Gabriela Violeta
            # Lazar`: a longer name given later is no fuller form of someone else named before.
            earlier = [
                p
                for p in self._by_token[toks[0]]
                if p.start < at
                and _contains(p.tokens, toks)
                and not set(p.tokens) <= set(best.tokens)
            ]
            for p in earlier:
                if best.start >= at or _better(p, best, at):
                    best = p
        if best.start >= at:
            # Named in full only later (`Ruiz` in a headline): the one of that length the
            # article names most often, the first introduced on a tie.
            later = [
                p
                for p in self._by_token[toks[0]]
                if len(p.tokens) == len(best.tokens) and _contains(p.tokens, toks)
            ]
            count = Counter(p.name for p in later if not self._in_title(p.start))
            return max(
                count or {best.name: 1},
                key=lambda n: (count[n], -min(p.start for p in later if p.name == n)),
            )
        # Two people share the words (`Ana Ruiz` and, later, her husband `Karl Ruiz`): a
        # bare `Ruiz` is the one named in full in this sentence or the one before, else the
        # one the article names in full most often so far, the first introduced on a tie
        # (its principal), not the latest.
        here = self._sent(at)
        before = [p for p in self._by_token[toks[0]] if p.start < at and _contains(p.tokens, toks)]
        # each person once by the fullest name: `Lehel Lazar` and `Gabriela Violeta Lazar` are
        # two, `Ana Ruiz` and `Ana Maria Ruiz` one
        # (compared with each distinct name once: a long article names one person hundreds
        # of times)
        names = {frozenset(p.tokens) for p in before}
        same = [p for p in before if not any(set(p.tokens) < q for q in names)]
        if len({p.name for p in same}) == 1:
            return best.name
        honorific = self._honorific_gender(at)
        if honorific is not None:
            # `her son, Karl Ruiz` … `Mrs. Ruiz said`: not the son
            same = [p for p in same if self._apposed_gender(p) in (None, honorific)] or same
        recent = [p for p in same if not p.quoted and self._distance(p.sent, here) <= 1]
        # `Ana Ruiz, whose husband, Karl Ruiz, …. Ruiz said`: a name in apposition to a
        # relation noun is someone introduced through the other, not the sentence's topic.
        # Such a relative stays near only inside its paragraph: after a paragraph break
        # (`His son, Karl Ruiz, said ….\n\nRuiz was born`) the bare name is the principal's;
        # a blank line, or a line ending a sentence where paragraphs run one a line, not
        # a hard-wrapped paragraph's line (`_paragraph_breaks`).
        recent = [p for p in recent if self._apposed_gender(p) is None] or [
            p for p in recent if not self._new_paragraph(p.start, at)
        ]
        if recent:
            return max(recent, key=lambda p: p.start).name
        count = Counter(p.name for p in same if not self._in_title(p.start))
        first = {}
        for p in same:
            first.setdefault(p.name, p.start)
        return max(first, key=lambda n: (count[n], -first[n]))

    def _new_paragraph(self, lo: int, hi: int) -> bool:
        """Whether a paragraph ends between characters `lo` and `hi` (`_paragraph_breaks`)."""
        i = bisect.bisect_left(self._breaks, lo)
        return i < len(self._breaks) and self._breaks[i] < hi

    def _honorific_gender(self, at: int) -> str | None:
        """`Mrs. Ruiz` at `at`: the gender of the honorific right before the name."""
        i = _tok_at(self.doc, at)
        for j in (i - 1, i):  # before the name, or opening the mention (`Mrs. Ruiz said`)
            word = _address_before(self.doc, j + 1) if 0 <= j < len(self.doc) else ""
            if word in _MALE_HONORIFICS:
                return "m"
            if word in _FEMALE_HONORIFICS:
                return "f"
        return None

    def _apposed_gender(self, p: _Person) -> str | None:
        """`her son, Karl Ruiz`: the gender of a gendered noun the name is in apposition to."""
        i = _tok_at(self.doc, p.start)
        root = self.doc[i : i + len(p.tokens)].root
        if root.dep_ != "appos":
            return None
        noun = root.head.lower_
        return "m" if noun in _MALE_NOUNS else "f" if noun in _FEMALE_NOUNS else None

    def _untagged_subject(self, at: int) -> str | None:
        """The one run of capitalised proper nouns with no entity label and no person's word
        that is the main-clause subject of the sentence before `at` or of its own before it,
        outside quotation marks: an organisation NER did not tag (`Twitter acknowledged …`).
        Not a storm, a mountain or a lake (`Storm Ofelia hit …`): the run needs a mark of an
        organisation (`_org_cue`) and no common-noun title."""
        here = self._sent(at)
        begin = self._sent_starts[max(0, here - 3)]
        found: set[str] = set()
        for tok in self.doc[_tok_at(self.doc, begin) : _tok_at(self.doc, at)]:
            if tok.dep_ != "nsubj" or tok.head.dep_ != "ROOT" or tok.pos_ != "PROPN":
                continue
            if self._org_narrative[here] - self._org_narrative[self._sent(tok.idx)] > 1:
                continue
            if self._in_quote(tok.idx) or self._in_title(tok.idx):
                continue
            words = _proper_run(tok)
            if any(
                t.ent_type_
                or not t.is_title
                or t.lower_ in self._by_token
                or t.lower_ in _HONORIFICS
                for t in words
            ):
                continue
            if _named_as_thing(words) or not self._org_cue(tok, words):
                continue
            found.add(words.text)
        return found.pop() if len(found) == 1 else None

    def _org_cue(self, tok: Token, words: Span) -> bool:
        """Whether the run `words` (subject `tok`) reads as an organisation: a company
        suffix in it (`Inc`, `Group`), a verb a speaker or a business does
        (`acknowledged`, `sold`), a company word in its sentence (`the carmaker`), or the
        name written again elsewhere in the text."""
        if any(t.lower_ in _GROUP_WORDS or legal_form(t.lower_, any_case=True) for t in words):
            return True
        verb = tok.head.lemma_.lower()
        if is_say_verb(verb) or verb in BUSINESS_VERBS:
            return True
        if any(
            t.lemma_.lower() in _COMPANY_WORDS and not words.start <= t.i < words.end
            for t in tok.sent
        ):
            return True
        return len(re.findall(rf"(?<!\w){re.escape(words.text)}(?!\w)", self.text)) > 1

    def _introduced_as(self, mention: Span) -> str | None:
        """The one person named before `mention` with its head noun as a title or in an
        apposition (`Defence lawyer Emil Sarto`, `Emil Sarto, Dresler's lawyer,`,
        `Dresler's lawyer, Emil Sarto,`) whose owner, where one is written, is the
        mention's; None where none or several are."""
        head = mention.root
        owner = next((c for c in head.children if c.dep_ == "poss"), None)
        found: set[str] = set()
        for tok in self.doc[: mention.start]:
            if tok.lower_ != head.lower_ or tok.tag_ != "NN" or self._in_quote(tok.idx):
                continue
            poss = next((c for c in tok.children if c.dep_ == "poss"), None)
            if poss is not None and (owner is None or poss.lower_ != owner.lower_):
                continue  # `her husband, Piet Marhold,`: someone else's
            if any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
                continue  # `the lawyer of his co-defendant`
            if tok.dep_ in ("appos", "compound") and tok.head.pos_ == "PROPN":
                name = tok.head
            else:
                name = next(
                    (c for c in tok.rights if c.dep_ == "appos" and c.pos_ == "PROPN"), None
                )
            if name is None:
                continue
            full = self._known(_proper_run(name).text, mention.start_char)
            if full is not None:
                found.add(full)
        return found.pop() if len(found) == 1 else None

    def _person_ending_at(self, mention: Span) -> str | None:
        """The person whose name ends at the mention's proper-noun head, right after a noun
        for a person in it: NER may tag `Emil Sarto` in `Defence lawyer Emil Sarto` an
        organisation, and the article's people hold it as a person after such a noun."""
        head = mention.root
        if head.pos_ != "PROPN":
            return None
        end = head.idx + len(head.text)
        for p in self.people:
            if p.start >= end:
                break
            if (
                mention.start_char < p.start
                and not p.quoted
                and self.text[p.start : p.start + len(p.name)] == p.name
                and p.start + len(p.name) == end
                and self.doc[_tok_at(self.doc, p.start) - 1].lower_ in _TITLE_WORDS
            ):
                return self._full_name(p.name, mention.start_char)
        return None

    def _full_name(self, name: str, at: int) -> str | None:
        return self._known(name, at) or name or None

    def _contest_rival(self, mention: Span) -> str | None:
        """`his challenger` / `her rival`: the person whom `his`/`her` stands for, then the
        other person named in a sentence that also names them and speaks of a contest,
        nearest within two sentences either side (`X had 51 percent against 46 percent for
        Y`, `X won, defeating Y`): a contest has two sides, and the text names the other one
        there; someone merely beside them (`X spoke with reporter Y`) is no side."""
        head = mention.root
        poss = [c for c in head.children if c.dep_ == "poss" and c.lower_ in ("his", "her")]
        if head.tag_ != "NN" or not poss:
            return None
        owner = self._pronoun(poss[0].lower_, poss[0].idx)
        if owner is None:
            return None
        mine = set(_norm_tokens(owner))
        here = self._sent(mention.start_char)
        by_sent: dict[int, list[_Person]] = {}
        for p in self.people:
            if not p.quoted and not self._in_title(p.start):
                by_sent.setdefault(self._sent(p.start), []).append(p)
        best: tuple[int, int, str] | None = None
        for sent, people in by_sent.items():
            if abs(sent - here) > 2 or not any(set(p.tokens) <= mine for p in people):
                continue
            if not self._speaks_of_contest(sent):
                continue
            for p in people:
                if set(p.tokens) <= mine:
                    continue
                key = (abs(sent - here), p.start)
                if best is None or key < best[:2]:
                    best = (*key, p.full or p.name)
        return best[2] if best else None

    def _speaks_of_contest(self, sent: int) -> bool:
        """Whether sentence `sent` has a word of a contest (`defeating`, `against`, `votes`,
        `percent`, `runoff`) outside quotation marks."""
        starts = self._sent_starts
        first = _tok_at(self.doc, starts[sent])
        end = _tok_at(self.doc, starts[sent + 1]) if sent + 1 < len(starts) else len(self.doc)
        return any(
            (t.lemma_.lower() in _CONTEST_CUES or t.lower_ in _CONTEST_CUES)
            and not self._in_quote(t.idx)
            for t in self.doc[first:end]
        )

    def _pronoun(self, pronoun: str, at: int) -> str | None:
        if pronoun in _GROUP_PRONOUNS:
            return self._group_pronoun(at)
        gender = _PERSON_PRONOUNS[pronoun]
        self._blocked = False
        found = self._salient_person(at, gender)
        if found is None and not self._blocked:
            # Nothing in the sentences before: the last speaker of that gender, if recent.
            for k in reversed(self._speakers_between(at - 1499, at)):
                char, name, kind = self.speakers[k]
                if (
                    kind == "person"
                    and self._fits(name, gender)
                    and not (name not in self.gender and self._leans_other(name, gender))
                ):
                    return name
        return found

    def _previous_speaker(self, at: int, gender: str, window: int = 4) -> str | None:
        """The latest speaker before `at`, within `window` sentences, if a person the
        article shows to be of `gender`."""
        here = self._sent(at)
        for k in reversed(self._speakers_between(self._sent_starts[max(0, here - 8)], at)):
            char, name, kind = self.speakers[k]
            if (
                kind != "person"
                or self._distance(self._sent(char), here) > window
                or self.gender.get(name) != gender
                or not any(name in (p.full, p.name) for p in self.people)
            ):
                return None
            # `Y also addressed it, stating …` after X's quote: Y spoke last, in words the
            # text does not quote.
            lo = (
                self._sent_starts[self._sent(char) + 1]
                if self._sent(char) + 1 < len(self._sent_starts)
                else at
            )
            for t in self.doc[_tok_at(self.doc, lo) : _tok_at(self.doc, at)]:
                if t.pos_ != "VERB" or not is_say_verb(t.lemma_) or self._in_quote(t.idx):
                    continue
                verb = t
                while verb.dep_ in ("advcl", "xcomp", "conj") and verb.head.i != verb.i:
                    verb = verb.head
                subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
                if subj is not None and subj.ent_type_ == "PERSON" and subj.text not in name:
                    return None
            return name
        return None

    def _title_before_name(self, noun: str, at: int) -> bool:
        """A person named before `at` with `noun` written as a capitalised title right
        before the name (`Admiral Tom Vey`), outside quotation marks."""
        if noun in _PLACE_NOUNS:
            return False  # `Secretary of State Tom Vey` has no title `State`
        for p in self.people:
            if p.start >= at:
                return False
            i = _tok_at(self.doc, p.start)
            if (
                i > 0
                and not p.quoted
                and self.doc[i - 1].text == noun.capitalize()
                and (i < 2 or self.doc[i - 2].lower_ != "of")
            ):
                return True
        return False

    def _fits(self, name: str, gender: str | None) -> bool:
        return gender is None or self.gender.get(name, gender) == gender

    def _salient_person(self, at: int, gender: str | None, window: int = 4, ok=None) -> str | None:
        """The person a pronoun or description at `at` most likely stands for: among the
        people named in this sentence (before `at`) and the `window` sentences before it,
        outside quotation marks, the one of the right gender that is nearest in sentences and
        most prominent (a main-clause subject or a speaker before another subject, a subject
        before anyone else), preferring a person whose gender the article shows."""
        here = self._sent(at)
        lo = self._window_start(here, gender, window)
        cands: list[tuple[float, int, str]] = []
        first = bisect.bisect_left(self._people_starts, lo)
        last = bisect.bisect_left(self._people_starts, at)
        for p in self.people[first:last]:
            d = self._distance(p.sent, here, gender)
            if p.quoted or d > window:
                continue
            cands.append((d + _PROMINENCE_COST[p.prominence], p.start, p.full))
        for k in self._speakers_between(lo, at):
            char, name, kind = self.speakers[k]
            d = self._distance(self._sent(char), here, gender)
            if kind == "person" and d <= window:
                cands.append((float(d), char, name))
        if ok is not None or gender is not None:
            # `Brenn led the polls. But he fell to ten percent. The retired surgeon said`: a
            # main-clause `he`/`she` continues its person as the topic, as a name would; so
            # for a pronoun of the same gender (`He backs Ruiz, and he says …`: not Ruiz).
            for sent, char, name in self._pronoun_topics(at, gender, lo):
                d = self._distance(sent, here, gender)
                if d <= window:
                    cands.append((float(d), char, name))
        if gender is not None and ok is None:
            # `The chancellor, who hosted the talks, struck a warmer note. "…," she said`: a
            # subject that is a description of a person the article introduced with that
            # title is as salient as the person's name would be there.
            subjects = self._description_subjects()
            if self._desc_order is None:
                self._desc_order = sorted((sent, k) for k, (sent, *_) in enumerate(subjects))
            a = bisect.bisect_left(self._desc_order, (self._sent(lo), -1))
            b = bisect.bisect_left(self._desc_order, (here + 1, -1))
            for k in sorted(k for _, k in self._desc_order[a:b]):
                sent, char, prominence, name = subjects[k]
                d = self._distance(sent, here, gender)
                if char < at and d <= window:
                    cands.append((d + _PROMINENCE_COST[prominence], char, name))
        if gender is not None and ok is None and self._says(at):
            # `The representative of Oskaria said …. The draft ignored …, he said`: a speaker
            # described but not named, for the `he` of the next speech cue
            a = bisect.bisect_left(self._unnamed_speakers, (lo, ""))
            b = bisect.bisect_left(self._unnamed_speakers, (at, ""))
            for char, g in self._unnamed_speakers[a:b]:
                d = self._distance(self._sent(char), here, gender)
                if g in ("", gender) and d <= window:
                    # gender unknown costs as a name's does, and a tie goes to the name (`X
                    # said …, and Ana Ruiz said …. …, she said`: the latest speaker)
                    cost = d + (_UNKNOWN_GENDER_COST if not g else 0.0) + _UNNAMED_COST
                    cands.append((cost, char, ""))
        other = self._other_gender_topics(at, gender, lo) if ok is None else set()
        reported = self._reported_before(at) if gender is not None and ok is None else None
        best: tuple[float, int, str] | None = None
        # the reported clause's subject, taken only where no one else fits (`The port was
        # shut. Ana Ruiz "will not resign," she said`: she has no one else to stand for)
        told: tuple[float, int, str] | None = None
        for cost, char, name in cands:
            if not self._fits(name, gender) or (ok is not None and not ok(name)):
                continue
            if name not in self.gender and self._leans_other(name, gender):
                continue
            if name in other:
                continue
            if gender is not None and name not in self.gender:
                cost += _UNKNOWN_GENDER_COST
            in_told = reported is not None and reported[0] <= char < reported[1]
            # Equal cost: the earlier mention, as a sentence's first person is its topic.
            if in_told and (told is None or (cost, char) < (told[0], told[1])):
                told = (cost, char, name)
            elif not in_told and (best is None or (cost, char) < (best[0], best[1])):
                best = (cost, char, name)
        best = best or told
        if best is not None and not best[2]:
            self._blocked = True  # the described speaker, whose name the article never gives
            return None
        if best is None and other and any(self._unnamed_people(at, gender or "m", window)):
            # every name near was the other gender's pronoun: an unnamed person of this
            # gender is the likelier one, not a speaker further back
            self._blocked = True
            return None
        if best is not None and gender is not None and ok is None:
            # `A Berlin woman was fined in July. "…," she wrote`: an unnamed person of that
            # gender who is a likelier antecedent than anyone named: no name.
            for cost in self._unnamed_people(at, gender, window):
                if cost <= best[0]:
                    self._blocked = True
                    return None
        return best[2] if best else None

    def _reported_before(self, at: int) -> tuple[int, int] | None:
        """Characters of the clause that the verb of a `he`/`she` subject at `at` reports,
        where it comes first and quotes some of its words (`Ruiz "caused havoc," he said`):
        its subject is whom the speaker talks about in the speaker's own words, never the
        speaker (who would say `I`). A clause quoting nothing (`Ruiz would run, he said`: a
        paraphrase) or holding a speech verb of its own (`Ruiz weighed in, telling X, "…,"
        he said`: the parse hanging the narrative on the cue) is no such clause."""
        tok = self.doc[_tok_at(self.doc, at)]
        if tok.dep_ != "nsubj" or tok.lower_ not in _PERSON_PRONOUNS:
            return None
        spans = []
        for c in tok.head.children:
            if c.dep_ not in ("ccomp", "parataxis") or c.i > tok.i:
                continue
            lo, hi = c.left_edge.idx, c.right_edge.idx + len(c.right_edge.text)
            k = bisect.bisect_left(self._quoted, (lo, -1))
            if (
                k == len(self._quoted)
                or self._quoted[k][0] >= hi
                or any(t.pos_ == "VERB" and is_say_verb(t.lemma_) for t in c.subtree)
            ):
                continue
            spans.append((lo, hi))
        if not spans:
            return None
        return (min(lo for lo, _ in spans), max(hi for _, hi in spans))

    def _other_gender_topics(self, at: int, gender: str | None, lo: int) -> set[str]:
        """Names of gender unknown to the article that a main-clause pronoun of the other
        gender stood for between `lo` and `at`: `He was joined by Ana Ruiz. She said …` is
        not the man `He` was, though the article never says he is a man."""
        if gender is None:
            return set()
        opposite = "f" if gender == "m" else "m"
        return {
            name for _, _, name in self._pronoun_topics(at, opposite, lo) if name not in self.gender
        }

    def _pronoun_topics(
        self, at: int, gender: str | None = None, lo: int = 0
    ) -> list[tuple[int, int, str]]:
        """(sentence, char, name) of each main-clause `he`/`she` subject (of that gender, if
        given) outside quotation marks at `lo` <= char < `at`, resolved as a speaker pronoun
        would be. Every such pronoun before `at` is resolved here first, in reading order
        and once (memoised; the ones of each gender resolved so far are a prefix of that
        gender's), so a name does not depend on which window asked for it."""
        pronouns = self._subject_pronouns
        hi = bisect.bisect_left(self._topic_idx, at)
        for g in ("m", "f") if gender is None else (gender,):
            if gender is None:
                # both genders, in reading order, as one pass over all of them would
                pending = [
                    k
                    for h in ("m", "f")
                    for k in self._topic_by_gender[h][self._topics_done[h] :]
                    if k < hi
                ]
                pending.sort()
            else:
                pending = []
                for k in self._topic_by_gender[g][self._topics_done[g] :]:
                    if k >= hi:
                        break
                    pending.append(k)
            for k in pending:
                self._resolve_topic(pronouns[k])
            if gender is None:
                break
        out = []
        for k in range(bisect.bisect_left(self._topic_idx, lo), hi):
            tok = pronouns[k]
            if gender is not None and _PERSON_PRONOUNS[tok.lower_] != gender:
                continue
            name = self._pronoun_names.get(tok.i)
            if name:
                out.append((self._sent(tok.idx), tok.idx, name))
        return out

    def _resolve_topic(self, tok: Token) -> None:
        if tok.i in self._pronoun_names:
            return
        self._pronoun_names[tok.i] = None  # no recursion through itself
        blocked = self._blocked  # the pronoun being resolved keeps its own state
        self._pronoun_names[tok.i] = self._pronoun(tok.lower_, tok.idx)
        self._blocked = blocked
        g = _PERSON_PRONOUNS[tok.lower_]
        done = self._topics_done[g]
        mine = self._topic_by_gender[g]
        while done < len(mine) and self._subject_pronouns[mine[done]].i in self._pronoun_names:
            done += 1
        self._topics_done[g] = done

    def _description_subjects(self) -> list[tuple[int, int, int, str]]:
        """(sentence, char, prominence, name) of each clause subject outside quotation marks
        that is a definite description (`the chancellor`, `the head of state`) of a person
        the article introduced with that title or a compatible one."""
        if self._desc_subjects is not None:
            return self._desc_subjects
        out: list[tuple[int, int, int, str]] = []
        self._desc_subjects = out
        doc = self.doc
        for tok in doc:
            if (
                tok.dep_ not in ("nsubj", "nsubjpass")
                or tok.tag_ != "NN"
                or tok.lower_ not in ROLE_NOUNS
                or self._in_quote(tok.idx)
            ):
                continue
            first = tok.left_edge.i
            if doc[first].lower_ not in ("the", "this"):
                continue
            end = tok.i + 1
            for child in tok.rights:
                if child.dep_ == "prep" and child.lower_ == "of" and child.i == tok.i + 1:
                    end = child.right_edge.i + 1
            name = self._description(doc[first:end], salient=False)
            if name is None or not any((p.full or p.name) == name for p in self.people):
                continue
            verb = tok.head
            main = verb.dep_ in ("ROOT", "conj") or (
                is_say_verb(verb.lemma_) and verb.dep_ not in _EMBEDDED
            )
            out.append((self._sent(tok.idx), doc[first].idx, 0 if main else 1, name))
        return out

    def _unnamed_people(self, at: int, gender: str, window: int):
        """Costs, as for a named antecedent, of the mentions before `at` (within `window`
        sentences) headed by a common noun for a woman or a man with no name of its own
        (`a 29-year-old woman`, `the home of a man`; not `his wife, Ana`)."""
        here = self._sent(at)
        nouns = _UNNAMED_FEMALE if gender == "f" else _UNNAMED_MALE
        for tok in reversed(self.doc[: _tok_at(self.doc, at)]):
            d = self._distance(self._sent(tok.idx), here, gender)
            if d > window:
                return
            if (
                tok.lower_ in nouns
                and tok.tag_ == "NN"
                and not self._in_quote(tok.idx)
                and any(c.dep_ == "det" and c.lower_ not in _NO_ONE_DETS for c in tok.children)
                and not any(
                    c.ent_type_ == "PERSON" or c.dep_ in ("appos", "poss", "acl")
                    for c in tok.children
                )
                and not (tok.i + 1 < len(self.doc) and self.doc[tok.i + 1].pos_ == "PROPN")
                and not (
                    tok.lower_ in ("lady", "gentleman")
                    and tok.i > 0
                    and self.doc[tok.i - 1].lower_ == "first"
                )
            ):
                # (`the first lady`, `the first gentleman` is a title, not someone unnamed;
                # `the first woman to …` is someone)
                prominence = 2
                if tok.dep_ in ("nsubj", "nsubjpass"):
                    verb = tok.head
                    # A clause the parse hangs on the sentence before is a main one.
                    main = (
                        verb.dep_ in ("ROOT", "conj")
                        or is_say_verb(verb.lemma_)
                        or self._sent(verb.head.idx) != self._sent(verb.idx)
                    )
                    prominence = 0 if main else 1
                yield d + _PROMINENCE_COST[prominence]

    def _relative_antecedent(self, tok: Token) -> str | None:
        """`Norvik Oil, which said …` / `… Norvik Oil, which says it …`: the named organisation
        or person that the relative clause holding `tok` modifies."""
        t = tok
        while t.dep_ != "relcl" and t.head.i != t.i:
            t = t.head
        if t.dep_ != "relcl":
            return None
        noun = t.head
        called = _called_org(noun)
        if called is not None:
            return called
        for ent in self.doc.ents:
            if ent.start <= noun.i < ent.end:
                if ent.label_ == "PERSON":
                    self._last_kind = "person"
                    return self._full_name(ent.text, ent.start_char)
                if ent.label_ == "ORG":
                    return _group_name(ent) or ent.text
        return None

    def _org_phrases(self) -> list[Span]:
        """Subjects headed by an institution noun that a name modifies (`Norvik's campaign`):
        organisations NER does not tag."""
        if self._phrases is None:
            self._phrases = []
            for tok in self.doc:
                if (
                    tok.dep_ in ("nsubj", "nsubjpass")
                    and tok.lower_ in INSTITUTION_NOUNS
                    and tok.ent_type_ == ""
                ):
                    left = tok.left_edge.i
                    span = self.doc[left : tok.i + 1]
                    if any(
                        t.pos_ == "PROPN" and t.ent_type_ in ("", "PERSON", "ORG") for t in span
                    ):
                        self._phrases.append(span)
        return self._phrases

    def _salient_org(
        self,
        at: int,
        ok,
        window: int = 1,
        subject: bool = True,
        phrases: bool = False,
        sources: bool = False,
    ) -> str | None:
        """The organisation a pronoun or description at `at` most likely stands for: an
        organisation named (or a group speaker) in this sentence before `at` or the `window`
        before it, nearest and most prominent first; with `subject`, only a clause subject
        or a speaker; with `phrases`, subjects such as `Norvik's campaign` too. `ok` filters
        the names."""
        here = self._sent(at)
        best: tuple[float, int, str] | None = None
        for span in self._org_phrases() if phrases else ():
            if span.start_char >= at or self._in_quote(span.start_char):
                continue
            d = self._distance(self._sent(span.start_char), here)
            name = _group_name(span)
            if not (d <= window and name and ok(name)):
                continue
            if best is None or (float(d), -span.start_char) < (best[0], -best[1]):
                best = (float(d), span.start_char, name)
        for ent in self.doc.ents:
            place = ent.label_ == "GPE" and _place_subject(ent)
            if (
                (ent.label_ != "ORG" and not place)
                or ent.start_char >= at
                or self._in_quote(ent.start_char)
                or self._in_title(ent.start_char)
            ):
                continue
            d = self._org_narrative[here] - self._org_narrative[self._sent(ent.start_char)]
            if d > window:
                continue
            prominence = 0 if place or _is_subject(ent) else 2
            if sources and prominence and _according_to(ent):
                prominence = 0
            if subject and prominence:
                continue
            name = _group_name(ent) or ent.text
            if not ok(name):
                continue
            cost = d + _PROMINENCE_COST[prominence]
            if best is None or (cost, -ent.start_char) < (best[0], -best[1]):
                best = (cost, ent.start_char, name)
        for char, name, kind in self.speakers:
            if kind != "group" or char >= at or not ok(name):
                continue
            d = self._distance(self._sent(char), here)
            if d <= window and (best is None or (float(d), -char) < (best[0], -best[1])):
                best = (float(d), char, name)
        return best[2] if best else None

    def _group_pronoun(self, at: int) -> str | None:
        # "they" is often a plural the article never named as a speaker ("China and
        # Russia … what they call"): only a group speaker of the same paragraph counts, or
        # people joined by `and` as the subject of this sentence or the one before
        # (`Ana Ruiz and Tom Vey studied … they wrote`).
        best: tuple[int, str] | None = None
        for char, name, kind in reversed(self.speakers):
            if char < at and kind == "group" and not self._new_paragraph(char, at):
                if _plural_name(name):
                    best = (char, name)
                break
        here = self._sent(at)
        for char, name in self._person_pairs():
            near = char < at and self._distance(self._sent(char), here) <= 1
            if near and (best is None or char > best[0]):
                best = (char, name)
        if best is None:
            # `Norvik Oil's campaign is tying the bill to Ruiz. They say …`: the organisation
            # that is the subject just before, where no plural noun comes between (`Norvik
            # Oil fired the workers. They said` are the workers).
            found = self._salient_org(at, self._no_plural_until(at), phrases=True)
            if found is not None:
                best = (at, found)
        if best is not None:
            self._last_kind = "group"
        return best[1] if best else None

    def _no_plural_until(self, at: int):
        """A filter on organisation names: true where the name is no person's and no plural
        noun outside quotation marks comes between its latest mention before `at` and `at`."""
        end = _tok_at(self.doc, at)

        def ok(name: str) -> bool:
            start = self.text.rfind(name, 0, at)
            toks = _norm_tokens(name)
            if start < 0 or any(_contains(p.tokens, toks) for p in self.people):
                return False  # a person NER tags ORG (`Haley`)
            i = _tok_at(self.doc, start + len(name))
            return not any(
                t.tag_ in ("NNS", "NNPS") and not self._in_quote(t.idx) for t in self.doc[i:end]
            )

        return ok

    def _person_pairs(self) -> list[tuple[int, str]]:
        """Subjects that join named people by `and` (`Ana Ruiz and Tom Vey`), outside
        quotation marks, with their full names."""
        if self._pairs is None:
            self._pairs = []
            starts = {_tok_at(self.doc, p.start): p for p in self.people if not p.quoted}
            for tok in self.doc:
                if tok.dep_ not in ("nsubj", "nsubjpass") or not tok.conjuncts:
                    continue
                heads = [tok, *(c for c in tok.conjuncts if c.i > tok.i)]
                names = []
                for h in heads:
                    p = next((p for i, p in starts.items() if i <= h.i < i + len(p.tokens)), None)
                    if p is None:
                        break
                    names.append(p.full or p.name)
                else:
                    if len(names) >= 2:
                        self._pairs.append((tok.left_edge.idx, " and ".join(names)))
        return self._pairs

    def _description(self, mention: Span, salient: bool = True) -> str | None:
        """`the Norland businessman`: the person introduced with that role and its qualifiers
        (`Norland businessman Tom Vey`, `Tom Vey, a Norland businessman`, `Sen. Tom Vey`);
        else, for a definite singular epithet (`the senator`, `the former governor`), the
        salient person as for `he`, of the noun's gender and not introduced with another
        role only."""
        words = {t.lower_ for t in mention if t.is_alpha and t.lower_ not in ("the", "a", "an")}
        role = mention.root.lower_
        qualifiers = {w for w in words if w != role and w not in ROLE_NOUNS}
        best: _Person | None = None
        for p in self.people:
            if p.start >= mention.start_char or not p.titles:
                continue
            roles_ok = role in p.titles or (role == "leader" and p.titles & LEADER_ROLES)
            if not roles_ok or (p.titles & _SECOND_RANK) - words:
                continue  # `the president` is not `Vice President X`
            stems = {_stem(t) for t in p.titles}
            if any(_stem(q) not in stems for q in qualifiers):
                continue
            best = p  # the most recent one wins
        if best is not None:
            name = best.full or best.name
            topic = self._topic_before(mention) if salient and self._epithet(mention) else None
            if (
                topic is not None
                and topic != name
                and not self._named_near(name, mention)
                and not self._spoke_near(name, mention.start_char)
            ):
                # `Vey appeared to gain. … Rubin sought to rally staff … the senator said`:
                # the topic of the sentence just before, where the senator introduced so
                # is not named near.
                roles = self._roles_by_name()
                if _role_fits(role, roles.get(topic, set())):
                    return topic
            return name
        office = self._office_holder(mention)
        if office is not None:
            return office
        if not (salient and self._epithet(mention)) or self._introduced_unnamed(mention):
            return None
        gender = "f" if role in _FEMALE_NOUNS else "m" if role in _MALE_NOUNS else None
        roles = self._roles_by_name()
        # `Ruiz leads Vey, but the self-described socialist has vowed …`: a description, not a
        # pronoun, where its sentence names a person before it is someone else.
        here = self._sent(mention.start_char)
        clause_mates = {
            p.full or p.name
            for p in self.people
            if p.sent == here and p.start < mention.start_char and not p.quoted
        }
        if role in _EPITHETS or role in ROLE_NOUNS:
            clause_mates = set()  # a title the lists know: as before (`the candidate`)
        found = None
        if role in _FAME_EPITHETS:
            # `X interviewed the singer Y. "…," the star said`: Y, whose descriptor the
            # epithet fits, before a nearer or more prominent person introduced otherwise.
            for nouns in (_FAME_ROLES, _FAME_ROLES | _FAME_MAYBE):
                famous = self._famous_people(nouns)
                found = self._salient_person(
                    mention.start_char, gender, window=_FAME_WINDOW, ok=famous.__contains__
                )
                if found is not None:
                    break
        if found is None:
            found = self._salient_person(
                mention.start_char,
                gender,
                window=_EPITHET_WINDOW,
                ok=lambda name: (
                    _role_fits(role, roles.get(name, set())) and name not in clause_mates
                ),
            )
        if found is None and role in _OFFICES:
            # `the Norland senator` after `Sen. Tom Vey (R-Norland)`: the one person the
            # article introduced with that office, whatever the qualifiers.
            office = _ABBREVIATED_ROLES.get(role, role)
            holders = {
                p.full or p.name
                for p in self.people
                if p.start < mention.start_char
                and not p.quoted
                and office in roles.get(p.full or p.name, ())
            }
            if len(holders) == 1:
                found = holders.pop()
        return found

    def _famous_people(self, nouns: frozenset[str]) -> set[str]:
        """The people introduced with a performer's or sportsperson's noun (`the singer Ana
        Ruiz`, `Pop star Ana Ruiz`), whom `the star` or `the legend` most likely means."""
        return {p.full or p.name for p in self.people if (p.titles | p.roles) & nouns}

    def _office_holder(self, mention: Span) -> str | None:
        """`the head of state`, `the country's leader`, `the premier`: a description that
        denotes an office (`_OFFICE_DESCRIPTIONS`) is the one person the article introduces
        with a compatible title (`President Teodor Ilvane`), named before the mention; none
        where the article names two such people or none. Only a nationality or `country's`
        may qualify it (`the former head of state` may be someone else)."""
        key = _office_key(mention)
        compatible = _OFFICE_DESCRIPTIONS.get(key or "")
        if compatible is None:
            return None
        holders: set[str] = set()
        before = False
        for p in self.people:
            if p.quoted or not (p.titles & compatible) or p.titles & _SECOND_RANK:
                continue
            holders.add(p.full or p.name)
            before = before or p.start < mention.start_char
        if len(holders) != 1 or not before:
            return None
        return holders.pop()

    def _topic_before(self, mention: Span) -> str | None:
        """The person who is the main-clause subject of one of the two sentences before the
        mention's, or of its own sentence before it, outside quotation marks (the latest
        one; the parse often splits a sentence at a quoted exclamation)."""
        here = self._sent(mention.start_char)
        found = None
        for p in self.people:
            if p.start >= mention.start_char or p.quoted or p.prominence != 0:
                continue
            if self._distance(p.sent, here) <= 2:
                found = p.full or p.name
        return found

    def _spoke_near(self, name: str, at: int, window: int = 6) -> bool:
        """Whether `name` was quoted before `at`, within `window` sentences (`"…," Governor
        X told reporters. … Y said … the governor said`: still X)."""
        here = self._sent(at)
        return any(
            self.speakers[k][1] == name
            and self._distance(self._sent(self.speakers[k][0]), here) <= window
            for k in self._speakers_between(self._sent_starts[max(0, here - 8)], at)
        )

    def _named_near(self, name: str, mention: Span, window: int = 3) -> bool:
        """Whether the person `name` is mentioned in the `window` sentences before the
        mention's, or in its own before it."""
        here = self._sent(mention.start_char)
        return any(
            (p.full or p.name) == name
            and p.start < mention.start_char
            and self._distance(p.sent, here) <= window
            for p in self.people
        )

    def _introduced_unnamed(self, mention: Span) -> bool:
        """Whether the article introduced someone with the mention's noun and no name
        before it (`a senator said …, the senator added`): that person, not a named one."""
        role = mention.root.lower_
        for tok in self.doc[: mention.start]:
            if tok.lower_ != role or tok.tag_ != "NN":
                continue
            if not any(
                c.dep_ == "det" and c.lower_ in ("a", "an", "another", "one") for c in tok.children
            ):
                continue
            named = tok.dep_ == "appos" and tok.head.pos_ == "PROPN"
            named = named or any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in tok.children)
            if not named:
                return True
        return False

    def _epithet(self, mention: Span) -> bool:
        """`the Texas senator`, `The former president`: definite, singular, headed by a role
        or an epithet noun, with no name, clause or `of` phrase of its own (`the head of the
        committee`, `the senator who …` may be someone the text has not named)."""
        head = mention.root
        listed = head.lower_ in _EPITHETS or head.lower_ in ROLE_NOUNS
        if not listed and (mention[0].lower_ != "the" or not _agent_noun(head.lower_)):
            return False
        if not listed and any(t.pos_ == "PROPN" and self._by_token.get(t.lower_) for t in mention):
            # `the Ruiz supporter`, `the Brenn doppelganger`: someone other than that person.
            return False
        return (
            mention[0].lower_ in ("the", "this")
            and (head.tag_ == "NN" or _party_member(head))
            and head.lower_ not in _NOT_EPITHETS
            and head.lower_ not in _ANONYMOUS
            and _office_domain_only(mention)
            and not any(t.pos_ == "PROPN" and t.ent_type_ == "PERSON" for t in mention)
            and not any(t.dep_ == "poss" for t in head.children)
        )

    def _roles_by_name(self) -> dict[str, set[str]]:
        """The role nouns each person was introduced with (titles and appositions), by the
        fullest name."""
        if self._roles is not None:
            return self._roles
        out: dict[str, set[str]] = {}
        self._roles = out
        for p in self.people:
            words = {_ABBREVIATED_ROLES.get(t, t) for t in p.titles | p.roles}
            if words & _SECOND_RANK:
                continue  # `Vice President X` holds no presidency
            out.setdefault(p.full or p.name, set()).update(words & (ROLE_NOUNS | _EPITHETS))
        return out


def _person_spans(doc: Doc) -> list[Span]:
    """Spans naming people: NER's PERSON entities, plus runs of two to four capitalised proper
    nouns that NER left unlabelled (the small model misses many names: `Ana Ruiz`)."""
    spans = [_with_given_names(e) for e in doc.ents if e.label_ == "PERSON"]
    # `Engr. Bola Adeyemi`, `Vice-President Sun-hee Marlow` tagged an organisation: a form of
    # address or a person's title right before a name makes it a person's
    spans += [a for e in doc.ents if e.label_ != "PERSON" and (a := _addressed(doc, e))]
    covered = {i for e in spans for i in range(e.start, e.end)}
    i = 0
    while i < len(doc):
        j = i
        while (
            j < len(doc)
            and doc[j].ent_type_ in ("", "PERSON")
            and j not in covered
            and (
                _inner_hyphen(doc, j, i)
                or doc[j].pos_ == "PROPN"
                and doc[j].text[:1].isupper()
                and doc[j].lower_ not in ROLE_NOUNS
                and doc[j].is_alpha
                and not _verb_form(doc[j].lower_)
            )
        ):
            j += 1
        if 2 <= sum(doc[k].text != "-" for k in range(i, j)) <= 4:
            spans.append(doc[i:j])
            covered.update(range(i, j))
        i = max(j, i + 1)
    spans += _role_apposed_names(doc, covered)
    return sorted(spans, key=lambda s: s.start)


def _apposed_subject(root: Token) -> Token | None:
    """The clause subject a name is in apposition to, so as prominent as it: `Ana Ruiz` in
    `Her lawyer, Ana Ruiz, said` and in `The director of the centre, Ana Ruiz, said`."""
    if root.dep_ != "appos":
        return None
    head = apposed_role(root) or root.head
    return head if head.dep_ in ("nsubj", "nsubjpass") else None


def _with_given_names(ent: Span, most: int = 2) -> Span:
    """`Ms Priya Hallam` where NER tags only `Hallam` a person: up to `most` capitalised proper
    nouns no entity holds between an honorific and the name are its given names."""
    doc = ent.doc
    i = ent.start
    while (
        ent.start - i < most
        and i > 1
        and doc[i - 1].pos_ == "PROPN"
        and doc[i - 1].is_title
        and doc[i - 1].is_alpha
        and not doc[i - 1].ent_type_
        and doc[i - 1].lower_ not in _HONORIFICS
    ):
        i -= 1
    if i < ent.start and doc[i - 1].lower_.rstrip(".") in _PERSONAL_HONORIFICS:
        return doc[i : ent.end]
    if i < ent.start and _set_off(doc, i, ent.end):
        # `The mayor of Tarnby, Anders Vik, said` with only `Vik` tagged: the whole
        # apposition between its commas is the name
        return doc[i : ent.end]
    return ent


def _set_off(doc: Doc, start: int, end: int) -> bool:
    """Tokens `start:end` stand between two commas, in apposition to what comes before."""
    return doc[start - 1].text == "," and end < len(doc) and doc[end].text == ","


def _role_apposed_names(doc: Doc, covered: set[int]) -> list[Span]:
    """`Raine Stobus, the party chairman, …` with the surname tagged an organisation or a
    place: two to four capitalised proper nouns that a person's role noun stands in
    apposition to name a person, whatever NER says; and so do those in apposition to the role
    noun (`The representative of Oskaria, Dmitar Voskel, said`, the parse hanging the name on
    the body the noun governs and NER taking `Oskaria, Dmitar Voskel` for one organisation)."""
    out = []
    for tok in doc:
        if _person_noun(tok) and tok.dep_ == "appos" and tok.head.pos_ == "PROPN":
            end = tok.head.i
        elif tok.dep_ == "appos" and tok.pos_ == "PROPN" and apposed_role(tok) is not None:
            end = tok.i
        else:
            continue
        if end in covered:
            continue
        start = end
        while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].dep_ == "compound":
            start -= 1
        run = doc[start : end + 1]
        if (
            2 <= len(run) <= 4
            and all(t.text[:1].isupper() and t.is_alpha for t in run)
            and not covered.intersection(range(start, end + 1))
        ):
            out.append(run)
    return out


def _person_noun(tok: Token) -> bool:
    """A lower-case common noun for one person (`chairman`, `lawyer`)."""
    return tok.pos_ == "NOUN" and tok.is_lower and tok.lower_ in _PERSON_NOUNS - {"staff"}


def _capitalised_title_holder(mention: Span) -> Span | None:
    """The PERSON entity set off by commas in apposition to a mention headed by a capitalised
    title (`The Minister of Water, Dr Sara Lind,`, `Mersia's Attorney-General, Paul Oduya,`):
    the parse calls such a title a proper noun, which `apposed_role` leaves alone."""
    head = mention.root
    if head.pos_ != "PROPN" or head.is_lower or head.lower_ not in _PERSON_NOUNS:
        return None
    doc = mention.doc
    # the name may hang on the `of` object inside the mention (`The Chairman of the Union, X,`)
    for c in doc[mention.end : min(len(doc), mention.end + 8)]:
        if not mention.start <= c.head.i < mention.end:
            continue
        if c.dep_ != "appos" or not c.ent_type_ or doc[c.left_edge.i - 1].text != ",":
            continue
        if _listed(c):
            return None  # `The President, Ana Berg and Ivo Sand said`: a list of three
        ent = next((e for e in doc.ents if e.start <= c.i < e.end), None)
        if ent is not None and ent.label_ == "PERSON":
            return ent
        if ent is not None and (addressed := _addressed(doc, ent)) is not None:
            return addressed  # `…, Comrade Ifeoma Nwankwo-Daniels,` tagged an organisation
    return None


def _listed(tok: Token) -> bool:
    """`tok` is one item of a list (`Ana Berg and Ivo Sand`): it has a conjunct, or a
    coordinating word follows its phrase, so a title before it is another item, not its role."""
    if any(c.dep_ in ("conj", "cc") for c in tok.children):
        return True
    nxt = tok.right_edge.i + 1
    return nxt < len(tok.doc) and tok.doc[nxt].dep_ == "cc"


def apposed_role(tok: Token) -> Token | None:
    """The person noun that `tok` stands in apposition to, directly (`her lawyer, Ana Ruiz`) or
    hung on the body it governs (`the head of the Harbour Trust, Ana Ruiz`). A body told by a
    common noun takes its own name in apposition (`the biggest party, Unity`), so a name hung
    there is the holder's only where NER calls it a person."""
    up = tok.head
    if not _person_noun(up) and up.pos_ != "PROPN" and tok.ent_type_ != "PERSON":
        return None  # `the leader of the biggest party, Unity`: a body's own name
    while not _person_noun(up) and up.dep_ in ("pobj", "prep") and up.head.i != up.i:
        up = up.head
    return up if _person_noun(up) and up.i < tok.i else None


def _drop_title_words(span: Span) -> Span:
    """`Challenger Ana Ruiz`, `Chief Justice Tom Vey`, `Hon Peter Kale`, `Maj Gen Ana Rell`:
    NER takes a capitalised title opening a sentence, or an abbreviated one with or without
    its period, into the name; a common noun for a person or an abbreviated title before two
    or more proper nouns is no part of it (`Maj Sjowall` alone keeps its first word)."""
    i = span.start
    doc = span.doc
    while (
        span.end - i >= 3
        and doc[i].is_title
        and (doc[i].lower_ in _TITLE_WORDS or doc[i].lower_ in ABBREVIATED_TITLES)
        and all(t.pos_ == "PROPN" and t.is_title for t in doc[i + 1 : span.end])
    ):
        i += 1
    return doc[i : span.end]


def _inner_hyphen(doc: Doc, j: int, start: int) -> bool:
    """A hyphen inside a name, unspaced between two capitalised words (`Varnek-Dobbs`)."""
    return (
        doc[j].text == "-"
        and start < j < len(doc) - 1
        and not doc[j - 1].whitespace_
        and not doc[j].whitespace_
        and doc[j + 1].is_title
        and doc[j + 1].is_alpha
    )


#: Forms of address and ranks, lower case without their period (`smt`, `engr`, `lt`).
_ADDRESS_WORDS = _PERSONAL_HONORIFICS | frozenset(w.lower() for w in TITLE_ABBREVIATIONS)


def _opened_by_address(ent: Span) -> Span | None:
    """The name after a form of address that opens an entity NER did not call a person
    (`Engr. Bola Adeyemi` tagged a place): whatever the label, one to three capitalised
    proper nouns after `Engr.`, `Smt.`, `Lt. Col.` are a person's name, and two or three
    name words after a capitalised title for a person (`Councillor Per Dahl` tagged a work
    of art, `Per` a preposition: `_titled_person`). Apart from
    `_addressed` on purpose: that one looks before the entity and is used where an entity
    opened by an address word must stay what it is (`Sri Lanka`)."""
    if ent.label_ == "PERSON" or len(ent) < 2:
        return None
    if _titled_person(ent):
        return ent[1:]  # `Councillor Per Dahl` tagged a work of art
    if not _address_word(ent[0]):
        return None
    name = ent[1:]
    while len(name) and _address_word(name[0]):
        name = name[1:]  # `Lt. Col. Ana Vey`
    if not 1 <= len(name) <= 3 or not all(t.pos_ == "PROPN" and t.is_title for t in name):
        return None
    return name


def _titled_person(ent: Span) -> bool:
    """`Councillor Per Dahl` tagged an organisation or a work: a capitalised title for one
    person, then two or three name words (a place's name keeps its label)."""
    return (
        ent.label_ in _MISLABELLED_NAMES
        and 3 <= len(ent) <= 4
        and ent[0].is_title
        and ent[0].lower_ in _TITLE_WORDS
        and all(name_token(t) for t in ent[1:])
    )


#: Function words Title Case capitalises inside names of bodies and works (`Minister of
#: Finance`, `Friends of the Earth`): never a person's given name.
_TITLE_CASE_LINKS = frozenset("of for and the in at on to from with by into a an".split())


def name_token(tok: Token) -> bool:
    """A word of a person's name: a capitalised proper noun, or a capitalised word the tagger
    takes for a preposition (`Per` in `Councillor Per Dahl`)."""
    if not tok.is_title or not tok.is_alpha:
        return False
    return tok.pos_ == "PROPN" or (tok.pos_ == "ADP" and tok.lower_ not in _TITLE_CASE_LINKS)


def _addressed(doc: Doc, ent: Span) -> Span | None:
    """A name of 2-4 capitalised words (`Sun-hee Marlow`) right after an honorific or a
    capitalised title for one person (`Engr.`, `Vice-President`, `Judge`), with up to two
    capitalised words before it that NER left out (`Engr. Tunde` of `Okorafor-Bello`)."""
    k = ent.start
    while (
        ent.start - k < 2
        and k > 1
        and doc[k - 1].is_title
        and doc[k - 1].is_alpha
        and not doc[k - 1].ent_type_
        and doc[k - 1].lower_.rstrip(".") not in _PERSONAL_HONORIFICS
        and doc[k - 1].lower_ not in _PERSON_NOUNS
    ):
        k -= 1
    span = doc[k : ent.end]
    words = [t for t in span if t.text != "-"]
    if not 2 <= len(words) <= 4 or not all(t.pos_ in ("PROPN", "NOUN") for t in words):
        return None
    if k == 0 or not span[0].is_title:
        return None
    before = doc[k - 1]
    if _address_before(doc, k) in _PERSONAL_HONORIFICS or (
        before.pos_ == "PROPN" and before.is_title and before.lower_ in _PERSON_NOUNS
    ):
        return span
    return None


def _address_word(tok: Token) -> bool:
    """A form of address or an abbreviated rank (`Engr.`, `Smt`, `Lt.`), period or none."""
    return tok.lower_.rstrip(".") in _ADDRESS_WORDS


def _address_before(doc: Doc, i: int) -> str:
    """The word before token `i`, lower-cased and without its period; the word before a lone
    `.` when the tokenizer split an honorific's period off (`Smt` `.` `Kavita Rao`)."""
    j = i - 1
    if j > 0 and doc[j].text == "." and doc[j - 1].lower_ in _PERSONAL_HONORIFICS:
        j -= 1
    return doc[j].lower_.rstrip(".") if j >= 0 else ""


def _strip_leading(span: Span) -> Span | None:
    """The span without the adverbs, determiners and conjunctions that open it (`Even`), and
    without a form of address NER took into the name (`Shri A. K. Mehra`, `Smt. Rao`)."""
    i = span.start
    doc = span.doc
    while i < span.end and (
        doc[i].lower_ in _NEVER_NAME_START
        or i + 1 < span.end
        and doc[i].lower_.rstrip(".") in ADDRESS_ONLY
    ):
        i += 1
    return doc[i : span.end] if i < span.end else None


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


def _called_org(tok: Token) -> str | None:
    """`a company called Norvik Analytica`: the proper name an institution noun introduces
    with `called`/`named` is an organisation, whatever label NER gives it (a product, a
    person). `tok` is the name or the noun (a relative clause hangs on either)."""
    if tok.lower_ in INSTITUTION_NOUNS:
        name = _called_name(tok)
        return _called_org(name[-1]) if name is not None else None
    verb = tok.head
    if not (
        tok.pos_ == "PROPN"
        and tok.dep_ in _CALLED_DEPS
        and verb.dep_ == "acl"
        and verb.lower_ in _CALLING
        and verb.head.lower_ in INSTITUTION_NOUNS
    ):
        return None
    words = [t for t in tok.subtree if t.i <= tok.i and t.dep_ in ("compound", "flat")]
    return tok.doc[words[0].i if words else tok.i : tok.i + 1].text


_CALLING = frozenset("called named dubbed".split())
_CALLED_DEPS = frozenset("oprd dobj attr".split())


def _is_subject(ent: Span) -> bool:
    """Whether an entity is a clause subject (`Norvik Oil closed …`, even where the parse
    hangs the first word of the name on the verb)."""
    return any(
        t.dep_ in ("nsubj", "nsubjpass") and not ent.start <= t.head.i < ent.end for t in ent
    )


def _place_subject(ent: Span) -> bool:
    """`The city of Portavel settled …`: a place named as the body that acts, the object of
    `of` after a place noun that is a clause subject (the city's government speaks)."""
    of = ent.root.head
    noun = of.head
    return (
        ent.root.dep_ == "pobj"
        and of.lower_ == "of"
        and noun.lower_ in _PLACE_NOUNS
        and noun.dep_ in ("nsubj", "nsubjpass")
    )


def _plural_name(name: str) -> bool:
    """A group `they` can stand for: people joined by `and`, or a plural (`Senate
    Republicans`), not one organisation (`Norvik Bank`)."""
    words = name.split()
    plural = words[-1:] + [w for w in words if w.islower()]
    return " and " in name or any(
        w.lower().endswith("s") and not w.lower().endswith(("ss", "us", "'s", "’s")) for w in plural
    )


def _named_as_thing(words: Span) -> bool:
    """A run of proper nouns named with a common noun for a thing (`Storm Ofelia`, `Mount
    Kessel`, `Lake Orva`): a storm, a mountain or a lake, never a company."""
    root = words[-1]
    before = [c for c in root.lefts if c.dep_ in ("compound", "amod") and c.i < words.start]
    return any(t.lower_ in _THING_TITLES for t in words) or any(c.is_title for c in before)


def _proper_run(tok: Token) -> Span:
    """The proper noun `tok` with the proper nouns compounded before it (`Emil Sarto`)."""
    first = min(
        (c.i for c in tok.lefts if c.dep_ in ("compound", "flat") and c.pos_ == "PROPN"),
        default=tok.i,
    )
    return tok.doc[first : tok.i + 1]


_OWNER_MARK = re.compile(r"\.?(?:'s|’s|'|’)\s+\w")
#: An owner mark after a name's period (`Tomas Brenn Sr.'s lawyer`).
_CUT_OWNER_MARK = re.compile(r"\.(?:'s|’s)\s+\w")


def _party_member(head: Token) -> bool:
    """`the Norland Republican` (tagged a proper noun) with no restricting clause: `the
    lifelong Republican who wrote the speech` is someone the clause introduces, while `the
    Norland Republican, who had pledged …` is still the epithet."""
    doc = head.doc
    return (
        head.tag_ == "NNP"
        and head.lower_ in _PARTY_MEMBERS
        and not any(
            c.dep_ in ("relcl", "acl") and doc[c.left_edge.i - 1].text != "," for c in head.children
        )
    )


def _owned_phrase(mention: Span) -> Span | None:
    """The whole phrase `Tomas Brenn Sr.'s lawyer` where the mention stops at the owner
    (`Tomas Brenn Sr`, the suffix's period read as a sentence end): the owner only owns
    the speaker's words, so the phrase through the owned noun is the mention."""
    root = mention.root
    owned = root.head
    if root.dep_ != "poss" or owned.i < mention.end or owned.i - mention.end > 2:
        return None
    if not _CUT_OWNER_MARK.match(doc_text(mention.doc), mention.end_char):
        return None
    return mention.doc[mention.start : owned.i + 1]


def owner_only(
    text: str,
    end: int,
    mention_end: int,
    owner: tuple[str, ...],
    speaker: str | None,
    person: bool,
) -> bool:
    """Whether the entity words ending at `end`, inside a speaker's words ending at
    `mention_end`, only own them (`Dresler's lawyer`, `Orvik's chief executive`) and so are
    not who spoke: the resolver named someone else (`Dresler's lawyer, Emil Sarto,`), or,
    for a person `owner`, no one (`Dresler's lawyer said`: the lawyer, never the defendant).
    `owner` are the entity's names; the resolver's name may hold one (`Ana Ruiz's
    campaign`), and then the owner speaks through it."""
    # end == mention_end: the speaker's words stop at the owner (`said Tomas Brenn Sr.'s
    # lawyer` cut at the suffix's period), and the owned noun after them is who spoke.
    mark = _OWNER_MARK if end < mention_end else _CUT_OWNER_MARK
    if end > mention_end:
        return False
    if speaker is not None and (
        _owned_office(speaker, owner, person) or _group_of_owners(speaker, owner)
    ):
        return True
    if not mark.match(text, end):
        if _NOUN_AFTER_MODIFIER.fullmatch(text, end, mention_end) and (
            person or _adjective_form(text[:end].rsplit(None, 1)[-1], owner[0])
        ):
            # `A Belvari nurse` (a demonym NER took for a person), `Tavessan officials` (the
            # place written as its adjective): the name only describes whom the words
            # name, someone unnamed, never the person or the country
            return speaker is None or not _names_owner(speaker, owner)
        # `Greywater Coal spokesman Edgar Lunn`: a name before a role noun and another
        # name is that person's employer, where the resolver named the person
        role = _ROLE_THEN_NAME.match(text, end, mention_end)
        return bool(role) and speaker is not None and not _names_owner(speaker, owner)
    if speaker is None:
        return person
    return not _names_owner(speaker, owner)


#: Offices of a state or a body that speak as themselves, not as their owner (`Tamberg's
#: customs service`, `the Velmara foreign ministry`).
_STATE_OFFICES = frozenset(
    """
    ministry service office police army military navy embassy consulate department agency
    authority authorities government coastguard guard court parliament cabinet presidency
    """.split()
)
#: State offices a person may also hold or run (`Ruiz's office said`: Ruiz speaks).
_PERSONAL_OFFICES = frozenset("office ministry department cabinet".split())
#: A plural description and the `of` list of its owners (`foreign ministers of A, B and C`).
_GROUP_OF = re.compile(r"(?:the\s+)?(?:[a-z][\w-]*\s+)*[a-z][\w-]*s\s+of\s+(.+)$", re.I)


def _group_description(mention: Span) -> str | None:
    """`the foreign ministers of Corvaine, Lisset and Tamberg`: a plural description whose
    `of` list names several proper nouns is a group, named by the description (without its
    article), never by its first country."""
    head = mention.root
    if head.tag_ != "NNS" or not head.is_lower:
        return None
    for prep in head.children:
        if prep.lower_ != "of" or prep.dep_ != "prep":
            continue
        objs = [c for c in prep.children if c.dep_ == "pobj"]
        if not objs or objs[0].pos_ != "PROPN":
            continue
        names = [objs[0], *objs[0].conjuncts]
        if len(names) > 1 and all(mention.start <= t.i < mention.end for t in names):
            start = mention.start + (mention[0].dep_ == "det")
            return mention.doc[start : mention.end].text
    return None


def _earlier_group(mention: Span, window: int = 3) -> str | None:
    """`the three ministers` after `the foreign ministers of Corvaine, Lisset and Tamberg`
    within `window` sentences: the same group, by the plural noun both are headed by; the
    nearest mention of that noun that is no bare definite one (`the three ministers` again)
    decides (`Two ministers from Tamberg were kept outside. "…," the ministers said` are those
    two, not the group before them)."""
    head = mention.root
    if head.tag_ != "NNS" or not head.is_lower or mention[0].lower_ != "the":
        return None
    if any(c.dep_ == "prep" for c in head.children):
        return None
    doc = mention.doc
    lo = mention[0].sent.start  # back sentence by sentence, not a list of the whole doc's
    for _ in range(window):
        if lo == 0:
            break
        lo = doc[lo - 1].sent.start
    for tok in reversed(doc[lo : mention.start]):
        if tok.lower_ != head.lower_ or tok.tag_ != "NNS":
            continue
        found = _group_description(doc[tok.left_edge.i : tok.right_edge.i + 1])
        if found is not None or not _bare_definite(tok):
            return found
    return None


def _bare_definite(noun: Token) -> bool:
    """`the ministers`, `the three ministers`: a definite plural with no words of its own that
    tell which group (no name, owner or `of`/`from` phrase), so it goes back to one before."""
    return noun.doc[noun.left_edge.i].lower_ == "the" and not any(
        c.dep_ in ("compound", "poss", "prep", "nmod", "amod", "relcl", "acl")
        for c in noun.children
    )


def _owned_office(speaker: str, owner: tuple[str, ...], person: bool) -> bool:
    """Whether the resolver's name is an office the owner holds (`Tamberg's customs service`,
    `the Tamberg customs service`, `Tamberg's police`): the office speaks, the country only
    owns it. A person's bare `office`/`ministry` (`Ruiz's office`) still speaks for them, so
    for an owner tagged a person (the tagger calls `Tamberg's` one) such an office noun needs a
    word before it; a person has no army, police or government."""
    said = re.sub(r"^the\s+", "", speaker.strip(), flags=re.I)
    for name in owner:
        if not name or not said.startswith(name):
            continue
        rest = re.sub(r"^(?:'s|’s|'|’)", "", said[len(name) :]).split()
        if (
            rest
            and all(w.islower() for w in rest)
            and rest[-1] in _STATE_OFFICES
            and (len(rest) > 1 or not person or rest[-1] not in _PERSONAL_OFFICES)
        ):
            return True
    return False


def _group_of_owners(speaker: str, owner: tuple[str, ...]) -> bool:
    """Whether the resolver's name is a plural description whose `of` list names several
    owners, one of them this entity (`foreign ministers of Corvaine, Lisset and Tamberg`):
    the group speaks, never its first (or any one) country."""
    m = _GROUP_OF.match(speaker.strip())
    if not m:
        return False
    parts = [p.strip() for p in re.split(r",|\band\b", m.group(1)) if p.strip()]
    return len(parts) > 1 and any(n and n in parts for n in owner)


#: Lower-case role words, then a capitalised word (`spokesman Edgar`, `chief executive Ana`).
_ROLE_THEN_NAME = re.compile(r"\s+(?:[a-z][\w-]*\s+){1,3}[A-Z]")


#: Endings that make a place's adjective or demonym of its name (`Tavessa-n`, `Belvar-i`,
#: `Ital-ian`, `Chin-ese`, `Kurd-ish`, `Vanuatu-an`).
_DEMONYM_ENDINGS = ("n", "an", "ian", "ean", "ese", "ish", "i", "ic")


def _adjective_form(word: str, name: str) -> bool:
    """`word` is `name` written as its adjective (`Tavessan` for `Tavessa`, `Velorian` for
    `Veloria`, `Chinese` for `China`): the name, or the name less a final vowel, with a
    demonym's ending; not another name that merely starts with it (`Kesselring` after
    `Kessel`, `Hartigan` after `Hart`)."""
    if " " in name or len(name) < 4 or word == name:
        return False
    stems = {name}
    if name[-1] in "aeiouy":
        stems.add(name[:-1])  # `Canada` -> `Canad-ian`, `Italy` -> `Ital-ian`
    return any(word == stem + end for stem in stems for end in _DEMONYM_ENDINGS)


#: Lower-case words to the end of the speaker's words after a name (`Belvari nurse`).
_NOUN_AFTER_MODIFIER = re.compile(r"(?:[ \t]+[a-z][\w-]*){1,3}")


def _names_owner(speaker: str, owner: tuple[str, ...]) -> bool:
    """Whether the resolver's name `speaker` holds one of the owner's names."""
    said = tuple(_POSSESSIVE.sub("", t) for t in _norm_tokens(speaker))
    return any(n and _contains(said, _norm_tokens(n)) for n in owner)


#: Values computed once per live document, by name, each with the document's length in tokens.
_PER_DOC: weakref.WeakKeyDictionary[Doc, dict[str, tuple[int, object]]] = (
    weakref.WeakKeyDictionary()
)


def per_document(doc: Doc, name: str, make: Callable[[Doc], _T]) -> _T:
    """`make(doc)`, computed once per document and kept while the document lives (again only
    when it was retokenised since): for what every quotation or label would otherwise
    recompute from the whole document."""
    values = _PER_DOC.setdefault(doc, {})
    size, value = values.get(name, (-1, None))
    if size != len(doc):
        value = make(doc)
        values[name] = (len(doc), value)
    return cast(_T, value)


def doc_text(doc: Doc) -> str:
    """The document's text, joined once per document: `Doc.text` joins every token anew on
    each access, so reading it once per quotation or label made a long article's extraction
    quadratic."""
    return per_document(doc, "text", lambda d: d.text)


def is_name_like(name: str | None) -> bool:
    """A name starts with a capital (not a description echoed in lower case)."""
    return bool(name) and name[:1].isupper()


def _document_owner(tok: Token, verbs: bool = True) -> Span | None:
    """Who issued the document noun `tok`: a possessive or proper-noun modifier (`Ruiz's
    statement`, `the Norvik ad`), `from`/`by` X, or the subject of the verb that issued it
    (`Norvik Oil released a statement`, `Ruiz said in a statement`, `X spent $1 on an ad`)."""
    doc = tok.doc
    for c in tok.children:
        if c.dep_ == "poss":
            return doc[c.left_edge.i : c.i + 1]
    names = [c for c in tok.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
    if names:
        first = min(t.left_edge.i for t in names)
        return doc[first : names[-1].i + 1]
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in ("from", "by"):
            obj = next((o for o in c.children if o.dep_ == "pobj"), None)
            if obj is not None:
                return _called_name(obj) or doc[obj.left_edge.i : obj.right_edge.i + 1]
        for acl in _issued_participles(c):
            # `an affidavit written by Tom Vey`, `a study released by Norvik Bank`.
            agent = _agent(acl)
            if agent is not None:
                return agent
    verb = None
    if not verbs:
        return None
    if tok.dep_ == "nsubjpass" and tok.head.lemma_.lower() in _ISSUE_VERBS:
        # `a lawsuit has been filed by Tomas Brenn`: the agent.
        return _agent(tok.head)
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in _ISSUE_VERBS:
        verb = tok.head
    elif (
        tok.dep_ == "pobj"
        and tok.head.lower_ in ("in", "on")
        and tok.head.head.pos_ == "VERB"
        and (is_say_verb(tok.head.head.lemma_) or tok.head.head.lemma_.lower() in _ISSUE_VERBS)
    ):
        # `Ruiz said in a statement`, not `In the poll, Ruiz's support has risen`.
        verb = tok.head.head
    elif (
        tok.dep_ == "pobj"
        and tok.head.lower_ == "on"
        and tok.head.head.lemma_.lower() in _PAYING_VERBS
    ):
        verb = tok.head.head  # `X will spend $1 on an ad`: the one who pays for it
    while (
        verb is not None
        and verb.dep_ in ("xcomp", "conj")
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    ):
        verb = verb.head
    if verb is None:
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return None
    # `Ana Ruiz and Tom Vey filed a lawsuit`: both people, not what follows them.
    end = max((c.i for c in subj.conjuncts if c.i > subj.i), default=subj.i)
    return doc[subj.left_edge.i : end + 1]


def _issued_participles(child: Token) -> list[Token]:
    """`released` in `a study released by X` (a child of the document noun), and in `a
    poll of 400 voters released by X`, where the parse hangs the participle on the `of`
    object: voters are not released, the poll is."""
    if child.dep_ == "prep" and child.lower_ == "of":
        objs = [o for o in child.children if o.dep_ == "pobj"]
        return [a for o in objs for a in o.children if _issuing_participle(a)]
    return [child] if _issuing_participle(child) else []


def _issuing_participle(tok: Token) -> bool:
    return tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.lemma_.lower() in _ISSUE_VERBS


def _agent(verb: Token) -> Span | None:
    """The `by` agent of a passive issuing verb (`written by Tom Vey`), by the name a
    `named`/`called` phrase gives it (`by a former clerk named Tomas Brenn`)."""
    for a in verb.children:
        obj = next((o for o in a.children if o.dep_ == "pobj"), None)
        if a.dep_ == "agent" and obj is not None:
            return _called_name(obj) or verb.doc[obj.left_edge.i : obj.i + 1]
    return None


def _definite(tok: Token) -> bool:
    """`the suit`, `this report`: a noun right after a definite determiner."""
    return tok.i > 0 and tok.doc[tok.i - 1].lower_ in ("the", "this")


def _called_name(noun: Token) -> Span | None:
    """`a former clerk named Tomas Brenn`: the proper name that `named`/`called` gives the
    noun (or `known as`, or a relative clause's `gave only his first name, Tomas`), which is
    whom the phrase names."""
    for verb in noun.children:
        if verb.dep_ == "acl" and verb.lower_ in _CALLING:
            name = next((c for c in verb.children if c.dep_ in _CALLED_DEPS), None)
            if name is not None and name.pos_ == "PROPN":
                return noun.doc[name.left_edge.i : name.i + 1]
        if verb.dep_ == "relcl":
            # `a driver who gave only his first name, Tomas`
            for obj in verb.children:
                if obj.dep_ == "dobj" and obj.lower_ == "name":
                    name = next((c for c in obj.children if c.dep_ == "appos"), None)
                    if name is not None and name.pos_ == "PROPN":
                        return noun.doc[name.left_edge.i : name.i + 1]
        if verb.dep_ == "acl" and verb.lower_ == "known":
            # `the base chief known as Bob`, `a man known only as Ilvo`
            as_ = next((c for c in verb.children if c.lower_ == "as"), None)
            name = next((c for c in as_.children if c.dep_ == "pobj"), None) if as_ else None
            if name is not None and name.pos_ == "PROPN":
                return noun.doc[name.left_edge.i : name.i + 1]
    return None


def _agentive(noun: str) -> bool:
    """A noun that looks like one for a person by its ending (`reporter`, `lobbyist`,
    `historian`, `incumbent`), not `statement` or `paper`-like things the lists name."""
    return noun.endswith(("er", "or", "ist", "ian", "ant", "ent", "ee")) and not noun.endswith(
        ("ment", "paper", "letter", "order", "number", "center", "chapter", "cover")
    )


def _agent_noun(noun: str) -> bool:
    """A noun for someone by what they do or hold to (`developer`, `investor`, `pollster`,
    `scientist`, `historian`): a definite one may be an epithet for a person named before."""
    return noun.endswith(("er", "or", "ster", "ist", "ian")) and _agentive(noun)


def _record_owner(head: Token) -> Span | None:
    """The owner a document or record noun names within its own phrase: a possessive (`Vesper
    Pollster's average`) or the run of proper nouns among the compounds before it, however
    deep (`Vesper exit poll data`, `Ilvane Election Commission filings`)."""
    doc = head.doc
    for c in head.children:
        if c.dep_ == "poss":
            proper = c.pos_ == "PROPN" and c.ent_type_ not in ("DATE", "TIME")
            return doc[c.left_edge.i : c.i + 1] if proper else None
    chain, todo = [], [head]
    while todo:
        tok = todo.pop()
        for c in tok.lefts:
            if c.dep_ in ("compound", "nmod", "flat", "amod") and c.i < head.i:
                chain.append(c)
                todo.append(c)
    names = sorted(t.i for t in chain if _proper_word(t))
    if not names:
        return None
    # The last run of proper nouns, with the joiners of one name or of joint owners (`Vesper
    # exit poll` → `Vesper`; `Ilvane News/Vesper Post`, `Club for Growth`).
    joiners = ("-", "/", "&", "of", "for", "and")

    def proper(i: int) -> bool:
        return head.left_edge.i <= i < head.i and _proper_word(doc[i])

    end = names[-1]
    start = end
    while proper(start - 1) or (doc[start - 1].text in joiners and proper(start - 2)):
        start -= 1 if proper(start - 1) else 2
    while proper(end + 1) or (doc[end + 1].text in joiners and proper(end + 2)):
        end += 1 if proper(end + 1) else 2
    return doc[start : end + 1]


def _proper_word(t: Token) -> bool:
    """A capitalised proper noun, or a word written in camel case (`VoteTrack`, tagged a
    common noun): the name of an outlet or a firm."""
    if not t.text[:1].isupper():
        return False
    if t.pos_ == "PROPN":
        return True
    rest = t.text[1:]
    return t.is_alpha and any(c.isupper() for c in rest) and any(c.islower() for c in rest)


def _office_domain_only(mention: Span) -> bool:
    """Nothing follows the head but the domain of an office (`the secretary of State`): no
    clause or other phrase (`the senator who …` may be someone the text never names)."""
    head = mention.root
    after = [t for t in mention if t.i > head.i and not t.is_punct]
    if not after:
        return True
    return (
        after[0].lower_ == "of"
        and after[0].head.i == head.i
        and len(after) > 1
        and all(t.text[:1].isupper() for t in after[1:])
    )


def _cleft_focus(root: Token) -> bool:
    """`It was Tomas Brenn who …`: the focus of a cleft is the clause's topic."""
    head = root.head
    return (
        root.dep_ == "attr"
        and head.lemma_ == "be"
        and any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in head.children)
    )


def _topic_phrase(root: Token) -> bool:
    """`As for X, …` / `As to X, …`: X is the fronted topic of the clause."""
    head = root.head
    return (
        root.dep_ == "pobj"
        and head.lower_ in ("for", "to")
        and head.i > 0
        and root.doc[head.i - 1].lower_ == "as"
        and root.i + 1 < len(root.doc)
        and root.doc[root.i + 1].text == ","
    )


def _according_to(ent: Span) -> bool:
    """`according to Norvik Oil`: the entity is a source."""
    head = ent.root.head
    return (
        ent.root.dep_ == "pobj"
        and head.lower_ == "to"
        and head.i > 0
        and ent.doc[head.i - 1].lower_ == "according"
    )


def _after_person_noun(ent: Span) -> bool:
    """`presidential candidate Ana Ruiz`, `Sen. Tom Vey`: a singular name right after a
    singular noun for a person or a person's title, in the same line."""
    if ent.start == 0 or ent[-1].tag_ != "NNP":
        return False
    prev = ent.doc[ent.start - 1]
    if "\n" in prev.whitespace_:
        return False
    if prev.lower_ in _HONORIFICS or prev.lower_ in _ABBREVIATED_ROLES:
        return prev.text[:1].isupper()
    return (
        prev.tag_ == "NN"
        and prev.is_lower
        and (prev.lower_ in _PERSON_NOUNS or prev.lower_ in _EPITHETS)
    )


def _role_nouns(span: Span) -> set[str]:
    """The common nouns that say what a person is: the one just before the name
    (`Norland businessman Tom Vey`) and the head of an apposition after it (`Tom Vey, a
    retired surgeon`)."""
    doc = span.doc
    out = set()
    if span.start > 0:
        prev = doc[span.start - 1]
        if prev.pos_ == "NOUN" and prev.is_lower:
            out.add(prev.lower_)
    for child in span.root.children:
        if child.dep_ == "appos" and child.i >= span.end and child.pos_ == "NOUN":
            out.add(child.lower_)
    return out - INSTITUTION_NOUNS


def _titles(ent: Span) -> set[str]:
    """Lower-cased words that qualify a person: `French President` in `French President
    Claire Dumas`, `fellow` in `Lena Ortt, a senior fellow`, `Norvik` in `President
    Tomas Brenn of Norvik`."""
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
            others = _others_role(child)
            titles.update(
                t.lower_
                for t in child.subtree
                if t.is_alpha and not t.is_stop and t.i not in others
            )
    head = root.head
    if root.dep_ == "appos" and head.i < ent.start and head.pos_ == "NOUN" and head.is_lower:
        # `Sudia's ambassador, Piet Hallen`: the role the name stands in apposition to
        others = _others_role(head)
        titles.update(
            t.lower_
            for t in doc[head.left_edge.i : head.i + 1]
            if t.is_alpha and not t.is_stop and t.i not in others
        )
    if ent.end < len(doc) and doc[ent.end].lower_ == "of" and ent.end + 1 < len(doc):
        nxt = doc[ent.end + 1]
        if nxt.ent_type_ in ("GPE", "ORG", "NORP"):
            titles.add(nxt.lower_)
    return titles


def _others_role(noun: Token) -> set[int]:
    """Token indices of another person's role inside the description `noun` heads (`the
    ambassador's wife`, `the wife of the ambassador`): no title of whom it describes. A
    country or body that owns the role stays (`Sudia's ambassador`, `the head of the union`)."""
    return {t.i for c in noun.children if _owning_role(c) for t in c.subtree}


def _owning_role(child: Token) -> bool:
    """`the ambassador's` or `of the ambassador` on a noun: a role noun owning it."""
    if child.dep_ == "poss":
        return _role_noun(child)
    return (
        child.dep_ == "prep"
        and child.lower_ in ("of", "to")
        and any(o.dep_ == "pobj" and _role_noun(o) for o in child.children)
    )


def _role_noun(tok: Token) -> bool:
    """A common noun for one holder of a role (`ambassador`, not `Sudia` or `the union`)."""
    return tok.tag_ == "NN" and tok.lower_ in ROLE_NOUNS


#: Words before a name that are no title of its own: the honorifics and abbreviated ranks and
#: offices, with and without their period (`Ms Voss`, `Sen. Vey`), and two offices.
_HONORIFICS = frozenset(
    w + dot
    for w in _PERSONAL_HONORIFICS | frozenset("sen rep gov prof gen col capt rev".split())
    for dot in ("", ".")
) | frozenset({"president", "minister"})
#: Words before a name that are no part of it (`Dear Ms Voss`).
_NOT_NAME_PARTS = _HONORIFICS | _NEVER_NAME_START
_POSSESSIVE_PRONOUNS = frozenset("its their his her our my your".split())
#: Gendered person nouns in a title or apposition (`spokeswoman Jane Roe`, `his wife, Ann`).
_FEMALE_NOUNS = frozenset(
    """
    spokeswoman congresswoman chairwoman assemblywoman councilwoman businesswoman
    stateswoman anchorwoman actress queen princess empress duchess countess wife mother
    daughter sister grandmother aunt niece widow girlfriend woman lady mrs ms
    """.split()
)
_MALE_NOUNS = frozenset(
    """
    spokesman congressman chairman assemblyman councilman businessman statesman anchorman
    actor king prince emperor duke count husband father son brother grandfather uncle
    nephew widower boyfriend man mr
    """.split()
)
_GENDERED_NOUNS = (_FEMALE_NOUNS | _MALE_NOUNS) - {"mrs", "ms", "mr"}
#: Common nouns for a woman or a man the text may never name (`a Berlin woman said`).
_UNNAMED_FEMALE = frozenset("woman girl mother lady widow grandmother".split())
_UNNAMED_MALE = frozenset("man boy father gentleman widower grandfather".split())
#: Determiners with which such a noun is no one in particular (`What grandfather wouldn't …`).
_NO_ONE_DETS = frozenset("what which any every each no".split())
#: Short words a Title Case headline may leave in lower case.
_TITLE_CASE_LOWER = frozenset("with from into over that than after about upon onto".split())
#: Parts of speech a Title Case headline's name never takes from the words before it.
_NOT_NAME_POS = frozenset("VERB AUX ADV ADP DET PRON SCONJ CCONJ PART".split())
#: Dependencies of a clause inside another (a speech verb there reports, not narrates).
_EMBEDDED = frozenset("ccomp xcomp advcl relcl acl pcomp csubj".split())
#: Nouns for a person: a mention headed by one is a person, not the organisation or the
#: person that modifies it (`Clinton's spokeswoman`, `a campaign aide`).
_PERSON_NOUNS = (
    ROLE_NOUNS
    | _ANONYMOUS
    | _FEMALE_NOUNS
    | _MALE_NOUNS
    | frozenset(
        """
        aide staffer friend supporter surrogate lawyer attorney manager pollster colleague
        ally rival opponent counsel deputy assistant staff member operative consultant
        volunteer donor voter daughter son wife husband
        """.split()
    )
)
#: Nouns for someone who acts for or stands beside a person (`Dresler's barrister`): a
#: mention a name owns with one of them is someone else.
_RELATION_NOUNS = frozenset(
    """
    barrister solicitor advocate defender prosecutor doctor physician partner client agent
    employer employee lover fiancé fiancée fiance fiancee relative cousin neighbour neighbor
    biographer publicist accountant bodyguard driver
    """.split()
)
#: Nouns a definite description uses for a person the article names (`the Texas senator`,
#: `the Democratic frontrunner`, `the retired neurosurgeon`): the salient person.
_EPITHETS = frozenset(
    """
    frontrunner justice judge mogul billionaire tycoon magnate neurosurgeon surgeon doctor
    businessman businesswoman actor actress senator congressman congresswoman governor mayor
    president candidate nominee leader chairman chairwoman secretary minister premier
    chancellor lawmaker founder ceo runner incumbent legend star icon republican democrat
    """.split()
)
#: Epithets for someone famous (`the star said`): the salient person, preferring one
#: introduced with a noun of `_FAME_ROLES`.
_FAME_EPITHETS = frozenset("star legend icon".split())
#: Nouns for people whom a fame epithet fits: performers and sportspeople.
_FAME_ROLES = frozenset(
    """
    star legend icon singer songwriter musician rapper actor actress comedian dancer performer
    artist entertainer celebrity model guitarist drummer pianist violinist composer conductor
    frontman frontwoman vocalist player footballer striker goalkeeper athlete sprinter runner
    swimmer cyclist boxer golfer skier skater gymnast tennis cricketer filmmaker novelist poet
    """.split()
)
#: Nouns that fit a famous person too, but also offices and trades (`hospital director`,
#: `festival host`): a fame epithet prefers a person introduced with a noun of `_FAME_ROLES`.
_FAME_MAYBE = frozenset("champion presenter host director author model conductor".split())
#: Party members, written capitalised (`the South Carolina Republican`): epithets though the
#: tagger makes them proper nouns.
_PARTY_MEMBERS = frozenset({"republican", "democrat"})
#: Nouns for a person that NER may take into a name as a capitalised title before it.
_TITLE_WORDS = _PERSON_NOUNS | _EPITHETS | frozenset("challenger contender incumbent".split())
#: Role nouns whose definite description is often someone the text never names (`a
#: spokesman said … the spokesman added`): only the person introduced with the noun.
_NOT_EPITHETS = frozenset(
    """
    spokesman spokeswoman spokesperson adviser advisor official analyst expert fellow diplomat
    strategist negotiator representative chief head director coordinator general commander
    professor economist source aide
    """.split()
)
#: Nouns for the other side of a contest (`his challenger`), whom the text names beside them.
_CONTEST_NOUNS = frozenset("challenger rival opponent contender".split())
#: Words (lemmas) of a sentence that names both sides of a contest (`defeating Y`, `51
#: percent against 46 percent for Y`, `Y challenged him in the runoff`).
_CONTEST_CUES = frozenset(
    """
    defeat beat unseat against versus vs vs. vote votes percent % race election runoff
    run-off challenge challenged challenger rival opponent contender contest ballot
    """.split()
)
#: Nouns for a place's government (`the state said`): the place named just before.
_PLACE_NOUNS = frozenset("state country city county province nation".split())
#: Nouns of a place whose `of` object names it (`the port city of Delt`).
_SETTLEMENT_NOUNS = _PLACE_NOUNS | frozenset(
    "town village port capital district region island municipality suburb".split()
)


def _named_settlement(ent: Span) -> bool:
    """`the port city of Delt`, `Delt is a city in the north`: the name is a place's,
    whatever NER's label (an organisation there is no speaker a later `the agency said`
    stands for)."""
    root = ent.root
    up = root.head
    if root.dep_ == "nsubj" and up.lemma_ == "be":
        return any(c.dep_ == "attr" and c.lemma_.lower() in _SETTLEMENT_NOUNS for c in up.children)
    return (
        root.dep_ == "pobj"
        and up.lower_ == "of"
        and up.head.i != up.i
        and up.head.lemma_.lower() in _SETTLEMENT_NOUNS
    )


#: Documents that speak for whoever issued them (`the statement said`).
_DOCUMENT_NOUNS = frozenset(
    """
    statement announcement release ad advertisement commercial spot video clip letter memo
    missive message email e-mail lawsuit complaint suit filing submission petition tweet post
    op-ed editorial column report account memoir book speech remark comment testimony
    affidavit indictment study analysis survey document biography bio
    """.split()
)
#: Records and measures an organisation issues or keeps (`a Vesper poll`, `Ilvane Commission
#: filings`, `Vesper data`): with an owner in the mention, they speak for that owner.
_RECORD_NOUNS = frozenset(
    """
    poll polling data datum record filing review readout research tracker average transcript tally
    count estimate projection forecast finding summary opinion ruling
    """.split()
)
#: Documents and records that carry someone's words or findings (`Poll: X leads`).
SOURCE_NOUNS = _DOCUMENT_NOUNS | _RECORD_NOUNS
#: Singular nouns for a body of people that speaks as one (`the Ruiz camp`): a name that
#: modifies them names the group.
_COLLECTIVE_NOUNS = frozenset(
    "camp team staff delegation caucus establishment side faction wing".split()
)
#: Document nouns that may name the same document (`the missive` after `a letter`).
_DOCUMENT_KIN = {
    "missive": {"missive", "letter", "memo", "message", "email"},
    "message": {"message", "email", "e-mail", "letter"},
    "ad": {"ad", "advertisement", "commercial", "spot"},
    "advertisement": {"ad", "advertisement", "commercial", "spot"},
    "commercial": {"ad", "advertisement", "commercial", "spot"},
    "spot": {"ad", "advertisement", "commercial", "spot"},
    "release": {"release", "statement"},
    "suit": {"suit", "lawsuit", "complaint"},
    "lawsuit": {"suit", "lawsuit", "complaint"},
    "poll": {"poll", "polling", "survey"},
    "polling": {"poll", "polling", "survey"},
    "survey": {"poll", "polling", "survey"},
}
#: Earlier mentions of one document followed back to its issuer (a bound on the recursion).
_MAX_HOPS = 8
#: Pronouns that own a document for an organisation or a group (`its editorial`).
_THING_OWNERS = frozenset("it they its their".split())
#: Verbs by which a subject pays for a document (`spent $1 on an ad`).
_PAYING_VERBS = frozenset("spend pay".split())
#: Verbs whose subject issues the document that is their object.
_ISSUE_VERBS = frozenset(
    """
    issue release file send write publish post launch air run unveil sign draft circulate
    submit put tweet pen distribute blast
    """.split()
)
#: Title words that make a role another one (`vice president`, `deputy mayor`).
_SECOND_RANK = frozenset("vice deputy assistant lieutenant under acting".split())
#: Abbreviated titles (`Sen. Tom Vey`) and the role noun they stand for.
_ABBREVIATED_ROLES = {
    "sen.": "senator",
    "sen": "senator",
    "gov.": "governor",
    "gov": "governor",
    "rep.": "congressman",
    "pres.": "president",
    "sec.": "secretary",
    "gen.": "general",
    "congresswoman": "congressman",
}
#: Offices: `the senator` is not a person the article introduced with another office only.
_OFFICES = frozenset(
    """
    senator congressman representative governor mayor president premier chancellor king queen
    minister secretary justice judge ambassador chairman chairwoman
    """.split()
)
#: Offices one person holds under two names.
_ROLE_KIN = {
    "congressman": {"congressman", "representative"},
    "representative": {"congressman", "representative"},
    "chairwoman": {"chairman", "chairwoman"},
}
#: Sentences back an epithet looks for its person.
_EPITHET_WINDOW = 1
#: How far back `the star` looks for a person its epithet fits (as far as a pronoun).
_FAME_WINDOW = 4


#: Descriptions that denote an office, and the title words of the people who may hold it
#: (`the head of state` → `President X`, `King X`; `the head of government` → `Prime
#: Minister X`, `Chancellor X`): the one such person the article introduces.
_HEADS_OF_STATE = frozenset("president king queen monarch emperor empress emir sultan".split())
_HEADS_OF_GOVERNMENT = frozenset("prime premier chancellor".split())
_OFFICE_DESCRIPTIONS: dict[str, frozenset[str]] = {
    "head of state": _HEADS_OF_STATE,
    "head of government": _HEADS_OF_GOVERNMENT,
    "leader": _HEADS_OF_STATE | _HEADS_OF_GOVERNMENT,
    "premier": frozenset({"premier", "prime"}),
    "prime minister": frozenset({"premier", "prime"}),
    "minister": frozenset({"minister"}),
    "monarch": frozenset("king queen monarch emperor empress emir sultan".split()),
}
#: Words that may qualify an office description without changing whose it is.
_OFFICE_FILLERS = frozenset("the this country nation state 's ’s".split())


def _office_key(mention: Span) -> str | None:
    """`the head of state` → `head of state`, `the country's leader` → `leader`, `the
    Norvik premier` → `premier`; None where another word qualifies it (`the former
    leader`, `the opposition leader`, `a minister`) or it has a clause of its own."""
    head = mention.root
    if head.tag_ != "NN" or mention[0].lower_ not in ("the", "this") or mention.start > head.i:
        return None
    words = [head.lower_]
    rest = [t for t in mention if t.i > head.i and not t.is_punct]
    if rest:
        if (
            len(rest) != 2
            or rest[0].lower_ != "of"
            or rest[1].lower_ not in ("state", "government")
        ):
            return None
        words += ["of", rest[1].lower_]
    for t in mention[: head.i - mention.start]:
        low = t.lower_
        if low in _OFFICE_FILLERS or t.ent_type_ in ("NORP", "GPE"):
            continue
        if low == "prime" and head.lower_ == "minister" and t.i == head.i - 1:
            words.insert(0, "prime")
            continue
        return None
    return " ".join(words)


def _role_fits(role: str, roles: set[str]) -> bool:
    """Whether a person introduced with `roles` may be `the <role>`: an office (`the
    senator`) is not someone introduced with another office only (`Mayor Tom Vey`); any
    other epithet (`the candidate`, `the billionaire`) may be anyone."""
    role = _ABBREVIATED_ROLES.get(role, role)
    if role not in _OFFICES:
        return True
    offices = roles & _OFFICES
    kin = _ROLE_KIN.get(role, {role})
    return not offices or role in offices or bool(kin & offices)


#: How much less likely an antecedent is by its role in its clause, in sentences of distance.
_PROMINENCE_COST = (0.0, 1.1, 1.5)
#: The extra cost of an antecedent whose gender the article does not show.
_UNKNOWN_GENDER_COST = 0.45
#: The extra cost of a speaker described but not named (`The representative of X said`) as a
#: `he`/`she`'s antecedent: it loses a tie with a named one.
_UNNAMED_COST = 0.05


def _unpunctuated_start(tok: Token) -> int:
    """The first token of `tok`'s phrase after the last punctuation mark before it: `SELVIK,
    Nov 17 (CPS) - Morvaine's commission` gives `Morvaine`, not the dateline the parse hung on
    the name."""
    first = tok.i
    while first > tok.left_edge.i and not tok.doc[first - 1].is_punct:
        first -= 1
    return first


def _name_from_propn(head: Token) -> str:
    parts = [t for t in head.lefts if t.dep_ in ("compound", "flat") and t.pos_ == "PROPN"]
    # `Dear Ms Voss`: neither the salutation nor the honorific is part of the name
    parts = [t for t in parts if t.lower_ not in _NOT_NAME_PARTS]
    # `… Plan B.⏎⏎Sanders said`: a word the parse joins across a line break is not the name's.
    doc = head.doc
    parts = [t for t in parts if not any("\n" in w.text_with_ws for w in doc[t.i : head.i])]
    while len(parts) >= 2 and parts[0].is_title and parts[0].lower_ in _TITLE_WORDS:
        parts = parts[1:]  # `Challenger Ana Ruiz said`: a title, no part of the name
    return " ".join([*(t.text for t in parts), head.text])


#: People who speak for an organisation: `a spokesman for X`, `a spokeswoman of X`.
_MOUTHPIECES = frozenset("spokesman spokeswoman spokesperson spokespeople spokesmen".split())


#: Nouns for whoever wrote or issued a document (`the author of the book`).
_AUTHOR_NOUNS = frozenset("author co-author coauthor writer publisher sponsor".split())


def _author_of(tok: Token) -> Span | None:
    """The name given as the author of the document noun `tok`: `the author of the book,
    Tomas Brenn`, `Tomas Brenn, the author of the book`, `Brenn is the author of the book`."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ != "of" or prep.dep_ != "prep":
        return None
    agent = prep.head
    if agent.lemma_.lower() not in _AUTHOR_NOUNS or agent.pos_ != "NOUN":
        return None
    doc = tok.doc
    name: Token | None = None
    for c in (*agent.children, *tok.children):
        # the parse may hang the apposition on the document (`of the book, Ana Ruiz,`)
        if c.dep_ == "appos" and c.pos_ == "PROPN" and (c.head == agent or c.ent_type_ == "PERSON"):
            name = c
    if name is None and agent.dep_ == "appos" and agent.head.pos_ == "PROPN":
        name = agent.head
    if name is None and agent.dep_ == "attr":
        name = next(
            (c for c in agent.head.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"), None
        )
    if name is None:
        return None
    first = min((c.i for c in name.children if c.dep_ in ("compound", "flat")), default=name.i)
    return doc[first : name.i + 1]


def _partitive_document(mention: Span) -> Span | None:
    """`one of her ads`, `some of the Norvik statements`: the document phrase after `of`
    when the mention is a part of it (a number or quantifier head); people (`one of his
    aides`) stay unnamed."""
    obj = _partitive_whole(mention)
    if obj is None or obj.lemma_.lower() not in _DOCUMENT_NOUNS | _RECORD_NOUNS:
        return None
    return mention.doc[obj.left_edge.i : obj.i + 1]


def _partitive_whole(mention: Span) -> Token | None:
    """The head noun of the whole a quantifier mention is part of (`allies` in `some of
    Ruiz's allies`), when that phrase lies inside the mention."""
    head = mention.root
    if head.lower_ not in _PARTITIVES or head.pos_ not in ("NUM", "PRON", "DET", "NOUN", "ADJ"):
        return None
    prep = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None
    if obj is None or not mention.start <= obj.left_edge.i <= obj.i < mention.end:
        return None
    return obj


_PARTITIVES = frozenset("one some each any either neither several many few both".split())


def _spoken_for(mention: Span) -> Span | None:
    """X in `a spokesman for X` / `a spokeswoman of X`: an organisation, a place or a person
    (a person's spokesman is not that person)."""
    head = mention.root
    if head.lower_ not in _MOUTHPIECES:
        return None
    prep = next((c for c in head.rights if c.dep_ == "prep" and c.lower_ in ("for", "of")), None)
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None
    if obj is None or obj.i >= mention.end:
        return None
    if not (obj.pos_ == "PROPN" or obj.ent_type_ in ("ORG", "GPE", "NORP", "PERSON")):
        return None
    doc = mention.doc
    return doc[prep.i + 1 : min(obj.right_edge.i + 1, mention.end)]


def _trailing_name(mention: Span) -> str | None:
    """The person's name at the end of a mention that starts with a role: two or more
    capitalised proper nouns after the last role noun."""
    roles = [t.i for t in mention if t.lower_ in ROLE_NOUNS]
    if not roles:
        return None
    run = [t for t in mention if t.i > roles[-1]]
    if 2 <= len(run) <= 4 and all(
        # `Councillor Per Dahl`: a given name the tagger takes for a preposition
        (t.pos_ == "PROPN" and t.text[:1].isupper()) or (k < len(run) - 1 and name_token(t))
        for k, t in enumerate(run)
    ):
        return " ".join(t.text for t in run)
    return None


#: What introduces a person named for the first time: an age (`(41)`, `, 34,`) or a
#: description (`, a nurse`).
_INTRODUCED = re.compile(r"\s*\(\d{1,3}\)|,\s*\d{1,3},|,\s*(?:a|an|the)\s")


def _paragraph_start(text: str, mention: Span) -> int:
    """Where the mention's paragraph (its line) starts."""
    return text.rfind("\n", 0, mention.start_char) + 1


def _caps_label(mention: Span) -> bool:
    """A transcript's capitalised speaker label of two or more words (`MINISTER TAL:`,
    `LIA BRUN:`) opening its line; one capitalised word may be an acronym (`NATO:`)."""
    text = doc_text(mention.doc)
    words = mention.text.split()
    return (
        len(words) >= 2
        and mention.text.isupper()
        and (mention.start_char == 0 or text[mention.start_char - 1] == "\n")
        and text[mention.end_char : mention.end_char + 1] == ":"
    )


#: Verbs whose subject died there, and so spoke no lede. (events.py has its own `_DYING`.)
_DYING = frozenset({"die", "perish", "drown"})


def _dies(verb: Token) -> bool:
    """`X died in the collapse`, `X was killed`: the sentence tells the subject's death."""
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
    return verb.lemma_ in _DYING or (passive and verb.lemma_ == "kill")


def _says_something(verb: Token | None) -> bool:
    """`X said the water had reached …`: a speech verb with a clause or a quotation as what
    was said (`praised the rescuers` says nothing reported)."""
    if verb is None or not is_say_verb(verb.lemma_):
        return False
    return any(c.dep_ in ("ccomp", "parataxis") or c.is_quote for c in verb.children)


#: Prepositions that place a body somewhere (`the Commission on Unity Square`).
_SITED_AT = frozenset({"on", "in", "at"})


def _before_site(tokens: list[Token]) -> list[Token]:
    """A body's name without the square or street NER ran it on into (`Central Electoral
    Commission on Unity Square`, `the office on Harlan Street`). A city or country after
    the body names its seat and stays (`the Defense Ministry in Moscow`, `the embassy in
    Paris`), and so does a name holding such a word otherwise (`Commission on Human
    Rights`)."""
    for k in range(1, len(tokens) - 1):
        if tokens[k].lower_ not in _SITED_AT:
            continue
        place = [t for t in tokens[k + 1 :] if t.lower_ != "the"]
        named = all(t.text[:1].isupper() for t in place)
        if place and named and place[-1].lower_ in STREET_NOUNS:
            return tokens[:k]
        return tokens
    return tokens


def _group_name(mention: Span) -> str | None:
    """An organisation or group as the article names it, without a leading article."""
    tokens = [
        t
        for t in mention
        if not t.is_space and (not t.is_punct or t.text in ("'s", "’s", "-", "&"))
    ]
    while tokens and (
        tokens[0].lower_ in ("the", "a", "an")
        or (
            tokens[0].lower_ in _NEVER_NAME_START
            and len(tokens) > 1
            and tokens[1].text[:1].isupper()
        )
    ):
        tokens = tokens[1:]
    tokens = _before_site(tokens)
    if not tokens:
        return None
    has_name = any(t.pos_ == "PROPN" or t.ent_type_ in ("ORG", "GPE", "NORP") for t in tokens)
    root = mention.root.lower_
    if not has_name and root not in MEDIA_NOUNS and root not in INSTITUTION_NOUNS:
        return None
    return mention.doc[tokens[0].i : tokens[-1].i + 1].text


#: Nouns for the person at the top of a body, and the verbs a relative clause gives the
#: same role with (`the head of the board` = `who heads/chairs/leads the board`).
_ROLE_VERBS: dict[str, frozenset[str]] = {
    "head": frozenset("head chair lead run".split()),
    "chair": frozenset("chair head lead".split()),
    "chairman": frozenset("chair head lead".split()),
    "chairwoman": frozenset("chair head lead".split()),
    "chairperson": frozenset("chair head lead".split()),
    "leader": frozenset("lead head".split()),
    "director": frozenset("direct head lead run".split()),
}


def _role_body(head: Token) -> Token | None:
    """`the head of the board`: the body (`board`) a role noun heads, else None."""
    if head.lower_ not in _ROLE_VERBS:
        return None
    preps = [c for c in head.children if c.dep_ == "prep"]
    if len(preps) != 1 or preps[0].lower_ != "of":
        return None
    body = next((g for g in preps[0].children if g.dep_ == "pobj"), None)
    return body if body is not None and body.pos_ == "NOUN" else None


def _holds_role(name: Token, role: str, body: Token) -> bool:
    """The name (its last token) has a relative clause whose verb gives the role over the
    same body: `Marta Kovin, who has chaired the board`, `…, who heads the board`."""
    while name.dep_ in ("compound", "flat") and name.head.i != name.i:
        name = name.head
    return any(
        c.dep_ == "relcl"
        and c.lemma_.lower() in _ROLE_VERBS[role]
        and any(o.dep_ == "dobj" and o.lemma_.lower() == body.lemma_.lower() for o in c.children)
        for c in name.children
    )


def _tok_at(doc: Doc, char: int) -> int:
    """Index of the token starting at (or holding) `char`."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span.start if span is not None else 0


def _crosses_ccomp(tok: Token, verb: Token) -> bool:
    """Whether the path from `tok` up to `verb` passes a clausal complement."""
    t = tok
    while t.i != verb.i and t.head.i != t.i:
        if t.dep_ in ("ccomp", "parataxis"):
            return True
        t = t.head
    return t.i != verb.i


def _in_apposition(tok: Token, name: Token) -> bool:
    """Whether `tok` lies inside a phrase in apposition to `name` (`X, her counterpart`)."""
    t = tok
    while t.head.i != t.i and t.i != name.i:
        if t.dep_ == "appos" and t.head.i == name.i:
            return True
        t = t.head
    return False


def _opens_clause(span: Span) -> bool:
    """A name that opens its sentence and is followed by a verb is its subject, whatever the
    parse says (`Democratic candidate Bernie Sanders is disavowing …` parsed as apposition)."""
    sent = span.sent
    words = [t for t in sent if not t.is_space and not t.is_punct]
    before = [t for t in words if t.i < span.start]
    if len(before) > 4 or any(t.pos_ in ("VERB", "AUX", "ADP", "PRON") for t in before):
        return False
    nxt = span.doc[span.end] if span.end < len(span.doc) else None
    return nxt is not None and nxt.pos_ in ("VERB", "AUX")


#: An opening mark that starts a quotation: at a paragraph's start or after a space, before
#: a word (not an inch mark `6'2"` or a stray mark at a line's end).
_OPENS_BLOCK = re.compile(r"(?:(?<=^)|(?<=[\s(]))(?:“|\"|``)(?=[\w'‘])", re.M)


def _quoted_intervals(text: str) -> list[tuple[int, int]]:
    """Character intervals inside quotation marks, paragraph by paragraph (curly marks pair
    open with close; straight double quotes alternate, and so do the ASCII digraphs ``…''
    and ''…'' of older wire text: `''I will win,'' she said` quotes `I will win`)."""
    out: list[tuple[int, int]] = []
    start = 0
    for line in text.split("\n"):
        opened = -1
        for m in re.finditer(r"''|``|[“”\"]", line):
            c, pos = m.group(), start + m.start()
            if opened < 0 and c in ("“", '"', "``", "''"):
                opened = pos
            elif opened >= 0 and c in ("”", '"', "''"):
                out.append((opened, pos + len(c)))
                opened = -1
        if opened >= 0 and _OPENS_BLOCK.match(text, opened):
            # `“His plans have … explored.` with no closing mark: a quotation running on
            # into the next paragraph (the press's style), quoted to the paragraph's end
            out.append((opened, start + len(line)))
        start += len(line) + 1
    return out


#: The first letter of a line.
_LINE_START = re.compile(r"[ \t]*[^\W\d_]")


def _paragraph_breaks(doc: Doc) -> list[int]:
    """Offsets of the line breaks that end a paragraph, in order (`_run_breaks` of each run of
    lines with no blank line between)."""
    text = doc.text
    out: list[int] = []
    run: list[tuple[int, int]] = []  # (start, end) of the lines of the current run
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        if line.strip():
            run.append((start, end))
        elif run:
            out.extend(_run_breaks(doc, text, run))
            run = []
        start = end + 1
    if run:
        out.extend(_run_breaks(doc, text, run))
    return out


def _run_breaks(doc: Doc, text: str, lines: list[tuple[int, int]]) -> list[int]:
    """The paragraph ends in a run of lines: its last line's; where the run is written one
    paragraph a line, each line that ends a sentence too. A run hard-wrapped inside sentences
    (a line break before a lower-case word, or more of its line breaks inside sentences than
    after them) is one paragraph whatever ends its lines (`… at home.⏎Velde said …`)."""
    ends = [e for s, e in lines[:-1] if _line_ends_sentence(doc, text, s, e)]
    inside = len(lines) - 1 - len(ends)
    wrapped = inside > len(ends) or any(
        (m := _LINE_START.match(text, s)) is not None and text[m.end() - 1].islower()
        for (_, e), (s, _) in itertools.pairwise(lines)
        if e not in ends
    )
    return [lines[-1][1]] if wrapped else [*ends, lines[-1][1]]


def _line_ends_sentence(doc: Doc, text: str, start: int, end: int) -> bool:
    """Whether the line `text[start:end]` (`doc.text`) ends a sentence: a closing mark the
    tokenizer keeps as its own token, not the period of an abbreviation (`Mr.`, `U.S.`)."""
    m = _ENDS_SENTENCE.search(text, start, end)
    if m is None:
        return False
    tok = doc.char_span(m.start(), m.start() + 1, alignment_mode="expand")
    return tok is None or len(tok) != 1 or tok[0].is_punct


def _title_lines(text: str) -> list[tuple[int, int]]:
    """Lines written in Title Case (headlines): most words of four or more letters
    capitalised, and not all in capitals."""
    out = []
    start = 0
    for line in text.split("\n"):
        words = re.findall(r"[A-Za-z][\w'’-]*", line)
        long = [w for w in words if len(w) >= 4 and w.lower() not in _TITLE_CASE_LOWER]
        if len(long) >= 3 and not line.isupper() and all(w[0].isupper() for w in long):
            out.append((start, start + len(line)))
        start += len(line) + 1
    return out


def _cut_at_line_break(span: Span) -> Span | None:
    """A name never runs across a line break (`Donald Trump⏎MANCHESTER`), an opening bracket
    (`Odo Vance (Eastfold North)`) or a dash set apart by spaces (`Ana Ruiz - Brenn's aide -`);
    a hyphen inside a name (`Jean-Paul`) has no space."""
    for t in span:
        if "\n" in t.text or _breaks_name(t):
            return span.doc[span.start : t.i] if t.i > span.start else None
        if "\n" in t.whitespace_ and t.i < span.end - 1:
            return span.doc[span.start : t.i + 1]
    return span


def _breaks_name(tok: Token) -> bool:
    """An opening bracket, or a dash with a space on each side."""
    if tok.text == "(":
        return True
    return (
        tok.text in ("-", "–", "—", "--")
        and bool(tok.whitespace_)
        and tok.i > 0
        and bool(tok.doc[tok.i - 1].whitespace_)
    )


def _after_hyphen(span: Span) -> bool:
    """`Dodd-Frank Wall Street`: the run continues a hyphenated word."""
    i = span.start
    doc = span.doc
    return i > 0 and doc[i - 1].text in ("-", "–") and not doc[i - 1].whitespace_


def _before_hyphen(span: Span) -> Span | None:
    """`Canova T-Shirt`: a word hyphenated to the next is not the name's."""
    doc = span.doc
    if (
        span.end < len(doc)
        and doc[span.end].text in ("-", "–")
        and not doc[span.end - 1].whitespace_
    ):
        return doc[span.start : span.end - 1] if len(span) > 1 else None
    return span


def _stems(word: str) -> set[str]:
    """Crude inflection stems (`tweets`, `tweeted` → `tweet`), for a word-in-text test."""
    out = {word}
    if word.endswith("s"):
        out.add(word[:-1])
    if word.endswith("es"):
        out.add(word[:-2])
    if word.endswith("ed"):
        out.update((word[:-2], word[:-1]))
    if word.endswith("ing"):
        out.update((word[:-3], word[:-3] + "e"))
    return out


def names_alone(doc: Doc, in_headline: Callable[[int], bool]) -> set[str]:
    """The words (lower case) the body uses alone as a name mid-sentence (`Young said`),
    outside the headline lines (`in_headline`: a token's character offset)."""
    return {t.lower_ for t in doc if _alone_as_name(t) and not in_headline(t.idx)}


def _alone_as_name(t: Token) -> bool:
    """A capitalised proper noun mid-sentence (not after an opening quote, `"Coal isn't`)
    with no capitalised proper noun beside it (`Young said`, not `Patriot Coal`)."""
    if t.pos_ != "PROPN" or not t.is_title or t.is_sent_start or not t.i:
        return False
    doc, prev = t.doc, t.doc[t.i - 1]
    if prev.is_space or prev.text in ".!?" or prev.is_punct and not prev.whitespace_:
        return False
    near = [prev, doc[t.i + 1]] if t.i + 1 < len(doc) else [prev]
    return not any(x.pos_ == "PROPN" and x.is_title for x in near)


def _trim_title_name(span: Span, body: list[tuple[str, ...]], common, lower: set[str]):
    """A name in a Title Case headline: the longest run of its words that a person named in
    the text has (`Jane Roe Slams Critics` → `Jane Roe`), with the words before it that
    are no ordinary words (`Cecile Richards` when the text says `Richards`); where the text
    names no such person, the name without its ordinary edge words."""
    low = [t.lower_ for t in span]
    best: tuple[int, int] | None = None
    for i in range(len(low)):
        for j in range(len(low), i, -1):
            if (best is None or j - i > best[1] - best[0]) and any(
                _contains(b, tuple(low[i:j])) for b in body
            ):
                best = (i, j)
                break
    if best is None:
        return _trim_common(span, common, lower)
    i, j = best
    doc = span.doc
    while i > 0 and not common(low[i - 1]) and low[i - 1] not in lower:
        prev = doc[span.start + i - 1]
        # `Critics Rip Jane Roe`: a verb, or the word the name hangs on, is no part of it.
        if _takes_name(prev, list(doc[span.start + i : span.start + j])):
            break
        i -= 1
    return span.doc[span.start + i : span.start + j]


def _takes_name(tok: Token, rest: list[Token]) -> bool:
    """`Rip` in `Critics Rip Jane Roe`: a verb, or a word the rest of the name hangs on."""
    return (
        tok.pos_ in _NOT_NAME_POS or _verb_form(tok.lower_) or any(t.head.i == tok.i for t in rest)
    )


def _trim_common(span: Span, common, lower: set[str]) -> Span | None:
    """A name without the edge words that are ordinary words: at the end, words `common`
    accepts or speech verbs (`Obama Says`, `Donald Trump Tweets`); at the start, words the
    article writes in lower case (`Even China`)."""
    toks = list(span)
    i, j = 0, len(toks)
    while j > i and (common(toks[j - 1].lower_) or _verb_form(toks[j - 1].lower_)):
        j -= 1
    while i < j and (toks[i].lower_ in lower or _takes_name(toks[i], toks[i + 1 : j])):
        i += 1
    return span.doc[span.start + i : span.start + j] if j > i else None

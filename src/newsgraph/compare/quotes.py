"""The quote ledger: one utterance, every outlet's version of it.

Outlets rarely carry a statement word for word: one cuts a sentence, one writes `U.S.` for `US`,
one turns it into indirect speech. Two quotes from different articles are linked when their
wording aligns (a long run of the same words: `same` or `variant`) or, for the same speaker, when
they share the rare content words of the statement (`paraphrase`: `balanced approach` / `balanced
position`). A variant whose differences could change the meaning (a word swapped, a negation
added or dropped, a number changed, a condition cut off) is flagged for the reader; a cut that
only shortens is not. Nothing here judges which version is right.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import lru_cache
from itertools import pairwise
from typing import Any

from rapidfuzz.distance import Levenshtein
from spacy.lang.en.stop_words import STOP_WORDS

from newsgraph.analyse.linking import ORG_GENERIC_HEADS
from newsgraph.analyse.speech import EVALUATIVE_VERBS, PRONOUNS, SAY_VERBS
from newsgraph.compare.text import (
    CONDITIONS,
    Idf,
    Word,
    _irregular,
    calendar_key,
    content_keys,
    dating_key,
    digits,
    is_negation,
    number_value,
    quote_words,
    sentences,
    synonym_keys,
    told_before,
    verb_before,
    weighted_dice,
    weighted_overlap,
)
from newsgraph.extract.outlets import is_agency
from newsgraph.sets import DisjointSets
from newsgraph.wordlists import INSTITUTION_NOUNS

RELATIONS = ("same", "variant", "paraphrase")

#: Wording link: at least this many words aligned, covering this share of the shorter quote.
MIN_ALIGNED = 3
MIN_WORDING_COVER = 0.7
#: Shared words (as a share of the shorter quote) below which no alignment can reach that.
MIN_WORDING_BAG = 0.5
#: A variant keeps this share of the shorter quote's words in order.
MIN_VARIANT_COVER = 0.8
#: … or of the words of a common stretch at least this long (two overlapping cuts).
MIN_WINDOW = 8
#: Wording link on a mixed quote's own words (inside its marks): this share of them aligned.
MIN_INNER_COVER = 0.8
#: … and this many words in the fragment when a speaker is unknown (a slogan is repeated).
MIN_INNER_UNKNOWN_SPEAKER = 5
#: Wording link on a run of this many equal words, this many of them content words not in names,
#: whatever the share of either quote (two overlapping cuts of one passage).
MIN_RUN = 10
MIN_RUN_SAID = 4
#: Wording link on one sentence of a quote of several, of at least this many words, this
#: share of them aligned in the other quote (one outlet quotes `S1. S2.`, another S2 alone, with
#: a phrase added): as many of the speaker's own content words as a run needs (`MIN_ALIGNED`).
MIN_SENTENCE = 6
#: Wording link between quotes attributed to different speakers (an attribution conflict).
MIN_CONFLICT_ALIGNED = 6
MIN_CONFLICT_COVER = 0.8
#: Paraphrase link: weighted share of the shorter quote's content words the other also has.
MIN_PARAPHRASE = 0.4
MIN_PARAPHRASE_UNKNOWN_SPEAKER = 0.6
MIN_SHARED_KEYS = 2
#: … not counting a word of the story's vocabulary, in more than this share of its statements
#: (of a story of `MIN_STORY_QUOTES` or more): one speaker's two remarks on the story's subject
#: share it (`an honest budget` / `honest and boring, … what a budget should be`).
MAX_STORY_WORD_SHARE = 0.15
MIN_STORY_QUOTES = 10
#: … and this many, with no speaker to go by: two words of a story's vocabulary (`officers` …
#: `kill`) are in many of its statements.
MIN_SHARED_UNKNOWN_SPEAKER = 3
#: … or, speaker unknown, this share of the shorter, this many shared words and this symmetric
#: share (weighted Dice) of both.
MIN_PARAPHRASE_BOTH = 0.45
MIN_SHARED_BOTH = 4
MIN_DICE_BOTH = 0.4
#: … or that share and this many shared words, whatever the longer quote adds.
MIN_SHARED_MANY = 6
#: A quote not linked to a quote of several sentences still tells which sentence it reports
#: (see `_told_apart`) when it shares this many content words with that sentence.
MIN_PART_SHARED = 4
#: Inside one article: a report of the same named speaker's quotation sharing this much.
MIN_OWN_SUMMARY = 0.5
#: A replaced stretch of up to this many words on each side is a swap (in reported speech: the
#: reporter's own words).
MAX_SWAP = 4
#: A cut and an addition with at most this many aligned content words between them are one
#: word replaced at a distance (see `_cut_and_added`).
MAX_SWAP_GAP = 1
#: Inserted or deleted runs up to this many words are checked for an added or dropped negation.
MAX_FLAGGED_CUT = 3
#: Words a phrase mentioning a fact may add to the statement of it (`five other Kestrians`).
MAX_MENTION_EXTRA = 2

_MARKS = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'", "’": "'"})
_TRAIL = " \t\n\"'.,;:!?…"


@dataclass(slots=True)
class QuoteItem:
    """A quote prepared for comparison; `record` is its export-contract record."""

    record: dict[str, Any]
    article: str
    report: str  # wire-copy cluster: copies of one agency text are one report
    words: list[Word] = field(default_factory=list)
    keys: list[str] = field(default_factory=list)
    #: a mixed quote's words inside the quote marks: the speaker's own words
    quoted: set[str] = field(default_factory=set)
    #: the words inside a mixed quote's marks, in order (empty for other quotes)
    inner: list[Word] = field(default_factory=list)
    #: the same words, one list per quoted fragment
    fragments: list[list[Word]] = field(default_factory=list)
    bag: Counter[str] = field(default_factory=Counter)  # word norms, for a cheap bound
    #: indices of words an editor put in square brackets (`strengthen [the Act]`): not the
    #: speaker's, so they do not count against an alignment
    editorial: frozenset[int] = frozenset()
    #: positions (word indices) where an ellipsis marks the outlet's cut (`… by spring ... and`):
    #: the ellipsis lies just before that word
    cuts: frozenset[int] = frozenset()
    #: for the joined parts of a quotation split by its cue (`"A," he said. "B."`): the parts'
    #: item indices and the range of each part's words in `words`
    parts: list[tuple[int, int, int]] = field(default_factory=list)
    #: every content word is part of a name (`the United States`): see `_name_only`
    name_only: bool = False
    #: a quote of several sentences: each sentence's range in `words` and its content keys (an
    #: outlet may report its sentences apart: see `_sentence_of`); empty for one sentence
    sents: list[tuple[int, int]] = field(default_factory=list)
    sent_keys: list[set[str]] = field(default_factory=list)
    sent_bags: list[Counter[str]] = field(default_factory=list)
    #: `keys` with synonyms folded (`synonym_keys`) and `bag` with person and tense folded
    #: (`_SHIFT`), made when first needed
    syn_keys: list[str] | None = None
    shift_bag: Counter[str] | None = None
    #: a negation among the words (`not`, `no`, `never`, `n't` …), made when first needed
    negated: bool | None = None
    #: verbs the speaker refuses (`we will not pay`: see `_refusals`), made when first needed
    refusals: set[str] | None = None
    #: content keys of the words written in lower case (not part of a name: `_one_name`), made
    #: when first needed
    lower_keys: set[str] | None = None

    @property
    def id(self) -> str:
        return self.record["id"]

    @property
    def kind(self) -> str:
        return self.record["kind"]

    @property
    def speaker(self) -> str | None:
        sp = self.record.get("speaker") or {}
        if sp.get("entity"):
            return sp["entity"]
        name = sp.get("name")
        return name.lower() if name else None

    @property
    def speaker_words(self) -> frozenset[str]:
        """Capitalised words of the speaker's name (`Paul Howard` -> paul, howard)."""
        sp = self.record.get("speaker") or {}
        return _name_words(sp.get("name") or "")

    @property
    def speaker_kind(self) -> str | None:
        """The entity type of the speaker (`person`, `org`, `gpe` …), None when untyped."""
        entity = (self.record.get("speaker") or {}).get("entity")
        return entity.split(":")[0] if entity else None

    @property
    def surname(self) -> str | None:
        """The last name word of a person speaker (`Bettie Page`, `Ms Page` -> page)."""
        sp = self.record.get("speaker") or {}
        if (sp.get("entity") or "person:").split(":")[0] != "person":
            return None
        return _surname(sp.get("name") or "")


_HONORIFICS = frozenset("mr mrs ms dr gov sen rep lt gen col the president minister".split())


@lru_cache(maxsize=8192)
def _name_words(name: str) -> frozenset[str]:
    return frozenset(
        w.lower() for w in re.findall(r"[A-Z][\w'’-]+", name) if w.lower() not in _HONORIFICS
    )


@lru_cache(maxsize=8192)
def _surname(name: str) -> str | None:
    words = [w.lower() for w in re.findall(r"[A-Z][\w'’-]+", name)]
    words = [w for w in words if w not in _HONORIFICS]
    return words[-1] if words else None


def speaker_match(a: QuoteItem, b: QuoteItem) -> str:
    """`same`, `differ` or `unknown`: what the speakers' names tell about one utterance.

    `same`: one entity, people with the same surname (`Ms Page` / `Bettie Page`, `Obama` /
    `Barack Obama`), or names one spelling apart (`John Owen` / `Jon Owen`). `differ`: two
    speakers of one kind (two people, two organisations, two untyped names) that do not match.
    `unknown`: either is unnamed, or they are of different kinds: a person against an
    organisation, a place, a group or an untyped name is often the relaying channel (`Associated
    Press`, `ITAR TASS`) or the speaker's employer (`Kraft` / its spokesperson), not a second
    speaker. A wire agency named as a speaker is such a channel whatever its kind (`_relay`).
    """
    sa, sb = a.speaker, b.speaker
    if sa is None or sb is None:
        return "unknown"
    if sa == sb:
        return "same"
    wa, wb = a.speaker_words, b.speaker_words
    if (a.surname is not None and a.surname == b.surname) or _one_edit(wa, wb):
        return "same"
    # One name inside the other: a name the extractor ran on into the next words (`Ann Lee
    # Selling Off`) or a fuller form (`Lee` / `Ann Lee`).
    if wa and wb and (wa <= wb or wb <= wa):
        return "same"
    if _relay(a) or _relay(b):
        return "unknown"
    return "differ" if a.speaker_kind == b.speaker_kind else "unknown"


def _relay(q: QuoteItem) -> bool:
    """The quote's speaker is a wire agency (`ITAR-TASS`, `Reuters`: `outlets.is_agency`): the
    channel that relayed a statement (`the commission said in a message, ITAR-TASS
    reported`), not a second speaker beside the one another outlet names."""
    return _is_agency((q.record.get("speaker") or {}).get("name"))


@lru_cache(maxsize=4096)
def _is_agency(name: str | None) -> bool:
    return is_agency(name) if name else False


#: Head nouns of a body's name (`Police`, `the interior ministry`, `Harbour Authority`): a
#: speaker so named is a body, not a person whose employer or channel the other speaker is.
#: The shared institution nouns, and the forces, schools and offices they leave out.
_BODY_HEADS = (
    ORG_GENERIC_HEADS
    | INSTITUTION_NOUNS
    | frozenset(
        """army navy military authorities congress forum college school academy consulate
        prosecutors""".split()
    )
)


def _two_bodies(a: QuoteItem, b: QuoteItem) -> bool:
    """Both speakers are named bodies and neither name holds the other's words in any case
    (`Police` / `the interior ministry`; not `the navy` / `Indian Navy`)."""
    wa, wb = _body_words(a), _body_words(b)
    return bool(wa and wb) and not (wa <= wb or wb <= wa)


def _two_counts(a: QuoteItem, b: QuoteItem) -> bool:
    """Two named bodies counting one thing differently (`Police`: `38 arrested`, `the interior
    ministry`: `41 arrested`): two sources' counts, never one utterance with a changed number.
    Two bodies telling the same may be one statement relayed (a ministry for its navy)."""
    return _two_bodies(a, b) and bool(unit_number_flags(a, b))


#: A speaker that is several named parties together (`the foreign ministers of Corvaine,
#: Lisset and Tamberg`, `Arvia and Dulm`): a joint statement's authors.
_JOINT = re.compile(r"[A-Z][\w'’-]*(?:,\s+[A-Z][\w'’-]*)*,?\s+and\s+[A-Z][\w'’-]*")


def _person_and_joint(a: QuoteItem, b: QuoteItem) -> bool:
    """A named person and a joint speaker of several named parties the person's name is not
    among, counting one thing differently (`Brenland will provide 20 million crowns`, the
    minister / `45 million crowns`, the ministers of three other states): two statements,
    never one whose number a report changed."""
    for p, g in ((a, b), (b, a)):
        name = ((g.record.get("speaker") or {}).get("name")) or ""
        if (
            p.speaker_kind == "person"
            and g.speaker_kind != "person"
            and _JOINT.search(name)
            and not p.speaker_words & g.speaker_words
        ):
            return bool(unit_number_flags(a, b))
    return False


def _body_words(q: QuoteItem) -> frozenset[str]:
    """The words of a named body's name, lower case, no article; empty when the speaker is no
    body: an organisation entity, or an untyped name whose head noun is a body's (`Police`;
    not `a ministry spokeswoman`, who may speak for the ministry)."""
    name = ((q.record.get("speaker") or {}).get("name") or "").lower()
    words = [w for w in re.findall(r"[\w'’-]+", name) if w not in _DETERMINERS]
    kind = q.speaker_kind
    body = kind == "org" if kind is not None else bool(words) and words[-1] in _BODY_HEADS
    return frozenset(words) if body else frozenset()


def _by_pronoun(q: QuoteItem) -> bool:
    """The speaker was found through a pronoun (`she said`): the resolver's guess."""
    mention = (q.record.get("speaker") or {}).get("mention") or {}
    return (mention.get("text") or "").lower() in PRONOUNS


def _names_speaker(q: QuoteItem, other: QuoteItem) -> bool:
    """`q`'s text names `other`'s person speaker as the subject of a verb of saying: the
    extractor took the attribution into the quote and gave it the wrong speaker (`where her
    lawyer Ann Lee said she was "…"`, `Rep. Ann Lee, the chair of the committee, says that …`).
    The verb comes right after the name or after one apposition between commas; a name that is
    the object of a preposition or a verb (`critics of Ann Lee said`, `a nurse who treated Lee
    told`), a possessive (`Lee's lawyer said`) or a passive (`Lee was told`) is not the one
    speaking."""
    surname = (other.surname or "").replace("’", "'")
    if len(surname) < 3:
        return False
    text = q.record["text"]
    if surname not in text.lower().replace("’", "'"):
        return False
    for m in _says_after(surname).finditer(text):
        if _says_lemma(m.group("verb")) and not _object_before(text[: m.start()]):
            return True
    return False


@lru_cache(maxsize=4096)
def _says_after(surname: str) -> re.Pattern[str]:
    """The surname in any case (`McLee`, `O’Lee`, `Lee-Hart`), not a possessive, then the next
    word: after the name's own qualifiers (`Lee (D) of Ohio`) and one apposition between commas
    at most (`Lee, the chair of the committee, says`)."""
    name = "".join("['’]" if c == "'" else re.escape(c) for c in surname)
    return re.compile(
        rf"(?<![\w'’-])(?i:{name})(?![\w'’-])"
        r"(?:\s*\([^()]{1,30}\))?(?:\s+of(?:\s+[A-Z][\w'’.-]*)+)?"
        r"(?:\s*,[^,;!?\"“”]{1,80},)?,?\s+(?P<verb>[a-z]+)\b"
    )


#: Words after which a name is an object, not the one speaking (`critics of`, `by`).
_PREPOSITIONS = frozenset(
    """of by about for with to from against on at in into onto over than like toward towards
    after before behind beside between among under upon via during including despite""".split()
)
#: Words before an `-ed` or `-ing` word that make it an adjective (`the embattled Lee said`).
_DETERMINERS = frozenset("the a an his her their its our my your this that".split())
#: Verbs of saying whose object is the person spoken to or of (`told Lee`, `praised Lee`).
_SAYS_TO = EVALUATIVE_VERBS | frozenset("tell ask inform assure brief quote cite".split())
_BEFORE_NAME = re.compile(
    r"(?:(?P<det>[\w'’-]+)\s+)?(?P<word>[\w'’-]+)?[\s,]*(?:(?:[A-Z][\w'’.-]*|[A-Z]\.)\s+)*$"
)


def _object_before(before: str) -> bool:
    """The word before a name (and its first names, initials and titles) makes it an object: a
    preposition (`critics of`) or a verb form (`who treated`, `a nurse treating`, `who met`),
    not an adjective (`the embattled`) nor a verb of saying with a clause (`said Lee told`)."""
    m = _BEFORE_NAME.search(before)
    word = (m.group("word") or "") if m else ""
    if not word or word[:1].isupper():
        return False
    w = word.lower()
    if w in _PREPOSITIONS:
        return True
    verb = (w.endswith("ed") and len(w) > 3) or (w.endswith("ing") and len(w) > 4)
    if not verb and w not in _irregular():
        return False
    if (m.group("det") or "").lower() in _DETERMINERS:
        return False
    lemma = _says_lemma(w)
    return lemma is None or lemma in _SAYS_TO


@lru_cache(maxsize=4096)
def _says_lemma(word: str) -> str | None:
    """The lemma of a form of a verb of saying (`said`, `tells`, `added`, `replied`, `quipped`)
    in `speech.SAY_VERBS`, else None."""
    forms = [word, _irregular().get(word, word)]
    for end, back in (("s", ""), ("d", ""), ("es", ""), ("ed", ""), ("ies", "y"), ("ied", "y")):
        if word.endswith(end):
            forms.append(word[: -len(end)] + back)
    if re.search(r"([b-df-hj-np-tv-z])\1ed$", word):
        forms.append(word[:-3])  # quipped -> quip
    return next((f for f in forms if f in SAY_VERBS), None)


def compatible_speakers(a: QuoteItem, b: QuoteItem) -> bool:
    """One speaker as far as the names tell (see `speaker_match`): entity keys alone are too
    strict across outlets."""
    return speaker_match(a, b) != "differ"


def _one_edit(wa: frozenset[str], wb: frozenset[str]) -> bool:
    """Names of the same length whose words differ by one spelling (`John Owen` / `Jon Owen`)."""
    if len(wa) != len(wb) or not wa or len(wa) > 4:
        return False
    return Levenshtein.distance(" ".join(sorted(wa)), " ".join(sorted(wb))) <= 1


def _name_only(ws: list[Word]) -> bool:
    """Every content word is part of a name (`the United States`, `Ann Lee`): a name phrase
    the extractor took for reported speech, which says nothing of its own. A capitalised first
    word counts as a name only when the next word is capitalised too."""
    content = [n for n, w in enumerate(ws) if content_keys([w])]
    if not content:
        return False
    for n in content:
        if not ws[n].text[:1].isupper():
            return False
        if n == 0 and not (len(ws) > 1 and ws[1].text[:1].isupper()):
            return False
    return True


def prepare(record: dict[str, Any], report: str) -> QuoteItem:
    item = QuoteItem(record, record["article"], report)
    item.words = quote_words(record["text"], record["start"])
    item.name_only = _name_only(item.words)
    item.keys = content_keys(item.words, lemmas=True)
    item.bag = Counter(w.norm for w in item.words)
    _split_sentences(item)
    brackets = [
        (m.start() + record["start"], m.end() + record["start"])
        for m in _BRACKETED.finditer(record["text"])
    ]
    if brackets:
        item.editorial = frozenset(
            n for n, w in enumerate(item.words) if any(s <= w.start < e for s, e in brackets)
        )
    ellipses = [m.start() + record["start"] for m in _ELLIPSIS.finditer(record["text"])]
    if ellipses:
        item.cuts = frozenset(sum(1 for w in item.words if w.start < p) for p in ellipses)
    if item.kind == "mixed":
        spans = [
            (a + record["start"], b + record["start"]) for a, b in quoted_spans(record["text"])
        ]
        item.fragments = [[w for w in item.words if s <= w.start < e] for s, e in spans]
        item.fragments = [f for f in item.fragments if f]
        item.inner = [w for f in item.fragments for w in f]
        item.quoted = set(content_keys(item.inner))
    return item


_BRACKETED = re.compile(r"\[[^\[\]]{1,80}\]")
_ELLIPSIS = re.compile(r"…|\.\s?\.\s?\.")


def _split_sentences(item: QuoteItem) -> None:
    """The word ranges of a quote's sentences (of at least `MIN_ALIGNED` words each; shorter
    ones join the sentence before), when it has two or more."""
    start = item.record["start"]
    ends = [start + e for _, e in sentences(item.record["text"])]
    if len(ends) < 2:
        return
    ranges: list[tuple[int, int]] = []
    lo = n = 0
    for end in ends:
        while n < len(item.words) and item.words[n].start < end:
            n += 1
        if n - lo >= MIN_ALIGNED:
            ranges.append((lo, n))
            lo = n
        elif ranges and n > lo:
            ranges[-1] = (ranges[-1][0], n)
            lo = n
    if lo < len(item.words) and ranges:
        ranges[-1] = (ranges[-1][0], len(item.words))
    if len(ranges) >= 2:
        item.sents = ranges
        item.sent_keys = [set(content_keys(item.words[a:b], lemmas=True)) for a, b in ranges]
        item.sent_bags = [Counter(w.norm for w in item.words[a:b]) for a, b in ranges]


#: Double quote marks, the tokeniser's ``/'' included.
_DOUBLE_MARK = re.compile(r"``|''|[\"“”„«»]")


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """Character spans inside double quote marks. A straight mark opens after a space (or at
    the start) and closes otherwise; a text that starts inside the quotation (its first mark
    closes) has its first span from the start; an unclosed mark runs to the end."""
    spans: list[tuple[int, int]] = []
    start: int | None = None
    first = True
    for m in _DOUBLE_MARK.finditer(text):
        mark = m.group()
        if mark == '"':
            opens = m.start() == 0 or text[m.start() - 1].isspace() or text[m.start() - 1] in "(["
        else:
            opens = mark in ("``", "“", "„", "«")
        if opens:
            start = m.end()
        elif start is not None:
            spans.append((start, m.start()))
            start = None
        elif first:
            spans.append((0, m.start()))
        first = False
    if start is not None:
        spans.append((start, len(text)))
    return [(a, b) for a, b in spans if text[a:b].strip()]


def canonical(text: str) -> str:
    """The wording as `same` compares it: quote marks and their placement (`"privacy," and` /
    `"privacy", and`), spacing (`It’ s` / `It's`), trailing punctuation and letter case (`High
    Street` / `high street`) belong to the outlet's style or its tokeniser, not the words."""
    t = _CLITIC.sub("'", text.translate(_MARKS))
    t = _QUOTE_MARK.sub("", t)
    return re.sub(r"\s+", "", t).strip(_TRAIL).lower()


_CLITIC = re.compile(r"(?<=[^\W_])' (?=(?:s|m|d|t|ll|re|ve)\b)")
#: Quote marks: double marks, the tokeniser's ``/'' and a single mark not inside a word.
_QUOTE_MARK = re.compile(r"``|''|\"|(?<![^\W_])'|'(?![^\W_])")
#: An opening double mark after a word: a quoted fragment inside the reporter's own frame (single
#: marks are left out: inside a quotation they quote someone else).
_FRAMED = re.compile(r"[^\W_][^\"“”„«»`]*?(?:``|[\"“„«])")


def framed(text: str) -> bool:
    """A mixed quote that keeps the reporter's frame (`the building is "a total loss"`): its
    words are not all the speaker's, so it reports rather than quotes."""
    return _FRAMED.match(text.strip()) is not None


@dataclass(slots=True)
class Alignment:
    matched: int
    longest: int
    cover_short: float
    opcodes: list[tuple[str, int, int, int, int]]
    #: like `cover_short`, but a phrase added or swapped inside the shorter quote (`a town [of
    #: farmers and miners] with`, `the [Harbour Road depot] was`) counts as one word: outlets
    #: insert a clarification or swap a name; a cut at either end counts in full
    cover_tolerant: float = 0.0
    #: unmatched stretches of the shorter quote between aligned words
    inner_gaps: int = 0
    #: (start, size) of the aligned runs in the first quote
    blocks_a: list[tuple[int, int]] = field(default_factory=list)
    #: two overlapping cuts of one passage (`… so the bridge must close for a year` / `the bridge
    #: must close for a year … We have no choice`): the share of the words aligned between the
    #: first and the last run of three, when that stretch is long enough
    cover_window: float = 0.0


def align(a: QuoteItem, b: QuoteItem, shifted: bool = False) -> Alignment:
    """Word alignment of two quotes; `shifted`: person and tense folded (`we will` / `they
    would`), for reported speech against the words it reports."""
    # A number as a word or in digits (`three` / `3`) is one wording.
    na = [digits(w.norm) for w in a.words]
    nb = [digits(w.norm) for w in b.words]
    if shifted:
        na = [_SHIFT.get(n, n) for n in na]
        nb = [_SHIFT.get(n, n) for n in nb]
    sm = SequenceMatcher(None, na, nb, autojunk=False)
    blocks = [bl for bl in sm.get_matching_blocks() if bl.size]
    # Words an editor bracketed are not the speaker's: matching them is no evidence.
    matched = sum(
        1
        for bl in blocks
        for n in range(bl.size)
        if bl.a + n not in a.editorial and bl.b + n not in b.editorial
    )
    # … nor do they make a run (`the purposes of the [Harbour Act]` shares no run of three of the
    # speaker's words with `… under the Harbour Act`).
    if a.editorial or b.editorial:
        longest = max((_own_run(bl, a.editorial, b.editorial) for bl in blocks), default=0)
    else:
        longest = max((bl.size for bl in blocks), default=0)
    # The shorter quote, without the editor's bracketed words it does not share.
    la, lb = len(na) - len(a.editorial), len(nb) - len(b.editorial)
    side, size = (0, la) if la <= lb else (1, lb)
    editorial = (a, b)[side].editorial
    short = max(size, 1)
    cover = min(matched / short, 1.0)
    tolerant = cover
    # Anchors: runs of three words or with a content word; a stray `the` matched is noise.
    words_a = a.words
    anchors = [
        bl
        for bl in blocks
        if bl.size >= MIN_ALIGNED or content_keys(words_a[bl.a : bl.a + bl.size])
    ]
    inner = 0
    if anchors:
        kept = sum(bl.size for bl in anchors)
        first = anchors[0][side]
        last = anchors[-1][side] + anchors[-1].size
        n_words = len(na) if side == 0 else len(nb)
        edges = sum(1 for n in range(first) if n not in editorial)
        edges += sum(1 for n in range(last, n_words) if n not in editorial)
        for prev, nxt in zip(anchors, anchors[1:], strict=False):
            gap = [n for n in range(prev[side] + prev.size, nxt[side]) if n not in editorial]
            inner += min(len(gap), 1)
        tolerant = kept / max(kept + edges + inner, 1)
    runs = [bl for bl in blocks if bl.size >= MIN_ALIGNED]
    window = 0.0
    if runs:
        span_a = runs[-1].a + runs[-1].size - runs[0].a
        span_b = runs[-1].b + runs[-1].size - runs[0].b
        inside = sum(
            bl.size
            for bl in blocks
            if runs[0].a <= bl.a < runs[-1].a + runs[-1].size
            and runs[0].b <= bl.b < runs[-1].b + runs[-1].size
        )
        if min(span_a, span_b) >= MIN_WINDOW:
            window = inside / max(span_a, span_b)
    return Alignment(
        matched,
        longest,
        cover,
        sm.get_opcodes(),
        max(tolerant, cover),
        inner,
        [(bl.a, bl.size) for bl in blocks],
        window,
    )


def _own_run(bl: Any, ea: frozenset[int], eb: frozenset[int]) -> int:
    """The longest stretch of an aligned block without an editor's bracketed word."""
    best = run = 0
    for n in range(bl.size):
        run = 0 if bl.a + n in ea or bl.b + n in eb else run + 1
        best = max(best, run)
    return best


def _said(ws: list[Word], blocks: list[tuple[int, int]]) -> set[str]:
    """Content keys of the aligned words that are not capitalised (names: `the Clean Rivers
    Act`, `the Gulf of Aden`, which quotes of different statements share)."""
    return {
        k
        for start, size in blocks
        for w in ws[start : start + size]
        if not w.text[:1].isupper()
        for k in content_keys([w])
    }


def link_score(a: QuoteItem, b: QuoteItem, idf: Idf) -> tuple[float, str] | None:
    """(score, "wording" | "paraphrase") when the two quotes report one utterance, else None."""
    if a.name_only or b.name_only:
        return None  # `the United States`: a name phrase is no statement
    match = speaker_match(a, b)
    if a.article == b.article:
        # Two statements of one article are two utterances, unless a mixed quote repeats the
        # article's own quotation word for word (a summary before or after the full quote).
        if match == "differ" or _overlap(a, b):
            return None
        inner = _inner_link(a, b, match, whole=True)
        if inner is not None and inner[1] == "wording":
            return inner
        # The reporter's summary of the same named speaker's quotation (the lede before the
        # quote): reported speech against a quotation, sharing most of its rare words.
        if match == "same" and {a.kind, b.kind} in ({"direct", "indirect"}, {"direct", "mixed"}):
            overlap = weighted_overlap(a.keys, b.keys, idf)
            if overlap >= MIN_OWN_SUMMARY and len(set(a.keys) & set(b.keys)) >= MIN_ALIGNED:
                return 1.0 + overlap, "wording"
        return None
    if match == "unknown" and (_names_speaker(a, b) or _names_speaker(b, a)):
        # The quote's own text names the other's speaker with a verb of saying (`where her
        # lawyer Ann Lee said she was "…"`): the extractor gave it the wrong speaker.
        match = "same"
    if match == "unknown" and _two_counts(a, b):
        return None
    differ = match == "differ"
    # The shared bag of words bounds the alignment: align only when a wording link is possible.
    common = sum((a.bag & b.bag).values())
    bag = common / max(min(len(a.words), len(b.words)), 1)
    # A long run needs that many shared words, a few of them content words.
    run = common >= MIN_RUN and len(set(a.keys) & set(b.keys)) >= MIN_RUN_SAID
    if differ:
        if bag >= MIN_CONFLICT_COVER or run:
            al = align(a, b)
            if al.matched >= MIN_CONFLICT_ALIGNED and al.cover_short >= MIN_CONFLICT_COVER:
                return 1.0 + al.cover_short, "wording"
            if _long_run(a, al):
                return 1.0 + al.cover_short, "wording"
            # A speaker found through a pronoun (`she said`) is the resolver's guess: against
            # it the speaker's own words in order link as for one speaker (not shared words).
            if (
                (_by_pronoun(a) or _by_pronoun(b))
                and bag >= MIN_WORDING_BAG
                and al.longest >= MIN_ALIGNED
                and al.cover_short >= MIN_WORDING_COVER
                and _own(a, b, al)
            ):
                return 1.0 + al.cover_short, "wording"
        return _inner_link(a, b, match)
    if bag >= MIN_WORDING_BAG or run:
        al = align(a, b)
        if match == "unknown" and _mentioned(a, b, al):
            return None
        if al.longest >= MIN_ALIGNED and al.cover_short >= MIN_WORDING_COVER and _own(a, b, al):
            return 1.0 + al.cover_short, "wording"
        if _long_run(a, al):
            return 1.0 + al.cover_short, "wording"
        # One phrase added or swapped inside an otherwise equal stretch, the rest of the words
        # the speaker's own (not only a name both mention: `the Clean Rivers Act`).
        if (
            al.longest > MIN_ALIGNED
            and al.inner_gaps == 1
            and al.cover_tolerant >= MIN_VARIANT_COVER
            and len(_said(a.words, al.blocks_a)) >= MIN_ALIGNED
        ):
            return 1.0 + al.cover_short, "wording"
    sentence = _sentence_link(a, b)
    if sentence is not None:
        return sentence
    # Reported speech shifts the person and the tense of the words it reports (`we will rebuild
    # our depot` / `they would rebuild their depot`): aligned with both folded.
    if "indirect" in (a.kind, b.kind) and bag < MIN_WORDING_BAG:
        for q in (a, b):
            if q.shift_bag is None:
                q.shift_bag = Counter(_SHIFT.get(n, n) for n in q.bag.elements())
        common = sum(((a.shift_bag or Counter()) & (b.shift_bag or Counter())).values())
        if common / max(min(len(a.words), len(b.words)), 1) >= MIN_WORDING_BAG:
            al = align(a, b, shifted=True)
            if al.longest >= MIN_ALIGNED and al.cover_short >= MIN_WORDING_COVER and _own(a, b, al):
                return 1.0 + al.cover_short, "wording"
    inner = _inner_link(a, b, match)
    if inner is not None:
        return inner
    if match == "same" and _same_opening(a, b):
        return weighted_overlap(a.syn_keys or [], b.syn_keys or [], idf), "paraphrase"
    if _same_refusal(a, b):
        return weighted_overlap(a.keys, b.keys, idf), "paraphrase"
    shared = set(a.keys) & set(b.keys)
    # A day or a month shared dates two statements alike; it does not make them one.
    said = sum(1 for k in shared if not calendar_key(k))
    if said < (MIN_SHARED_KEYS if match == "same" else MIN_SHARED_UNKNOWN_SPEAKER):
        return None
    # A mixed quote's own words are the evidence: sharing only its paraphrased frame is not.
    if any(q.quoted and not (q.quoted & shared) for q in (a, b)):
        return None
    # With no speaker to go by, shared words alone link: a statement and its denial share them
    # (`police have suspects` / `police did not have any suspects`), so the negation must agree.
    if match == "unknown" and _negated(a) != _negated(b):
        return None
    # Two statements of a story name the same people, places and laws: one name shared, and
    # nothing else, is no evidence of one statement (`… strengthen the Harbour Protection Act` /
    # `the purposes of the Harbour Protection Act`), as for a wording link (`_said`).
    one_name = _one_name(a, b, shared) or _figure_only(a, b, shared)
    overlap = weighted_overlap(a.keys, b.keys, idf)
    need = MIN_PARAPHRASE if match == "same" else MIN_PARAPHRASE_UNKNOWN_SPEAKER
    if overlap < need:
        # The report may use the reporter's words for the speaker's (`escaped` / `fled`):
        # synonyms folded, for an unknown speaker too once three words are shared as written
        # (`MIN_SHARED_UNKNOWN_SPEAKER`).
        for q in (a, b):
            if q.syn_keys is None:
                q.syn_keys = synonym_keys(q.keys)
        sa, sb = a.syn_keys or [], b.syn_keys or []
        folded = set(sa) & set(sb)
        if len(folded) >= MIN_ALIGNED:
            overlap = weighted_overlap(sa, sb, idf)
            # a synonym is a common word, beyond a name or a figure shared as written
            one_name = one_name and len(folded) <= len(shared)
    if one_name:
        return None
    if overlap >= need and (match != "same" or _said_beyond_story(shared, idf)):
        return overlap, "paraphrase"
    if match == "same" and _fragment_found(a, b, shared):
        return overlap, "paraphrase"
    if match == "same" and len(shared) > MIN_SHARED_KEYS and _measures(a) & _measures(b):
        return overlap, "paraphrase"
    # An unknown speaker, but both reports tell much the same: most of the shorter one's words
    # and a good share of the longer one's (not a short remark inside a long statement), or
    # many of the same words (a long report retelling the shorter one, with details of its own);
    # words of what they tell, not a day or a month both name (`said`).
    if (
        match == "unknown"
        and overlap >= MIN_PARAPHRASE_BOTH
        and said >= MIN_SHARED_BOTH
        and (said >= MIN_SHARED_MANY or weighted_dice(a.keys, b.keys, idf) >= MIN_DICE_BOTH)
    ):
        return overlap, "paraphrase"
    return None


#: Subjects of a refusal that stand for the speaker (`we will not`, `it would not`).
_SPEAKER_PRONOUNS = frozenset("i we it they he she".split())
#: A refusal is a commitment about what the speaker will do: a future or conditional modal,
#: negated (`will not`, `would not`, `won't`, `shall not`), not `don't know` or `did not hear`.
_WILL = frozenset("will would shall 'll 'd".split())
_WILL_NOT = frozenset("won't wouldn't shan't".split())


def _refusals(q: QuoteItem) -> set[str]:
    """Keys (synonyms folded) of the verbs the quote's pronoun subject refuses: `we will not
    pay` / `it would not pay` / `they won't pay` -> `pay`."""
    out: set[str] = set()
    ws = q.words
    for n in range(len(ws) - 2):
        if ws[n].norm not in _SPEAKER_PRONOUNS:
            continue
        nxt = ws[n + 1].norm
        if nxt in _WILL_NOT:
            k = n + 2
        elif nxt in _WILL and ws[n + 2].norm in ("not", "never"):
            k = n + 3
        else:
            continue
        if k < len(ws) and ws[k].norm == "be":
            k += 1
        if k < len(ws) and ws[k].text[:1].islower():
            out.update(synonym_keys(content_keys([ws[k]], lemmas=True)))
    return out


def _same_refusal(a: QuoteItem, b: QuoteItem) -> bool:
    """One speaker's refusal told twice (`We will not pay for the release …` / `it would not pay
    any fine to win the crew's release`): the same verb ruled out by a pronoun that stands for
    the speaker, and another common word shared (not a name, a date or a number)."""
    for q in (a, b):
        if q.refusals is None:
            q.refusals = _refusals(q)
    verbs = (a.refusals or set()) & (b.refusals or set())
    if not verbs:
        return False
    rest = (_lower_keys(a) & _lower_keys(b)) - verbs
    return any(not dating_key(k) for k in rest)


def _said_beyond_story(shared: set[str], idf: Idf) -> bool:
    """`MIN_SHARED_KEYS` shared words of what is said (no day or month), not counting the
    story's vocabulary (`MAX_STORY_WORD_SHARE`)."""
    big = idf.n >= MIN_STORY_QUOTES
    said = [
        k
        for k in shared
        if not calendar_key(k) and not (big and idf.df.get(k, 0) > MAX_STORY_WORD_SHARE * idf.n)
    ]
    return len(said) >= MIN_SHARED_KEYS


def _same_opening(a: QuoteItem, b: QuoteItem) -> bool:
    """Reported speech that retells a quotation's opening clause, its subject and verb, in the
    reporter's tense and words (`inflation had eased but …` / `Inflation has fallen, but …`):
    each opens with a content word and a verb in lower case, with at most two auxiliaries between
    (`had`, `has been`), and the two pairs are one with synonyms folded. Two words shared as
    written are not needed: the report's verb is the reporter's own."""
    if _reported(a) == _reported(b):
        return False
    oa, ob = _opening_at(a), _opening_at(b)
    if oa is None or ob is None or oa[0] != ob[0]:
        return False
    return _rest_agrees(a, b, oa[1] + 1, ob[1] + 1, oa[0])


#: Words that qualify a whole opening clause (`X has fallen, but …`).
_CONTRASTS = frozenset("but yet though although".split())


def _rest_agrees(a: QuoteItem, b: QuoteItem, na: int, nb: int, opening: frozenset[str]) -> bool:
    """Beyond one subject and verb, the two say one thing: they share a content word (synonyms
    folded), or each opening is a whole clause the speaker goes on to qualify (`X has fallen,
    but …` / `X had eased but …`). Not two statements that only open alike (`rents rose by a
    third after the tax` / `rents rose because landlords wanted to sell`), nor alike and dated
    alike: a month, a day or a bare number shared is not the shared word (`rents rose in April
    after the tax` / `rents rose in April because …`, see `dating_key`)."""
    rest_a = set(synonym_keys(content_keys(a.words[na:], lemmas=True))) - opening
    rest_b = set(synonym_keys(content_keys(b.words[nb:], lemmas=True))) - opening
    if any(not dating_key(k) for k in rest_a & rest_b):
        return True
    return all(_qualified(q, n) for q, n in ((a, na), (b, nb)))


#: Words that open a clause about a new subject after a contrast (`…, but the harvest was …`,
#: `but we expect …`); `it` and bare verbs go on about the opening's subject.
_NEW_SUBJECT = _DETERMINERS | frozenset("i we you he she they there these those".split())


def _qualified(q: QuoteItem, n: int) -> bool:
    """The opening clause ends at word `n` with a contrast that goes on about the same subject
    (`X has fallen, but not far enough`, `but remained too high`), not one that turns to a new
    subject (`X fell, but our stores stayed busy`): that is another statement."""
    if n + 1 >= len(q.words) or q.words[n].norm not in _CONTRASTS:
        return False
    nxt = q.words[n + 1]
    return nxt.norm not in _NEW_SUBJECT and not nxt.text[:1].isupper()


#: Auxiliaries between a clause's subject and its verb (`inflation has fallen`).
_AUXILIARIES = frozenset("has have had is was are were will would been 's".split())


def _opening(q: QuoteItem) -> frozenset[str] | None:
    """The keys (synonyms folded) of a quote's subject and verb when it opens with a content word
    followed, past at most two auxiliaries, by a lower-case content word (not a name's)."""
    found = _opening_at(q)
    return found[0] if found is not None else None


def _opening_at(q: QuoteItem) -> tuple[frozenset[str], int] | None:
    """`_opening`, with the index of the verb in `q.words`."""
    found: list[tuple[int, str]] = []
    for n, w in enumerate(q.words[:MIN_WINDOW]):
        keys = synonym_keys(content_keys([w], lemmas=True))
        if keys:
            found.append((n, keys[0]))
        elif found and w.norm not in _AUXILIARIES:
            return None
        if len(found) == MIN_SHARED_KEYS:
            break
    if len(found) < MIN_SHARED_KEYS:
        return None
    (n1, k1), (n2, k2) = found
    if n2 - n1 > 3 or not q.words[n2].text[:1].islower() or k1 == k2:
        return None
    return frozenset((k1, k2)), n2


def _fragment_found(a: QuoteItem, b: QuoteItem, shared: set[str]) -> bool:
    """The same speaker's mixed quote whose quoted words (a word or two of the speaker's own, not
    a name: `should be recognised as "intolerable"`) are all in the other quote, which shares
    another common word (not a name) with the frame too (`unarmed`), and a negation in both or
    neither: the report quotes the statement's key word."""
    if _negated(a) != _negated(b):
        return False  # `has "no chance"` / `the best chance`
    for x, y in ((a, b), (b, a)):
        if not x.inner or not _common_words(x.inner):
            continue
        own = set(content_keys(x.inner, lemmas=True))
        if own <= set(y.keys) and (shared - own) & _lower_keys(x) & _lower_keys(y):
            return True
    return False


def _measures(q: QuoteItem) -> set[tuple[str, float]]:
    """(unit key, value) of each figure told with its unit beside it, before (`a magnitude of
    6.8`, `magnitude 6.8`) or after it (`6.8 magnitude`), a year left out: one speaker giving
    one measured figure twice states one finding, however the sentences around it differ."""
    out: set[tuple[str, float]] = set()
    ws = q.words
    for n, v in _figures(ws):
        before = n - 2 if n >= 2 and ws[n - 1].norm == "of" else n - 1
        for k in (before, n + 1):
            if 0 <= k < len(ws) and number_value(ws[k].text) is None:
                out.update((key, v) for key in content_keys([ws[k]], lemmas=True))
    return out


def _figure_only(a: QuoteItem, b: QuoteItem, shared: set[str]) -> bool:
    """The shared content words are only a figure and the word it counts (`400 porters`), told
    in both quotes: as one shared name, no evidence of one statement (`would take on 400
    porters` / `400 porters had walked off`); the speaker's own words around it must agree."""
    if not any(number_value(k) is not None for k in shared):
        return False
    if _figure_verbs(a) & _figure_verbs(b):
        return False  # one act told of the figure (`hire 400 porters` / `take on 400 porters`)
    return shared <= _counted_keys(a) & _counted_keys(b)


def _figure_verbs(q: QuoteItem) -> set[str]:
    """Keys of the verbs right before the quote's figures, synonyms folded (`verb_before`)."""
    return {v for n, _ in _figures(q.words) if (v := verb_before(q.words, n))}


def _counted_keys(q: QuoteItem) -> set[str]:
    """Keys of each figure (a year left out) and of the content word right after it."""
    out: set[str] = set()
    for n, _ in _figures(q.words):
        out.update(content_keys(q.words[n : n + 2], lemmas=True))
    return out


def _figures(ws: list[Word]) -> list[tuple[int, float]]:
    """(index, value) of each number among the words, a year (1800-2100) left out."""
    out = []
    for n, w in enumerate(ws):
        v = number_value(w.text)
        if v is not None and not (v.is_integer() and 1800 <= v <= 2100):
            out.append((n, v))
    return out


def _lower_keys(q: QuoteItem) -> set[str]:
    if q.lower_keys is None:
        q.lower_keys = _common_words(q.words)
    return q.lower_keys


def _own(a: QuoteItem, b: QuoteItem, al: Alignment) -> bool:
    """The aligned words hold a content word of the speaker's own, not only a name and function
    words (`the purpose of the Harbour Protection Act` / `… a vote on the Harbour Protection
    Act`), unless the shorter quote has no such word at all (`If I could, I would`)."""
    if _said(a.words, al.blocks_a):
        return True
    short = a if len(a.words) <= len(b.words) else b
    if short.lower_keys is None:
        short.lower_keys = _common_words(short.words)
    return not short.lower_keys


def _one_name(a: QuoteItem, b: QuoteItem, shared: set[str]) -> bool:
    """The shared content words are all parts of one name in either quote: none is written in
    lower case in either (a common word), and at most one name phrase of a quote holds them
    (`Harbour Protection Act` is one; `Ann Lee` and `Norvik` are two)."""
    for q in (a, b):
        if q.lower_keys is None:
            q.lower_keys = _common_words(q.words)
        if shared & q.lower_keys:
            return False
    return min(sum(1 for p in _name_phrases(q.words) if p & shared) for q in (a, b)) < 2


#: Lower-case words inside a name (`Gulf of Aden`, `Society for the Arts`).
_NAME_LINKS = frozenset("of for the".split())


def _name_phrases(ws: list[Word]) -> list[set[str]]:
    """Content keys of each name phrase: a run of capitalised words, joined across `of`, `for`
    and `the` when a capitalised word follows."""
    out: list[set[str]] = []
    cur: list[Word] = []
    for n, w in enumerate(ws):
        if w.text[:1].isupper():
            cur.append(w)
            continue
        if cur and w.norm in _NAME_LINKS and n + 1 < len(ws) and ws[n + 1].text[:1].isupper():
            cur.append(w)
            continue
        if cur:
            out.append(set(content_keys(cur, lemmas=True)))
        cur = []
    if cur:
        out.append(set(content_keys(cur, lemmas=True)))
    return out


def _negated(q: QuoteItem) -> bool:
    if q.negated is None:
        q.negated = any(is_negation(w.norm) for w in q.words)
    return q.negated


def _sentence_link(a: QuoteItem, b: QuoteItem) -> tuple[float, str] | None:
    """One whole sentence of a quote of several found in the other quote, longer than it: one
    outlet quotes `S1. S2.`, another S2 alone with a phrase added or a clause of its own (`the
    ferry rescued the [fishing boats and their crews]`), too long a quote for its words to cover
    most of it. At least `MIN_VARIANT_COVER` of the sentence's words aligned, with a run of
    three and three of the speaker's own content words."""
    cover = _sentence_cover(a, b, said=MIN_ALIGNED)
    return (1.0 + cover, "wording") if cover else None


def _sentence_cover(a: QuoteItem, b: QuoteItem, said: int = 0, most: bool = False) -> float:
    """The best share of one sentence's words (of a quote of several; at least `MIN_SENTENCE`
    words, fewer than the other quote's) aligned in order in the other quote, with a run of
    three and `said` of the speaker's own content words; 0 below `MIN_VARIANT_COVER`. With
    `most`, the aligned words must also be half the other quote's (the sentence with a phrase
    added, not a clause inside another statement)."""
    best = 0.0
    for x, y in ((a, b), (b, a)):
        for (lo, hi), sent_bag in zip(x.sents, x.sent_bags, strict=True):
            size = hi - lo
            if size < MIN_SENTENCE or size >= len(y.words):
                continue
            common = sum((sent_bag & y.bag).values())
            if common < MIN_VARIANT_COVER * size:
                continue
            part = x.words[lo:hi]
            sm = SequenceMatcher(None, [w.norm for w in part], [w.norm for w in y.words], False)
            blocks = [(bl.a, bl.size) for bl in sm.get_matching_blocks() if bl.size]
            aligned = sum(n for _, n in blocks)
            cover = aligned / size
            if (
                cover >= MIN_VARIANT_COVER
                and max(n for _, n in blocks) >= MIN_ALIGNED
                and len(_said(part, blocks)) >= said
                and (not most or 2 * aligned >= len(y.words))
            ):
                best = max(best, cover)
    return best


def _mentioned(a: QuoteItem, b: QuoteItem, al: Alignment) -> bool:
    """The shorter quote's words, from its opening, are most of one phrase the longer one has
    as the object of a preposition (`open for the cases of at least five Kestrians still held`
    / `At least five Kestrians are still held`, according to a ministry): the longer quote
    mentions what the shorter states, one fact told by two sources, not one statement. Only
    for speakers not known to be one (`speaker_match`): one speaker may repeat a fact in other
    words. Words spread over a long retelling (`the cutter of the coastguard reached …`) are
    no such phrase, nor is a shorter quote that is one long run (`MIN_RUN`) of the longer's
    words: an outlet's cut of the same statement (`the ministry called for "the release of
    the crews …"`)."""
    if al.cover_short < MIN_WORDING_COVER:
        return False
    equal = [op for op in al.opcodes if op[0] == "equal"]
    first = next(
        (
            op
            for op in equal
            if op[2] - op[1] >= MIN_ALIGNED or content_keys(a.words[op[1] : op[2]])
        ),
        None,
    )
    if first is None:
        return False
    a_long = len(a.words) >= len(b.words)
    long, short = (a, b) if a_long else (b, a)
    at, opening = (first[1], first[3]) if a_long else (first[3], first[1])
    if any(content_keys([w]) for w in short.words[:opening]):
        return False  # the shorter quote's first words are its own, not the shared phrase
    if len(equal) == 1 and first[2] - first[1] == len(short.words) >= MIN_RUN:
        return False  # all of it one long run of the longer: a cut of one statement (`called
        # for "the release of …"`), no fact stated apart; a short noun phrase (`the Bush
        # administration`) is still a mention
    end = equal[-1][2] if a_long else equal[-1][4]
    if end - at > len(short.words) + MAX_MENTION_EXTRA:
        return False
    n = at - 1
    while n >= 0 and long.words[n].norm in _DETERMINERS:
        n -= 1
    return n >= 0 and long.words[n].norm in _PREPOSITIONS


def _long_run(a: QuoteItem, al: Alignment) -> bool:
    """A long run of the same words with several of the speaker's own content words: two
    overlapping cuts of one passage (one outlet's quote ends where the other's begins)."""
    start, size = max(al.blocks_a, key=lambda bl: bl[1], default=(0, 0))
    return size >= MIN_RUN and len(_said(a.words, [(start, size)])) >= MIN_RUN_SAID


def _overlap(a: QuoteItem, b: QuoteItem) -> bool:
    return a.record["start"] < b.record["end"] and b.record["start"] < a.record["end"]


def _inner_link(
    a: QuoteItem, b: QuoteItem, match: str, whole: bool = False
) -> tuple[float, str] | None:
    """A mixed quote's own words (inside its marks) found in the other quote: its frame is the
    reporter's and may differ (`the mayor's call for "a full and lasting ban …"` / `she wants
    "a total and complete shutdown …"`). Most of the fragment, with a run of three, is a wording
    link; a fragment of two content words found whole is a paraphrase link when the speaker is
    the same (`described herself as "a keen sailor"`)."""
    best: tuple[float, str] | None = None
    for x, y in ((a, b), (b, a)):
        # All the quoted words, and each fragment of a quote that has several (`"…," and that,
        # in regard to the mayor, "…"`).
        if not x.inner:
            continue
        pieces = [x.inner] + (x.fragments if len(x.fragments) > 1 else [])
        other = y.inner or y.words
        other_bag = Counter(w.norm for w in y.inner) if y.inner else y.bag
        for piece in pieces:
            # The shared words bound the alignment: most of the fragment must be there.
            shared = sum((Counter(w.norm for w in piece) & other_bag).values())
            if shared < MIN_INNER_COVER * len(piece):
                continue
            got = _piece_link(piece, other, match, whole)
            if got is not None and (best is None or got > best):
                best = got
    return best


def _piece_link(
    piece: list[Word], other_words: list[Word], match: str, whole: bool
) -> tuple[float, str] | None:
    if not piece:
        return None
    frag = [w.norm for w in piece]
    other = [w.norm for w in other_words]
    sm = SequenceMatcher(None, frag, other, autojunk=False)
    blocks = sm.get_matching_blocks()
    matched = sum(bl.size for bl in blocks)
    longest = max((bl.size for bl in blocks), default=0)
    cover = matched / len(frag)
    # The evidence is the speaker's own content words, not a name the fragment mentions
    # (`the "heart of the Clean Rivers Act"`) nor an interjection (`"No, no, no"`).
    if len(_said(piece, [(bl.a, bl.size) for bl in blocks])) < MIN_SHARED_KEYS:
        return None
    if match == "differ":
        ok = matched >= MIN_CONFLICT_ALIGNED and cover >= MIN_CONFLICT_COVER
    else:
        need = MIN_ALIGNED if match == "same" else MIN_INNER_UNKNOWN_SPEAKER
        ok = longest >= MIN_ALIGNED and len(frag) >= need and cover >= MIN_INNER_COVER
        if whole:  # within one article: the whole fragment, word for word
            ok = ok and longest == len(frag) > MIN_ALIGNED
    if ok:
        return 1.0 + cover, "wording"
    if match == "same" and longest == len(frag) and len(set(content_keys(piece))) >= 2:
        return 1.0, "paraphrase"
    return None


def relation_between(member: QuoteItem, ref: QuoteItem) -> str:
    """How `member` reports the utterance that `ref` quotes.

    `same`: equal words. `variant`: nearly the same words in the same order (a cut at either
    end, a word added or swapped, a spelling), whatever the extractor says the kind is: a
    sentence printed without quote marks is still the speaker's wording, and reported speech
    that keeps the words but one is still a variant (the gold guideline and the issue: a swapped
    word is a variant, flagged). A phrase added or swapped counts as one word; two quotations
    cut at other ends are variants when their common stretch aligns. `paraphrase`: other words;
    reported speech in the reporter's own words (see `_reworded`: the person or the tense
    shifted, two or more words swapped); or a quoted fragment inside the reporter's own frame
    set against a quotation.
    """
    fm, fr = framed(member.record["text"]), framed(ref.record["text"])
    if fm != fr and not _reported(member if fr else ref):
        excerpt = _excerpt(member, ref) if fm else _excerpt(ref, member)
        return excerpt or "paraphrase"
    if canonical(member.record["text"]) == canonical(ref.record["text"]):
        return "same"
    al = align(member, ref)
    reported = fm or fr or any(_reported(q) for q in (member, ref))
    short = min(len(member.words), len(ref.words))
    # A phrase added or swapped counts as one word (`the [West Side depot] was` / `the depot
    # was`). Two quotations that overlap (each cut at another end) are one wording; reported
    # speech that shares a stretch (a list of figures) may still be told in the reporter's words.
    # A sentence of a quote of several, whole in the other quote (with words of its own), is a
    # cut of the one and an addition to the other.
    cover = al.cover_tolerant
    if not reported:
        cover = max(cover, al.cover_window, _sentence_cover(member, ref, most=True))
    if not reported and _swapped_only(al, member, ref):
        return "variant"
    if al.longest < min(MIN_ALIGNED, short) or cover < MIN_VARIANT_COVER:
        return "paraphrase"
    if reported and _reworded(al, member, ref):
        return "paraphrase"
    return "variant"


def _excerpt(mixed: QuoteItem, quotation: QuoteItem) -> str | None:
    """A mixed quote whose frame adds nothing of the reporter's (only names and function words:
    `Lee had "…"`) and whose quoted words are, word for word, the quotation's (`same`) or one
    stretch of them (`variant`, a cut: the gold's "short quoted fragment of the reference's
    words"): the marked words are the speaker's own, and the frame only names who spoke. The
    fragment must be a statement (`MIN_SENTENCE` words) and most of the mixed quote
    (`MIN_INNER_COVER`): a short fragment in a frame (`Lee would "abolish the tax"`) is the
    reporter's account of the statement, a paraphrase. A frame that names the thing the
    speaker's pronoun stood for (`_names_thing`) adds nothing either."""
    inner = len(mixed.inner)
    if len(mixed.fragments) != 1 or inner < MIN_SENTENCE:
        return None
    naming = _names_thing(mixed)
    if not naming:
        frame = _framing_words(mixed)
        if inner < MIN_INNER_COVER * len(frame):
            return None
        inside = {w.start for w in mixed.inner}
        if _common_words([w for w in frame if w.start not in inside]):
            return None
    frag = [w.norm for w in mixed.inner]
    other = [w.norm for w in quotation.words]
    if frag == other:
        return "same"
    at = _fragment_at(frag, quotation)
    if at is None:
        return None
    if naming and not _pronoun_before(quotation, at):
        return None  # `What happened here this week was …`: the frame retells a clause
    return "variant"


#: Words that open a clause of the reporter's own after a quoted fragment (`she will "…" and
#: filed an appeal`): another fact told, not the frame of the speaker's words.
_CLAUSE_OPENERS = frozenset("and but yet".split())
#: At most this many function words of the quotation left out inside a quoted fragment (`a
#: treaty [that was] written`): a clause shortened by the outlet, the speaker's words still.
MAX_FRAGMENT_GAP = 2


def _framing_words(mixed: QuoteItem) -> list[Word]:
    """The mixed quote's words up to the end of its quoted fragment and the frame after it,
    without a clause of the reporter's own that `and` / `but` / `yet` opens after the closing
    mark (the extractor's span may run on into it: `she will "not concede …" and filed an
    appeal …`)."""
    last = mixed.inner[-1].start
    ws = mixed.words
    for n, w in enumerate(ws):
        if w.start > last and w.norm in _CLAUSE_OPENERS:
            return ws[:n]
    return ws


def _fragment_at(frag: list[str], quotation: QuoteItem) -> int | None:
    """Where the fragment's words start in the quotation when they are all there, in order, as
    one stretch or with one short gap of function words the outlet left out (`a treaty written`
    / `a treaty that was written`; not `a treaty never written`); else None."""
    other = [w.norm for w in quotation.words]
    sm = SequenceMatcher(None, frag, other, autojunk=False)
    ops = sm.get_opcodes()
    while ops and ops[0][0] == "insert":
        ops = ops[1:]
    while ops and ops[-1][0] == "insert":
        ops = ops[:-1]
    gaps = [op for op in ops if op[0] != "equal"]
    if not ops or any(op[0] != "insert" for op in gaps) or len(gaps) > 1:
        return None
    for _, _, _, j1, j2 in gaps:
        gap = quotation.words[j1:j2]
        if (
            len(gap) > MAX_FRAGMENT_GAP
            or content_keys(gap)
            or any(is_negation(w.norm) for w in gap)
        ):
            return None  # a word of what was said, or a `not` that the cut turns around
    return ops[0][3]


#: Verbs that give a thing the speaker's words as its name or description (`called the seizure
#: "…"`, `described the plan as "…"`), in their written forms; a call to act is no naming
#: (`called on the states to "…"`, `called for "…"`).
_NAMING_CUE = re.compile(
    r"(?:call|describ|brand|dub|label|term)(?:s|es|e|ed|d|ing|bed|bing|led|ling)?", re.I
)
_NOT_NAMING = frozenset("to for on upon off".split())


def _names_thing(mixed: QuoteItem) -> bool:
    """A mixed quote whose cue is a verb of naming and whose one quoted fragment closes it: the
    frame before the marks is the thing the speaker spoke of, and the quoted words are what they
    called it (`called the seizure "piracy dressed up as law enforcement"`). Words after the
    marks (`"…" by the board`) are the reporter's."""
    cue = mixed.record.get("cue") or ""
    if not any(_NAMING_CUE.fullmatch(w) for w in cue.split()):
        return False
    inside = {w.start for w in mixed.inner}
    frame = [w.norm for w in mixed.words if w.start not in inside]
    return mixed.words[-1].start in inside and not _NOT_NAMING & set(frame)


def _pronoun_before(quotation: QuoteItem, at: int) -> bool:
    """The quotation's sentence has no content word before word `at` (`This is …`, `It was …`,
    `What they did was …`, or nothing): what a naming frame names stood there as a pronoun."""
    start = max((lo for lo, _ in quotation.sents if lo <= at), default=0)
    return not content_keys(quotation.words[start:at])


def _swapped_only(al: Alignment, a: QuoteItem, b: QuoteItem) -> bool:
    """Two quotations of the same words in the same order but for a few words or short phrases
    swapped (`the whole harbour was shut within the hour` / `the entire harbour was closed
    within the hour`): one wording transcribed twice, a variant whatever the share swapped, as
    long as half the words are equal."""
    ops = [op for op in al.opcodes if op[0] != "equal"]
    if not ops or any(op[0] != "replace" for op in ops):
        return False
    if any(max(i2 - i1, j2 - j1) > MAX_SWAP for _, i1, i2, j1, j2 in ops):
        return False
    return 2 * al.matched >= max(len(a.words), len(b.words)) and al.longest >= MIN_ALIGNED


def _reported(q: QuoteItem) -> bool:
    """Reported speech: the extractor's indirect kind, unless the words speak in the first
    person (`I must tell you that my …`): that is a quotation printed without marks."""
    return q.kind == "indirect" and not any(w.norm in _FIRST_PERSON for w in q.words)


_FIRST_PERSON = frozenset("i me my mine myself we us our ours ourselves i'm i've i'd i'll".split())
_FIRST_PERSON |= frozenset("we're we've we'd we'll".split())


def _reworded(al: Alignment, a: QuoteItem, b: QuoteItem) -> bool:
    """Reported speech in the reporter's own words rather than the speaker's with a word
    changed: the person shifted (`we did not` / `he had not`, `our depot` / `the Eastside
    depot`), the tense shifted back against a quotation (`wants` / `wanted`, `will` / `would`),
    or two or more content words or short phrases (at most `MAX_SWAP` words) swapped (`rioters
    ... hurled petrol bombs` / `hooded youths ... threw Molotov cocktails`); against a quotation
    (or a quoted fragment) one content word swapped is enough: the reporter's word for the
    speaker's (`started` / `began`). Between two reports one swapped word or phrase is a variant,
    as in a quotation (`a commotion` / `noise`): one wire sentence edited. A clause of `a`'s own
    at either end, with two content words the reference lacks (`… but it was not clear why`), is
    a report telling what the reference does not say. Longer replaced stretches inside are where
    two partly overlapping quotes go their own ways, not a swap."""
    backshift = _reported(a) != _reported(b)
    if _moved(al, a, b):
        return True
    swaps = 0
    last = len(al.opcodes) - 1
    ref_keys = set(b.keys)
    # Words cut inside one side and others added inside the other (`will coach the team [the
    # rest of this] season` / `will [take over as the head] coach for the remainder of the
    # season`): a word replaced at a distance, one swap (see `_cut_and_added`).
    swaps += _cut_and_added(al, a, b)
    for k, (tag, i1, i2, j1, j2) in enumerate(al.opcodes):
        if tag in ("delete", "replace") and k in (0, last):
            # A clause of the report's own at either end (`… but it was not clear why`): it
            # tells what the reference does not say.
            own = set(content_keys(a.words[i1:i2], lemmas=True)) - ref_keys
            if len(own) >= MIN_SHARED_KEYS:
                return True
        if tag != "replace":
            continue
        na = [w.norm for w in a.words[i1:i2]]
        nb = [w.norm for w in b.words[j1:j2]]
        if any(n in _FIRST_PERSON for n in na) != any(n in _FIRST_PERSON for n in nb):
            return True
        if max(i2 - i1, j2 - j1) > MAX_SWAP:
            if 0 < k < last and _retold(a.words[i1:i2], b.words[j1:j2]):
                return True
            continue
        if backshift and any(
            _BACKSHIFT.get(x) == y or _BACKSHIFT.get(y) == x for x in na for y in nb
        ):
            return True
        ka = set(content_keys(a.words[i1:i2], lemmas=True))
        kb = set(content_keys(b.words[j1:j2], lemmas=True))
        if backshift and _tense_shift(na, nb, ka, kb):
            return True
        if ka != kb:
            if backshift and _common_words(a.words[i1:i2]) and _common_words(b.words[j1:j2]):
                return True  # the reporter's word for the quotation's (not a name's form)
            swaps += 1
    return swaps >= 2


def _cut_and_added(al: Alignment, a: QuoteItem, b: QuoteItem) -> int:
    """Pairs of a cut inside `a` and an addition inside `b` that read as one word replaced at a
    distance: at most `MAX_SWAP_GAP` aligned content words between them (`will coach the team
    [the rest of this] season` / `will [take over as the head] coach for the remainder of the
    season`: `coach` alone between them), or each with at least
    `MIN_SHARED_KEYS` content words of its own, a phrase for a phrase. Two short unrelated edits
    apart in the sentence (`will [quickly] reopen next week after [urgent] repairs`) are two
    edits of one wire sentence, not a swap."""
    last = len(al.opcodes) - 1
    cuts: list[tuple[int, int, int]] = []  # (start, end in a, content words)
    adds: list[tuple[int, int]] = []  # (position in a, content words)
    for k, (tag, i1, i2, j1, j2) in enumerate(al.opcodes):
        if not 0 < k < last:
            continue
        if tag == "delete" and (n := len(_common_words(a.words[i1:i2]))):
            cuts.append((i1, i2, n))
        if tag == "insert" and (n := len(_common_words(b.words[j1:j2]))):
            adds.append((i1, n))
    aligned = [False] * len(a.words)
    for tag, i1, i2, _, _ in al.opcodes:
        if tag == "equal":
            aligned[i1:i2] = [True] * (i2 - i1)
    pairs = 0
    for i1, i2, n in cuts:
        for x, (p, m) in enumerate(adds):
            lo, hi = (i2, p) if p >= i2 else (p, i1)
            gap = [w for w, on in zip(a.words[lo:hi], aligned[lo:hi], strict=True) if on]
            phrases = n >= MIN_SHARED_KEYS and m >= MIN_SHARED_KEYS
            if phrases or len(content_keys(gap)) <= MAX_SWAP_GAP:
                pairs += 1
                del adds[x]
                break
    return pairs


def _moved(al: Alignment, a: QuoteItem, b: QuoteItem) -> bool:
    """A content word left out of the alignment on both sides: moved to another place in the
    sentence (`drawn to his window by a commotion outside` / `heard noise outside his window`)
    or told in another form (`suffered extensive damage` / `was extensively damaged`): the
    sentence was rebuilt, not edited.
    Only words in lower case: a name's other form (`India's` / `Indian`, `EU` / `the EU's`) is
    a spelling, not a rebuilt sentence; and not one word for one word (`wants` / `wanted`: a
    tense, the reporter's choice between two reports)."""
    left_a: set[str] = set()
    left_b: set[str] = set()
    for tag, i1, i2, j1, j2 in al.opcodes:
        if tag != "equal" and (tag != "replace" or i2 - i1 > 1 or j2 - j1 > 1):
            left_a.update(_form_free(k) for k in _common_words(a.words[i1:i2]))
            left_b.update(_form_free(k) for k in _common_words(b.words[j1:j2]))
    return bool(left_a & left_b)


def _form_free(key: str) -> str:
    """A content key without a final `e` (`damage` / `damag`, `close` / `clos`): the stem of
    `damaged` and `damages` is `damag`."""
    return key[:-1] if len(key) > 4 and key.endswith("e") else key


def _common_words(ws: list[Word]) -> set[str]:
    """Content keys of the words that are not capitalised: a name's other form (`the United
    States` / `the US`) is not the reporter's word for the speaker's."""
    return set(content_keys([w for w in ws if not w.text[:1].isupper()], lemmas=True))


def _retold(x: list[Word], y: list[Word]) -> bool:
    """A clause between aligned words told in other words on both sides (`was hit in` / `and
    the intruder struck her in`): content words on each side, none shared."""
    kx, ky = set(content_keys(x, lemmas=True)), set(content_keys(y, lemmas=True))
    return bool(kx) and bool(ky) and not (kx & ky)


#: A tense shifted back in indirect speech (`will` -> `would`).
_BACKSHIFT = {
    "is": "was",
    "am": "was",
    "are": "were",
    "has": "had",
    "have": "had",
    "will": "would",
    "can": "could",
    "may": "might",
    "shall": "should",
    "do": "did",
    "does": "did",
    "won't": "wouldn't",
    "can't": "couldn't",
    "don't": "didn't",
    "doesn't": "didn't",
    "isn't": "wasn't",
    "aren't": "weren't",
}


#: Person and tense folded for aligning reported speech with the words it reports (`we will
#: rebuild our` / `they would rebuild their`).
_SHIFT = {
    **{w: "<subject>" for w in "i we he she they".split()},
    **{w: "<object>" for w in "me us him them".split()},
    **{w: "<possessive>" for w in "my our his her their".split()},
    **{w: "<self>" for w in "myself ourselves himself herself themselves".split()},
    **_BACKSHIFT,
}


def _tense_shift(na: list[str], nb: list[str], ka: set[str], kb: set[str]) -> bool:
    """One verb in two tenses (`wants` / `wanted`, `says` / `said`): one word each side, the
    same key or one key the other's start, one of them past."""
    if len(na) != 1 or len(nb) != 1 or na == nb:
        return False
    past = na[0].endswith("ed") != nb[0].endswith("ed") or _irregular_past(na[0], nb[0])
    if not past:
        return False
    if ka == kb and ka:
        return True
    if len(ka) != 1 or len(kb) != 1:
        return False
    x, y = sorted((next(iter(ka)), next(iter(kb))), key=len)
    return y.startswith(x)  # `say` / `says`


def _irregular_past(x: str, y: str) -> bool:
    irregular = _irregular()
    return irregular.get(x, x) == irregular.get(y, y) and (x in irregular) != (y in irregular)


def word_diff(member: QuoteItem, ref: QuoteItem) -> tuple[list[dict[str, Any]], list[str]]:
    """Word diff from the reference to the member, and the flags a reader should see.

    Each op is `{op, ref, text}` with `op` in equal|spelling|delete|insert|replace; `ref` are the
    reference's words, `text` the member's. Flags: `word swapped: a -> b`, `negation added`,
    `negation removed`, `number changed: a -> b`, `condition cut: if ...`.
    """
    al = align(ref, member)
    ops: list[dict[str, Any]] = []
    flags: list[str] = []
    rw, mw = ref.words, member.words
    last = len(al.opcodes) - 1
    for i, (tag, i1, i2, j1, j2) in enumerate(al.opcodes):
        r_txt = " ".join(w.text for w in rw[i1:i2])
        m_txt = " ".join(w.text for w in mw[j1:j2])
        if tag == "equal":
            ops += _spelling_ops(rw[i1:i2], mw[j1:j2])
            continue
        if tag == "replace" and (_frame(member, j1, j2) or _frame(ref, i1, i2)):
            # The reporter's frame around a mixed quote's fragments (`"…" and that he would
            # serve "…"`) in place of the quotation's words between them: the outlet cut those
            # words and joined its fragments with its own; no word of the speaker's was swapped.
            ops.append({"op": "delete", "ref": r_txt, "text": ""})
            ops.append({"op": "insert", "ref": "", "text": m_txt})
            # A negation in the frame still reverses the quotation (`"we will sign" but said
            # they would never "honour it"`), however long the frame.
            cut = [w.norm for w in rw[i1:i2]]
            negated = any(is_negation(n) for n in cut) and not _tag_only(ref, i1, i2)
            added = any(is_negation(w.norm) for w in mw[j1:j2]) and not _tag_only(member, j1, j2)
            if added and not negated:
                flags.append(f"negation added: {m_txt}")
            elif negated and not added and len(cut) <= MAX_FLAGGED_CUT:
                flags.append(f"negation removed: {r_txt}")
            continue
        ops.append({"op": tag, "ref": r_txt, "text": m_txt})
        if _bracketed(ref, i1, i2) or _bracketed(member, j1, j2):
            continue  # an editor's clarification (`[the Act]` for `it`), not the speaker's words
        r_norms = [w.norm for w in rw[i1:i2]]
        m_norms = [w.norm for w in mw[j1:j2]]
        edge = i == 0 or i == last
        # An ellipsis at either end of the changed stretch marks an outlet's cut: two cuts at one
        # place (`by spring … and` / `the depot … every driver`), not a word swapped.
        at_cut = i1 in ref.cuts or i2 in ref.cuts or j1 in member.cuts or j2 in member.cuts
        if tag == "replace" and (at_cut or edge and len(r_norms) != len(m_norms)):
            # Each cut at this end where the other goes on (two overlapping cuts of one
            # passage): a cut of the reference's words, not a swap.
            if set(r_norms) & CONDITIONS:
                flags.append(f"condition cut: {r_txt}")
            continue
        # A negation inside a changed phrase flips it; a whole clause cut is a cut.
        short = tag == "replace" or max(len(r_norms), len(m_norms)) <= MAX_FLAGGED_CUT
        # `…, nothing more` / `no more, no less`: an emphatic tag, not a negation.
        neg_r = short and any(is_negation(n) for n in r_norms) and not _tag_only(ref, i1, i2)
        neg_m = short and any(is_negation(n) for n in m_norms) and not _tag_only(member, j1, j2)
        if neg_m and not neg_r:
            flags.append(f"negation added: {m_txt}")
        elif neg_r and not neg_m:
            flags.append(f"negation removed: {r_txt}")
        nums_r = [v for w in rw[i1:i2] if (v := number_value(w.text)) is not None]
        nums_m = [v for w in mw[j1:j2] if (v := number_value(w.text)) is not None]
        if tag == "replace" and nums_r and nums_m and nums_r != nums_m:
            flags.append(f"number changed: {r_txt} -> {m_txt}")
        elif tag == "replace" and not (neg_r or neg_m) and _content_swap(rw[i1:i2], mw[j1:j2]):
            flags.append(f"word swapped: {r_txt} -> {m_txt}")
        if tag == "delete" and (i == 0 or i == last) and set(r_norms) & CONDITIONS:
            flags.append(f"condition cut: {r_txt}")
    return ops, flags


def _counted(q: QuoteItem) -> dict[str, list[tuple[float, str]]]:
    """Unit stem -> (value, `value unit` as written) for each number followed by its unit."""
    out: dict[str, list[tuple[float, str]]] = {}
    for w, nxt in pairwise(q.words):
        v = number_value(w.text)
        if v is not None and number_value(nxt.text) is None and nxt.norm not in STOP_WORDS:
            out.setdefault(nxt.stem, []).append((v, f"{w.text} {nxt.text}"))
    return out


#: Words that make a bare count a count of the dead (`at least 38 killed`, `the toll rose to
#: 40`, `killing 12`), as stems; `toll` alone is the death toll in news.
_DEATH = frozenset("kill dead die died death fatal fataliti toll".split())
#: Words that may stand between a count and its death word (`38 people have been killed`).
_DEATH_FILL = frozenset("people persons have has had been were was are is at least".split())
#: Words that may stand between a death word and its count (`killing at least 12`, `a toll of
#: 40`); after a verb of a rising count the toll may be the subject further back (`The death
#: toll from the earthquake that struck … rose to 40`).
_DEATH_LEAD = frozenset("to at of least".split())
_TOLL_VERBS = frozenset(
    "rose risen rises climbed climbs reached reaches stood stands jumped".split()
)
#: How far back the subject of a rising count may name the toll.
MAX_TOLL_SUBJECT = 12


def _dead_counts(q: QuoteItem) -> list[tuple[float, str]]:
    """(value, the words as written) for each count of the dead: a number whose unit is the
    event's own noun or verb, before it (`toll rose to 40`, `killing at least 12`) or after it
    (`38 people have been killed`, `12 dead`), with only filler words between."""
    ws, out = q.words, []
    for n, w in enumerate(ws):
        v = number_value(w.text)
        if v is None:
            continue
        span = _death_span(ws, n, 1, _DEATH_FILL) or _death_span(ws, n, -1, _DEATH_LEAD)
        if span is not None:
            lo, hi = min(n, span), max(n, span)
            said = [x.text for x in ws[lo : hi + 1]]
            if len(said) > 5:  # a long subject between: `toll … rose to 40`
                said = [said[0], "…", *said[-3:]] if span < n else [*said[:3], "…", said[-1]]
            out.append((v, " ".join(said)))
    return out


def _tolls(q: QuoteItem) -> set[float]:
    """The counts of the dead a quote gives: `_dead_counts`, and a count named by its noun
    before the death word (`six miners were killed`, `Fourteen workers died`)."""
    ws, out = q.words, {v for v, _ in _dead_counts(q)}
    for n, (w, noun) in enumerate(pairwise(ws)):
        v = number_value(w.text)
        if v is None or number_value(noun.text) is not None or noun.norm in STOP_WORDS:
            continue
        if _death_span(ws, n + 1, 1, _DEATH_FILL) is not None:
            out.add(v)
    return out


def _death_span(ws: list[Word], n: int, step: int, fill: frozenset[str]) -> int | None:
    """Index of a death word reached from the number at `n` going `step` over filler words (or,
    going back past a verb of a rising count, in its subject: no other number between)."""
    k, reach = n + step, 4
    while 0 <= k < len(ws) and abs(k - n) <= reach:
        if _form_free(ws[k].stem) in _DEATH or ws[k].norm in _DEATH:
            return k
        if number_value(ws[k].text) is not None:
            return None
        if step < 0 and ws[k].norm in _TOLL_VERBS:
            reach = abs(k - n) + MAX_TOLL_SUBJECT
        elif ws[k].norm not in fill and reach == 4:
            return None
        k += step
    return None


def unit_number_flags(member: QuoteItem, ref: QuoteItem) -> list[str]:
    """`number changed` where a paraphrase counts the same unit differently (`40 tonnes` /
    `14 tonnes`, `the toll rose to 40` / `38 people have been killed`): its words differ too
    much to diff, but a reader must see the count."""
    mine, theirs = _counted(member), _counted(ref)
    dead_mine, dead_theirs = _dead_counts(member), _dead_counts(ref)
    if dead_mine and dead_theirs:
        mine["\0dead"], theirs["\0dead"] = dead_mine, dead_theirs
    flags, seen = [], set()
    for unit in sorted(mine.keys() & theirs.keys()):
        a, b = theirs[unit], mine[unit]
        if {v for v, _ in a} != {v for v, _ in b} and len(a) == len(b) == 1:
            if (a[0][0], b[0][0]) not in seen:  # one change counted by two units
                flags.append(f"number changed: {a[0][1]} -> {b[0][1]}")
            seen.add((a[0][0], b[0][0]))
    return flags


#: Words before a run of the reference's words that a negation of the run may stand in (`will
#: not [close the library]`, `would never be able to [close it]`).
NEGATION_REACH = 3


def negation_flags(member: QuoteItem, ref: QuoteItem) -> list[str]:
    """`negation removed` / `negation added` where a paraphrase or a mixed quote repeats a run
    of the reference's words (three or more, with a content word) without the negation that
    stands before or in it there, or with one the reference lacks (`"We will not close the
    library …"` / `would "close the library …"`): the words too far apart to diff, but the
    speaker's meaning reversed, which a reader must see."""
    al = align(ref, member, shifted=True)
    for tag, i1, i2, j1, j2 in al.opcodes:
        if tag != "equal" or i2 - i1 < MIN_ALIGNED or not content_keys(ref.words[i1:i2]):
            continue
        r, m = _negation_before(ref, i1, i2), _negation_before(member, j1, j2)
        # the other side negates the run too, further before it (`Not a single protester was
        # detained` / `nobody was detained`): both say no
        if r and not m and not _negated_up_to(member, j2):
            return [f"negation removed: {r}"]
        if m and not r and not _negated_up_to(ref, i2):
            return [f"negation added: {m}"]
    return []


def _negated_up_to(q: QuoteItem, end: int) -> bool:
    """A negation among the words of `q` before index `end`."""
    return any(is_negation(w.norm) for w in q.words[:end])


#: Punctuation that closes a clause: a negation before it does not negate the words after it
#: (`No, we will close …`, `It is not easy: we will close …`).
_CLAUSE_STOPS = ",;:—–().!?"


def _negation_before(q: QuoteItem, start: int, end: int) -> str | None:
    """The words from a negation up to the run `start:end` of `q`, when one stands within
    `NEGATION_REACH` words before it in the same clause; `not only` adds, it does not negate
    (`We will not only close …`)."""
    for n in range(start - 1, max(0, start - NEGATION_REACH) - 1, -1):
        if any(c in _CLAUSE_STOPS for c in _gap_after(q, n)):
            return None
        if is_negation(q.words[n].norm) and q.words[n + 1].norm != "only":
            return " ".join(w.text for w in q.words[n:start])
    return None


def _gap_after(q: QuoteItem, n: int) -> str:
    """The text of `q` between its word `n` and the next one."""
    offset = q.record["start"]
    return q.record["text"][q.words[n].end - offset : q.words[n + 1].start - offset]


def reversed_pairs(groups: list[dict[str, Any]]) -> set[frozenset[str]]:
    """Pairs of quote ids (a member flagged `negation removed` / `added`, another member of
    its group not so flagged) that report one utterance with opposite meanings."""
    out: set[frozenset[str]] = set()
    for g in groups:
        members = g.get("members") or []
        flipped = {
            m["quote"] for m in members if any(f.startswith("negation ") for f in m["flags"])
        }
        out.update(
            frozenset((a, m["quote"]))
            for a in flipped
            for m in members
            if m["quote"] not in flipped
        )
    return out


#: An emphatic tag: `nothing more`, `no less`, `nothing else`, after `and` / `but` / `or`.
_TAG_NEGATIONS = frozenset("nothing no".split())
_TAG_COMPARATIVES = frozenset("more less else".split())


def _tag_only(q: QuoteItem, start: int, end: int) -> bool:
    """Words `start:end` of `q` are only an emphatic tag (`…, nothing more`, `…, no more, no
    less`) closing the quote or set off by punctuation: it stresses the statement, it does not
    negate it (`we will no more accept …`, `no less than 40` are not tags)."""
    norms = [w.norm for w in q.words[start:end]]
    if norms[:1] in (["and"], ["but"], ["or"]):
        norms = norms[1:]
    if not norms or len(norms) % 2:
        return False
    pairs = zip(norms[::2], norms[1::2], strict=True)
    if not all(n in _TAG_NEGATIONS and c in _TAG_COMPARATIVES for n, c in pairs):
        return False
    if end >= len(q.words):
        return True
    return any(c in _gap_after(q, end - 1) for c in ",;:—–()")


def _frame(q: QuoteItem, start: int, end: int) -> bool:
    """Words `start:end` of a mixed quote all lie outside its quote marks: the reporter's."""
    if not q.inner or start >= end:
        return False
    inside = {w.start for w in q.inner}
    return all(w.start not in inside for w in q.words[start:end])


def _content_swap(r: list[Word], m: list[Word]) -> bool:
    """A content word in place of another (`weaken` / `repeal`), not function words (`the` /
    `his`, `I'm` / `I am`) nor the same word in another form (`the UN's` / `UN`)."""
    kr, km = set(content_keys(r, lemmas=True)), set(content_keys(m, lemmas=True))
    return bool(kr or km) and kr != km


def _bracketed(q: QuoteItem, start: int, end: int) -> bool:
    return start < end and all(n in q.editorial for n in range(start, end))


def _spelling_ops(rw: list[Word], mw: list[Word]) -> list[dict[str, Any]]:
    """Equal words, with the ones spelt differently (`US` / `U.S.`) as `spelling` ops."""
    ops: list[dict[str, Any]] = []
    run_r: list[str] = []
    run_m: list[str] = []
    for r, m in zip(rw, mw, strict=True):
        if r.text.translate(_MARKS) == m.text.translate(_MARKS):
            run_r.append(r.text)
            run_m.append(m.text)
            continue
        if run_r:
            ops.append({"op": "equal", "ref": " ".join(run_r), "text": " ".join(run_m)})
            run_r, run_m = [], []
        ops.append({"op": "spelling", "ref": r.text, "text": m.text})
    if run_r:
        ops.append({"op": "equal", "ref": " ".join(run_r), "text": " ".join(run_m)})
    return ops


def group_quotes(
    records: list[dict[str, Any]], report_of: dict[str, str], published: dict[str, str | None]
) -> list[dict[str, Any]]:
    """Quote groups of one story, reference member first, in the order of first appearance.

    `report_of` maps article id -> report id (wire copies share one); `published` article id ->
    publication date, used to pick the earliest full version as the reference.
    """
    items = [prepare(r, report_of.get(r["article"], r["article"])) for r in records]
    n_parts = len(items)
    idf = Idf([it.keys for it in items])
    # The parts of one quotation split by its cue are one utterance: unit index per quote, and
    # the joined quotation matched as a whole against other articles' quotes.
    unit = _chains(items)
    chains: dict[int, list[int]] = {}
    for n, u in enumerate(unit):
        chains.setdefault(u, []).append(n)
    for parts in chains.values():
        if len(parts) > 1:
            items.append(_joined(items, parts))
    links, part = _links(items, idf, n_parts)
    sets = DisjointSets(range(n_parts))
    members: dict[int, list[int]] = {i: [i] for i in range(n_parts)}
    for i, j, strong in links:
        ri, rj = sets.find(i), sets.find(j)
        if ri == rj:
            continue
        if not strong and not _may_merge(members[ri], members[rj], items, unit, part, idf):
            continue
        if _counts_apart(members[ri], members[rj], items, published):
            continue
        sets.union(ri, rj)
        members[sets.find(ri)] = members.pop(ri) + members.pop(rj)
    clusters = sets.groups()
    groups = [_group([items[i] for i in idx], published, unit, idx, items) for idx in clusters]
    groups.sort(key=lambda g: (g["_order"], g["id"]))
    for g in groups:
        del g["_order"]
    return groups


def _chains(items: list[QuoteItem]) -> list[int]:
    """Each quote's utterance: the index of the first part of the quotation it belongs to (a
    quotation split by its cue, `"A," he said. "B."`, whose later parts name the earlier in
    `continues`), or its own index."""
    index = {it.id: n for n, it in enumerate(items)}
    sets = DisjointSets(range(len(items)))
    for n, it in enumerate(items):
        prev = index.get(it.record.get("continues") or "")
        if prev is not None and items[prev].article == it.article:
            sets.union(prev, n)
    unit = list(range(len(items)))
    for group in sets.groups():
        for n in group:
            unit[n] = min(group)
    return unit


def _joined(items: list[QuoteItem], parts: list[int]) -> QuoteItem:
    """The parts of one quotation as one quote, matched as a whole against other articles'
    quotes (outlet B's unsplit `"A B," he said` against `"A," he said. "B."`)."""
    parts = sorted(parts, key=lambda n: items[n].record["start"])
    its = [items[n] for n in parts]
    first = its[0]
    kinds = {it.kind for it in its}
    kind = "direct" if kinds == {"direct"} else "mixed" if "mixed" in kinds else first.kind
    speaker = next((it.record.get("speaker") for it in its if it.record.get("speaker")), None)
    record = {
        **first.record,
        "kind": kind,
        "text": " ".join(it.record["text"] for it in its),
        "end": its[-1].record["end"],
        "speaker": speaker,
    }
    joined = QuoteItem(record, first.article, first.report)
    editorial: set[int] = set()
    cuts: set[int] = set()
    for n, it in zip(parts, its, strict=True):
        lo = len(joined.words)
        editorial |= {lo + k for k in it.editorial}
        cuts |= {lo + k for k in it.cuts}
        joined.words += it.words
        joined.keys += it.keys
        joined.bag += it.bag
        joined.parts.append((n, lo, len(joined.words)))
        if kind == "mixed":
            pieces = it.fragments if it.kind == "mixed" else [it.words] * (it.kind == "direct")
            joined.fragments += pieces
    joined.editorial = frozenset(editorial)
    joined.cuts = frozenset(cuts)
    joined.name_only = _name_only(joined.words)
    if kind == "mixed":
        joined.inner = [w for f in joined.fragments for w in f]
        joined.quoted = set(content_keys(joined.inner))
    return joined


def _touched(chain: QuoteItem, other: QuoteItem, how: str, items: list[QuoteItem]) -> list[int]:
    """The parts of a joined quotation that `other` reports: for a wording link, parts with a
    run of its aligned words (all of a short part); for a paraphrase, parts sharing two of its
    content words (one, when the part has no more)."""
    out = []
    if how == "wording":
        blocks = align(chain, other).blocks_a
        for n, lo, hi in chain.parts:
            got = sum(max(0, min(a + size, hi) - max(a, lo)) for a, size in blocks)
            if got and got >= min(MIN_ALIGNED, hi - lo):
                out.append(n)
        return out
    keys = set(other.keys)
    for n, _, _ in chain.parts:
        own = set(items[n].keys)
        if len(own & keys) >= min(MIN_SHARED_KEYS, len(own)) > 0:
            out.append(n)
    return out


def _may_merge(
    a: list[int],
    b: list[int],
    items: list[QuoteItem],
    unit: list[int],
    part: dict[tuple[int, int], int] | None = None,
    idf: Idf | None = None,
) -> bool:
    """A paraphrase link joins two groups only if no article already has a quote in each (two
    statements of one article are two utterances; the parts of one quotation are one) and all
    named speakers agree. Without these checks, chains of loose links weld a speaker's different
    statements into one. An article's two quotes that report different sentences of one quote of
    the groups (`part`: the sentence of a quote that another reports) are parts of one statement
    told apart (`"S1. S2."` in one outlet, S2 reported in the lede and S1 quoted below in
    another), as the parts of a split quotation are."""
    part = part or {}
    units: dict[str, set[int]] = {}
    for i in a:
        units.setdefault(items[i].article, set()).add(unit[i])
    for j in b:
        got = units.get(items[j].article)
        if got is not None and got != {unit[j]}:
            mine = [i for i in a if items[i].article == items[j].article and unit[i] != unit[j]]
            if not all(_told_apart(i, j, a + b, items, part, idf) for i in mine):
                return False
    return all(compatible_speakers(items[i], items[j]) for i in a for j in b)


def _counts_apart(
    a: list[int], b: list[int], items: list[QuoteItem], published: dict[str, str | None]
) -> bool:
    """Two groups hold two named bodies' different counts (see `_two_counts`), a person's and
    a joint speaker's (`_person_and_joint`), or a toll told at two moments (`_toll_told_twice`):
    no link, however strong (a short heading `38 arrested in X` aligns with both), welds them
    into one."""
    return any(
        _two_counts(items[i], items[j])
        or _person_and_joint(items[i], items[j])
        or _toll_told_twice(items[i], items[j], published)
        for i in a
        for j in b
    )


def _toll_told_twice(a: QuoteItem, b: QuoteItem, published: dict[str, str | None]) -> bool:
    """Two reports published at different moments give a toll of the dead differently, the
    later one higher (`six miners were killed` in the morning's report, `Fourteen miners were
    killed` in the evening's, one office): a rising toll told twice, two statements, not one
    whose number a report changed. Stamps that do not tell the order (a day alone against a
    time of that day) are two moments too; one stamp, or none, leaves a misquote possible."""
    pa, pb = published.get(a.article), published.get(b.article)
    if a.report == b.report or not pa or not pb or pa == pb:
        return False
    da, db = _tolls(a), _tolls(b)
    if not da or not db or da == db:
        return False
    first = told_before(pa, pb)
    if first is None:
        return True
    early, late = (da, db) if first else (db, da)
    return max(late) > max(early)


def _told_apart(
    i: int,
    j: int,
    pool: list[int],
    items: list[QuoteItem],
    part: dict[tuple[int, int], int],
    idf: Idf | None = None,
) -> bool:
    """Quotes `i` and `j` of one article report different sentences of a quote of another
    article in `pool`. A quote not linked to that quote of several reports the sentence with
    which it shares `MIN_PART_SHARED` content words (it may be linked only to another outlet's
    cut of that sentence)."""

    def sentence(x: int, y: int) -> int | None:
        got = part.get((x, y))
        if got is None and idf is not None:
            got = _sentence_of(items[x], items[y], idf, least=MIN_PART_SHARED)
        return got

    for x in pool:
        if items[x].article == items[i].article or not items[x].sents:
            continue
        pi = sentence(x, i)
        pj = sentence(x, j) if pi is not None else None
        if pi is not None and pj is not None and pi != pj:
            return True
    return False


def _links(
    items: list[QuoteItem], idf: Idf, n_parts: int
) -> tuple[list[tuple[int, int, bool]], dict[tuple[int, int], int]]:
    """Links in the order they are applied: every wording link (strong), then paraphrase links
    one-to-one per article pair and sentence, best first. Items from `n_parts` on are joined
    quotations: a link to one is a link to each part the other quote reports. Also returned:
    `part[x, y]`, the sentence of quote `x` (of several) that quote `y` reports, for the pairs
    scored."""
    # Candidates from an inverted index, never all pairs: a wording link needs a run of three
    # equal words (a shared trigram); a paraphrase link two shared content words that are not
    # in a large share of the story's quotes.
    by_gram: dict[tuple[str, ...], list[int]] = {}
    by_key: dict[str, list[int]] = {}
    for i, it in enumerate(items):
        norms = [w.norm for w in it.words]
        for g in {tuple(norms[n : n + MIN_ALIGNED]) for n in range(len(norms) - MIN_ALIGNED + 1)}:
            by_gram.setdefault(g, []).append(i)
        for k in set(it.keys):
            by_key.setdefault(k, []).append(i)
    common = max(8, n_parts // 10)
    pairs: set[tuple[int, int]] = set()
    for post in by_gram.values():
        if 1 < len(post) <= 4 * common:
            pairs.update((i, j) for n, i in enumerate(post) for j in post[n + 1 :])
    for i, it in enumerate(items):
        seen: dict[int, int] = {}
        for k in set(it.keys):
            post = by_key[k]
            if len(post) > common:
                continue
            for j in post:
                if j > i:
                    seen[j] = seen.get(j, 0) + 1
        pairs.update((i, j) for j, n in seen.items() if n >= MIN_SHARED_KEYS)
    # A report retelling a quotation's opening clause in other words (`_same_opening`).
    by_opening: dict[frozenset[str], list[int]] = {}
    for i, it in enumerate(items):
        opening = _opening(it)
        if opening is not None:
            by_opening.setdefault(opening, []).append(i)
    for post in by_opening.values():
        if 1 < len(post) <= common:
            pairs.update((i, j) for n, i in enumerate(post) for j in post[n + 1 :])
    wording, para = [], []
    touched: dict[tuple[int, int], list[int]] = {}
    part: dict[tuple[int, int], int] = {}
    for i, j in sorted(pairs):
        if j >= n_parts and (i >= n_parts or items[i].article == items[j].article):
            continue  # two joined quotations: their parts are compared one by one
        scored = link_score(items[i], items[j], idf)
        if scored is None:
            continue
        if j < n_parts:
            for x, y in ((i, j), (j, i)):
                got = _sentence_of(items[x], items[y], idf)
                if got is not None:
                    part[x, y] = got
        if j >= n_parts:
            touched[i, j] = _touched(items[j], items[i], scored[1], items)
            if not touched[i, j]:
                continue
        (wording if scored[1] == "wording" else para).append((scored[0], i, j))
    # Within one article a mixed quote joins its article's quotation only when it repeats
    # exactly one of them: a phrase the speaker used in several statements welds nothing.
    own = Counter(k for _, i, j in wording if items[i].article == items[j].article for k in (i, j))
    wording = [
        t
        for t in wording
        if items[t[1]].article != items[t[2]].article or own[t[1]] == own[t[2]] == 1
    ]
    accepted = [(i, j, True) for _, i, j in wording]
    # (quote, other article, the quote's sentence reported) already linked
    taken: set[tuple[int, str, int | None]] = set()

    def keys(i: int, j: int) -> tuple[tuple[int, str, int | None], ...]:
        return (i, items[j].article, part.get((i, j))), (j, items[i].article, part.get((j, i)))

    for _, i, j in wording:
        taken.update(keys(i, j))
    for _, i, j in sorted(para, key=lambda t: (-t[0], t[1], t[2])):
        if any(k in taken for k in keys(i, j)):
            continue
        taken.update(keys(i, j))
        accepted.append((i, j, False))
    # A joined quotation's link is a link of each part the other quote reports.
    return [
        (i, p, strong)
        for i, j, strong in accepted
        for p in (touched[i, j] if j >= n_parts else [j])
    ], part


def _sentence_of(x: QuoteItem, y: QuoteItem, idf: Idf, least: int = 0) -> int | None:
    """The sentence of `x` (a quote of several) that `y` reports: the one sharing the most
    weight of rare content words with it; None for a quote of one sentence or none shared (or,
    with `least`, fewer than that many words shared with that sentence: for a pair not linked,
    see `_told_apart`)."""
    if not x.sents:
        return None
    ky = set(y.keys)
    weights = [sum(idf(k) for k in keys & ky) for keys in x.sent_keys]
    best = max(range(len(weights)), key=weights.__getitem__)
    if least and len(x.sent_keys[best] & ky) < least:
        return None
    return best if weights[best] > 0 else None


_KIND_RANK = {"direct": 0, "mixed": 1, "indirect": 2}


def _group(
    members: list[QuoteItem],
    published: dict[str, str | None],
    unit: list[int] | None = None,
    index: list[int] | None = None,
    items: list[QuoteItem] | None = None,
) -> dict[str, Any]:
    # The reference is the wording most articles carry, then the fullest direct version; when
    # the group holds two parts of one quotation, the fullest version (a quotation that joins
    # what others split, `bridging`).
    wording: dict[str, set[str]] = {}
    for m in members:
        wording.setdefault(canonical(m.record["text"]), set()).add(m.article)
    units = [unit[n] for n in index] if unit is not None and index is not None else []
    bridged = len(set(units)) < len(units)
    # An article with two members reports parts (sentences) of a statement another member
    # carries whole: the version with the most sentences, then the fullest.
    bridged = bridged or len({m.article for m in members}) < len(members)

    def ref_key(it: QuoteItem) -> tuple:
        return (
            _KIND_RANK.get(it.kind, 3),
            -max(len(it.sents), 1) if bridged else 0,
            0 if bridged else -len(wording[canonical(it.record["text"])]),
            -len(it.words),
            published.get(it.article) or "9999",
            it.article,
            it.record["start"],
            it.id,
        )

    ref = min(members, key=ref_key)
    order = min((published.get(m.article) or "9999", m.article, m.record["start"]) for m in members)
    # The parts of one quotation (split by its cue or over paragraphs: `continues`) are one
    # utterance: compared joined, so a quotation another outlet prints in one paragraph is not
    # read as a cut (nor its next paragraph as a condition cut off). The first part carries the
    # relation, diff and flags, the others the relation; the reference's other parts are `ref`.
    whole = _chain_wholes(unit, index, items)
    ref_whole = whole.get(id(ref), (ref, True))[0]
    rows, relations = [], []
    for m in sorted(members, key=lambda m: (m is not ref, m.article, m.record["start"], m.id)):
        row = _member_row(m)
        if m is ref or (id(m) in whole and whole[id(m)][0] is ref_whole):
            row.update(relation="ref", diff=[], flags=[])
            rows.append(row)
            continue
        joined, first = whole.get(id(m), (m, True))
        rel = relation_between(joined, ref_whole)
        ops, flags = word_diff(joined, ref_whole) if rel != "same" and first else ([], [])
        if rel == "paraphrase" and first:
            flags = unit_number_flags(joined, ref_whole) + negation_flags(joined, ref_whole)
        row.update(relation=rel, diff=ops, flags=flags if rel != "same" else [])
        relations.append(rel)
        rows.append(row)
    reports = sorted({m.report for m in members})
    relation = "single" if len(reports) == 1 and not relations else _loosest(relations)
    speaker = _speaker(members)
    addressee = next(
        (m.record["addressee"] for m in members if (m.record.get("addressee") or {}).get("name")),
        None,
    )
    conflict = any(
        not compatible_speakers(a, b) for n, a in enumerate(members) for b in members[n + 1 :]
    )
    return {
        "id": "g-" + ref.id,
        "relation": relation,
        "speaker": speaker,
        "addressee": None if addressee is None else _party(addressee),
        "quotes": [r["quote"] for r in rows],
        "members": rows,
        "articles": sorted({m.article for m in members}),
        "reports": len(reports),
        "flagged": any(r["flags"] for r in rows),
        "attribution_conflict": conflict,
        "_order": order,
    }


def _chain_wholes(
    unit: list[int] | None,
    index: list[int] | None,
    items: list[QuoteItem] | None,
) -> dict[int, tuple[QuoteItem, bool]]:
    """For each member that is one of two or more parts of one quotation in the group: the
    parts joined (`_joined`) and whether it is the first part."""
    if unit is None or index is None or items is None:
        return {}
    parts: dict[int, list[int]] = {}
    for n in index:
        parts.setdefault(unit[n], []).append(n)
    out: dict[int, tuple[QuoteItem, bool]] = {}
    for chain in parts.values():
        if len(chain) < 2:
            continue
        joined = _joined(items, chain)
        first = min(chain, key=lambda n: items[n].record["start"])
        for n in chain:
            out[id(items[n])] = (joined, n == first)
    return out


def _loosest(relations: list[str]) -> str:
    if not relations:
        return "same"
    return max(relations, key=RELATIONS.index)


def _member_row(m: QuoteItem) -> dict[str, Any]:
    r = m.record
    return {
        "quote": r["id"],
        "article": r["article"],
        "kind": r["kind"],
        "text": r["text"],
        "start": r["start"],
        "end": r["end"],
        "speaker": _party(r.get("speaker")),
        "cue": r.get("cue"),
        "via": r.get("via"),
    }


def _party(p: dict[str, Any] | None) -> dict[str, Any] | None:
    if not p:
        return None
    mention = p.get("mention") or {}
    return {"entity": p.get("entity"), "name": p.get("name") or mention.get("text")}


#: Words that open a description of a speaker, not a name (`Your ministry's spokeswoman`,
#: `A senior official`, `The commission chair`).
_DESCRIBES = frozenset("a an the your our his her their its my this that one".split())


def _named(entity: str | None, name: str) -> bool:
    """A speaker told by name (`Dana Kirel`, a linked entity), not by a description."""
    ws = name.split()
    return bool(entity) or (
        bool(ws)
        and ws[0].lower() not in _DESCRIBES
        and all(w[:1].isupper() for w in ws)
        and not re.search(r"['’]s\b", name)
    )


def _speaker(members: list[QuoteItem]) -> dict[str, Any] | None:
    """The name most members give; a member that names the speaker beats any number that
    describe them (`Dana Kirel` over `Your ministry's spokeswoman`), named speakers beat
    unnamed mentions."""
    counts: dict[tuple, int] = {}
    for m in members:
        sp = m.record.get("speaker")
        if sp and sp.get("name"):
            key = (sp.get("entity"), sp["name"])
            counts[key] = counts.get(key, 0) + 1
    if not counts:
        return next(
            (_party(m.record.get("speaker")) for m in members if m.record.get("speaker")), None
        )
    (entity, name), _ = max(counts.items(), key=lambda kv: (_named(*kv[0]), kv[1], kv[0][1]))
    return {"entity": entity, "name": name}

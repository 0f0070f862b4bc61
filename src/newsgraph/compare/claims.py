"""Claims: which sentences several reports share and which only one report makes.

A claim is a sentence of an article. Sentences of different reports are aligned when they share
most of their rare content words, when they carry the same quotation (a quote group), or when
they tell the same event (equal `event_key`). Wire copies of one agency text are one report, so a
sentence that only an agency and the sites republishing it carry is still one report's claim,
listed once under the agency's text with the copies that carry it.

Lines about the text rather than the story (a copyright or republication notice, a reporting or
editing credit, an editor's sign-off) are not claims, nor is a headline or standfirst that
restates a sentence of its own article's body (the sentence makes the claim; the compressed line
would otherwise match another report's different claim on a few shared words). A headline and a
standfirst that restate only each other stay: they are the article's one statement of the claim.
A sentence that only asks (an interviewer's question, a rhetorical one) asserts nothing and is
no claim; an interview's answers are the interviewee's quotes and stay claims carrying them.

Sentences aligned as one claim that give different figures for one thing (`63 percent` /
`61.8 percent` turnout, by `conflicts.number_facts`) or tell their events on different days are
about one thing but do not say the same: `shared` lists only the reports that agree, and each
record's `differs` points at the aligned sentences that give other figures (the disagreement
the dossier's `conflicts` lists).
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from newsgraph.analyse.speakers import ROLE_NOUNS
from newsgraph.analyse.speech import SAY_VERBS
from newsgraph.compare.money import local_dollar, naira_context, sentence_dollar, unit_free
from newsgraph.compare.notices import ABOUT_THE_TEXT, amendments, corrections, superseded
from newsgraph.compare.text import (
    Idf,
    Word,
    content_keys,
    inflections,
    is_negation,
    number_value,
    sentences,
    trimmed,
    verb_form,
    weighted_overlap,
    words,
)
from newsgraph.extract.credits import RIGHTS_IN_SENTENCE, SIGNOFF
from newsgraph.extract.dates import TIME_ZONE, date_line
from newsgraph.textshapes import LABEL_LINE as _LABEL_LINE
from newsgraph.wordlists import ASKING_VERBS

#: A sentence pair is one claim when the smaller sentence's weighted content words are this
#: much shared and at least `MIN_SHARED` content words are common.
MIN_SIMILARITY = 0.55
MIN_SHARED = 3
MIN_EVENT_OVERLAP = 0.25  # sentences telling one event must also share some words
#: ... and sentences linked by wording or event must share this much of what they say about
#: their subjects (`_what`), not only who they are about.
MIN_WHAT_OVERLAP = 0.3
MIN_WORDS = 4  # shorter lines (datelines, bylines left in the body) are not claims
#: ... and neither is a longer line that is only a place and a date (`LENMORA, 24 November
#: 2026.`, `Tuesday 24 November 2026, 21:40`): `extract.dates.date_line`, also after a short
#: label (`Next report: 24 November 2026.`, `Issued: 23 November 2026`): a bulletin's schedule
#: or stamp, no news (`_labelled_date`).
_DATE_LABEL = re.compile(r"^[A-Z][\w'’ ]{0,30}:\s+")
MAX_BOILERPLATE_WORDS = 40  # a notice stands in a short paragraph of its own
#: A live blog's lines to the reader, not claims: a leading entry or update stamp (`15:20 BST`,
#: `Updated at 15.31 BST`, `UPDATE 14:05:`) or greeting line (`Good morning`) is cut off the
#: sentence it is glued to (a stamp's clock time is kept, `Sentence.at`), and a welcome line
#: (`Welcome to our live coverage of ...`) is dropped.
_LEAD_STAMP = re.compile(
    r"(?i)^(?:(?:(?:last\s+)?updated?[:,]?|posted)(?:\s+(?:at|on))?\s+)?(?P<at>\d{1,2}[:.]\d{2})"
    rf"(?:\s*(?P<ap>[ap])\.?m\.?)?(?:\s+{TIME_ZONE})?"
    r"(?:\s*\n\s*|\s*[:—–-]?\s+(?=(?-i:[A-Z])|[\"“‘']))"
    r"|^(?:good\s+(?:morning|afternoon|evening)|hello)[ ,.!]*(?:\n\s*|(?:and\s+)?(?=welcome))"
)
_STAMP_ONLY = re.compile(
    r"(?i)^(?:(?:last\s+)?updated?[:,]?|posted)(?:\s+(?:at|on))?\s+\d{1,2}[:.]\d{2}"
    rf"(?:\s*[ap]\.?m\.?)?(?:\s+{TIME_ZONE})?\W*$"
)
_WELCOME = re.compile(
    r"(?i)^(?:good\s+(?:morning|afternoon|evening)\W+|hello\W+)?(?:and\s+)?welcome\s+(?:back\s+)?"
    r"to\s+(?:our|the|this)\b[^.!?]{0,40}?\b(?:coverage|blog|updates)\b"
)
#: A live page's word about itself (`Entries are newest first; all times are Selvik time.`,
#: `All times GMT.`) or its standfirst (`Results and reaction as the votes are counted.`,
#: `Latest updates as ...`): page furniture, no claim.
_LAYOUT = re.compile(
    r"(?i)\b(?:entries|posts|updates)\s+are\s+(?:shown\s+)?(?:newest|latest|oldest)\s+first\b"
    r"|^all\s+times\s+(?:are\s+)?(?:in\s+)?[\w ]{0,20}?\b(?:time|GMT|UTC|BST|CET|EST|local)\b"
    r"|^(?:(?:the\s+)?latest(?:\s+news)?|live(?:\s+updates)?|updates|results)"
    r"(?:,?\s+(?:and|&)\s+(?:reaction|analysis|updates|results))?\s+as\b"
)
#: A sentence that ends asking: a question mark, then only closing quotes or brackets.
_ASKS = re.compile(r"[?？‽][?!]*(?P<close>[\"“”'‘’»)\]\s]*)$")
_QUOTE_OPEN = "\"“‘'"
_CLOSING = re.compile(r"[\"”’'»)\]]*")
#: A line ending a statement, closing quotes after it (`… the church.''`).
_STATEMENT_END = re.compile(r"[.!…][\s\"”’'`»)\]]*$")
#: Marks that open or close a quotation inside a sentence (not `'` or `’`: apostrophes too).
_INNER_QUOTES = frozenset('"“”‘')
#: Words of an attribution after a quotation before its verb (`Mayor Ivo Brandt asked`).
_ATTRIBUTION_WORDS = 5
#: Where the words after a quotation stop being its attribution.
_ATTRIBUTION_END = re.compile(r"[.,;:!?\"“”]")


def only_asks(text: str, start: int, end: int) -> bool:
    """The sentence `text[start:end]` is a question and nothing else (an interviewer's `Why a
    curfew, and why only in Drossa?`, a column's `Is this the end of the euro?`, a speaker's
    quoted `"Why would we?` in an answer): it asserts nothing, so it is no claim. A sentence
    that reports a question still tells who asked: its question ends a quotation that opens
    after words of the report's own (`She asked: "Who will pay?"`), or its line goes on to
    the attribution (`"Who will pay?" Mayor Ivo Brandt asked.`)."""
    t = text[start:end].strip()
    m = _ASKS.search(t)
    if m is None or _STATEMENT_END.search(t.rpartition("\n")[0]):
        return False  # no question, or a statement line the split joined to one
    if _states_first(t[: m.start()]):
        return False  # `The board raised the toll, but who will pay it?`: a statement first
    # the marks closing it, in the sentence or right after it (a split may leave them out)
    close = _CLOSING.match(text, end)
    if not any(c in _QUOTE_OPEN + "”’»" for c in m["close"] + close.group()):
        return True  # the sentence itself asks (`Do you agree that "it was stolen"?`)
    # it ends a quotation: a question only when the quotation is the whole sentence ...
    if t[0] not in _QUOTE_OPEN or _INNER_QUOTES.intersection(t[1 : m.start()]):
        return False
    # ... and no attribution follows it on its line
    line = text.find("\n", close.end())
    rest = text[close.end() : line if line >= 0 else len(text)]
    after = _ATTRIBUTION_END.split(rest, maxsplit=1)[0]
    return not any(_saying(w.norm) for w in words(after)[:_ATTRIBUTION_WORDS])


#: Where a question of the writer's own follows a statement in one sentence: after `, but` /
#: `, and` / `, so` / `, yet`, a semicolon, a dash or an opening bracket (`… from June (who
#: can afford that?)`).
_TRAILING_QUESTION = re.compile(r",\s+(?:but|and|so|yet)\s+|;\s+|\s[–—-]+\s+|\(")
_AUXILIARIES = frozenset(
    """is are am was were do does did have has had can could will would shall should may might
    must""".split()
)
_WH_WORDS = frozenset("who whom whose what which why how when where".split())
#: Words that open a question: a wh-word or an auxiliary put first (`Why a toll …`, `Will
#: you …`), after the marks or a discourse word (`So, is this …`); `when` / `where` may open
#: a clause of time or place instead (`_LEADING_CLAUSE`).
_QUESTION_OPENERS = _AUXILIARIES | (_WH_WORDS - {"when", "where"})
#: Words that open a question after a statement (`…, but when will it end?`).
_TAIL_OPENERS = _QUESTION_OPENERS | _WH_WORDS
_DISCOURSE = frozenset("so and but then well now".split())
#: Words that open a clause leading to the question, no statement of its own (`If the toll
#: rises, and it will, who pays?`); after a comma a main clause may follow (`When the storm
#: hit, the board closed the bridge, but who will pay?`). Before an auxiliary they ask (`When
#: will the bridge reopen, and why only in June?`). Not `once` or `because`: `Once again the
#: board …`, `Because of the storm the board …` are statements.
_LEADING_CLAUSE = frozenset(
    """if unless provided providing given assuming supposing although though whether while
    whilst when where""".split()
)


def _states_first(t: str) -> bool:
    """`t` (a sentence up to its final question mark) opens with a statement and asks only
    in a clause after it: the statement is a claim, whatever it asks afterwards. A sentence
    whose first clause asks too (`Why a toll, and why only on the north bridge?`) or only
    leads to the question (`If the toll rises, and it will, who pays?`) asks."""
    # the first such place where a question opens: the question is the clause after it
    cuts = (m.start() for m in _TRAILING_QUESTION.finditer(t))
    cut = next((c for c in cuts if _opens_question(t[c:])), None)
    if cut is None:
        return False  # no question of its own after a statement: the sentence asks
    head = words(t[:cut])
    while head and head[0].norm in _DISCOURSE:
        head = head[1:]
    if len(head) < MIN_WORDS or head[0].norm in _QUESTION_OPENERS:
        return False
    if head[0].norm in _LEADING_CLAUSE:
        return head[1].norm not in _AUXILIARIES and "," in t[head[0].start : cut]
    return True


def _opens_question(tail: str) -> bool:
    """The clause after the statement asks on its own (`but who will pay it?`, `; is that
    all?`, `but at what cost?`); an aside that asks nothing (`Any refund for the toll (if you
    kept the receipt)?`) leaves the whole sentence the question."""
    ws = [w.norm for w in words(tail)]
    while ws and ws[0] in _DISCOURSE:
        ws = ws[1:]
    # a question word first, or second after a preposition (`for how long`, `at what cost`)
    return bool(ws) and (ws[0] in _TAIL_OPENERS or (len(ws) > 1 and ws[1] in _WH_WORDS))


def _saying(norm: str) -> bool:
    """`norm` is a form of a verb of saying or asking (`asked`, `says`, `replied`, `told`,
    `arguing`, `wondered`)."""
    return norm in _saying_forms()


@lru_cache(maxsize=1)
def _saying_forms() -> frozenset[str]:
    """Every form of the reporting and asking verbs (`text.inflections`: one table of word
    forms)."""
    return frozenset(f for verb in _REPORTING | ASKING_VERBS for f in inflections(verb))


#: Two sentences of wire copies of one text are one sentence when this share of their content
#: words is common (a copy's editor changes a spelling or a word, not the sentence).
MIN_COPY_SIMILARITY = 0.8

#: What a line about the text itself says besides its rights (`credits.RIGHTS_IN_SENTENCE`)
#: and its sign-off (`credits.SIGNOFF`): who may not republish it, where it first appeared,
#: where to follow the outlet.
_ABOUT_TEXT = re.compile(
    r"\bmay not be (?:re)?(?:published|broadcast|rewritten|redistributed|reproduced)|"
    r"^this (?:article|story|piece) (?:was|is|has been) "
    r"(?:first |originally )?(?:published|written|produced|updated|amended|edited|corrected)|"
    r"^(?:this (?:article|story) )?(?:was )?originally (?:published|appeared)\b|"
    r"^(?:follow us on|subscribe to our|sign up (?:for|to) our)\b",
    re.I,
)
#: A credit line: `Reporting by Ann Lee; Editing by Tom Ray` (names only after each `by`).
_CREDIT_PART = re.compile(
    r"(?i)^(?:(?:additional|further)\s+)?(?:reporting|writing|editing|compiled|produced|written)"
    r"(?:\s+and\s+(?:writing|editing|reporting))?\s+by\s+(?P<names>.+)$"
)
_LINKS = frozenset("and in from at with".split())
#: Words that say who or which office, not what was done: two sentences about one minister
#: share them whatever each says she did.
_WHO = ROLE_NOUNS | frozenset(
    "prime deputy vice foreign defence defense interior finance labour labor trade economy "
    "justice counterpart officials leaders ministers said say says told tell tells added adds "
    "according".split()
)


def _credit_line(sentence: str) -> bool:
    parts = [p.strip() for p in sentence.strip("().; ").split(";") if p.strip()]
    for part in parts:
        m = _CREDIT_PART.match(part)
        if not m:
            return False
        names = re.findall(r"[\w'’.-]+", m.group("names"))
        if not all(w[:1].isupper() or w in _LINKS for w in names):
            return False
    return bool(parts)


def _notice(sentence: str) -> bool:
    """A rights or republication notice, a line about the text, an editor's initials sign-off
    (`ab/cd (XNA)`), or a credit line."""
    if RIGHTS_IN_SENTENCE.search(sentence) or _ABOUT_TEXT.search(sentence):
        return True
    signoff = SIGNOFF.fullmatch(sentence)
    return bool(signoff and signoff.group("initials")) or _credit_line(sentence)


def is_boilerplate(text: str, start: int, end: int) -> bool:
    """The sentence `text[start:end]` is a notice about the text, not a claim: a copyright,
    republication or credit line standing in a short paragraph of its own."""
    sentence = text[start:end]
    if not _notice(sentence):
        return False
    para_start = text.rfind("\n", 0, start) + 1
    para_end = text.find("\n", end)
    para = text[para_start : para_end if para_end >= 0 else len(text)]
    return len(para.split()) <= MAX_BOILERPLATE_WORDS


def _clock(m: re.Match[str]) -> str:
    """A lead stamp's clock time on the 24-hour clock (`2.05pm` -> `14:05`), or ``: an
    afternoon update told in the 12-hour style must not come before the morning's."""
    if not m["at"]:
        return ""
    hour, minute = (int(x) for x in re.split(r"[:.]", m["at"]))
    if m["ap"]:
        hour = hour % 12 + (12 if m["ap"].lower() == "p" else 0)
    return f"{hour:02d}:{minute:02d}"


#: A labelled note in brackets inside the text (`[Interpreter's note: …]`, `(Editor's note:
#: …)`, `[Note: …]`): the outlet's or its translator's aside on the words around it, no claim of
#: the report nor of the person quoted. Unlabelled brackets (`[the mayor]`) stay: they are an
#: editor's insertion into a sentence, read as part of it. The label is `Note:`, a possessive's
#: (`Translator's note:`) or an editor's; a subject before the verb (`(The audit notes: …)`,
#: `(Analysts note: …)`) is reporting in brackets, and stays.
_NOTE_LABEL = r"(?:(?:the\s+)?[\w.-]+['’]s?\s+|ed\.\s+|editor\s+)?notes?\s*[:—–]"
_BRACKET_NOTE = re.compile(
    rf"\[{_NOTE_LABEL}[^\[\]\n]*\]|\({_NOTE_LABEL}[^()\n]*\)",
    re.I,
)


def _outside_notes(spans: list[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    """The claim spans less the bracketed notes in `text` (`_BRACKET_NOTE`): a sentence
    carrying a note keeps its own words, a note standing alone (or split in sentences) goes."""
    notes = [m.span() for m in _BRACKET_NOTE.finditer(text)]
    if not notes:
        return spans
    out = []
    for s, e in spans:
        for a, b in notes:
            if a < e and s < b:
                out.append((s, a))
                s = max(s, b)
        out.append((s, e))
    return [t for s, e in out if (t := trimmed(text, s, e))[0] < t[1]]


_STOPS = ".!?…"


#: A date phrase that tells how long or from when something runs (`Until Friday 27 November
#: 2026.`, `From 3 March 2031`): a verbless line of news (a closing or opening day), no stamp.
_SPAN_OPENER = re.compile(r"(?i)^(?:until|till|from|since|through|before|after|by)\b")


def _labelled_date(line: str) -> bool:
    """The line is only a date or a place and a date, after a short label or none, and no
    date phrase (`_SPAN_OPENER`)."""
    label = _DATE_LABEL.match(line)
    rest = line[label.end() :] if label else line
    return not _SPAN_OPENER.match(rest) and date_line(rest) is not None


def claim_spans(text: str) -> list[tuple[int, int]]:
    """Sentence spans of `text` (`text.sentences`) as claims: a line break after a short label
    line (`_LABEL_LINE`) ends a sentence, so `Rating: False` is not glued to the next line's
    claim, and the closing quotes or brackets after a final stop stay in their sentence
    (`Claim: "… overnight."` keeps its closing mark)."""
    out: list[tuple[int, int]] = []
    for s, e in sentences(text):
        for a, b in _label_lines(text, s, e):
            if text[b - 1] in _STOPS:
                b = _CLOSING.match(text, b).end()
            out.append((a, b))
    return out


def _label_lines(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """`text[s:e]` cut after each line of it that is a whole label line."""
    out = []
    nl = text.find("\n", s, e)
    while nl >= 0:
        if _LABEL_LINE.match(text[text.rfind("\n", 0, nl) + 1 : nl]):
            out.append((s, nl))
            s = nl + 1
            while s < e and text[s].isspace():
                s += 1
        nl = text.find("\n", nl + 1, e)
    out.append((s, e))
    return out


@dataclass(slots=True)
class Sentence:
    article: str
    report: str
    start: int
    end: int
    text: str
    keys: list[str]
    quotes: list[str] = field(default_factory=list)  # quote ids whose span starts inside
    events: list[str] = field(default_factory=list)  # event ids first told here
    numbers: list[tuple[float, str, int, int]] = field(default_factory=list)
    what: list[str] = field(default_factory=list)  # content keys less names, titles, saying
    negated: bool = False  # says that something did not happen or is not so
    days: set[str] = field(default_factory=set)  # days (ISO) of the events first told here
    #: ... by the events' type (`protest`, `coerce`): days of two kinds of event never differ.
    typed_days: dict[str, set[str]] = field(default_factory=dict)
    titles: set[str] = field(default_factory=set)  # keys of words titling a name (`_titles`)
    #: Of a correction's right text: the body sentences it corrects (no claims of the report).
    replaces: list[Sentence] = field(default_factory=list)
    #: The clock time of an entry or update stamp cut from its start (`UPDATE 14:05:`): when
    #: on its publication day the report told it.
    at: str = ""
    #: The article's country or currency is Nigeria's (`naira_context`): `N2.5bn` is a sum.
    naira: bool = False
    #: The currency a bare `$` stands for in the article (`local_dollar`).
    dollar: str = "USD"
    #: `figures` of the sentence, read once: claims ask for them row after row.
    figs: dict[str, set[float]] | None = field(default=None, repr=False, compare=False)


#: Entity types that say who or where, not what: their names are dropped from `_what`.
WHO_TYPES = frozenset({"PERSON", "GPE", "NORP", "LOC"})


def who_words(entities: list[dict[str, Any]]) -> frozenset[str]:
    """Normalised words of the story's people, places and peoples' names and aliases."""
    out = set()
    for e in entities:
        if e.get("type") in WHO_TYPES:
            for name in [e.get("name") or "", *(e.get("aliases") or [])]:
                out.update(w.norm for w in words(name))
    return frozenset(out)


def _what(ws: list[Word], who: frozenset[str]) -> list[str]:
    """Content keys of what a sentence says rather than whom it is about: names of people,
    places and peoples (`who`), countries, office titles and verbs of saying dropped."""
    kept = [
        w
        for w in ws
        if w.norm not in who
        and w.norm.removesuffix("'s") not in who
        and w.norm not in _WHO
        and w.stem not in _WHO
    ]
    return [k for k in content_keys(kept) if not k.startswith("country:")]


#: Words before a title that open a noun phrase: `his lawyer Ann Lee`, `the chief judge …`.
_TITLE_OPENERS = frozenset("the a an his her their its our my your".split())
_LONGEST_TITLE = 3  # `presiding judge`, `defence lawyer`, `chief public prosecutor`


def _titles(ws: list[Word], text: str, base: int, who: frozenset[str]) -> set[int]:
    """Starts of the words that title a name (`Presiding judge Ann Lee said`, `his lawyer
    Ann Lee`, `…," presiding judge Ann Lee said`): up to three words right before a person's
    or place's name (`who`) that open the sentence or follow a determiner or punctuation, none
    a verb in the past (`Police arrested Ann Lee` tells what happened). A title says whom a
    sentence is about: two sentences sharing only the speaker's name and title share no
    claim."""
    out: set[int] = set()
    for k, w in enumerate(ws):
        if w.norm not in who or (k and ws[k - 1].norm in who):
            continue
        for j in range(max(0, k - _LONGEST_TITLE), k):
            run = ws[j:k]
            if any(x.norm in who or x.norm.endswith("ed") or x.norm in _REPORTING for x in run):
                continue
            gap = text[ws[j - 1].end - base : ws[j].start - base] if j else ""
            if j == 0 or ws[j - 1].norm in _TITLE_OPENERS or re.search(r"[^\w\s]", gap):
                out.update(x.start for x in run)
                break
    return out


#: Verbs that report a claim rather than make it (`…, a spokesman said`, `Vesper Daily has
#: learned`): the claim is their clause complement.
_REPORTING = SAY_VERBS | frozenset({"learn", "hear"})
#: Dependents of a claim's verb whose negative word negates the claim (`Nothing was agreed`,
#: `No agreement was signed`, `ended without a deal`).
_ARGUMENTS = frozenset("nsubj nsubjpass dobj attr prep".split())


def _negated_words(ws: list[Word]) -> bool:
    """A negation anywhere in the sentence: the rule when no parser is installed."""
    return any(is_negation(w.norm) for w in ws)


def _negated_parse(doc: Any) -> bool:
    """The claim's own verb is negated, in any sentence the parser finds: a `neg` dependent of
    the sentence's head verb (of the reported clause under a verb of saying, or of the saying
    verb itself), or a negative subject, object or `without` as its argument; under a verb
    of saying, also a quoted fragment with no verb (`"Not now," he said`, `"No," she said`).
    A negation inside a relative or other subordinate clause (`The minister, who did not
    attend last year, opened the talks`) qualifies a participant, not the claim."""
    for sent in doc.sents:
        heads = [sent.root]
        if sent.root.lemma_.lower() in _REPORTING:
            heads += [c for c in sent.root.children if c.dep_ in ("ccomp", "parataxis")]
            if any(_negative_fragment(c, sent.root) for c in sent.root.children):
                return True
        for head in heads:
            for c in head.children:
                if c.dep_ == "neg" or (c.dep_ in _ARGUMENTS and _negative_argument(c)):
                    return True
    return False


#: Quotation marks that set a quoted fragment apart from its verb of saying.
_QUOTE_MARKS = frozenset("\" “ ” ' ‘ ’".split())


def _negative_fragment(tok: Any, verb: Any) -> bool:
    """A verbless quoted word or phrase a verb of saying reports, negative: `No`, `Not now`,
    `Never again` (a quotation mark lies between it and the verb)."""
    if tok.dep_ not in ("advmod", "intj", "npadvmod", "dep"):
        return False
    lo, hi = sorted((tok.i, verb.i))
    if not any(t.text in _QUOTE_MARKS for t in tok.doc[lo + 1 : hi]):
        return False
    return is_negation(tok.lower_) or any(
        c.dep_ == "neg" and is_negation(c.lower_) for c in tok.children
    )


def _negative_argument(tok: Any) -> bool:
    """`nothing`, `nobody`, `none`; `no agreement`; `without (a deal)`, `with no deal`."""
    if tok.dep_ == "prep":
        return tok.lower_ == "without" or any(
            _negative_argument(c) for c in tok.children if c.dep_ == "pobj"
        )
    if tok.lower_ != "no" and is_negation(tok.lower_):
        return True
    return any(c.dep_ in ("det", "neg") and is_negation(c.lower_) for c in tok.children)


#: Words that open a relative clause: a sentence holding one is parsed to set it apart.
_RELATIVE = frozenset("who whom whose which".split())


def negated(texts: list[str]) -> list[bool]:
    """Polarity of each claim sentence (`clauses`)."""
    return [neg for neg, _ in clauses(texts)]


#: Whether the missing-model fallback was reported (once per process).
_WARNED = False


def clauses(texts: list[str]) -> list[tuple[bool, list[tuple[int, int]]]]:
    """For each claim sentence: its polarity, judged on the clause that makes the claim, and
    the character spans (in the sentence) of its relative clauses, which say who or what a
    participant is rather than what the sentence claims. Only sentences with a negative or a
    relative word are parsed (the installed spaCy model); without a model, any negative word
    negates the sentence and no clause is set apart."""
    ws = [words(t) for t in texts]
    out: list[tuple[bool, list[tuple[int, int]]]] = [(_negated_words(w), []) for w in ws]
    todo = [i for i, w in enumerate(ws) if out[i][0] or any(x.norm in _RELATIVE for x in w)]
    if not todo:
        return out
    try:
        from newsgraph.analyse.nlp import load_nlp

        nlp = load_nlp()
    except (RuntimeError, ImportError) as exc:
        global _WARNED
        if not _WARNED:
            _WARNED = True
            logging.getLogger(__name__).warning(
                "claims: no spaCy model (%s); negation judged on whole sentences", exc
            )
        return out
    docs = nlp.pipe((texts[i] for i in todo), disable=[p for p in ("ner",) if p in nlp.pipe_names])
    for i, doc in zip(todo, docs, strict=True):
        rel = [
            (t.left_edge.idx, t.right_edge.idx + len(t.right_edge))
            for t in doc
            if t.dep_ == "relcl"
        ]
        out[i] = (_negated_parse(doc), rel)
    return out


#: A headline-shaped line restates a sentence of its article when this share of its content
#: words (and at least `MIN_SHARED`) are in that sentence.
MIN_RESTATED = 0.75
_LINE_END = re.compile(r"[.!?…:;,]\W*$")


def _headline(text: str, s: Sentence) -> bool:
    """A line standing as its own paragraph with no sentence punctuation at its end: a
    headline, standfirst or subhead left in the body (`Police arrest 80 as protests spread`)."""
    if _LINE_END.search(s.text.strip()):
        return False
    end = text.find("\n", s.end)
    before = text[text.rfind("\n", 0, s.start) + 1 : s.start]
    after = text[s.end : end if end >= 0 else len(text)]
    return not before.strip() and not after.strip()


def _restates(s: Sentence, body: list[set[str]]) -> bool:
    """`s`, a headline-shaped line (`_headline`), has content words mostly those of a sentence
    of its article that is not headline-shaped (`body`: their content keys): a compressed
    repeat of that sentence's claim. A headline and a standfirst restating only each other are
    the article's one statement of their claim, and stay."""
    mine = set(s.keys)
    need = max(MIN_SHARED, MIN_RESTATED * len(mine))
    return any(len(mine & keys) >= need for keys in body)


#: What an editor's note about the article itself says (its sourcing, the outlet's own
#: dealings, its pictures, an earlier version): `quoted below`, `this article`, `this
#: gallery`, `we`, `our`.
_ABOUT_THE_PAGE = re.compile(
    r"\b(?:quoted|cited|mentioned|named|pictured|featured|interviewed|referred\s+to)\s+"
    r"(?:below|above|here|in\s+this)\b|\b(?:we|our|us)\b|\bth(?:is|ese)\s+(?:galler(?:y|ies)|"
    r"photo(?:graph)?s?|images?|pictures?|footage|interviews?|podcast|episode|maps?|charts?|"
    r"slideshow|live\s+blog)\b|" + ABOUT_THE_TEXT.pattern,
    re.I,
)


def _body_tells(told: list[Sentence], body: list[list[Word]]) -> bool:
    """Whether the body already tells a correction's right text `told`: each of its figures
    (`The bridge cost 603 million crowns.`), else each of its content words, is in the body.
    Only then is the correction a note about the article; else it is the report's claim."""
    said = [w for sent in told for w in words(sent.text, sent.start)]
    figures = {v for w in said if (v := number_value(w.text)) is not None}
    if figures:
        return figures <= {v for ws in body for w in ws if (v := number_value(w.text)) is not None}
    keys = {k for sent in told for k in sent.keys}
    return keys <= {k for ws in body for k in content_keys(ws)}


def split(
    articles: list[dict[str, Any]],
    report_of: dict[str, str],
    who: frozenset[str] = frozenset(),
) -> list[Sentence]:
    """The articles' claim sentences; `who`: name words (`who_words`) that say whom a sentence
    is about rather than what it says."""
    out: list[Sentence] = []
    kept: list[list[Word]] = []
    for art in articles:
        text = art["text"]
        # a correction notice (`Correction: An earlier version said ...`) is about the text,
        # never a claim one outlet makes or several share; an update or editor's note says
        # news (`Update, 3pm: The death toll has risen to 40`) but for its sentences about the
        # text itself (`This story has been updated ...`)
        found = corrections(text)
        other = [(n["start"], n["end"]) for n in found if n["kind"] != "correction"]
        # an editor's note about the article (`Editor's note: X, quoted below, advises the
        # firm`) is no claim about the story; one that tells news is
        notes = [(n["start"], n["end"]) for n in found if n["kind"] == "note"]
        # ... but what a correction says instead (`The court sentenced him to eight years.`)
        # is the report's claim now, and the body's sentence it corrected is not.
        fixed = amendments(text, found)
        naira = naira_context(text)
        dollar = local_dollar(art.get("url"))
        mine: list[tuple[Sentence, list[Word]]] = []
        gone: dict[int, list[Sentence]] = {}  # correction (start) -> body sentences it corrects
        for s, e in _outside_notes(claim_spans(text), text):
            at = ""
            while not _STAMP_ONLY.match(text[s:e]) and (m := _LEAD_STAMP.match(text[s:e])):
                at = _clock(m) or at
                s += m.end()
            if (
                _STAMP_ONLY.match(text[s:e])
                or _WELCOME.match(text[s:e])
                or _LAYOUT.search(text[s:e])
                or only_asks(text, s, e)
                or _labelled_date(text[s:e].strip())
            ):
                continue
            ws = words(text[s:e], s)
            if len(ws) < MIN_WORDS or is_boilerplate(text, s, e):
                continue
            notice = next((n for n in fixed if n["start"] < e and s < n["end"]), None)
            if notice is not None:
                right = [(max(s, a), min(e, b)) for a, b in notice["new"]]
                right = [(a, b) for a, b in right if a < b and len(words(text[a:b])) >= MIN_WORDS]
                if not right:
                    continue
                s, e = right[0]
                ws = words(text[s:e], s)
            elif (notice := superseded(text, s, e, fixed)) is not None:
                # read in the article's currency, as the correction that replaces it is
                was = Sentence(art["id"], report_of[art["id"]], s, e, text[s:e], content_keys(ws))
                was.naira, was.dollar = naira, sentence_dollar(dollar, text[s:e])
                gone.setdefault(notice["start"], []).append(was)
                continue
            if any(a < e and s < b for a, b in other) and ABOUT_THE_TEXT.search(text[s:e]):
                continue
            if any(a <= s and e <= b for a, b in notes) and _ABOUT_THE_PAGE.search(text[s:e]):
                continue
            sent = Sentence(art["id"], report_of[art["id"]], s, e, text[s:e], content_keys(ws))
            sent.at = at
            sent.naira = naira
            sent.dollar = sentence_dollar(dollar, text[s:e])
            mine.append((sent, ws))
        for n in fixed:
            told = [sent for sent, _ in mine if n["start"] <= sent.start < n["end"]]
            rest = [ws for sent, ws in mine if not n["start"] <= sent.start < n["end"]]
            if told and not gone.get(n["start"]) and _body_tells(told, rest):
                # the body already tells what the correction says (`It was 603 million
                # crowns.`): the notice is about the article, no claim of its own
                drop = {id(sent) for sent in told}
                mine = [(sent, ws) for sent, ws in mine if id(sent) not in drop]
            elif told:
                told[0].replaces = gone.get(n["start"], [])
        heads = [_headline(text, sent) for sent, _ in mine]
        body = [set(sent.keys) for (sent, _), head in zip(mine, heads, strict=True) if not head]
        # A heading below body text is a subhead (a live blog's entry heading, a crosshead):
        # it titles the paragraphs under it, which make its claims.
        first = next((k for k, head in enumerate(heads) if not head), len(heads))
        for k, ((sent, ws), head) in enumerate(zip(mine, heads, strict=True)):
            if not (head and (k > first or _restates(sent, body))):
                out.append(sent)
                kept.append(ws)
    for sent, ws, (neg, rel) in zip(out, kept, clauses([s.text for s in out]), strict=True):
        sent.negated = neg
        # What a relative clause says about a participant is not what the sentence claims.
        main = [w for w in ws if not any(a <= w.start - sent.start < b for a, b in rel)]
        # what it says, whatever unit a sum is written in (`EUR 2.7 billion` / `€2.7bn`)
        sent.what = _what(unit_free(main), who)
        titles = _titles(ws, sent.text, sent.start, who)
        sent.titles = set(content_keys([w for w in ws if w.start in titles]))
    return out


def attach(sents: list[Sentence], quotes: list[dict], events: list[dict]) -> None:
    """Note which quotes and events each sentence carries (by span)."""
    by_article: dict[str, list[Sentence]] = {}
    for s in sents:
        by_article.setdefault(s.article, []).append(s)
    for q in quotes:
        for s in by_article.get(q["article"], []):
            if s.start <= q["start"] < s.end or (q["start"] < s.start < q["end"]):
                s.quotes.append(q["id"])
    for ev in events:
        # Only where the event is first told: later sentences that mention it again say more
        # than the event, and linking them all would chain unrelated claims together.
        for s in by_article.get(ev["article"], []):
            if s.start < ev["end"] and ev["start"] < s.end:
                s.events.append(ev["id"])
                if len(ev.get("date") or "") == 10:  # a day, not a week, month or year
                    s.days.add(ev["date"])
                    s.typed_days.setdefault(ev.get("type") or "", set()).add(ev["date"])
                break


def align(
    sents: list[Sentence],
    quote_group_of: dict[str, str],
    event_key_of: dict[str, str],
    apart: set[frozenset[str]] | None = None,
) -> list[list[int]]:
    """Rows of sentence indexes that state one claim, at most one sentence per article.

    Each sentence is linked to its best match in every other article (shared quotation, shared
    event, or wording). Rows are stars around a pivot sentence, never chains: a sentence that
    tells two events (Thursday's meeting and Friday's planned one) must not weld two claims.
    Sentences with no link to another article are rows of one. `apart`: pairs of quote ids
    that report one utterance with opposite meanings (`quotes.negation_flags`): sentences
    carrying the two are never one claim, whatever words they share.
    """
    links = _links(sents, quote_group_of, event_key_of, apart or set())
    order = sorted(range(len(sents)), key=lambda i: (sents[i].report != sents[i].article, i))
    placed: set[int] = set()
    rows: list[list[int]] = []
    for i in order:
        if i in placed:
            continue
        partners = [j for _, j in sorted(links.get(i, {}).values(), key=lambda t: t[1])]
        row = [i, *partners]
        placed.update(row)
        rows.append(row)
    return sorted(rows, key=min)


def _links(
    sents: list[Sentence],
    quote_group_of: dict[str, str],
    event_key_of: dict[str, str],
    apart: set[frozenset[str]],
) -> dict[int, dict[str, tuple[float, int]]]:
    """Sentence -> {other article: (score, best sentence there)}; symmetric."""
    idf = Idf([s.keys for s in sents])
    links: dict[int, dict[str, tuple[float, int]]] = {}
    opposed = {q for pair in apart for q in pair}

    def offer(i: int, j: int, score: float) -> None:
        if opposed and any(
            frozenset((a, b)) in apart for a in sents[i].quotes for b in sents[j].quotes
        ):
            return
        for a, b in ((i, j), (j, i)):
            art = sents[b].article
            if score > links.setdefault(a, {}).get(art, (0.0, -1))[0]:
                links[a][art] = (score, b)

    # Shared quotation (strongest) or event: the same utterance or event makes the same claim.
    for index, weight in (
        (_index(sents, "quotes", quote_group_of), 2.0),
        (_index(sents, "events", event_key_of), 1.0),
    ):
        for members in index.values():
            for n, i in enumerate(members):
                for j in members[n + 1 :]:
                    if sents[i].article == sents[j].article:
                        continue
                    overlap = weighted_overlap(sents[i].keys, sents[j].keys, idf)
                    # Two sentences can share an event and say different things about it.
                    # A quotation's sentence sharing no word with the other (`We will
                    # rebuild it stone by stone`, the second sentence of a quote whose first
                    # says `half of the old town is gone`) says another part of it.
                    if (weight >= 2.0 and overlap > 0) or (
                        overlap >= MIN_EVENT_OVERLAP
                        and _says_alike(sents[i], sents[j], idf, MIN_EVENT_OVERLAP)
                    ):
                        offer(i, j, weight + overlap)
    # Wording: candidate pairs from an inverted index over rare keys.
    postings: dict[str, list[int]] = {}
    for i, s in enumerate(sents):
        for k in set(s.keys):
            postings.setdefault(k, []).append(i)
    limit = max(4, len(sents) // 4)  # keys in a quarter of the story's sentences say little
    for i, s in enumerate(sents):
        counts: dict[int, int] = {}
        for k in set(s.keys):
            post = postings[k]
            if len(post) > limit:
                continue
            for j in post:
                if j > i and sents[j].article != s.article:
                    counts[j] = counts.get(j, 0) + 1
        for j, n in counts.items():
            if n < MIN_SHARED:
                continue
            score = weighted_overlap(s.keys, sents[j].keys, idf)
            if score < MIN_SIMILARITY and _same_figure(s, sents[j]):
                score = MIN_SIMILARITY  # one figure, however written: evidence of one claim
            if score >= MIN_SIMILARITY and _says_alike(s, sents[j], idf):
                offer(i, j, score)
    return links


#: A figure this specific is evidence of one claim when two sentences give it (its unit
#: however written: `EUR 2.7 billion` / `€2.7bn`): a decimal or a whole number from 100 on,
#: not a year.
MIN_TELLING_FIGURE = 100


def _same_figure(a: Sentence, b: Sentence) -> bool:
    """The two sentences give one telling figure (`MIN_TELLING_FIGURE`), normalised
    (`conflicts.number_facts`: `2.7 billion euros` and `€2.7bn` are 2.7e9)."""

    def telling(s: Sentence) -> set[float]:
        return {
            v
            for vs in figures(s).values()
            for v in vs
            if not v.is_integer() or (v >= MIN_TELLING_FIGURE and not 1900 <= v <= 2100)
        }

    return bool(telling(a) & telling(b))


def _says_alike(a: Sentence, b: Sentence, idf: Idf, least: float = MIN_WHAT_OVERLAP) -> bool:
    """Two sentences say the same of their subjects: the same polarity (`did not attend` is
    not `attended`, nor `welcomed`) and much of what they say besides names, titles and
    verbs of saying in common: two such words, or all of a sentence that has one (`hosted the
    talks` is not `said after the talks: …`); a title both give a name (`Presiding judge Ann
    Lee said …`) is no shared content."""
    if a.negated != b.negated:
        return False
    shared = set(a.what) & set(b.what)
    fewest = min(len(set(a.what)), len(set(b.what)))
    if not len(shared) >= min(2, fewest) > 0:
        return False
    # A title both give a name (`Presiding judge Ann Lee said …`) says whom both are about:
    # what they share must weigh enough without it.
    same_title = a.titles & b.titles
    what_a = [k for k in a.what if k not in same_title]
    what_b = [k for k in b.what if k not in same_title]
    return weighted_overlap(what_a, what_b, idf) >= least


def _index(sents: list[Sentence], attr: str, group_of: dict[str, str]) -> dict[str, list[int]]:
    index: dict[str, list[int]] = {}
    for i, s in enumerate(sents):
        for item in getattr(s, attr):
            g = group_of.get(item)
            if g is not None:
                index.setdefault(g, []).append(i)
    return index


#: A line that is a label and one quotation (`Claim: "More than 400,000 ballots were thrown
#: out."`, `Statement: "..."`): the words of whom the label's next line names.
_QUOTED_ONLY = re.compile(r"^(?P<label>[A-Z][\w'’ ]{0,24}):\s*[\"“][^\"“”]+[\"”]?[\s.!?…]*$")
#: ... not an attribution (`She added: "…"`, `Tolv told reporters: "…"`): a pronoun or a verb
_NO_LABEL = frozenset("i you he she it we they".split())


def _quoted_only(text: str) -> bool:
    """`text` is a label and one quotation, nothing of the report's own (`_QUOTED_ONLY`): a
    fact check's rated claim is the claimant's words, not the fact-checker's claim. (A plain
    quoted sentence stays: the report carries it, attributed next to it.)"""
    m = _QUOTED_ONLY.match(text.strip())
    if m is None:
        return False
    label = m["label"].lower().split()
    return len(label) <= 3 and not any(w in _NO_LABEL or verb_form(w) for w in label)


def claim(s: Sentence) -> dict[str, Any]:
    return {
        "article": s.article,
        "text": s.text,
        "start": s.start,
        "end": s.end,
        "quotes": s.quotes,
        "events": sorted(set(s.events)),
    }


def _norm(s: Sentence) -> tuple[str, ...]:
    return tuple(w.norm for w in words(s.text))


def _copies(sents: list[Sentence]) -> dict[int, list[int]]:
    """Sentence -> the same sentence in the other wire copies of its report (equal words, or
    nearly all content words in common)."""
    by_report: dict[str, list[int]] = {}
    for i, s in enumerate(sents):
        by_report.setdefault(s.report, []).append(i)
    out: dict[int, list[int]] = {}
    for members in by_report.values():
        if len({sents[i].article for i in members}) < 2:
            continue
        norms = {i: _norm(sents[i]) for i in members}
        keys = {i: set(sents[i].keys) for i in members}
        for n, i in enumerate(members):
            for j in members[n + 1 :]:
                if sents[i].article == sents[j].article:
                    continue
                a, b = keys[i], keys[j]
                if norms[i] == norms[j] or (
                    a and b and len(a & b) / len(a | b) >= MIN_COPY_SIMILARITY
                ):
                    out.setdefault(i, []).append(j)
                    out.setdefault(j, []).append(i)
    return out


def figures(s: Sentence) -> dict[str, set[float]]:
    """The sentence's figures by what they count or measure (`conflicts.number_facts`); a
    figure told for a year (`66.9 per cent in 2020`) measures that year's thing, apart."""
    # conflicts builds on this module
    from newsgraph.compare.conflicts import number_facts, told_year

    if s.figs is None:
        out: dict[str, set[float]] = {}
        for f in number_facts(s):
            out.setdefault(_figure_key(f, told_year(s, f)), set()).add(f[0])
        s.figs = out
    return s.figs


def _figure_key(f: tuple[float, str, int, int], year: str | None) -> str:
    """What a figure measures, for claims: its fact's key (a named night's count, `|night`, is
    the count told with no scope: `arrested 41 on Monday night` / `38 had been arrested`), and
    the year it is told for."""
    key = f[1].replace("|night", "")
    return key if year is None else f"{key}@{year}"


def figure_leads(s: Sentence, common: frozenset[str]) -> dict[str, frozenset[str]]:
    """A `figures` key -> whom its figures are about (`conflicts.figure_lead`), for keys whose
    every figure has a named subject; a key with an unnamed one is left out (unknown)."""
    from newsgraph.compare.conflicts import figure_lead, number_facts, told_year

    out: dict[str, frozenset[str]] = {}
    unknown: set[str] = set()
    for f in number_facts(s):
        key = _figure_key(f, told_year(s, f))
        lead = figure_lead(s, f, common)
        if not lead:
            unknown.add(key)
        out[key] = out.get(key, frozenset()) | lead
    return {k: v for k, v in out.items() if k not in unknown}


#: The reason `differing` gives for sentences telling one kind of event on other days.
OTHER_DAYS = "@days"


def differ(
    a: Sentence,
    b: Sentence,
    fa: dict[str, set[float]],
    fb: dict[str, set[float]],
    leads: tuple[dict[str, frozenset[str]], dict[str, frozenset[str]]] = ({}, {}),
) -> bool:
    """Two sentences give different figures for one thing or tell one kind of event on other
    days (`differing`)."""
    return bool(differing(a, b, fa, fb, leads))


def differing(
    a: Sentence,
    b: Sentence,
    fa: dict[str, set[float]],
    fb: dict[str, set[float]],
    leads: tuple[dict[str, frozenset[str]], dict[str, frozenset[str]]] = ({}, {}),
) -> frozenset[str]:
    """What two sentences differ on, or nothing: the `figures` keys of a thing both measure
    with no value in common (`63 percent` / `61.8 percent` turnout), where they agree on no
    key at all (`29 of 34 passes for 364 yards` and `his first 17 passes … 364 yards` tell one
    game's figures, the 17 another fact); or `OTHER_DAYS` where they tell events of one kind
    on days none of which is the other's (an arrest told on Wednesday is no other day for a
    protest told on Tuesday). A key whose figures are about different named subjects
    (`leads`, `figure_leads`: `The Alliance won 54 seats` / `The Unity Party won 88 seats`)
    is two things, no disagreement."""
    kinds = a.typed_days.keys() & b.typed_days.keys()
    if kinds and all(not a.typed_days[k] & b.typed_days[k] for k in kinds):
        return frozenset({OTHER_DAYS})
    la, lb = leads
    keys = [k for k in fa.keys() & fb.keys() if not (k in la and k in lb and not la[k] & lb[k])]
    if keys and not any(fa[k] & fb[k] for k in keys):
        return frozenset(keys)
    return frozenset()


def _other_years(fa: dict[str, set[float]], fb: dict[str, set[float]]) -> bool:
    """Two sentences' figures measure one thing only in different years (`turnout@2020` /
    `turnout`, `figures`)."""

    def years(f: dict[str, set[float]]) -> dict[str, set[str]]:
        out: dict[str, set[str]] = {}
        for k in f:
            base, _, year = k.partition("@")
            out.setdefault(base, set()).add(year)
        return out

    ya, yb = years(fa), years(fb)
    return any(ya[k].isdisjoint(yb[k]) for k in ya.keys() & yb.keys())


def agreeing(
    sents: list[Sentence], clusters: list[list[int]]
) -> tuple[list[list[int]], dict[int, dict[int, frozenset[str]]]]:
    """Each aligned row cut into rows whose sentences agree on their figures and days (a
    sentence joins the first part it differs from in nothing, in the row's order, so the
    pivot's part comes first), and sentence -> the sentences of its row it differs from ->
    what they differ on (`differing`)."""
    whose: dict[int, dict[str, frozenset[str]]] = {}
    common = frozenset(w.norm for s in sents for w in words(s.text) if w.text[:1].islower())

    def fig(i: int) -> dict[str, set[float]]:
        return figures(sents[i])

    def lead(i: int) -> dict[str, frozenset[str]]:
        if i not in whose:
            whose[i] = figure_leads(sents[i], common)
        return whose[i]

    def differs_from(i: int, j: int) -> frozenset[str]:
        a, b = sents[i], sents[j]
        # the subjects are read (a parse of the clause) only for figures that differ
        if not differ(a, b, fig(i), fig(j)):
            return frozenset()
        return differing(a, b, fig(i), fig(j), (lead(i), lead(j)))

    rows: list[list[int]] = []
    differs: dict[int, dict[int, frozenset[str]]] = {}
    for members in clusters:
        if len(members) < 2:
            rows.append(members)
            continue
        parts: list[list[int]] = []
        for i in members:
            why = {j: on for j in members if j != i and (on := differs_from(i, j))}
            against = set(why)
            if why:
                differs.setdefault(i, {}).update(why)
            # figures of one thing in two years are two claims, neither another's figure
            apart = against | {j for j in members if j != i and _other_years(fig(i), fig(j))}
            home = next((p for p in parts if not apart.intersection(p)), None)
            if home is None:
                parts.append([i])
            else:
                home.append(i)
        rows += parts
    return _once(rows), differs


def _once(rows: list[list[int]]) -> list[list[int]]:
    """The rows less those all of whose sentences an earlier row has. `align` makes stars
    around pivots, and two pivots can take the same best matches (`His party also won 88 of
    the 151 seats` and `Vorlan's party won 88 of the 151 seats` for a sentence listing every
    party's seats and for another telling the party's 88 alone): once the rows are cut by
    their figures, the same claim would be printed twice."""
    out: list[list[int]] = []
    holding: dict[int, list[set[int]]] = {}  # sentence -> the kept rows that hold it
    for row in rows:
        if len(row) > 1 and any(set(row) <= o for o in holding.get(row[0], ())):
            continue
        out.append(row)
        kept = set(row)
        for i in row:
            holding.setdefault(i, []).append(kept)
    return out


def _rivals(
    row: list[int],
    differs: dict[int, dict[int, frozenset[str]]],
    figs: list[dict[str, set[float]]],
) -> set[int]:
    """The sentences that give other figures for what a row's sentences measure alike, or
    tell its events on other days. Measured alike: a `figures` key two members give, or a
    key whose figure another member gives too (`won 54.2% of the vote` / `received 54.2 per
    cent of valid votes`); where nothing is, any member's key. A sentence that differs from
    a member on something else (`Turnout was 61.8 per cent` beside a member's `on a turnout
    of 58.4%`, in a row of vote shares) is no rival of the row's claim."""
    alike: set[str] = set()
    for n, f in enumerate(figs):
        others = [g for m, g in enumerate(figs) if m != n]
        values = {v for g in others for vs in g.values() for v in vs}
        alike.update(k for k, vs in f.items() if vs & values or any(k in g for g in others))
    measured = alike or {k for f in figs for k in f}
    return {
        j for i in row for j, on in differs.get(i, {}).items() if OTHER_DAYS in on or on & measured
    }


def _spans(sents: list[Sentence], idx: set[int]) -> list[dict[str, Any]]:
    return [
        {
            "article": sents[j].article,
            "text": sents[j].text,
            "start": sents[j].start,
            "end": sents[j].end,
        }
        for j in sorted(idx, key=lambda j: (sents[j].article, sents[j].start))
    ]


#: Where a sentence goes on to a second claim: `… and that the water supply had been cut`,
#: `…; …`, `1,900 were injured, 240 of them seriously`, `…, but …`.
_RIDER = re.compile(
    r",?\s+and\s+that\s+|;\s+|,\s+(?:but|while|whereas)\s+|"
    r",\s+(?=(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|some|many|most|"
    r"half|all|none)\s+of\s+(?:them|whom|which)\b)",
    re.I,
)


def _riders(s: Sentence, others: set[str]) -> list[dict[str, Any]]:
    """Claims a sentence of a shared row makes besides the shared one: a later clause of it
    (`_RIDER`) most of whose content words, at least two, no other report of the row says
    (`the town's water supply had been cut` after a shared quotation). They are the report's
    own claims, listed with its unique ones (`part_of`)."""
    out = []
    found = list(_RIDER.finditer(s.text))
    ends = [m.start() for m in found[1:]] + [len(s.text)] if found else []
    for a, b in zip([m.end() for m in found], ends, strict=True):
        text = s.text[a:b].strip()
        keys = set(content_keys(words(text)))
        new = keys - others
        if len(new) >= 2 and len(new) * 2 >= len(keys):
            start = s.start + a
            out.append({**claim(s), "text": text, "start": start, "end": start + len(text)})
    return out


def shared_and_unique(
    sents: list[Sentence], clusters: list[list[int]]
) -> tuple[list[dict[str, Any]], dict[str, list[dict[str, Any]]]]:
    """`shared`: claims carried by two or more reports; `unique`: article id -> the claims
    only its report carries. A claim of wire copies is listed once, under the agency's own copy
    (else the earliest copy that has it), with `copies`: the same sentence in the copies that
    republish it; a copy's sentence aligned with nothing is the claim its original made.
    Aligned sentences that give different figures are listed apart (`agreeing`); each record's
    `differs` lists the aligned sentences of other reports that give other figures."""
    clusters, differs = agreeing(sents, clusters)
    copies = _copies(sents)
    # Where each sentence stands once its copies are counted: a copy of a sentence in a shared
    # row belongs to that row, whatever row alignment put the copy in.
    shared_rows = [m for m in clusters if len({sents[i].report for i in m}) > 1]
    in_shared: dict[int, int] = {}
    for r, members in enumerate(shared_rows):
        for i in members:
            in_shared.setdefault(i, r)
    extra: dict[int, list[int]] = {}
    for r, members in enumerate(shared_rows):
        for i in members:
            for j in copies.get(i, []):
                if j not in in_shared:
                    in_shared[j] = r
                    extra.setdefault(r, []).append(j)
    shared = []
    riders: dict[str, list[dict[str, Any]]] = {}
    for r, members in enumerate(shared_rows):
        reports = sorted({sents[i].report for i in members})
        row = list(dict.fromkeys([*members, *extra.get(r, [])]))
        spans = [claim(sents[i]) for i in sorted(row, key=lambda i: (sents[i].article, i))]
        other = _rivals(row, differs, [figures(sents[i]) for i in row]) - set(row)
        cid = f"c-{sents[members[0]].article[:8]}-{sents[members[0]].start}"
        for i in members:
            others = {k for j in row if sents[j].report != sents[i].report for k in sents[j].keys}
            for rec in _riders(sents[i], others):
                riders.setdefault(sents[i].article, []).append(
                    {**rec, "copies": [], "differs": [], "part_of": cid}
                )
        shared.append(
            {
                "id": cid,
                "reports": len(reports),
                "articles": sorted({sents[i].article for i in row}),
                "spans": spans,
                "differs": _spans(sents, other),
            }
        )
    unique: dict[str, list[dict[str, Any]]] = {}
    listed: set[int] = set()
    for members in clusters:
        if len({sents[i].report for i in members}) > 1:
            continue
        rest = [i for i in members if in_shared.get(i) is None and i not in listed]
        if not rest or all(_quoted_only(sents[i].text) for i in rest):
            continue  # someone's words as the report prints them: its quote, not its claim
        # The row with every copy of its sentences: one claim of one text.
        row = set(rest)
        for i in rest:
            row.update(j for j in copies.get(i, []) if in_shared.get(j) is None)
        row -= listed
        first = min(row, key=lambda i: (sents[i].article != sents[i].report, sents[i].start, i))
        listed.update(row)
        rec = claim(sents[first])
        seen = {sents[first].article}
        rec["copies"] = []
        for j in sorted(row, key=lambda i: (sents[i].article, i)):
            if sents[j].article not in seen:
                seen.add(sents[j].article)
                c = claim(sents[j])
                rec["copies"].append({k: c[k] for k in ("article", "text", "start", "end")})
        rec["differs"] = _spans(
            sents, _rivals(list(row), differs, [figures(sents[i]) for i in row]) - row
        )
        unique.setdefault(sents[first].article, []).append(rec)
    for article, recs in riders.items():
        unique.setdefault(article, []).extend(recs)
    for claims in unique.values():
        claims.sort(key=lambda c: c["start"])
    return shared, unique

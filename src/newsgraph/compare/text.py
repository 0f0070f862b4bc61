"""Words, sentences and similarity for comparing what outlets wrote.

Comparison works on the stored clean text, without re-parsing: a word keeps its character span,
so every difference found can be pointed at. Two normalisations matter across outlets: spelling
of the same word (`U.S.`/`US`, curly/straight apostrophes, `-ise`/`-ize`) and forms that name the
same country (`Chinese`/`China`/`Beijing`), which outlets alternate freely when reporting the
same statement.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS

from newsgraph.analyse.countries import lookup
from newsgraph.analyse.newsdates import MONTHS, WEEKDAYS, parse_published
from newsgraph.numberwords import SCALES, SMALL_NUMBERS, TENS, spelled_value

#: A clitic after a detached apostrophe (`It’ s`, `don’ t`) is a tokeniser's artefact in some
#: sources: it stays part of its word so that `It’ s` and `It's` compare equal.
_WORD = re.compile(r"\d+(?:[.,]\d+)*|[^\W_]+(?:[.'’][^\W_]+)*(?:['’] (?:s|m|d|t|ll|re|ve)\b)?\.?")
_DOTTED = re.compile(r"^(?:[A-Za-z]\.){2,}$")  # U.S.  U.K.  U.N.
NEGATIONS = frozenset("not no never n't nor neither nothing nobody none without cannot".split())
CONDITIONS = frozenset("if unless provided providing until unless except only when once".split())
#: British/American spellings and other variants outlets' style guides impose.
_SPELLING = ((re.compile(r"isation"), "ization"), (re.compile(r"ise(d|s)?$"), r"ize\1"))


@dataclass(frozen=True, slots=True)
class Word:
    """One word of a text: `norm` compares spellings, `stem` compares word forms."""

    text: str
    start: int
    end: int
    norm: str
    stem: str


def words(text: str, offset: int = 0) -> list[Word]:
    """The words of `text` with spans shifted by `offset` (a span inside an article)."""
    out = []
    for m in _WORD.finditer(text):
        raw = m.group()
        if raw.endswith(".") and not _DOTTED.match(raw):
            raw = raw[:-1]  # a sentence's full stop, not an abbreviation
        start = offset + m.start()
        n = normalise(raw)
        if not n:
            continue
        out.append(Word(raw, start, start + len(raw), n, stem(n)))
    return out


@lru_cache(maxsize=65536)
def normalise(word: str) -> str:
    """Spelling-level key: `U.S.` -> `us`, `don’t` -> `don't`, `organise` -> `organize`."""
    w = word.replace("’", "'").replace("‘", "'").replace("' ", "'")
    if _DOTTED.match(w):
        w = w.replace(".", "")
    w = w.lower().strip(".'-")
    for pattern, repl in _SPELLING:
        w = pattern.sub(repl, w)
    return w


@lru_cache(maxsize=65536)
def stem(norm: str) -> str:
    """Crude form-level key: plural, tense and possessive endings off (`sanctions`: `sanction`)."""
    w = norm[:-2] if norm.endswith("'s") else norm
    for suffix in ("ing", "ed", "es", "s", "ly"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 4:
            return w[: -len(suffix)]
    return w


@lru_cache(maxsize=1)
def _lemma_exc() -> dict[str, dict[str, str]]:
    """Irregular noun and verb forms -> lemma (`{"verb": {"rose": "rise"}}`) from the installed
    spaCy model's lemma exception table, read without loading the pipeline; empty when the
    model is absent."""
    import os

    from newsgraph.analyse.nlp import DEFAULT_MODEL

    try:
        from spacy.lookups import Lookups
        from spacy.util import get_package_path

        model = os.environ.get("NEWSGRAPH_SPACY_MODEL", DEFAULT_MODEL)
        root = get_package_path(model)
        found = sorted(root.glob("*/lemmatizer/lookups")) or sorted(root.glob("lemmatizer/lookups"))
        if not found:
            return {}
        exc = Lookups().from_disk(found[0]).get_table("lemma_exc")
    except Exception:  # no model or another layout: regular endings only
        return {}
    return {
        pos: {
            form: lemmas[0]
            for form, lemmas in dict(exc.get(pos, {})).items()
            if lemmas and lemmas[0] != form and "_" not in form and form.isalpha()
        }
        for pos in ("noun", "verb")
    }


@lru_cache(maxsize=1)
def _irregular() -> dict[str, str]:
    """Irregular word forms -> lemma (nouns first, then verbs: `_lemma_exc`)."""
    out: dict[str, str] = {}
    for pos in ("noun", "verb"):
        for form, lemma in _lemma_exc().get(pos, {}).items():
            out.setdefault(form, lemma)
    return out


@lru_cache(maxsize=1)
def _irregular_verbs() -> tuple[frozenset[str], frozenset[str]]:
    """Irregular verb forms (`rose`, `grew`) and their lemmas (`rise`, `grow`)."""
    verbs = _lemma_exc().get("verb", {})
    return frozenset(verbs), frozenset(verbs.values())


def verb_form(word: str) -> bool:
    """`word` (lower case) reads as an inflected verb: `-ed` / `-ing`, an irregular form
    (`rose`, `grew`, `ran`) or the `-s` form of an irregular verb (`rises`, `grows`). Without
    a parse, this tells a verb before `at 4 percent` from the noun it measures (`rents`)."""
    if word.endswith(("ed", "ing")):
        return True
    forms, lemmas = _irregular_verbs()
    if word in forms:
        return True
    return word.endswith("s") and (
        word[:-1] in lemmas or (word.endswith("es") and word[:-2] in lemmas)
    )


@lru_cache(maxsize=65536)
def concept(word: str) -> str | None:
    """`country:RUS` when the word names a country, its people or its capital, else None."""
    if not word[:1].isupper():
        return None
    found = lookup(word)
    if found is None:
        return None
    iso3, kind = found
    return f"country:{iso3}" if kind in ("name", "demonym", "gov", "capital") else None


def content_keys(ws: list[Word], lemmas: bool = False) -> list[str]:
    """Keys of the content words: stop words dropped, country forms folded together; with
    `lemmas`, irregular forms folded to their lemma too (`fled`/`flee`, `found`/`find`)."""
    keys = []
    irregular = _irregular() if lemmas else {}
    for w in ws:
        if w.norm in STOP_WORDS or (len(w.norm) < 2 and not w.norm.isdigit()):
            continue
        norm = w.norm[:-2] if w.norm.endswith("'s") else w.norm
        lemma = irregular.get(norm) or (lemmas and _y_lemma(norm)) or None
        keys.append(concept(w.text) or lemma or w.stem)
    return keys


def _y_lemma(norm: str) -> str | None:
    """The lemma of a regular `-ies` / `-ied` form of a word in `-y` (`parties` / `party`,
    `carried` / `carry`), whose stem (`parti`, `carri`) would not meet the word's own."""
    if len(norm) > 5 and norm.endswith(("ies", "ied")) and norm[-4] not in "aeiou":
        return norm[:-3] + "y"
    return None


def synonym_keys(keys: list[str]) -> list[str]:
    """`content_keys(..., lemmas=True)` with the words of one `SYNONYMS` set folded to one key
    (`fled` / `escaped`, `motive` / `motivation`). Phrasal members and members marked as verbs
    only (`fire:v`) are left out: without the words around a key, neither can be read."""
    same = _synonym_keys(verbs=False)
    return [same.get(k, k) for k in keys]


#: Words outlets use for one another when they retell a statement in their own words: general
#: English near-synonyms, not a story's vocabulary. One set a line, `|` between members, base
#: forms (inflections are derived). A member may be a phrasal verb (`take on`) or be marked as
#: a verb only (`fire:v`, which is also a noun of another set); either counts only where the word
#: is read as a verb (`verb_before`). A member of two sets folds to the first set listed, bar
#: such verb readings.
SYNONYMS = (
    "flee|escape",
    "try|attempt|seek",
    "see|sight|spot|notice",
    "start|begin|commence|launch",
    "stop|halt|cease",
    "end|finish|conclude",
    "die|perish",
    "injure|wound|hurt",
    "injury|wound",
    "blaze|fire|flames",
    "seize|capture",
    "help|assist|aid",
    "buy|purchase",
    "big|large|huge",
    "quick|rapid|fast|swift",
    "quickly|rapidly|swiftly",
    "rise|increase|climb|raise|put up",
    "fall|drop|decline|ease",
    "need|require",
    "allow|permit",
    "ban|prohibit|forbid",
    "ask|request",
    "remain|stay",
    "leave|depart",
    "attack|assault",
    "oppose|reject|refuse|turn down",
    "cancel|scrap|call off",
    "investigate|probe|look into",
    "sorry|regret",
    "show|demonstrate",
    "confirm|verify",
    "car|vehicle|automobile",
    "gun|firearm",
    "boat|vessel|ship",
    "child|kid",
    "intend|plan",
    "choose|select",
    "enough|sufficient",
    "damage|harm",
    "overturn|overrule|reverse|repeal",
    "motive|motivation",
    "indication|sign|evidence",
    "safe|safely|unharmed",
    "think|believe",
    "win|victory",
    "lose|defeat",
    "talk|discuss",
    "answer|reply|respond",
    "warn|caution",
    "praise|commend",
    "criticize|criticise|condemn",
    "promise|pledge|vow",
    "threaten|menace",
    "arrest|detain",
    "kill|slay",
    "doctor|physician",
    "job|work|employment",
    "law|legislation",
    "rule|regulation",
    "meeting|talks",
    "hire|recruit|employ|take on",
    "dismiss|fire:v|sack|lay off",
    "postpone|delay|put off",
    "establish|found|set up",
    "abandon|give up",
    "close|shut|shut down|close down",
    "release|free|set free",
    "remove|take away|take out",
    "reduce|cut|cut back",
    "evacuate|move out",
)
#: Particles that make a phrasal verb of the verb before them (`take on`, `lay off`).
_PARTICLES = frozenset("on off up down out back over away into".split())


def _verb_form_key(norm: str) -> str:
    """A verb's key as `content_keys(..., lemmas=True)` computes it (`took` -> `take`)."""
    return _irregular().get(norm) or stem(norm)


def inflections(base: str) -> set[str]:
    """A base word's regular inflections and its irregular forms (`take`: `took`, `taken`)."""
    forms = {base, base + "s", base + "es", base + "ed", base + "d", base + "ing"}
    if base.endswith("e"):
        forms.add(base[:-1] + "ing")
    if base.endswith("y"):
        forms |= {base[:-1] + "ies", base[:-1] + "ied"}
    return forms | {f for f, lemma in _irregular().items() if lemma == base}


@lru_cache(maxsize=2)
def _synonym_keys(verbs: bool) -> dict[str, str]:
    """Key of each form of a `SYNONYMS` member (as `content_keys` computes it; `took on` ->
    `take on`) -> its set's key. With `verbs`, phrasal members and verb-only ones too, a
    verb-only member's set before the other sets it is in (`fire` -> `dismiss`)."""
    out: dict[str, str] = {}
    for line in SYNONYMS:
        members = line.split("|")
        head = members[0]
        for member in members:
            phrase, _, tag = member.partition(":")
            verb, _, particle = phrase.partition(" ")
            if (tag or particle) and not verbs:
                continue
            for form in inflections(verb):
                key = " ".join([_verb_form_key(normalise(form)), particle]).strip()
                if tag:
                    out[key] = head
                else:
                    out.setdefault(key, head)
    return out


def verb_before(ws: list[Word], n: int) -> str | None:
    """The key of the verb right before word `n` (a figure: `hire 400`, `take on 400`),
    synonyms and phrasal synonyms folded (`SYNONYMS`); None where a stop
    word or nothing comes before it."""
    if n < 1:
        return None
    last = ws[n - 1].norm
    if last in _PARTICLES and n > 1 and ws[n - 2].norm.isalpha():
        key = f"{_verb_form_key(ws[n - 2].norm)} {last}"
        return _synonym_keys(verbs=True).get(key, key)
    if last in STOP_WORDS or not last.isalpha():
        return None
    key = _verb_form_key(last)
    return _synonym_keys(verbs=True).get(key, key)


#: Words that date a statement or measure its time (`in March`, `on Monday`, `yesterday`, `this
#: week`): one speaker's statements of one story are often dated alike whatever they say.
_CALENDAR_WORDS = (
    " ".join(MONTHS + WEEKDAYS)
    + " today yesterday tomorrow tonight morning afternoon evening night overnight weekend"
    + " day days week weeks month months year years hour hours decade decades"
)


@lru_cache(maxsize=1)
def _calendar_keys() -> frozenset[str]:
    return frozenset(content_keys(words(_CALENDAR_WORDS), lemmas=True))


def calendar_key(key: str) -> bool:
    """A content key that dates a statement: a month, a weekday, a relative day or a unit of
    time (`March`, `Monday`, `yesterday`, `weeks`)."""
    return key in _calendar_keys()


def dating_key(key: str) -> bool:
    """A content key that dates or counts rather than says: a `calendar_key` or a bare number
    (a year too). Shared by two statements, it is no evidence that they are one (`climbed in
    March after the duty rose` / `climbed in March because of the engines`)."""
    return calendar_key(key) or number_value(key) is not None


def is_negation(norm: str) -> bool:
    return norm in NEGATIONS or norm.endswith("n't")


def number_value(word: str) -> float | None:
    """The number a word states (`13`, `2,400`, `nine`, `3.5`), or None."""
    w = word.lower().replace(",", "")
    spelled = spelled_value(w)
    if spelled is not None:
        return float(spelled)
    if w in SCALES:
        return None
    try:
        return float(w)
    except ValueError:
        return None


class Idf:
    """Inverse document frequency of content keys over one story's sentences.

    Rare words carry a story's specific content; words every sentence of the story shares (the
    leaders' names in a summit story) say little about which sentence matches which.
    """

    def __init__(self, docs: list[list[str]]) -> None:
        self.n = max(len(docs), 1)
        self.df = Counter(k for d in docs for k in set(d))
        self._memo: dict[str, float] = {}

    def __call__(self, key: str) -> float:
        w = self._memo.get(key)
        if w is None:
            w = self._memo[key] = math.log((self.n + 1) / (self.df.get(key, 0) + 0.5))
        return w


def weighted_overlap(a: list[str], b: list[str], idf: Idf) -> float:
    """Share of the smaller side's weight that the other side also has (0..1)."""
    sa, sb = set(a), set(b)
    if not sa or not sb:
        return 0.0
    wa = sum(idf(k) for k in sa)
    wb = sum(idf(k) for k in sb)
    shared = sum(idf(k) for k in sa & sb)
    return shared / min(wa, wb)


def weighted_dice(a: list[str], b: list[str], idf: Idf) -> float:
    """Symmetric weighted overlap: 2·shared / (a + b)."""
    sa, sb = set(a), set(b)
    if not sa or not sb:
        return 0.0
    shared = sum(idf(k) for k in sa & sb)
    return 2 * shared / (sum(idf(k) for k in sa) + sum(idf(k) for k in sb))


#: A sentence ends at a stop, closing marks or brackets after it (`"Shame!"]`), and space
#: before a capital or a digit, opening marks or a bracket before it (`House. [Hon. Members`).
#: Straight single quotes count as marks: British, Irish and Australian outlets quote in them
#: (`… the aftershocks. 'Every time the ground moves,' Mr Moran said.`).
#: A sentence ends at a stop before a capital or a figure, at a paragraph break, and at a line
#: break before a list item (`1. …`, `2) …`, `- …`, `• …`): the items of a plain-text list are
#: one line each and often end with no stop (`1. Ana Lind, 34, Orlin` / `2. …`). A dash
#: before a lower-case word is a wrapped line's aside (`the minister, who\n– like his deputy
#: – had …`), no bullet.
_SENT_END = re.compile(
    r"(?<=[.!?…])[\"”’'»)\]]*\s+(?=[\"“‘'«(\[]?[A-Z0-9])|\n\s*\n"
    r"|\n(?=[ \t]*(?:\d{1,3}[.)]|[•*]|[-–](?![ \t]+[a-z]))[ \t]+\S)"
)
#: A lower-case dotted abbreviation (`a.m.`, `p.m.`, `e.g.`): a bracket after it goes on the
#: sentence (`struck at 3:14 a.m. (0114 GMT) on Monday`), and so does a figure after `e.g.`
#: (`e.g. 40 km`); a capital, also inside an opening quote mark, still opens the next one
#: (`at 3 p.m. The minister …`, `at 3 p.m. "We heard it …"`), and so does a figure after a
#: clock's `a.m.` / `p.m.`, whose time is complete (`at 3 a.m. 40 people were hurt.`) -
#: unless the figure counts time that is an adverbial of the clause: a span followed by
#: `after` / `before` / `into` / `ahead of` / `behind`, `late` / `early`, or `later than` /
#: `earlier than` (`ended at 5 p.m. 2 hours after it began`, `opened at 9 a.m. 30 minutes
#: late`, `at 10 p.m. 2 weeks after the riots`). A span that a verb, `of` or a bare `later`
#: / `earlier` follows is a new clause's subject or opener (`12 hours passed before …`, `3
#: hours of shelling followed`, `2 days earlier the talks had collapsed`).
_LOWER_DOTTED = re.compile(r"\b(?:[a-z]\.){2,}$")
_CLOCK_DOTTED = re.compile(r"\b[ap]\.m\.$")
_TIME_SPAN_GOES_ON = re.compile(
    r"\d+\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\s+"
    r"(?:after|before|into|ahead\s+of|behind|late|early|(?:later|earlier)\s+than)\b"
)
_OPENING_MARKS = "\"“‘'«"
#: A list item's bullet at the start of a sentence (`- `, `• `): no word of it.
_BULLET = re.compile(r"[-•*–][ \t]+(?=\S)")
#: Abbreviations whose stop ends no sentence; `hon.` / `Hon.` and `Rt` are a parliament's
#: (`the hon. Lady`, `the Rt Hon. Member`).
_ABBREV = re.compile(
    r"\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Col|Lt|Sgt|Capt|Sen|Rep|Gov|St|Jr|Sr|No|vs|U\.S|U\.K|U\.N|[Hh]on|Rt|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|[A-Z])\.$"
)


def sentences(text: str, quotations: bool = True) -> list[tuple[int, int]]:
    """Sentence spans of a clean article text (paragraph breaks always end a sentence); a
    quotation's sentences are one with the words that frame it (`_inside_quotation`) unless
    not `quotations`.

    Rule-based on purpose: the dossier reads stored text and must not need the parser again.
    """
    spans, start = [], 0
    for m in _SENT_END.finditer(text):
        end = m.start()
        if _ABBREV.search(text[start:end]) or _lower_abbreviation_goes_on(text, start, m):
            continue
        if quotations and _inside_quotation(text, start, m):
            continue
        _append(text, start, end, spans)
        start = m.end()
    _append(text, start, len(text), spans)
    return spans


#: A quotation of more sentences than this is split at its sentences, as is one whose closing
#: mark never comes in its paragraph: a stray or missing mark cannot swallow the article.
MAX_QUOTED_SENTENCES = 4


def _inside_quotation(text: str, start: int, m: re.Match[str]) -> bool:
    """Whether the stop before `m` ends a sentence inside a double-quoted quotation that goes
    on after it (`“Closing borders has never stopped a disease. It only stops trade,” she
    said.`): the quotation's sentences are one sentence with the words that frame them, up to
    `MAX_QUOTED_SENTENCES`. Single quotes are left out: `’` is also the apostrophe. The marks
    are counted from the start of the line the sentence starts in (its paragraph), not from
    the sentence's: after an overlong quotation split at its sentences, its closing mark (`…
    apologise," the mayor said.`) opens nothing; a mark left open on an earlier line (texts
    whose paragraphs are single lines) counts for nothing here, as a line break ended it."""
    if "\n" in m.group():
        return False  # a paragraph break or a list item ends any sentence
    para = text.rfind("\n", 0, start) + 1
    if text.count('"', para, m.end()) % 2:
        opened, close = text.rfind('"', para, m.end()), '"'
    elif text.count("“", para, m.end()) > text.count("”", para, m.end()):
        opened, close = text.rfind("“", para, m.end()), "”"
    else:
        return False
    para = text.find("\n\n", m.end())
    stop = text.find(close, m.end(), len(text) if para < 0 else para)
    if stop < 0:
        return False  # never closed in its paragraph: split as any text
    ends = sum(1 for x in _SENT_END.finditer(text, opened, stop) if "\n" not in x.group())
    return ends + 1 <= MAX_QUOTED_SENTENCES


def _lower_abbreviation_goes_on(text: str, start: int, m: re.Match[str]) -> bool:
    """Whether the stop before `m` is a lower-case abbreviation's and what follows opens no
    new sentence: no capital (after any opening quote marks), no figure after a clock's time
    but one counting a time span that measures the clause."""
    if _LOWER_DOTTED.search(text, start, m.start()) is None:
        return False
    nxt = text[m.end() : m.end() + 4].lstrip(_OPENING_MARKS)[:1]
    if nxt.isupper():
        return False
    if nxt.isdigit() and _CLOCK_DOTTED.search(text, start, m.start()) is not None:
        return _TIME_SPAN_GOES_ON.match(text, m.end()) is not None
    return True


def _append(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    start, end = trimmed(text, start, end)
    bullet = _BULLET.match(text, start, end)
    if bullet is not None:
        start = bullet.end()
    if end > start:
        spans.append((start, end))


def trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """The span `text[start:end]` without the white space at its ends."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


# -- quotations: what outlets' style guides change in the same words ---------------------------

#: British spellings folded to American ones (after `normalise`'s `-ise` / `-ize`): `colour` /
#: `color`, `centre` / `center`, `travelled` / `traveled`, `analyse` / `analyze`, `catalogue` /
#: `catalog`. Word-final patterns only; a word no style guide writes otherwise that a pattern
#: still changes (`devour` -> `devor`) changes the same way in every quote.
_BRITISH = (
    (
        re.compile(r"(?<=[a-z]{2}[^aeiou\W])our(?=(?:s|ed|ing|ite|ites|able|er|ers|hood|hoods)?$)"),
        "or",
    ),
    (re.compile(r"(?<=[a-z]{2}i)our(?=s?$)"), "or"),  # behaviour, saviour
    (re.compile(r"(?<=[a-z]{2})([tbg])re(s?)$"), r"\1er\2"),  # centre, fibre, meagre
    (re.compile(r"(?<=[a-z]{2})([tbg])red$"), r"\1ered"),  # centred
    (re.compile(r"^(.*[aeiou][^aeiou\W]+[aeiou])ll(ed|ing|er|ers)$"), r"\1l\2"),  # travelled
    (re.compile(r"(?<=[a-z]{3})ys(e|es|ed|ing)$"), r"yz\1"),  # analyse, paralysed
    (re.compile(r"(?<=[a-z]{3})ogue(s?)$"), r"og\1"),  # catalogue, dialogue
)
_BRITISH_WORDS = {
    "defence": "defense",
    "offence": "offense",
    "licence": "license",
    "pretence": "pretense",
    "programme": "program",
    "programmes": "programs",
    "judgement": "judgment",
    "judgements": "judgments",
    "ageing": "aging",
    "grey": "gray",
    "tyre": "tire",
    "tyres": "tires",
    "sceptical": "skeptical",
    "sceptic": "skeptic",
    "aluminium": "aluminum",
    "jewellery": "jewelry",
    "mould": "mold",
    "plough": "plow",
    "manoeuvre": "maneuver",
    "manoeuvres": "maneuvers",
    "paediatric": "pediatric",
    "anaesthetic": "anesthetic",
    "foetus": "fetus",
    "cheque": "check",
    "kerb": "curb",
    "storey": "story",
    "storeys": "stories",
    "enrolment": "enrollment",
    "fulfil": "fulfill",
}

#: A number written as a word and as digits (`three` / `3`); `one` is left alone (`no one`,
#: `the one who`), as are the scale words (`ten thousand` / `10,000` is two words against one).
_DIGITS = {w: str(spelled_value(w)) for w in (*SMALL_NUMBERS, *TENS) if w != "one"}


def digits(norm: str) -> str:
    """A number word as digits (`seven` -> `7`), for aligning two wordings; other words as they
    are. Not a key: number words are stop words, and a small number shared is no evidence."""
    return _DIGITS.get(norm, norm)


@lru_cache(maxsize=65536)
def variant_spelling(norm: str) -> str:
    """The key of a word under another style guide: British spellings as American (`harbour` ->
    `harbor`), digits without their thousands separator (`1,000` -> `1000`), a possessive after
    `s` with or without its `s` (`Jones's` / `Jones'`)."""
    if norm[:1].isdigit():
        return norm.replace(",", "") if re.fullmatch(r"\d{1,3}(?:,\d{3})+", norm) else norm
    if norm.endswith("s's"):
        return norm[:-2]
    if norm in _BRITISH_WORDS:
        return _BRITISH_WORDS[norm]
    if len(norm) < 5 or not norm.isalpha():
        return norm
    for pattern, repl in _BRITISH:
        norm = pattern.sub(repl, norm)
    return norm


def quote_words(text: str, offset: int = 0) -> list[Word]:
    """`words`, with what outlets' style guides change in one wording folded (for comparing two
    outlets' versions of a quotation): spellings and numbers (`variant_spelling`), `per cent` as
    one word `percent` (a `Word` spanning both), and `%` after a number as the word `percent`.
    Contractions are left as they are (`don't` / `do not`): joined, they would shorten the runs
    of equal words an alignment needs."""
    ws = words(text, offset)
    out: list[Word] = []
    n = 0
    while n < len(ws):
        w = ws[n]
        nxt = ws[n + 1] if n + 1 < len(ws) else None
        if (
            nxt is not None
            and (w.norm, nxt.norm) == ("per", "cent")
            and _adjacent(text, offset, w, nxt)
        ):
            span = text[w.start - offset : nxt.end - offset]
            out.append(Word(span, w.start, nxt.end, "percent", "percent"))
            n += 2
            continue
        key = variant_spelling(w.norm)
        out.append(w if key == w.norm else Word(w.text, w.start, w.end, key, stem(key)))
        at = w.end - offset
        if w.norm[:1].isdigit() and text[at : at + 2].lstrip(" ")[:1] == "%":
            pos = text.index("%", at) + offset
            out.append(Word("%", pos, pos + 1, "percent", "percent"))
        n += 1
    return out


def _adjacent(text: str, offset: int, a: Word, b: Word) -> bool:
    """Only spaces between two words (not a comma, a quote mark or a sentence end)."""
    return not text[a.end - offset : b.start - offset].strip()


def publication_moment(published: str | None, at: str = "") -> datetime | None:
    """A publication stamp's moment in UTC, when it gives a time of day (a time without an
    offset is read as UTC); with `at` (`14:05`, an update's clock time) that time on the
    stamp's day, in the stamp's offset. None for a day alone (and no `at`) or no stamp."""
    if not published:
        return None
    text = published.strip().replace("Z", "+00:00")
    try:
        stamp = datetime.fromisoformat(text if "T" in text or " " in text else text + "T00:00")
    except ValueError:
        return None
    if at:
        hour, minute = (int(x) for x in re.split(r"[:.]", at))
        if hour > 23 or minute > 59:
            return None
        stamp = stamp.replace(hour=hour, minute=minute, second=0, microsecond=0)
    elif "T" not in text and " " not in text:
        return None
    return stamp.astimezone(UTC) if stamp.tzinfo else stamp.replace(tzinfo=UTC)


def told_before(a: str | None, b: str | None) -> bool | None:
    """Whether the report published at stamp `a` came out before the one at `b`: True, False,
    or None when the stamps do not tell (one missing, equal, or a day alone against a time of
    that day). Two times are compared in UTC, else the days as written."""
    ma, mb = publication_moment(a), publication_moment(b)
    if ma is not None and mb is not None:
        return None if ma == mb else ma < mb
    da, db = parse_published(a), parse_published(b)
    if da is None or db is None or da == db:
        return None
    return da < db

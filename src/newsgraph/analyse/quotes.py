"""Who said what: direct, mixed and indirect quotations with their speakers.

Rules over a spaCy parse, in three passes over an article:

1. Quote marks are paired on the raw text (`quotemarks`), so an odd number of marks or a quote
   running over several paragraphs never derails the parse-based steps.
2. Each quoted span of four words or more is a direct quote. Its speech cue is looked for in the
   words after the closing mark (`"…," Brenn said.` / `"…," said Vera Lind`), then before the
   opening mark (`Brenn added, "…"`, `X said:` ending the previous paragraph). A quote with no
   cue of its own continues the speaker of the quote just before it in the same or previous
   paragraph, or is left unattributed.
3. Speech verbs with a complement clause outside direct quotes make indirect quotes (`The
   ministry said Thursday that …`, `according to X`); shorter quoted fragments inside such a
   clause or an evaluative cue's object make it a mixed quote (`praised China's "balanced"
   approach`). Fragments that nothing attributes are scare quotes.

Speakers are then resolved to names in reading order (`speakers.SpeakerResolver`).
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from newsgraph.analyse.countries import agent_sectors, is_place
from newsgraph.analyse.headline_names import label_name, title_name
from newsgraph.analyse.newsdates import MONTHS, WEEKDAYS
from newsgraph.analyse.nlp import common_word, lemma_words
from newsgraph.analyse.quotemarks import QuotedSpan, find_quoted_spans
from newsgraph.analyse.selfref import EARLIER, TEXT_PARTS, VERSION, WHOLE_TEXT
from newsgraph.analyse.speakers import (
    ROLE_NOUNS,
    SOURCE_NOUNS,
    SpeakerResolver,
    apposed_role,
    doc_text,
    name_token,
    per_document,
)
from newsgraph.analyse.speech import (
    AUDIENCE_NOUNS,
    EVALUATIVE_VERBS,
    LISTENER_NOUNS,
    MEDIA_NOUNS,
    SAY_VERBS,
    is_say_verb,
)
from newsgraph.extract.credits import DATELINE, byline_credits, byline_people
from newsgraph.extract.outlets import canonical_outlet, is_agency
from newsgraph.extract.textclean import publication_name
from newsgraph.records import Mention, Quote
from newsgraph.wordlists import ASKING_VERBS, HONORIFICS, NAME_PARTICLES, RELATIVE_DAY_WORDS

MIN_DIRECT_WORDS = 4
#: Parts of speech before an opening mark that make the quoted words a name or a phrase
#: of the sentence (`host of "…"`, `the "…" initiative`, `a city of "…"`).
_NAMING_POS = frozenset({"DET", "ADP", "ADJ", "NOUN", "PROPN", "NUM", "PART", "CCONJ", "SCONJ"})
#: Dependents of a verb that hold what was said: `bemoaned [X]`, `refers to [X as "…"]`.
_OBJECT_DEPS = frozenset({"dobj", "prep", "ccomp", "xcomp", "oprd", "attr"})
#: Verbs that frame something in someone's words: `portray X as "…"`, `dubbed it "…"`.
_FRAMING_VERBS = frozenset(
    "portray cast refer dub label brand name term characterize characterise depict frame "
    "describe call".split()
)
#: Cues that put their object in the speaker's words: announcing, promising or warning of
#: something (`announced a "temporary" pause`, `pledged a "full" audit`).
_ANNOUNCE = frozenset(
    "announce declare proclaim unveil promise pledge vow warn threaten predict describe".split()
)
#: Cues that assess their object, or state it in the speaker's words: a quoted word modifying
#: it is the speaker's (`praised China's "balanced" approach`, `called it a "rigged" system`).
_ASSESS = EVALUATIVE_VERBS | _FRAMING_VERBS | _ANNOUNCE
#: Subjects inside a labelled line that speak with the label's voice.
_FIRST_PERSON = frozenset({"i", "we"})
#: First-person possessives: `our engineers`, `my advisers` are the speaker's own side.
_OWN_SIDE = frozenset({"our", "my"})
#: Nouns (lemmas) for those who work for the speaker: `our engineers say` is the speaker's
#: own side, in the turn's voice; `our critics say`, `my opponents claim` report others.
_OWN_STAFF = frozenset(
    """
    engineer expert adviser advisor official team staff staffer aide analyst scientist
    lawyer attorney economist researcher spokesman spokeswoman spokesperson department
    office ministry doctor auditor accountant planner inspector technician negotiator
    """.split()
)
#: A line opening with a speaker label: `Graham: …`, `NY Daily News: …`, `Sen. Warren: …`.
#: A parliament's label may go on with one or two bracketed parts, the member's name after an
#: office (`The Minister for Foreign Affairs (Ms Tessaly Marr):`) or a constituency and party
#: (`Ms Priya Hallam (Norbridge South) (Reform):`); group 2 holds them. A bracketed part opens
#: with a capital, as a name, seat or party does: `Pros (short term):`, `Step 2 (mix):`
#: carry a note, not a member; `Arsenal (3):` a team's score, no label at all.
#: A broadcast transcript's time stamp before a turn's label (`[00:00:31] MARTA VELL:`): one
#: pattern, optional before a label (`_STAMP`) and required where a line must carry one.
_TIME_STAMP = r"\[\d{1,2}(?::\d{2}){1,2}\]"
_STAMP = rf"(?:{_TIME_STAMP}[ \t]*)?"
_STAMPED = re.compile(rf"[ \t]*{_TIME_STAMP}")
#: A bracket after a label that names the channel of the words, not the speaker
#: (`PAVEL GRUZDEV (through interpreter):`, `(via translator)`, `(voice-over)`).
_CHANNEL = r"\((?:(?:through|via)[ \t]+(?:an?[ \t]+)?[a-z][^()\n]{0,40}|translated|voice-?over)\)"
_LABELLED_LINE = re.compile(
    rf"^[ \t]*{_STAMP}([A-Z][\w.'’&-]*(?:[ \t]+[\w.'’&()-]+){{0,6}}?)"
    rf"((?:[ \t]*(?:\([A-Z][^()\n]{{0,59}}\)|{_CHANNEL})){{0,2}})"
    r"[ \t]*:[ \t]+(\S[^\n]*)$",
    re.M,
)
#: Words of a label before its brackets: five, or six before a bracketed name or seat.
_LABEL_WORDS = 5
_BRACKETED_LABEL_WORDS = 6
#: A bracketed member's name with its honorific (`Ms Tessaly Marr`, `Dr. Ilse Brandt`).
_HONORIFICS = "|".join(sorted((w.capitalize() for w in HONORIFICS), key=lambda w: (-len(w), w)))
_BRACKETED_NAME = re.compile(
    rf"(?:{_HONORIFICS})\.?[ \t]+"
    r"([A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,2})"
)
#: A bracket holding only a number or a score (`Eastfold (3)`, `(3-1)`): no turn label.
_NUMBER_BRACKET = re.compile(r"\(\s*\d+(?:\s*[-–:]\s*\d+)?\s*\)")
#: A person's age in a label's bracket: two digits or a hundred and more (`Ana Ruiz (34):`).
_AGE_BRACKET = re.compile(r"\(\s*(?:[1-9]\d|1[01]\d)\s*\)")
#: One bracketed part of a label, its words without the spaces inside the brackets.
_BRACKET = re.compile(r"\(\s*([^()\n]+?)\s*\)")
#: A label that gives a member's title (`Mr Brell:`, `Sen. Warren:`, `The Deputy Speaker:`).
_TITLED_LABEL = re.compile(
    rf"(?:The[ \t]+)?(?:Deputy[ \t]+)?(?:{_HONORIFICS}|Madam|Sen|Senator|Rep|Representative"
    r"|Chairman|Chairwoman|Chair|Speaker|Hon)\b"
)
#: An interjection printed inside a turn: `[Interruption.]`, `[Hon. Members: "Shame!"]`,
#: `(Laughter)`, `(Applause.)`: the record's, not the member's words. In round brackets only
#: the record's own words: `We (Greens) voted`, `(and I mean this)` are the member's.
_INTERJECTION = re.compile(
    r"\[[^\[\]\n]*\]|\((?:Laughter|Applause|Interruptions?|Hear,? hear!?|Cheers|Cheering"
    r"|Shouting|Uproar|Heckling|Inaudible|Crosstalk|Cross-talk|Noise|Disorder)\.?\)",
    re.I,
)
#: First words of line labels that introduce no speaker (`Related:`, `Update:`, `Photo:`).
_NOT_LABELS = frozenset(
    """
    related update updated watch video photo photos image source sources note editor editors
    correction read also see breaking listen more advertisement caption credit credits
    disclaimer warning tags filed category follow subscribe share click sign q a question answer
    where when what who why how location date time contact email phone tel fax web website
    transcript excerpt excerpts summary ep episode part chapter season q&a
    """.split()
)
#: A fact-check's claim line (`Claim: "…"`) and the line naming its claimant (`Who said it:
#: X, at a rally`), up to the first comma or parenthesis.
_CLAIM_LINE = re.compile(r"^[ \t]*(?:the[ \t]+)?(?:claim|statement)[ \t]*:", re.I)
_CLAIMANT_LINE = re.compile(
    r"^[ \t]*(?:who[ \t]+(?:said|made|claimed)[ \t]+(?:it|this|that)|said[ \t]+by|claimed[ \t]+by)"
    r"[ \t]*:[ \t]*([^,(\n]+)",
    re.I | re.M,
)
#: Lower-case words a speaker label may contain (`Secretary of State`).
# (a label is also an office, linked with English words: `Secretary of State`)
_LABEL_LINKS = NAME_PARTICLES | frozenset("of the and for".split())
_OPEN_MARKS = frozenset('\u201c"\u2018\u00ab')
_CLOSE_MARKS = frozenset('\u201d"\u2019\u00bb')
#: A transcript line's speaker label: `WALLACE:`, `SEN. WARREN:` at the start of a quote.
_TRANSCRIPT = re.compile(r"\s*((?:[A-Z][A-Z.'’-]+ ){0,3}[A-Z][A-Z'’-]{2,}):\s+")
_WINDOW_AFTER = 25
_WINDOW_BEFORE = 30
_QUOTE_CHARS = frozenset(['"', "\u201c", "\u201d", "\u00ab", "\u00bb", "\u201e", "''", "``"])
_SINGLE_MARKS = frozenset("'\u2018\u2019")
_SENT_END = frozenset({".", "!", "?"})
_SUBJECTS = ("nsubj", "nsubjpass")
#: An editor's or interpreter's bracketed note, and one that ends its paragraph.
_NOTE = re.compile(r"\[[^\[\]\n]*\]")
_TRAILING_NOTE = re.compile(r"\s*\[[^\[\]\n]*\]\s*$")
#: A letter's salutation (`Dear Ms Voss,`) and a signature line: a name alone.
#: (one way to split the words, so a long capitalised run cannot make it backtrack)
_SALUTATION = re.compile(
    r"^(?:My )?[Dd]ear (?:([A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,3})\s?[,:]?"
    r"|([a-z][\w'’-]*(?: [a-z][\w'’-]*)?)[,:]?)$"  # `Dear colleagues,`: no one named
)
#: A letter's closing before its signature (`Yours sincerely,`, `Kind Regards,`): no quote.
_CLOSING = re.compile(
    r"^(?:Yours(?: \w+)?|Sincerely(?: yours)?|(?:(?:Best|Kind|Warm)(?:est)? )?(?:regards|wishes)"
    r"|With (?:\w+ )?regards|Respectfully(?: yours)?)[,.]?$",
    re.IGNORECASE,
)
_SIGNATURE = re.compile(r"^[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3}[.,]?$")
#: A quotation's own paragraph end, then a paragraph opening that refers back to its words.
_CREDIT_OPENING = re.compile(
    r"[ \t]*\n\s*\n\s*((?:Those|These|The|Her|His|Their) (?:words|remarks|comments|lines|"
    r"message|post|posts|tweet|tweets|statement)),"
)
#: A paragraph that credits the quotation before it: `That was how X described it`.
_HOW_CREDIT = re.compile(
    r"[ \t]*\n\s*\n\s*(?:That|This|Those|These)(?: was| is| were| are|'s|’s) how "
)
#: Verbs such a credit names the speaker with (`put it`, `summed it up`).
_CREDIT_VERBS = SAY_VERBS | frozenset("put sum characterise characterize".split())
_CLAUSE_DEPS = frozenset({"ROOT", "ccomp", "xcomp", "advcl", "conj", "relcl", "parataxis", "pcomp"})


def extract_quotes(doc: Doc, title: str | None = None, byline: str | None = None) -> list[Quote]:
    """Every quotation in the parsed article, in text order. The `title` may give a
    transcript's labels their full names (`briefing by spokesperson Lina Marsh`); the
    `byline` (`""` for an article without one; None where it is not known) tells who the
    narrator's `I` is (`_first_person`)."""
    found = _Extractor(doc, title).run()
    if byline is None:
        return found
    return _first_person(found, sole_author(byline) or _signed_by(doc))


def sole_author(byline: str | None) -> str | None:
    """The byline's one author when its only credit is a person (`Marit Hovde`, `By J. R.
    Hartley`: `credits.byline_people`), else None (`A and B`, `Ana Ruiz; Security
    Correspondent`, `Northern Ledger staff`, a newsroom job `Special Correspondent`, an outlet
    or agency `BBC News`, `Associated Press`, `Talsen Herald`)."""
    people = byline_people(byline, publication_name)
    return people[0] if len(people) == 1 and people == byline_credits(byline) else None


#: The last paragraph of a signed letter: a name, and perhaps a place or a role after a
#: comma (`Marta Quill, Kassel`, `— Jon Vik`).
_SIGNATURE_LINE = re.compile(
    r"[-–—]?[ \t]*([A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’.-]*){1,3})"
    r"(?:,[ \t]*[A-Z][^\n.!?]{0,40})?\.?"
)


def _signed_by(doc: Doc) -> str | None:
    """The person who signs the article in its last paragraph (a letter to the editor:
    `Dear editor, … I told the council …` then `Marta Quill, Kassel`): NER's person there."""
    text = doc.text.rstrip()
    start = text.rfind("\n") + 1
    m = _SIGNATURE_LINE.fullmatch(text, start)
    if start == 0 or m is None:
        return None
    name = doc.char_span(m.start(1), m.end(1), alignment_mode="expand")
    person = [e for e in name.ents if e.label_ == "PERSON"] if name is not None else []
    return person[0].text if len(person) == 1 else None


def _first_person(quotes: list[Quote], author: str | None) -> list[Quote]:
    """The narrator's `I` outside quotation marks (`I have long warned that …`, in an op-ed
    or a column) is the article's author: a quote of the byline's sole author or of the
    letter's signer, and `told me` addresses that author. With no author we can name (no
    byline, a desk, two names) the `I`'s quotes are dropped (review 18's decision)."""
    directs = [(q.start, q.end) for q in quotes if q.kind == "direct"]
    out = []
    for q in quotes:
        if q.speaker_name is None and _narrator(q.speaker, directs):
            if author is None:
                continue
            q.speaker_name = author
        if author is not None and q.addressee_name is None and _narrator(q.addressee, directs):
            q.addressee_name = author
        out.append(q)
    return out


def _narrator(mention: Mention | None, directs: list[tuple[int, int]]) -> bool:
    """A first-person singular mention outside every direct quote."""
    return (
        mention is not None
        and mention.text.lower() in ("i", "me")
        and not any(s <= mention.start < e for s, e in directs)
    )


@dataclass(slots=True)
class _Direct:
    """A direct quote in the making; `cue` is the token index of its own speech cue."""

    qs: QuotedSpan
    quote: Quote
    speaker: Span | None
    cue: int | None
    absorbed: bool = False  # taken into a mixed quote


def _attribute_from_next_paragraph(directs: list[_Direct]) -> None:
    """`"A ⏎ ⏎ "B," Brenn told reporters.`: a quote paragraph left open (no closing mark) and
    reopened in the next paragraph, which ends with the attribution, is the same speaker's;
    backwards, so a quotation over three paragraphs takes the attribution of its last."""
    for k in range(len(directs) - 2, -1, -1):
        d, nxt = directs[k], directs[k + 1]
        if (
            d.quote.speaker is None
            and d.cue is None
            and d.quote.label == "quote"
            and d.qs.continues
            and nxt.qs.continued
            and nxt.quote.speaker is not None
        ):
            prev, quote = nxt.quote, d.quote
            quote.speaker, quote.cue = prev.speaker, prev.cue
            quote.addressee, quote.addressee_name, quote.via = (
                prev.addressee,
                prev.addressee_name,
                prev.via,
            )
            d.speaker = nxt.speaker


#: One line of a transcript: (label start, label, content start, content end, is a question).
_Turn = tuple[int, str, int, int, bool]
#: A transcript line's label: `Q`, `Answer`, a name (`Dresler`, `Ivo Dresler`, `DRESLER`)
#: or initials (`OT`, `O.T.`), then a colon.
_TURN = re.compile(
    rf"^[ \t]*{_STAMP}((?:[A-Z][a-z'’-]+|[A-Z][A-Z.'’-]*)(?:[ \t][A-Z][\w.'’-]*){{0,2}})"
    r"(?:[ \t]*\([^()\n]{1,60}\))?[ \t]*:[ \t]+(\S[^\n]*)$",
    re.M,
)
_QUESTION_LABELS = frozenset({"q", "question"})
#: Words of a paragraph introducing an interview (`spoke to X`, `in an interview with`).
_INTERVIEW_VERBS = frozenset("speak talk sit chat interview meet answer".split())
#: Verbs whose object `interview` makes their subject the interviewee (`gave an interview to`).
_INTERVIEW_GIVING = frozenset("give grant".split())
#: Verbs whose object `interview` makes their subject the interviewee only when the other
#: side is an outlet (`held a conversation with the Herald`). Not `conduct`: `X conducted an
#: interview with Y` is Y's interview.
_INTERVIEW_HOLDING = frozenset("hold have".split())
_INTERVIEW_NOUNS = frozenset({"interview", "conversation"})
_ANSWER_LABELS = frozenset({"a", "answer"})
#: Verbs by which an outlet carries a statement (`in a statement carried by …`).
_CARRY_VERBS = frozenset("carry broadcast air publish run relay release post televise".split())
#: Verbs of writing: the proper name after `in` is the publication (`wrote in The Sentinel`).
_WRITE_VERBS = frozenset("write pen publish".split())
#: Verbs whose `by` names the author of words referred back to (`those words, posted by X`),
#: not a reader or a critic (`viewed by millions`, `criticised by X`).
_AUTHOR_VERBS = _WRITE_VERBS | frozenset(
    "say speak make utter deliver post tweet issue send".split()
)
_PLACE_TYPES = frozenset({"GPE", "LOC", "FAC", "DATE", "TIME", "EVENT"})
#: Endings of nouns for people by what they do (`driver`, `activist`, `civilian`, `migrant`).
_AGENT_ENDINGS = ("er", "or", "ist", "ian", "man", "ant")


def _transcript_turns(text: str) -> list[list[_Turn]]:
    """Runs of labelled lines (only blank lines between) that read as an interview: questions
    and answers (`Q:`/`A:`, `Question:`/`Answer:`), or at least two labels taking turns, one
    of which only asks questions. Any other colon line is left to `_labelled_lines`."""
    blocks: list[list[_Turn]] = []
    run: list[_Turn] = []
    last = 0  # end of the last labelled line, a turn's or a note's
    for m in _TURN.finditer(text):
        turn = (m.start(1), m.group(1), m.start(2), m.end(2), m.group(2).rstrip().endswith("?"))
        gap, last = text[last : m.start()], m.end(2)
        if m.group(1).lower() in _NOT_LABELS - _QUESTION_LABELS - _ANSWER_LABELS:
            continue  # `Transcript: briefing by …`, `NOTE: …`: a heading, no turn, no break
        if run and gap.strip():
            blocks.append(run)
            run = []
        run.append(turn)
    blocks.append(run)
    lines = Counter(turn[1] for block in blocks for turn in block)
    return [
        b
        for b in blocks
        # a host who also states may lead only a transcript that holds every line of its
        # labels: a programme whose host and guests also speak outside it is turns, not one
        # interview (`_labelled_lines` reads those)
        if _interview(
            b, relaxed=all(lines[label] == n for label, n in Counter(t[1] for t in b).items())
        )
    ]


def _interview(block: list[_Turn], *, relaxed: bool = True) -> bool:
    labels = [turn[1].lower() for turn in block]
    if len(block) < 2 or len(set(labels)) < 2:
        return False
    if set(labels) <= _QUESTION_LABELS | _ANSWER_LABELS:
        return bool(set(labels) & _QUESTION_LABELS) and bool(set(labels) & _ANSWER_LABELS)
    if set(labels) & _ANSWER_LABELS:
        return False
    if set(labels) & _QUESTION_LABELS:
        # a briefing: `QUESTION (Radio X): …` / `Q: …` from the floor, one person answering,
        # or a joint news conference, two or more (`_turns` wants each a person)
        return bool(_answering_labels(block))
    return _asking_label(block, relaxed=relaxed) is not None and len(set(labels)) == 2


def _asks(block: list[_Turn]) -> dict[str, bool]:
    """Each label: whether its every line is a question."""
    asks: dict[str, bool] = {}
    for _, label, _, _, question in block:
        asks[label] = asks.get(label, True) and question
    return asks


def _answering_labels(block: list[_Turn]) -> set[str]:
    """Labels that are not the floor's: not `Q:`/`Question:` and not a label whose every line
    asks (a reporter named in the transcript)."""
    return {
        label
        for label, question in _asks(block).items()
        if not question and label.lower() not in _QUESTION_LABELS
    }


def _asking_label(block: list[_Turn], *, relaxed: bool = True) -> str | None:
    """The interviewer's label: the only one whose every line is a question; else (with
    `relaxed`), of two labels, the one that asks in most of its lines where the other asks
    in at most a quarter of its own (a host's challenge, `The opposition says the curfew is
    meant to stop them.`, is no answer, and a guest may ask back once)."""
    askers = [label for label, question in _asks(block).items() if question]
    if askers or not relaxed:
        return askers[0] if len(askers) == 1 else None
    shares = _question_shares(block)
    if len(shares) != 2:
        return None
    (host, most), (_, other) = sorted(shares.items(), key=lambda kv: -kv[1])
    return host if most > 0.5 and other <= 0.25 else None


def _question_shares(block: list[_Turn]) -> dict[str, float]:
    """Each label: the share of its lines that are questions."""
    counts: dict[str, list[int]] = {}
    for _, label, _, _, question in block:
        asked, lines = counts.setdefault(label, [0, 0])
        counts[label] = [asked + question, lines + 1]
    return {label: asked / lines for label, (asked, lines) in counts.items()}


#: A turn made only of courtesies (`Thank you, and happy new year.`, `Good afternoon.`).
_COURTESY = re.compile(
    r"(?i)^(?:(?:thank you|thanks|good (?:morning|afternoon|evening|night)|goodbye|"
    r"happy (?:new year|holidays|christmas)|merry christmas|hello|welcome)"
    r"(?:[ ,]+(?:all|everyone|everybody|very much|and|again|to you|too))*[ ,.!]*)+$"
)


def _courtesy(text: str) -> bool:
    """A closing or opening pleasantry is nobody's statement, though said on the record."""
    return bool(_COURTESY.match(text.strip()))


def _person_part(span: Span) -> Span:
    """The person's name inside a run of proper nouns (`Councillor Marta Selden` → `Marta
    Selden`, `Ilona Feszak` where NER took only `Ilona`): from NER's first PERSON to the end
    of the run; the run itself when NER names no one in it."""
    person = next((e for e in span.ents if e.label_ == "PERSON"), None)
    if person is None:
        return span
    return span.doc[person.start : max(person.end, span.end)]


#: A paragraph opening with a turn's label (`Q:`, `Answer:`, `RUIZ:`, `Ana Ruiz:`).
_TURN_LABEL = re.compile(r"[^\s:]+(?: [^\s:]+){0,4}:\s")


#: A paragraph: lines with words up to a blank line (quotemarks' `paragraphs` also breaks at a
#: single line break after a finished sentence).
_PARAGRAPH_LINES = re.compile(r"[^\n]+(?:\n[^\S\n]*[^\s][^\n]*)*")


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each paragraph: text between blank lines, edges stripped."""
    out = []
    for m in _PARAGRAPH_LINES.finditer(text):
        start, end = _strip_edges(text, m.start(), m.end())
        if end > start:
            out.append((start, end))
    return out


def _question_paragraph(para: str) -> bool:
    """A paragraph that ends by asking (`Why a curfew, and why only in Drossa?`)."""
    return para.rstrip().endswith("?")


def _authored_by(by: Token) -> bool:
    """Whether the verb `by` hangs on (through a noun the parse may hang it on: `made at the
    event by`) is one of authoring, so `by`'s object wrote or spoke the words."""
    verb = by.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    return verb.lemma_.lower() in _AUTHOR_VERBS


def _bare_singular(tok: Token) -> bool:
    """A singular common noun with no determiner or owner (`by telephone`, `by video link`):
    a means, where a person would take one (`by the secretary`, `by a spokesman`)."""
    return tok.tag_ == "NN" and not any(c.dep_ in ("det", "poss") for c in tok.children)


def _asked_of_you(cue: Token) -> bool:
    """A question whose cue is the listener's (`Can you confirm …?`, `Did you tell them …?`):
    it asks for a statement; no one has made one."""
    subj = next((c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return (
        subj is not None
        and subj.lower_ == "you"
        and any(t.text == "?" for t in cue.sent if t.i > cue.i)
        and any(c.dep_ == "aux" and c.i < subj.i for c in cue.children)
    )


def _same_voice(prev: Quote, quote: Quote) -> bool:
    """The reopened part speaks with the open part's voice: the same attribution, or a cue of
    its own whose speaker resolves to the same named person (`X said … she said`). A part
    whose speaker stays unnamed on either side is only linked by the same attribution."""
    if (quote.cue, quote.speaker) == (prev.cue, prev.speaker):
        return True
    if quote.cue is None:
        return False  # a transcript line's label (`"HOST: …`): another turn
    return prev.speaker_name is not None and quote.speaker_name == prev.speaker_name


class _Extractor:
    def __init__(self, doc: Doc, title: str | None = None) -> None:
        self.doc = doc
        self.text = doc_text(doc)
        self.title = title or ""
        #: Full names the title gives transcript turns, by quote start (`MS MARSH:`).
        self._titled: dict[int, str] = {}
        self.starts = [t.idx for t in doc]
        self.spans = find_quoted_spans(self.text)
        self._span_starts = [qs.start for qs in self.spans]
        #: Offsets of the single marks paired as quotation marks (their character is also the
        #: apostrophe, so a token is a mark only where the pairing made it one).
        self._single_marks = {
            i
            for qs in self.spans
            for i in (qs.open_mark, qs.close_mark)
            if i is not None and self.text[i] in _SINGLE_MARKS
        }
        self.resolver = SpeakerResolver(doc)
        self._short_answer: tuple[int, int] | None = None
        self._object_cue = -1  # the last cue whose content came from its object
        #: Quoted labels inside reported content (`defended the "express" machines`): scare
        #: quotes though a quote's content holds them.
        self._labels: list[QuotedSpan] = []
        self._notes: list[tuple[int, int]] = []  # bracketed editor's notes in answers
        self._asked: list[tuple[int, int]] = []  # a transcript interviewer's statements
        self._credit_cues: set[int] = set()  # `That was how X described …`: no cue of its own
        self._caps_names: set[str] = set()  # transcript labels read as names (`ILSE DORN`)
        #: The full names the page writes for titled capitals labels (`PRESIDENT HOPE`).
        self._label_names: dict[str, str | None] = {}
        #: Starts of the sources named inside reporters' questions (`_question_source`).
        self._question_sources: set[int] = set()
        #: Speech a transcript turn reports, with the turn and its label (`_reported_in_turn`).
        self._relayed: list[tuple[Quote, Quote, Span]] = []
        #: Per-document caches: the page's proper-noun runs and its bodies' word keys.
        self._runs: list[tuple[Token, list[Token]]] | None = None
        self._run_ends: list[int] = []
        self._body_keys: set[str] | None = None

    # -- helpers -----------------------------------------------------------------------------

    def tok_at(self, char: int) -> int:
        """Index of the token covering (or starting just after) a char offset."""
        i = bisect.bisect_right(self.starts, char) - 1
        return max(0, min(i, len(self.doc) - 1))

    def _quoted(self, char: int) -> bool:
        """The character lies between a pair of quote marks."""
        k = bisect.bisect_right(self._span_starts, char) - 1
        return k >= 0 and char < self.spans[k].end

    def _is_mark(self, t: Token) -> bool:
        """The token is a quotation mark (a single one only where it was paired as one)."""
        return t.text in _QUOTE_CHARS or t.idx in self._single_marks

    def _trim(self, start: int, end: int) -> tuple[str, int, int]:
        return _trim(self.text, start, end, self._single_marks)

    def mention(self, start_char: int, end_char: int) -> Mention:
        return Mention(self.text[start_char:end_char], start_char, end_char)

    # -- passes ------------------------------------------------------------------------------

    def run(self) -> list[Quote]:
        if not len(self.doc):
            return []
        directs: list[_Direct] = []
        fragments: list[QuotedSpan] = []
        previous: _Direct | None = None
        for qs in self.spans:
            short = _words(self.text[qs.start : qs.end]) < MIN_DIRECT_WORDS
            if short and not (
                qs.continued
                or qs.continues
                or self._resumes(previous, qs)
                or self._sentence_with_cue(qs)
                or self._right_after_cue(qs)
            ):
                fragments.append(qs)
                continue
            previous = self._direct(qs, previous)
            directs.append(previous)
        _attribute_from_next_paragraph(directs)
        self._letters(directs)
        for d in directs:
            if (how := self._credited_how(d.qs)) is not None and d.cue is None:
                # `"…"⏎⏎That was how the mayor, X, described it`: the next paragraph's
                # speaker, whoever the paragraph before the quote named
                d.speaker, d.quote.speaker = how, self.mention(how.start_char, how.end_char)
                d.quote.cue = d.quote.addressee = d.quote.addressee_name = d.quote.via = None
            if d.quote.speaker is None and d.cue is None and d.quote.label == "quote":
                credited = self._credited_after(d.qs)
                if credited is not None:
                    d.speaker = credited
                    d.quote.speaker = self.mention(credited.start_char, credited.end_char)
        found: list[tuple[Quote, Span | None]] = []
        claimed: list[tuple[int, int]] = []
        for quote, speaker in self._indirect(directs, fragments):
            found.append((quote, speaker))
            claimed.append((quote.start, quote.end))
        # Quoted words inside a sentence that nothing attributed (fragments, and longer
        # quotes labelled scare) may still sit in the object of a verb with a named subject.
        loose = [d.qs for d in directs if not d.absorbed and d.quote.label == "scare"]
        attributed = [(d.qs.start, d.qs.end) for d in directs if d.quote.label != "scare"]
        for quote, speaker, span in self._fragment_verbs(fragments + loose, claimed + attributed):
            found.append((quote, speaker))
            claimed.append(span)
            for d in directs:
                if d.quote.label == "scare" and span[0] <= d.qs.start and d.qs.end <= span[1] + 2:
                    d.absorbed = True
        kept = [d for d in directs if not d.absorbed]
        found.extend((d.quote, d.speaker) for d in kept)
        taken = claimed + [(d.qs.start, d.qs.end) for d in kept]
        for quote, speaker, whole in self._labelled_lines():
            over = [p for p in found if p[0].start < quote.end and quote.start < p[0].end]
            if not whole and any(
                p[1] is not None
                # `Ruiz: We will not accept a "stolen" count`: the first person inside the
                # line speaks with the label's voice.
                and not (quote.start <= p[0].start and p[1].root.lower_ in _FIRST_PERSON)
                for p in over
            ):
                continue
            inner = [p for p in over if whole and self._reported_in_turn(p, quote, speaker)]
            for p in inner:
                if not p[0].via and speaker is not None:
                    self._relayed.append((p[0], quote, speaker))
            drop = {id(p) for p in over} - {id(p) for p in inner}
            found = [p for p in found if id(p) not in drop]
            found.append((quote, speaker))
            taken.append((quote.start, quote.end))
        for quote, speaker in self._paragraph_interview():
            # The answer is the interviewee's: words reported inside it are part of it.
            found = [p for p in found if not (quote.start <= p[0].start < quote.end)]
            found.append((quote, speaker))
            taken.append((quote.start, quote.end))
        for quote, speaker in self._statement_points():
            # A point is the statement's words: what it reports inside is part of it.
            found = [p for p in found if not (quote.start <= p[0].start < quote.end)]
            found.append((quote, speaker))
            taken.append((quote.start, quote.end))
        # `[Interpreter's note: she used the word "derrumbe"]`: nobody's quote; nor what an
        # interviewer's line reports (`HOST: The unions say the ban is unfair.`)
        found = [
            p for p in found if not any(s <= p[0].start < e for s, e in self._notes + self._asked)
        ]
        taken.extend(self._notes)
        for qs in fragments:
            if qs in self._labels or not any(s < qs.end and qs.start < e for s, e in taken):
                text, start, end = self._trim(qs.start, qs.end)
                if end > start:
                    found.append((Quote("direct", text, start, end, label="scare"), None))
        found.sort(key=lambda pair: (pair[0].start, pair[0].end))
        found = self._headline_credit(found)
        found = self._claim_lines(found)
        # `Correction: An earlier version of this article said …`, `This story said …`: the
        # text speaking of itself is a notice, not speech; no quote and no speaker.
        found = [p for p in found if p[1] is None or not _self_reference(p[1])]
        found = [p for p in found if not self._floor_words(*p)]
        self._follow_reported(found)
        out = self._resolve(found)
        for inner, turn, speaker in self._relayed:
            # a label is no channel: the turn's speaker is, by name (`MARTA VELL` relays as
            # `Marta Vell`), or as the label writes it where nothing names the person
            inner.via = inner.via or turn.speaker_name or speaker.text
        self._link_continuations(found, {id(d.quote): d.qs for d in kept})
        return out

    def _reported_in_turn(
        self, inner: tuple[Quote, Span | None], turn: Quote, speaker: Span | None
    ) -> bool:
        """`VELL: The minister told me that the talks had failed.`: a turn's words are its
        speaker's, and the third party they report (named, not a pronoun) spoke too, through
        the turn's speaker (`via`). The speaker's own `I said …` is the turn itself."""
        quote, by = inner
        return not (
            by is None
            or speaker is None
            or quote.kind != "indirect"
            or quote.cue is None
            or not turn.start <= quote.start < quote.end <= turn.end
            or by.root.pos_ == "PRON"
            # `Our engineers say about 900 million`: the speaker's own side, in the turn's voice
            or by.root.lemma_.lower() in _OWN_STAFF
            and any(c.dep_ == "poss" and c.lower_ in _OWN_SIDE for c in by.root.children)
            # `Will the Minister tell the House whether she …?`: a question reports nothing
            or self.doc[self.tok_at(quote.cue.start)].sent.text.rstrip().endswith("?")
            or (name := self.resolver.resolve(by)) is not None
            and name == self.resolver.resolve(speaker)
        )

    def _letters(self, directs: list[_Direct]) -> None:
        """A letter quoted paragraph by paragraph (`"Dear Ms Voss,` … `"Teodric Almane"`):
        the paragraphs between the salutation and the signature are the signer's words to
        the one the salutation names; the salutation, a closing (`Yours sincerely,`) and the
        signature are no quotes."""
        for i, first in enumerate(directs):
            dear = _SALUTATION.match(first.quote.text)
            if dear is None or first.quote.speaker is not None:
                continue
            for j in range(i + 1, len(directs)):
                if not self._adjacent_paragraphs(directs[j - 1].qs, directs[j].qs):
                    break
                if directs[j].quote.speaker is not None:
                    break
                closing = _CLOSING.match(directs[j].quote.text) is not None
                if closing or not _SIGNATURE.match(directs[j].quote.text) or j == i + 1:
                    continue
                signer = self.doc.char_span(
                    directs[j].quote.start, directs[j].quote.end, alignment_mode="expand"
                )
                to = self.doc.char_span(
                    first.quote.start + dear.start(dear.lastindex),
                    first.quote.start + dear.end(dear.lastindex),
                    alignment_mode="expand",
                )
                for d in directs[i + 1 : j]:
                    if _CLOSING.match(d.quote.text):
                        d.absorbed = True
                        continue
                    d.speaker = signer
                    d.quote.speaker = self.mention(signer.start_char, signer.end_char)
                    if to is not None:
                        d.quote.addressee = self.mention(to.start_char, to.end_char)
                        d.quote.addressee_name = self.resolver.resolve(to)
                first.absorbed = directs[j].absorbed = True
                break

    def _adjacent_paragraphs(self, a: QuotedSpan, b: QuotedSpan) -> bool:
        """Whether quotation `b` opens the paragraph right after the one quotation `a` ends."""
        end = a.close_mark + 1 if a.close_mark is not None else a.end
        between = self.text[end : b.open_mark]
        return between.count("\n") >= 1 and not between.strip(" \t\n,.")

    def _credited_after(self, qs: QuotedSpan) -> Span | None:
        """`"…"⏎⏎Those words, posted on Monday by the union's secretary, Wren Castell, were
        shared …`: a quotation that ends its paragraph, credited by the next paragraph's
        opening (`those words`, `the remarks`) to the agent of `by` (the name set off after
        the agent's description, if any)."""
        if qs.close_mark is None:
            return None
        m = _CREDIT_OPENING.match(self.text, qs.close_mark + 1)
        if m is None:
            return None
        opening = self.doc.char_span(m.start(1), m.end(1), alignment_mode="expand")
        if opening is None:
            return None
        sent = opening[0].sent
        # `by` before the main verb (the parse may hang it on a noun: `made at the event by`)
        by = next(
            (
                t
                for t in sent
                if t.lower_ == "by" and t.dep_ in ("agent", "prep") and t.i < sent.root.i
            ),
            None,
        )
        obj = next((c for c in by.children if c.dep_ == "pobj"), None) if by else None
        if obj is None or not _authored_by(by) or _bare_singular(obj):
            return None  # `made by telephone`, `issued by email`: the means, no one
        doc = self.doc
        after = obj.right_edge.i + 1
        if after + 1 < sent.end and doc[after].text == "," and doc[after + 1].pos_ == "PROPN":
            end = after + 1
            while end + 1 < sent.end and doc[end + 1].pos_ == "PROPN":
                end += 1
            return doc[after + 1 : end + 1]
        return _noun_phrase(obj)

    def _credited_how(self, qs: QuotedSpan) -> Span | None:
        """`"…"⏎⏎That was how the mayor, Ida Semmel, described the project.`: a quotation
        that ends its paragraph, credited by the next paragraph's opening to the subject of
        its speech verb (the name set off before the verb, if any). The verb is remembered
        as no cue of its own."""
        if qs.close_mark is None:
            return None
        m = _HOW_CREDIT.match(self.text, qs.close_mark + 1)
        if m is None:
            return None
        doc = self.doc
        first = self.tok_at(m.end())
        sent = doc[first].sent
        verb = next((t for t in doc[first : sent.end] if t.lemma_.lower() in _CREDIT_VERBS), None)
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb else None
        # the verb's subject follows `how` with no other clause between (`That was how it
        # looked, when the pier was described as …` credits no one; a relative clause may
        # describe the speaker: `how a diplomat who took part …, X, described`)
        if (
            subj is None
            or subj.i < first
            or any(
                t.pos_ in ("VERB", "AUX") and not any(a.dep_ == "relcl" for a in (t, *t.ancestors))
                for t in doc[first : subj.left_edge.i]
            )
        ):
            return None
        end = verb.i - 1
        while end > first and doc[end].is_punct:
            end -= 1
        if end < first:
            return None
        self._credit_cues.add(verb.i)
        name = end
        while name > first and doc[name - 1].pos_ == "PROPN":
            name -= 1
        if doc[end].pos_ == "PROPN" and name > first and doc[name - 1].text == ",":
            return doc[name : end + 1]  # `a senior diplomat …, Rashid Qarun, described`
        return doc[first : end + 1]

    def _link_continuations(
        self, found: list[tuple[Quote, Span | None]], spans: dict[int, QuotedSpan]
    ) -> None:
        """`"A," he said. "B."`, `"A," he said, "B."`: a direct quote that takes its cue from
        the attributed quote just before it, with only that quote's attribution between them
        (no paragraph break), is the rest of the same quotation and `continues` it; so is a
        quote reopened at the start of the next paragraph (the news convention for a quotation
        running over several paragraphs)."""
        prev: Quote | None = None
        for quote, _ in found:
            if quote.label != "quote":
                continue
            qs = spans.get(id(quote))
            if prev is not None and quote.kind == "direct" and qs is not None:
                if (
                    qs.continued
                    and prev.kind == "direct"
                    and prev.end <= quote.start
                    and _same_voice(prev, quote)
                ):
                    # Reopened with no attribution of its own, or with the attribution that
                    # the open paragraphs before it took (`"A ⏎ "B," X said`: the news
                    # convention puts the cue of a quotation over several paragraphs in any
                    # of them), or with a cue of its own naming the same person (`"A," X said.
                    # "B.⏎⏎"C," she said`: the open paragraph never closed). A transcript's
                    # next line (`"HOST: …`) or a cue of its own for another speaker is another
                    # quotation.
                    quote.continues = (prev.start, prev.end, prev.kind)
                elif (
                    quote.cue is not None
                    and prev.cue is not None
                    and quote.cue.start == prev.cue.start
                    and prev.end <= quote.cue.start < quote.start
                    and not _paragraph_break(self.text[prev.end : quote.start])
                ):
                    quote.continues = (prev.start, prev.end, prev.kind)
            prev = quote

    def _follow_reported(self, found: list[tuple[Quote, Span | None]]) -> None:
        """`Bolton said he would help if asked. "I'm going to support him."`: a direct quote with
        no attribution right after reported speech (nothing but punctuation and at most one
        paragraph break between) continues that speaker."""
        for k in range(1, len(found)):
            quote, speaker = found[k]
            prev, prev_speaker = found[k - 1]
            if (
                speaker is not None
                or quote.label != "quote"
                or quote.kind != "direct"
                or quote.cue is not None
                or prev_speaker is None
                or prev.kind == "direct"
                or prev.label != "quote"
            ):
                continue
            gap = self.text[prev.end : quote.start]
            if _words(gap) or gap.count("\n\n") > 1 or len(gap) > 12:
                continue
            quote.speaker, quote.cue, quote.via = prev.speaker, prev.cue, prev.via
            found[k] = (quote, prev_speaker)
            # relayed by a transcript turn: so is what follows it (its `via` is set later)
            self._relayed += [(quote, t, s) for q, t, s in self._relayed if q is prev]

    def _fragment_verbs(
        self, fragments: list[QuotedSpan], taken: list[tuple[int, int]]
    ) -> Iterable[tuple[Quote, Span | None, tuple[int, int]]]:
        """`Rubio bemoaned a climate in which people "literally hate each other"`: quoted words
        in the object of a verb whose subject names someone report what that someone said,
        even when the verb is not in the cue lexicon (a mixed quote). The subject must be a
        name or a personal pronoun, so `the so-called "rescue fund" failed` stays a scare
        quote."""
        doc = self.doc
        taken = list(taken)
        for qs in sorted(fragments, key=lambda f: f.start):
            if any(s < qs.end and qs.start < e for s, e in taken):
                continue
            if _title_case(self.text[qs.start : qs.end]):
                continue  # `told ABC's "Good Morning America"`: a name, not quoted words
            governor = self._label(qs)
            if governor is not None and governor.lemma_.lower() not in _ASSESS:
                continue  # `Ruiz opened the "express" lanes`: a label, no one's words
            t = doc[self.tok_at(qs.start)]
            child, verb = t, t.head
            for _ in range(6):
                if verb.pos_ == "VERB" and verb.i < child.i:
                    break
                if verb.head.i == verb.i:
                    verb = None
                    break
                child, verb = verb, verb.head
            else:
                verb = None
            if verb is None or verb.lemma_ in ("be", "have") or child.dep_ not in _OBJECT_DEPS:
                continue
            subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            speaker = _noun_phrase(subj) if subj is not None else None
            if subj is None or not (
                subj.pos_ == "PROPN" or subj.lower_ in ("he", "she", "they", "we", "i")
            ):
                # `officials started to portray the shooting as a "workplace" issue`: a verb
                # that frames something in quoted words reports whoever does the framing.
                speaker = _speaker_of(verb) if verb.lemma_.lower() in _FRAMING_VERBS else None
                if speaker is None or speaker.root.pos_ not in ("NOUN", "PROPN"):
                    continue
            sub = list(child.subtree)
            if child.dep_ == "prep" and len(sub) > 1:
                sub = sub[1:]
            start, end = sub[0].idx, sub[-1].idx + len(sub[-1].text)
            start, end = _strip_edges(self.text, start, end)
            if end <= qs.start or start >= qs.end or _words(self.text[start:end]) < 2:
                continue
            text, start, end = self._trim(start, end)
            quote = Quote("mixed", text, start, end)
            quote.cue = self.mention(verb.idx, verb.idx + len(verb.text))
            quote.speaker = self.mention(speaker.start_char, speaker.end_char)
            taken.append((start, end))
            yield quote, speaker, (start, end)

    def _labelled_lines(self) -> Iterable[tuple[Quote, Span | None, bool]]:
        """`Ruiz: Mayor's 'Reckless Plan' Sinking Port's Budget`: a line (a headline, a
        transcript or a list item) that opens with a name and a colon states what that speaker
        said. The label is a short run of capitalised words that is not a section label.
        Lines of an interview transcript are read as one (`_transcript`); lines of a debate
        (`_debate_turns`) are each a turn. The flag: the line's words are wholly the
        speaker's, whatever reported speech they hold."""
        read = [(b, people) for b in _transcript_turns(self.text) if (people := self._turns(b))]
        for block, people in read:
            for quote, speaker in self._transcript(block, people):
                # an answer is wholly its speaker's: `Our engineers say …` inside it is no
                # new speaker of the turn (it reports through the turn's, `_reported_in_turn`)
                yield quote, speaker, True
        in_transcript = {start for block, _ in read for start, *_ in block}
        # a named host's statement (`LIA BRUN: The unions say …`) is the host's framing, no
        # one's quote; a question, or a `Q:` line, may still report its guest (`Q: You've
        # been talking about how …`)
        self._asked.extend(
            (turn[0], turn[3])
            for block, people in read
            for turn in block
            if turn[1] not in people and not turn[4] and turn[1].lower() not in _QUESTION_LABELS
        )
        offices: dict[str, Span] = {}  # `the minister for foreign affairs` → `Ms Tessaly Marr`
        lines: list[tuple[re.Match[str], Quote | None, Span | None]] = []
        for m in _LABELLED_LINE.finditer(self.text):
            if m.start(1) in in_transcript:
                continue
            found = self._labelled_line(m, offices)
            lines.append((m, *(found or (None, None))))
        debate = self._debate_turns(lines)
        for m, quote, speaker in lines:
            if quote is None:
                continue
            if m.start() not in debate:
                yield quote, speaker, False
                continue
            for part in self._turn_parts(quote):
                yield part, speaker, True

    def _labelled_line(
        self, m: re.Match[str], offices: dict[str, Span]
    ) -> tuple[Quote, Span] | None:
        """The quote a labelled line makes, or None for a line whose label names no speaker.
        An office label with a bracketed name is that member's, and so is the same office
        label alone later (`offices`)."""
        label, brackets = m.group(1), m.group(2)
        words = label.split()
        known = " ".join(words).lower() in offices
        most = _BRACKETED_LABEL_WORDS if brackets or known else _LABEL_WORDS
        if (
            words[0].lower().rstrip(".'’s") in _NOT_LABELS
            or words[-1].lower() in ("latest", "update", "updates")
            or len(words) > most
            or self._score_bracket(m)
        ):
            return None  # (`Eastfold (3):`: a team and its score head a match report's line)
        if any(w[:1].islower() and w not in _LABEL_LINKS for w in words) and not (
            _described_name(words)
        ):
            return None
        start, end = _strip_edges(self.text, m.start(3), m.end(3))
        end = start + len(self.text[start:end].rstrip(". "))
        if _words(self.text[start:end]) < 3:
            return None
        speaker = self._label_speaker(m, offices)
        if speaker is None or any(t.pos_ in ("VERB", "AUX") for t in speaker):
            return None
        if (
            _section_label(speaker)
            and self.resolver.resolve(speaker) is None
            and speaker.text.lower() not in _HOST_LABELS  # (a broadcast's unnamed `HOST:`)
        ):
            return None  # (`Young: …` where the article names a Young is Young's)
        body = self.text[start:end]
        if not any(c in body for c in _OPEN_MARKS) and not any(
            start <= i < end for i in self._single_marks
        ):
            span = self.doc.char_span(start, end, alignment_mode="expand")
            if span is not None and not any(t.pos_ in ("VERB", "AUX") for t in span):
                # `Former interior minister X: a life in politics`: a topic (a profile
                # headline), no verb and no quoted words, is nobody's statement.
                return None
        kind = "indirect"
        if (inside := self._wholly_quoted(start, end)) is not None:
            # `Ruiz: "We will not accept this"`, `Ruiz: 'We will …'`: the whole line quoted
            kind = "direct"
            start, end = inside
        elif any(c in body for c in _OPEN_MARKS) or any(
            start <= i < end for i in self._single_marks
        ):
            kind = "mixed"
        text, start, end = self._trim(start, end)
        colon = m.end(2) + self.text[m.end(2) :].index(":")
        quote = Quote(kind, text, start, end)
        quote.cue = self.mention(colon, colon + 1)
        speaker = _before_colon(speaker, colon)
        quote.speaker = self.mention(speaker.start_char, speaker.end_char)
        return quote, speaker

    def _score_bracket(self, m: re.Match[str]) -> bool:
        """A label's bracket holding a score (`(3-1)`), a single digit (a player's rating, a
        list's number) or a number after no person's name (`Eastfold (3):`); a person's
        bracketed number of an adult's size is the age (`Ana Ruiz (34):`)."""
        found = _NUMBER_BRACKET.search(m.group(1) + m.group(2))
        if found is None:
            return False
        if any(c in found.group() for c in "-–:") or not _AGE_BRACKET.fullmatch(found.group()):
            return True  # a single digit is a rating, a rank or a score (`Ana Ruiz (7):`)
        end = m.start(1) + len((m.group(1) + m.group(2))[: found.start()].rstrip())
        label = self.doc.char_span(m.start(1), end, alignment_mode="expand")
        if label is None:
            return True
        # a given name and a surname, whether NER tagged them a person or not
        return not (
            2 <= len(label) <= 3
            and all(t.pos_ == "PROPN" and t.is_title for t in label)
            and all(t.ent_type_ in ("", "PERSON") for t in label)
        )

    def _label_speaker(self, m: re.Match[str], offices: dict[str, Span]) -> Span | None:
        """The span a line label names: the member's bracketed name after an office (`The
        Minister for Foreign Affairs (Ms Tessaly Marr)`), remembered for the office alone
        later; else the label before its brackets (a seat and a party name no speaker)."""
        office = " ".join(m.group(1).lower().split())
        brackets = list(_BRACKET.finditer(m.group(2)))
        for b in brackets:
            at = m.start(2) + b.start(1)
            if (n := _BRACKETED_NAME.fullmatch(b.group(1))) is not None:
                name = self.doc.char_span(at + n.start(1), at + n.end(1), "expand")
            else:  # `Referee (Anthony Taylor):`: a full name with no honorific
                name = self._bracketed_person(m, at, at + len(b.group(1)))
            if name is not None:
                offices[office] = name
                return name
        if (
            office in _HOST_LABELS
            and office not in offices
            and (host := self._introduced_host(m)) is not None
        ):
            offices[office] = host
        if office in offices:
            return offices[office]
        start = m.start(1)
        if brackets and (n := _BRACKETED_NAME.fullmatch(m.group(1))) is not None:
            start += n.start(1)  # `Ms Priya Hallam (Seat) (Party)`: the name, as above
        return self.doc.char_span(start, m.end(1), alignment_mode="expand")

    def _introduced_host(self, m: re.Match[str]) -> Span | None:
        """The name a broadcast's host gives in a turn (`HOST: Good evening, I'm Lina
        Farr.`): the `HOST` label's person from then on."""
        found = _HOST_NAME.search(m.group(3))
        if found is None:
            return None
        at = m.start(3) + found.start(1)
        name = self.doc.char_span(at, at + len(found.group(1)), alignment_mode="expand")
        return name if name is not None and self._person(name) else None

    def _bracketed_person(self, m: re.Match[str], start: int, end: int) -> Span | None:
        """The bracket's words when they are exactly a person's name and the label before
        them names no one (`Referee (Anthony Taylor)`, not `Ms Hallam (Norbridge South)`)."""
        label = self.doc.char_span(m.start(1), m.end(1), alignment_mode="expand")
        if label is None or any(t.ent_type_ == "PERSON" for t in label):
            return None
        name = self.doc.char_span(start, end)
        if name is None or len(name) < 2 or not name.ents or name.ents[0].label_ != "PERSON":
            return None
        return name if name.ents[0].start == name.start and name.ents[0].end == name.end else None

    def _debate_turns(
        self, lines: list[tuple[re.Match[str], Quote | None, Span | None]]
    ) -> set[int]:
        """Starts of the lines that are turns of a debate: a run of at least three labelled
        paragraphs, one after another, where at least two people take turns, every turn ends a
        sentence and a label gives a member's title (a parliament's record, a hearing). Each
        turn is its speaker's own words; a list of headlines (`Ruiz: Port's Budget Sinking`)
        ends no sentence, and a chat log or a team's line in a match report names no member."""
        runs: list[list[tuple[re.Match[str], Quote | None, Span | None]]] = []
        for line in lines:
            m = line[0]
            gap = self.text[runs[-1][-1][0].end() : m.start()] if runs else "x"
            # (a broadcast's `[CLIP]`, `[00:00:04] [MUSIC: theme]` lines are no one's turn)
            if not _NOTE.sub("", gap).strip() and "\n\n" in gap:
                runs[-1].append(line)
                continue
            runs.append([line])
        out: set[int] = set()
        for run in runs:
            turns = [(m, q, s) for m, q, s in run if q is not None and s is not None]
            speakers = {self.resolver.resolve(s) for _, _, s in turns if self._person(s)}
            ends = all(m.group(3).rstrip()[-1:] in '.!?"\u201d' for m, _, _ in turns)
            titled = any(_titled_label(m) or _broadcast_label(m) for m, _, _ in turns)
            if len(run) >= 3 and len(speakers) >= 2 and ends and titled:
                out.update(m.start() for m, _, _ in turns)
        return out

    def _turn_parts(self, quote: Quote) -> list[Quote]:
        """A debate turn as the member's direct words, less the interjections printed inside
        it (`[Interruption.]`, `[Hon. Members: "Shame!"]`): one quote per stretch between
        them. The interjections are noted, so no quote is made of them."""
        cuts = [m.span() for m in _INTERJECTION.finditer(self.text, quote.start, quote.end)]
        self._notes.extend(cuts)
        bounds = [quote.start, *(x for cut in cuts for x in cut), quote.end]
        parts = []
        for s, e in zip(bounds[::2], bounds[1::2], strict=True):
            text, start, end = self._trim(*_strip_edges(self.text, s, e))
            if _words(text) < 1:
                continue
            part = Quote("direct", text, start, end)
            part.cue, part.speaker = quote.cue, quote.speaker
            parts.append(part)
        return parts

    def _statement_points(self) -> Iterable[tuple[Quote, Span | None]]:
        """A statement quoted in full as numbered points after a lead-in that ends with a
        colon (`The statement reads:`, `X said in a joint statement:`), `1. …`, `2. …`: each
        point is a direct quote of the statement's authors, not the outlet's own text."""
        paras = _paragraphs(self.text)
        for k, (start, end) in enumerate(paras):
            if self.text[end : end + 1] != ":":  # (`_paragraphs` strips the colon)
                continue
            points = _numbered_points(self.text, paras[k + 1 :])
            lead = self._statement_lead(start, end) if len(points) >= 2 else None
            if lead is None:
                continue
            cue, speaker = lead
            for s, e in points:
                # `1. "We deplore …"`: the point's words inside its marks
                text, qs, qe = self._trim(*(self._wholly_quoted(s, e) or (s, e)))
                quote = Quote("direct", text, qs, qe)
                quote.cue = self.mention(cue.idx, cue.idx + len(cue.text))
                if speaker is not None:
                    quote.speaker = self.mention(speaker.start_char, speaker.end_char)
                yield quote, speaker

    def _statement_lead(self, start: int, end: int) -> tuple[Token, Span | None] | None:
        """The cue and the authors of a lead-in's last sentence: `X said in a statement:` is
        X's; `The statement reads:` is the authors' of the statement the paragraph names
        (`In a joint statement …, the three ministers set out …`). None when the sentence
        quotes no words (`The plan has three parts:`) or its cue already says what was said
        (`The minister said the plan had three parts:`: the list is the outlet's account)."""
        para = self.doc.char_span(start, end, alignment_mode="expand")
        if para is None:
            return None
        sent = list(para.sents)[-1]
        for verb in sent:
            if verb.pos_ not in ("VERB", "AUX") or not (
                _is_cue(verb) or verb.lemma_.lower() in _READ_VERBS
            ):
                continue
            subj = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
            if subj is None or _says_its_own(verb):
                continue
            if subj.lemma_.lower() not in SOURCE_NOUNS:
                return verb, _noun_phrase(subj)
            return verb, _statement_author(para)
        return None

    def _headline_credit(
        self, found: list[tuple[Quote, Span | None]]
    ) -> list[tuple[Quote, Span | None]]:
        """A quote in the headline line (the line that is the title: `'A curfew is not a
        punishment': the minister on the protests`) names no speaker there; the body quote
        whose words hold it does (`…, A curfew is not a punishment. …" the minister said`),
        so the headline's words are that speaker's. Only a quote with a sentence that opens
        with the words, as its speaker's own, does: `They told us every house will be dry`
        or `Every house will be dry, the mayor promised us` relays them, and then the
        headline's speaker is not found."""
        if not self.title.strip():
            return found
        out = []
        for quote, speaker in found:
            if speaker is None and quote.label == "quote" and self._in_title_line(quote.start):
                words = _word_key(quote.text)
                speaker = next(
                    (
                        s
                        for q, s in found
                        if s is not None and q is not quote and self._opens_own(q, words)
                    ),
                    None,
                )
                if speaker is not None:
                    quote.speaker = self.mention(speaker.start_char, speaker.end_char)
            out.append((quote, speaker))
        return out

    def _opens_own(self, quote: Quote, words: str) -> bool:
        """A sentence of the quote holds `words` (a `_word_key`; headlines cut opening words:
        `I can promise you that every house will be dry`) and no speech verb of someone else
        in the quote governs them (`They told us …`, `…, the mayor promised us`); an aside
        (`…, as our engineers told me,`) governs nothing."""
        span = self.doc.char_span(quote.start, quote.end, alignment_mode="expand")
        if span is None:
            return False
        size = len(words.split())
        for sent in span.sents:
            tokens = [t for t in sent if quote.start <= t.idx < quote.end]
            said = [t for t in tokens if not (t.is_punct or t.is_space or t.is_quote)]
            for k in range(len(said) - size + 1):
                run = said[k : k + size]
                if _word_key(" ".join(t.text for t in run)) == words:
                    return not any(_relays(v) for v in _governing(run, tokens))
        return False

    def _in_title_line(self, char: int) -> bool:
        """The line holding `char` is the title, printed at the top of the text."""
        return " ".join(self._line_at(char)[2].split()) == " ".join(self.title.split())

    def _claim_lines(
        self, found: list[tuple[Quote, Span | None]]
    ) -> list[tuple[Quote, Span | None]]:
        """A fact-check's `Claim: "…"` line quotes the claimant, whom its block names on a
        `Who said it: X, …` line (or `X claimed …`): the quote is X's. The `Who said it:` line
        itself says nothing (`Who said it` is no speaker with `it` for words)."""
        out = []
        for quote, speaker in found:
            line = self._line_at(quote.start)
            if _CLAIMANT_LINE.match(line[2]) and (speaker is None or speaker.start_char >= line[0]):
                continue  # `Who said it: X, at a rally` is a label line, no quote
            if speaker is None and _CLAIM_LINE.match(line[2]):
                speaker = self._claimant(line[0])
                if speaker is not None:
                    quote.speaker = self.mention(speaker.start_char, speaker.end_char)
            out.append((quote, speaker))
        return out

    def _line_at(self, char: int) -> tuple[int, int, str]:
        """The start, end and text of the line holding `char`."""
        start = self.text.rfind("\n", 0, char) + 1
        end = self.text.find("\n", char)
        end = len(self.text) if end < 0 else end
        return start, end, self.text[start:end]

    def _claimant(self, line_start: int) -> Span | None:
        """The person a claim block names: the first name on its `Who said it:` line, else the
        subject of a `claimed`/`said` in the block. The block runs to the next blank line."""
        block_end = self.text.find("\n\n", line_start)
        block_end = len(self.text) if block_end < 0 else block_end
        for m in _CLAIMANT_LINE.finditer(self.text, line_start, block_end):
            value = self.doc.char_span(m.start(1), m.end(1), alignment_mode="expand")
            # `Ilona Feszak, at a rally`: the first run of proper nouns (NER may take only
            # part of the name).
            names = [t for t in value or () if t.pos_ == "PROPN"]
            if names:
                end = names[0].i
                while end + 1 < value.end and self.doc[end + 1].pos_ == "PROPN":
                    end += 1
                return _person_part(self.doc[names[0].i : end + 1])
        block = self.doc.char_span(line_start, block_end, alignment_mode="expand")
        for t in block or ():
            if t.lemma_.lower() in ("claim", "say", "assert", "allege") and t.pos_ == "VERB":
                subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
                if subj is not None and subj.pos_ == "PROPN":
                    return _person_part(_noun_phrase(subj))
        return None

    def _turns(self, block: list[_Turn]) -> dict[str, Span | None] | None:
        """The person of each answering label of a transcript (None for `A:`, whose person
        the intro names), or None when a label names no one (`Monday: …⏎Tuesday: …?`)."""
        asker = _asking_label(block)
        floor = any(turn[1].lower() in _QUESTION_LABELS for turn in block)
        answering = _answering_labels(block)
        people: dict[str, Span | None] = {}
        for line_start, label, *_ in block:
            if label in people or label == asker or label.lower() in _QUESTION_LABELS:
                continue
            if canonical_outlet(label) is not None:
                continue  # `AL JAZEERA: Minister, …?`: the outlet asks or narrates, no answer
            if floor and label not in answering:
                continue  # a reporter's named question in a briefing
            if label.lower() in _ANSWER_LABELS:
                people[label] = self._interviewee(block[0][0])
                if people[label] is None:
                    return None  # no one introduced: an explainer's questions and answers
                continue
            people[label] = self._label_person(line_start, label)
            if people[label] is None and self._names_body(label):
                # `NATO: The alliance has made no request.`: the body's statement, its own
                people[label] = self.doc.char_span(
                    line_start, line_start + len(label), alignment_mode="expand"
                )
            if people[label] is None:
                return None
        return people or None

    def _transcript(
        self, block: list[_Turn], people: dict[str, Span | None]
    ) -> Iterable[tuple[Quote, Span | None]]:
        """An interview printed as a transcript: `Q: …⏎A: …`, `Question: …⏎Answer: …`, or
        names (`DRESLER: …`, initials `ID: …`) taking turns with an interviewer whose every
        line is a question. The answers are the interviewee's own words, direct quotes of
        the label's person or, for `A:`, of the person the lines before introduce (`X spoke
        to us`, `In an interview with …, X said`); the questions are the outlet's, no quote."""
        for line_start, label, start, end, _ in block:
            if label not in people:
                continue  # a question
            if label not in self._label_names:
                self._label_names[label] = label_name(label, (self.title, self.text))
            speaker = people[label]
            start, end = self._wholly_quoted(start, end) or (start, end)
            text, start, end = self._trim(start, end)
            if _words(text) < 2 or _courtesy(text):
                continue
            quote = Quote("direct", text, start, end)
            colon = line_start + self.text[line_start:start].index(":")
            quote.cue = self.mention(colon, colon + 1)
            if speaker is not None:
                quote.speaker = self.mention(speaker.start_char, speaker.end_char)
                found = title_name(self.title, label.split()[-1]) if self.title else None
                if (full := self._label_names.get(label)) is not None:
                    # `PRESIDENT HOPE:` where the page writes `President Mara Hope`
                    self._titled[quote.start] = full
                elif found is not None:
                    self._titled[quote.start] = found[1]
                elif label in self._caps_names:
                    self._titled[quote.start] = " ".join(w.capitalize() for w in label.split())
            yield quote, speaker

    def _interviewee(self, block_start: int) -> Span | None:
        """The person the paragraph before a transcript introduces: the one spoken to or
        interviewed (`Corvel Daily spoke to X`, `We sat down with X`), else its only person
        (`In an interview with the Herald, X said`)."""
        before = self.text[:block_start].rstrip()
        start = before.rfind("\n\n") + 2 if "\n\n" in before else 0
        para = self.doc.char_span(start, len(before), alignment_mode="expand")
        if para is None:
            return None
        heads = [t for t in para if t.pos_ == "PROPN" and t.dep_ != "compound"]
        # `… gave an interview to the Vessby Herald`: the listener (an outlet NER may take for
        # a person) is never the interviewee.
        people = [
            span
            for span in map(_noun_phrase, heads)
            if self._person(span) and not _interview_listener(span.root)
        ]
        if not any(t.lemma_.lower() in _INTERVIEW_VERBS for t in para) and not any(
            map(_interviewed, people)
        ):
            return None  # `Here is what the rise means:⏎Q: …`: an explainer's own questions
        for span in people:
            head = span.root.head
            spoken_to = (
                head.lower_ in ("to", "with") and head.head.lemma_.lower() in _INTERVIEW_VERBS
            ) or (span.root.dep_ == "dobj" and head.lemma_.lower() == "interview")
            if spoken_to and not _outlet_like(span.root):
                return span  # `Corvel Daily spoke to X`; not `X spoke to the Herald`
        # `X, the minister, … Y has said … X spoke to the Observer`: the one person the
        # paragraph says was interviewed, whoever else it names.
        interviewed = [span for span in people if _interviewed(span)]
        if len({self.resolver.resolve(span) for span in interviewed}) == 1:
            return interviewed[0]
        # `X leads the rescue unit. … She spoke to El Faro by telephone`: the person the
        # interviewed `he`/`she` stands for, among the paragraph's people.
        for t in para:
            if (
                t.lower_ in ("he", "she")
                and t.dep_ == "nsubj"
                and t.head.lemma_.lower() in _INTERVIEW_VERBS
                and any(c.lower_ in ("to", "with") for c in t.head.children)
            ):
                name = self.resolver.resolve(para.doc[t.i : t.i + 1])
                named = [span for span in people if self.resolver.resolve(span) == name]
                if name and named:
                    return named[0]
        names = {self.resolver.resolve(span) for span in people}
        if len(names) != 1:
            return None
        return next((span for span in people if _interviewed(span)), None)

    def _paragraph_interview(self) -> Iterable[tuple[Quote, Span | None]]:
        """An interview printed as plain paragraphs, the questions without a label (a page's
        bold lost in cleaning): from the first paragraph that is a question, after one that
        introduces an interviewee (`X spoke to the Observer`), paragraphs take turns, question
        and answer. Each answer is a direct quote of the interviewee; the turns end at a
        paragraph with quotation marks (narrative again: `X paused. "…," he said`), a labelled
        line or an answer that asks. At least two turns must ask (`?`): one rhetorical question
        after `X told the Herald …` makes no interview."""
        paras = _paragraphs(self.text)
        for k, (start, end) in enumerate(paras):
            if k == 0 or not _question_paragraph(self.text[start:end]):
                continue
            speaker = self._interviewee(start)
            if speaker is None:
                continue
            paired = self._turn_answers(paras[k:])
            answers = [self._answer_words(s, e) for s, e in paired]
            asked = sum(_question_paragraph(self.text[s:e]) for s, e in paras[k::2][: len(answers)])
            if asked < 2 or self._names_interviewee(speaker, answers):
                return
            for s, e in paired:
                self._notes.extend(m.span() for m in _NOTE.finditer(self.text, s, e))
            for a_start, a_end in answers:
                text, qs, qe = self._trim(a_start, a_end)
                if _words(text) < 1 or _courtesy(text):
                    continue
                quote = Quote("direct", text, qs, qe)
                quote.speaker = self.mention(speaker.start_char, speaker.end_char)
                yield quote, speaker
            return

    def _answer_words(self, start: int, end: int) -> tuple[int, int]:
        """An answer paragraph less its turn dash (`—Twenty-five, alive.`) and the bracketed
        notes that end it (`[Interpreter's note: …]`), which are the editor's, not the
        interviewee's."""
        text = self.text
        while start < end and text[start] in _DASHES | {" ", "\t"}:
            start += 1
        while (m := _TRAILING_NOTE.search(text, start, end)) is not None and m.start() > start:
            end = m.start()
        return start, end

    def _names_interviewee(self, speaker: Span, answers: list[tuple[int, int]]) -> bool:
        """Whether an answer names the interviewee by surname (`Brandt wants the council to
        vote …`): an explainer's own paragraphs under question heads, not the person's words.
        A name that resolves to the person's, not the surname's letters (`In May we …` by
        Theresa May, `Young swimmers` by Neil Young, `Central Park` by Mina Park)."""
        name = self.resolver.resolve(speaker) or speaker.text
        surname = name.split()[-1] if name.split() else ""
        doc = self.doc
        for s, e in answers:
            answer = doc.char_span(s, e, alignment_mode="expand")
            for tok in answer if answer is not None and surname[:1].isupper() else ():
                if (
                    tok.text == surname
                    and tok.pos_ == "PROPN"
                    and tok.ent_type_ in ("", "PERSON")
                    and self.resolver.resolve(doc[tok.left_edge.i : tok.i + 1]) == name
                ):
                    return True
        return False

    def _turn_answers(self, paras: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """The answer paragraphs of turns that start at `paras[0]`, a question, up to the first
        turn that is no question-and-answer pair."""
        out = []
        for j in range(0, len(paras) - 1, 2):
            question = self.text[paras[j][0] : paras[j][1]]
            answer = self.text[paras[j + 1][0] : paras[j + 1][1]]
            # turns opened by a dash (`—How many?` / `—Twenty-five.`) are turns whatever
            # they quote; otherwise a quotation mark is narrative again
            dashed = question[:1] in _DASHES and answer[:1] in _DASHES
            if (
                _question_paragraph(answer)
                or (not dashed and any(c in question or c in answer for c in _QUOTE_CHARS))
                or _TURN_LABEL.match(question)
                or _TURN_LABEL.match(answer)
            ):
                break  # narrative again, or a labelled transcript (`Q: …`, `RUIZ: …`)
            out.append(paras[j + 1])
        return out

    def _person(self, span: Span) -> bool:
        """The mention names a person the article knows (not a date, place or organisation)."""
        if span.root.ent_type_ not in ("", "PERSON"):
            return False
        return self.resolver.resolve(span) is not None

    def _label_person(self, line_start: int, label: str) -> Span | None:
        """The person a transcript label names, or None; initials (`OT`, `O.T.`) stand for
        the person named earlier whose name they spell, and a capitalised label's last word
        (`MINISTER TAL`, which NER may call an organisation) for the person named earlier
        with that surname (`Transport Minister Oren Tal`)."""
        span = self.doc.char_span(line_start, line_start + len(label), alignment_mode="expand")
        letters = label.replace(".", "").replace(" ", "")
        if label.isupper() and 2 <= len(letters) <= 3:
            for t, run in self._propn_runs(line_start):
                if "".join(w.text[0] for w in run) == letters:
                    name = t.doc[run[0].i : t.i + 1]
                    if self._person(name):
                        return name
        if span is not None and self._person(span):
            return span
        if label.isupper():
            surname = label.split()[-1].lower()
            for t, run in self._propn_runs(line_start):
                if t.lower_ == surname and not t.text.isupper():
                    name = _person_part(t.doc[run[0].i : t.i + 1])
                    if self._person(name):
                        return name
            if span is not None and self.title and title_name(self.title, surname):
                # `PRESIDENT ARVELO:` under a title naming `President Tomas Arvelo`: the
                # label stands for him (`_transcript` gives the title's full name)
                return span
            if span is not None and _caps_full_name(label):
                # `ILSE DORN:` with no introduction: a name NER does not read in capitals
                self._caps_names.add(label)
                return span
        return None

    def _names_body(self, label: str) -> bool:
        """A label the page's entities read as a body (`NATO:`, `NOVA GAZETA:` beside `the
        Nova Gazeta`), not a person."""
        if self._body_keys is None:  # the page's bodies, keyed once per document
            self._body_keys = {
                _word_key(e.text) for e in self.doc.ents if e.label_ in ("ORG", "NORP", "GPE")
            }
        return label.lower() not in _ANSWER_LABELS and _word_key(label) in self._body_keys

    def _propn_runs(self, end: int) -> Iterable[tuple[Token, list[Token]]]:
        """Each proper noun before `end` with the run of proper nouns it closes. The runs are
        found once per document: a transcript asks for them at every label, and rescanning
        the text before each made a long transcript's extraction quadratic."""
        if self._runs is None:
            self._runs, run = [], []
            for t in self.doc:
                run = [*run, t] if t.pos_ == "PROPN" else []
                if run:
                    self._runs.append((t, run))
            self._run_ends = [t.i for t, _ in self._runs]
        return self._runs[: bisect.bisect_left(self._run_ends, self.tok_at(end))]

    def _label(self, qs: QuotedSpan) -> Token | None:
        """The verb whose object holds quoted words that only modify a noun after the marks
        (`defended the new "express" counting machines`, `praised China's "balanced"
        approach`), or None when the words are not such a modifier or no verb governs the noun
        phrase directly (`said the "express" machines were fast`: the words sit in a reported
        clause). Whether the words are the speaker's then depends on that verb: one that
        assesses its object (`praise`, `call`, `denounce`) reports them as the speaker's
        judgement, and so does one that states it in the speaker's words (`announce`,
        `pledge`, `warn`); any other verb (`defend`, `open`) names a thing by its label, a
        scare quote."""
        doc = self.doc
        words = [
            t
            for t in doc[self.tok_at(qs.start) : self.tok_at(max(qs.start, qs.end - 1)) + 1]
            if qs.start <= t.idx < qs.end and not self._is_mark(t) and not t.is_punct
        ]
        roots = [t for t in words if not qs.start <= t.head.idx < qs.end]
        if not words or len(roots) != 1:
            return None
        noun = roots[0].head
        if (
            roots[0].dep_ not in ("amod", "compound", "nmod")
            or noun.pos_ not in ("NOUN", "PROPN")
            or noun.idx < qs.end
        ):
            return None
        t = noun  # climb the noun phrase to the verb that takes it as its object
        for _ in range(8):
            if t.dep_ in ("dobj", "oprd", "dative"):
                verb = t.head
            elif t.dep_ == "pobj" and t.head.head.pos_ == "VERB":
                verb = t.head.head  # `spoke about the "express" lanes`
            elif t.dep_ in ("conj", "appos", "pobj", "prep", "compound") and t.head.i != t.i:
                t = t.head
                continue
            else:
                return None
            return verb if verb.pos_ == "VERB" else None
        return None

    def _label_of(self, qs: QuotedSpan, cue: Token) -> bool:
        """The quoted words are a label in the object of `cue` (`_label`)."""
        governor = self._label(qs)
        return governor is not None and governor.i == cue.i

    def _wholly_quoted(self, start: int, end: int) -> tuple[int, int] | None:
        """(start, end) inside the marks when one pair of marks encloses the whole line."""
        close = start + len(self.text[start:end].rstrip(".!?")) - 1
        if self._opens(start) and self._closes(close) and not self._quoted(close + 1):
            return start + 1, close
        return None

    def _opens(self, i: int) -> bool:
        """An opening quotation mark at `i` (a single one only where it was paired)."""
        return self.text[i : i + 1] in _OPEN_MARKS or i in self._single_marks

    def _closes(self, i: int) -> bool:
        return self.text[i : i + 1] in _CLOSE_MARKS or i in self._single_marks

    def _resolve(self, found: list[tuple[Quote, Span | None]]) -> list[Quote]:
        out = []
        for quote, speaker in found:
            if speaker is not None and speaker.start_char in self._question_sources:
                # a question's source: the parse's appositions join it to the one asked
                # (`President Mokesh, the opposition calls …`), so only its own name names it
                quote.speaker_name = (
                    self.resolver.resolve(speaker) if speaker.root.pos_ == "PROPN" else None
                )
            elif speaker is not None:
                name = self._titled.get(quote.start) or (
                    None
                    if _capitalised_people(speaker)
                    else self.resolver.resolve(_named_by_apposition(speaker))
                )
                quote.speaker_name = name
                if name:
                    self.resolver.remember(speaker.start_char, name)
                else:
                    self.resolver.remember_unnamed(speaker)
            out.append(quote)
        return out

    # -- direct quotes -----------------------------------------------------------------------

    def _direct(self, qs: QuotedSpan, previous: _Direct | None) -> _Direct:
        text, start, end = self._trim(qs.start, qs.end)
        quote = Quote("direct", text, start, end)
        label = _TRANSCRIPT.match(self.text, qs.start, qs.end)
        if label is not None:
            # A transcript line, `"WALLACE: Let's start …"`: the speaker is the label.
            name_start, name_end = label.span(1)
            i, j = self.tok_at(name_start), self.tok_at(name_end - 1)
            quote.speaker = self.mention(name_start, name_end)
            text, start, end = self._trim(label.end(), qs.end)
            quote.text, quote.start, quote.end = text, start, end
            return _Direct(qs, quote, self.doc[i : j + 1], None)
        after = self._window_after(qs)
        signed = _dash_signature(after) or self._name_signature(qs, after)
        if signed is not None:
            # `"…" ― Pamela Padilla`: a quote signed with a dash, as in vox pops and epigraphs.
            dash, name = signed
            quote.cue = self.mention(dash.idx, dash.idx + len(dash.text))
            quote.speaker = self.mention(name.start_char, name.end_char)
            return _Direct(qs, quote, name, dash.i)
        before = self._window_before(qs)
        if self._sentence_ends(qs, after):
            after = []  # `"…." Asked if …, Trump replied`: the next sentence is not its cue
        label = _name_label(before) or _role_label(before) or _in_words_of(before)
        if label is not None and _place_label(label):
            # `Buenos Aires, Argentina: "…," one shopper said.`: a place heads the line; the
            # cue after the quote names its speaker, and without one the quote has none.
            label = None
            before = []
        if label is not None:
            attribution = label  # `… - Jon Hale: "…"`: the label right before the quote
        elif len(before) > 1 and before[-1].text in (",", ":") and _is_cue(before[-2]):
            # `he said, "…"`: a cue right before the opening mark wins over one after it.
            attribution = _attribute(before, first=False, quoted=self._quoted) or _attribute(
                after, first=True
            )
        else:
            attribution = _attribute(after, first=True) or _attribute(
                before, first=False, quoted=self._quoted
            )
            if attribution is not None and attribution[1] is None and before:
                # `She declared "…" and said that …`: the cue after the quote has its speaker
                # out of reach; a cue before it with its speaker in sight wins.
                other = _attribute(before, first=False, quoted=self._quoted)
                # `Rubio fired back: "…," referencing …`: a verb with its subject right before
                # the quote, nearer than any cue there, speaks it.
                verb = _verb_attribution("", [], before) if before[-1].text in (":", ",") else None
                if (
                    verb is not None
                    and verb[1].root.lower_ not in _NOT_SPEAKERS
                    and (other is None or other[1] is None or verb[0].i > other[0].i)
                ):
                    attribution = verb
                elif other is not None and other[1] is not None:
                    attribution = other
        if attribution is None and qs.start > 1 and self._colon_intro(qs):
            tail = self._previous_paragraph_tail(qs)
            attribution = _attribute(tail, first=False)
            if attribution is None:
                # `Jared Potts echoed:` / `Clinton released the following statement:` above a
                # quote paragraph: the verb's subject introduces the quote.
                attribution = _verb_attribution("", [], tail)
                if attribution is not None and attribution[1].root.lower_ in _NOT_SPEAKERS:
                    attribution = None  # `Wait, it gets better:`
        if attribution is None:
            attribution = _verb_attribution(self.text[qs.start : qs.end], after, before)
        if attribution is None and not before and (previous is None or previous.cue is None):
            # `Trump is a "change agent," Cole said. "That's exactly …"`: a quote opening the
            # sentence after one that ends with its attribution continues that speaker.
            tail = self._previous_sentence_tail(qs)
            attribution = _attribute(tail, first=False) if tail else None
            if attribution is not None and attribution[1] is None:
                attribution = None
        if attribution is not None:
            cue, speaker = attribution
            if speaker is not None and self._label_before(speaker, cue):
                # `Q (…): …, the opposition calls it "…"`: the floor's label, not who spoke
                speaker = self._question_source(speaker, cue)
            quote.cue = self.mention(cue.idx, cue.idx + len(cue.text))
            if speaker is not None:
                quote.speaker = self.mention(speaker.start_char, speaker.end_char)
            self._addressee(cue, quote)
            self._via(cue, quote)
            return _Direct(qs, quote, speaker, cue.i)
        introduced = self._introduced_above(qs)
        if introduced is not None:
            quote.speaker = self.mention(introduced.start_char, introduced.end_char)
            return _Direct(qs, quote, introduced, None)
        if previous is not None and previous.quote.speaker is not None:
            gap = self.text[previous.qs.end : qs.open_mark]
            same_para = "\n\n" not in gap
            next_para = gap.count("\n\n") == 1 and _paragraph_start(self.text, qs.open_mark)
            if qs.continued or same_para or next_para:
                prev = previous.quote
                quote.speaker, quote.cue = prev.speaker, prev.cue
                quote.addressee, quote.addressee_name, quote.via = (
                    prev.addressee,
                    prev.addressee_name,
                    prev.via,
                )
                return _Direct(qs, quote, previous.speaker, None)
        if self._mid_sentence(qs) and (_words(text) <= 6 or _title_case(text)):
            # `host of "The Nightly Show with Larry Wilmore"`, `a city of "honesty and straight
            # talk"`: quoted words inside a sentence that nothing attributes are a title or a
            # scare quote, not a quotation.
            quote.label = "scare"
        return _Direct(qs, quote, None, None)

    def _introduced_above(self, qs: QuotedSpan) -> Span | None:
        """`She rejects that.⏎⏎"Let me be clear. …"`: a quotation paragraph with no cue of its
        own, right after a paragraph whose last sentence has one person for its subject (a
        name, or `he`/`she` resolved to one), names no one else and holds no quoted words,
        is that person's, as a quotation reopened in the next paragraph is its opener's. A
        group (`They argue`), a description, or a credit in the paragraph after it leave it
        alone; so does a paragraph left open, whose attribution may come in a later one, a
        visit (`Mayor Lind toured the clinic.`: the words are likely those of someone met
        there), and a next paragraph that opens by naming a person not named before
        (`Resident Tom Berg, 71, has lived …`), who is likely the one quoted."""
        if qs.continues or qs.continued or not _paragraph_start(self.text, qs.open_mark):
            return None
        head = self.text[: qs.open_mark].rstrip()
        if not head.endswith((".", "!")):
            return None
        doc = self.doc
        last = self.tok_at(len(head) - 1)
        sent = doc[last].sent
        if any("\n" in t.text or self._is_mark(t) for t in doc[sent.start : last]):
            return None  # a sentence across a line break, or one with quoted words in it
        subjects = [c for c in sent.root.children if c.dep_ in _SUBJECTS]
        if (
            sent.root.pos_ not in ("VERB", "AUX")
            or len(subjects) != 1
            or sent.root.lemma_.lower() in _VISIT_VERBS
        ):
            return None
        subj = subjects[0]
        if (
            subj.lower_ not in ("he", "she")
            and (subj.pos_ != "PROPN" or subj.tag_ == "NNPS")
            or any(c.dep_ == "conj" for c in subj.children)
        ):
            return None
        span = _noun_phrase(subj)
        if any(_another_person(t) for t in sent if not span.start <= t.i < span.end):
            return None  # `Brenn met Veldt.`: who of the two would speak is not said
        if not self._person(span):
            return None
        if self._credited_after(qs) is not None or self._credited_how(qs) is not None:
            return None
        if self._new_person_next(qs):
            return None
        return span

    def _new_person_next(self, qs: QuotedSpan) -> bool:
        """The first sentence of the paragraph after the quotation names a person (NER) whose
        last name does not occur before the quotation: a newcomer introduced right after
        words no one is credited with is likely their speaker."""
        if qs.close_mark is None:
            return False
        brk = self.text.find("\n", qs.close_mark + 1)
        if brk < 0 or self.text[qs.close_mark + 1 : brk].strip(" \t,.\u201d\"'"):
            return False  # the paragraph goes on after the quotation
        rest = self.text[brk:]
        start = brk + len(rest) - len(rest.lstrip())
        if start >= len(self.text):
            return False
        doc = self.doc
        first = doc[self.tok_at(start)]
        before = {t.lower_ for t in doc[: self.tok_at(qs.open_mark)]}
        return any(
            t.ent_type_ == "PERSON"
            and (t.i + 1 == first.sent.end or doc[t.i + 1].ent_iob_ != "I")
            and t.lower_ not in before
            for t in first.sent
        )

    def _mid_sentence(self, qs: QuotedSpan) -> bool:
        """The quote opens inside a sentence (after a word, not a sentence end or a colon)."""
        if qs.continued:
            return False
        i = self.tok_at(qs.open_mark) - 1
        while i >= 0 and self.doc[i].is_space:
            i -= 1
        if i < 0 or "\n" in self.text[self.doc[i].idx : qs.open_mark]:
            return False
        # After a verb (`chanted "…"`, `is labeling X "…"`) the words are likely reported
        # speech the cue lexicon missed; after a determiner, preposition or noun they name.
        return self.doc[i].pos_ in _NAMING_POS

    def _resumes(self, previous: _Direct | None, qs: QuotedSpan) -> bool:
        """`"This is a beginning," she said, "and beginnings matter."`: a short quote that
        resumes the one before it after its attribution, in the same sentence."""
        if previous is None or previous.qs.close_mark is None or previous.cue is None:
            return False
        gap = self.text[previous.qs.close_mark + 1 : qs.open_mark]
        return (
            gap.rstrip().endswith(",")
            and _words(gap) <= 8
            and "\n" not in gap
            and not any(c in gap for c in ".!?")
        )

    def _sentence_with_cue(self, qs: QuotedSpan) -> bool:
        """`"We're Manchester people," Bennett said.`: a short quote that is a whole sentence
        with its own attribution after it is a direct quote, not a scare quote."""
        if qs.close_mark is None or self.text[qs.start : qs.end].rstrip()[-1:] not in (",?!"):
            return False
        before = self.text[: qs.open_mark].rstrip()
        if before and before[-1] not in '.!?:\n\u201d"':
            return False
        after = self._window_after(qs)[:4]
        return any(_is_cue(t) for t in after)

    def _right_after_cue(self, qs: QuotedSpan) -> bool:
        """`a man yelled "Stay there!"`, `Some chanted "USA! USA!"`, `shouted, "Cruz,"`: a short
        quote right after a speech verb (or the verb and a comma or colon) that closes its
        clause is what was said, not a scare quote."""
        before = self._window_before(qs)
        if before and before[-1].text in (",", ":"):
            before = before[:-1]
        if not before or not _is_cue(before[-1]) or before[-1].lemma_.lower() in _NOT_SHOUTED:
            return False
        tail = self.text[qs.end : qs.end + 3].lstrip("\u201d\u2019\"' ")
        inside = self.text[qs.start : qs.end].rstrip()
        return inside[-1:] in ".!?," or tail[:1] in ("", ".", "\n", ",", "!", "?")

    def _window_after(self, qs: QuotedSpan) -> list[Token]:
        if qs.close_mark is None:
            return []
        doc = self.doc
        i = self.tok_at(qs.close_mark) + 1
        out: list[Token] = []
        while i < len(doc) and len(out) < _WINDOW_AFTER:
            t = doc[i]
            if self._is_mark(t) or "\n\n" in t.text:
                break
            if t.is_space:
                i += 1
                continue
            out.append(t)
            if _ends_sentence(t):
                break
            i += 1
        return out

    def _name_signature(self, qs: QuotedSpan, after: list[Token]) -> tuple[Token, Span] | None:
        """`“Nothing to do with us.” Pavel Drozdov` as a whole paragraph (an embedded post,
        a pull quote): a quotation that opens its paragraph followed only by a person's
        name (two to five capitalised words, no verb) is signed by that name, which is its
        cue too."""
        if not after or not _paragraph_start(self.text, qs.open_mark):
            return None
        end = after[-1].idx + len(after[-1].text)
        nl = self.text.find("\n", end)
        rest = self.text[end : nl if nl >= 0 else None]
        words = [t for t in after if not (t.is_punct and t.i == after[-1].i)]
        if rest.strip() or not 2 <= len(words) <= 5:
            return None
        if not all(t.is_alpha and t.is_title and t.pos_ in ("PROPN", "NOUN") for t in words):
            return None
        name = self.doc[words[0].i : words[-1].i + 1]
        return words[0], name

    def _window_before(self, qs: QuotedSpan) -> list[Token]:
        doc = self.doc
        i = self.tok_at(qs.open_mark) - 1
        out: list[Token] = []
        while i >= 0 and len(out) < _WINDOW_BEFORE:
            t = doc[i]
            if self._is_mark(t) or "\n" in t.text or _ends_sentence(t):
                break
            out.append(t)
            i -= 1
        out.reverse()
        return out

    def _sentence_ends(self, qs: QuotedSpan, after: list[Token]) -> bool:
        """The quote ends its sentence (`…."`) and a new one starts after the mark, with no cue
        among its first words (`"…." Trump said.` still has one)."""
        inside = self.text[qs.start : qs.end].rstrip()
        return (
            inside.endswith(".")
            and bool(after)
            and after[0].text[:1].isupper()
            and not any(_is_cue(t) and not _clause_after(t) for t in after[:4])
        )

    def _previous_sentence_tail(self, qs: QuotedSpan) -> list[Token]:
        """The last words of the sentence before the quote, in the same paragraph, after its
        last comma or quote mark: `…, Cole said.` gives `Cole said .`."""
        i = self.tok_at(qs.open_mark) - 1
        while i >= 0 and self.doc[i].is_space and "\n" not in self.doc[i].text:
            i -= 1
        if i < 0 or self.doc[i].text != ".":
            return []
        out: list[Token] = []
        j = i - 1
        while j >= 0 and len(out) < 8:
            t = self.doc[j]
            if t.text in (",", ";") or self._is_mark(t) or "\n" in t.text:
                break
            if t.text in _SENT_END:
                return []  # a whole sentence: not an attribution tail
            out.append(t)
            j -= 1
        out.reverse()
        return out if 2 <= len(out) <= 6 else []

    def _colon_intro(self, qs: QuotedSpan) -> bool:
        """The quote opens a paragraph and the previous one ends with a colon (`X said:`)."""
        if not _paragraph_start(self.text, qs.open_mark):
            return False
        return self.text[: qs.open_mark].rstrip().endswith(":")

    def _previous_paragraph_tail(self, qs: QuotedSpan) -> list[Token]:
        colon = self.text[: qs.open_mark].rstrip()
        i = self.tok_at(len(colon) - 1)
        out: list[Token] = []
        while i >= 0 and len(out) < _WINDOW_BEFORE:
            t = self.doc[i]
            if "\n" in t.text or (t.text in _SENT_END and out):
                break
            out.append(t)
            i -= 1
        out.reverse()
        return out

    # -- indirect and mixed ------------------------------------------------------------------

    def _indirect(
        self, directs: list[_Direct], fragments: list[QuotedSpan]
    ) -> Iterable[tuple[Quote, Span | None]]:
        """Reported speech outside direct quotes; marks the direct quotes it takes in."""
        direct_ranges = _Ranges([(d.qs.start, d.qs.end) for d in directs])
        used: list[tuple[int, int]] = []
        for cue in self.doc:
            if not _is_cue(cue) or _inside(cue.idx, direct_ranges.over(cue.idx, cue.idx + 1)):
                continue
            if _reported_by_later_cue(cue):
                continue  # `X did not threaten to …, she said`: the words are hers
            if _asked_of_you(cue):
                continue  # `Can you confirm how many …?`: a question put, no one's report
            if _withheld(cue):
                continue  # `He did not say whether …`: the reporter's question, not words
            if cue.i in self._credit_cues:
                continue  # `That was how X described the talks`: credits the quote before
            found = self._complement(cue)
            if found is None:
                continue
            start, end, speaker = found
            if speaker is not None and self._label_before(speaker, cue):
                # `Q (X, Outlet): …, the opposition calls …`: a label, not who spoke
                speaker = self._question_source(speaker, cue)
            start, end = _strip_edges(self.text, start, end)
            if "\n" in self.text[start:end]:
                # A sentence never runs over a paragraph break: what lies across one is a
                # headline or a time stamp the parse joined to the sentence.
                if cue.idx >= end:
                    start = self.text.rindex("\n", start, end) + 1
                else:
                    end = self.text.index("\n", start, end)
                start, end = _strip_edges(self.text, start, end)
            start = self._after_dateline(start, end)
            start = _past_relative(self.text, start, end)
            start = _past_bullet(self.text, start, end)
            if start >= end:
                continue  # `told residents, many of whom have slept outside`: about them
            short_ok = self._short_answer == (start, end) or (
                # `called Trump "unhinged"`: two words, one of them quoted
                _words(self.text[start:end]) == 2
                and any(start <= f.start and f.end <= end + 2 for f in fragments)
            )
            if not short_ok and (end - start < 8 or _words(self.text[start:end]) < 3):
                continue
            if _bare_pronoun(self.text[start:end]):
                continue  # `it was said by Y`: a pronoun stands for words, it is none of them
            if any(s < end and start < e for s, e in used):
                continue
            inside = [d for d in directs if d.qs.start < end and start < d.qs.end]
            near = direct_ranges.over(start, end)
            outside_words = _words(_blank(self.text, start, end, near))
            if any(d.cue == cue.i for d in inside):
                # The same attribution as a direct quote: a mixed quote only when the
                # reported clause has words of its own (`said China and Russia "share …"`).
                if outside_words < 2:
                    continue
            elif _covered(start, end, near) >= 0.8 and not _what_object(cue):
                # (`what X called "the prior model"`: the quote is X's, cue and all)
                continue
            # A quoted title (`told ABC's "Good Morning America"`) is a name, not quoted words.
            inner = [
                f
                for f in fragments
                if f.start < end and start < f.end and not _title_case(self.text[f.start : f.end])
            ]
            # `Officials defended the new "express" counting machines`: a label on the thing
            # the cue speaks of, not the speaker's words (a scare quote inside the content).
            labels = (
                []
                if cue.lemma_.lower() in _ASSESS
                else [f for f in inner if self._label_of(f, cue)]
            )
            inner = [f for f in inner if f not in labels]
            if not inner and not inside:
                lemma = cue.lemma_.lower()
                passive = any(c.dep_ == "auxpass" for c in cue.children)
                if (
                    lemma in EVALUATIVE_VERBS
                    and not _has_clause(cue)
                    and ((speaker is None and not passive) or lemma in _NEEDS_QUOTED_WORDS)
                ):
                    # "praised the team for its work" names what was said; "welcomed a baby"
                    # or an evaluative verb with no one saying it ("after blasting the
                    # report") does not, unless a quoted fragment shows words were reported.
                    continue
                if speaker is None and self._object_cue == cue.i and not _asked_about(cue):
                    continue  # "instead of denying poor folks health care": no one speaks
            for d in inside:
                if start <= d.qs.start and d.qs.end <= end + 2:
                    d.absorbed = True
            kind = "mixed" if inner or inside else "indirect"
            self._labels.extend(labels)
            text, start, end = self._trim(start, end)
            quote = Quote(kind, text, start, end)
            quote.cue = self.mention(cue.idx, cue.idx + len(cue.text))
            if speaker is not None and _expletive_it(cue, speaker):
                speaker = None  # `it's worth pointing out that …`, `It means admitting that …`
            if speaker is not None:
                quote.speaker = self.mention(speaker.start_char, speaker.end_char)
            self._addressee(cue, quote)
            self._via(cue, quote)
            used.append((start, end))
            yield quote, speaker

    def _after_dateline(self, start: int, end: int) -> int:
        """A reported clause that opens a paragraph starts after its dateline (`PORT SELVANE
        \u2014 The port reopened, according to X`): where the report was filed is no one's
        words."""
        text = self.text
        if (start > 0 and text[start - 1] != "\n") or not text[start : start + 2].isupper():
            return start
        m = DATELINE.match(text, start, end)
        if m is None or m.end() >= end:
            return start
        return _strip_edges(text, m.end(), end)[0]

    def _label_before(self, speaker: Span, cue: Token) -> bool:
        """The speaker is a question line's label (`Q (Teo Barran, Kessel Times):`) and the cue
        stands after its colon: the parse ran the label into the sentence as its subject, and
        the floor never speaks for what the question reports. (Other labels stay: a
        `Corrections:` label marks the notice that `_self_reference` drops.)"""
        line = self.text.rfind("\n", 0, speaker.start_char) + 1
        m = _TURN.match(self.text, line)
        return (
            m is not None
            and m.group(1).lower() in _QUESTION_LABELS
            and m.start(1) == speaker.start_char
            and cue.idx >= m.start(2)
        )

    def _floor_words(self, quote: Quote, speaker: Span | None) -> bool:
        """Quoted words inside a reporter's question (`Q (…): …, you promised it would be
        "done by spring"`) that the question gives no one by name: never an unattributed
        quote, nor the addressee's through `you`."""
        if quote.label != "quote" or not (
            speaker is None or speaker.root.lower_ == "you" and len(speaker) == 1
        ):
            return False
        line = self.text.rfind("\n", 0, quote.start) + 1
        m = _TURN.match(self.text, line)
        return (
            m is not None and m.group(1).lower() in _QUESTION_LABELS and quote.start >= m.start(2)
        )

    def _question_source(self, label: Span, cue: Token) -> Span | None:
        """Whose words a reporter's question reports, where the parse made the question's
        label the cue's subject and the question's words its appositions (`Q (Teo Barran,
        Kessel Times): President Mokesh, the opposition here calls the treaty "…"`): the last
        noun phrase of that chain after the colon, unless it is the vocative opening the
        question (`President Mokesh,`); None when the question names no one."""
        line = self.text.rfind("\n", 0, label.start_char) + 1
        m = _TURN.match(self.text, line)
        if m is None:
            return None
        chain = [
            t
            for t in label.root.subtree
            if m.start(2) <= t.idx
            and t.i < cue.i
            and t.pos_ in ("NOUN", "PROPN")
            and (t.dep_ == "appos" or t is label.root)
        ]
        if not chain:
            return None
        source = _noun_phrase(chain[-1])
        after = self.doc[source.end] if source.end < len(self.doc) else None
        if source.start_char == m.start(2) and after is not None and after.text == ",":
            return None  # `President Mokesh, when will …?`: the one asked, no source
        self._question_sources.add(source.start_char)
        return source

    def _complement(self, cue: Token) -> tuple[int, int, Span | None] | None:
        """(content start, content end, speaker) for a cue outside quotes, or None.

        Tried in order: a complement clause (`said the talks failed`), a `that` clause the parse
        did not attach (`told a meeting of leaders that …`), an object that is the content
        (`cited derogatory comments`, `called for a ban`), and a parenthetical or final cue
        (`Acts of protest, Mr. Obama said, are acts of patriotism`).
        """
        lemma = cue.lemma_.lower()
        doc = self.doc
        if lemma == "accord":
            return self._according_to(cue)
        if lemma == "quote":
            return self._quoted_as(cue)
        if lemma in _NAMING_CUES and _bare_passive(cue):
            return None  # `the walkout was called by the union`: calling a strike says nothing
        if _denied_speech(cue):
            return None  # `denied having said that …`: words the speaker says they never said
        passive = _passive_report(cue)
        if passive is not None:
            # `O'Malley's move was first reported by MSNBC`: what was reported is the subject.
            content, agent = passive
            self._short_answer = (content.start_char, content.end_char)
            return content.start_char, content.end_char, agent
        speaker = _speaker_of(cue)
        if _bare_participle(cue):
            speaker = None  # `Asked if …, Trump said`: who asked is not Trump
        if cue.pos_ == "NOUN" and lemma in NOUN_CUES:
            clause = _noun_clause(cue)  # "Trump's claim that …": the owner is the speaker
            owner = next((c for c in cue.children if c.dep_ == "poss"), None)
            if owner is not None and owner.ent_type_ in ("DATE", "TIME"):
                owner = None  # `Tuesday's accusation that …`: when, not who
            speaker = _noun_phrase(owner) if owner is not None else None
            if speaker is None and cue.dep_ == "dobj" and cue.head.lemma_ in _LIGHT_VERBS:
                speaker = _speaker_of(cue.head)  # `Trump has made comments about …`
        else:
            clause = self._clause_of(cue)
            if clause is not None and _self_declared(clause):
                return None  # `declared herself the winner`: a claim made, no words reported
            if clause is not None and _request_clause(cue, clause):
                return None  # `asked that it not be printed`: a request, no words reported
            if clause is None:
                clause = _other_clause(cue)
        if clause is None and lemma == "say":
            answer = _short_answer(cue)
            if answer is not None:
                # `said no`, `said so`, `did not say when`: a one-word statement.
                self._short_answer = (answer.start_char, answer.end_char)
                return answer.start_char, answer.end_char, speaker
        as_agent = _as_agent(cue) if clause is None else None
        if as_agent is not None:
            speaker = as_agent  # `As reported by the Courier, CONTENT`: the agent reported it
        if clause is None and (as_agent is not None or _as_cue(cue)):
            # `As the Post reported, CONTENT` / `CONTENT, as the Post reported`: the clause the
            # cue modifies is what was reported.
            head = cue.head
            if cue.i < head.i:
                lo, hi = cue.right_edge.i + 1, head.right_edge.i
            else:
                lo, hi = head.left_edge.i, cue.left_edge.i - 1
            while lo < hi and (doc[lo].is_punct or doc[lo].is_space):
                lo += 1
            while hi > lo and (doc[hi].is_punct or doc[hi].is_space):
                hi -= 1
            if hi - lo >= 2:
                return doc[lo].idx, doc[hi].idx + len(doc[hi].text), speaker
        if clause is not None:
            sub = list(clause.subtree)
            if sub[0].i < cue.i < sub[-1].i and cue.dep_ == "relcl":
                # `a wall, which he said Mexico should pay for`: the parse hangs the relative
                # pronoun on the reported clause; what follows the cue is the content.
                sub = [t for t in sub if t.i > cue.i]
            if sub and not sub[0].i <= cue.i <= sub[-1].i:  # a clause spanning its cue: bad parse
                start_tok = sub[0]
                if start_tok.lower_ in ("that", "whether", "if") and start_tok.dep_ == "mark":
                    start_tok = doc[start_tok.i + 1]
                end_tok = _cut_at_nested_cue(sub, start_tok.i)
                if cue.pos_ == "NOUN" and lemma in _ATTACK_CUES:
                    # `his attacks on Ruiz`: the target of a verbal attack, however short.
                    self._short_answer = (start_tok.idx, end_tok.idx + len(end_tok.text))
                return start_tok.idx, end_tok.idx + len(end_tok.text), speaker
        that = _that_after(cue)
        if that is not None and that.i + 1 < len(doc):
            return doc[that.i + 1].idx, self._clause_end(that.i + 1), speaker
        obj = _object_content(cue)
        if obj is not None:
            self._object_cue = cue.i
            if lemma == "refer" or _asked_about(cue) or _what_object(cue):
                # `…, referring to Ruiz`, `Asked about it, …`: whom or what, however short.
                self._short_answer = _strip_edges(
                    self.text, obj[0].idx, obj[-1].idx + len(obj[-1].text)
                )
            return obj[0].idx, obj[-1].idx + len(obj[-1].text), speaker
        target = _short_target(cue, speaker)
        if target is not None:
            # `Reid blasted Rubio`, `she praised Garland`: a named speaker's verdict on a
            # short target is a statement, however short.
            self._object_cue = cue.i
            self._short_answer = (target.start_char, target.end_char)
            return target.start_char, target.end_char, speaker
        if speaker is not None:
            return self._parenthetical(cue, speaker)
        return None

    def _clause_of(self, cue: Token) -> Token | None:
        """The cue's complement clause. The parse may hang a second clause on the cue, the
        sentence before it (`…: He said he raised $100,000`) or one across a paragraph break
        (`"…" ⏎ Farage said the warning was …`): a clause after the cue wins, and a clause on
        another paragraph never counts."""
        clauses = [
            c
            for c in cue.children
            if c.dep_ in ("ccomp", "parataxis")
            and "\n" not in self.text[min(c.idx, cue.idx) : max(c.idx, cue.idx)]
            and not _free_relative(cue, c)
        ]
        after = [c for c in clauses if c.i > cue.i]
        if after:
            return after[0]
        # `X blames Y; Z denies any role`: a clause before a semicolon is a sentence of its
        # own, not what the cue after it reports
        before = [c for c in clauses if not _semicolon_between(c, cue)]
        return before[-1] if before else None

    def _parenthetical(self, cue: Token, speaker: Span) -> tuple[int, int, Span] | None:
        """`CONTENT, X said.` or `CONTENT, X said, MORE.`: the cue set off by commas."""
        doc = self.doc
        if any(c.dep_ == "auxpass" for c in cue.children):
            return None  # `With 214 delegates at stake, Clinton is assured of winning`
        lo = min(cue.i, speaker.start)
        hi = max(cue.i, speaker.end - 1)
        for c in cue.rights:
            # `…, her aide told the Portavel Herald.`: the cue's own object and modifiers,
            # whole phrases (`the Portavel Herald` starts with a word hung on `Herald`).
            if c.left_edge.i != hi + 1 or c.dep_ not in (
                "npadvmod",
                "advmod",
                "dobj",
                "dative",
                "prep",
            ):
                break
            hi = c.right_edge.i
        sent = cue.sent
        if lo - 1 <= sent.start or doc[lo - 1].text != ",":
            return None
        after = doc[hi + 1] if hi + 1 < len(doc) else None
        # `X said, "…"` and `"…", X said`: the attribution of a direct quote, not a parenthesis.
        beside = [_neighbour(doc, lo - 1, -1), _neighbour(doc, hi + 1, 1)]
        if any(t is not None and t.text in _QUOTE_CHARS for t in beside):
            return None
        start_tok = doc[sent.start]
        if after is None or after.text in _SENT_END or after.i >= sent.end:
            end_tok = doc[lo - 2]  # the content ends before ", X said."
        elif after.text == ",":
            end_tok = doc[sent.end - 1]
            if end_tok.text in _SENT_END and end_tok.i > start_tok.i:
                end_tok = doc[end_tok.i - 1]
        else:
            return None
        if end_tok.i - start_tok.i < 3:
            return None
        if not any(t.pos_ in ("VERB", "AUX") for t in doc[start_tok.i : end_tok.i + 1]):
            return None  # `But throughout the summer, fishermen criticized …`: no clause
        return start_tok.idx, end_tok.idx + len(end_tok.text), speaker

    def _according_to(self, cue: Token) -> tuple[int, int, Span | None] | None:
        doc = self.doc
        to = next((c for c in cue.children if c.lower_ == "to"), None)
        if to is None or cue.i + 1 >= len(doc) or doc[cue.i + 1].lower_ != "to":
            return None
        source = next((c for c in to.children if c.dep_ == "pobj"), None)
        if source is None:
            return None
        speaker = _noun_phrase(source)
        relay = _relayed_by(source) or _read_aloud_by(source)
        if relay is not None:
            speaker = relay  # `according to interviews with harbour officials`: who gave them
        elif _unowned_figures(source):
            # `according to preliminary results`: the source of a claim, but a count speaks
            # no words; the claim stays, with no speaker.
            speaker = None
        sent = cue.sent
        phrase_start, phrase_end = cue.i, source.right_edge.i + 1
        if phrase_start - sent.start > 2:  # content before: "CONTENT, according to X."
            start_tok, end_tok = doc[sent.start], doc[phrase_start - 1]
        else:  # "According to X, CONTENT."
            start_tok, end_tok = doc[min(phrase_end, sent.end - 1)], doc[sent.end - 1]
        return start_tok.idx, end_tok.idx + len(end_tok.text), speaker

    def _quoted_as(self, cue: Token) -> tuple[int, int, Span | None] | None:
        """`X quoted Y as saying …` and `Y was quoted by X as …`: speaker Y, channel X."""
        as_ = next((c for c in cue.children if c.lower_ == "as"), None)
        if as_ is None:
            return None
        comp = next((c for c in as_.children if c.dep_ in ("pcomp", "pobj")), None)
        if comp is None:
            return None
        inner = next((c for c in comp.children if c.dep_ == "ccomp"), None)
        sub = list((inner or comp).subtree)
        if inner is None and comp.lemma_ == "say" and len(sub) > 1:
            sub = sub[1:]  # "quoted X as saying …": the content follows "saying"
        speaker_tok = next((c for c in cue.children if c.dep_ == "dobj"), None)
        if speaker_tok is None:
            speaker_tok = next((c for c in cue.children if c.dep_ == "nsubjpass"), None)
            if speaker_tok is not None and speaker_tok.lower_ in ("who", "that", "which"):
                speaker_tok = cue.head if cue.dep_ == "relcl" else None
        speaker = _noun_phrase(speaker_tok) if speaker_tok is not None else None
        return sub[0].idx, sub[-1].idx + len(sub[-1].text), speaker

    def _clause_end(self, i: int) -> int:
        """End of a `that`-clause: the sentence end, before a trailing `, X reported`."""
        doc = self.doc
        j = i
        while j < len(doc) and doc[j].text not in _SENT_END and "\n" not in doc[j].text:
            if doc[j].text == "," and j + 1 < len(doc):
                rest = doc[j + 1 : min(len(doc), j + 12)]
                if any(_is_cue(t) for t in rest):
                    break
            j += 1
        j = min(j, len(doc)) - 1
        return doc[j].idx + len(doc[j].text) if j >= i else doc[i].idx

    # -- roles -------------------------------------------------------------------------------

    def _addressee(self, cue: Token, quote: Quote) -> None:
        """Whom the words were told to; an outlet told them (`told the X News Agency`, `said to
        state television`) is the channel that carried them, not an addressee."""
        lemma = cue.lemma_.lower()
        if lemma not in ("tell", "inform", "assure", "brief", "ask", "warn", "urge"):
            outlet = _outlet_told(cue) if is_say_verb(lemma) or lemma == "speak" else None
            if outlet is not None and not quote.via:
                quote.via = outlet.text
            elif outlet is None and (listener := _addressed(cue)) is not None:
                self._told(listener, quote)
            return
        for c in cue.children:
            if c.dep_ in ("dobj", "dative") and c.pos_ in ("PROPN", "NOUN", "PRON"):
                self._told(c, quote)
                return

    def _told(self, listener: Token, quote: Quote) -> None:
        """`listener` heard the words: their addressee, or their channel when an outlet."""
        span = _noun_phrase(listener)
        if _is_outlet(span):
            quote.via = quote.via or span.text
            return
        quote.addressee = self.mention(span.start_char, span.end_char)
        if listener.lower_ not in AUDIENCE_NOUNS and listener.pos_ != "PRON":
            # `told a rally in Selvik`: the listener is the head's phrase, never the place
            # its modifier names.
            head_phrase = listener.doc[span.start : listener.i + 1]
            quote.addressee_name = self.resolver.resolve(head_phrase)

    def _via(self, cue: Token, quote: Quote) -> None:
        """The channel a statement is relayed through: `TASS reported`, `quoted by Belta`."""
        lemma = cue.lemma_.lower()
        if lemma != "quote" and cue.head.lower_ == "as" and cue.head.head.lemma_ == "quote":
            # `X was quoted by Y as saying: "…"`: the direct quote's cue is `saying`.
            cue, lemma = cue.head.head, "quote"
        if lemma == "quote":
            for c in cue.children:
                if c.dep_ == "nsubj" or c.dep_ == "agent":
                    target = (
                        c
                        if c.dep_ == "nsubj"
                        else next((g for g in c.children if g.dep_ == "pobj"), None)
                    )
                    if target is not None:
                        quote.via = _noun_phrase(target).text
                        return
            return
        if (carrier := _carried_in(cue)) is not None:
            quote.via = carrier.text
            return
        # A trailing "…, TASS reported" in the same sentence as another cue.
        for t in cue.sent:
            if t.i <= cue.i or not _is_cue(t) or t.lemma_.lower() != "report":
                continue
            subj = _speaker_of(t)
            if subj is not None and _is_media(subj):
                quote.via = subj.text
                return


# -- token-level helpers -------------------------------------------------------------------------


def _ends_sentence(t: Token) -> bool:
    """A sentence-final mark, not an abbreviation's period that the tokenizer split off and
    the tagger reads as part of a word (`said Tomas Brenn Sr.'s lawyer`, `As Tom Vey, the
    No. 2 in the party, put it:`), where the sentence goes on."""
    if t.text not in _SENT_END:
        return False
    nxt = _neighbour(t.doc, t.i, 1)
    return not (t.text == "." and t.tag_ != "." and nxt is not None and not nxt.is_sent_start)


def _is_cue(t: Token) -> bool:
    lemma = t.lemma_.lower()
    if lemma == "accord":
        return t.lower_ == "according"
    if lemma == "point":  # "pointed out that …"
        return t.pos_ == "VERB" and any(c.dep_ == "prt" and c.lower_ == "out" for c in t.children)
    if lemma in NOUN_CUES and t.pos_ == "NOUN":
        if lemma in _ATTACK_CUES and not _personal_owner(t):
            return False  # `the attacks on the embassy`: not words
        return _noun_clause(t) is not None
    if lemma == "refer":
        return _referring_after_cue(t)
    if lemma in _ATTACK_CUES and t.pos_ == "VERB":
        # `Trump attacked Clinton`: a verbal attack, when a name or a pronoun makes it.
        # Without the coordinated-cue climb, which asks `_is_cue` of this token again.
        subj = _speaker_of(t, coordinated=False)
        return subj is not None and (
            subj.root.pos_ == "PROPN" or subj.root.lower_ in ("he", "she", "they", "we", "i")
        )
    if _purpose_infinitive(t):
        return False
    if lemma in _RECORDING_VERBS:  # (the tagger may take a plural subject's verb for a noun)
        return _document_subject(t)
    if lemma not in SAY_VERBS:
        return is_prep_cue(t)
    if _promised_in_report(t):
        return False
    if t.pos_ in ("VERB", "AUX") or t.tag_.startswith("VB"):
        return (
            t.dep_ in _CLAUSE_DEPS
            or any(c.dep_ in _SUBJECTS for c in t.children)
            or _unattached_verb(t)
        )
    # The small model tags some infinitives as nouns ("went on to state that …").
    prev = t.doc[t.i - 1] if t.i else None
    return prev is not None and prev.lower_ == "to" and prev.dep_ == "aux"


def _semicolon_between(clause: Token, cue: Token) -> bool:
    """A semicolon between the end of a clause before a cue and the cue."""
    return any(t.text == ";" for t in cue.doc[clause.right_edge.i + 1 : cue.i])


def _promised_in_report(t: Token) -> bool:
    """`X said … and that Y would respond "at a time of our choosing"`, `He said Y would
    ask its partners to …`: a speech verb with a modal, inside the clause an earlier `say`
    reports, is a future act the reporter's speaker tells of, not words Y spoke; the
    clause (quoted words and all) is that speaker's."""
    if not any(c.dep_ == "aux" and c.tag_ == "MD" for c in t.children):
        return False
    clause = t
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    reporter = clause.head
    return (
        clause.dep_ == "ccomp"
        and reporter.i < t.i
        and reporter.pos_ == "VERB"
        and reporter.lemma_.lower() in SAY_VERBS
        and any(c.dep_ == "nsubj" for c in reporter.children)
    )


#: Verbs by which a document reports (`the minutes record that …`), cues only with one.
_RECORDING_VERBS = frozenset({"record"})


def _document_subject(verb: Token) -> bool:
    """`The minutes, seen by the Herald, record that …`: the verb's subject is a document
    and it takes a clause; `the firm recorded a loss` reports no one's words."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return (
        subj is not None
        and (subj.lower_ == "minutes" or subj.lemma_.lower() in SOURCE_NOUNS)
        and any(c.dep_ == "ccomp" for c in verb.children)
    )


#: Acts of going to see people or a place: the quotation in the paragraph after one is
#: likely someone met there, not the visitor (`Mayor Lind toured the clinic.⏎⏎"We waited …"`).
_VISIT_VERBS = frozenset("visit tour meet inspect attend".split())
#: Verbs of going somewhere, whose infinitive says what for (`came to talk about …`).
_MOTION_VERBS = frozenset("come go travel arrive fly return head visit gather".split())
#: Verbs whose infinitive the parse may hang on them as an adverbial though it is their
#: complement (`declined at first to criticize`, `drove thousands to demand`, `made it
#: easier for courts to dismiss`, `have taken to social media to complain`).
_INFINITIVE_TAKERS = frozenset(
    "decline refuse drive make take force lead prompt urge push ask help allow cause get".split()
)


def _purpose_infinitive(t: Token) -> bool:
    """`The minister came to talk about the fuel tax`, `held a meeting to talk about it`: an
    infinitive of purpose states what someone meant to speak about, not what was said. Only
    without reported content (`came forward to say that …` reports it) and not `went on to
    say` (a continuation, `go` with the particle `on`)."""
    if t.dep_ not in ("advcl", "xcomp") or not any(
        c.dep_ == "aux" and c.lower_ == "to" for c in t.children
    ):
        return False
    head = t.head
    lemma = head.lemma_.lower()
    if t.dep_ == "xcomp" and lemma not in _MOTION_VERBS:
        return False  # `refused to comment on`, `wants to talk about`: no purpose
    if head.pos_ != "VERB" or lemma in _INFINITIVE_TAKERS or lemma in SAY_VERBS | PREP_CUES.keys():
        # `made it easier for courts to dismiss`, `declined at first to criticize`; `spoke on
        # condition of anonymity to speak about` (the head is speech, the infinitive its topic)
        return False
    if any(c.dep_ == "prt" for c in head.children):
        return False  # `went on to say`, `came out to talk`
    return not any(c.dep_ in ("ccomp", "parataxis") for c in t.children)


def _personal_owner(noun: Token) -> bool:
    """`his attacks on …`, `Ruiz's attacks on …`: the noun is owned by a person (`his`, `her`
    or a name that is not a place or a people; the small model often tags a person's name as
    an organisation), so the attacks are words, not arms."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None:
        return False
    if owner.lower_ in ("his", "her"):
        return True
    return owner.pos_ == "PROPN" and owner.ent_type_ not in ("GPE", "NORP", "LOC", "FAC")


def _referring_after_cue(t: Token) -> bool:
    """`"…," Ruiz said, referring to the mayor`: a participle `referring to` hanging on a speech
    cue says whom or what the speaker meant (the object of `to`). Elsewhere `refer to` is no
    speech (`the figures refer to last year`)."""
    head = t.head
    return (
        t.tag_ == "VBG"
        and t.dep_ in ("advcl", "xcomp", "conj")
        and head.i != t.i
        and head.i < t.i
        and head.lemma_.lower() in SAY_VERBS
        and head.pos_ in ("VERB", "AUX")
        and any(c.dep_ == "prep" and c.lower_ == "to" and c.i == t.i + 1 for c in t.children)
    )


#: Verbs that report a verbal attack with a person as subject (not in the cue lexicon, where
#: `attack` would also be armies and storms).
_ATTACK_CUES = frozenset({"attack"})


def _unattached_verb(t: Token) -> bool:
    """`Majorities of voters going to the polls say they …`: the small model makes a verb of
    the long subject the root and leaves the cue unattached (`dep`); the root's subject, before
    the cue, is the cue's, and the cue keeps its clause."""
    return (
        t.dep_ == "dep"
        and t.head.i < t.i
        and any(c.dep_ in _SUBJECTS and c.i < t.i for c in t.head.children)
        and any(c.dep_ == "ccomp" and c.i > t.i for c in t.children)
    )


def _neighbour(doc: Doc, i: int, step: int) -> Token | None:
    """The next token from `i` in direction `step` that is not whitespace."""
    i += step
    while 0 <= i < len(doc) and doc[i].is_space:
        i += step
    return doc[i] if 0 <= i < len(doc) else None


def _cut_at_nested_cue(sub: list[Token], start: int) -> Token:
    """Last token of a reported clause, stopping before a second attribution it contains
    (`… did Romney in, arguing that …` is two statements)."""
    end = sub[-1]
    for t in sub:
        if t.i > start + 2 and _contrasting_source(t):
            j = t.left_edge.i - 1
            while j > start and t.doc[j].is_punct:
                j -= 1
            return t.doc[j] if j > start else end
        if (
            t.i > start + 2
            and t.dep_ in ("advcl", "conj")
            and _is_cue(t)
            # `came hours after Trump proposed a ban` is one statement; `…, arguing that` two
            and not (t.dep_ == "advcl" and any(c.dep_ == "mark" for c in t.children))
            # `… and would continue her work, she said`: a cue word with an object and no
            # clause of its own is not a second statement
            and not (any(c.dep_ == "dobj" for c in t.children) and not _has_clause(t))
        ):
            j = t.left_edge.i - 1
            while j > start and (t.doc[j].is_punct or t.doc[j].dep_ == "cc"):
                j -= 1
            return t.doc[j] if j > start else end
    return end


#: Conjunctions that set a second source's claim beside the first: `…, while X put it at …`.
_CONTRAST_MARKS = frozenset(("while", "whereas"))
#: Verbs that give a figure as an estimate when followed by `at`: `put the figure at 400`.
_FIGURE_AT_VERBS = frozenset(("put", "place", "set"))


def _contrasting_source(t: Token) -> bool:
    """`…, while Lavranian officials put the figure at more than 400`: a `while`/`whereas`
    clause with its own subject and a verb of saying or estimating is a second source's
    claim, not more of the first one's (`…, while wages stayed flat` stays the speaker's)."""
    if t.dep_ != "advcl" or not any(
        c.dep_ == "mark" and c.lower_ in _CONTRAST_MARKS for c in t.children
    ):
        return False
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
        return False
    if _is_cue(t):
        return True
    return t.lemma_ in _FIGURE_AT_VERBS and any(
        c.dep_ == "prep" and c.lower_ == "at" for c in t.children
    )


#: Nouns that report a statement when a `that` clause follows: `Trump's claim that …`.
NOUN_CUES = frozenset(
    "claim statement assertion remark warning pledge promise accusation allegation suggestion "
    "argument insistence announcement assurance admission denial call vow threat demand appeal "
    "plea comment attack".split()
)


#: Texts a person reads out, whose words are then the reader's (`a statement read by X`).
_READ_OUT = NOUN_CUES | frozenset(
    "text speech declaration letter message communique address decree verdict ruling".split()
)


def _noun_clause(noun: Token) -> Token | None:
    """What a statement noun reports: its `that` clause (`claim that there have been …`), an
    infinitive (`his call to ban …`, `a pledge to cut …`) or a prepositional object (`a call for
    a ban`, `his comments on Muslims`)."""
    lemma = noun.lemma_.lower()
    for c in noun.children:
        if c.i <= noun.i:
            continue
        if c.dep_ in ("acl", "ccomp", "relcl"):
            first = next(iter(c.subtree))
            if first.lower_ == "that" and first.dep_ == "mark":
                return c
            if (
                c.dep_ == "acl"
                and lemma in NOUN_INFINITIVE_CUES
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
            ):
                return c
        if c.dep_ == "prep" and c.lower_ in NOUN_PREP_CUES.get(lemma, ()):
            obj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if obj is not None and not _sum_asked(obj):
                return obj
    return None


#: A relative clause on people or things (`many of whom`, `some of which`), which the parse can
#: take for a reported clause after a comma: it describes them, nobody says it. A bare `which`
#: or `whom` may open an indirect question (`asked which roads …`) and is left alone.
_RELATIVE_OPENING = re.compile(
    r"(?:(?:many|most|some|all|none|each|both|several|few|one|two|three|half|any|neither|"
    r"either|much|part|a number|dozens|hundreds|thousands)\s+of\s+)(?:whom|which)\b",
    re.I,
)


def _past_relative(text: str, start: int, end: int) -> int:
    """Where reported words start once a leading relative clause is skipped: after its `, that`
    (`told families, most of whom …, that help was coming`), or `end` when nothing follows."""
    if not _RELATIVE_OPENING.match(text, start, end):
        return start
    m = re.search(r",\s+that\s+", text[start:end])
    return start + m.end() if m else end


#: What a fundraising appeal asks for: money, not words (`an appeal for donations`).
_FUNDS = frozenset("funds funding donations money cash contributions aid".split())


def _sum_asked(obj: Token) -> bool:
    """`launched an appeal for 3 million euros`, `a call for donations`: a sum of money asked
    for is a fundraising act, not a statement whose content is the sum."""
    if obj.lower_ in _FUNDS or obj.ent_type_ in ("MONEY", "CARDINAL", "QUANTITY"):
        return True
    return obj.like_num or any(c.dep_ == "nummod" for c in obj.children)


#: Verbs that make a statement noun their object's speaker's act: `made comments about`,
#: `issued a warning that`, `repeated his promise to`.
_LIGHT_VERBS = frozenset("make issue give deliver release repeat renew reiterate send post".split())
#: Statement nouns whose content is an infinitive: `his call to ban`, `a pledge to cut taxes`.
NOUN_INFINITIVE_CUES = frozenset("call pledge promise vow threat demand appeal plea".split())
#: Statement nouns whose content is a prepositional object: `a call for a ban`.
NOUN_PREP_CUES = {
    "call": ("for",),
    "demand": ("for",),
    "appeal": ("for",),
    "plea": ("for",),
    "comment": ("on", "about"),
    "attack": ("on", "against"),
    "remark": ("on", "about"),
    "statement": ("on", "about"),
}


#: Cues whose passive subject is who was spoken to or about, not what was said: `Sanders was
#: asked by Bill Maher`, `he was quoted by Belta as saying`.
_ADDRESSEE_PASSIVES = frozenset(
    "ask tell inform brief assure urge warn question quote thank interview challenge".split()
)


def _passive_report(cue: Token) -> tuple[Span, Span] | None:
    """(content, speaker) of a passive cue with its agent: `the move was first reported by
    MSNBC`, `it was never mentioned by the moderators`. The agent must name who spoke, so `was
    quoted by` (a channel) is left to `_quoted_as`."""
    if cue.lemma_.lower() in _ADDRESSEE_PASSIVES or not any(
        c.dep_ == "auxpass" for c in cue.children
    ):
        return None
    # the subject nearest the cue: a parse may hang a second one on it across a `;`
    subj = max(
        (c for c in cue.children if c.dep_ == "nsubjpass" and c.i < cue.i),
        key=lambda c: c.i,
        default=None,
    )
    agent = next((c for c in cue.children if c.dep_ == "agent"), None)
    obj = next((g for g in agent.children if g.dep_ == "pobj"), None) if agent else None
    if subj is None or obj is None or subj.lower_ in ("who", "that", "which", "what"):
        return None
    doc = cue.doc
    end = subj.right_edge.i
    reason = [c for c in cue.rights if c.i > agent.i and c.dep_ in ("prep", "xcomp", "oprd")]
    if reason and cue.lemma_.lower() in EVALUATIVE_VERBS | _REASON_CUES:
        # `Trump has been criticized by his rivals for failing to …`: the blame is content too.
        end = reason[-1].right_edge.i
    return doc[subj.left_edge.i : end + 1], _noun_phrase(obj)


#: Cues that report words only with a complement naming something: `was called "reckless"`.
_NAMING_CUES = frozenset("call".split())


def _bare_passive(cue: Token) -> bool:
    """A passive cue with no complement (`the strike was called by the union`): it names an act
    (calling a strike, a vote, an election), not words."""
    return any(c.dep_ == "auxpass" for c in cue.children) and not any(
        c.dep_ in ("oprd", "xcomp", "attr", "ccomp") or (c.dep_ == "prep" and c.lower_ == "as")
        for c in cue.children
    )


def _reported_by_later_cue(cue: Token) -> bool:
    """A cue in the clause a later `say` reports (`The ministry did not threaten to use the
    army, she said`): the statement is the later speaker's, the inner verb part of it."""
    head = cue.head
    return (
        cue.dep_ in ("ccomp", "parataxis")
        and head.i > cue.i
        and head.lemma_.lower() == "say"
        and cue.lemma_.lower() != "say"
        and _is_cue(head)
        # the same sentence: not a cue in the paragraph before `"…," she said`
        and not any(t.is_space or t.text in _QUOTE_CHARS for t in cue.doc[cue.i : head.i])
    )


#: Verbs whose infinitive withholds the words (`declined to say whether …`, `refused to
#: comment on whether …`, `failed to mention that …`).
_WITHHOLDING = frozenset("decline refuse fail".split())
#: Cues whose negation still reports something (`did not deny that …` concedes it).
_NEGATION_REPORTS = frozenset("deny dispute contest".split())


def _withheld(cue: Token) -> bool:
    """`He did not say whether …`, `would not confirm that …`, `declined to say …`: a speaker
    who withheld the words said nothing of what follows; the clause is the reporter's
    question or claim (`not only said` and a negated `deny` still report)."""
    if _obliged(cue):
        return True
    if cue.lemma_.lower() in _NEGATION_REPORTS:
        return False
    for c in cue.children:
        if c.dep_ == "neg" and c.i < cue.i:
            nxt = _neighbour(cue.doc, c.i, 1)
            if nxt is None or nxt.lower_ not in ("only", "just", "merely"):
                return True
    return cue.dep_ == "xcomp" and cue.head.lemma_.lower() in _WITHHOLDING


#: Modals of duty: `must announce` says what someone has yet to say.
_DUTY_MODALS = frozenset("must ought".split())
#: Verbs whose `to`-infinitive is a duty (`has to confirm`, `is required to disclose`).
_DUTY_VERBS = frozenset("have need require oblige compel".split())


def _obliged(cue: Token) -> bool:
    """`Brisk must, by Friday, announce a firm intention …`, `the board has to confirm that
    …`: a rule or a deadline for what someone is to say reports no words said (and so does
    the verb joined to it: `must either announce X or announce that …`). The modal may hang
    on a phrase of the verb's clause (`must, by Friday, announce`): its nearest verb is met
    going up from the cue through joined verbs, objects and their modifiers. Not a duty
    done (`had to reject`), one still owed (`has yet to explain why`, which reports the
    silence) or the speaker's own (`I must say that …` says it)."""
    chain = [cue]
    while chain[-1].dep_ in ("conj", "acl", "dobj", "xcomp") and chain[-1].head.i != chain[-1].i:
        chain.append(chain[-1].head)
    if any(c.dep_ in _SUBJECTS and c.lower_ in ("i", "we") for t in chain for c in t.children):
        return False
    on_chain = {t.i for t in chain}
    for t in cue.sent:
        if t.i > cue.i or t.dep_ != "aux" or t.lower_ not in _DUTY_MODALS:
            continue
        verb = t.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        if verb.i in on_chain:
            return True
    return any(_duty_infinitive(t) for t in chain if t.pos_ == "VERB")


def _duty_infinitive(verb: Token) -> bool:
    """`has to confirm`, `is required to disclose`: a `to`-infinitive of a present duty."""
    duty = verb.head
    return (
        verb.dep_ == "xcomp"
        and duty.lemma_.lower() in _DUTY_VERBS
        and duty.tag_ != "VBD"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        and not any(c.lower_ in ("yet", "already") for c in duty.children)
        and not any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in duty.children)
    )


def _bare_participle(cue: Token) -> bool:
    """`Asked whether …, X said`: a passive participle with no auxiliary opening a clause."""
    return (
        cue.tag_ == "VBN"
        and cue.dep_ == "advcl"
        and not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in cue.children)
    )


def _another_person(tok: Token) -> bool:
    """A person besides a sentence's subject: a name NER tags, or a personal pronoun that is
    not a possessive (`She rejects her critics` names one person)."""
    if tok.ent_type_ == "PERSON" or tok.lower_ in ("he", "she", "him"):
        return True
    return tok.lower_ == "her" and tok.dep_ != "poss"


def _free_relative(cue: Token, clause: Token) -> bool:
    """`admitted what pensioners feared`: a `what` clause right after the cue is the thing
    admitted, named by others' words, not the speaker's; a question put (`asked what it
    would cost`) is what was asked, and `denounced what X called "…"` reports words."""
    if cue.lemma_.lower() in ASKING_VERBS or clause.i < cue.i or _is_cue(clause):
        return False
    first = clause.left_edge
    return first.lower_ in ("what", "whatever") and first.dep_ in ("dobj", "nsubj", "pobj")


#: Verbs of asking for something: `asked that it not be printed` is a request, no statement.
_REQUEST_VERBS = frozenset("ask request".split())


def _request_clause(cue: Token, clause: Token) -> bool:
    """`asks that it not be printed`, `requested that the line be cut`: a `that` clause in
    the subjunctive (a bare verb with no modal) after a verb of asking is what was asked for,
    not words reported."""
    if cue.lemma_.lower() not in _REQUEST_VERBS:
        return False
    kids = list(clause.children)
    if not any(c.dep_ == "mark" and c.lower_ == "that" for c in kids):
        return False
    if any(c.tag_ == "MD" for c in kids):
        return False
    if clause.tag_ == "VB" or (clause.tag_ == "VBP" and cue.tag_ == "VBD"):
        return True  # (`asked that reporters leave`: a present tense under a past one)
    return clause.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.tag_ == "VB" for c in kids)


def _other_clause(cue: Token) -> Token | None:
    """Content clauses the small model attaches with other labels: `asked if he was bullied`
    (an `if`/`whether` adverbial clause), `said legalizing it could put …` (a gerund xcomp)."""
    for c in cue.children:
        if c.i < cue.i:
            continue
        if (
            c.dep_ == "advcl"
            and cue.lemma_.lower() in ("ask", "question", "wonder")
            and any(m.dep_ == "mark" and m.lower_ in ("if", "whether") for m in c.children)
        ):
            return c
        if c.dep_ == "xcomp" and c.tag_ == "VBG" and cue.lemma_.lower() in _CLAUSE_XCOMP:
            return c
    return None


_CLAUSE_XCOMP = frozenset(
    "say tell add argue insist claim note suggest propose recommend advocate urge report".split()
)
#: One-word statements a `say` cue takes as object: `said no`, `said so`, `did not say when`.
_ANSWERS = frozenset("yes no so nothing when why how where who what otherwise".split())


def _short_answer(cue: Token) -> Span | None:
    """`said no`, `said so`, `said that`, `said the same of Sanders`, `say thanks`: the object of
    `say` is what was said, however short."""
    for c in cue.children:
        if c.i <= cue.i:
            continue
        if c.dep_ in ("intj", "advmod", "attr") and c.lower_ in _ANSWERS:
            if c.lower_ == "so" and any(n.dep_ == "neg" for n in cue.children):
                return None  # `did not say so`: nothing was said
            return cue.doc[c.i : c.i + 1]
        if c.dep_ == "dobj":
            return cue.doc[c.left_edge.i : c.right_edge.i + 1]
    return None


def _as_cue(cue: Token) -> bool:
    """`as the Post reported`: a cue in an `as` clause, with a subject and no object."""
    return (
        cue.dep_ == "advcl"
        and cue.head.i != cue.i
        and any(c.dep_ == "mark" and c.lower_ == "as" for c in cue.children)
        and any(c.dep_ in _SUBJECTS for c in cue.children)
        and not any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in cue.children)
    )


#: Evaluative cues whose object, even one or two words, is what a named speaker said about
#: someone or something: `blasted Rubio`, `defended the process`.
_VERDICT_CUES = frozenset(
    "praise criticize criticise slam blast laud hail condemn denounce mock defend attack".split()
)


def _short_target(cue: Token, speaker: Span | None) -> Span | None:
    """The one- or two-word object of a verdict cue whose subject is a name or a personal
    pronoun (`Reid blasted Rubio`, `He mocked his rivals`); None otherwise."""
    if speaker is None or cue.lemma_.lower() not in _VERDICT_CUES or cue.pos_ != "VERB":
        return None
    root = speaker.root
    if not (root.pos_ in ("PROPN", "NOUN") or root.lower_ in ("he", "she", "they", "we", "i")):
        return None
    obj = next((c for c in cue.children if c.dep_ == "dobj" and c.i > cue.i), None)
    if obj is None or obj.pos_ not in ("PROPN", "NOUN", "PRON"):
        return None
    span = cue.doc[obj.left_edge.i : obj.right_edge.i + 1]
    if not 1 <= sum(t.is_alpha for t in span) <= 2 or "\n" in span.text:
        return None
    return span


def _asked_about(cue: Token) -> bool:
    """`Asked about the plan, the mayor said …`, `when asked about it`: a bare participle
    `asked` with its topic is a question put by someone the sentence does not name."""
    return cue.lemma_.lower() == "ask" and _bare_participle(cue) and _about_topic(cue) is not None


def _about_topic(cue: Token) -> Token | None:
    """The `about` phrase of `ask`: a child of the cue, or one the parse hangs on a phrase after
    it (`Asked at a briefing Monday about the plan`, `asked the mayor about the budget`), down
    a chain of objects and prepositions with no comma between."""
    about = next((c for c in cue.children if c.dep_ == "prep" and c.lower_ == "about"), None)
    if about is not None:
        return about
    frontier = [c for c in cue.rights if c.dep_ in ("prep", "dobj", "npadvmod")]
    for _ in range(4):
        nxt = []
        for t in frontier:
            if t.dep_ == "prep" and t.lower_ == "about":
                between = cue.doc[cue.i + 1 : t.i]
                if not any(x.text in (",", ";", ":") or "\n" in x.text for x in between):
                    return t
                return None
            nxt += [c for c in t.children if c.dep_ in ("prep", "pobj", "dobj", "npadvmod")]
        frontier = nxt
    return None


def _as_agent(cue: Token) -> Span | None:
    """`as reported by the Courier`, `as first announced by the ministry`: a passive cue in an
    `as` clause with its agent and no object; the agent is who said what the clause it
    modifies says."""
    if not (
        cue.dep_ == "advcl"
        and cue.tag_ == "VBN"
        and cue.head.i != cue.i
        and any(c.dep_ == "mark" and c.lower_ == "as" for c in cue.children)
        and not any(c.dep_ in ("dobj", "ccomp", "xcomp", *_SUBJECTS) for c in cue.children)
    ):
        return None
    agent = next((c for c in cue.children if c.dep_ == "agent"), None)
    obj = next((g for g in agent.children if g.dep_ == "pobj"), None) if agent else None
    return _noun_phrase(obj) if obj is not None else None


def _expletive_it(cue: Token, speaker: Span) -> bool:
    """`it` as the subject of the verb a cue hangs on (`it's worth noting`) names no one."""
    root = speaker.root
    return root.lower_ == "it" and root.head.i != cue.i and root.head.lemma_ in _EXPLETIVE_HOSTS


def _clause_after(cue: Token) -> bool:
    """The cue reports a clause of its own after it (`The aide said the vote was close`)."""
    return any(c.dep_ == "ccomp" and c.i > cue.i for c in cue.children)


def _has_clause(cue: Token) -> bool:
    return any(c.dep_ in ("ccomp", "parataxis") for c in cue.children)


def _attribute(
    window: list[Token], *, first: bool, quoted: Callable[[int], bool] | None = None
) -> tuple[Token, Span | None] | None:
    """The cue and speaker in the words beside a quote. `quoted` tells whether a character
    is inside quote marks: given, the subject of the clause a participle cue hangs on may
    lie before the window (`Ruiz spoke on Portavel Radio's "Morning Tide," adding, "…"`)."""
    cues = [t for t in window if _is_cue(t)]
    if not cues:
        return None
    cue = cues[0] if first else cues[-1]
    inside = {t.i for t in window}
    speaker = _speaker_of(cue)
    if speaker is not None and speaker.root.i not in inside:
        # `"…," Trump, the frontrunner, said`: the parse may also make a word of the quote a
        # subject of the cue; the subject beside the quote is the one in the window.
        others = [c for c in cue.children if c.dep_ in _SUBJECTS and c.i in inside]
        if others:
            speaker = _noun_phrase(min(others, key=lambda c: abs(c.i - cue.i)))
        elif not (quoted is not None and _climbed_before(cue, speaker, window, quoted)):
            speaker = None
    if speaker is None and cue.lower_ == "according":
        to = next((c for c in cue.children if c.lower_ == "to"), None)
        source = next((c for c in to.children if c.dep_ == "pobj"), None) if to else None
        if source is not None and source.i in inside:
            # `According to HuffPo: "…"`; the reader of a statement read out, as the
            # reported `according to` gives (`According to a statement read by her lawyer`)
            speaker = _relayed_by(source) or _read_aloud_by(source) or _noun_phrase(source)
    if speaker is None:
        speaker = _adjacent_noun(cue, window)
    return cue, speaker


def _climbed_before(
    cue: Token, speaker: Span, window: list[Token], quoted: Callable[[int], bool]
) -> bool:
    """The speaker is the subject of the clause the cue hangs on (`…, adding`), before the
    window, in the same paragraph and sentence, and outside quote marks."""
    if any(c.dep_ in _SUBJECTS for c in cue.children) or not window:
        return False
    if speaker.end > window[0].i or quoted(speaker.root.idx):
        return False
    doc = cue.doc
    between = doc[speaker.end : cue.i]
    return not any("\n" in t.text_with_ws for t in between) and not any(
        t.text in (".", "?", "!", ";") for t in between
    )


def _verb_attribution(
    inside: str, after: list[Token], before: list[Token]
) -> tuple[Token, Span | None] | None:
    """A verb outside the cue lexicon that attributes a quote by its place: `"Go back to
    Univision," Trump barked`, `Al-Awlaki is shown lecturing: "…"`, `it reads, "…"`. After the
    quote, the verb must follow at once (a quote ending in a comma, `?` or `!`); before it, the
    window must end with a colon or comma. The verb needs a subject beside the quote."""
    if after and inside.rstrip()[-1:] in (",", "?", "!"):
        ids = {t.i for t in after}
        for t in after[:4]:
            if t.pos_ == "VERB":
                subj = next((c for c in t.children if c.dep_ in _SUBJECTS and c.i in ids), None)
                if subj is not None and subj.lower_ not in _NOT_SPEAKERS - {"it"}:
                    return t, _noun_phrase(subj)
                break
    if before and before[-1].text in (":", ","):
        ids = {t.i for t in before}
        for t in reversed(before):
            if t.pos_ == "VERB":
                subj = next((c for c in t.children if c.dep_ in _SUBJECTS and c.i in ids), None)
                if subj is None and t.dep_ in ("xcomp", "advcl", "conj") and t.head.i in ids:
                    subj = next(
                        (c for c in t.head.children if c.dep_ in _SUBJECTS and c.i in ids), None
                    )
                if subj is not None and subj.lower_ not in ("that", "which", "what"):
                    return t, _noun_phrase(subj)
                break
    return None


def _name_label(window: list[Token]) -> tuple[Token, Span] | None:
    """`… overhype - HuffPollster: "…"`, `More from Jones: "…"`: a name and a colon right before
    the quote, after a dash, `from` or the start of the line, labels its speaker (the colon is
    the cue). Not `his message to Iowa: "…"`."""
    if len(window) < 2 or window[-1].text != ":":
        return None
    k = len(window) - 2
    while k >= 0 and window[k].pos_ == "PROPN" and len(window) - 2 - k < 4:
        k -= 1
    if k == len(window) - 2:
        return None
    doc = window[0].doc
    firm = k  # `Almquist & Fahl`, `Bank of Holm`: a firm's name joins its words
    while (
        firm >= 0
        and len(window) - 2 - firm < 6
        and (window[firm].pos_ == "PROPN" or window[firm].text in ("&", "and", "of"))
    ):
        firm -= 1
    if firm >= 1 and window[firm].text == ",":
        return _affiliated_label(window[:firm])
    if k >= 0 and not (window[k].text in _DASHES or _label_from(window[k])):
        return None
    return window[-1], doc[window[k + 1].i : window[-2].i + 1]


def _in_words_of(window: list[Token]) -> tuple[Token, Span] | None:
    """`… was, in the words of the city treasurer, Bo Lind, "…"`, `in her own words, "…"`:
    the quotation right after an `in the words of X` phrase is X's (the name set off after
    X's role, if any); (`words`, speaker)."""
    if len(window) < 4 or window[-1].text != ",":
        return None
    doc = window[0].doc
    for words in reversed(window):
        if words.lower_ != "words" or words.dep_ != "pobj" or words.head.lower_ != "in":
            continue
        owner = next((c for c in words.children if c.dep_ == "poss"), None)
        if owner is not None:
            between = doc[words.i + 1 : window[-1].i]
            return (words, doc[owner.i : owner.i + 1]) if not len(between) else None
        of = next((c for c in words.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        owner = next((g for g in of.children if g.dep_ == "pobj"), None) if of else None
        if owner is None:
            return None
        between = [t for t in doc[owner.i + 1 : window[-1].i] if not t.is_punct]
        if not between:
            return words, _noun_phrase(owner)
        if doc[owner.i + 1].text == "," and all(t.pos_ == "PROPN" for t in between):
            return words, doc[between[0].i : between[-1].i + 1]  # the role's name
        return None
    return None


def _place_label(label: tuple[Token, Span]) -> bool:
    """A label line that names a place, not a person: `Kassel:` or `Buenos Aires, Argentina:`
    (a known place, or a name whose part after the comma is only a place, as a dateline
    writes it). `Marta Quill, Bexley Partners:` is a person with a firm."""
    cue, name = label
    doc = cue.doc
    rest = doc[name.end : cue.i]
    if is_place(name.text):
        return True
    return (
        len(rest) > 1
        and rest[0].text == ","
        and all(t.ent_type_ in ("GPE", "LOC") for t in rest[1:])
        and any(t.ent_type_ in ("GPE", "LOC") for t in name)
    )


def _affiliated_label(before_comma: list[Token]) -> tuple[Token, Span] | None:
    """`- Marta Quill, Bexley Partners: "…"`: a line (or a bulleted one) that opens with a
    person's name, a comma and a firm labels the quote with the name; the firm after the comma
    is only where the speaker works. The colon is the cue."""
    j = len(before_comma) - 1
    while j >= 0 and before_comma[j].pos_ == "PROPN" and len(before_comma) - 1 - j < 4:
        j -= 1
    if j == len(before_comma) - 1 or len(before_comma) - 1 - j < 2:
        return None  # one word before the comma: `Holm, Brenn Partners:` is no one's name
    first = before_comma[j + 1]
    # the name opens its line, or follows a bullet's dash that does
    lead = first if j < 0 else before_comma[0]
    if (
        j > 0
        or (j == 0 and lead.text not in _DASHES)
        or not _paragraph_start(doc_text(lead.doc), lead.idx)
    ):
        return None
    doc = first.doc
    end = before_comma[-1]
    cue = next(t for t in doc[end.i :] if t.text == ":")
    return cue, doc[first.i : end.i + 1]


def _role_label(window: list[Token]) -> tuple[Token, Span] | None:
    """`The minister: "…"`: a sentence that is only a definite role and a colon labels the
    quote after it with that role, whom the speaker resolver finds named before (`Finance
    Minister Rolf Aker announced …`)."""
    if len(window) < 3 or window[-1].text != ":":
        return None
    role = window[-2]
    k = len(window) - 3
    while k >= 0 and window[k].pos_ == "ADJ":
        k -= 1
    if k < 0 or window[k].lower_ != "the" or role.lemma_.lower() not in ROLE_NOUNS:
        return None
    start = window[k]
    prev = start.doc[start.i - 1] if start.i else None
    if prev is not None and not (prev.is_space or prev.text in (".", "!", "?", "\n")):
        return None
    return window[-1], start.doc[start.i : role.i + 1]


def _label_from(t: Token) -> bool:
    """`More from Jones:` labels; `suggested Ruiz was from Norland:` is a place in a clause
    (a verb governs its `from`), whose colon introduces the clause's speaker's words."""
    return t.lower_ == "from" and t.head.pos_ not in ("VERB", "AUX")


def _speaker_of(cue: Token, *, coordinated: bool = True) -> Span | None:
    """The subject of a cue, climbing through `went on to say` / `and added` constructions.
    `coordinated=False` skips the climb from a cue joined to a reported clause, which has to
    ask whether both verbs are cues: `_is_cue` itself needs the subject of some cues."""
    if cue.lemma_.lower() != "quote" and any(
        # `he's spoken out`: the small model takes the contracted `has` for a passive
        c.dep_ == "auxpass" and c.lower_ not in ("'s", "\u2019s")
        for c in cue.children
    ):
        # `Ruiz was asked by the host whether …`: the one asking is the agent.
        agent = next((c for c in cue.children if c.dep_ == "agent"), None)
        obj = next((g for g in agent.children if g.dep_ == "pobj"), None) if agent else None
        if obj is not None:
            return _noun_phrase(obj)
        return None  # `he was asked about …`, `It was said that …`: who spoke is not said
    t: Token | None = cue
    for _ in range(5):
        if t is None:
            break
        subjects = [c for c in t.children if c.dep_ in _SUBJECTS]
        # `Harlow plc ("the Company") today reports …`: a day word the parse makes a second
        # subject is when, not who
        subjects = [c for c in subjects if c.lower_ not in RELATIVE_DAY_WORDS] or subjects
        # Two subjects is a misparse (`WASHINGTON (AP) — Trump said`): the nearer one speaks.
        subj = max(subjects, key=lambda c: (c.i < t.i, c.i if c.i < t.i else -c.i), default=None)
        if subj is not None:
            if subj.lower_ in ("who", "that", "which") and t.dep_ == "relcl":
                return _noun_phrase(t.head)
            subj = _past_dateline(subj)
            subj = _described_one(subj)
            span = _noun_phrase(subj)
            span = _clip_dateline(span, subj)
            span = _dashed_name(span, subj, t)
            lo, hi = sorted((span.start, cue.i))
            if any(_line_break(t) for t in cue.doc[lo:hi]):
                return None  # a subject on another line is a parse across paragraphs
            return span
        if t.dep_ == "xcomp" and t.head.lemma_.lower() not in _SUBJECT_CONTROL:
            # `prompted the chairman to declare …`, `urged his colleagues to say`: the object
            # of the verb the infinitive hangs on is who speaks (object control).
            obj = next((c for c in t.head.children if c.dep_ == "dobj" and c.i < t.i), None)
            if obj is not None and obj.pos_ in ("PROPN", "NOUN", "PRON"):
                return _noun_phrase(obj)
        if (
            coordinated
            and t.dep_ == "conj"
            and t.head.dep_ == "ccomp"
            and _is_cue(t.head.head)
            and _is_cue(t)
        ):
            # `Spicer said the party was not in crisis, and urged that …`: a cue the parse
            # joins to the reported clause is coordinated with the cue that reports it.
            t = t.head.head
            continue
        # `is right to note that …`: climb through the adjective too (`acomp`).
        if t.dep_ in ("xcomp", "conj", "advcl", "acomp") and t.head.i != t.i or _unattached_verb(t):
            t = t.head
        elif t.dep_ == "pcomp" and t.head.dep_ == "prep" and t.head.head.pos_ == "VERB":
            t = t.head.head  # `pivoted to arguing that …`, `before adding that …`
        elif t.dep_ == "pcomp" and _light_verb_noun(t.head.head):
            t = t.head.head.head  # `made a point of saying …`, `took the chance of noting …`
        else:
            break
    return _paragraph_subject(cue) or _bracketed_subject(cue) or _stranded_subject(cue)


def _dashed_name(span: Span, subj: Token, verb: Token) -> Span:
    """`Ana Ruiz - Brenn's partner - said`: the parse takes the description between the
    dashes for the subject (and the name for its modifier); the name set off before it is
    who speaks, as with commas (`Ana Ruiz, Brenn's partner, said`)."""
    doc = subj.doc
    close = doc[verb.i - 1] if verb.i > 0 else None
    if close is None or close.text not in _DASHES or not subj.i < close.i:
        return span
    sent = verb.sent
    opening = next((t for t in reversed(doc[sent.start : subj.i]) if t.text in _DASHES), None)
    if opening is None or any(t.pos_ in ("VERB", "AUX") for t in doc[opening.i : close.i]):
        return span  # `Ana Ruiz - who had warned them - said`: a clause, not a description
    start = opening.i
    while start > sent.start and doc[start - 1].pos_ == "PROPN":
        start -= 1
    return doc[start : opening.i] if start < opening.i else span


#: Verbs that, with a noun, say what their subject does (`made a point of saying`).
_LIGHT_VERBS = frozenset("make take".split())
#: Pronouns a partitive subject picks its speaker from (`one of them`).
_PARTITIVE_OF = frozenset("them those these us".split())


def _described_one(subj: Token) -> Token:
    """`One of them, a Kestrian official who spoke on condition of anonymity, said`: the
    apposed description is the speaker (anonymous but described); `one of them` alone
    points at a group only."""
    if subj.lower_ not in ("one", "another") or not any(
        c.dep_ == "prep" and c.lower_ == "of" and any(g.lower_ in _PARTITIVE_OF for g in c.children)
        for c in subj.children
    ):
        return subj
    return next((c for c in subj.rights if c.dep_ == "appos" and c.pos_ == "NOUN"), subj)


#: Verbs by which a document gives its words (`The statement reads:`).
_READ_VERBS = frozenset({"read", "state", "say"})
#: A numbered point opening a paragraph: `1. We deplore …`, `2) We call …`.
_NUMBERED = re.compile(r"(\d{1,2})[.)][ \t]+(?=\S)")
#: A line that ends a sentence, before the next line of the same paragraph.
_LINE_AFTER_SENTENCE = re.compile(r"[.!?\"\u201d][ \t]*\n")


def _says_its_own(verb: Token) -> bool:
    """The cue has its own content, a clause or an object that is no statement (`said the plan
    had three parts:`), so what follows its colon is not its words (`said in a statement:`,
    `issued the following statement:` have none)."""
    return any(
        c.dep_ in ("ccomp", "xcomp") or (c.dep_ == "dobj" and not _addressee_or_source(c))
        for c in verb.children
    )


def _addressee_or_source(t: Token) -> bool:
    """An object that is who was told (`told reporters`, `told the BBC`, `told him`) or the
    statement itself (`read the following statement`), not what was said."""
    lemma = t.lemma_.lower()
    return (
        t.pos_ in ("PRON", "PROPN")
        or t.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")
        or lemma in SOURCE_NOUNS | ROLE_NOUNS | {"following"}
        or t.lower_ in AUDIENCE_NOUNS
    )


#: Labels of a broadcast's presenter, whom the first turn names (`I'm Lina Farr`).
_HOST_LABELS = frozenset("host presenter anchor interviewer".split())
_HOST_NAME = re.compile(
    r"\b(?:I'm|I’m|I am|this is|my name is)[ \t]+([A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){1,2})"
)


def _broadcast_label(m: re.Match[str]) -> bool:
    """A turn of a broadcast transcript: a time-stamped label or the host's."""
    return _STAMPED.match(m.group(0)) is not None or m.group(1).lower() in _HOST_LABELS


def _titled_label(m: re.Match[str]) -> bool:
    """The line's label gives a member's title, or its brackets a member's name (`The
    Minister for Health (Ms Ilse Varro):`)."""
    if _TITLED_LABEL.match(m.group(1)):
        return True
    return any(_BRACKETED_NAME.fullmatch(b) for b in _BRACKET.findall(m.group(2)))


def _before_colon(speaker: Span, colon: int) -> Span:
    """The label without the colon that ends it or a bracketed note before the colon: a
    parse that joins the colon to the last word (`Ana Ruiz (2nd):`) must not make the note
    or the colon part of the speaker's name."""
    text = doc_text(speaker.doc)[speaker.start_char : min(speaker.end_char, colon)].rstrip()
    if text.endswith(")") and "(" in text:
        text = text[: text.rindex("(")].rstrip()
    end = speaker.start_char + len(text)
    if end >= speaker.end_char:
        return speaker
    inner = speaker.doc.char_span(speaker.start_char, end, alignment_mode="contract")
    return inner if inner is not None and len(inner) else speaker


def _numbered_points(text: str, paras: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The (start, end) of the words of the numbered paragraphs `1.`, `2.`, … that open
    `paras`, in order, up to the first paragraph that is not the next point."""
    out = []
    for start, end in paras:
        m = _NUMBERED.match(text, start)
        if m is None or int(m.group(1)) != len(out) + 1:
            break
        out.append((m.end(), _point_end(text, m.end(), end)))
    return out


def _point_end(text: str, start: int, end: int) -> int:
    """Where a point's words end: at its paragraph's end, or at a line break after a finished
    sentence (`… supplies.` then `Related: …` on the next line is the page's, not the point's);
    a line wrapped mid-sentence goes on."""
    m = _LINE_AFTER_SENTENCE.search(text, start, end)
    return end if m is None else m.start() + 1


def _statement_author(para: Span) -> Span | None:
    """Who made the statement a paragraph names: the subject of the verb whose object or
    adverbial holds it (`In a joint statement, the ministers set out …`, `The ministers issued
    a statement`), or the agent of `a statement issued by X`."""
    for noun in para:
        if noun.lemma_.lower() not in SOURCE_NOUNS or noun.pos_ != "NOUN":
            continue
        for c in noun.children:  # `a statement issued by X`
            agent = next((g for g in c.children if g.dep_ == "agent"), None)
            obj = next((o for o in agent.children if o.dep_ == "pobj"), None) if agent else None
            if obj is not None:
                return _noun_phrase(obj)
        head = noun.head.head if noun.dep_ == "pobj" else noun.head
        if noun.dep_ in ("pobj", "dobj") and head.pos_ == "VERB":
            subj = next((c for c in head.children if c.dep_ in _SUBJECTS), None)
            if subj is not None and subj.lemma_.lower() not in SOURCE_NOUNS:
                return _noun_phrase(subj)
        # `In a joint statement issued in X, the three ministers — A, B and C — set out …`,
        # parsed with no subject: the people its sentence names by their role.
        role = next((t for t in noun.sent if _role_noun(t) and t.dep_ != "pobj"), None)
        if role is not None:
            return _noun_phrase(role)
    return None


def _role_noun(t: Token) -> bool:
    """A common noun for people by their office (`minister`, `the ambassadors`)."""
    return t.pos_ == "NOUN" and (t.lemma_.lower() in ROLE_NOUNS or t.lower_ in ROLE_NOUNS)


def _section_label(label: Span) -> bool:
    """`Sport: Eastfold United reach cup final`: a one-word label that is a common noun NER
    tags as no entity, and no document or record, heads a section and speaks for no one
    (unless the article names someone so)."""
    if len(label) != 1 or label[0].ent_type_ or label[0].lower_ in SOURCE_NOUNS:
        return False  # (`Poll: X and Y in dead heat`: what the poll found)
    return label[0].lower_ in lemma_words()  # (empty without lemma tables: no label is one)


def _light_verb_noun(noun: Token) -> bool:
    """`a point` in `made a point of saying`: the object of a light verb, so the gerund after
    `of` is the light verb's subject's act (not `criticised the habit of saying`)."""
    return noun.dep_ == "dobj" and noun.head.lemma_.lower() in _LIGHT_VERBS


def _described_name(words: list[str]) -> bool:
    """A line label that describes its speaker before the name, `Opposition leader Ana Ruiz`,
    `Former interior minister Karl Dunn`: lower-case words ending in a role noun, then only
    capitalised words (the name)."""
    lower = [k for k, w in enumerate(words) if w[:1].islower() and w not in _LABEL_LINKS]
    if not lower:
        return False
    last = lower[-1]
    role = words[last].lower()
    return (
        (role in ROLE_NOUNS or role.rstrip("s") in ROLE_NOUNS)
        and last + 1 < len(words)
        and all(w[:1].isupper() for w in words[last + 1 :])
    )


def _line_break(tok: Token) -> bool:
    """Whether a line ends at `tok`, other than a hard wrap inside a sentence: one line
    break, not after a sentence's end, before a lower-case word (`Later he⏎told the council`)."""
    if "\n" not in tok.text_with_ws:
        return False
    doc, lo, hi = tok.doc, tok.i, tok.i + 1
    while lo > 0 and doc[lo].is_space:
        lo -= 1
    while hi < len(doc) and doc[hi].is_space:
        hi += 1
    gap = "".join(t.text_with_ws for t in doc[lo:hi])[len(doc[lo].text) :]
    wrapped = (
        gap.count("\n") == 1
        and not doc[lo].is_space
        and doc[lo].text not in _SENT_END
        and hi < len(doc)
        and doc[hi].text[:1].islower()
    )
    return not wrapped


def _past_dateline(subj: Token) -> Token:
    """`WASHINGTON -- President Obama, dedicating …, said`: a dateline the parse made the
    subject, with the name after its dash as an apposition: the apposition is who speaks."""
    doc = subj.doc
    first = min((t.i for t in subj.lefts), default=subj.i)
    if not subj.is_upper or (first and "\n" not in doc[first - 1].text_with_ws):
        return subj
    for c in subj.rights:
        if c.dep_ == "appos" and any(doc[k].text in _DATELINE_ENDS for k in range(subj.i, c.i)):
            return c
    return _after_dateline_head(doc[first]) or subj


def _capitalised_people(span: Span) -> bool:
    """`Farmers on the plains … warned` after a dateline: a plural of people the tagger took
    for a name because a capital opens it; an unnamed group has no name."""
    head = span.root
    return (
        head.pos_ == "PROPN"
        and head.i == span.start
        and head.text[:1].isupper()
        and not head.is_upper
        and head.lower_.endswith("s")
        and (bool(agent_sectors(head.lower_)) or head.lower_.rstrip("s") in LISTENER_NOUNS)
        and not any(t.ent_type_ in ("PERSON", "ORG", "NORP") for t in span[:1])
    )


def _clip_dateline(span: Span, subj: Token) -> Span:
    """The subject's phrase less a dateline the parse hung on it (`Dec 31 - Farmers`)."""
    doc = span.doc
    text = doc_text(doc)
    line = text.rfind("\n", 0, span[0].idx) + 1
    m = DATELINE.match(text, line)
    if m is None or not span[0].idx < m.end() <= subj.idx:
        return span
    first = next(t.i for t in span if t.idx >= m.end())
    return doc[first : span.end]


def _after_dateline_head(opener: Token) -> Token | None:
    """`KERROW, Dec 31 - Farmers on the plains … warned`: the parse hung the words after
    the dateline (that `opener` opens) elsewhere; the head noun of the phrase that opens
    after it speaks."""
    doc = opener.doc
    m = DATELINE.match(doc_text(doc), opener.idx)
    if m is None:
        return None
    tok = next((t for t in doc[opener.i :] if t.idx >= m.end()), None)
    while tok is not None and tok.dep_ in ("compound", "amod", "det", "poss", "nummod"):
        if tok.head.i <= tok.i:
            break
        tok = tok.head
    return tok if tok is not None and tok.pos_ in ("NOUN", "PROPN", "PRON") else None


def _before_cue(cue: Token) -> int:
    """The index of the word before the cue and its own auxiliaries and adverbs."""
    doc = cue.doc
    i = cue.i - 1
    while i >= 0 and doc[i].dep_ in ("aux", "neg", "advmod") and doc[i].head.i == cue.i:
        i -= 1
    return i


def _stranded_subject(cue: Token) -> Span | None:
    """`After a day of tensions between two of them, Ana Ruiz's office announced …`: a cue
    the parse leaves without a subject after a long opening phrase, whose last noun phrase
    (right before the cue, after a comma) it joined to that phrase, takes that noun phrase."""
    doc = cue.doc
    i = _before_cue(cue)
    if i <= 0 or doc[i].pos_ not in ("NOUN", "PROPN") or doc[i].lower_ in _NOT_SPEAKERS:
        return None
    t = doc[i]
    if t.dep_ not in ("conj", "appos") or t.head.i >= t.i or cue.dep_ != "ROOT":
        return None
    span = _noun_phrase(t)
    if span.start == 0 or doc[span.start - 1].text != "," or span.end != i + 1:
        return None
    return span


def _bracketed_subject(cue: Token) -> Span | None:
    """`Sen. Tomas Brenn (an Ostra Democrat so young he is taken for an intern) says …`: a
    cue the parse leaves without a subject after a bracketed aside takes the name before
    the bracket."""
    doc = cue.doc
    i = _before_cue(cue)
    if i <= 0 or doc[i].text != ")":
        return None
    j = i - 1
    while j > 0 and i - j <= 30 and doc[j].text not in "()" and "\n" not in doc[j].text_with_ws:
        j -= 1
    if doc[j].text != "(" or j == 0:
        return None
    name = doc[j - 1]
    if name.pos_ != "PROPN" or name.ent_type_ not in ("PERSON", "ORG", ""):
        return None
    return _noun_phrase(name)


def _paragraph_subject(cue: Token) -> Span | None:
    """A name opening the paragraph right before a cue that the parse hung on the previous
    paragraph (`…⏎⏎Humphrey, for example, said he …`, `…⏎⏎Sanders hasn't said whether …`)."""
    doc = cue.doc
    i = _before_cue(cue)
    if i > 0 and doc[i].text in (",", ")"):
        # a phrase set off by commas or brackets: `Humphrey, for example, said`
        opener = "(" if doc[i].text == ")" else ","
        j = i - 1
        while j > 0 and i - j <= 8 and doc[j].text != opener and "\n" not in doc[j].text_with_ws:
            j -= 1
        if doc[j].text != opener:
            return None
        i = j - 1
    if i < 0 or doc[i].pos_ not in ("PROPN", "NOUN") or doc[i].lower_ in _NOT_SPEAKERS:
        return None
    t = doc[i]
    k = i
    while (
        k > 0 and doc[k - 1].pos_ in ("PROPN", "DET", "ADJ") and "\n" not in doc[k - 1].text_with_ws
    ):
        k -= 1
    at_start = k == 0 or "\n" in doc[k - 1].text_with_ws or doc[k - 1].is_space
    across = t.head.i < k and any("\n" in w.text_with_ws for w in doc[t.head.i : k])
    return doc[k : i + 1] if at_start and across else None


def _dash_signature(window: list[Token]) -> tuple[Token, Span] | None:
    """A dash right after the closing mark followed by a capitalised name, on the quote's line
    or opening the next one when that line holds only the signature (`— Marta Quill`); not a
    dash that opens a line with words of its own (`- Omar Fenn, Tallis Research: "…"`: the
    next bullet)."""
    if len(window) < 2 or window[0].text not in _DASHES:
        return None
    if _paragraph_start(doc_text(window[0].doc), window[0].idx) and not _signature_line(window[0]):
        return None
    run = []
    for t in window[1:]:
        if (
            t.text[:1].isupper()
            and (t.pos_ == "PROPN" or t.is_title)
            or (run and t.text in (".", "-") and len(run) < 4)
        ):
            run.append(t)
        else:
            break
    while run and not run[-1].is_alpha:
        run.pop()
    if not 1 <= len(run) <= 5:
        return None
    doc = window[0].doc
    return window[0], doc[run[0].i : run[-1].i + 1]


def _signature_line(dash: Token) -> bool:
    """The line `dash` opens is a signature: short, and neither a label (`Name:`) nor a line
    with quoted words of its own."""
    text = doc_text(dash.doc)
    end = text.find("\n", dash.idx)
    line = text[dash.idx : len(text) if end < 0 else end]
    return len(line) <= 80 and not any(ch in line for ch in (":", *_QUOTE_CHARS))


def _adjacent_noun(cue: Token, window: list[Token]) -> Span | None:
    """Fallback when the parse gives no subject: the name right after (`said Lind`) or right
    before (`Lind said`) the cue."""
    pos = next((k for k, t in enumerate(window) if t.i == cue.i), None)
    if pos is None:
        return None
    # `Ramos, 58, told AFP`: the name after `told` is who was told, and an age or title set
    # off by commas may stand between the speaker and the cue.
    doc = cue.doc
    if pos == 0 and cue.i > 0 and doc[cue.i - 1].text in _QUOTE_CHARS and len(window) > 1:
        # `"How deep is the quay?" asked the boy`: after an inverted cue right after the
        # closing mark comes who spoke, even after `ask` or `tell`.
        nxt = window[1]
        head = nxt.head if nxt.dep_ in ("det", "amod", "compound", "poss") else nxt
        if (
            head.pos_ in ("NOUN", "PROPN")
            and head.i > cue.i
            and head.i - cue.i <= 5
            and cue.tag_ != "VBG"  # `"…," referencing the crowd`: a participle, not inverted
            and head.lower_ not in _NOT_SPEAKERS
        ):
            return _noun_phrase(head)
    addressed = cue.lemma_.lower() in _ADDRESSEE_CUES
    before = pos - 1
    while before > 0 and pos - before <= 4 and (window[before].is_punct or window[before].like_num):
        before -= 1
    for k in (before,) if addressed else (pos + 1, before):
        if 0 <= k < len(window):
            t = window[k]
            if t.pos_ in ("PROPN", "PRON") and t.lower_ not in _NOT_SPEAKERS:
                return _noun_phrase(t)
    return None


#: Cues whose object right after them names something rather than quoting it (`called "…"`
#: is a name, `cited "…"` a title).
_NOT_SHOUTED = frozenset("call describe cite quote reference mention".split())
#: Cues whose object is the one spoken to: `told AFP`, `asked Ruiz`.
_ADDRESSEE_CUES = frozenset("tell ask inform assure brief warn urge".split())


#: Verbs whose `it` subject is no one when a cue hangs on them (`it's worth noting that`).
_EXPLETIVE_HOSTS = frozenset("be mean seem appear remain become".split())
#: Verbs whose infinitive takes their subject even with an object (`promised him to say`).
_SUBJECT_CONTROL = frozenset("promise vow pledge threaten".split())
#: Pronouns that are never the speaker of a cue beside them (`told me`, `asked him`).
_NOT_SPEAKERS = frozenset("it this that me him her us them you".split())
_DASHES = frozenset("\u2014\u2015\u2013-")
_DATELINE_ENDS = frozenset({"\u2014", "\u2013", "--", ")"})


def _noun_phrase(tok: Token) -> Span:
    """The words naming a speaker: the token with its compounds, modifiers and determiner,
    without appositions, relative clauses or anything after a comma."""
    doc = tok.doc
    left = tok.i
    for t in reversed(list(tok.lefts)):
        if t.dep_ in (
            "compound",
            "amod",
            "det",
            "poss",
            "nmod",
            "case",
            "nummod",
            "flat",
            "punct",
            "npadvmod",
            "quantmod",
            "advmod",
        ):
            if t.text == ",":
                break
            left = min(left, t.left_edge.i)
        else:
            break
    right = tok.i
    for t in tok.rights:
        if t.dep_ == "cc" and any(c.dep_ == "conj" for c in tok.rights):
            continue
        if t.dep_ == "conj" and any(c.dep_ == "cc" for c in tok.rights):
            right = max(right, _noun_phrase(t).end - 1)  # "Mr. Grassley and Mr. Leahy said"
        elif t.dep_ in ("compound", "flat"):
            right = max(right, t.right_edge.i)
        elif _name_word_as_prep(tok, t):
            right = max(right, t.i + 1)  # `Councillor Per Dahl`: a given name, not `per`
            break
        elif t.dep_ == "prep" and t.lower_ in ("of", "in", "at") and tok.ent_type_ != "PERSON":
            right = max(right, _phrase_end(t))
            break
        elif t.dep_ == "prep" and t.lower_ == "for" and tok.lower_ in _MOUTHPIECES:
            right = max(right, t.right_edge.i)  # `a spokesman for the union`: whose voice
            break
        else:
            break
    for k in range(tok.i - 1, left - 1, -1):
        # A time stamp or heading line above the subject, or a dateline before it
        # (`WASHINGTON (AP) — Donald Trump said`).
        if "\n" in doc[k].text_with_ws or doc[k].text in _DATELINE_ENDS:
            left = k + 1
            break
    while left < tok.i and (doc[left].is_punct or doc[left].is_space):
        left += 1
    return doc[left : right + 1]


def _name_word_as_prep(head: Token, prep: Token) -> bool:
    """`Councillor Per Dahl`: a capitalised word the parse takes for a preposition (not a
    Title Case `Of`), right after a name word and right before the name's last word, is a
    given name."""
    doc = head.doc
    return (
        prep.dep_ == "prep"
        and prep.i == head.i + 1
        and head.pos_ == "PROPN"
        and name_token(prep)
        and prep.i + 1 < len(doc)
        and doc[prep.i + 1].dep_ == "pobj"
        and doc[prep.i + 1].head.i == prep.i
        and doc[prep.i + 1].pos_ == "PROPN"
        and doc[prep.i + 1].text.istitle()
        and not doc[prep.i + 1].n_rights
    )


#: Verbs of whoever holds or read a document rather than wrote it (`a copy of the report seen
#: by the Valley Herald`): the holder is no source of its words.
_HOLDER_VERBS = frozenset("see obtain review view examine read acquire receive".split())


def _phrase_end(prep: Token) -> int:
    """The last token of a prepositional phrase in a speaker's words, cut before a
    participle that names who saw or obtained the thing (`of the report seen by X`)."""
    for t in prep.subtree:
        if t.dep_ == "acl" and t.tag_ == "VBN" and t.lemma_.lower() in _HOLDER_VERBS:
            end = t.left_edge.i - 1
            while end > prep.i and prep.doc[end].is_punct:
                end -= 1
            return end
    return prep.right_edge.i


#: Things that carry someone's words: `according to interviews with X`, `audio provided by X`.
_RECORD_NOUNS = frozenset(
    "interview interviews audio video recording recordings transcript transcripts document "
    "documents account accounts report reports memo records footage".split()
)


#: Nouns for the text itself in a correction or update notice (`this article`, `an earlier
#: version of this story`): the vocabulary `compare.notices` finds notices with.
_SELF_NOUNS = frozenset((*WHOLE_TEXT, VERSION))
_EARLIER = frozenset((*EARLIER, "older"))


def _self_reference(speaker: Span) -> bool:
    """The speaker is the article itself: `this article`/`this story`/`this report` with
    nothing of its own naming another text (`this report by the board`), or a version of
    it (`An earlier version of this article`, `a previous version of the story`)."""
    head = speaker.root
    doc = speaker.doc
    for c in head.children:
        if c.dep_ == "appos" and _self_reference(doc[c.left_edge.i : c.right_edge.i + 1]):
            return True  # `Corrections: An earlier version of this article said …`
    if head.pos_ != "NOUN" or head.tag_ != "NN":
        return False
    earlier = any(c.dep_ == "amod" and c.lower_ in _EARLIER for c in head.children)
    if head.lower_ in TEXT_PARTS:
        # `An earlier caption said …` in an amendment notice: the page's own old words;
        # `A previous video from the group said …` is the group's
        return earlier and not _names_another_text(head)
    if head.lower_ not in _SELF_NOUNS:
        return False
    dets = [c.lower_ for c in head.children if c.dep_ == "det"]
    if head.lower_ == "version":
        if not earlier:
            return False
        of = [
            g
            for c in head.children
            if c.dep_ == "prep" and c.lower_ == "of"
            for g in c.children
            if g.dep_ == "pobj"
        ]
        if of:
            return any(_this_text(g) for g in of)
        # `An earlier version said …` (of nothing else): the article's; `An earlier
        # version, approved by the House in May, said …` is a bill's
        return not _names_another_text(head)
    if dets != ["this"]:
        return False
    # `this report by the audit office`, `this story, published by X`: another text
    return not any(c.dep_ in ("prep", "acl", "appos", "relcl", "compound") for c in head.children)


def _names_another_text(head: Token) -> bool:
    """The text noun carries words of its own that make it another text than the page: a
    maker or origin (`from the group`, `by the House`), a clause (`approved in May`, `that
    the board sent`) or an apposition; the page's own old version needs none of them."""
    return any(
        c.dep_ in ("acl", "relcl", "appos")
        or (c.dep_ == "prep" and c.lower_ != "of" and not _places_on_this_text(c))
        for c in head.children
    )


def _places_on_this_text(prep: Token) -> bool:
    """A preposition phrase that places the text on the page itself (`An earlier caption on
    this page`, `in the article`): the page's own old words, no other text."""
    return any(g.dep_ == "pobj" and _this_text(g) for g in prep.children)


def _this_text(noun: Token) -> bool:
    """`noun` is the page itself: a noun for the whole text with `this`, `the` or `our`
    (`this article`, `the story`), not a version of it. `this`/`our` always point at the
    page (`this Reuters story`, `our Corvane Courier story`); only `the` with an outlet's or
    organisation's name makes it another's text (`the Belvar Herald story`), not a topic
    (`the Lind story`)."""
    if noun.lower_ not in _SELF_NOUNS or noun.lower_ == VERSION:
        return False
    dets = {d.lower_ for d in noun.children if d.dep_ in ("det", "poss")}
    if dets & {"this", "our"}:
        return True
    return "the" in dets and not _names_an_organisation(noun)


def _names_an_organisation(noun: Token) -> bool:
    """A proper-noun compound before `noun` that names an outlet or organisation (NER's ORG,
    or an outlet we know), and no person the page names (`the Harlan story` after `Ivo
    Harlan` is about him)."""
    for c in noun.children:
        if c.dep_ != "compound" or c.pos_ != "PROPN":
            continue
        words = noun.doc[c.left_edge.i : c.i + 1]
        if canonical_outlet(words.text) is not None:
            return True
        people = _person_words(noun.doc)
        if all(t.ent_type_ == "ORG" and t.lower_ not in people for t in words):
            return True
    return False


def _person_words(doc: Doc) -> frozenset[str]:
    """The lower-case words of the document's PERSON entities, gathered once per document
    (`_names_an_organisation` asks at every `the … story` noun)."""
    return per_document(
        doc,
        "person words",
        lambda d: frozenset(t.lower_ for e in d.ents if e.label_ == "PERSON" for t in e),
    )


#: Nouns for people who speak for an organisation, named with it (`a spokesman for X`).
_MOUTHPIECES = frozenset("spokesman spokeswoman spokesperson spokesmen spokespeople".split())


#: Numbers a count produces (`according to preliminary results`, `official figures`): no
#: one's words. Records and documents that carry words are `_RECORD_NOUNS`; a poll or a
#: survey keeps its owner (docs/quotes.md, round 5).
_FIGURE_NOUNS = frozenset(
    "result results figure figures data number numbers statistic statistics stats estimate "
    "estimates count counts tally tallies return returns projection projections total totals "
    "tabulation".split()
)


def _unowned_figures(source: Token) -> bool:
    """`according to` figures with no owner named inside the phrase itself (a possessive or
    a proper-noun compound: `Vesper Research estimates`, `the board's figures` keep theirs)
    and none to look back for: a definite `the results`, `the data` points at a record named
    before, whose owner name resolution finds (as `according to the poll`)."""
    if source.lower_ not in _FIGURE_NOUNS or source.pos_ != "NOUN":
        return False
    if any(
        c.dep_ == "det" and c.lower_ in ("the", "these", "those", "this", "that")
        for c in source.children
    ):
        return False
    return not any(
        t.dep_ == "poss" or t.pos_ == "PROPN" for left in source.lefts for t in left.subtree
    )


#: Reflexive pronouns: the subject of a small clause under a cue that names the speaker.
_REFLEXIVES = frozenset(
    "myself yourself himself herself itself ourselves yourselves themselves oneself".split()
)


def _self_declared(clause: Token) -> bool:
    """A small clause with no finite verb whose subject is the speaker again (`declared
    herself the winner`, `pronounced himself satisfied`, `declared herself ready to
    govern`): the parse calls it a clause, but it reports no words of the speaker's, only
    what the speaker claimed to be. (`… satisfied that the talks had worked` reports some.)"""
    return (
        clause.pos_ not in ("VERB", "AUX")
        and any(c.dep_ == "nsubj" and c.lower_ in _REFLEXIVES for c in clause.children)
        and not any(t.tag_ in _FINITE_TAGS for t in clause.subtree)
    )


#: Tags of finite verbs: a clause holding one states something (infinitives and
#: participles, `ready to govern`, do not).
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _relayed_by(source: Token) -> Span | None:
    """The people behind a record that `according to` cites: the object of its `with`, `by`
    or `from` (directly, or through a participle: `audio provided by X`)."""
    if source.lower_ not in _RECORD_NOUNS | _FIGURE_NOUNS or source.pos_ != "NOUN":
        return None
    heads = [
        source,
        # (`documents seen by the Herald`: the holder is no source of their words)
        *(c for c in source.children if c.dep_ == "acl" and c.lemma_.lower() not in _HOLDER_VERBS),
    ]
    for h in heads:
        for prep in h.children:
            if prep.dep_ in ("prep", "agent") and prep.lower_ in ("with", "by", "from"):
                obj = next((g for g in prep.children if g.dep_ == "pobj"), None)
                if obj is not None:
                    return _noun_phrase(obj)
    return None


def _read_aloud_by(source: Token) -> Span | None:
    """Who read out the text that `according to` cites (`the text of a statement read by
    Ana Ruiz`): the words are the reader's. A text read by news media is one they only
    hold (`a copy of the plan read by the Herald`, as `seen by`), which speaks for no one; a
    publication read by its readers (`a newsletter read by diplomats`) is no text read out."""
    for noun in (source, *(o for p in source.children if p.lower_ == "of" for o in p.children)):
        if noun.lemma_.lower() not in _READ_OUT:
            continue
        for acl in noun.children:
            if acl.dep_ != "acl" or acl.tag_ != "VBN" or acl.lemma_.lower() != "read":
                continue
            by = next((c for c in acl.children if c.dep_ == "agent" and c.lower_ == "by"), None)
            obj = next((c for c in by.children if c.dep_ == "pobj"), None) if by else None
            if obj is not None and obj.ent_type_ != "ORG" and not _is_media(_noun_phrase(obj)):
                return _noun_phrase(obj)
    return None


def _named_by_apposition(speaker: Span) -> Span:
    """`her top aide, Jon Hale, told …`: a description whose apposition is a name resolves
    through the name (the mention itself stays the subject's words)."""
    root = speaker.root
    if root.pos_ == "PROPN" or root.ent_type_ == "PERSON":
        return speaker
    appos = next((c for c in root.rights if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    if appos is None:
        # `The head of the Harbour Trust, Ina Kirsch, …`: the parse hangs the holder's name
        # on the body the role noun governs
        appos = next(
            (
                t
                for t in speaker
                if t.dep_ == "appos" and t.pos_ == "PROPN" and apposed_role(t) == root
            ),
            None,
        )
    if appos is None:
        return _comma_name_after(speaker) or speaker
    named, last = _noun_phrase(appos), appos
    while (nxt := next((c for c in last.rights if c.dep_ == "conj"), None)) is not None:
        last = nxt
    if named.end <= last.i:
        return speaker  # `the three ministers — A of X, B and C —`: no one of them speaks alone
    return named  # `the two leaders, A and B,`: all the names together


def _comma_name_after(speaker: Span) -> Span | None:
    """`The mayor of Dalsk, Per Ek, said`: a run of capitalised words set off by commas
    between a described subject and its verb is the holder's name, however the parse and the
    tagger took it (a name they miss reads as a preposition and its object)."""
    doc = speaker.doc
    verb = speaker.root.head
    i = speaker.end
    if verb.i <= i or doc[i].text != ",":
        return None
    j = i + 1
    while j < verb.i and doc[j].is_alpha and doc[j].is_title:
        j += 1
    if not 2 <= j - i - 1 <= 4 or j != verb.i - 1 or doc[j].text != ",":
        return None
    return doc[i + 1 : j]


def _is_media(span: Span) -> bool:
    """News media as a subject: `state media`, `the agency`, or an outlet we know (`TASS`)."""
    if any(t.lower_ in MEDIA_NOUNS for t in span) or span.root.head.lower_ in MEDIA_NOUNS:
        return True
    return canonical_outlet(span.text) is not None


#: News media that carry words to their readers; `the press`, `the media` told something are an
#: audience (`told the press`), and an `agency` is an outlet only as a news or press agency.
_OUTLET_HEADS = (MEDIA_NOUNS - AUDIENCE_NOUNS) - {"agency", "news"}


def _is_outlet(span: Span) -> bool:
    """An outlet that relays what it was told: `the Brisa News Agency`, `state television`, `the
    Daily Courier newspaper`, a known wire (`told Reuters`); not `reporters`, `parliament`,
    `the Environment Agency`. A broadcaster by bare name (`told DW`) is most often the outlet
    interviewing the speaker in its own report, so it stays the addressee."""
    head = span.root.lower_
    if head in _OUTLET_HEADS:
        return True
    words = {t.lower_ for t in span}
    if head == "agency" and words & {"news", "press", "wire"}:
        return True
    return is_agency(span.text)


def _addressed(cue: Token) -> Token | None:
    """Who heard the words, named beside a cue that has no object for them: `she added,
    addressing the panel`, `he said, speaking to reporters`, `X, asked by reporters whether
    …, said`, `Asked by journalists …, X said`. `addressing` takes only people or a body of
    them (`addressing the crowd`, not `addressing concerns`)."""
    subj = next((c for c in cue.children if c.dep_ == "nsubj"), None)
    side = [c for c in cue.children if c.dep_ in ("advcl", "xcomp", "conj")]
    side += [c for c in subj.children if c.dep_ == "acl"] if subj is not None else []
    for verb in side:
        if any(c.dep_ in _SUBJECTS for c in verb.children):
            continue  # a clause of its own (`as he was addressing …`)
        lemma = verb.lemma_.lower()
        if verb.tag_ == "VBN" and lemma in ("ask", "question", "press"):
            agent = next((c for c in verb.children if c.dep_ == "agent"), None)
            obj = next((g for g in agent.children if g.dep_ == "pobj"), None) if agent else None
        elif verb.tag_ == "VBG" and lemma in ("speak", "talk"):
            to = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"), None)
            obj = next((g for g in to.children if g.dep_ == "pobj"), None) if to else None
            obj = obj if obj is not None and _heard_by(obj) else None  # not `to the importance`
        elif verb.tag_ == "VBG" and lemma == "address":
            obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
            obj = obj if obj is not None and _listeners(obj) else None
        else:
            continue
        if obj is not None and obj.pos_ in ("PROPN", "NOUN", "PRON"):
            return obj
    return None


def _heard_by(noun: Token) -> bool:
    """People, a body of them or a person's pronoun (`speaking to him`), not a topic
    (`speaking to the importance of the harbour`)."""
    if noun.pos_ == "PRON":
        return noun.lower_ not in ("it", "this", "that", "these", "those", "what", "which")
    # people by their role or trade (`the fishermen`, `farmers`), a body of them or a name;
    # not a topic (`rumours that …`, `concerns raised by …`)
    return (
        _listeners(noun)
        or noun.lemma_.lower() in ROLE_NOUNS
        or bool(agent_sectors(noun.lemma_))
        or _agent_plural(noun)
    )


def _agent_plural(noun: Token) -> bool:
    """A bare plural of doers (`the drivers`, `activists`): an agent ending and no
    complement of its own, which a topic keeps (`matters raised by`, `fears that`)."""
    return (
        noun.tag_ == "NNS"
        and noun.lemma_.lower().endswith(_AGENT_ENDINGS)
        and not any(c.dep_ in ("prep", "acl", "relcl", "ccomp") for c in noun.children)
    )


def _listeners(noun: Token) -> bool:
    """People or a body of them, as the object of `addressing`."""
    return (
        noun.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")
        or noun.pos_ == "PROPN"
        or noun.lemma_.lower() in LISTENER_NOUNS
        or noun.lower_ in AUDIENCE_NOUNS
    )


def _interviewed(span: Span) -> bool:
    """The paragraph's only person is the one an interview word names: the speaker of a
    clause led by `In an interview with …`, or one who `told us` / `spoke to the Herald`.
    Without such a word (`X will meet union leaders to talk about the tax`) the person is
    only the news of an explainer, and its `A:` lines are the outlet's own answers."""
    verb = span.root.head
    if span.root.dep_ not in ("nsubj", "nsubjpass") or verb.pos_ not in ("VERB", "AUX"):
        return False
    if any(_interview_phrase(c) for c in verb.children):
        return True  # `In an interview with the Herald, X said`, `told us in an interview`
    lemma = verb.lemma_.lower()
    given = _given_interview(verb)
    if given and lemma in _INTERVIEW_GIVING:
        return True  # `X gave an interview to the Herald`, `X granted us an interview`
    if given and lemma in _INTERVIEW_HOLDING:
        return _outlet_heard([verb, *given])  # `X held a conversation with the Herald`
    if lemma not in _INTERVIEW_VERBS | {"tell"}:
        return False
    return _outlet_heard([verb])


def _given_interview(verb: Token) -> list[Token]:
    """The interview nouns given or held by `verb` (`gave an interview`, `held a conversation`)."""
    if verb.lemma_.lower() not in _INTERVIEW_GIVING | _INTERVIEW_HOLDING:
        return []
    return [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in _INTERVIEW_NOUNS]


def _interview_listener(tok: Token) -> bool:
    """Whether `tok` is who an interview was given to (`gave the Herald an interview`, `gave
    an interview to the Herald`, `held a conversation with the Herald`)."""
    if tok.dep_ == "dative":
        return bool(_given_interview(tok.head))
    if tok.dep_ != "pobj" or tok.head.lower_ not in ("to", "with"):
        return False
    owner = tok.head.head
    if owner.dep_ == "dobj" and owner.lemma_.lower() in _INTERVIEW_NOUNS:
        owner = owner.head
    if owner.lemma_.lower() in _INTERVIEW_HOLDING:
        return _outlet_like(tok) and bool(_given_interview(owner))
    return bool(_given_interview(owner))


def _outlet_heard(heads: list[Token]) -> bool:
    """Whether the listener of the interview words `heads` (their object, dative, or `to` /
    `with` phrase) is an outlet or the writer (`told us`, `spoke to the Herald`)."""
    heard = [c for v in heads for c in v.children if c.dep_ in ("dobj", "dative")]
    heard += [
        g
        for v in heads
        for c in v.children
        if c.lower_ in ("to", "with")
        for g in c.children
        if g.dep_ == "pobj"
    ]
    return any(map(_outlet_like, heard))


def _outlet_like(tok: Token) -> bool:
    """The writer (`us`) or an outlet: a known one or a newspaper title (`the Vessby Herald`)."""
    if tok.lower_ in ("us", "me"):
        return True
    phrase = _noun_phrase(tok)
    words = [t.text for t in phrase if t.lower_ != "the"]
    return _is_outlet(phrase) or publication_name(" ".join(words))


def _interview_phrase(prep: Token) -> bool:
    """A phrase on the speech verb itself that makes it an interview (`in an interview with`,
    `during a conversation with`); not the noun inside what was said (`the main topic of
    conversation`, `job interviews would start`)."""
    return prep.dep_ == "prep" and any(
        g.dep_ == "pobj" and g.lemma_.lower() in _INTERVIEW_NOUNS for g in prep.children
    )


def _carried_in(cue: Token) -> Span | None:
    """The channel named by the cue's `in` phrase: the outlet that carried the statement (`in a
    statement carried by state television`, `in remarks broadcast on Radio X`) or the
    publication written in (`wrote in The Sentinel`). A bare `said in a statement` names only
    the form of the words, and `said in Kerrow` a place: no channel."""
    for prep in (c for c in cue.children if c.dep_ == "prep" and c.lower_ == "in"):
        obj = next((g for g in prep.children if g.dep_ == "pobj"), None)
        if obj is None:
            continue
        for verb in (c for c in obj.children if c.dep_ == "acl" and c.tag_ == "VBN"):
            if verb.lemma_.lower() not in _CARRY_VERBS:
                continue
            for c in verb.children:
                if c.dep_ in ("agent", "prep") and c.lower_ in ("by", "on", "in"):
                    outlet = next((g for g in c.children if g.dep_ == "pobj"), None)
                    if (
                        outlet is not None
                        and outlet.pos_ in ("PROPN", "NOUN")
                        and not _time_word(outlet)
                    ):
                        return _noun_phrase(outlet)
        if cue.lemma_.lower() in _WRITE_VERBS and _publication(obj):
            return _noun_phrase(obj)
    return None


def _time_word(tok: Token) -> bool:
    """A time, not a channel: `published on Wednesday`, `released on 3 March`, `aired today`."""
    return (
        tok.ent_type_ in ("DATE", "TIME")
        or tok.lower_ in WEEKDAYS
        or tok.lower_ in MONTHS
        or tok.lower_ in RELATIVE_DAY_WORDS
    )


def _publication(obj: Token) -> bool:
    """A title written in (`The Sentinel`, an ORG or work name, a known outlet), not a place
    (`wrote in Kerrow`)."""
    if obj.pos_ != "PROPN" or obj.ent_type_ in _PLACE_TYPES:
        return False
    return (
        obj.ent_type_ in ("ORG", "WORK_OF_ART")
        or any(c.lower_ == "the" for c in obj.children)
        or _is_outlet(_noun_phrase(obj))
    )


def _outlet_told(cue: Token) -> Span | None:
    """`said to the X newspaper`, `spoke to state radio`: the outlet after `to`."""
    for c in cue.children:
        if c.dep_ == "prep" and c.lower_ == "to":
            obj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if obj is not None and obj.pos_ in ("PROPN", "NOUN"):
                span = _noun_phrase(obj)
                return span if _is_outlet(span) else None
    return None


def _that_after(cue: Token) -> Token | None:
    """`told reporters that …`, `said Thursday that …`, `told a meeting of leaders that …`:
    a complementiser `that` soon after the cue, before the sentence ends."""
    doc = cue.doc
    for j in range(cue.i + 1, min(len(doc), cue.i + 12)):
        t = doc[j]
        if t.lower_ == "that":
            if _relative_that(t):
                return None
            return t if t.dep_ in ("mark", "nsubj", "dobj", "advmod") else None
        if t.text in _SENT_END or t.text in _QUOTE_CHARS or (_is_cue(t) and not _form_of(t, cue)):
            return None
    return None


def _form_of(noun: Token, cue: Token) -> bool:
    """`said in a statement that …`: the noun names the form of the cue's own words (its `in`
    phrase), so the `that` after it is still the cue's clause, and its subject the speaker."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "in" and noun.head.head.i == cue.i


def _relative_that(t: Token) -> bool:
    """`blamed X for the attack that cut power`: a `that` opening a relative clause on the
    thing named just before it (not on an audience, `told a meeting of leaders that …`)."""
    noun = t.doc[t.i - 1]
    return (
        t.dep_ == "nsubj"
        and t.head.dep_ == "relcl"
        and t.head.head.i == noun.i
        and noun.pos_ == "NOUN"
        and noun.lemma_.lower() not in LISTENER_NOUNS
        and noun.lower_ not in AUDIENCE_NOUNS
    )


#: Cues whose object is what was said: `cited derogatory comments`, `called the charges
#: unsubstantiated`, `called for a ban`, `told his advisers to act`.
OBJECT_CUES = frozenset(
    "cite call note mention describe deny criticize criticise attack praise reject promise "
    "pledge propose urge demand recommend tell ask announce disclose reveal confirm defend "
    "question mock reference slam blast warn blame stress emphasize emphasise lament "
    "recall acknowledge repeat explain admit report predict outline concede".split()
)
#: Evaluative cues that report a statement only with quoted words in their object: `welcomed a
#: baby`, `challenging the status quo`, `charge the swimmer with` are not speech.
_NEEDS_QUOTED_WORDS = frozenset("welcome challenge charge".split())
#: Evaluative cues whose `for`/`of` phrase is the content of the praise or blame: `praised Trump
#: for speaking out`, `accusing Obama of political exploitation`.
_REASON_CUES = frozenset(
    "praise criticize criticise slam blast laud hail thank accuse condemn denounce mock attack "
    "fault blame commend congratulate".split()
)
#: Cues whose content is an infinitive: `vowed to form a task force`.
INFINITIVE_CUES = frozenset("vow promise pledge threaten offer refuse".split())


#: Cues whose content is a prepositional object: `spoke about X`, `warned of X`.
PREP_CUES = {
    "speak": ("about", "of", "against"),
    "talk": ("about", "of"),
    "complain": ("about", "of"),
    "warn": ("of", "about", "against"),
    "write": ("about", "of"),
    "comment": ("on",),
    "joke": ("about",),
    "boast": ("about", "of"),
    "brag": ("about",),
    "rail": ("against",),
    "argue": ("for", "against"),
    "testify": ("about", "on"),
    "campaign": ("for", "against", "on"),
    "lobby": ("for", "against"),
    "push": ("for",),
    "press": ("for",),
    "appeal": ("for",),
    "plead": ("for",),
    "ask": ("about",),
}


def is_prep_cue(t: Token) -> bool:
    """`spoke about X` and the like: a cue only with its preposition."""
    preps = PREP_CUES.get(t.lemma_.lower())
    return (
        bool(preps)
        and t.pos_ == "VERB"
        and any(c.dep_ == "prep" and c.lower_ in preps for c in t.children)
    )


def _object_content(cue: Token) -> list[Token] | None:
    if cue.lemma_.lower() == "ask":
        about = _about_topic(cue)
        if about is not None:
            sub = [t for t in about.subtree if t.i != about.i]
            # `Asked about it, Ruiz said …`: the topic of a question put to the speaker, however
            # short; a question someone asks needs a topic of two words or more.
            if sum(t.is_alpha for t in sub) >= (1 if _bare_participle(cue) else 2):
                return sub
    if cue.lemma_.lower() == "refer":
        # `…, referring to the mayor`: whom the speaker meant, however short.
        prep = next(c for c in cue.children if c.dep_ == "prep" and c.lower_ == "to")
        return [t for t in prep.subtree if t.i != prep.i] or None
    preps = PREP_CUES.get(cue.lemma_.lower())
    if preps:
        prep = next((c for c in cue.children if c.dep_ == "prep" and c.lower_ in preps), None)
        if prep is not None:
            sub = [t for t in prep.subtree if t.i != prep.i]
            if sum(t.is_alpha for t in sub) >= 2:
                return sub
    kids = list(cue.children)
    if cue.lemma_.lower() in INFINITIVE_CUES:
        inf = next((c for c in kids if c.dep_ == "xcomp" and c.i > cue.i), None)
        if inf is not None:
            sub = list(inf.subtree)
            return sub if sum(t.is_alpha for t in sub) >= 3 else None
    if cue.lemma_.lower() not in OBJECT_CUES and cue.lemma_.lower() not in EVALUATIVE_VERBS:
        return None
    if cue.lemma_.lower() == "call":
        # `called for a ban`, `called on X to act`; not `On Twitter, Bush called Trump …`
        prep = next(
            (c for c in kids if c.dep_ == "prep" and c.lower_ in ("for", "on") and c.i > cue.i),
            None,
        )
        if prep is not None:
            sub = [t for t in prep.subtree if t.i != prep.i]
            sub += [t for c in kids if c.dep_ == "xcomp" and c.i > prep.i for t in c.subtree]
            return sorted(sub, key=lambda t: t.i) if len(sub) >= 2 else None
        clause = next((c for c in kids if c.dep_ == "advcl" and c.i > cue.i), None)
        if clause is not None and any(
            m.dep_ == "mark" and m.lower_ == "for" and m.i == cue.i + 1 for m in clause.children
        ):
            # `calling for the United States to take a stronger role`, parsed as a clause
            return [t for t in clause.subtree if t.i > cue.i + 1]
    obj = next((c for c in kids if c.dep_ in ("dobj",)), None)
    if obj is None:
        return None
    if cue.lemma_.lower() == "recall" and _withdrawn(cue, obj):
        return None  # `recalled its ambassador from Doravia`: withdrawing someone, not words
    if _attributed_words(obj):
        return None  # `denied …, words attributed to him`: words put on him, not his own
    if cue.lemma_.lower() == "thank" and not _holds_quoted(cue):
        return None  # `thanked the hosts for their hospitality`: a courtesy, no words reported
    sub = list(obj.subtree)
    extra = next(
        (
            c
            for c in kids
            if c.i > obj.i
            and (c.dep_ in ("oprd", "xcomp") or (c.dep_ == "prep" and c.lower_ == "as"))
        ),
        None,
    )
    if _what_object(cue):
        # `what the ministry called a "deliberate incursion"`, `what officials described as
        # "businesslike"`: the words the speaker used are the complement, not `what X called`.
        if extra is None:
            return None
        sub = [t for t in extra.subtree if not (t.i == extra.i and extra.dep_ == "prep")]
        sub += _trailing_phrases(cue, max(t.i for t in extra.subtree))
        return sorted(sub, key=lambda t: t.i) if any(t.is_alpha for t in sub) else None
    if extra is None and cue.lemma_.lower() in _REASON_CUES:
        extra = next(
            (c for c in kids if c.i > obj.i and c.dep_ == "prep" and c.lower_ in ("for", "of")),
            None,
        )
    if extra is not None:
        sub += list(extra.subtree)
    elif cue.lemma_.lower() in ("tell", "ask", "urge"):
        return None  # "told reporters" alone says nothing
    sub += _trailing_phrases(cue, max(t.i for t in sub))
    quoted = any(t.text in _QUOTE_CHARS or t.text in _SINGLE_MARKS for t in sub)
    if not quoted and _names_only(cue, obj, extra):
        return None
    if (
        obj.pos_ == "PRON"
        and extra is not None
        and extra.lower_ in ("as", "of", "for")
        and sum(t.is_alpha for t in sub if t.i != obj.i) < 3
        and not quoted
    ):
        # `described them as tense`, `accusing them of spying`: a pronoun and a word
        # name an act of speech, not what was said
        return None
    # `called Trump "unhinged"`: an object and its complement say something in two words.
    if sum(t.is_alpha for t in sub) < (2 if extra is not None else 3):
        return None
    return sorted(sub, key=lambda t: t.i)


#: Pronouns that stand for what was said (`it was said by Y`, `Y said this`).
_CONTENT_PRONOUNS = frozenset("it this that these those they them".split())


#: A capitalised label of a given name and a surname (`ILSE DORN`, `ANA DE LA CRUZ`).
_CAPS_NAME = re.compile(r"[A-Z][A-Z'’-]+(?: (?:[A-Z][A-Z'’-]+|DE|DA|DI|DU|VAN|VON|LA|LE)){1,3}")


def _caps_full_name(label: str) -> bool:
    """A transcript label in capitals that can only be a person's full name: two to four
    words, none an English noun or adjective (`STATE MEDIA`), a role (`PRIME MINISTER`) or a
    section label (`BREAKING NEWS`)."""
    if not _CAPS_NAME.fullmatch(label):
        return False
    words = [w.lower() for w in label.split() if len(w) > 2]
    return bool(words) and not any(
        common_word(w) or w in ROLE_NOUNS or w in _NOT_LABELS or w in _HOST_LABELS for w in words
    )


def _relays(verb: Token) -> bool:
    """A speech verb with a subject other than the speaker (`the mayor promised us`,
    `They told us`): the words it governs are someone else's, relayed."""
    return is_say_verb(verb.lemma_) and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in ("i", "we") for c in verb.children
    )


def _governing(run: list[Token], tokens: list[Token]) -> list[Token]:
    """The tokens among `tokens` that govern the words of `run`: the ancestors of the run's
    head, and a reporting clause spaCy hangs under that head as parataxis."""
    inside = {t.i for t in run}
    head = next((t for t in run if t.head.i not in inside or t.head is t), run[0])
    above = {t.i for t in head.ancestors}
    above |= {c.i for c in head.children if c.dep_ == "parataxis"}
    return [t for t in tokens if t.i in above]


def _word_key(text: str) -> str:
    """The words of a text, lower case, one space apart, with a space at each end: one quote's
    words found inside another's whatever the marks and punctuation around them."""
    return " " + " ".join(re.findall(r"\w+", text.lower())) + " "


def _bare_pronoun(text: str) -> bool:
    """Content that is one pronoun: it points at words elsewhere, it quotes none."""
    return text.strip(" .,;:").lower() in _CONTENT_PRONOUNS


def _denied_speech(cue: Token) -> bool:
    """A speech verb under `deny` (`denied having said that …`, `denies ever telling
    reporters …`): the reported words are what the subject says they never said, so they are
    no quote of theirs (a Quote has no place for a denial)."""
    return (
        is_say_verb(cue.lemma_)
        and cue.dep_ in ("xcomp", "ccomp", "pcomp")
        and cue.head.lemma_.lower() == "deny"
    )


def _holds_quoted(cue: Token) -> bool:
    """Quotation marks among the words a cue governs (`thanked voters for their "quiet
    courage"`): the speaker's own words are reported."""
    return any(t.text in _QUOTE_CHARS or t.text in _SINGLE_MARKS for t in cue.subtree)


def _attributed_words(obj: Token) -> bool:
    """An object naming words someone else put on the speaker (`words attributed to him`,
    `remarks that were attributed to her`): what it says, it says of the words, not with them."""
    return any(c.dep_ in ("acl", "relcl") and c.lemma_.lower() == "attribute" for c in obj.children)


#: Cues whose object is whom they point at and whose `for`/`of` phrase is the charge:
#: `blames the Red Kite group` alone names a culprit, not words.
_CULPRIT_CUES = frozenset("accuse blame fault".split())


def _names_only(cue: Token, obj: Token, extra: Token | None) -> bool:
    """A noun-phrase object that names what a cue points at, not what was said: `blames the
    X group`, a culprit with no charge. (`…, citing a pipeline fault` stays a quote: PolNeAR
    annotates a cited reason as an attribution.)"""
    lemma = cue.lemma_.lower()
    if lemma in _CULPRIT_CUES:
        # (the parse may hang the charge on the object: `accuses the board of closing …`)
        charge = any(c.dep_ == "prep" and c.lower_ in ("of", "for") for c in obj.children)
        return extra is None and not charge
    return False


def _withdrawn(cue: Token, obj: Token) -> bool:
    """`recall X from Y`, `recalled the envoy`: the object is someone (or something) called
    back from a place, not a memory told."""
    return (
        any(c.dep_ == "prep" and c.lower_ == "from" for c in (*cue.children, *obj.children))
        or obj.lower_ in ROLE_NOUNS
        or obj.ent_type_ == "PERSON"
    )


def _what_object(cue: Token) -> bool:
    """Whether the cue's object is a `what` before it (`what X called "Y"`, `what X
    described as Y`), or the relative pronoun of a clause the cue heads (`talks that officials
    described as businesslike`): its content is Y, however short."""
    pronouns = (
        ("what", "whatever", "that", "which") if cue.dep_ == "relcl" else ("what", "whatever")
    )
    return any(c.dep_ == "dobj" and c.lower_ in pronouns and c.i < cue.i for c in cue.children)


#: Prepositions that open a circumstance of the statement, not its content.
_CIRCUMSTANCE_PREPS = frozenset(
    "during after before amid amidst following since through via despite with without by at "
    "while upon".split()
)
#: Occasions of speech: `in an interview`, `on Twitter`, `in a statement`.
_OCCASION_NOUNS = frozenset(
    "interview meeting statement speech address rally debate letter post tweet email "
    "appearance call conference hearing broadcast show program programme twitter facebook "
    "visit trip talks summit session remarks briefing".split()
)


def _circumstance(prep: Token) -> bool:
    """`during his meeting with Brenn`, `in an interview`, `on Monday`: a phrase of time, place
    or occasion that the reporter adds, not part of what was said."""
    if prep.lower_ in _CIRCUMSTANCE_PREPS:
        return True
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if obj is None or prep.lower_ not in ("in", "on"):
        return False
    return obj.ent_type_ in ("DATE", "TIME") or obj.lemma_.lower() in _OCCASION_NOUNS


def _trailing_phrases(cue: Token, end: int) -> list[Token]:
    """`praised the efforts of a donor to Sen. Rubio to attack …`, `announced a concert in
    support of Sanders`: phrases the parse hangs on the cue right after its object still belong
    to what was said. Taken while they follow on with no comma between; a phrase of time,
    place or occasion (`during his meeting with Brenn`, `at a rally`, `in an interview`) is the
    reporter's and ends the content."""
    out: list[Token] = []
    for c in cue.rights:
        if c.i <= end:
            continue
        if c.dep_ not in ("prep", "xcomp", "advcl", "oprd") or c.left_edge.i != end + 1:
            break
        if c.dep_ == "prep" and _circumstance(c):
            break
        sub = list(c.subtree)
        if any(_is_cue(t) for t in sub):
            break  # `…, which he said the treasury would pay for`: a statement of its own
        out += sub
        end = sub[-1].i
    return out


def _title_case(s: str) -> bool:
    """Most words capitalised: the name of a show, a group or a campaign, not a sentence."""
    words = [w for w in s.split() if w[:1].isalpha() and w.lower() not in _LABEL_LINKS]
    return bool(words) and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


def _blank(text: str, start: int, end: int, ranges: list[tuple[int, int]]) -> str:
    """text[start:end] with the parts inside `ranges` blanked out."""
    chars = list(text[start:end])
    for s, e in ranges:
        for i in range(max(s, start), min(e, end)):
            chars[i - start] = " "
    return "".join(chars)


def _paragraph_break(gap: str) -> bool:
    """A blank line, or a line break after a finished sentence (a new paragraph)."""
    return "\n\n" in gap or _LINE_AFTER_SENTENCE.search(gap) is not None


def _words(s: str) -> int:
    return sum(1 for w in s.split() if any(c.isalnum() for c in w))


def _trim(
    text: str, start: int, end: int, single_marks: Collection[int] = ()
) -> tuple[str, int, int]:
    """Drop the whitespace and the trailing comma a quotation carries from its attribution;
    take in the closing mark of a quoted fragment the content leaves open (`knew "no limits."`).
    `single_marks`: offsets of single marks paired as quotation marks (else apostrophes)."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    if sum(text[i] in _QUOTE_CHARS or i in single_marks for i in range(start, end)) % 2:
        j = end
        while j < len(text) and j < end + 2 and text[j] in ".,!?;:":
            j += 1
        if j < len(text) and (text[j] in _QUOTE_CHARS or j in single_marks):
            # the whole mark, two characters in the ASCII digraph (`''profoundly wrong,''`)
            end = j + (2 if text[j : j + 2] == "''" else 1)
    return text[start:end], start, end


#: A list item's mark at the start of its line (`- Turnout was 61.8%, according to X.`).
_BULLET_MARK = re.compile(r"[-*\u2022\u2013\u2014\u25cf\u25aa]\s+")


def _past_bullet(text: str, start: int, end: int) -> int:
    """The content start past a bullet's mark that opens its line: the mark is the list's
    layout, not a word of the claim."""
    if text[text.rfind("\n", 0, start) + 1 : start].strip():
        return start
    mark = _BULLET_MARK.match(text, start, end)
    return mark.end() if mark else start


def _strip_edges(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start].isspace() or text[start] in ",;:"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:"):
        end -= 1
    return start, end


class _Ranges:
    """Character ranges sorted by start, with the ones overlapping a stretch found by
    bisection (a scan of all of them per cue made extraction grow faster than the text)."""

    def __init__(self, ranges: list[tuple[int, int]]) -> None:
        self.ranges = sorted(ranges)
        self.starts = [s for s, _ in self.ranges]
        self.reach: list[int] = []  # the furthest end among the ranges up to each one
        top = -1
        for _, e in self.ranges:
            top = max(top, e)
            self.reach.append(top)

    def over(self, start: int, end: int) -> list[tuple[int, int]]:
        """The ranges with s < end and start < e, in order."""
        lo = bisect.bisect_right(self.reach, start)
        hi = bisect.bisect_left(self.starts, end)
        return [(s, e) for s, e in self.ranges[lo:hi] if start < e]


def _inside(char: int, ranges: list[tuple[int, int]]) -> bool:
    return any(s <= char < e for s, e in ranges)


def _covered(start: int, end: int, ranges: list[tuple[int, int]]) -> float:
    if end <= start:
        return 0.0
    overlap = sum(max(0, min(end, e) - max(start, s)) for s, e in ranges)
    return overlap / (end - start)


def _paragraph_start(text: str, i: int) -> bool:
    j = i - 1
    while j >= 0 and text[j] in " \t":
        j -= 1
    return j < 0 or text[j] == "\n"

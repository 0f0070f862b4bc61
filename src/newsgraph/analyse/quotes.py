"""Who said what: direct, mixed and indirect quotations with their speakers.

Rules over a spaCy parse, in three passes over an article:

1. Quote marks are paired on the raw text (`quotemarks`), so an odd number of marks or a quote
   running over several paragraphs never derails the parse-based steps.
2. Each quoted span of four words or more is a direct quote. Its speech cue is looked for in the
   words after the closing mark (`"…," Putin said.` / `"…," said John Kirby`), then before the
   opening mark (`Putin added, "…"`, `X said:` ending the previous paragraph). A quote with no
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
from collections.abc import Iterable
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from newsgraph.analyse.quotemarks import QuotedSpan, find_quoted_spans
from newsgraph.analyse.speakers import SpeakerResolver
from newsgraph.analyse.speech import AUDIENCE_NOUNS, EVALUATIVE_VERBS, MEDIA_NOUNS, SAY_VERBS
from newsgraph.extract.outlets import canonical_outlet
from newsgraph.records import Mention, Quote

MIN_DIRECT_WORDS = 4
#: A transcript line's speaker label: `WALLACE:`, `SEN. WARREN:` at the start of a quote.
_TRANSCRIPT = re.compile(r"\s*((?:[A-Z][A-Z.'’-]+ ){0,3}[A-Z][A-Z'’-]{2,}):\s+")
_WINDOW_AFTER = 25
_WINDOW_BEFORE = 30
_QUOTE_CHARS = frozenset(['"', "\u201c", "\u201d", "\u00ab", "\u00bb", "\u201e", "''", "``"])
_SENT_END = frozenset({".", "!", "?"})
_SUBJECTS = ("nsubj", "nsubjpass")
_CLAUSE_DEPS = frozenset({"ROOT", "ccomp", "xcomp", "advcl", "conj", "relcl", "parataxis", "pcomp"})


def extract_quotes(doc: Doc) -> list[Quote]:
    """Every quotation in the parsed article, in text order."""
    return _Extractor(doc).run()


@dataclass(slots=True)
class _Direct:
    """A direct quote in the making; `cue` is the token index of its own speech cue."""

    qs: QuotedSpan
    quote: Quote
    speaker: Span | None
    cue: int | None
    absorbed: bool = False  # taken into a mixed quote


class _Extractor:
    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.text = doc.text
        self.starts = [t.idx for t in doc]
        self.spans = find_quoted_spans(self.text)
        self.resolver = SpeakerResolver(doc)

    # -- helpers -----------------------------------------------------------------------------

    def tok_at(self, char: int) -> int:
        """Index of the token covering (or starting just after) a char offset."""
        i = bisect.bisect_right(self.starts, char) - 1
        return max(0, min(i, len(self.doc) - 1))

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
            if short and not (qs.continued or qs.continues or self._resumes(previous, qs)):
                fragments.append(qs)
                continue
            previous = self._direct(qs, previous)
            directs.append(previous)
        found: list[tuple[Quote, Span | None]] = []
        claimed: list[tuple[int, int]] = []
        for quote, speaker in self._indirect(directs, fragments):
            found.append((quote, speaker))
            claimed.append((quote.start, quote.end))
        kept = [d for d in directs if not d.absorbed]
        found.extend((d.quote, d.speaker) for d in kept)
        taken = claimed + [(d.qs.start, d.qs.end) for d in kept]
        for qs in fragments:
            if not any(s < qs.end and qs.start < e for s, e in taken):
                text, start, end = _trim(self.text, qs.start, qs.end)
                if end > start:
                    found.append((Quote("direct", text, start, end, label="scare"), None))
        found.sort(key=lambda pair: (pair[0].start, pair[0].end))
        return self._resolve(found)

    def _resolve(self, found: list[tuple[Quote, Span | None]]) -> list[Quote]:
        out = []
        for quote, speaker in found:
            if speaker is not None:
                name = self.resolver.resolve(speaker)
                quote.speaker_name = name
                if name:
                    self.resolver.remember(speaker.start_char, name)
            out.append(quote)
        return out

    # -- direct quotes -----------------------------------------------------------------------

    def _direct(self, qs: QuotedSpan, previous: _Direct | None) -> _Direct:
        text, start, end = _trim(self.text, qs.start, qs.end)
        quote = Quote("direct", text, start, end)
        label = _TRANSCRIPT.match(self.text, qs.start, qs.end)
        if label is not None:
            # A transcript line, `"WALLACE: Let's start …"`: the speaker is the label.
            name_start, name_end = label.span(1)
            i, j = self.tok_at(name_start), self.tok_at(name_end - 1)
            quote.speaker = self.mention(name_start, name_end)
            text, start, end = _trim(self.text, label.end(), qs.end)
            quote.text, quote.start, quote.end = text, start, end
            return _Direct(qs, quote, self.doc[i : j + 1], None)
        after = self._window_after(qs)
        signed = _dash_signature(after)
        if signed is not None:
            # `"…" ― Pamela Padilla`: a quote signed with a dash, as in vox pops and epigraphs.
            dash, name = signed
            quote.cue = self.mention(dash.idx, dash.idx + len(dash.text))
            quote.speaker = self.mention(name.start_char, name.end_char)
            return _Direct(qs, quote, name, dash.i)
        before = self._window_before(qs)
        attribution = _attribute(after, first=True) or _attribute(before, first=False)
        if attribution is None and qs.start > 1 and self._colon_intro(qs):
            attribution = _attribute(self._previous_paragraph_tail(qs), first=False)
        if attribution is not None:
            cue, speaker = attribution
            quote.cue = self.mention(cue.idx, cue.idx + len(cue.text))
            if speaker is not None:
                quote.speaker = self.mention(speaker.start_char, speaker.end_char)
            self._addressee(cue, quote)
            self._via(cue, quote)
            return _Direct(qs, quote, speaker, cue.i)
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
        return _Direct(qs, quote, None, None)

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

    def _window_after(self, qs: QuotedSpan) -> list[Token]:
        if qs.close_mark is None:
            return []
        doc = self.doc
        i = self.tok_at(qs.close_mark) + 1
        out: list[Token] = []
        while i < len(doc) and len(out) < _WINDOW_AFTER:
            t = doc[i]
            if t.text in _QUOTE_CHARS or "\n\n" in t.text:
                break
            if t.is_space:
                i += 1
                continue
            out.append(t)
            if t.text in _SENT_END:
                break
            i += 1
        return out

    def _window_before(self, qs: QuotedSpan) -> list[Token]:
        doc = self.doc
        i = self.tok_at(qs.open_mark) - 1
        out: list[Token] = []
        while i >= 0 and len(out) < _WINDOW_BEFORE:
            t = doc[i]
            if t.text in _QUOTE_CHARS or "\n" in t.text or t.text in _SENT_END:
                break
            out.append(t)
            i -= 1
        out.reverse()
        return out

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
        direct_ranges = [(d.qs.start, d.qs.end) for d in directs]
        used: list[tuple[int, int]] = []
        for cue in self.doc:
            if not _is_cue(cue) or _inside(cue.idx, direct_ranges):
                continue
            found = self._complement(cue)
            if found is None:
                continue
            start, end, speaker = found
            start, end = _strip_edges(self.text, start, end)
            if end - start < 8 or _words(self.text[start:end]) < 3:
                continue
            if any(s < end and start < e for s, e in used):
                continue
            inside = [d for d in directs if d.qs.start < end and start < d.qs.end]
            outside_words = _words(_blank(self.text, start, end, direct_ranges))
            if any(d.cue == cue.i for d in inside):
                # The same attribution as a direct quote: a mixed quote only when the
                # reported clause has words of its own (`said China and Russia "share …"`).
                if outside_words < 2:
                    continue
            elif _covered(start, end, direct_ranges) >= 0.8:
                continue
            inner = [f for f in fragments if f.start < end and start < f.end]
            if (
                not inner
                and not inside
                and cue.lemma_.lower() in EVALUATIVE_VERBS
                and (not _has_clause(cue))
            ):
                continue  # "praised the team": no reported content without quoted words
            for d in inside:
                if start <= d.qs.start and d.qs.end <= end + 2:
                    d.absorbed = True
            kind = "mixed" if inner or inside else "indirect"
            text, start, end = _trim(self.text, start, end)
            quote = Quote(kind, text, start, end)
            quote.cue = self.mention(cue.idx, cue.idx + len(cue.text))
            if speaker is not None:
                quote.speaker = self.mention(speaker.start_char, speaker.end_char)
            self._addressee(cue, quote)
            self._via(cue, quote)
            used.append((start, end))
            yield quote, speaker

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
        speaker = _speaker_of(cue)
        if cue.pos_ == "NOUN" and lemma in NOUN_CUES:
            clause = _noun_clause(cue)  # "Trump's claim that …": the owner is the speaker
            owner = next((c for c in cue.children if c.dep_ == "poss"), None)
            speaker = _noun_phrase(owner) if owner is not None else None
        else:
            clause = next((c for c in cue.children if c.dep_ in ("ccomp", "parataxis")), None)
        if clause is not None:
            sub = list(clause.subtree)
            if not sub[0].i <= cue.i <= sub[-1].i:  # a clause spanning its cue is a bad parse
                start_tok = sub[0]
                if start_tok.lower_ in ("that", "whether", "if") and start_tok.dep_ == "mark":
                    start_tok = doc[start_tok.i + 1]
                end_tok = _cut_at_nested_cue(sub, start_tok.i)
                return start_tok.idx, end_tok.idx + len(end_tok.text), speaker
        that = _that_after(cue)
        if that is not None and that.i + 1 < len(doc):
            return doc[that.i + 1].idx, self._clause_end(that.i + 1), speaker
        obj = _object_content(cue)
        if obj is not None:
            return obj[0].idx, obj[-1].idx + len(obj[-1].text), speaker
        if speaker is not None:
            return self._parenthetical(cue, speaker)
        return None

    def _parenthetical(self, cue: Token, speaker: Span) -> tuple[int, int, Span] | None:
        """`CONTENT, X said.` or `CONTENT, X said, MORE.`: the cue set off by commas."""
        doc = self.doc
        lo = min(cue.i, speaker.start)
        hi = max(cue.i, speaker.end - 1)
        while (
            hi + 1 < len(doc)
            and doc[hi + 1].head.i == cue.i
            and doc[hi + 1].dep_ in ("npadvmod", "advmod", "dobj", "dative", "prep")
        ):
            hi = doc[hi + 1].right_edge.i
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
        if cue.lemma_.lower() not in ("tell", "inform", "assure", "brief", "ask", "warn", "urge"):
            return
        for c in cue.children:
            if c.dep_ in ("dobj", "dative") and c.pos_ in ("PROPN", "NOUN", "PRON"):
                span = _noun_phrase(c)
                quote.addressee = self.mention(span.start_char, span.end_char)
                if c.lower_ not in AUDIENCE_NOUNS and c.pos_ != "PRON":
                    quote.addressee_name = self.resolver.resolve(span)
                return

    def _via(self, cue: Token, quote: Quote) -> None:
        """The channel a statement is relayed through: `TASS reported`, `quoted by Belta`."""
        lemma = cue.lemma_.lower()
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
        # A trailing "…, TASS reported" in the same sentence as another cue.
        for t in cue.sent:
            if t is cue or t.i < cue.i or not _is_cue(t) or t.lemma_.lower() != "report":
                continue
            subj = _speaker_of(t)
            if subj is not None and _is_media(subj):
                quote.via = subj.text
                return


# -- token-level helpers -------------------------------------------------------------------------


def _is_cue(t: Token) -> bool:
    lemma = t.lemma_.lower()
    if lemma == "accord":
        return t.lower_ == "according"
    if lemma == "point":  # "pointed out that …"
        return t.pos_ == "VERB" and any(c.dep_ == "prt" and c.lower_ == "out" for c in t.children)
    if lemma in NOUN_CUES and t.pos_ == "NOUN":
        return _noun_clause(t) is not None
    if lemma not in SAY_VERBS:
        return is_prep_cue(t)
    if t.pos_ in ("VERB", "AUX") or t.tag_.startswith("VB"):
        return t.dep_ in _CLAUSE_DEPS or any(c.dep_ in _SUBJECTS for c in t.children)
    # The small model tags some infinitives as nouns ("went on to state that …").
    prev = t.doc[t.i - 1] if t.i else None
    return prev is not None and prev.lower_ == "to" and prev.dep_ == "aux"


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
        if t.i > start + 2 and t.dep_ in ("advcl", "conj") and _is_cue(t):
            j = t.left_edge.i - 1
            while j > start and (t.doc[j].is_punct or t.doc[j].dep_ == "cc"):
                j -= 1
            return t.doc[j] if j > start else end
    return end


#: Nouns that report a statement when a `that` clause follows: `Trump's claim that …`.
NOUN_CUES = frozenset(
    "claim statement assertion remark warning pledge promise accusation allegation suggestion "
    "argument insistence announcement assurance admission denial".split()
)


def _noun_clause(noun: Token) -> Token | None:
    """The `that` clause a statement noun introduces (`claim that there have been …`)."""
    for c in noun.children:
        if c.dep_ in ("acl", "ccomp") and c.i > noun.i:
            first = next(iter(c.subtree))
            if first.lower_ == "that" and first.dep_ == "mark":
                return c
    return None


def _has_clause(cue: Token) -> bool:
    return any(c.dep_ in ("ccomp", "parataxis") for c in cue.children)


def _attribute(window: list[Token], *, first: bool) -> tuple[Token, Span | None] | None:
    """The cue and speaker in the words beside a quote."""
    cues = [t for t in window if _is_cue(t)]
    if not cues:
        return None
    cue = cues[0] if first else cues[-1]
    inside = {t.i for t in window}
    speaker = _speaker_of(cue)
    if speaker is not None and speaker.root.i not in inside:
        speaker = None
    if speaker is None:
        speaker = _adjacent_noun(cue, window)
    return cue, speaker


def _speaker_of(cue: Token) -> Span | None:
    """The subject of a cue, climbing through `went on to say` / `and added` constructions."""
    t: Token | None = cue
    for _ in range(3):
        if t is None:
            break
        subj = next((c for c in t.children if c.dep_ in _SUBJECTS), None)
        if subj is not None:
            if subj.lower_ in ("who", "that", "which") and t.dep_ == "relcl":
                return _noun_phrase(t.head)
            span = _noun_phrase(subj)
            lo, hi = sorted((span.start, cue.i))
            if any("\n" in t.text_with_ws for t in cue.doc[lo:hi]):
                return None  # a subject on another line is a parse across paragraphs
            return span
        if t.dep_ in ("xcomp", "conj", "advcl") and t.head is not t:
            t = t.head
        else:
            break
    return None


def _dash_signature(window: list[Token]) -> tuple[Token, Span] | None:
    """A dash right after the closing mark followed by a capitalised name."""
    if len(window) < 2 or window[0].text not in _DASHES:
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


def _adjacent_noun(cue: Token, window: list[Token]) -> Span | None:
    """Fallback when the parse gives no subject: the name right after (`said Kirby`) or right
    before (`Kirby said`) the cue."""
    pos = next((k for k, t in enumerate(window) if t.i == cue.i), None)
    if pos is None:
        return None
    for k in (pos + 1, pos - 1):
        if 0 <= k < len(window):
            t = window[k]
            if t.pos_ in ("PROPN", "PRON") and t.lower_ not in _NOT_SPEAKERS:
                return _noun_phrase(t)
    return None


#: Pronouns that are never the speaker of a cue beside them (`told me`, `asked him`).
_NOT_SPEAKERS = frozenset("it this that me him her us them you".split())
_DASHES = frozenset("\u2014\u2015\u2013-")


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
        elif t.dep_ == "prep" and t.lower_ in ("of", "in", "at") and tok.ent_type_ != "PERSON":
            right = max(right, t.right_edge.i)
            break
        else:
            break
    while left < tok.i and doc[left].is_punct:
        left += 1
    return doc[left : right + 1]


def _is_media(span: Span) -> bool:
    """News media as a subject: `state media`, `the agency`, or an outlet we know (`TASS`)."""
    if any(t.lower_ in MEDIA_NOUNS for t in span) or span.root.head.lower_ in MEDIA_NOUNS:
        return True
    return canonical_outlet(span.text) is not None


def _that_after(cue: Token) -> Token | None:
    """`told reporters that …`, `said Thursday that …`, `told a meeting of leaders that …`:
    a complementiser `that` soon after the cue, before the sentence ends."""
    doc = cue.doc
    for j in range(cue.i + 1, min(len(doc), cue.i + 12)):
        t = doc[j]
        if t.lower_ == "that":
            return t if t.dep_ in ("mark", "nsubj", "dobj", "advmod") else None
        if t.text in _SENT_END or t.text in _QUOTE_CHARS or _is_cue(t):
            return None
    return None


#: Cues whose object is what was said: `cited derogatory comments`, `called the charges
#: unsubstantiated`, `called for a ban`, `told his advisers to act`.
OBJECT_CUES = frozenset(
    "cite call note mention describe deny criticize criticise attack praise reject promise "
    "pledge propose urge demand recommend tell ask announce disclose reveal confirm defend "
    "question mock reference slam blast warn".split()
)
#: Cues whose content is an infinitive: `vowed to form a task force`.
INFINITIVE_CUES = frozenset("vow promise pledge threaten offer refuse".split())


#: Cues whose content is a prepositional object: `spoke about X`, `warned of X`.
PREP_CUES = {
    "speak": ("about", "of", "on", "against"),
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
        prep = next((c for c in kids if c.dep_ == "prep" and c.lower_ in ("for", "on")), None)
        if prep is not None:
            sub = [t for t in prep.subtree if t.i != prep.i]
            sub += [t for c in kids if c.dep_ == "xcomp" and c.i > prep.i for t in c.subtree]
            return sorted(sub, key=lambda t: t.i) if len(sub) >= 2 else None
    obj = next((c for c in kids if c.dep_ in ("dobj",)), None)
    if obj is None:
        return None
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
    if extra is not None:
        sub += list(extra.subtree)
    elif cue.lemma_.lower() in ("tell", "ask", "urge"):
        return None  # "told reporters" alone says nothing
    if sum(t.is_alpha for t in sub) < 3:
        return None
    return sorted(sub, key=lambda t: t.i)


def _blank(text: str, start: int, end: int, ranges: list[tuple[int, int]]) -> str:
    """text[start:end] with the parts inside `ranges` blanked out."""
    chars = list(text[start:end])
    for s, e in ranges:
        for i in range(max(s, start), min(e, end)):
            chars[i - start] = " "
    return "".join(chars)


def _words(s: str) -> int:
    return sum(1 for w in s.split() if any(c.isalnum() for c in w))


def _trim(text: str, start: int, end: int) -> tuple[str, int, int]:
    """Drop the whitespace and the trailing comma a quotation carries from its attribution;
    take in the closing mark of a quoted fragment the content leaves open (`knew "no limits."`)."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    if sum(text[i] in _QUOTE_CHARS for i in range(start, end)) % 2:
        j = end
        while j < len(text) and j < end + 2 and text[j] in ".,!?;:":
            j += 1
        if j < len(text) and text[j] in _QUOTE_CHARS:
            end = j + 1
    return text[start:end], start, end


def _strip_edges(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start].isspace() or text[start] in ",;:"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:"):
        end -= 1
    return start, end


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

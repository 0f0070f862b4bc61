"""Pairing quotation marks in a whole article, robustly.

Pure text, no parse: finds the spans between opening and closing marks, paragraph by paragraph.
Handles curly and straight marks (the direction of a straight mark is read from its neighbours),
guillemets, low-9 marks, the ASCII digraphs ``…'' and ''…'' of older wire and TeX-born text,
multi-paragraph quotes (the news convention: each paragraph reopens
the quote and only the last one closes it), and an odd number of marks: an unmatched mark is
dropped with its paragraph's damage contained, never the whole article.

Single marks (‘…’, '…', the British style) are quotation marks only in an article that uses
them as its quote style: they pair into more spans than the double marks do. The apostrophe
is the same character, so a closing single mark must end a word before a space, punctuation
or the end of the line (`it’s` never closes), and a possessive plural (`the workers’ union`)
closes only when no better closing mark follows before the next opening one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_OPENERS = {
    "\u201c": "\u201d",
    "\u00ab": "\u00bb",
    "\u201e": "\u201d",
    '"': '"',
    "``": "''",
    "''": "''",
}
_CLOSERS = {"\u201d", "\u00bb", '"', "''"}
#: Marks whose direction is read from their neighbours.
_SYMMETRIC = {'"', "''"}
_MARKS = re.compile("''|``|[\"\u201c\u201d\u00ab\u00bb\u201e]")
#: A blank line, or a line break after a finished sentence before a capital or a quote mark
#: (texts that separate paragraphs with single line breaks); a break inside a sentence is not.
_PARAGRAPH = re.compile(
    r"\n[ \t]*\n\s*|(?<=[.!?\"\u201d'\u2019])[ \t]*\n[ \t]*(?=[A-Z\"\u201c\u00ab\u201e`'\u2018])"
)


@dataclass(frozen=True, slots=True)
class QuotedSpan:
    """Text between a pair of marks: `start`/`end` exclude the marks themselves.

    `continues` is True when the quote goes on in the next paragraph (it was left open there
    and the next paragraph reopens it); `continued` when this span continues the previous one.
    """

    start: int
    end: int
    open_mark: int
    close_mark: int | None
    continues: bool = False
    continued: bool = False


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph, paragraphs being separated by blank lines."""
    spans = []
    pos = 0
    for m in _PARAGRAPH.finditer(text):
        if m.start() > pos:
            spans.append((pos, m.start()))
        pos = m.end()
    if pos < len(text):
        spans.append((pos, len(text)))
    return spans


def _is_opening(text: str, i: int, n: int = 1) -> bool:
    """Direction of a straight `"` from its neighbours: space/start before it means it opens."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + n] if i + n < len(text) else " "
    if before.isspace() or before in "([{\u2014\u2013-/:":
        return not after.isspace()
    return False


def _spaced_close(text: str, i: int, n: int) -> bool:
    """`…them, "the officer said`, `…hard to hit, "Steward said`: inside an open quote, a
    straight mark after a comma, `?` or `!` and a space, before a word, closes it (text
    detokenised with a space before the closing mark); outside a quote the same shape opens
    one (`he added, "we adhere`)."""
    after = text[i + n] if i + n < len(text) else " "
    return i >= 2 and text[i - 1] == " " and text[i - 2] in ",?!" and after.isalpha()


def find_quoted_spans(text: str) -> list[QuotedSpan]:
    """All quoted spans of `text`, in order."""
    paras = paragraphs(text)
    spans = _double_spans(text, paras)
    if "\u2018" not in text and "'" not in text and "\u2019" not in text:
        return spans
    singles = _single_spans(text, paras)
    # Marks of one kind inside a quote in the other are quotes within quotes: each style is
    # counted by its outer spans, and single marks win only with more of them.
    outer_singles = [qs for qs in singles if not _inside(qs, spans)]
    outer_doubles = [qs for qs in spans if not _inside(qs, singles)]
    if sum(qs.close_mark is not None for qs in outer_singles) <= len(outer_doubles):
        return spans  # double marks are the quote style; single ones nest or are apostrophes
    out = outer_singles + [qs for qs in outer_doubles if not _inside(qs, outer_singles)]
    out.sort(key=lambda qs: qs.start)
    return out


def _inside(qs: QuotedSpan, others: list[QuotedSpan]) -> bool:
    """The span's opening mark lies inside one of `others`."""
    return any(o.open_mark < qs.open_mark < o.end for o in others)


#: An opening single mark: start, space, bracket, dash or a double mark before it, and a word
#: after it; not an elision (`'90s`, `'em`, `rock 'n' roll`).
_SINGLE_OPEN = re.compile(
    "(?:^|(?<=[\\s(\\[\u2014\u2013\"\u201c/-]))['\u2018]"
    "(?=[^\\W_])(?!\\d\\ds?\\b|(?:em|til|tis|twas|cause|bout|n)\\b['\u2019]?(?!\\w))",
    re.M,
)
#: A closing single mark: after a word or sentence punctuation, before a space, punctuation
#: or the end of the line, never inside a word (`it’s`, `O’Brien`).
_SINGLE_CLOSE = re.compile("(?<=[^\\W_]|[,.!?;:])['\u2019](?![^\\W_])")
#: A closing mark that may be a possessive plural's apostrophe: `workers’ union`, `Ruiz' ship`.
#: `rock 'n' roll`: the mark after the `n` is no closing one.
_ELIDED_N = {"'n", "\u2018n", "\u2019n"}
_SENTENCE_END = re.compile("[.!?] +[A-Z]")
_POSSESSIVE = re.compile("(?<=[sz])['\u2019] +[^\\W\\d_]")


def _single_spans(text: str, paras: list[tuple[int, int]]) -> list[QuotedSpan]:
    """Spans between single quotation marks, paragraph by paragraph (see the module note)."""
    spans: list[QuotedSpan] = []
    carried = False
    for k, (p_start, p_end) in enumerate(paras):
        opens = [m.start() for m in _SINGLE_OPEN.finditer(text, p_start, p_end)]
        closes = [
            m.start()
            for m in _SINGLE_CLOSE.finditer(text, p_start, p_end)
            if m.start() not in opens and text[m.start() - 2 : m.start()] not in _ELIDED_N
        ]
        events = sorted([(i, True) for i in opens] + [(i, False) for i in closes])
        open_at: int | None = None
        continued = False
        for n, (i, opening) in enumerate(events):
            if opening:  # a second opening mark: the first was unmatched
                open_at = i
                continued = carried and i == p_start
                continue
            if open_at is None:
                continue
            if _POSSESSIVE.match(text, i) and (
                _better_close(events, n) or _SENTENCE_END.search(text, open_at, i)
            ):
                continue  # `the workers’ union`, or an apostrophe sentences after the opener
            if i > open_at + 1:
                spans.append(QuotedSpan(open_at + 1, i, open_at, i, continued=continued))
            open_at = None
            continued = False
        carried = False
        if open_at is None:
            continue
        nxt = paras[k + 1] if k + 1 < len(paras) else None
        reopens = nxt is not None and _SINGLE_OPEN.match(text, nxt[0]) is not None
        if reopens or open_at == p_start:
            end = p_end
            while end > open_at + 1 and text[end - 1].isspace():
                end -= 1
            if end > open_at + 1:
                spans.append(
                    QuotedSpan(
                        open_at + 1, end, open_at, None, continues=reopens, continued=continued
                    )
                )
            carried = reopens
    return spans


def _better_close(events: list[tuple[int, bool]], n: int) -> bool:
    """A closing mark follows event `n` before the next opening one."""
    return n + 1 < len(events) and not events[n + 1][1]


def _double_spans(text: str, paras: list[tuple[int, int]]) -> list[QuotedSpan]:
    spans: list[QuotedSpan] = []
    carried = False  # the previous paragraph ended inside an open quote
    run_on: tuple[int, int, str, bool] | None = None  # a quote going on past a line break
    for k, (p_start, p_end) in enumerate(paras):
        open_at: int | None = None
        open_end = 0
        expected_close = ""
        first_in_para = True
        continued = False
        if run_on is not None:
            open_at, open_end, expected_close, continued = run_on
            first_in_para = False
            run_on = None
        for m in _MARKS.finditer(text, p_start, p_end):
            i, ch = m.start(), m.group()
            n = len(ch)
            if open_at is None:
                symmetric = ch in _SYMMETRIC
                if ch in _OPENERS and (
                    not symmetric
                    or _is_opening(text, i, n)
                    or _lone_start(text, i)
                    or _line_end_open(text, paras, k, i, n)
                ):
                    open_at, open_end, expected_close = i, i + n, _OPENERS[ch]
                    continued = carried and first_in_para and i == p_start
                first_in_para = False
                continue
            if ch in _OPENERS and ch not in _CLOSERS:
                # The previous opener was unmatched: restart here.
                open_at, open_end, expected_close = i, i + n, _OPENERS[ch]
                continued = False
                continue
            if (
                ch in _SYMMETRIC
                and expected_close in _SYMMETRIC
                and _is_opening(text, i, n)
                and not _spaced_close(text, i, n)
                # ``…'' pairs its own marks: a `''` after ``` `` ``` closes it, also with a
                # space before it (tokenised text: `hospital ''.`)
                and text[open_at : open_at + 2] != "``"
            ):
                open_at, open_end = i, i + n  # two openers in a row: the first was unmatched
                expected_close = _OPENERS[ch]
                continued = False
                continue
            if i > open_end:
                spans.append(QuotedSpan(open_end, i, open_at, i, continued=continued))
            open_at = None
            continued = False
        carried = False
        if open_at is not None and _runs_on(text, paras, k):
            run_on = (open_at, open_end, expected_close, continued)
            continue
        if open_at is not None:
            nxt = paras[k + 1] if k + 1 < len(paras) else None
            reopens = nxt is not None and (
                text[nxt[0]] in _OPENERS or text[nxt[0] : nxt[0] + 2] in _OPENERS
            )
            if reopens or open_at == p_start:
                # Multi-paragraph quote (or a paragraph that is one unclosed quote): keep it to
                # the end of the paragraph, trailing whitespace excluded.
                end = p_end
                while end > open_end and text[end - 1].isspace():
                    end -= 1
                if end > open_end:
                    spans.append(
                        QuotedSpan(
                            open_end, end, open_at, None, continues=reopens, continued=continued
                        )
                    )
                carried = reopens
    return spans


def _runs_on(text: str, paras: list[tuple[int, int]], k: int) -> bool:
    """A quote left open at the end of paragraph `k` goes on past a single line break when the
    next mark after it, in the lines that follow one line break apart, closes a quote (`"We
    met him.⏎After that, it seems clear," he said.`: text with a sentence a line); a blank
    line, or a next line that reopens the quote, ends it as before."""
    for j in range(k + 1, min(k + 6, len(paras))):
        start = paras[j][0]
        if text.count("\n", paras[j - 1][1], start) != 1:
            return False
        m = _MARKS.search(text, start, paras[j][1])
        if m is None:
            continue
        i, ch = m.start(), m.group()
        if i == start or ch not in _CLOSERS:
            return False
        return not (
            ch in _SYMMETRIC
            and _is_opening(text, i, len(ch))
            and not _spaced_close(text, i, len(ch))
        )
    return False


def _line_end_open(text: str, paras: list[tuple[int, int]], k: int, i: int, n: int) -> bool:
    """`…objected to the plan. "⏎We are here.⏎Nothing will happen. "⏎`: in detokenised text
    with a sentence a line, a straight mark that ends a line after a space, with no quote
    open, opens one on the next line when a closing mark follows within the lines that come
    one line break apart."""
    return (
        i >= 1
        and text[i - 1] == " "
        and not text[i + n : paras[k][1]].strip()
        and _runs_on(text, paras, k)
    )


def _lone_start(text: str, i: int) -> bool:
    """A straight mark opening a paragraph or line opens a quote whatever follows."""
    return i == 0 or text[i - 1] == "\n"

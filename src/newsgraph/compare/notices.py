"""Correction and update notices: the words by which an outlet says its report was corrected
or updated. One place for them: the dossier shows them in coverage, claims and conflicts leave
them out (a notice is about the text, not news)."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from typing import Any

from newsgraph.analyse.selfref import EARLIER, TEXT_PARTS, VERSION, WHOLE_TEXT
from newsgraph.compare.text import content_keys, number_value, sentences, words
from newsgraph.extract.textclean import WIRE_NOTE_KINDS, WIRE_NOTE_LINES, wire_note

#: A paragraph opened by a notice's label: `Correction:`, `CLARIFICATION —`, `Update (March
#: 3):`, `[Editor's note: …]`, `Corrections & clarifications:`. The label, with a date after a
#: comma or in brackets, must end in a colon or a dash: `Updated 3 March 2026` is a time stamp,
#: `Correction of the border…` or `Updates to the plan — …` a sentence.
_NOTICE_LABEL = re.compile(
    r"^[\s\[(*_]*(?P<label>corrections?(?:\s*(?:&|and)\s*clarifications?)?|clarifications?|"
    r"errat(?:um|a)|amendments?|updated?|updates|editor['’]?s['’]?\s+notes?|notes?\s+to\s+readers)"
    r"\b(?:\s*\([^)\n]{0,40}\)|\s*,[^:\n]{0,40}?)?[*_\])]*\s*(?::|[—–]|\s-{1,2}\s)\s*",
    re.I,
)
_DOCUMENT = rf"(?:{'|'.join(WHOLE_TEXT + TEXT_PARTS)})"
#: `an earlier version`, `the original version`, `an earlier caption`: an earlier state of the
#: text or of a part of it.
_EARLIER_VERSION = rf"(?:{'|'.join(EARLIER)})\s+(?:{'|'.join((VERSION, *TEXT_PARTS))})"
_ERROR = r"(?:the|this|an|that)\s+(?:error|errors|mistake|inaccuracy)\b"
#: Words anywhere that say the text itself was corrected or updated: `An earlier version of this
#: article said …`, `This story has been updated to …`, `We apologise for the error.` Only the
#: outlet speaks of its error in the first person: `The airline regrets the error, a spokesman
#: said` is news.
_NOTICE_PHRASE = re.compile(
    rf"\b(?:an?|the)\s+{_EARLIER_VERSION}\s+of\s+this\s+{_DOCUMENT}\b|"
    rf"\bthis\s+{_DOCUMENT}\s+(?:has\s+been|had\s+been|was|is\s+being|have\s+been)\s+"
    r"(?:updated|corrected|amended|revised|changed|clarified)\b|"
    rf"\bwe\s+(?:regret|apologi[sz]e\s+for|sincerely\s+regret)\s+{_ERROR}",
    re.I,
)
#: An outlet regretting its error by name, in a paragraph of nothing else: `The Vesper Daily
#: regrets the error.` (a name in capitals; `The airline regrets the error, …` is news).
_REGRET_LINE = re.compile(
    r"[\s\[(*_]*(?:The\s+)?[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){0,3}\s+"
    rf"(?:regrets|apologi[sz]es\s+for)\s+(?i:{_ERROR})[.!]?[\s\])*_]*"
)
#: A sentence that speaks of the text itself (`This story has been updated …`, `An earlier
#: version said …`): inside an update notice it is about the text, no claim.
ABOUT_THE_TEXT = re.compile(
    rf"\bthis\s+{_DOCUMENT}\b|\b(?:an?|the)\s+{_EARLIER_VERSION}\b|"
    r"\bwe\s+(?:regret|apologi[sz]e)\b",
    re.I,
)
#: What a correction (not only an update) says.
_CORRECTED = re.compile(
    r"\b(?:correct\w*|clarif\w*|errat\w*|error|mistake|misstat\w*|misidentif\w*|misspel\w*|"
    rf"incorrect\w*|wrong\w*|inaccura\w*|{'|'.join(f'{w} {VERSION}' for w in EARLIER)}|"
    r"amend\w*)\b",
    re.I,
)
#: What an update says (`… has been updated to include …`, `We added …`).
_UPDATED = re.compile(r"\b(?:updat\w*|added|adds|revis\w*|changed)\b", re.I)
#: What is left after a label when the line is only a time stamp (`Update: 3 March, 18:02 GMT`).
_STAMP = re.compile(
    r"^(?:[\d\s.,:/+\-–—()]|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b|"
    r"\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\b|\b(?:am|pm|a\.m\.|p\.m\.|gmt|utc|"
    r"bst|cet|cest|est|edt|pst|pdt|et|pt|on|at|local time|hrs|h)\b)*$",
    re.I,
)
#: The end of a sentence before a notice's words (`… on Tuesday. An earlier version …`).
_SENTENCE_END = re.compile(r"[.!?][\"”’)\]]*\s+")


def corrections(text: str) -> list[dict[str, Any]]:
    """The notices in an article that say the report was corrected or updated: a paragraph
    opened by a notice's label (`Correction:`, `Clarification —`, `Update:`, `Editor's note:`)
    and the sentence holding words that say so (`An earlier version of this article said …`,
    `This story has been updated to …`, `We regret the error.`, or a paragraph of only `The
    Vesper Daily regrets the error.`). Each `{kind, text, start, end}` in the text's order, a
    labelled notice's span ending at its paragraph's end; `kind` is `correction` when the
    notice says something was wrong or corrected, `note` for an editor's note saying neither
    that nor that the text was updated, else `update`. A label opening three paragraphs or
    more is a heading, no notice. The words must open their sentence (`The council said this
    report was revised` is news), and a label followed by a time only is a time stamp, no
    notice. A wire's bracketed note on its version among the text's first lines (`(Corrects
    deficit figure in paragraph 2)`, `(Updates with minister's comments)`: `wire_note`, the
    cleaner's rule) is one too, of the kind the cleaner gives it."""
    out: list[dict[str, Any]] = []
    pos = 0
    filled = 0  # lines with words so far
    for line in text.split("\n"):
        start, end = pos, pos + len(line.rstrip())
        pos += len(line) + 1
        lead = len(line) - len(line.lstrip())
        filled += bool(line.strip())
        wired = wire_note(line) if line.strip() and filled <= WIRE_NOTE_LINES else None
        if wired is not None:
            note = {
                "kind": WIRE_NOTE_KINDS[wired],
                "text": line.strip(),
                "start": start + lead,
                "end": end,
            }
            out.append({**note, "label": None})
            continue
        label = _NOTICE_LABEL.match(line)
        if label and line[label.end() :].strip() and not _STAMP.match(line[label.end() :]):
            begin = start + lead
        elif _REGRET_LINE.fullmatch(line):
            label = None
            begin = start + lead
        else:
            label = None
            # The words open their sentence (after a bracket at most): `this report was
            # revised`, inside a sentence or a quotation, is news about another report. The
            # line's sentence ends are found once (a long line has many matches).
            cuts: list[int] = []
            for m in _NOTICE_PHRASE.finditer(line):
                if not cuts:
                    cuts = [c.end() for c in _SENTENCE_END.finditer(line)] + [len(line) + 1]
                i = bisect_right(cuts, m.start())
                sentence = cuts[i - 1] if i and cuts[i - 1] > lead else lead
                if not line[sentence : m.start()].strip("([*_ \t"):
                    break
            else:
                continue
            begin = start + sentence
            # A notice found by its words is its own sentence, with the sentences right
            # after it that speak of the text (`This article was amended on 3 May. An
            # earlier caption said …`); what follows may be news.
            j = bisect_right(cuts, m.end())
            while cuts[j] <= len(line) and ABOUT_THE_TEXT.match(line, cuts[j]):
                j += 1
            if cuts[j] <= len(line):
                end = start + len(line[: cuts[j]].rstrip())
        notice = text[begin:end]
        if len(notice.split()) < 3:
            continue
        if _CORRECTED.search(notice):
            kind = "correction"
        elif (
            label
            and re.match(r"\W*(?:editor|note)", label.group("label"), re.I)
            and not _UPDATED.search(notice)
        ):
            kind = "note"
        else:
            kind = "update"
        head = label.group("label").lower() if label else None
        out.append({"kind": kind, "text": notice, "start": begin, "end": end, "label": head})
    # A label opening three paragraphs or more is the text's own heading (a list of `Updates:`
    # to each product), not a notice about the text.
    heads = Counter(n["label"] for n in out if n["label"])
    return [
        {k: v for k, v in n.items() if k != "label"}
        for n in out
        if not n["label"] or heads[n["label"]] < 3
    ]


def article_notices(article: dict[str, Any]) -> list[dict[str, Any]]:
    """The article's notices (`corrections` of its text), after the wire note the cleaner took
    off the story (`metadata.wire_note`, `textclean.wire_note_of`), which comes first as it
    stood over the story: `{kind, text, start: None, end: None}`, a notice with no span in the
    text. A note the text still prints (`corrections` found it) is not listed twice, and a
    malformed `wire_note` (not `{text, kind}` of a known kind) is ignored."""
    found = corrections(article.get("text") or "")
    note = (article.get("metadata") or {}).get("wire_note")
    if not isinstance(note, dict) or note.get("kind") not in ("correction", "update"):
        return found
    text = note.get("text")
    if not isinstance(text, str) or not text.strip() or any(n["text"] == text for n in found):
        return found
    return [{"kind": note["kind"], "text": text, "start": None, "end": None}, *found]


def about_the_text(sentence: str) -> bool:
    """Whether a sentence speaks of the report itself (`An earlier version of this story
    said …`, `Correction: …`), so its dates and figures are no fact of the story."""
    return bool(ABOUT_THE_TEXT.search(sentence) or _NOTICE_LABEL.match(sentence))


#: Words saying a part of a correction tells what was wrong: `An earlier version of this
#: article said …`, `… incorrectly gave …`, `misidentified …`, `misstated …`.
_WAS_WRONG = re.compile(
    rf"\b(?:an?|the)\s+{_EARLIER_VERSION}\b|\b(?:incorrectly|wrongly|mistakenly|erroneously)\b|"
    r"\bmis(?:stat|identif|report|quot|spel|nam|attribut|print)\w*",
    re.I,
)
#: `…, not Thursday`, `…, rather than 30`: the wrong value after the right one.
_NOT_TAIL = re.compile(r",\s*(?:not|rather\s+than|instead\s+of)\s+[^,;.]*", re.I)
#: `… has been corrected to show that …`: what follows is the right text.
_SHOWS = re.compile(
    r"\bto\s+(?:show|reflect|say|state|make\s+clear|clarify|note|indicate)\s+(?:that\s+)?", re.I
)
#: A correction's word for the text (`article`, `version`): never what it corrected.
_ABOUT_WORDS = frozenset(
    "earlier original previous first version article story report item piece post said says "
    "stated reported gave described incorrectly wrongly mistakenly erroneously".split()
)


def amendments(text: str, found: list[dict[str, Any]] | None = None) -> list[dict[str, Any]]:
    """What each correction notice (`corrections`, kind `correction`) says was wrong and what
    it says instead, so that the report counts as saying the corrected thing: `{start, end,
    old, new, changed}`, `old` / `new` the spans of the wrong and the right text (`An earlier
    version said he got six years.` / `The court sentenced him to eight years.`; `… began
    on Friday, not Thursday`; `corrected to show that …`), `changed` the words the wrong text
    has and the right one lacks (a number, a day, a name: what the correction replaced).
    `found`: the text's `corrections`, when already read."""
    out = []
    for n in corrections(text) if found is None else found:
        if n["kind"] != "correction":
            continue
        old: list[tuple[int, int]] = []
        new: list[tuple[int, int]] = []
        label = _NOTICE_LABEL.match(n["text"])
        skip = label.end() if label else 0
        for s, e in sentences(n["text"]):
            s = max(s, skip)
            part = n["text"][s:e]
            if not part.strip():
                continue
            shows = _SHOWS.search(part)
            if shows:
                s += shows.end()
                part = n["text"][s:e]
            tail = _NOT_TAIL.search(part)
            if tail and not _WAS_WRONG.search(part, 0, tail.start()):
                # the wrong value ends with its match: the rest is the right text again
                # (`Fourteen people, not 12, were killed`)
                new.append((s, s + tail.start()))
                old.append((s + tail.start(), s + tail.end()))
                if part[tail.end() :].strip(" ,.;"):
                    new.append((s + tail.end(), e))
            elif _WAS_WRONG.search(part):
                old.append((s, e))
            elif shows or not (ABOUT_THE_TEXT.search(part) or _CORRECTED.search(part)):
                new.append((s, e))
        base = n["start"]
        said = [w for a, b in old for w in words(n["text"][a:b])]
        right = [w for a, b in new for w in words(n["text"][a:b])]
        changed = {w.norm for w in said if number_value(w.text) is not None} - {
            w.norm for w in right
        }
        # A name or day the right text replaces with another (`John Smith` / `Jane Smith`), not
        # one it calls `him`.
        if _names(right) - _names(said):
            changed |= _names(said) - _names(right)
        out.append(
            {
                "start": n["start"],
                "end": n["end"],
                "old": [(base + a, base + b) for a, b in old],
                "new": [(base + a, base + b) for a, b in new],
                "changed": changed,
            }
        )
    return out


def _names(ws: list[Any]) -> set[str]:
    """Capitalised content words (names, days, months) that do not open their text."""
    return {w.norm for w in ws[1:] if w.text[:1].isupper() and content_keys([w])} - _ABOUT_WORDS


def superseded(
    text: str, start: int, end: int, found: list[dict[str, Any]]
) -> dict[str, Any] | None:
    """The sentence `text[start:end]`, outside the notices, says what a correction
    (`amendments`) says was wrong: it holds a word the correction replaced and shares another
    content word with the notice's wrong or right text (`Dresler was sentenced to six years`
    under `An earlier version said Dresler had been sentenced to six years`). A replaced
    number must count the same thing in both (`12 people`, not `12 patients`) and a notice
    with no right text replaces nothing: a true body sentence that merely shares the wrong
    figure (`Another 12 people were taken to hospital`) stays. The report no longer says it:
    the correction that says so, else None."""
    mine = words(text[start:end])
    norms = {w.norm for w in mine}
    keys = set(content_keys(mine))
    for n in found:
        if n["start"] < end and start < n["end"] or not n["new"]:
            continue
        hit = norms & n["changed"]
        if not hit:
            continue
        old = [w for a, b in n["old"] for w in words(text[a:b])]
        figures = {w.norm for w in mine if number_value(w.text) is not None}
        new = [w for a, b in n["new"] for w in words(text[a:b])]
        hit -= figures - _same_units(mine, old, new)
        if not hit:
            continue
        said = {k for a, b in n["old"] + n["new"] for k in content_keys(words(text[a:b]))}
        if (keys & said) - hit - _ABOUT_WORDS:
            return n
    return None


def _same_units(mine: list[Any], old: list[Any], new: list[Any] | None = None) -> set[str]:
    """The numbers both word lists follow with the same word (`12 people` in both), or
    end with, where the sentence also holds the content word the wrong text puts before the
    number (`killed` in `the fire killed 12 people`): what each number counts, and what
    happened to it, must agree before one replaces the other (`Another 12 people were taken
    to hospital` is no `killed 12 people`). A wrong figure with nothing after it (`killed 14
    people, not 12`) counts what the sentence's figure counts; the notice's own words
    (`said`, `gave`) are no verb; and the right text (`new`) may show the verb instead (`gave
    the toll as 12 people. The fire killed 14 people.`)."""
    stems = {w.stem for w in mine}

    def unit(ws: list[Any], i: int) -> str:
        return ws[i + 1].norm if i + 1 < len(ws) and number_value(ws[i + 1].text) is None else ""

    def verb_in_mine(ws: list[Any], i: int, after: bool = False) -> bool | None:
        """Whether the sentence holds the content word before figure i (None: there is none);
        `after`: else the first one after the figure's unit (`Fourteen people were killed`)."""
        said = [w for w in reversed(ws[:i]) if content_keys([w]) and w.norm not in _ABOUT_WORDS]
        if not said and after:
            said = [w for w in ws[i + 2 :] if content_keys([w]) and w.norm not in _ABOUT_WORDS]
        return None if not said else said[0].stem in stems

    told = {(w.norm, unit(mine, i)) for i, w in enumerate(mine) if number_value(w.text) is not None}
    right = {
        unit(new, i)
        for i, w in enumerate(new or [])
        if number_value(w.text) is not None and verb_in_mine(new, i, after=True)
    }
    out = set()
    for i, w in enumerate(old):
        if number_value(w.text) is None:
            continue
        u = unit(old, i)
        same = (w.norm, u) in told if u else any(n == w.norm for n, _ in told)
        verb = verb_in_mine(old, i)
        # a bare wrong figure (`, not 12`) says nothing of what it counted: the right text must
        if same and (verb or (verb is None and u) or (u in right if u else bool(right))):
            out.add(w.norm)
    return out

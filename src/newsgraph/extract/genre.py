"""Whether a piece says it is its author's view rather than a report.

The story title (group) and the dossier's claims (compare) both need to know: a column's
headline should not title a story, and its sentences are arguments, not claims of fact."""

from __future__ import annotations

import re
from collections.abc import Iterable

from newsgraph.records import Removal

#: A headline label that says the piece is a view, not a report (`Opinion: ...`, `Comment |
#: ...`, `Analysis - ...`, `Editorial: ...`, `Column: ...`); a hyphen counts only with a
#: space after it, so `Comment-free zone` is no label.
_VIEW_LABEL = re.compile(
    r"^\s*(?P<g>opinion|comment|commentary|column|op-?ed|editorial|analysis|viewpoint)"
    r"\s*(?:[:|\u2013\u2014]|-\s)",
    re.IGNORECASE,
)


def view_label(title: str | None) -> str | None:
    """The headline's view label in lower case (`opinion`, `analysis`, ...), else None."""
    m = _VIEW_LABEL.match(title or "")
    return m["g"].lower() if m else None


def section_view(removals: Iterable[Removal]) -> str | None:
    """The view label of the section line a text prints over its headline (`Opinion` under the
    masthead, removed as `metadata: section` by the text cleaner), else None: a plain-text
    column has no headline label, its section line says what it is."""
    for r in removals:
        if r.reason == "metadata: section" and (m := _SECTION_VIEW.fullmatch(r.text.strip())):
            return m["g"].lower()
    return None


_SECTION_VIEW = re.compile(
    r"(?P<g>opinion|comment|commentary|column|op-?ed|editorial|analysis|viewpoint)s?",
    re.IGNORECASE,
)


#: A chamber's record of its debates (`Official Report (Hansard)`, `Verbatim record`): printed
#: under the chamber's name as a release's label under its issuer.
_TRANSCRIPT = (
    r"(?:official|verbatim)\s+(?:report|record)(?:\s*\((?:hansard|debates)\))?|"
    r"(?:daily\s+)?hansard|parliamentary\s+debates|record\s+of\s+proceedings"
)
_TRANSCRIPT_LABEL = re.compile(_TRANSCRIPT, re.IGNORECASE)


#: A situation report's or bulletin's label, its subject before it (`Cholera Outbreak Situation
#: Report`, `Flood Flash Update`, `Weekly Epidemiological Bulletin`): an agency's numbered
#: report series, printed under its issuer's name as a release's label is. The subject is up to
#: three words none of them a function word (`Deaths Double In Latest Situation Report` is a
#: headline); a bare `Weekly Update` / `Daily Bulletin` takes none (`Markets Rally After Weekly
#: Update` is a headline, `Kessel Daily Bulletin` a paper).
_BULLETIN = (
    r"(?:(?:[^\W\d_][\w'’-]*\s+){0,3}"
    r"(?:(?:daily|weekly|monthly)\s+)?(?:situation\s+(?:report|update)|sitrep|flash\s+update"
    r"|epidemiological\s+(?:bulletin|update))|(?:daily|weekly|monthly)\s+(?:bulletin|update))"
)
_BULLETIN_LABEL = re.compile(_BULLETIN, re.IGNORECASE)
#: A line that only says what kind of document follows (`PRESS RELEASE`, `News release`,
#: `PRESS RELEASE - FOR IMMEDIATE RELEASE`, `Media advisory`, `Statement`, a numbered notice:
#: `NOTICE No. 2026/4`): an institution's
#: release prints it over its text, where a scraped article prints its byline, so it must never
#: be read as an author's name.
_DOCUMENT_LABEL = re.compile(
    r"(?:press|news|media)\s+(?:release|statement|advisory|notice)|"
    r"(?:regulatory|company|(?:stock\s+)?exchange)\s+(?:announcement|release|news|filing)|"
    r"(?:for\s+immediate|immediate)\s+release|(?:official\s+)?statement|communiqu[eé]|"
    rf"press\s+communiqu[eé]|media\s+alert|{_TRANSCRIPT}|{_BULLETIN}",
    re.IGNORECASE,
)
#: A numbered notice's label (`NOTICE No. 2026/4`, `Public Notice No 12`): its number may hold
#: the separators the other labels are split on.
_NUMBERED_NOTICE = re.compile(
    r"(?:(?:public|official|government)\s+)?(?P<g>notice)\s+no\.?\s*\d[\w/.-]*", re.IGNORECASE
)
_LABEL_SEPARATOR = re.compile(r"\s*(?:[|/:•·]|\s[-–—]\s)\s*")


#: A label's serial number after it (`Press Statement No. 41/2026`, `News Release no. 12`,
#: `Statement #7`): the issuer numbers its documents, the label stays one.
_LABEL_NUMBER = re.compile(r"(?i)\s+(?:no\.?|nr\.?|number|#)\s*\d[\w/.-]*$")


def _label_words(part: str) -> bool:
    """Whether a label's words are a label's: a series label's subject (`_BULLETIN`) holds no
    function word of a headline's (`_HEADLINE_WORDS`: `after`, `in`, `latest`); a subject's own
    words stay (`East Side`, `Top End`, `Front Line`, `Whole of Government`)."""
    if not _BULLETIN_LABEL.fullmatch(part):
        return True
    return not any(w.lower() in _HEADLINE_WORDS for w in part.split())


#: Words a headline's clause holds and no label's subject does: prepositions, verbs of being,
#: pronouns and `latest`/`new`. A short list of its own, not spaCy's stop words, which hold
#: nouns of places' and programmes' names (`side`, `top`, `front`, `back`, `whole`); `of`,
#: `and`, `the` join a subject's own name (`Horn of Africa`, `Floods and Landslides`).
_HEADLINE_WORDS = frozenset(
    "in on at after before amid as by for from into over to with without against "
    "is are was were be been has have had will would can could may might "
    "it its he she they we you their his her this that these those "
    "latest new first final".split()
)


def document_label(line: str | None) -> str | None:
    """The document kind a label line names, in lower case (`press release`, `statement`), when
    the line is nothing but such labels joined by separators (`PRESS RELEASE - FOR IMMEDIATE
    RELEASE` gives `press release`), with or without its number (`Press Statement No. 41/2026`);
    else None. A sentence that mentions a press release is no label."""
    s = " ".join((line or "").split())
    if not s or len(s) > 80:
        return None
    if notice := _NUMBERED_NOTICE.fullmatch(s):
        return notice["g"].lower()
    s = _LABEL_NUMBER.sub("", s)
    parts = [p for p in _LABEL_SEPARATOR.split(s) if p]
    if not parts or not all(_DOCUMENT_LABEL.fullmatch(p) and _label_words(p) for p in parts):
        return None
    return " ".join(parts[0].lower().split())


def transcript_label(line: str | None) -> bool:
    """Whether a label line names a chamber's record of its debates (`document_label`): such a
    record has speakers, never a byline, and its head lines are the order paper's headings."""
    label = document_label(line)
    return label is not None and _TRANSCRIPT_LABEL.fullmatch(label) is not None


#: The label a wire or a site puts before a one-line alert or its headline (`BREAKING:`,
#: `Just in -`, `FLASH |`, `Developing:`): it says how urgent the report is, not what it reports.
#: The label ends at a colon, an em dash, or a hyphen, en dash or bar with a space either side
#: (`URGENT -`): a hyphen joined to the next word makes a compound (`Flash-flood warning`).
ALERT_LABEL = re.compile(
    r"(?P<label>breaking(?:\s+news)?|urgent|flash|alert|just\s+in|developing)"
    r"(?:\s*[:—]\s*|\s+[\-–|]\s+)(?=\S)",
    re.IGNORECASE,
)
#: The fewest words a headline keeps after its alert label (`Breaking: Live` keeps the label).
ALERT_HEADLINE_WORDS = 3
#: The words of a wire's slug (Reuters style) before its headline: what kind of piece it is or
#: which version (`FACTBOX`, `EXCLUSIVE`, `UPDATE 2`, `REFILE`), never what it reports.
WIRE_SLUG_WORDS = frozenset(
    "factbox exclusive update analysis insight explainer timeline wrapup refile rpt corrected "
    "correction interview preview column breakingviews feature focus poll graphic quotebox "
    "scenarios".split()
)
#: A wire's slug joined to its headline by a hyphen without a space (`FACTBOX-Key facts about
#: X`, `UPDATE 2-Talks resume`, `REFILE-UPDATE 1-…`): slug words in capitals, a version number
#: after one, and a capital or a quotation mark opening the headline. Shape alone would take
#: `US-China talks`, so the words are the slugs' (`WIRE_SLUG_WORDS`); and a headline all in
#: capitals (`FEATURE-LENGTH FILM WINS`, `POLL-TAX RIOTS`) has no slug, only a hyphenated word.
_WIRE_SLUG = re.compile(r'[A-Z]+(?:\s[A-Z]+)?(?:\s\d{1,2})?-(?=["“‘]?[A-Z])')


def _wire_slug(title: str) -> int:
    """Where a headline's wire slugs end (`_WIRE_SLUG`, each of its words a slug's word:
    `REFILE-UPDATE 1-` in `REFILE-UPDATE 1-Talks resume`, `EXCLUSIVE-` in `EXCLUSIVE-US-China
    talks …`); 0 when it opens with none, or when no lower-case letter follows (an all-caps
    headline's hyphenated first word)."""
    end = 0
    while (m := _WIRE_SLUG.match(title, end)) and all(
        w.lower() in WIRE_SLUG_WORDS for w in re.findall(r"[A-Z]+", m.group())
    ):
        end = m.end()
    return end if any(c.islower() for c in title[end:]) else 0


def alert_label(title: str | None) -> tuple[str | None, str | None]:
    """(the alert label, the headline after it) of a headline that opens with one (`BREAKING:
    Quake strikes Velmora` gives `BREAKING`, `Quake strikes Velmora`), or with a wire's slug
    (`FACTBOX-Key facts about X` gives `FACTBOX`, `UPDATE 2-Talks resume` `UPDATE 2`), else
    (None, `title`): the label is the wire's, and a story titled by the alert reads as the
    event's headline."""
    stripped = (title or "").strip()
    if end := _wire_slug(stripped):
        rest = stripped[end:]
        if len(rest.split()) >= ALERT_HEADLINE_WORDS:
            return stripped[: end - 1], rest
        return None, title
    m = ALERT_LABEL.match(stripped)
    if m is None:
        return None, title
    rest = title.strip()[m.end() :]
    if len(rest.split()) < ALERT_HEADLINE_WORDS:
        return None, title
    return " ".join(m["label"].split()), rest

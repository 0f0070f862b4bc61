"""Shapes of text lines that more than one stage recognises, kept once so the stages agree.

A stage imports this module as it imports `records.py` or `wordlists.py`: patterns only, no
behaviour.
"""

from __future__ import annotations

import re

#: A label line with a value of at most four words and no final stop (`Rating: False`,
#: `Status: Mostly true`): a line of its own, never the opening of the next sentence. The
#: analysis' sentence splitter and the dossier's claim splitter both end a sentence after it.
LABEL_LINE = re.compile(
    r"^[^\S\n]*[A-Z][\w'’-]*(?: [\w'’-]+){0,2}:[^\S\n]+\S+(?:[^\S\n]\S+){0,3}(?<![.!?:;,\"”’])$"
)

#: A clock time (`23:15`, `9.05am`, `11:30 GMT`): groups its minutes, `a`/`p` of am/pm.
_TIME = r"(?:[01]?\d|2[0-3])[:.]([0-5]\d)(?:\s?([ap])\.?m\.?)?(?:\s[a-z]{2,5})?"
#: A text that is only a clock time (a block of a page, a line): live blog entries open with one.
CLOCK_TIME = re.compile(rf"(?i)^{_TIME}$")
#: A line that is only a clock time: groups 1 the time as written, 2 its minutes, 3 `a`/`p`
#: of am/pm.
CLOCK_LINE = re.compile(rf"(?im)^[ \t]*({_TIME})[ \t]*$")
#: A live entry's time: a clock line followed, after blank lines, by a line of the entry's
#: words (its heading or first paragraph, which may open with a number: `200 people were
#: moved`), not by another time or the end of the text: a list of times (`Sailings leave at:
#: 07:30, 12:15, 18:45`, one a line) opens no entries.
ENTRY_TIME_LINE = re.compile(CLOCK_LINE.pattern + rf"(?=[ \t]*(?:\n[ \t]*)+(?!{_TIME}[ \t]*$)\S)")

#: An official document's symbol (`S/RES/2719`, `S/PV.9412`, `S/2031/512`, `SC/16031`,
#: `A/78/L.5`): one to three capitals, a slash, then letter and number parts, at least one a
#: number; not `AC/DC` (no number) nor `9/11` (no capitals first).
DOCUMENT_SYMBOL = re.compile(r"(?<![\w/])[A-Z]{1,3}/(?:[A-Z]{1,5}[./])*\d+(?:[./][A-Z]?\d+)*\b")
#: A meeting's number as an official record heads it (`9412th Meeting (AM)`, `45th plenary
#: meeting`, `12th Meeting (PM)`): a body's running count of three digits or more, a plenary,
#: or a sitting marked `(AM)`/`(PM)`; not a news headline's `hold 2nd meeting in Geneva`.
MEETING_NUMBER = re.compile(
    r"(?i)\b(?:\d{3,}(?:st|nd|rd|th)\s+(?:plenary\s+)?meetings?\b"
    r"|\d+(?:st|nd|rd|th)\s+plenary\s+meetings?\b"
    r"|\d+(?:st|nd|rd|th)\s+meetings?\s*\((?:AM|PM)\b)"
)

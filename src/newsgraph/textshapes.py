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

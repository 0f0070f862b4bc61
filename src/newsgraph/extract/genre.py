"""Whether a piece says it is its author's view rather than a report.

The story title (group) and the dossier's claims (compare) both need to know: a column's
headline should not title a story, and its sentences are arguments, not claims of fact."""

from __future__ import annotations

import re

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

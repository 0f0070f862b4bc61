"""A live update opening a paragraph (`UPDATE 14:05: The toll rose to 11 …`) is article text
wherever it stands in the body: the cleaner keeps it whole, time included, for the notice
finder downstream. Text written for these tests."""

from __future__ import annotations

import pytest
from extract_support import PARAS

from newsgraph.extract.textclean import clean_text

HEAD = "Home\nWorld\nStorm death toll rises on the coast\n\nBy Ana Lind\n\n"
FOOT = "\n\nShare\nMost read\n"
LONG = (
    "UPDATE 14:05: The toll rose to 11 after rescuers found two more bodies in a flooded "
    "village near the river mouth, the regional governor said."
)
SHORT = "UPDATE 14:05: The toll rose to 11."


@pytest.mark.parametrize("update", [LONG, SHORT], ids=["long", "short"])
@pytest.mark.parametrize("at", [0, 2, len(PARAS)], ids=["first", "middle", "last"])
def test_an_update_paragraph_is_kept_whole(update, at):
    paras = [*PARAS[:at], update, *PARAS[at:]]
    text = clean_text(HEAD + "\n\n".join(paras) + FOOT).text
    assert update in text.split("\n\n")
    assert "Most read" not in text

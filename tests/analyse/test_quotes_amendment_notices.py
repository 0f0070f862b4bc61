"""An amendment notice's account of the page's old words (`An earlier caption said …`, `An
earlier version said …`) is no quote: the page speaks of itself. Names invented."""

from __future__ import annotations

import pytest
from quote_support import quotes


@pytest.mark.parametrize(
    "notice",
    [
        "This article was amended on 3 May 2026. An earlier caption said the boats were in "
        "Holm; they were in Tarnby.",
        "Editor's note: An earlier version said the port would close.",
        "An earlier headline said the mayor had resigned.",
    ],
)
def test_the_pages_old_words_are_no_quote(nlp, notice):
    assert quotes(nlp, "The harbour flooded on Monday.\n\n" + notice) == []


def test_an_earlier_version_of_a_bill_still_speaks(nlp):
    text = "An earlier version of the bill said the port would close, the minister noted."
    assert quotes(nlp, text) != []

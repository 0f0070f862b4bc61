"""A title alone is never a speaker's name (review 22 finding 5's `Councillor Per Dahl`): a
capitalised title opening a name NER tags a work or an organisation, and a given name the
tagger takes for a preposition (`Per`), leave the person's name (`Per Dahl`), which the
surname alone then resolves to; `councillor`, `commissioner` and `treasurer` are titles like
`mayor`. Names invented."""

from __future__ import annotations

import pytest
from quote_support import only, quotes

from newsgraph.analyse.speakers import name_token


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("Councillor", "Per Dahl"),
        ("Treasurer", "Anja Vost"),
        ("Commissioner", "Ilse Mork"),
    ],
)
def test_a_title_before_a_name_is_no_part_of_it(nlp, title, name):
    text = (
        f'"The bridge is a waste of good money," {title} {name} said on Monday.\n\n'
        f"Later {name.split()[-1]} said the council would vote on it in March."
    )
    found = quotes(nlp, text)
    assert only(found, "waste of good money").speaker_name == name
    assert only(found, "the council would vote").speaker_name == name


def test_a_capitalised_link_word_is_no_given_name(nlp):
    doc = nlp("The Minister Of Finance and Councillor Per Dahl met.")
    words = {t.text: name_token(t) for t in doc}
    assert words["Of"] is False
    assert words["Per"] is True
    assert words["met"] is False

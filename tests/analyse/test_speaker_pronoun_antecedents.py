"""Who `he`, `she` and `the director` stand for, from the causes of a PolNeAR train sample's
misses, each on text written for it (names invented): a possessive inside a person's own
apposition (`X, her counterpart`) is no evidence of X's gender; `What grandfather wouldn't …`
and `the first lady` are no unnamed person who blocks a name; a no-break space inside a name
is no word of it, so the name keeps its first name and its title."""

from __future__ import annotations

import pytest
from quote_support import only, quotes

NBSP = "\u00a0"

CASES = [
    pytest.param(
        "When talk turned to the merger, Ana Ruiz argued with Mr. Brenn that any new deal "
        "would demand absolute secrecy. In the weeks after Brenn's pitch, she pushed the board "
        "to enlist advisers.\n\nOne big obstacle disappeared that spring when Tomas Okafor, her "
        "counterpart at the rival firm, called with an enticing offer. In a merger, he said, "
        "the brand would survive.",
        "the brand would survive",
        "Tomas Okafor",
        id="her_in_the_apposition_is_not_the_persons_gender",
    ),
    pytest.param(
        "Okafor may now feel that way himself as he winds down his campaign. He heads to the "
        "convention with a key speaking slot.\n\nWhat 74-year-old grandfather of seven "
        "wouldn't love that?\n\nI met with Okafor in his office two days after his endorsement "
        "of Ruiz. He's looking ahead to many more endorsements.\n\n\"What is absolutely "
        'imperative is that we keep the movement alive," he told me.',
        "keep the movement alive",
        "Okafor",
        id="a_rhetorical_what_grandfather_is_no_one",
    ),
    pytest.param(
        "LETTERS.\n\nIn all fairness, Ana Ruiz deserves praise for her speech at the "
        "convention. The first lady spoke from the heart about the values most of us hold "
        'dearly.\n\nHer most striking appeal came when she said, "Make no mistake about it, '
        'this November is about our children."',
        "this November is about our children",
        "Ana Ruiz",
        id="the_first_lady_is_a_title_not_an_unnamed_woman",
    ),
    pytest.param(
        f"Concerning the leaked files, Harbour Director Tomas{NBSP}Okafor stated Ruiz was "
        "careless.\n\nThe director further stated, while testifying before the council, that "
        "Ruiz was not truthful.\n\nTomas Okafor arrived. Mr. Okafor later testified that "
        "thousands of files were missing.",
        "Ruiz was not truthful",
        f"Tomas{NBSP}Okafor",
        id="a_no_break_space_in_a_name_keeps_its_title",
    ),
]


@pytest.mark.parametrize(("text", "fragment", "name"), CASES)
def test_speaker_name(nlp, text: str, fragment: str, name: str) -> None:
    assert only(quotes(nlp, text), fragment).speaker_name == name


def test_the_first_woman_to_do_something_is_still_someone_unnamed(nlp) -> None:
    text = (
        "Ana Ruiz opened the bridge on Monday. The first woman to cross it was a teacher "
        'from Portavel.\n\n"It is wonderful," she said.'
    )
    assert only(quotes(nlp, text), "It is wonderful").speaker_name is None

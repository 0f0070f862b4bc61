"""Code-review leftovers in the quotes and speakers area (texts and names invented): a
publication read by its readers (`a newsletter read by diplomats`) is no text read out, so
its readers are no speakers; a vox-pop label's bracketed number after a person's name is the
age (`Ana Ruiz (34):`), not a score; `the ministers` goes back to the nearest mention of that
noun that tells which group, not past it to an older one."""

from __future__ import annotations

import pytest
from quote_support import only, quotes


@pytest.mark.parametrize(
    "text",
    [
        "The talks have stalled, according to a newsletter read by diplomats in Holm.",
        "The talks have stalled, according to a blog widely read by officials in the ministry.",
        "The talks have stalled, according to a newsletter read by thousands of civil servants.",
    ],
)
def test_the_readers_of_a_publication_are_no_speakers(nlp, text: str) -> None:
    q = only(quotes(nlp, text), "The talks have stalled")
    assert q.speaker is not None and q.speaker.text.split()[-1] in ("newsletter", "blog")


def test_a_statement_read_out_is_still_the_readers(nlp) -> None:
    text = "The talks have stalled, according to a statement read by Ana Ruiz on the radio."
    assert only(quotes(nlp, text), "The talks have stalled").speaker_name == "Ana Ruiz"


def test_a_bracketed_age_after_a_name_keeps_the_label(nlp) -> None:
    text = (
        "We asked shoppers in Holm what they made of the rent rise.\n\n"
        "Ana Ruiz (34): We cannot afford the rent any more and we will have to move out of "
        "town.\n\n"
        "Tomas Brenn (71): My pension has not gone up in three years, and now this rise comes "
        "on top.\n"
    )
    found = quotes(nlp, text)
    assert only(found, "We cannot afford").speaker_name == "Ana Ruiz"
    assert only(found, "My pension").speaker_name == "Tomas Brenn"


@pytest.mark.parametrize(
    "middle",
    [
        "Two ministers from Tamberg were kept outside.",
        "Several ministers from Tamberg arrived late.",
        "The Tamberg ministers stayed away from the talks.",
    ],
)
def test_the_ministers_are_the_nearest_group_so_named(nlp, middle: str) -> None:
    text = (
        "The foreign ministers of Corvaine and Lisset met in Holm on Monday. "
        + middle
        + ' "We were not invited," the ministers said.'
    )
    name = only(quotes(nlp, text), "We were not invited").speaker_name
    assert name is None or "Corvaine" not in name

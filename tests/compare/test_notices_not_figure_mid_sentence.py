"""A correction that puts the wrong figure mid-sentence (`Nine people, not 7, were hurt`)
supersedes the body sentence it corrects; the words after `, not 7,` are the right text."""

import pytest
from claims_support import claim_texts as _claims

BODY = "A gas blast at the Orrin bakery injured 7 people on Saturday."
OTHER = "Fire crews from Pelt and Ossby cleared the street before the evening market opened."


@pytest.mark.parametrize(
    "notice",
    [
        "Correction: Nine people, not 7, were injured in the gas blast at the Orrin bakery.",
        "Correction: The gas blast injured nine people, not 7, at the Orrin bakery.",
    ],
)
def test_a_mid_sentence_wrong_figure_supersedes_the_body(notice):
    got = _claims(f"{BODY}\n\n{OTHER}\n\n{notice}")
    assert BODY not in got and OTHER in got, got


def test_a_body_sentence_of_another_count_stays():
    notice = "Correction: Nine people, not 7, were injured in the gas blast at the Orrin bakery."
    other = "The bakery's owner said 7 ovens had been destroyed in the blast on Saturday."
    got = _claims(f"{other}\n\n{OTHER}\n\n{notice}")
    assert other in got, got

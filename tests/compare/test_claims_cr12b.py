"""A correction drops only the body sentence it corrects (review 12b)."""

from newsgraph.compare.claims import split

FIRE = "A fire at the Portavel warehouse killed 21 people on Monday, the fire service said."
HOSPITAL = "Another 12 people were taken to hospital after the fire, officials said."


def _texts(text: str) -> list[str]:
    return [s.text for s in split([{"id": "a", "text": text}], {"a": "r"})]


def test_a_correction_with_no_right_text_drops_no_true_sentence():
    text = (
        f"{FIRE}\n\n{HOSPITAL}\n\n"
        "Correction: An earlier version of this article said the fire killed 12 people."
    )
    got = _texts(text)
    assert FIRE in got
    assert HOSPITAL in got


def test_a_corrected_figure_of_another_thing_drops_no_sentence():
    text = (
        f"{FIRE}\n\n{HOSPITAL}\n\n"
        "Correction: An earlier version of this article said the fire killed 12 firefighters. "
        "The fire killed 14 firefighters."
    )
    assert HOSPITAL in _texts(text)


def test_the_corrected_sentence_is_still_dropped():
    body = "The fire killed 12 firefighters at the Portavel warehouse on Monday."
    text = (
        f"{body}\n\n{HOSPITAL}\n\n"
        "Correction: An earlier version of this article said the fire killed 12 firefighters. "
        "The fire killed 14 firefighters."
    )
    got = _texts(text)
    assert body not in got
    assert HOSPITAL in got


def test_a_figure_of_another_happening_is_no_corrected_sentence():
    text = (
        f"{FIRE}\n\n{HOSPITAL}\n\n"
        "Correction: An earlier version of this article said the fire killed 12 people. "
        "The fire killed 21 people."
    )
    got = _texts(text)
    assert FIRE in got
    assert HOSPITAL in got

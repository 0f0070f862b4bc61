"""A correction's commonest forms supersede the body sentence they correct: `…, not 12.`, `An
earlier version said 12 people died. …`, `… gave the death toll as 12 people. …`; a true
sentence that only shares the wrong figure stays a claim. Text written for these tests."""

from __future__ import annotations

import pytest
from claims_support import claim_texts as claims

BODY = "A fire at the Kerrow warehouse killed 12 people on Monday."
OTHER = "Firefighters from three towns fought the blaze for six hours on Monday night."


@pytest.mark.parametrize(
    "notice",
    [
        "Correction: The fire at the Kerrow warehouse killed 14 people, not 12.",
        "Correction: An earlier version of this article said 12 people died in the fire. "
        "Fourteen people died.",
        "Correction: An earlier version of this article gave the death toll as 12 people. "
        "The fire killed 14 people.",
    ],
)
def test_the_corrected_body_sentence_is_no_claim(notice):
    got = claims(f"{BODY}\n\n{OTHER}\n\n{notice}")
    assert BODY not in got and OTHER in got


def test_a_true_sentence_sharing_the_wrong_figure_stays():
    hospital = "Another 12 people were taken to hospital with burns."
    notice = "Correction: The fire at the Kerrow warehouse killed 14 people, not 12."
    got = claims(f"{BODY}\n\n{hospital}\n\n{notice}")
    assert hospital in got and BODY not in got

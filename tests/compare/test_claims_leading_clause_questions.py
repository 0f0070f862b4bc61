"""Which sentences only ask (`claims.only_asks`): a question whose first clause only sets a
condition or a cause (`If the toll rises, and it will, who pays?`) states nothing before its
question, so it still only asks, as does one whose aside after a bracket or a dash asks
nothing (`Any refund for the toll (if you kept the receipt)?`); a main clause before the
question (`When the storm hit, the board closed the bridge, but who will pay for it?`) and a
question of its own after it (`…, but for how long?`) state."""

from __future__ import annotations

import pytest

from newsgraph.compare.claims import only_asks


@pytest.mark.parametrize(
    "line",
    [
        "If the toll rises, and it will, who pays for the repairs?",
        "Unless the board backs down, and soon, what will the dockers do?",
        "Though the bridge stays open - for now - how will nurses reach the hospital in June?",
        "Given that fares rose in June (as the board planned), how will families cope?",
        "So, although wages fell in Tarn, and rents rose, who is still buying flats there?",
        "When the storm hits, and it will, who pays for the repairs?",
        "When will the bridge reopen, and why only in June?",
        "Any chance of a refund for the toll you paid last winter (if you kept the receipt)?",
        "Refunds for every driver who paid the toll twice - as the board promised?",
    ],
)
def test_a_question_led_by_a_condition_only_asks(line: str) -> None:
    assert only_asks(line, 0, len(line))


@pytest.mark.parametrize(
    "line",
    [
        "After the vote, the board raised the toll to 12 euros, but who will pay it?",
        "Given the cost, the board raised the toll to 12 euros, but who will pay it?",
        "Once a fishing village, Tarn now charges a toll of 12 euros, but who will pay it?",
        "Once again the board raised the toll to 12 euros, but who will pay it?",
        "Because of the storm the board closed the bridge, but who will pay for the repairs?",
        "When the storm hit on Monday, the board closed the bridge, but who will pay for it?",
        "Where the river floods each spring, the board built a wall, but who will pay for it?",
        "The board raised the toll to 12 euros on Friday, but for how long?",
        "The board raised the toll to 12 euros on Friday, and when will it end?",
        "The board raised the toll to 12 euros, but who will pay it (if anyone)?",
    ],
)
def test_a_main_clause_before_the_question_still_states(line: str) -> None:
    assert not only_asks(line, 0, len(line))

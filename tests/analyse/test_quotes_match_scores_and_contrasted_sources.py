"""A match report's team lines (`Eastfold (3): …`) are no speaker's turns, a speaker's text
never keeps its label's colon, and an indirect quote ends before a `, while` / `, whereas`
clause in which a second source says or estimates something (names invented)."""

from __future__ import annotations

from quote_support import quotes


def test_a_team_line_with_its_score_is_no_quote(nlp) -> None:
    text = (
        "The valley league's round ended on Sunday.\n\n"
        "Eastfold (3): Marek scored twice before half-time. Lund added a third from the spot.\n\n"
        "Harlow (1): Pieter Jansen pulled one back late in the second half.\n\n"
        "Westmere (2-2): Both sides ended the group level after the final whistle.\n"
    )
    found = quotes(nlp, text)
    teams = ("Eastfold", "Harlow", "Westmere")
    assert not [q for q in found if q.speaker and q.speaker.text.startswith(teams)]
    assert all(not (q.speaker and q.speaker.text.endswith(":")) for q in found)


def test_a_named_label_line_is_still_a_quote(nlp) -> None:
    text = "Board meeting notes.\n\nAna Ruiz: We will reopen the quay before the storms arrive.\n"
    found = quotes(nlp, text)
    assert [(q.text, q.speaker.text) for q in found] == [
        ("We will reopen the quay before the storms arrive", "Ana Ruiz")
    ]


def test_a_speaker_text_keeps_no_colon_or_bracketed_note(nlp) -> None:
    text = "Quiz night results.\n\nAna Ruiz (2nd): We will be back next week to win it all.\n"
    found = quotes(nlp, text)
    assert [q.speaker.text for q in found] == ["Ana Ruiz"]


def test_a_figure_put_by_another_source_ends_the_quote(nlp) -> None:
    text = (
        "Tamberg's customs service said 280 trucks crossed, while Lavranian officials put the "
        "figure at more than 400."
    )
    found = quotes(nlp, text)
    assert [(q.text, q.speaker.text) for q in found] == [
        ("280 trucks crossed", "Tamberg's customs service")
    ]


def test_a_whereas_clause_with_its_own_speaker_is_a_second_quote(nlp) -> None:
    text = (
        "The ministry said 12 schools were shut, whereas local teachers said the number was "
        "closer to 30."
    )
    found = {q.speaker.text: q.text for q in quotes(nlp, text)}
    assert found["The ministry"] == "12 schools were shut"


def test_a_while_clause_without_a_source_stays_in_the_quote(nlp) -> None:
    text = "Ana Ruiz said harbour fees rose sharply, while wages stayed flat all year."
    found = quotes(nlp, text)
    assert [q.text for q in found] == [
        "harbour fees rose sharply, while wages stayed flat all year"
    ]


def test_an_estimate_by_another_source_ends_the_quote(nlp) -> None:
    text = "Police said the crowd numbered 2,000, while organisers estimated it at 10,000."
    found = {q.speaker.text: q.text for q in quotes(nlp, text)}
    assert found["Police"] == "the crowd numbered 2,000"

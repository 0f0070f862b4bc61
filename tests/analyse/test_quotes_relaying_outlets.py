"""The channel (`via`) of a reported statement is a second, later `reported` in its sentence,
never the cue itself: `TASS reported that …` is TASS's own report (no channel), and
`Reuters reported that …, TASS reported` is Reuters' report relayed by TASS. (The cue was
once compared with `is`, which never holds for spaCy tokens, so the cue counted as its own
trailing report.) Names invented."""

from __future__ import annotations

from quote_support import only, quotes


def test_an_outlets_own_report_has_no_channel(nlp):
    text = "TASS reported that the talks in Holm had failed after a week of meetings.\n"
    quote = only(quotes(nlp, text), "talks in Holm")
    assert quote.speaker.text == "TASS"
    assert quote.via is None


def test_a_trailing_report_is_the_channel_not_the_first_outlet(nlp):
    text = "Reuters reported that the minister would resign, TASS reported later.\n"
    quote = only(quotes(nlp, text), "minister would resign")
    assert quote.speaker.text == "Reuters"
    assert quote.via == "TASS"

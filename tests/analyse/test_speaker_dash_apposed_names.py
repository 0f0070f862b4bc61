"""A name set off before a description in dashes speaks, as with commas: `Ana Ruiz - Brenn's
partner - said` (hyphens, en or em dashes) is Ana Ruiz's, though the parse takes the
description for the subject; a dashed relative clause or an office before a dashed name is
left as it was."""

from quote_support import only, quotes

TEXT = (
    "The ferry crash killed Tomas Brenn on Monday.\n\n"
    "Ana Ruiz - Brenn's partner - said the ferry company had ignored warnings.\n\n"
    'Ana Ruiz \u2013 Brenn\u2019s partner \u2013 said: "Nobody listened to him."\n\n'
    "The minister - Olaf Brenner - said the company would be fined.\n"
)


def test_a_name_before_a_dashed_possessive_description_speaks(nlp):
    q = only(quotes(nlp, TEXT), "ferry company had ignored warnings")
    assert q.speaker_name == "Ana Ruiz" and q.speaker is not None
    assert q.speaker.text == "Ana Ruiz"


def test_en_dashes_and_a_colon_quote_too(nlp):
    q = only(quotes(nlp, TEXT), "Nobody listened to him")
    assert q.kind == "direct" and q.speaker_name == "Ana Ruiz"


def test_an_office_before_a_dashed_name_keeps_the_name(nlp):
    assert only(quotes(nlp, TEXT), "would be fined").speaker_name == "Olaf Brenner"

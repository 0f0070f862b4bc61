"""A quotation paragraph credited only by the next paragraph (`That was how the mayor,
Ida Semmel, described the project`) is that speaker's, not the speaker of the paragraph
before it; the crediting sentence is no quote of its own."""

from quote_support import only, quotes

TEXT = (
    "Tolvane opens new pier after two years\n\n"
    "The new pier at Tolvane opened on Monday, the harbour office said. The harbour master, "
    "Gunnar Aske, said the first ferry would dock on Friday.\n\n"
    '"The pier will carry this town for a hundred years, and we will pay it off in ten."\n\n'
    "That was how the mayor, Ida Semmel, described the project to reporters at the opening.\n\n"
    "Work on the south quay will finish in March.\n"
)

DESCRIBED = (
    "Tolvane opens new pier after two years\n\n"
    "The harbour master, Gunnar Aske, said the first ferry would dock on Friday.\n\n"
    '"We argued about every plank of it for a year."\n\n'
    "That is how a councillor who sat on the pier committee, Maren Holt, put it on Monday.\n"
)


def test_the_next_paragraph_names_the_speaker(nlp):
    q = only(quotes(nlp, TEXT), "carry this town for a hundred years")
    assert q.speaker_name == "Ida Semmel"


def test_the_crediting_sentence_is_no_quote(nlp):
    assert not any("project to reporters" in q.text for q in quotes(nlp, TEXT))


def test_a_name_set_off_after_a_description_speaks(nlp):
    found = quotes(nlp, DESCRIBED)
    assert only(found, "every plank").speaker_name == "Maren Holt"
    assert only(found, "first ferry would dock").speaker_name == "Gunnar Aske"

"""Name resolution of speakers (`speakers.SpeakerResolver`): each rule on text written for it
(the errors were read on PolNeAR train 1-200 only; see docs/quotes.md "Name resolution")."""

from __future__ import annotations

import pytest
from quote_support import INTRO, only
from quote_support import quotes as _quotes

from newsgraph.analyse.speakers import SpeakerResolver


def quotes(nlp, body: str):
    return _quotes(nlp, INTRO + body)


# -- he/she: the salient person, not blindly the last speaker ------------------------------------


# -- name strings --------------------------------------------------------------------------------


def test_headline_verbs_are_not_part_of_a_name(nlp):
    doc = nlp(
        "Karl Vesper Tweets A Misleading Chart About Port Jobs\n\n"
        "Vesper said on Monday the chart was right."
    )
    names = {p.name for p in SpeakerResolver(doc).people}
    assert "Karl Vesper" in names
    assert not any("Tweets" in n for n in names)


def test_a_name_never_runs_across_a_line_break(nlp):
    doc = nlp(
        "The debate ended with Tomas Brenn\n"
        "MANCHESTER, N.H. (AP) - The harbour master said the port would reopen."
    )
    names = [p.name for p in SpeakerResolver(doc).people]
    assert "Tomas Brenn" in names
    assert not any("\n" in n for n in names)


def test_the_tail_of_a_hyphenated_name_is_no_person(nlp):
    doc = nlp("The Brenn-Karl Vesper Harbour Act was passed on Monday, the council said.")
    assert not any(p.name.startswith("Karl") for p in SpeakerResolver(doc).people)


# -- descriptions and organisations ------------------------------------------------------------


def test_an_unnamed_person_modified_by_a_name_is_not_that_person(nlp):
    found = quotes(
        nlp,
        "Hillary Rand's right-hand woman rallied supporters, saying the harbour would reopen "
        "in the spring.",
    )
    q = only(found, "reopen")
    assert q.speaker is not None and "woman" in q.speaker.text
    assert q.speaker_name is None


def test_a_campaign_modified_by_a_name_is_an_organisation(nlp):
    found = quotes(nlp, "Ana Ruiz's campaign said the harbour would reopen in the spring.")
    name = only(found, "reopen in the spring").speaker_name
    assert name is not None and "campaign" in name and "Ruiz" in name


# -- round 2: organisations, groups, descriptions, name strings ---------------------------------


def _resolve_word(nlp, text: str, word: str, nth: int = -1) -> str | None:
    """Resolve the `nth` token `word` of `text` as a speaker mention, in reading order."""
    doc = nlp(text)
    resolver = SpeakerResolver(doc)
    tok = [t for t in doc if t.text == word][nth]
    return resolver.resolve(doc[tok.left_edge.i : tok.right_edge.i + 1])


def test_the_editorial_board_is_the_newspaper_it_belongs_to(nlp):
    found = quotes(
        nlp,
        "A harsh verdict came from the Portavel Herald editorial board on Wednesday. "
        "The harbour plan is a failure, the editorial board writes.",
    )
    name = only(found, "harbour plan is a failure").speaker_name
    assert name == "Portavel Herald editorial board"


def test_it_in_a_relative_clause_is_the_organisation_the_clause_modifies(nlp):
    text = (
        "The money went to a company called Norvik Data, which builds what it calls "
        "harbour profiles of voters."
    )
    assert _resolve_word(nlp, text, "it") == "Norvik Data"


def test_a_headline_verb_before_a_name_is_not_part_of_it(nlp):
    doc = nlp(
        "Harbour Workers Rip Karl Vesper Over Port Closure Plan\n\n"
        "Workers in Portavel criticised the plan on Monday. Vesper said the port would close."
    )
    names = {p.name for p in SpeakerResolver(doc).people}
    assert not any(n.startswith("Rip") for n in names)


def test_a_headline_verb_is_not_put_back_before_a_name_the_text_gives(nlp):
    doc = nlp(
        "Harbour Workers Rip Karl Vesper Over Port Closure Plan\n\n"
        "Workers in Portavel criticised the plan on Monday. Karl Vesper said the port would close."
    )
    names = {p.name for p in SpeakerResolver(doc).people}
    assert "Karl Vesper" in names
    assert not any(n.startswith("Rip") for n in names)


def test_a_sentence_opening_adverb_is_not_part_of_a_name(nlp):
    doc = nlp("Even Tomas Brenn agrees the harbour must close. Brenn said so on Monday.")
    names = {p.name for p in SpeakerResolver(doc).people}
    assert "Tomas Brenn" in names
    assert not any(n.startswith("Even") for n in names)


#: (text, words of the quote, the speaker's name or None): one rule each, ids say which.
NAMED = [
    pytest.param(
        '"The cranes are safe," Karl Vesper said on Monday.\n\n'
        "Tomas Brenn is drawing sharp contrasts with Karl Vesper. "
        "He said the cranes had not been inspected since the storm.",
        "cranes had not",
        "Tomas Brenn",
        id="pronoun_takes_the_subject_of_the_sentence_before_not_the_last_speaker",
    ),
    pytest.param(
        "Family spokesman Piet Amal says Dorin Vale was accompanied by his brother. "
        "He says the boat was taken to the northern harbour.",
        "northern harbour",
        "Piet Amal",
        id="pronoun_prefers_the_main_clause_subject_to_a_reported_subject",
    ),
    pytest.param(
        "Tomas Brenn spoke to dock workers on Monday.\n\n"
        '"Karl Vesper will never rebuild this port," he said.',
        "never rebuild",
        "Tomas Brenn",
        id="pronoun_skips_people_named_inside_a_quotation",
    ),
    pytest.param(
        "Marta Solen threw her support behind the harbour plan on Monday. "
        "Jon Ives criticised his rivals for delaying it. "
        '"It is the only plan we have," she said.',
        "only plan",
        "Marta Solen",
        id="gender_the_article_shows_decides_between_two_people",
    ),
    pytest.param(
        "Tomas Brenn said the storm had cost the town a year.\n\n"
        '"We lost the cranes. We lost the sheds. We lost the nets. We lost the boats. '
        'We lost the winter catch," Brenn said. "Nobody came."\n\n'
        "Karl Vesper, the mayor's deputy, was in the capital on Monday.\n\n"
        "Brenn walked along the broken pier. He said the town would rebuild it alone.",
        "rebuild it alone",
        "Tomas Brenn",
        id="a_quote_between_keeps_the_speaker_near",
    ),
    pytest.param(
        "The Portavel Fishermen Union launched a radio advertisement on Saturday. "
        "It says the mayor has ignored the harbour for ten years.",
        "ignored the harbour",
        "Portavel Fishermen Union",
        id="it_is_the_organisation_subject_of_the_sentence_before",
    ),
    pytest.param(
        "The Velorian Port Board met in Portavel on Monday to review the damage. "
        '"The northern pier cannot be saved," the board said.',
        "northern pier",
        "Velorian Port Board",
        id="an_institution_noun_is_the_organisation_of_that_kind_named_before",
    ),
    pytest.param(
        "Norvik Holdings Inc. closed two refineries in the north last year. "
        "Workers were moved to the southern plants. "
        "The company said it would not reopen the refineries.",
        "not reopen",
        "Norvik Holdings Inc.",
        id="the_company_is_the_organisation_subject_just_before_whatever_its_name",
    ),
    pytest.param(
        "Tomas Brenn visited the refinery on Monday. "
        "The company said it would not reopen the refinery.",
        "not reopen",
        None,
        id="the_company_is_not_a_person_the_parse_calls_an_organisation",
    ),
    pytest.param(
        "Norvik Oil closed two refineries in the north last year. "
        "One company said it would not reopen its refineries.",
        "not reopen",
        None,
        id="an_indefinite_institution_noun_names_no_organisation",
    ),
    pytest.param(
        "The International Harbour Fund lends to port towns.\n\n"
        "The IHF lent Portavel 40 million last year, the mayor said. Fishermen hope for more. "
        "Boats are idle. Nets are torn. The town council met on Monday. Ana Ruiz spoke. "
        "The fund said on Tuesday that it would not lend more this year.",
        "not lend more",
        "IHF",
        id="the_fund_is_the_organisation_whose_initials_hold_fund",
    ),
    pytest.param(
        "Ana Ruiz's campaign quickly put out a statement on Monday. "
        'In the statement, it said, "the harbour will reopen."',
        "harbour will reopen",
        "Ana Ruiz's campaign",
        id="it_is_a_campaign_a_name_modifies_subject_of_the_sentence_before",
    ),
    pytest.param(
        "Ana Ruiz and Tom Vey studied the harbour towns for a decade. "
        "The fishing jobs never came back, they wrote.",
        "never came back",
        "Ana Ruiz and Tom Vey",
        id="they_are_the_people_joined_by_and_subject_of_the_sentence_before",
    ),
    pytest.param(
        "The Velorian Port Board said on Monday that the pier would close.\n\n"
        "Fishermen were angry. The closure would cost the town its winter catch, they said.",
        "winter catch",
        None,
        id="they_is_not_a_single_organisation",
    ),
    pytest.param(
        "Norland businessman Tom Vey bought the harbour in May. "
        "Ana Ruiz criticised the sale. "
        "The port will make money again, the Norland businessman said.",
        "make money again",
        "Tom Vey",
        id="a_description_is_the_person_introduced_with_it",
    ),
    pytest.param(
        "Ana Ruiz bought the harbour in May. "
        "The port will never make money, a Norland businessman said.",
        "never make money",
        None,
        id="a_description_nobody_was_introduced_with_is_no_name",
    ),
]


@pytest.mark.parametrize(("text", "quote", "name"), NAMED)
def test_speaker_name(nlp, text, quote, name):
    assert only(quotes(nlp, text), quote).speaker_name == name

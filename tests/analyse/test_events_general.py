"""Events, round 3: general mechanisms (sentences written for these tests; real countries)."""

from newsgraph.analyse.plover import cameo_nouns

PUBLISHED = "2031-03-13"  # a Thursday


def _countries(actors):
    return {a[2] for a in actors}


def test_cameo_event_nouns_come_from_light_verb_patterns():
    # read off the dictionary (`HOLD * TALKS`, `IMPOSE * SANCTIONS`, `ISSUE * WARNING`)
    assert cameo_nouns()["talks"].startswith("04")
    assert cameo_nouns()["sanctions"].startswith("16")
    assert cameo_nouns()["warning"].startswith("13")
    assert not {"back", "inside", "hand"} & set(cameo_nouns())


def test_any_light_verb_does_a_cameo_event_noun(events):
    found = events("Mongolian officials voiced outrage at the decision of the Kazakh government.")
    assert [e.type for e in found] == ["accuse"]
    found = events("The Peruvian navy conducted an incursion into Ecuadorian waters on Monday.")
    assert found and found[0].type == "assault"


def test_an_actor_with_no_country_takes_the_country_the_sentence_names(events):
    found = events("The exiles rejected the new constitution, a Belarusian newspaper reported.")
    assert found and found[0].type == "reject"
    assert _countries(found[0].actors) == {"BLR"}
    # not one named as the target's
    found = events("The exiles rejected the new constitution of Belarus on Tuesday.")
    assert found and _countries(found[0].actors) == {None}


def test_international_organisations_take_no_sentence_country(events):
    found = events("The United Nations condemned the shelling of villages in Yemen on Monday.")
    assert found and found[0].type == "accuse"
    assert _countries(found[0].actors) == {None} or not _countries(found[0].actors) - {"UNO"}


def test_no_target_is_invented_from_a_country_the_sentence_names(events):
    # Lithuania is where the bribing happened, not whom Poland accused: a participant the
    # text does not name is not added, even though event coders often would.
    found = events("Polish officials accused the smugglers of bribing guards in Lithuania.")
    e = next(e for e in found if e.type == "accuse")
    assert _countries(e.actors) == {"POL"}
    assert "LTU" not in _countries(e.targets)


def test_no_sentence_target_for_meetings_and_protests(events):
    found = events("Chilean President Maria Velasquez met reporters in Lima on Thursday.")
    e = next(e for e in found if e.type == "consult")
    assert "PER" not in _countries(e.targets)


def test_engaged_in_is_what_its_subject_does(events):
    found = events("Armenian troops were engaged in heavy fighting near the border on Monday.")
    e = next(e for e in found if e.type == "assault")
    assert _countries(e.actors) == {"ARM"}
    assert "ARM" not in _countries(e.targets)


def test_a_light_verb_pattern_noun_carries_the_participants(events):
    found = events("Thai officials held consultations with Malaysian diplomats on Monday.")
    e = next(e for e in found if e.type == "consult")
    assert _countries(e.actors) == {"THA"} and _countries(e.targets) == {"MYS"}


def test_sentence_countries_do_not_keep_two_mentions_of_one_event_apart(events):
    found = events(
        "Polish police arrested three smugglers on Monday. Police arrested the smugglers near "
        "the Lithuanian border, officials said."
    )
    arrests = [e for e in found if e.type == "coerce"]
    assert len(arrests) == 1 and len(arrests[0].mentions) == 2
    assert _countries(arrests[0].actors) == {"POL"}


def test_harm_by_a_force_of_nature_is_no_event(events):
    # a dateline misread as the subject, the quake its apposition; a relative pronoun
    # standing for the storm; a passive toll with no agent in a text that tells of a flood
    text = (
        "VARNEK, Osteria — A powerful earthquake struck the hill town of Varnek on Monday, "
        "killing at least nine people. At least 20 people died in the storm that flattened "
        "the harbour district."
    )
    assert [e.type for e in events(text)] == []
    text = "Floods swept the valley on Monday. Officials said 600 people had been injured."
    assert [e.type for e in events(text)] == []
    text = "A boy was found alive 40 hours after the storm. Officials said 90 people were hurt."
    assert [e.type for e in events(text)] == []
    # a human agent's killing stays an assault, and so does a toll in clashes
    assert [e.type for e in events("Soldiers shot the protesters, killing four.")] == ["assault"]
    found = events("Police said 600 people had been injured in the clashes.")
    assert [e.type for e in found] == ["assault"]


def test_a_coordinated_clause_with_its_own_subject_keeps_its_date(events):
    # the weekday is the medics' arrival, ahead; the appeal is not dated to a past Wednesday
    found = events(
        "The government has asked nearby states for heavy cranes, and a team of 50 medics "
        "from the Oster League is expected to arrive on Wednesday."
    )
    requests = [e for e in found if e.type == "request"]
    assert requests and requests[0].date is None
    found = events("The ministry asked nearby states for cranes on Monday.")
    assert [(e.type, e.date) for e in found] == [("request", "2031-03-10")]

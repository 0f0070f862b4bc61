"""Events from text written for these tests (fictional people; real countries for codes)."""

import pytest

from newsgraph.analyse.entities import extract_entities
from newsgraph.analyse.events import Event, event_key, extract_events

PUBLISHED = "2031-03-13"  # a Thursday


@pytest.fixture()
def events(nlp):
    def run(text: str, published: str | None = PUBLISHED) -> tuple[list[Event], list]:
        doc = nlp(text)
        entities = extract_entities(doc)
        found = extract_events(doc, entities, published)
        for e in found:
            for start, end in e.mentions:
                assert 0 <= start < end <= len(doc.text)
        return found, entities

    return run


def _names(actors):
    return {a[1] for a in actors}


def _countries(actors):
    return {a[2] for a in actors}


def test_meeting_consult_two_actors_and_place(events):
    found, entities = events(
        "Chilean President Maria Velasquez and Japanese Prime Minister Kenji Arata met in "
        "Osaka on Thursday to discuss fishing rights."
    )
    consult = [e for e in found if e.type == "consult"]
    assert len(consult) == 1
    e = consult[0]
    assert _names(e.actors) == {"Maria Velasquez", "Kenji Arata"}
    assert _countries(e.actors) == {"CHL", "JPN"}
    assert all(a[0] is not None and entities[a[0]].name == a[1] for a in e.actors)
    assert e.place is not None and e.place[0] == "Osaka" and e.place[1] == "JPN"
    assert (e.date, e.date_precision, e.status) == ("2031-03-13", "day", "happened")
    assert e.mode == "meeting" and e.cameo == "040"


def test_planned_meeting_future_weekday(events):
    found, _ = events("Velasquez will meet German Chancellor Tom Berger on Friday, officials said.")
    e = next(e for e in found if e.type == "consult")
    assert e.status == "planned"
    assert e.date == "2031-03-14"
    assert "Tom Berger" in _names(e.targets)


def test_negation_gives_no_event(events):
    found, _ = events(
        "Japanese Prime Minister Kenji Arata did not meet the Indian "
        "delegation in Osaka on Wednesday."
    )
    assert found == []


def test_same_weekday_is_publication_day_and_other_weekday_is_past(events):
    found, _ = events(
        "Egyptian Foreign Minister Omar Nasser met Israeli envoy Dan Levin in "
        "Cairo on Thursday. Nasser criticized Turkey on Monday."
    )
    by_type = {e.type: e for e in found}
    assert by_type["consult"].date == "2031-03-13"
    assert by_type["accuse"].date == "2031-03-10"


def test_last_month_month_precision(events):
    found, _ = events("Peru signed a memorandum to join the Pacific trade bloc last month.")
    e = next(e for e in found if e.type == "agree")
    assert (e.date, e.date_precision, e.date_text) == ("2031-02", "month", "last month")
    assert _countries(e.actors) == {"PER"}


def test_dedupe_two_sentences_one_meeting(events):
    text = (
        "Chilean President Maria Velasquez met Japanese Prime Minister Kenji Arata in "
        "Osaka on Thursday. The two leaders met for three hours behind closed doors."
    )
    found, entities = events(text)
    consult = [e for e in found if e.type == "consult"]
    assert len(consult) == 1
    assert len(consult[0].mentions) == 2
    s1, s2 = consult[0].mentions
    assert text[s1[0] : s1[1]].startswith("Chilean") and text[s2[0] : s2[1]].startswith("The two")
    key = event_key(consult[0], entities)
    assert key == "consult|Kenji Arata+Maria Velasquez|2031-03-13"


def test_accusation(events):
    found, _ = events("Brazil accused Argentina of violating the river treaty on Tuesday.")
    e = next(e for e in found if e.type == "accuse")
    assert _countries(e.actors) == {"BRA"}
    assert _countries(e.targets) == {"ARG"}
    assert e.mode == "allege" and e.date == "2031-03-11"


def test_criticism_of_an_earlier_meeting_targets_its_participants(events):
    found, _ = events(
        "Chilean President Maria Velasquez and Japanese Prime Minister Kenji "
        "Arata met in Osaka on Thursday. The French government criticized "
        "the meeting."
    )
    e = next(e for e in found if e.type == "accuse")
    assert _countries(e.actors) == {"FRA"}
    assert _countries(e.targets) == {"CHL", "JPN"}
    assert e.mode == "disapprove"


def test_sanction(events):
    found, _ = events("The European Union imposed sanctions on Belarus on Wednesday.")
    e = next(e for e in found if e.type == "sanction")
    assert "European Union" in _names(e.actors)
    assert _countries(e.targets) == {"BLR"}
    assert e.date == "2031-03-12"


def test_agreement(events):
    found, _ = events("Kenya and Tanzania signed a trade agreement in Nairobi on Tuesday.")
    e = next(e for e in found if e.type == "agree")
    assert _countries(e.actors) == {"KEN", "TZA"}
    assert e.place is not None and e.place[0] == "Nairobi"


def test_joint_patrol_is_military_cooperation(events):
    found, _ = events(
        "Russian and Chinese warships were spotted on a joint patrol earlier this week."
    )
    e = next(e for e in found if e.type == "cooperate")
    assert _countries(e.actors) == {"RUS", "CHN"}
    assert e.context == "military" and e.date_precision == "week"


def test_reported_event(events):
    found, _ = events(
        "Officials said Ruritanian troops had attacked a village in Georgia on Monday."
    )
    e = next(e for e in found if e.type == "assault")
    assert e.status == "reported"


def test_no_published_date_keeps_absolute_dates_only(events):
    found, _ = events(
        "Kenya and Tanzania signed a trade agreement on March 2, 2030. "
        "Kenya criticized Uganda on Friday.",
        published=None,
    )
    by_type = {e.type: e for e in found}
    assert by_type["agree"].date == "2030-03-02"
    assert by_type["accuse"].date is None


def _types(found):
    return [e.type for e in found]


def test_cameo_dictionary_types_a_verb_the_lexicon_lacks(events):
    found, _ = events("Zambia extradited two Kenyan suspects to Kenya on Monday.")
    assert found and found[0].type == "cooperate"  # CAMEO 063 (judicial cooperation)
    assert found[0].cameo is not None and found[0].cameo.startswith("06")


def test_statement_verbs_are_no_event(events):
    found, _ = events("The Chilean foreign ministry said on Monday that the weather was mild.")
    assert found == []


def test_intent_to_cooperate_is_agree_and_to_harm_is_threaten(events):
    found, _ = events("Norway will provide food aid to Sudan, the ministry said.")
    assert _types(found)[:1] == ["agree"]
    assert _countries(found[0].actors) == {"NOR"} and _countries(found[0].targets) == {"SDN"}
    found, _ = events("Greece plans to impose restrictions on Turkish imports.")
    assert _types(found) == ["threaten"]  # `plans` is no event of its own


def test_a_scheduled_meeting_stays_a_planned_consult(events):
    found, _ = events("Velasquez will meet German Chancellor Tom Berger on Friday.")
    e = found[0]
    assert (e.type, e.status) == ("consult", "planned")


def test_upper_verb_absorbs_its_clause_and_lends_its_targets(events):
    found, _ = events("Brazil demanded that Argentina withdraw its troops from the border.")
    assert _types(found) == ["request"]
    assert _countries(found[0].targets) == {"ARG"}
    found, _ = events("Peru refused to meet the Bolivian delegation in Lima.")
    assert _types(found) == ["reject"]


def test_must_clause_is_a_demand_on_its_subject(events):
    found, _ = events("Kenya said on Tuesday that Uganda must open its border.")
    e = next(e for e in found if e.type == "request")
    assert _countries(e.actors) == {"KEN"} and _countries(e.targets) == {"UGA"}


def test_it_after_a_speech_verb_is_the_speaker(events):
    found, _ = events("Syria says it is willing to withdraw its troops from Lebanon.")
    e = found[0]
    assert e.type == "agree"  # intent to retreat (CAMEO 035)
    assert _countries(e.actors) == {"SYR"} and _countries(e.targets) == {"LBN"}


def test_purpose_clause_is_part_of_the_main_event(events):
    found, _ = events("Thousands of farmers staged rallies in Paris to protest against tariffs.")
    assert _types(found) == ["protest"]


def test_violence_against_property_is_coerce(events):
    found, _ = events("Rebels blew up three power lines near Kabul on Sunday.")
    assert found and (found[0].type, found[0].cameo) == ("coerce", "1712")


def test_generic_actor_keeps_country_from_its_location(events):
    found, _ = events("Opposition groups in Zimbabwe demanded new elections.")
    e = next(e for e in found if e.type == "request")
    assert _countries(e.actors) == {"ZWE"}


def test_a_verb_spacy_lemmatises_wrongly_or_a_re_verb_is_read_by_its_stem(events):
    found, _ = events("Angry farmers have staged protests in Lyon against Spanish imports.")
    assert _types(found)[:1] == ["protest"]  # `staged` is not `stag`
    found, _ = events("Turkey reimposed a curfew in Diyarbakir on Monday.")
    assert _types(found) == ["coerce"]  # `reimpose` -> `impose` a curfew


def test_a_quantity_of_the_thing_done_is_the_thing(events):
    found, _ = events("Canada delivered 3,000 tons of food aid to Haiti on Tuesday.")
    assert _types(found) == ["aid"]
    assert _countries(found[0].targets) == {"HTI"}
    found, _ = events("Indian and French warships began ten days of war games in the Arabian Sea.")
    e = found[0]
    assert e.type == "cooperate"  # an exercise by two countries is joint
    assert _countries(e.actors) == {"IND", "FRA"}
    assert e.trigger == "began games"


def test_gathering_for_a_rally_is_a_protest_at_home(events):
    found, _ = events("Thousands of Kenyans gathered for a rally in Nairobi on Sunday.")
    e = found[0]
    assert e.type == "protest"
    assert _countries(e.actors) == {"KEN"} and _countries(e.targets) == {"KEN"}


def test_a_protest_naming_no_target_is_addressed_at_home(events):
    found, _ = events("Tunisian farmers blocked roads in Sfax on Sunday.")
    e = found[0]
    assert (e.type, e.cameo) == ("protest", "144")
    assert _countries(e.targets) == {"TUN"}
    found, _ = events("Bolivian miners blocked the highway to the capital on Monday.")
    assert _types(found) == ["protest"]


def test_purpose_clause_of_an_intended_act_is_intended_too(events):
    found, _ = events("Portugal is ready to send engineers to help rebuild Angolan ports.")
    e = found[0]
    assert (e.type, e.status) == ("agree", "planned")  # intent to aid (CAMEO 033)
    assert _countries(e.actors) == {"PRT"}


def test_must_clause_on_a_message_noun_is_a_demand(events):
    found, _ = events(
        "The Dutch prime minister handed a note to Suriname that it must release the "
        "detained journalists."
    )
    assert _types(found) == ["request"]
    assert _countries(found[0].actors) == {"NLD"}
    found, _ = events("Chile signed a deal with Peru that says both must cut tariffs.")
    assert _types(found)[:1] == ["agree"]  # the signing stays the event


def test_guilty_of_violating_a_truce_is_an_attack_by_the_subject(events):
    found, _ = events("The Peruvian army is guilty of violating the truce, a rights group said.")
    e = found[0]
    assert (e.type, e.cameo) == ("assault", "196")
    assert _countries(e.actors) == {"PER"}


def test_court_cases_are_accusations_in_plover(events):
    found, _ = events("A court in Lisbon indicted three Angolan officials on Friday.")
    assert _types(found) == ["accuse"]


def test_accepting_a_plan_is_agreement(events):
    found, _ = events("Nepal accepted a peace plan drafted by India on Monday.")
    assert _types(found)[:1] == ["agree"]


def test_resignations_and_openings_are_retreat(events):
    found, _ = events("The Peruvian interior minister resigned on Monday.")
    assert _types(found) == ["retreat"]
    found, _ = events("Niger reopened its border with Benin on Tuesday.")
    assert _types(found) == ["retreat"]
    found, _ = events("Belarus admitted a mission of observers from the OSCE on Friday.")
    assert _types(found) == ["retreat"]


def test_office_holder_title_gives_a_person_their_country(events):
    # a real office holder: the country comes from the Phoenix holder dictionary
    found, _ = events("President Bush threatened Cuba with new sanctions on Monday.")
    e = found[0]
    assert e.type == "threaten"
    assert _countries(e.actors) == {"USA"}


def test_hyphenated_demonym_gives_a_generic_actor_its_country(events):
    found, _ = events("Saudi-led forces shelled the port of Hodeidah on Monday.")
    e = found[0]
    assert e.type == "assault"
    assert _countries(e.actors) == {"SAU"}


def test_generic_actor_takes_the_country_its_phrase_names(events):
    found, _ = events("Gunmen loyal to a Libyan warlord attacked an oil terminal on Monday.")
    assert found and _countries(found[0].actors) == {"LBY"}
    found, _ = events("Gunmen who fled from Chad attacked a convoy on Monday.")
    assert all(a[2] is None for e in found for a in e.actors)  # not through a clause

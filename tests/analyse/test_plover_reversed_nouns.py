"""Ending or halting an event noun the lexicon does not list, typed by the CAMEO dictionary's
event nouns (`plover.reversed_cue`, `plover.cameo_nouns`)."""

from __future__ import annotations

import pytest

from newsgraph.analyse import events as events_module
from newsgraph.analyse.plover import CAMEO_LIGHT, NOUNS, cameo_nouns, halted_aid, reversed_cue


def test_nouns_of_the_dictionary_are_ended_as_the_lexicons_are():
    assert "restriction" not in NOUNS and "fine" not in NOUNS and "supply" not in NOUNS
    assert reversed_cue("scrap", "restriction").type == "concede"  # CAMEO `restrictions` 172
    assert reversed_cue("rescind", "fine").type == "concede"  # CAMEO `fine` 172
    assert reversed_cue("halt", "supply").type == "sanction"  # CAMEO `supply` 070: halting aid


def test_other_nouns_and_verbs_give_no_reversal():
    assert reversed_cue("cancel", "concert") is None  # no event noun
    assert reversed_cue("praise", "restriction") is None  # no verb of ending
    assert reversed_cue("call", "restriction") is None  # `call` ends only with `off`


def test_ending_a_measure_is_an_event(events):
    found = events("Norvik scrapped the restrictions on imports from Vellmar on Monday.")
    assert [(e.type, e.cameo) for e in found] == [("concede", "081")]
    found = events("The agency halted food supplies to the Vellmar camp on Tuesday.")
    assert [(e.type, e.cameo) for e in found] == [("sanction", "162")]


def test_events_read_the_same_dictionary_nouns(events):
    # `events` reads the dictionary's light-verb nouns from `plover.cameo_nouns` (no copy of
    # its own): a noun only the dictionary lists, done by a light verb, gets its code
    assert "amnesty" not in NOUNS and "grant" in CAMEO_LIGHT
    found = events("The Norvik government granted amnesty to 40 Vellmar prisoners on Monday.")
    assert [e.cameo for e in found] == [cameo_nouns()["amnesty"]]
    assert not hasattr(events_module, "_CAMEO_NOUNS")


def test_dictionary_nouns_of_acts_and_occasions_are_not_reversed():
    # `suspended operations`, `cancelled the session`, `cancelled flights` are no easing of an
    # attack, no walk-out, no sanction: the dictionary's `operation` 190, `session` 046,
    # `flights` 060 are not reversed
    assert reversed_cue("suspend", "operation") is None
    assert reversed_cue("cancel", "session") is None
    assert reversed_cue("cancel", "flight") is None


def test_only_measures_imposed_and_aid_given_are_reversed():
    # the dictionary codes `rioting` 173, `deadlock` 164, `reform` and `salary` 071 (aid):
    # their types are hostile or aid, but ending them eases no measure and cuts no aid
    assert reversed_cue("end", "rioting") is None
    assert reversed_cue("end", "deadlock") is None
    assert reversed_cue("halt", "reform") is None
    assert reversed_cue("cut", "salary") is None
    # aid is what the dictionary itself codes as cut when halted (`CUT * SUPPLIES` 162)
    assert {"supplies", "loan"} <= halted_aid() and "reform" not in halted_aid()


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Riot police ended the rioting in Vellmar on Saturday.", "concede"),
        ("Mediators ended the deadlock between Norvik and Vellmar on Friday.", "retreat"),
        ("The Norvik cabinet halted its tax reform on Monday.", "sanction"),
        ("The Vellmar ministry cut teachers' salaries on Tuesday.", "sanction"),
    ],
)
def test_ending_an_act_of_ones_own_is_no_reversal(events, text, wrong):
    assert wrong not in [e.type for e in events(text)]


def test_measures_of_the_dictionary_are_still_eased(events):
    found = events("The Norvik regulator rescinded the fine on the Vellmar bank on Monday.")
    assert [(e.type, e.cameo) for e in found] == [("concede", "081")]

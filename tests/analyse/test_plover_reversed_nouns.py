"""Ending or halting an event noun the lexicon does not list, typed by the CAMEO dictionary's
event nouns (`plover.reversed_cue`, `plover.cameo_nouns`)."""

from __future__ import annotations

from newsgraph.analyse import events as events_module
from newsgraph.analyse.plover import CAMEO_LIGHT, NOUNS, cameo_nouns, reversed_cue


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

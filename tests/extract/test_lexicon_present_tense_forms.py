"""One reading of a verb's third-person form, shared by headline names and outlet names."""

from __future__ import annotations

import pytest

from newsgraph.extract.lexicon import available, is_present_tense_form

pytestmark = pytest.mark.skipif(not available(), reason="the English vocabulary is not installed")


@pytest.mark.parametrize("word", ["meets", "fixes", "pushes", "goes", "rallies", "approves"])
def test_verb_forms(word):
    assert is_present_tense_form(word)


@pytest.mark.parametrize("word", ["james", "hughes", "agnes"])
def test_names_and_plurals_ending_in_es_are_no_verb_forms(word):
    # `james` is no `jam` + `es`: only a sibilant or `o` takes `-es` as a verb ending
    assert not is_present_tense_form(word)

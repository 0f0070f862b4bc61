"""A `Label: value` line with no final stop (`Rating: False`) is a sentence of its own, not
the start of the next line's sentence."""

import pytest


@pytest.mark.parametrize("label", ["Rating: False", "Verdict: Mostly true", "Status: Under review"])
def test_a_label_line_ends_its_sentence(nlp, label):
    doc = nlp(f"Who said it: Marta Selden, at a council meeting.\n{label}\nThe accounts disagree.")
    sents = [s.text.strip() for s in doc.sents]
    assert label in sents and "The accounts disagree." in sents


def test_a_sentence_broken_after_a_long_clause_stays_whole(nlp):
    doc = nlp("Speaker: Marta Selden said the bridge\nwould open in May.")
    assert len(list(doc.sents)) == 1

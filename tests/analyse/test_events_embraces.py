"""Holding one's own child or kin is an embrace, no custody (CAMEO 173), though the CAMEO
dictionary codes `HOLD ... FOR` an arrest; holding someone else's is still one. Text
written for these tests; published Thursday 2031-03-13."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "The mother held her son for two days.",
        "The father held his daughter for hours after the rescue.",
    ],
)
def test_holding_ones_own_kin_is_no_arrest(events, text):
    assert [e for e in events(text) if e.type == "coerce"] == []


@pytest.mark.parametrize(
    "text",
    ["Police held his son for two days.", "The soldiers held her brother for two days."],
)
def test_holding_someone_elses_kin_is_custody(events, text):
    assert [e.cameo for e in events(text) if e.type == "coerce"] == ["173"]

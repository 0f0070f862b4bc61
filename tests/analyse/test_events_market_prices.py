"""A market price quoted with a verb CAMEO files as cooperation (`TRADE` 060): `the marka
traded at its new rate of 96 per dollar` is no act of anyone; states trading goods still
work together. Sentences written for these tests (invented names)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "The Velsk dinar traded at its new official rate of 96.00 per dollar on Wednesday.",
        "The Velsk dinar traded at 96.00 per dollar on Wednesday.",
    ],
)
def test_quoted_price_is_no_event(events, text):
    assert [e.type for e in events(text)] == []


def test_states_trading_goods_still_cooperate(events):
    found = events("Norvia and Tessaly traded prisoners on Monday.")
    assert [e.type for e in found] == ["cooperate"]

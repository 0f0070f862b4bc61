"""The ECB+ event-merging bench (bench/ecbplus_events.py): gold parsing, trigger alignment and
scoring on tiny hand-made cases; no shared data."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

import ecbplus_events as B  # noqa: E402

TEXT = "Rebels attacked the depot on Monday.\nThe army said the attack killed two guards."

XML = """<Document doc_name="9_1ecb.xml">
<token t_id="1" sentence="0" number="0">http</token>
<token t_id="2" sentence="0" number="1">:</token>
<token t_id="3" sentence="1" number="0">Rebels</token>
<token t_id="4" sentence="1" number="1">attacked</token>
<token t_id="5" sentence="1" number="2">the</token>
<token t_id="6" sentence="1" number="3">depot</token>
<token t_id="7" sentence="1" number="4">on</token>
<token t_id="8" sentence="1" number="5">Monday</token>
<token t_id="9" sentence="1" number="6">.</token>
<token t_id="10" sentence="2" number="0">The</token>
<token t_id="11" sentence="2" number="1">army</token>
<token t_id="12" sentence="2" number="2">said</token>
<token t_id="13" sentence="2" number="3">the</token>
<token t_id="14" sentence="2" number="4">attack</token>
<token t_id="15" sentence="2" number="5">killed</token>
<token t_id="16" sentence="2" number="6">two</token>
<token t_id="17" sentence="2" number="7">guards</token>
<token t_id="18" sentence="2" number="8">.</token>
<Markables>
<ACTION_OCCURRENCE m_id="1"><token_anchor t_id="4"/></ACTION_OCCURRENCE>
<ACTION_OCCURRENCE m_id="2"><token_anchor t_id="14"/></ACTION_OCCURRENCE>
<ACTION_OCCURRENCE m_id="3"><token_anchor t_id="15"/></ACTION_OCCURRENCE>
<NEG_ACTION_OCCURRENCE m_id="4"><token_anchor t_id="12"/></NEG_ACTION_OCCURRENCE>
<ACTION_OCCURRENCE m_id="9" instance_id="ACT1"/>
</Markables>
<Relations>
<CROSS_DOC_COREF r_id="20" note="ACT1"><source m_id="1"/><target m_id="9"/></CROSS_DOC_COREF>
<INTRA_DOC_COREF r_id="21"><source m_id="2"/><target m_id="1"/></INTRA_DOC_COREF>
</Relations>
</Document>"""


def test_gold_mentions_place_tokens_and_chains(tmp_path):
    path = tmp_path / "9_1ecb.xml"
    path.write_text(XML, encoding="utf-8")
    mentions, sentences = B.gold_mentions(path, TEXT)
    by_id = {m["m_id"]: m for m in mentions}
    assert set(by_id) == {"1", "2", "3"}  # NEG_ACTION_* left out; the URL line unplaced
    s, e, w = by_id["1"]["tokens"][0]
    assert TEXT[s:e] == "attacked" and w == "attacked"
    assert by_id["1"]["gold"] == "x:ACT1"  # the cross-document instance
    assert by_id["2"]["gold"] == "i:9_1ecb:21"  # an in-document chain only
    assert by_id["3"]["gold"] == "m:9_1ecb:3"  # alone
    assert len(sentences) == 2

    second = TEXT.index("The army")
    event = {"start": second, "end": len(TEXT), "trigger": "attack"}
    assert B.align(event, mentions)["m_id"] == "2"
    assert B.align({**event, "trigger": "launched attack"}, mentions)["m_id"] == "2"
    assert B.align({**event, "trigger": "met"}, mentions) is None
    # Only inside the event's sentence.
    assert B.align({"start": 0, "end": second, "trigger": "attack"}, mentions) is None


def test_scores_on_a_hand_made_case():
    gold = {"a": "X", "b": "X", "c": "X", "d": "Y"}
    article = {"a": "1", "b": "2", "c": "2", "d": "3"}
    alone = B.score({k: k for k in gold}, gold, article)
    assert alone["b3_p"] == 1.0 and alone["b3_r"] == pytest.approx((1 / 3 * 3 + 1) / 4)
    assert alone["pw_p"] == 1.0 and alone["pw_r"] == 0.0 and alone["x_gold"] == 2
    pred = {"a": "1", "b": "1", "c": "2", "d": "1"}
    s = B.score(pred, gold, article)
    # Predicted pairs a-b (right), a-d, b-d (wrong); gold pairs a-b, a-c, b-c.
    assert (s["pw_p"], s["pw_r"]) == (pytest.approx(1 / 3), pytest.approx(1 / 3))
    # Cross-article: a-b, a-c, a-d, b-d, c-d; b-c is inside article 2.
    assert (s["x_tp"], s["x_pred"], s["x_gold"]) == (1, 3, 2)
    # BCubed P: a 2/3, b 2/3, c 1, d 1/3; R: a 2/3, b 2/3, c 1/3, d 1.
    assert s["b3_p"] == pytest.approx((2 / 3 + 2 / 3 + 1 + 1 / 3) / 4)
    assert s["b3_r"] == pytest.approx((2 / 3 + 2 / 3 + 1 / 3 + 1) / 4)
    assert s["clusters"] == 2


def test_baselines():
    events = [
        {"id": "e1", "article": "1", "event_key": "k"},
        {"id": "e2", "article": "2", "event_key": "k"},
        {"id": "e3", "article": "3", "event_key": ""},
    ]
    assert B.clusters_none(events) == {"e1": "e1", "e2": "e2", "e3": "e3"}
    key = B.clusters_key(events)
    assert key["e1"] == key["e2"] != key["e3"]

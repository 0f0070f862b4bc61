"""The founding question on the founding documents: how did DW and The Moscow Times cover the
Xi–Putin meeting? The assertions name what the issue names; the code knows nothing of them."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsgraph.compare import build_dossier
from newsgraph.store import Store


@pytest.fixture(scope="module")
def dossier(seeds_db: Path) -> dict:
    with Store(seeds_db) as store:
        (story,) = [s for s in store.story_records() if len(s["articles"]) == 2]
        return build_dossier(store, story["id"])


def _outlet(d: dict, name: str) -> str:
    (aid,) = [a["id"] for a in d["articles"] if a["outlet"] == name]
    return aid


def _group(d: dict, words: str) -> dict:
    found = [g for g in d["quote_groups"] if any(words in m["text"] for m in g["members"])]
    assert len(found) == 1, [g["members"] for g in found]
    return found[0]


def test_every_span_is_the_exact_evidence(dossier):
    texts = {a["id"]: a["text"] for a in dossier["articles"]}
    for g in dossier["quote_groups"]:
        for m in g["members"]:
            assert texts[m["article"]][m["start"] : m["end"]] == m["text"]
    for c in dossier["shared"]:
        for s in c["spans"]:
            assert texts[s["article"]][s["start"] : s["end"]] == s["text"]
    for aid, claims in dossier["unique"].items():
        for c in claims:
            assert texts[aid][c["start"] : c["end"]] == c["text"]
    for c in dossier["contrasts"]:
        for x in c["articles"]:
            for s in x["spans"]:
                assert texts[x["article"]][s["start"] : s["end"]] == s["text"]


def test_xi_quote_is_the_same_in_both(dossier):
    g = _group(dossier, "China is willing to make efforts with Russia")
    assert g["relation"] == "same" and g["reports"] == 2
    assert g["speaker"]["name"] == "Xi Jinping"


def test_one_china_quote_is_a_variant_with_the_spelling_shown(dossier):
    g = _group(dossier, "principle of one China")
    assert g["relation"] == "variant"
    (member,) = [m for m in g["members"] if m["relation"] == "variant"]
    spelling = [op for op in member["diff"] if op["op"] == "spelling"]
    assert {(op["ref"], op["text"]) for op in spelling} & {("US", "U.S."), ("U.S.", "US")}
    assert not member["flags"]  # a spelling difference does not change the meaning


def test_raisi_sanctions_remark_direct_in_one_partly_indirect_in_the_other(dossier):
    g = _group(dossier, "sanctioned by the US")
    kinds = {m["kind"] for m in g["members"]}
    assert "direct" in kinds and "mixed" in kinds
    assert g["relation"] == "paraphrase" and g["reports"] == 2
    assert g["speaker"]["name"] == "Ebrahim Raisi"


def test_balanced_approach_and_balanced_position_are_one_utterance(dossier):
    g = _group(dossier, "balanced position")
    assert any("balanced" in m["text"] and "approach" in m["text"] for m in g["members"])
    assert g["speaker"]["name"] == "Vladimir Putin"


def _unique_text(d: dict, outlet: str) -> str:
    return " ".join(c["text"] for c in d["unique"][_outlet(d, outlet)])


def test_claims_only_one_outlet_reports(dossier):
    dw = _unique_text(dossier, "DW")
    mt = _unique_text(dossier, "The Moscow Times")
    for name in ("Kirby", "Ushakov"):
        assert name in dw and name not in mt
    assert "joint patrol" in mt and "joint patrol" not in dw
    assert "Ned Price" in mt and "Ned Price" not in dw


def test_shared_claims_include_the_meeting_and_the_quotes(dossier):
    shared = [" / ".join(s["text"] for s in c["spans"]) for c in dossier["shared"]]
    assert any("unipolar" in s for s in shared)
    assert all(c["reports"] >= 2 for c in dossier["shared"])


def test_invasion_conflict_contrast(dossier):
    (c,) = [c for c in dossier["contrasts"] if c["concept"] == "armed-conflict"]
    terms = {x["outlet"]: set(x["terms"]) for x in c["articles"]}
    assert "invasion" in terms["DW"]
    assert terms["The Moscow Times"] & {"conflict", "military offensive"}
    assert "invasion" not in terms["The Moscow Times"]


def test_coverage_and_sources(dossier):
    assert dossier["story"]["reports"] == 2
    outlets = {o["outlet"] for o in dossier["coverage"]["outlets"]}
    assert outlets == {"DW", "The Moscow Times"}
    mt = _outlet(dossier, "The Moscow Times")
    (src,) = [s for s in dossier["sources_cited"] if s["article"] == mt]
    assert src["by_kind"].get("state media", 0) >= 1  # CCTV, Belta, Chinese state media
    assert any(s["name"] == "Ned Price" and s["kind"] == "official" for s in src["sources"])


def test_timeline_has_the_meeting_reported_by_both(dossier):
    rows = [
        r
        for r in dossier["timeline"]
        if r["type"] == "consult" and r["date"] == "2022-09-15" and r["reports"] == 2
    ]
    assert rows, dossier["timeline"]
    names = {p["name"] for p in rows[0]["actors"] + rows[0]["targets"]}
    assert {"Xi Jinping", "Vladimir Putin"} <= names

"""Review 22, finding 17: a judge is an official source whatever the title (`Justice X`, `Chief
Justice`, `the presiding judge`), justice as a cause is not; a spokesperson for a group of
people (`a spokeswoman for the families`) is no official, one for the state's own bodies is;
a relay by an office's spokesman stays official. Invented names."""

from __future__ import annotations

import pytest

from newsgraph.compare.sourcing import kind_of, sources_cited


@pytest.mark.parametrize(
    ("words", "roles", "kind"),
    [
        ("Justice Ilse Varg", [], "official"),
        ("Varg", ["Justice"], "official"),
        ("Varg", ["Chief Justice"], "official"),
        ("the presiding judge", [], "official"),
        ("Varg", ["social justice campaigner"], "other"),
        ("Varg", ["spokeswoman for the families"], "other"),
        ("Varg", ["spokesman for the residents of Hale"], "other"),
        ("Varg", ["spokesman for the armed forces"], "official"),
        ("Varg", ["spokeswoman for the interior ministry"], "official"),
        ("Varg", ["ministry spokesman"], "official"),
    ],
)
def test_kind_of(words: str, roles: list[str], kind: str) -> None:
    assert kind_of("Ilse Varg", words, {"roles": roles}) == kind


def test_an_offices_spokesman_relaying_a_minister_is_official() -> None:
    art = {"id": "a" * 16, "outlet": "Dunmore Echo"}
    quote = {
        "id": "q1",
        "article": art["id"],
        "speaker": {
            "entity": None,
            "name": "Ola Brun",
            "mention": {"text": "Finance Minister Ola Brun"},
        },
        "via": "Ministry spokesman Pavel Orn",
    }
    relay = {"id": "q2", **{k: v for k, v in quote.items() if k != "id"}, "via": "the Dunmore Echo"}
    (row,) = sources_cited([art], [quote, {**relay, "id": "q2"}], {})
    kinds = {s["name"]: s["kind"] for s in row["sources"]}
    assert kinds["Ministry spokesman Pavel Orn"] == "official"
    assert kinds["the Dunmore Echo"] == "media"

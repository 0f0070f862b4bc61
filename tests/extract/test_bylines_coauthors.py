"""Session 13: co-authors listed after "By" / "Written by", on pages written for these tests."""

import pytest
from extract_support import SEA_WALL

from newsgraph.extract.textclean import clean_text

_HEADLINE = "Harbour council votes to repair the old sea wall before winter"


def _page(head: str) -> str:
    return f"Skip to content\nHarbour Weekly\nNews\n{_HEADLINE}\n{head}\n\n{SEA_WALL}\n"


@pytest.mark.parametrize(
    ("head", "byline"),
    [
        # three names, the last after "and" (with and without the serial comma)
        (
            "Written by Mara Quill, Tomas Verlaine, and Ines Abara\nMarch 8, 2025",
            "Mara Quill, Tomas Verlaine, and Ines Abara",
        ),
        (
            "By Mara Quill, Tomas Verlaine and Ines Abara | March 8, 2025",
            "Mara Quill, Tomas Verlaine and Ines Abara",
        ),
        # three names and no "and"; particles inside a name, the leading title dropped
        (
            "Written by Dr Mara van der Quill, Tomas Verlaine, Ines Abara\nMarch 8, 2025",
            "Mara van der Quill, Tomas Verlaine, Ines Abara",
        ),
    ],
)
def test_co_authors_are_all_kept(head: str, byline: str) -> None:
    assert clean_text(_page(head)).byline == byline


@pytest.mark.parametrize(
    "head",
    [
        "By Mara Quill, Senior Reporter\nMarch 8, 2025",  # a role
        "Written by Mara Quill, Managing Principal, Vale Studio\nMarch 8, 2025",  # a role
    ],
)
def test_one_comma_keeps_the_first_name(head: str) -> None:
    """A guard for the list rule (the same at HEAD)."""
    assert clean_text(_page(head)).byline == "Mara Quill"

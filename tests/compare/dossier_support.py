"""An invented article as the dossier reads it (a StoryBundle row), shared by the claim,
conflict, contrast and review tests."""

from __future__ import annotations

from typing import Any


def article(aid: str, outlet: str, text: str) -> dict[str, Any]:
    """Article `aid * 16` from `outlet`, published on one fixed day, with nothing else known."""
    return {
        "id": aid * 16,
        "outlet": outlet,
        "title": f"{outlet} report",
        "byline": None,
        "published": "2025-06-02",
        "url": None,
        "metadata": {},
        "text": text,
    }


def number_conflicts(*told: tuple[str, str, str]) -> list[dict[str, Any]]:
    """The number conflicts of a story of one article per (outlet, published, text)."""
    from newsgraph.compare.bundle import StoryBundle
    from newsgraph.compare.dossier import assemble

    arts = []
    for n, (outlet, published, text) in enumerate(told):
        art = article("abcdefgh"[n], outlet, text)
        art["published"] = published
        arts.append(art)
    story = {"id": "s-1", "title": "t", "articles": [a["id"] for a in arts], "wire_copies": []}
    return [c for c in assemble(StoryBundle(story, arts, []))["conflicts"] if c["kind"] == "number"]


def number_values(*texts: str) -> list[tuple[str, list[str]]]:
    """(about, sorted values) of each number conflict of a story of one article per text, each
    from its own outlet, all published on one day."""
    told = [(f"Outlet {n}", "2031-03-06", t) for n, t in enumerate(texts)]
    return sorted(
        (c["about"], sorted(v["value"] for v in c["values"])) for c in number_conflicts(*told)
    )


def url_number_values(*told: tuple[str | None, str]) -> list[tuple[str, list[str]]]:
    """(about, sorted values) of the number conflicts of one article per (url, text): the
    outlet's web address decides what a bare `$` is."""
    from newsgraph.compare.bundle import StoryBundle
    from newsgraph.compare.dossier import assemble

    arts: list[dict[str, Any]] = []
    for n, (url, text) in enumerate(told):
        art = article("abcd"[n], f"Outlet {n}", text)
        art["url"] = url
        arts.append(art)
    story = {"id": "s-1", "title": "t", "articles": [a["id"] for a in arts], "wire_copies": []}
    found = assemble(StoryBundle(story, arts, []))["conflicts"]
    return sorted(
        (c["about"], sorted(v["value"] for v in c["values"]))
        for c in found
        if c["kind"] == "number"
    )

"""Grouping as a pipeline step: new articles join stories, and the store keeps the result.

The online index is read once per run, each new article is added in a fixed order (publication
date, then id), and only the stories that changed are written back, with the index state, in one
transaction: the stories new articles joined, and both parts of a story that split (its moved
articles are re-pointed to the new story). `rebuild` regroups everything from scratch in the same
order.
"""

from __future__ import annotations

from collections.abc import Iterable

from newsgraph.group.features import time_key
from newsgraph.group.stories import StoryDoc, StoryIndex, rebuild, story_title
from newsgraph.group.wire import wire_copies
from newsgraph.records import Article
from newsgraph.store import Store


def story_doc(a: Article) -> StoryDoc:
    return StoryDoc(id=a.id, title=a.title, text=a.text, published=a.published, outlet=a.outlet)


def _order(articles: Iterable[Article]) -> list[Article]:
    """Publication order (UTC instants, not the text), undated last, as `rebuild` orders
    them, then id: online and rebuild agree."""
    return sorted(articles, key=lambda a: (time_key(a.published), a.id))


def group_new(store: Store, article_ids: Iterable[str]) -> int:
    """Add articles to the stored grouping; returns how many stories changed."""
    new = [a for a in store.iter_articles(ids=article_ids) if not store.story_of(a.id)]
    if not new:
        return 0
    state = store.grouping_state()
    index = StoryIndex.from_json(state) if state else StoryIndex()
    for a in _order(a for a in new if a.status == "analysed"):
        index.add(story_doc(a))
    _attach_unread(index, new)
    return _save(store, index, index.take_changed(), replace=False)


def _attach_unread(index: StoryIndex, articles: Iterable[Article]) -> None:
    """Articles in a language we do not analyse join a story only by `StoryIndex.attach`,
    after every analysed article is grouped: they never change the English grouping."""
    for a in _order(a for a in articles if a.status == "not_analysed"):
        index.attach(story_doc(a))


def regroup(store: Store) -> int:
    """Regroup every analysed article from scratch; returns the number of stories."""
    every = list(store.iter_articles())
    index = rebuild(story_doc(a) for a in _order(a for a in every if a.status == "analysed"))
    _attach_unread(index, every)
    index.take_changed()
    return _save(store, index, set(index.stories()), replace=True)


def _save(store: Store, index: StoryIndex, touched: set[str], *, replace: bool) -> int:
    stories = index.stories()
    changed = {sid: sorted(stories[sid]) for sid in touched if sid in stories}
    titles: dict[str, str | None] = {}
    wire: list[tuple[str, str]] = []
    for sid, members in changed.items():
        # an attached article (another language) lends the story neither title nor wire copy
        articles = _order(a for a in store.iter_articles(ids=members) if a.status == "analysed")
        docs = [story_doc(a) for a in articles]
        titles[sid] = story_title(docs)
        if len(articles) > 1:
            wire += wire_copies(docs)
    store.save_stories(index.to_json(), changed, titles, wire, replace=replace)
    return len(changed)

"""Group stage: articles into stories (same real-world event) and wire copies (same text).

`StoryIndex.add` groups one article at a time (online); `rebuild` runs a full pass;
`wire_copies` finds near-duplicate pairs. See docs/stories.md.
"""

from newsgraph.group.stories import Params, StoryDoc, StoryIndex, rebuild
from newsgraph.group.wire import WireIndex, wire_copies

__all__ = ["Params", "StoryDoc", "StoryIndex", "WireIndex", "rebuild", "wire_copies"]

"""newsgraph: news articles from many outlets turned into structured, checkable knowledge."""

__version__ = "0.1.0"

"""Web app and HTTP API (`newsgraph serve`): server-rendered pages with JSON twins."""

from newsgraph.web.app import create_app

__all__ = ["create_app"]

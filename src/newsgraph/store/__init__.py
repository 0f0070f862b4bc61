"""Store stage: persistence. All SQL lives here; the rest of the code passes typed records."""

from newsgraph.store.sqlite import Store, StoreError

__all__ = ["Store", "StoreError"]

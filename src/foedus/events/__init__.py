"""Event data (GDELT 1.0, GDELT 2.0, ICEWS): import into a partitioned Parquet dataset, and the monitor of how two
states treat each other, aggregated by one SQL definition on DuckDB or Spark.

Importing this package is cheap: each name below is imported from its module on first use.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__all__ = [
    "EventImportReport",
    "MonitorResult",
    "NoEventDataError",
    "download_gdelt",
    "event_files",
    "import_events",
    "monitor",
    "write_gdelt2_csv",
    "write_parquet_dataset",
]

_WHERE = {
    "EventImportReport": "foedus.events.ingest",
    "event_files": "foedus.events.ingest",
    "import_events": "foedus.events.ingest",
    "MonitorResult": "foedus.events.monitor",
    "NoEventDataError": "foedus.events.monitor",
    "monitor": "foedus.events.monitor",
    "download_gdelt": "foedus.events.download",
    "write_gdelt2_csv": "foedus.events.synthetic",
    "write_parquet_dataset": "foedus.events.synthetic",
}

if TYPE_CHECKING:
    from foedus.events.download import download_gdelt
    from foedus.events.ingest import EventImportReport, event_files, import_events
    from foedus.events.monitor import MonitorResult, NoEventDataError, monitor
    from foedus.events.synthetic import write_gdelt2_csv, write_parquet_dataset


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module 'foedus.events' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)

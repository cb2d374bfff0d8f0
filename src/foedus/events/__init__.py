"""Event data (GDELT 1.0, GDELT 2.0, ICEWS): import into a partitioned Parquet dataset, and the monitor of how two
states treat each other, aggregated by one SQL definition on DuckDB or Spark.

Importing this package is cheap: each name below is imported from its module on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from foedus._lazy import lazy_exports

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


__getattr__, __dir__ = lazy_exports('foedus.events', globals(), _WHERE, __all__)

"""Small event files in the real layouts (GDELT 1.0, 2.0 and ICEWS), written by hand for tests."""

from __future__ import annotations

import gzip
import zipfile
from collections.abc import Sequence
from pathlib import Path

from foedus.events.layouts import GDELT1_COLUMNS, GDELT2_COLUMNS, ICEWS_COLUMNS


def gdelt_row(event_id: int | str, date: str, actor1: str, actor2: str, code: str = "040", quad: str = "1",
              goldstein: str = "1.0", columns: Sequence[str] = GDELT2_COLUMNS) -> str:
    """Return one GDELT line (no line ending): the fields foedus reads set, the others plausible or empty."""
    values = dict.fromkeys(columns, "")
    values.update({
        "GLOBALEVENTID": str(event_id), "SQLDATE": date, "MonthYear": date[:6], "Year": date[:4],
        "FractionDate": f"{date[:4]}.5000", "Actor1Code": actor1, "Actor1Name": actor1, "Actor1CountryCode": actor1,
        "Actor2Code": actor2, "Actor2Name": actor2, "Actor2CountryCode": actor2, "IsRootEvent": "1",
        "EventCode": code, "EventBaseCode": code[:3], "EventRootCode": code[:2], "QuadClass": quad,
        "GoldsteinScale": goldstein, "NumMentions": "4", "NumSources": "1", "NumArticles": "4", "AvgTone": "-1.5",
        "Actor1Geo_Type": "1", "Actor2Geo_Type": "1", "ActionGeo_Type": "1", "DATEADDED": date + "120000",
        "SOURCEURL": f"https://news.example.org/{event_id}",
    })
    return "\t".join(values[c] for c in columns)


def write_gdelt(path: Path, rows: Sequence[str]) -> Path:
    """Write GDELT lines as a file; ``.gz`` and ``.zip`` names are compressed the way GDELT distributes them."""
    text = "".join(r + "\n" for r in rows).encode("utf-8")
    if path.suffix == ".gz":
        path.write_bytes(gzip.compress(text))
    elif path.suffix == ".zip":
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as bundle:
            bundle.writestr(path.name.removesuffix(".zip"), text)
    else:
        path.write_bytes(text)
    return path


def icews_row(event_id: int, date: str, source: str, target: str, code: str = "040", intensity: str = "1") -> str:
    """Return one ICEWS line: ids, dates, countries, code and intensity set, the rest plausible."""
    values = dict.fromkeys(ICEWS_COLUMNS, "")
    values.update({
        "Event ID": str(event_id), "Event Date": date, "Source Name": f"Government ({source})",
        "Source Sectors": "Government", "Source Country": source, "Event Text": "Consult", "CAMEO Code": code,
        "Intensity": intensity, "Target Name": f"Government ({target})", "Target Sectors": "Government",
        "Target Country": target, "Story ID": "1", "Sentence Number": "1", "Publisher": "Wire", "Country": source,
        "Latitude": "0", "Longitude": "0",
    })
    return "\t".join(values[c] for c in ICEWS_COLUMNS)


def write_icews(path: Path, rows: Sequence[str]) -> Path:
    """Write an ICEWS file with its header."""
    path.write_text("\t".join(ICEWS_COLUMNS) + "\n" + "".join(r + "\n" for r in rows), encoding="utf-8")
    return path


GDELT1_57 = GDELT1_COLUMNS[:57]

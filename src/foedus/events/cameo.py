"""CAMEO event codes: the table foedus ships, the quad classes of the root codes, and rebuilding the table.

The table (``foedus/events/data/cameo_codes.csv``: code, description, Goldstein score, note) is derived from the
CAMEO codes file GDELT distributes as JSON (``cameo_codes.json``); ``python -m foedus.events.cameo FILE`` rebuilds
it, and a test checks the rebuild against the original. Every entry is checked: a code of two to four digits under
one of the twenty root codes, a Goldstein score between -10 and 10, and a description in words. A damaged
description (the original has one, under 0872) is reported and left empty, the code and its score kept.

References
----------
Schrodt, P. A. (2012). CAMEO: Conflict and Mediation Event Observations. Event and Actor Codebook, version 1.1b3.
Pennsylvania State University. http://data.gdeltproject.org/documentation/CAMEO.Manual.1.1b3.pdf
Goldstein, J. S. (1992). A conflict-cooperation scale for WEIS events data. *Journal of Conflict Resolution*,
36(2), 369-385. https://doi.org/10.1177/0022002792036002007
"""

from __future__ import annotations

import csv
import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

from foedus.errors import DataFileError, Problem

__all__ = [
    "QUAD_CLASSES",
    "CameoCode",
    "cameo_codes",
    "quad_class_of_root",
    "quad_class_sql",
    "read_cameo_json",
    "root_name",
    "syntactic_codes",
    "write_cameo_table",
]

#: The four quad classes of the CAMEO taxonomy, as GDELT numbers them.
QUAD_CLASSES: dict[int, str] = {
    1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict",
}
_CODE = re.compile(r"(0[1-9]|1[0-9]|20)[0-9]{0,2}")
_WORDS = re.compile(r"[^0-9\[\]{}|\\<>=]+")


@dataclass(frozen=True)
class CameoCode:
    """One CAMEO event code: its description (empty where the source's was damaged) and Goldstein score."""

    code: str
    description: str
    goldstein: float
    note: str = ""

    @property
    def root(self) -> str:
        """Return the root code: the first two digits."""
        return self.code[:2]


def quad_class_of_root(root: int) -> int:
    """Return GDELT's quad class of a root code: 01-05 verbal cooperation, 06-08 material cooperation, 09-13
    verbal conflict, 14-20 material conflict (every GDELT sample row agrees; a test checks it)."""
    if not 1 <= root <= 20:
        raise ValueError(f"{root} is not a CAMEO root code (01-20)")
    return 1 if root <= 5 else 2 if root <= 8 else 3 if root <= 13 else 4


def quad_class_sql(root: str) -> str:
    """Return SQL for the quad class of the root code in the expression ``root`` (see :func:`quad_class_of_root`)."""
    cases = " ".join(f"WHEN {root} <= {last} THEN {quad}" for last, quad in ((5, 1), (8, 2), (13, 3)))
    return f"CASE {cases} ELSE 4 END"


def syntactic_codes() -> list[str]:
    """Return every code of CAMEO's shape: a root 01-20 followed by up to two digits (2,220 codes)."""
    return [f"{root:02d}{tail}" for root in range(1, 21)
            for tail in ["", *map(str, range(10)), *(f"{i:02d}" for i in range(100))]]


def read_cameo_json(path: str | Path) -> tuple[list[CameoCode], list[Problem]]:
    """Return the codes of a CAMEO JSON file (``Description``, ``cameoCode``, ``GoldsteinScale`` maps) and the
    problems found; a code with a damaged description is kept without it, a code that cannot be read is dropped.

    Raises
    ------
    DataFileError
        If the file cannot be read as such a JSON file.
    """
    display = str(path)
    try:
        document = json.loads(Path(path).read_text(encoding="utf-8"))
        descriptions, codes, scores = (document[k] for k in ("Description", "cameoCode", "GoldsteinScale"))
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise DataFileError([Problem(display, None, "", f"is not a CAMEO codes JSON file: {exc}")]) from None
    found: list[CameoCode] = []
    problems: list[Problem] = []
    for key in sorted(set(descriptions) | set(codes) | set(scores)):
        where = f"[{key!r}]"
        if not _CODE.fullmatch(key) or str(codes.get(key)) != key:
            problems.append(Problem(display, None, f"cameoCode{where}", f"{codes.get(key)!r} is not the code {key}"))
            continue
        try:
            score = float(scores[key])
        except (KeyError, TypeError, ValueError):
            problems.append(Problem(display, None, f"GoldsteinScale{where}", f"is {scores.get(key)!r}, not a number"))
            continue
        if not -10 <= score <= 10:
            problems.append(Problem(display, None, f"GoldsteinScale{where}", f"is {score}, outside -10..10"))
            continue
        text = " ".join(str(descriptions.get(key, "")).split())
        note = ""
        if not text or not _WORDS.fullmatch(text):
            problems.append(Problem(display, None, f"Description{where}",
                                    f"is {text!r}: damaged; the code and its Goldstein score are kept without it"))
            text, note = "", "description damaged in the source file"
        found.append(CameoCode(key, text, score, note))
    return found, problems


def write_cameo_table(codes: list[CameoCode], path: str | Path) -> None:
    """Write ``codes`` as the CSV table foedus ships (code, description, goldstein, note)."""
    with Path(path).open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["code", "description", "goldstein", "note"])
        for c in codes:
            writer.writerow([c.code, c.description, f"{c.goldstein:g}", c.note])


@cache
def cameo_codes() -> dict[str, CameoCode]:
    """Return the shipped CAMEO codes by code."""
    folder = resources.files("foedus.events") / "data"
    with (folder / "cameo_codes.csv").open("r", encoding="utf-8") as handle:
        return {row["code"]: CameoCode(row["code"], row["description"], float(row["goldstein"]), row["note"])
                for row in csv.DictReader(handle)}


def root_name(root: str) -> str:
    """Return the name of a root code (``"04"`` -> ``"Consult"``), from the shipped table."""
    entry = cameo_codes().get(root)
    return entry.description.capitalize() if entry and entry.description else f"CAMEO {root}"


def _main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python -m foedus.events.cameo cameo_codes.json  (rewrites the shipped table)")
        return 2
    codes, problems = read_cameo_json(argv[0])
    for problem in problems:
        print(problem)
    target = Path(str(resources.files("foedus.events") / "data" / "cameo_codes.csv"))
    write_cameo_table(codes, target)
    print(f"{target}: {len(codes)} codes")
    return 0


if __name__ == "__main__":
    import sys

    raise SystemExit(_main(sys.argv[1:]))

"""Small synthetic files in each original layout, written for the tests (no real data is copied here).

The world, 1900-1950 (COW codes):
- USA (2) and the UK (200) throughout; France (220) leaves on 1940-06-22 and comes back on 1944-08-25.
- Austria-Hungary (300) ends on 1918-11-12, the day Austria (305) begins: a true dyad in 1918. Hungary (310)
  begins on 1918-11-16: Austria-Hungary and Hungary share 1918 but never a day (a false dyad).
- Yugoslavia (345) leaves on 1941-04-20 and comes back on 1941-10-20, within one year. Croatia (344) lives
  1941-05-01 to 1941-09-30, in the gap (a false dyad with Yugoslavia); Slovenia (349) 1941-03-01 to
  1941-11-01, overlapping both of Yugoslavia's stretches (one dyad, not two).

ATOP, in the same world: the UK pledges defense to France and France only consultation to the UK (a one-way
pledge, alliance 1001, from 8 April 1904); the USA and the UK sign a non-aggression pact in May 1920 (day
unknown: 0) that ends in 1930 (month and day unknown: -9); the UK pledges neutrality to Denmark (390, not in
this system) 1910-1912; Croatia and Yugoslavia "pledge" consultation in 1941 (never on the same day).
"""

from __future__ import annotations

import gzip
from pathlib import Path

COW_STATES = """\
stateabb,ccode,statenme,styear,stmonth,stday,endyear,endmonth,endday,version
USA,2,United States of America,1900,1,1,1950,12,31,2016
UKG,200,United Kingdom,1900,1,1,1950,12,31,2016
FRN,220,France,1900,1,1,1940,6,22,2016
FRN,220,France,1944,8,25,1950,12,31,2016
AUH,300,Austria-Hungary,1900,1,1,1918,11,12,2016
AUS,305,Austria,1918,11,12,1938,3,13,2016
HUN,310,Hungary,1918,11,16,1950,12,31,2016
CRO,344,Croatia,1941,5,1,1941,9,30,2016
YUG,345,Yugoslavia,1900,1,1,1941,4,20,2016
YUG,345,Yugoslavia,1941,10,20,1950,12,31,2016
SLO,349,Slovenia,1941,3,1,1941,11,1,2016
"""

#: (code, first day, last day) of every spell above, for oracles.
SPELLS: list[tuple[int, str, str]] = [
    (int(f[1]), f"{f[3]}-{int(f[4]):02d}-{int(f[5]):02d}", f"{f[6]}-{int(f[7]):02d}-{int(f[8]):02d}")
    for f in (line.split(",") for line in COW_STATES.splitlines()[1:])
]

COW_MAJORS = """\
stateabb,ccode,styear,stmonth,stday,endyear,endmonth,endday,version
USA,2,1900,1,1,1950,12,31,2016
UKG,200,1900,1,1,1950,12,31,2016
FRN,220,1900,1,1,1940,6,22,2016
"""


def cow_system() -> str:
    """Return system2016.csv's layout for the world above: one row per state and year it was in the system."""
    rows = ["stateabb,ccode,year,version"]
    for line in COW_STATES.splitlines()[1:]:
        f = line.split(",")
        for year in range(int(f[3]), int(f[6]) + 1):
            row = f"{f[0]},{f[1]},{year},2016"
            if row not in rows:
                rows.append(row)
    return "\n".join(rows) + "\n"


ATOP_ALLIANCES = """\
atopid,cowid,cow4id,begyr,begmo,begday,endyr,endmo,endday,ineffect,bilat,defense,offense,neutral,nonagg,consul,version
1001,,,1904,4,8,0,0,0,1,1,1,0,0,0,1,4.0100002
1002,,,1920.0,5,0,1930,-9,-9,0,1,0,0,0,1,0,4.0100002
1003,,,1910,1,1,1912,12,31,0,1,0,0,1,0,0,4.0100002
1004,,,1941,5,1,1941,11,1,0,1,0,0,0,0,1,4.0100002
"""

_MEMBER_HEADER = (
    "atopid,cowid,cow4id,member,cowsys,yrent,moent,dayent,yrexit,moexit,dayexit,ineffect,bilat,phase,"
    "termmode,termcaus,defense,offense,neutral,nonagg,consul,version"
)

ATOP_MEMBERS = f"""\
{_MEMBER_HEADER}
1001,,,200,1,1904,4,8,0,0,0,1,1,1,0,0,1,0,0,0,0,4.01
1001,,,220,1,1904,4,8,0,0,0,1,1,1,0,0,0,0,0,0,1,4.01
1002,,,2.0,1,1920,5,0,1930,-9,-9,0,1,1,1,1,0,0,0,1,0,4.01
1002,,,200.0,1,1920,5,0,1930,-9,-9,0,1,1,1,1,0,0,0,1,0,4.01
1003,,,200,1,1910,1,1,1912,12,31,0,1,1,3,6,0,0,1,0,0,4.01
1003,,,390,0,1910,1,1,1912,12,31,0,1,1,3,3,0,0,1,0,0,4.01
1004,,,344,1,1941,5,1,1941,9,30,0,1,1,4,2,0,0,0,0,1,4.01
1004,,,345,1,1941,5,1,1941,11,1,0,1,1,4,2,0,0,0,0,1,4.01
"""

#: The directed pledges of ATOP_MEMBERS by year: (from, to, first year, last year, obligation). The data end in
#: 1941 (its last year), so alliance 1001, still in effect, runs to 1941.
PLEDGES: list[tuple[int, int, int, int, str]] = [
    (200, 220, 1904, 1941, "defense"),
    (220, 200, 1904, 1941, "consul"),
    (2, 200, 1920, 1930, "nonagg"),
    (200, 2, 1920, 1930, "nonagg"),
    (200, 390, 1910, 1912, "neutral"),
    (390, 200, 1910, 1912, "neutral"),
    (344, 345, 1941, 1941, "consul"),
    (345, 344, 1941, 1941, "consul"),
]
OBLIGATIONS = ("defense", "offense", "neutral", "nonagg", "consul")


def atop_dyad_years(processed: bool = False) -> str:
    """Return PLEDGES as ATOP's directed dyad-year layout, or peacesciencer's processed one (floats)."""
    flags: dict[tuple[int, int, int], set[str]] = {}
    for a, b, first, last, obligation in PLEDGES:
        for year in range(first, last + 1):
            flags.setdefault((a, b, year), set()).add(obligation)
    if processed:
        rows = ["ccode1,ccode2,year," + ",".join(f"atop_{o}" for o in OBLIGATIONS)]
        for (a, b, year), held in sorted(flags.items()):
            rows.append(f"{a}.0,{b}.0,{year}.0," + ",".join("1.0" if o in held else "0.0" for o in OBLIGATIONS))
    else:
        rows = ["ddyad,stateA,stateB,year,atopally," + ",".join(OBLIGATIONS) + ",version"]
        for (a, b, year), held in sorted(flags.items()):
            rows.append(f"{a}{b:03d},{a},{b},{year},1," + ",".join("1" if o in held else "0" for o in OBLIGATIONS)
                        + ",4.01")
    return "\n".join(rows) + "\n"


GW_PROCESSED = """\
gwcode,stateabb,statename,startdate,enddate
2.0,USA,United States of America,1900-01-01,1950-12-31
200.0,UKG,United Kingdom,1900-01-01,1950-12-31
260.0,GFR,"German Federal Republic",1949-09-21,1950-12-31
437.0,CDI,Côte d'Ivoire,1940-08-07,1950-12-31
"""

GW_IISYSTEM = (
    "2\tUSA\tUnited States of America\t01:01:1900\t31:12:1950\n"
    "200\tUKG\tUnited Kingdom\t01:01:1900\t31:12:1950\n"
    "260\tGFR\tGerman Federal Republic\t21:09:1949\t31:12:1950\n"
    "437\tCDI\tCôte d'Ivoire\t07:08:1940\t31:12:1950\n"
).encode("latin-1")


def write(folder: Path, name: str, content: str | bytes, *, compress: bool = False) -> Path:
    """Write ``content`` to ``folder/name`` (gzipped if asked) and return the path."""
    data = content.encode("utf-8") if isinstance(content, str) else content
    path = folder / name
    path.write_bytes(gzip.compress(data, mtime=0) if compress else data)
    return path

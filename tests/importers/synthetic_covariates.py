"""Small synthetic covariate files in each original layout, written for the tests (no real data is copied here).

The column lists are the real ones (MIDB 5.0's, Archigos 4.1's, Polity5's, ...); the values are made up, with
the cases the importers must get right: codes written as floats, -9 and NA for missing, states without a COW
code, two units of one file on one COW state-year, G-W codes that differ from COW's, participants whose parts in
a dispute never overlap.
"""

from __future__ import annotations

NMC_ORIGINAL = """\
stateabb,ccode,year,milex,milper,irst,pec,tpop,upop,cinc,version
USA,2,1900,191000,126,10352,248964,76094,18963,.1859,2021
USA,2,1901,-9,112,13689,271540,77584,19501,.1901,2021
UKG,200,1900,121000,624,5050,171000,41155,14281,.1118,2021
CHN,710,1900,-9,1000,0,-9,415001,17850,.1086,2021
"""

NMC_PROCESSED = """\
"ccode","year","milex","milper","irst","pec","tpop","upop","cinc"
2.0,2022.0,838814000,1360,80535,3436075,344775,119142,0.12356574
365,2022,74742000,1190,71746,1441163,145580,69540,0.038196992
710,2022,,2035,1017959,7370013,1433350,632320,0.23409663
31,1993,,1,0,150,269,187,4.7880199e-05
"""

_VDEM_HEADER = (
    "country_name,country_text_id,country_id,year,historical_date,project,historical,histname,codingstart,"
    "codingend,codingstart_contemp,codingend_contemp,codingstart_hist,codingend_hist,gapstart1,gapstart2,"
    "gapstart3,gapend1,gapend2,gapend3,gap_index,COWcode,v2x_polyarchy,v2x_polyarchy_codelow,"
    "v2x_polyarchy_codehigh,v2x_polyarchy_sd,v2x_libdem"
)


def _vdem_row(name: str, text_id: str, vdem_id: int, year: int, cow: str, polyarchy: str) -> str:
    return (f'"{name}",{text_id},{vdem_id},{year},{year}-12-31,2,1,"{name}",1789,2025,1900,2025,1789,1920,'
            f"NA,NA,NA,NA,NA,NA,NA,{cow},{polyarchy},NA,NA,NA,NA")


#: V-Dem: Piedmont-Sardinia and Italy are both COW 325 in 1861 (Italy continues: its value is kept); Hong Kong
#: has no COW code; the United States' 1901 value is missing (NA).
VDEM = "\n".join([
    _VDEM_HEADER,
    _vdem_row("United States of America", "USA", 20, 1900, "2", "0.372"),
    _vdem_row("United States of America", "USA", 20, 1901, "2", "NA"),
    _vdem_row("Piedmont-Sardinia", "PSD", 373, 1860, "325", "0.101"),
    _vdem_row("Piedmont-Sardinia", "PSD", 373, 1861, "325", "0.102"),
    _vdem_row("Italy", "ITA", 82, 1861, "325.0", "0.153"),
    _vdem_row("Italy", "ITA", 82, 1862, "325", "0.155"),
    _vdem_row("Hong Kong", "HKG", 167, 1900, "", "0.05"),
]) + "\n"

_POLITY_HEADER = (
    "p5,cyear,ccode,scode,country,year,flag,fragment,democ,autoc,polity,polity2,durable,xrreg,xrcomp,xropen,"
    "xconst,parreg,parcomp,exrec,exconst,polcomp,prior,emonth,eday,eyear,eprec,interim,bmonth,bday,byear,bprec,"
    "post,change,d5,sf,regtrans"
)


def _polity_row(code: int, scode: str, country: str, year: int, polity: int, polity2: int | str) -> str:
    return (f"0,{code}{year},{code},{scode},{country},{year},0,,0,0,{polity},{polity2},"
            ",,,,,,,,,,,,,,,,,,,,,,,,")


#: Polity5: its own codes for the USSR (364: Russia is kept in 1922), Serbia (342) and Serbia and Montenegro
#: (347: Serbia, which continues, is kept in 2006), Montenegro (348), Kosovo (341), Austria (305 is COW 300
#: until 1918), United Province CA (89: no COW state). A transition year: polity -88, polity2 interpolated.
POLITY5 = "\n".join([
    _POLITY_HEADER,
    _polity_row(365, "RUS", "Russia", 1921, -1, -1),
    _polity_row(365, "RUS", "Russia", 1922, -1, -1),
    _polity_row(364, "USR", "USSR", 1922, -7, -7),
    _polity_row(364, "USR", "USSR", 1923, -7, -7),
    _polity_row(347, "SRB", "Serbia and Montenegro", 2005, 6, 6),
    _polity_row(347, "SRB", "Serbia and Montenegro", 2006, 6, 6),
    _polity_row(342, "SER", "Serbia", 2006, 8, 8),
    _polity_row(342, "SER", "Serbia", 2007, 8, 8),
    _polity_row(348, "MNT", "Montenegro", 2007, 9, 9),
    _polity_row(341, "KOS", "Kosovo", 2008, 8, 8),
    _polity_row(305, "AUS", "Austria", 1917, -4, -4),
    _polity_row(305, "AUS", "Austria", 1918, -88, 1),
    _polity_row(305, "AUS", "Austria", 1919, 8, 8),
    _polity_row(89, "UPC", "United Province CA", 1830, 2, ""),
]) + "\n"

_UDS_HEADER = (
    "extended_country_name,GWn,cown,in_GW_system,year,z1,se_z1,z1_pct025,z1_pct975,z1_adj,z1_adj_pct025,"
    "z1_adj_pct975,z1_as_prob,z1_adj_as_prob,num_measures,measures"
)

#: Marquez's extended UDS: Serbia and Yugoslavia are both COW 345 in 1918 (Yugoslavia continues); Hong Kong
#: has no COW code (NA).
UDS = "\n".join([
    _UDS_HEADER,
    'Serbia,340,345,TRUE,1917,-0.5,0.2,-0.9,-0.1,-0.8,-1.2,-0.4,0.31,0.21,4,"polity2,v2x_polyarchy"',
    'Serbia,340,345,FALSE,1918,-0.4,0.2,-0.8,0,-0.7,-1.1,-0.3,0.34,0.24,4,"polity2,v2x_polyarchy"',
    'Yugoslavia,345,345,TRUE,1918,-0.6,0.2,-1,-0.2,-0.9,-1.3,-0.5,0.27,0.18,3,"polity2"',
    'Yugoslavia,345,345,TRUE,1919,-0.6,0.2,-1,-0.2,-0.9,-1.3,-0.5,0.27,0.18,3,"polity2"',
    'Hong Kong,NA,NA,FALSE,1990,0.3,0.3,-0.3,0.9,0,-0.6,0.6,0.62,0.5,2,"fh"',
]) + "\n"

DEMOCRACY_PROCESSED = """\
"ccode","year","euds","aeuds","polity2","v2x_polyarchy"
2,1816,0.287924085700917,-0.00523144941479869,6,0.355
710,2019,-1.2,-1.5,-7,0.063
710,2025,-1.3,-1.6,NA,0.06
365,2025,,,,
"""

MIDB_HEADER = ("dispnum,stabb,ccode,stday,stmon,styear,endday,endmon,endyear,sidea,revstate,revtype1,revtype2,"
               "fatality,fatalpre,hiact,hostlev,orig,version")

#: MIDB, in a made-up world:
#: - 2001: the USA (side A) against the UK (5 Mar 1900 - 10 Feb 1901; the UK from June 1900, day unknown, to
#:   31 Dec 1900) and France, which joins on 1 March 1901, after the USA left: no USA-France dyad.
#: - 2002: China against Russia, which takes part twice (1929, then June-September 1931): two onsets. China's
#:   fatalities are unknown; Russia has none in 1929 and many in 1931.
#: - 2003: the USA and the UK on side A against China: no USA-UK dyad; the stretch runs over New Year 1906.
#: - 2004: Japan's part ends on 1 May 1907; Korea's begins in May 1907, day unknown (the 1st at the earliest).
MIDB = "\n".join([
    MIDB_HEADER,
    "2001,USA,2,5,3,1900,10,2,1901,1,1,1,-9,1,1,16,4,1,5",
    "2001,UKG,200,-9,6,1900,31,12,1900,0,0,-9,-9,0,0,7,3,1,5",
    "2001,FRN,220,1,3,1901,1,4,1901,0,0,-9,-9,0,0,1,2,0,5",
    "2002,CHN,710,10,7,1929,-9,12,1931,1,1,1,-9,-9,-9,20,4,1,5",
    "2002,RUS,365,17,7,1929,22,12,1929,0,0,-9,-9,0,0,16,4,0,5",
    "2002,RUS,365,1,6,1931,30,9,1931,0,0,-9,-9,6,-9,20,3,0,5",
    "2003,USA,2,30,12,1905,2,1,1906,1,1,2,-9,0,0,7,3,1,5",
    "2003,UKG,200,30,12,1905,2,1,1906,1,0,-9,-9,0,0,7,3,0,5",
    "2003,CHN,710.0,30,12,1905,2,1,1906,0,0,-9,-9,0,0,0,1,1,5",
    "2004,JPN,740,1,3,1907,1,5,1907,1,1,1,-9,0,0,8,3,1,5",
    "2004,KOR,730,-9,5,1907,1,6,1907,0,0,-9,-9,0,0,0,1,1,5",
]) + "\n"

#: The non-directed dispute-dyad-years MIDB above makes: (dispute, ccode1, ccode2, year, onset, hostility, fatal).
MIDB_DYAD_YEARS = {
    (2001, 2, 200, 1900, True, 4, True),
    (2002, 365, 710, 1929, True, 4, None),
    (2002, 365, 710, 1931, True, 4, True),
    (2003, 2, 710, 1905, True, 3, False),
    (2003, 2, 710, 1906, False, 3, False),
    (2003, 200, 710, 1905, True, 3, False),
    (2003, 200, 710, 1906, False, 3, False),
    (2004, 730, 740, 1907, True, 3, False),
}

MIDA = """\
dispnum,stday,stmon,styear,endday,endmon,endyear,outcome,settle,fatality,fatalpre,maxdur,mindur,hiact,hostlev,recip,numa,numb,link1,link2,link3,ongo2014,version
2001,5,3,1900,1,4,1901,6,1,1,1,393,393,16,4,1,1,2,0,0,0,0,5
"""

_DDY_HEADER = (
    '"dispnum","ccode1","ccode2","year","cowmidongoing","cowmidonset","sidea1","sidea2","fatality1","fatality2",'
    '"fatalpre1","fatalpre2","hiact1","hiact2","hostlev1","hostlev2","orig1","orig2","fatality","hostlev",'
    '"mindur","maxdur","recip","stmon"'
)


def mid_ddydisps(rows: list[tuple[int, int, int, int, int, int, int, int, int, int]]) -> str:
    """Return peacesciencer's directed layout, mirrored, for (dispnum, ccode1, ccode2, year, onset, sidea1,
    fatality1, fatality2, hostlev1, hostlev2) rows (codes as floats in the mirrored rows)."""
    lines = [_DDY_HEADER]
    for dispnum, a, b, year, onset, side_a, fat_a, fat_b, host_a, host_b in rows:
        lines.append(f"{dispnum},{a},{b},{year},1,{onset},{side_a},{1 - side_a},{fat_a},{fat_b},0,0,7,7,{host_a},"
                     f"{host_b},1,1,{max(fat_a, fat_b)},{max(host_a, host_b)},30,30,0,5")
        lines.append(f"{dispnum}.0,{b}.0,{a}.0,{year}.0,1,{onset},{1 - side_a},{side_a},{fat_b},{fat_a},0,0,7,7,"
                     f"{host_b},{host_a},1,1,{max(fat_a, fat_b)},{max(host_a, host_b)},30,30,0,5")
    return "\n".join(lines) + "\n"


MID_DDYDISPS = mid_ddydisps([
    (3001, 2, 20, 1979, 1, 0, 0, 0, 1, 4),
    (3002, 365, 710, 1969, 1, 1, 6, 6, 5, 5),
    (3002, 365, 710, 1970, 0, 1, 6, 6, 4, 4),
    (3003, 2, 710, 1950, 1, 1, -9, 0, 4, 4),
])

RIVALRIES = """\
"rivalryno","rivalryname","ccode1","ccode2","styear","endyear","region","type1","type2","type3"
29,"China-Russia 1",365,710,1816,1949,"East Asia","positional","spatial",
126,"China-Russia 2",365.0,710.0,1958,1989,"East Asia","ideological","positional","spatial"
122,"Greece-Turkey 2",640,350,1955,2010,"Southeast Europe","positional","spatial",
6,"Ottoman Empire-Venice",324,640,1494,1717,"European GPs","spatial","positional",
"""

RIVALRIES_BY_NAME = """\
rivalryno,rivalryname,sidea,sideb,styear,endyear,region,type1,type2,type3
1,Austria-France,Austria,France,1494,1918,European GPs,spatial,positional,
"""

_ARCHIGOS_COLUMNS = (
    "obsid", "leadid", "ccode", "idacr", "leader", "startdate", "eindate", "enddate", "eoutdate", "entry", "exit",
    "exitcode", "prevtimesinoffice", "posttenurefate", "gender", "yrborn", "yrdied", "borndate", "ebirthdate",
    "deathdate", "edeathdate", "dbpediauri", "numentry", "numexit", "numexitcode", "numposttenurefate", "fties",
    "ftcur",
)

#: Leader spells: (obsid, G-W code, idacr, leader, start, end, entry, exit, exitcode) and the COW code expected.
LEADERS: list[tuple[tuple[str, int, str, str, str, str, str, str, str], int | None]] = [
    (("GFR-1982", 260, "GFR", "Kohl", "1982-10-01", "1998-10-27", "Regular", "Regular", "Regular"), 260),
    (("GFR-1998", 260, "GFR", "Schroder", "1998-10-27", "2005-11-22", "Regular", "Regular", "Regular"), 255),
    (("GFR-2005", 260, "GFR", "Merkel", "2005-11-22", "2015-12-31", "Regular", "Still in Office",
      "Still in Office"), 255),
    (("GDR-1946", 265, "GDR", "Wilhelm Pieck", "1946-04-22", "1950-07-25", "Foreign Imposition", "Regular",
      "Regular"), 265),
    (("SER-1882", 340, "SER", "Milan I", "1882-03-06", "1889-03-06", "Regular", "Regular", "Regular"), 345),
    (("SER-2014", 340, "SER", "Vucic", "2014-04-27", "2015-12-31", "Regular", "Still in Office",
      "Still in Office"), 345),
    (("YUG-2003", 345, "YUG", "Svetozar Marovic", "2003-03-07", "2006-06-04", "Regular", "Regular",
      "Regular"), 345),
    (("YEM-1978", 678, "YEM", "Saleh al-Hashidi", "1978-07-17", "2012-02-27", "Irregular", "Irregular",
      "Popular Protest, without Foreign Support"), 678),
    (("YEM-2012", 678, "YEM", "Abd Rabbuh Mansur Hadi", "2012-02-27", "2015-12-31", "Regular",
      "Still in Office", "Still in Office"), 679),
    (("YPR-1986", 680, "YPR", "Attas", "1986-01-24", "1990-05-22", "Irregular", "Regular", "Regular"), 680),
    (("DRV-1945", 816, "DRV", "Ho Chi Minh", "1945-09-02", "1969-09-03", "Irregular", "Natural Death",
      "Regular"), 816),
    (("RVN-1975", 817, "RVN", "Minh", "1975-04-28", "1975-04-30", "Irregular", "Foreign",
      "Removed through Threat of Foreign Force"), 817),
    (("KIR-1979", 970, "KIR", "Tabai", "1979-07-12", "1991-07-04", "Regular", "Regular", "Regular"), 946),
    (("NAU-1968", 971, "NAU", "DeRoburt", "1968-01-31", "1976-12-22", "Regular", "Regular", "Regular"), 970),
    (("TBT-1875", 711, "TBT", "Tatsak Rinpoche", "1875-04-25", "1886-06-15", "Regular", "Natural Death",
      "Regular"), None),
]


def archigos_original(delimiter: str = "\t") -> str:
    """Return LEADERS in Archigos 4.1's layout (tab-separated, as distributed; NA where a value is missing)."""
    lines = [delimiter.join(_ARCHIGOS_COLUMNS)]
    for index, ((obsid, gw, idacr, leader, start, end, entry, exit_, code), _) in enumerate(LEADERS):
        fields = [obsid, f"lead-{index:04d}", str(gw), idacr, leader, start, start, end, end, entry, exit_, code,
                  "0", "OK", "M", "1930", "NA", "NA", "NA", "NA", "NA", "NA", "0", "1", "0", "0", "NA", "NA"]
        lines.append(delimiter.join(f'"{f}"' if delimiter in f else f for f in fields))
    return "\n".join(lines) + "\n"


def archigos_processed() -> str:
    """Return LEADERS in peacesciencer's layout (quoted text, codes as numbers)."""
    lines = ['"obsid","gwcode","leadid","leader","yrborn","gender","startdate","enddate","entry","exit","exitcode"']
    for index, ((obsid, gw, _, leader, start, end, entry, exit_, code), _) in enumerate(LEADERS):
        lines.append(f'"{obsid}",{gw},"lead-{index:04d}","{leader}",1930,"M",{start},{end},"{entry}","{exit_}",'
                     f'"{code}"')
    return "\n".join(lines) + "\n"

"""The layouts of the event files foedus reads: GDELT 1.0, GDELT 2.0 and ICEWS, column by column.

The column lists are the official ones (GDELT's codebooks; ICEWS's Dataverse files); a test checks the GDELT lists
against the column files GDELT publishes. Each layout says which columns foedus keeps and how their text is read:
the types of the columns are DuckDB types, so that the CSV reader itself rejects a row whose date does not exist
(``20230230``) or whose code is not a CAMEO code, and reports its line.

References
----------
Leetaru, K., & Schrodt, P. A. (2013). GDELT: Global data on events, location, and tone, 1979-2012. Paper presented
at the International Studies Association annual convention, San Francisco.
Boschee, E., Lautenschlager, J., O'Brien, S., Shellman, S., Starz, J., & Ward, M. (2015). ICEWS Coded Event Data.
Harvard Dataverse. https://doi.org/10.7910/DVN/28075
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = [
    "ENGINES", "GDELT1", "GDELT1_COLUMNS", "GDELT2", "GDELT2_COLUMNS", "ICEWS", "ICEWS_COLUMNS", "LAYOUTS",
    "EventLayout",
]

_ACTOR = (
    "Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code", "Type1Code",
    "Type2Code", "Type3Code",
)
_EVENT = (
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale", "NumMentions",
    "NumSources", "NumArticles", "AvgTone",
)


def _geo(prefix: str, adm2: bool) -> tuple[str, ...]:
    parts = ["Type", "FullName", "CountryCode", "ADM1Code", *(["ADM2Code"] if adm2 else []), "Lat", "Long",
             "FeatureID"]
    return tuple(f"{prefix}Geo_{p}" for p in parts)


def _gdelt(adm2: bool) -> tuple[str, ...]:
    return (
        "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
        *(f"Actor1{a}" for a in _ACTOR), *(f"Actor2{a}" for a in _ACTOR), *_EVENT,
        *_geo("Actor1", adm2), *_geo("Actor2", adm2), *_geo("Action", adm2), "DATEADDED", "SOURCEURL",
    )


#: GDELT 1.0's 58 columns (files before April 2013 have the first 57, without SOURCEURL).
GDELT1_COLUMNS: tuple[str, ...] = _gdelt(adm2=False)
#: GDELT 2.0's 61 columns: 1.0's with an ADM2 code in each of the three geographies.
GDELT2_COLUMNS: tuple[str, ...] = _gdelt(adm2=True)
#: ICEWS's 20 columns, named in the header of its Dataverse files.
ICEWS_COLUMNS: tuple[str, ...] = (
    "Event ID", "Event Date", "Source Name", "Source Sectors", "Source Country", "Event Text", "CAMEO Code",
    "Intensity", "Target Name", "Target Sectors", "Target Country", "Story ID", "Sentence Number", "Publisher",
    "City", "District", "Province", "Country", "Latitude", "Longitude",
)


@dataclass(frozen=True)
class EventLayout:
    """How to read one source's files and turn a row into foedus's event columns.

    ``types`` gives the DuckDB type of each column foedus checks (the others are read as text); ``required`` the
    typed columns and ``required_text`` the text columns (the actors) that may not be empty: the scan
    (:mod:`foedus.events.scan`) finds an empty one with its line and the row is refused, never stored with a NULL.
    ``select`` maps each stored column to SQL over the file's columns (quoted as in ``columns``); ``country_kind``
    says whether actors' countries are codes (CAMEO/ISO3) or names (ICEWS).
    """

    source: str
    title: str
    columns: tuple[str, ...]
    header: bool
    date_format: str
    types: dict[str, str]
    required: tuple[str, ...]
    select: dict[str, str]
    country_kind: str
    accepted_widths: tuple[int, ...] = ()
    required_text: tuple[str, ...] = ()
    quad_from_root: bool = False
    """The layout has no quad class: it follows from the CAMEO root code
    (:func:`foedus.events.cameo.quad_class_sql`)."""

    def required_positions(self) -> tuple[tuple[int, str], ...]:
        """Return the position and name of each column that may not be empty, typed or text, in file order."""
        return tuple(sorted((self.columns.index(name), name) for name in (*self.required, *self.required_text)))

    def width_names(self, width: int) -> tuple[str, ...]:
        """Return the column names of a file with ``width`` columns (GDELT 1.0's older files lack SOURCEURL)."""
        return self.columns[:width]


#: CAMEO's actor role codes that are the state's own organs: government, military, legislature, judiciary,
#: intelligence, police (Schrodt 2012, the CAMEO codebook's domestic roles). An actor with one of them, or an actor
#: that is the country itself (its code the country's, with no role or known group), is a state actor.
STATE_ROLES: tuple[str, ...] = ("GOV", "MIL", "LEG", "JUD", "SPY", "COP")
#: ICEWS's sectors that are the state's own organs (every "... Ministry" sector too).
STATE_SECTORS: tuple[str, ...] = (
    "Government", "Executive", "Executive Office", "Military", "Legislative / Parliamentary", "Judicial", "Police",
    "Cabinet",
)


def _gdelt_actor(n: int) -> dict[str, str]:
    types = [f'nullif(trim("Actor{n}Type{k}Code"), \'\')' for k in (1, 2, 3)]
    roles = ", ".join(f"'{r}'" for r in STATE_ROLES)
    group = f'nullif(trim("Actor{n}KnownGroupCode"), \'\')'
    return {
        f"actor{n}_types": f"nullif(concat_ws('|', {', '.join(types)}), '')",
        f"actor{n}_group": group,
        f"actor{n}_state": (f"(coalesce({types[0]} IN ({roles}), false) OR coalesce({types[1]} IN ({roles}), false) "
                            f"OR coalesce({types[2]} IN ({roles}), false) OR (concat_ws('', {', '.join(types)}) = '' "
                            f"AND {group} IS NULL AND trim(\"Actor{n}Code\") = trim(\"Actor{n}CountryCode\")))"),
    }


def _icews_actor(side: str, n: int) -> dict[str, str]:
    sectors = f'nullif(nullif(trim("{side} Sectors"), \'\'), \'NA\')'
    names = "|".join(STATE_SECTORS)
    return {
        f"actor{n}_types": sectors,
        f"actor{n}_group": "NULL::VARCHAR",
        f"actor{n}_state": (f"(regexp_matches(',' || coalesce({sectors}, '') || ',', "
                            f"',\\s*({names}|[^,]*Ministry)\\s*,') "
                            f"OR trim(\"{side} Name\") = trim(\"{side} Country\"))"),
    }


def _gdelt_layout(source: str, title: str, columns: tuple[str, ...], widths: tuple[int, ...]) -> EventLayout:
    return EventLayout(
        source=source, title=title, columns=columns, header=False, date_format="%Y%m%d",
        types={"GLOBALEVENTID": "BIGINT", "SQLDATE": "DATE", "EventCode": "cameo_code", "QuadClass": "quad_class",
               "GoldsteinScale": "goldstein_score", "NumMentions": "INTEGER", "NumSources": "INTEGER",
               "NumArticles": "INTEGER", "IsRootEvent": "INTEGER", "AvgTone": "DOUBLE", "DATEADDED": "BIGINT"},
        required=("GLOBALEVENTID", "SQLDATE", "EventCode", "QuadClass", "GoldsteinScale"),
        select={
            "event_id": '"GLOBALEVENTID"',
            "date": '"SQLDATE"',
            "actor1_country": 'nullif(upper(trim("Actor1CountryCode")), \'\')',
            "actor2_country": 'nullif(upper(trim("Actor2CountryCode")), \'\')',
            "event_code": '"EventCode"::VARCHAR',
            "quad_class": '"QuadClass"::VARCHAR::TINYINT',
            "goldstein": '"GoldsteinScale"::VARCHAR::DOUBLE',
            "mentions": '"NumMentions"',
            **_gdelt_actor(1), **_gdelt_actor(2),
            "articles": '"NumArticles"',
            "sources": '"NumSources"',
            "is_root": '"IsRootEvent" = 1',
            "tone": '"AvgTone"',
            "date_added": ("CASE WHEN \"DATEADDED\" >= 10000000000000 "
                           "THEN try_strptime(\"DATEADDED\"::VARCHAR, '%Y%m%d%H%M%S') "
                           "ELSE try_strptime(\"DATEADDED\"::VARCHAR, '%Y%m%d') END"),
        },
        country_kind="code",
        accepted_widths=widths,
        required_text=("Actor1Code", "Actor2Code"),
    )


GDELT1 = _gdelt_layout("gdelt1", "GDELT 1.0", GDELT1_COLUMNS, (57, 58))
GDELT2 = _gdelt_layout("gdelt2", "GDELT 2.0", GDELT2_COLUMNS, (61,))
ICEWS = EventLayout(
    source="icews", title="ICEWS", columns=ICEWS_COLUMNS, header=True, date_format="%Y-%m-%d", quad_from_root=True,
    types={"Event ID": "BIGINT", "Event Date": "DATE", "CAMEO Code": "cameo_code", "Intensity": "goldstein_score"},
    required=("Event ID", "Event Date", "CAMEO Code", "Intensity"),
    select={
        "event_id": '"Event ID"',
        "date": '"Event Date"',
        "actor1_country": 'nullif(nullif(trim("Source Country"), \'\'), \'NA\')',  # NA: R's missing value
        "actor2_country": 'nullif(nullif(trim("Target Country"), \'\'), \'NA\')',
        "event_code": '"CAMEO Code"::VARCHAR',
        "quad_class": "NULL",  # ICEWS has none: it follows from the CAMEO root code
        "goldstein": '"Intensity"::VARCHAR::DOUBLE',
        "mentions": "NULL::INTEGER",
        **_icews_actor("Source", 1), **_icews_actor("Target", 2),
        "articles": "NULL::INTEGER",  # ICEWS gives none of these
        "sources": "NULL::INTEGER",
        "is_root": "NULL::BOOLEAN",
        "tone": "NULL::DOUBLE",
        "date_added": "NULL::TIMESTAMP",
    },
    country_kind="name",
    accepted_widths=(20,),
    required_text=("Source Name", "Target Name"),
)

#: The layouts by source name.
#: The registry of engines that run the monitor's aggregation behind one ``run()``
#: (:func:`foedus.events.aggregate.run`): DuckDB in this process, or Spark (``pip install 'foedus[spark]'``).
ENGINES: dict[str, str] = {"duckdb": "DuckDB, in this process", "spark": "Spark, local or a cluster (foedus[spark])"}

#: The registry of event sources: each is a layout, under its name (``foedus import events NAME``, ``--source``).
LAYOUTS: dict[str, EventLayout] = {layout.source: layout for layout in (GDELT1, GDELT2, ICEWS)}

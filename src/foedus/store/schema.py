"""The store's schema: the tables of the ledgers and of imported data, as named migrations applied in order.

A data family added since (:mod:`foedus.families`) brings its own migrations; :func:`all_migrations` lists them all.
"""

from __future__ import annotations

from foedus.families import FAMILIES

__all__ = ["LEDGER_TABLES", "MIGRATIONS", "all_migrations"]

MIGRATIONS: tuple[tuple[str, str], ...] = (
    (
        "0001_ledger_core",
        """
        CREATE TABLE ledgers (
            name VARCHAR PRIMARY KEY, version VARCHAR NOT NULL, title VARCHAR NOT NULL, description VARCHAR,
            path VARCHAR NOT NULL, sha256 VARCHAR NOT NULL, shipped BOOLEAN NOT NULL, format INTEGER NOT NULL
        );
        CREATE TABLE codings (
            ledger VARCHAR NOT NULL, name VARCHAR NOT NULL, kind VARCHAR NOT NULL, description VARCHAR,
            PRIMARY KEY (ledger, name)
        );
        CREATE TABLE sources (
            ledger VARCHAR NOT NULL, id VARCHAR NOT NULL, type VARCHAR NOT NULL, author VARCHAR, editor VARCHAR,
            title VARCHAR NOT NULL, journal VARCHAR, booktitle VARCHAR, publisher VARCHAR, series VARCHAR,
            institution VARCHAR, address VARCHAR, year INTEGER, volume VARCHAR, issue VARCHAR, pages VARCHAR,
            url VARCHAR, doi VARCHAR, note VARCHAR,
            PRIMARY KEY (ledger, id)
        );
        CREATE TABLE treaties (
            slug VARCHAR PRIMARY KEY, ledger VARCHAR NOT NULL, title VARCHAR NOT NULL, alt_titles VARCHAR[],
            kind VARCHAR NOT NULL, obligations VARCHAR[] NOT NULL, multilateral BOOLEAN NOT NULL,
            signed VARCHAR NOT NULL, signed_year INTEGER NOT NULL, in_force VARCHAR, ended VARCHAR,
            ended_year INTEGER, term_years INTEGER, renewal VARCHAR, atopid INTEGER, disagrees_with_atop VARCHAR,
            description VARCHAR, sources VARCHAR[] NOT NULL
        );
        CREATE TABLE memberships (
            ledger VARCHAR NOT NULL, treaty VARCHAR NOT NULL, ccode INTEGER NOT NULL, state VARCHAR NOT NULL,
            entered VARCHAR NOT NULL, entered_year INTEGER NOT NULL, exited VARCHAR, exited_year INTEGER
        );
        CREATE TABLE events (
            ledger VARCHAR NOT NULL, id VARCHAR NOT NULL, date VARCHAR NOT NULL, year INTEGER NOT NULL,
            kind VARCHAR NOT NULL, actors INTEGER[] NOT NULL, actor_names VARCHAR[] NOT NULL,
            targets INTEGER[] NOT NULL, target_names VARCHAR[] NOT NULL, treaty VARCHAR,
            description VARCHAR NOT NULL, sources VARCHAR[] NOT NULL,
            PRIMARY KEY (ledger, id)
        );
        CREATE TABLE outcomes (
            ledger VARCHAR NOT NULL, treaty VARCHAR NOT NULL, coding VARCHAR NOT NULL, member INTEGER,
            member_name VARCHAR, ending VARCHAR NOT NULL, breach BOOLEAN NOT NULL, breached_by INTEGER[] NOT NULL,
            breached_by_names VARCHAR[] NOT NULL, events VARCHAR[] NOT NULL, termmode INTEGER, termcaus INTEGER,
            contested BOOLEAN NOT NULL, rationale VARCHAR NOT NULL, sources VARCHAR[] NOT NULL
        );
        """,
    ),
    (
        "0002_imported_data",
        """
        CREATE TABLE imported_files (
            sha256 VARCHAR PRIMARY KEY, name VARCHAR NOT NULL, path VARCHAR NOT NULL, size BIGINT NOT NULL,
            dataset VARCHAR NOT NULL, layout VARCHAR NOT NULL, version VARCHAR, target VARCHAR NOT NULL,
            rows_read INTEGER NOT NULL, rows_stored INTEGER NOT NULL, rows_skipped INTEGER NOT NULL,
            coverage_start INTEGER, coverage_end INTEGER, imported_at TIMESTAMP NOT NULL
        );
        CREATE TABLE atop_alliances (
            file_sha256 VARCHAR NOT NULL, version VARCHAR, line INTEGER NOT NULL, atopid INTEGER NOT NULL,
            began VARCHAR NOT NULL, began_year INTEGER NOT NULL, began_month INTEGER, began_day INTEGER,
            began_precision VARCHAR NOT NULL, ended VARCHAR, ended_year INTEGER, ended_month INTEGER,
            ended_day INTEGER, ended_precision VARCHAR, in_effect BOOLEAN, bilateral BOOLEAN,
            defense BOOLEAN NOT NULL, offense BOOLEAN NOT NULL, neutral BOOLEAN NOT NULL, nonagg BOOLEAN NOT NULL,
            consul BOOLEAN NOT NULL, termmode INTEGER, termcaus INTEGER, ending VARCHAR
        );
        CREATE TABLE atop_members (
            file_sha256 VARCHAR NOT NULL, version VARCHAR, line INTEGER NOT NULL, atopid INTEGER NOT NULL,
            ccode INTEGER NOT NULL, phase INTEGER, entered VARCHAR NOT NULL, entered_year INTEGER NOT NULL,
            entered_month INTEGER, entered_day INTEGER, entered_precision VARCHAR NOT NULL, exited VARCHAR,
            exited_year INTEGER, exited_month INTEGER, exited_day INTEGER, exited_precision VARCHAR,
            termmode INTEGER, termcaus INTEGER, ending VARCHAR, defense BOOLEAN NOT NULL, offense BOOLEAN NOT NULL,
            neutral BOOLEAN NOT NULL, nonagg BOOLEAN NOT NULL, consul BOOLEAN NOT NULL
        );
        CREATE TABLE atop_dyad_years (
            file_sha256 VARCHAR NOT NULL, version VARCHAR, line INTEGER NOT NULL, ccode1 INTEGER NOT NULL,
            ccode2 INTEGER NOT NULL, year INTEGER NOT NULL, defense BOOLEAN NOT NULL, offense BOOLEAN NOT NULL,
            neutral BOOLEAN NOT NULL, nonagg BOOLEAN NOT NULL, consul BOOLEAN NOT NULL
        );
        CREATE TABLE state_spells (
            file_sha256 VARCHAR NOT NULL, system VARCHAR NOT NULL, line INTEGER NOT NULL, code INTEGER NOT NULL,
            abbreviation VARCHAR, name VARCHAR, start_date DATE NOT NULL, end_date DATE NOT NULL
        );
        CREATE TABLE state_system_years (
            file_sha256 VARCHAR NOT NULL, system VARCHAR NOT NULL, line INTEGER NOT NULL, code INTEGER NOT NULL,
            abbreviation VARCHAR, year INTEGER NOT NULL
        );
        CREATE TABLE major_powers (
            file_sha256 VARCHAR NOT NULL, system VARCHAR NOT NULL, line INTEGER NOT NULL, code INTEGER NOT NULL,
            abbreviation VARCHAR, start_date DATE NOT NULL, end_date DATE NOT NULL
        );
        CREATE TABLE downloads (
            dataset VARCHAR NOT NULL, url VARCHAR NOT NULL, file VARCHAR NOT NULL, sha256 VARCHAR NOT NULL,
            pinned BOOLEAN NOT NULL, downloaded_at TIMESTAMP NOT NULL
        );
        """,
    ),
    (
        # Covariates of the breach model; each row names the file (and line) it came from. Keys are unique
        # within a file (the importers check them); several files of one dataset may be stored side by side.
        "0003_covariates",
        """
        CREATE TABLE capabilities (
            file_sha256 VARCHAR NOT NULL, version VARCHAR, line INTEGER NOT NULL, ccode INTEGER NOT NULL,
            year INTEGER NOT NULL, milex DOUBLE, milper DOUBLE, irst DOUBLE, pec DOUBLE, tpop DOUBLE, upop DOUBLE,
            cinc DOUBLE
        );
        CREATE TABLE regime_scores (
            file_sha256 VARCHAR NOT NULL, version VARCHAR, line INTEGER NOT NULL, ccode INTEGER NOT NULL,
            year INTEGER NOT NULL, measure VARCHAR NOT NULL, value DOUBLE NOT NULL
        );
        CREATE TABLE rivalries (
            file_sha256 VARCHAR NOT NULL, version VARCHAR, line INTEGER NOT NULL, rivalry INTEGER NOT NULL,
            name VARCHAR, ccode1 INTEGER NOT NULL, ccode2 INTEGER NOT NULL, start_year INTEGER NOT NULL,
            end_year INTEGER, kind VARCHAR
        );
        CREATE TABLE dispute_dyad_years (
            file_sha256 VARCHAR NOT NULL, version VARCHAR, line INTEGER NOT NULL, dispute INTEGER NOT NULL,
            ccode1 INTEGER NOT NULL, ccode2 INTEGER NOT NULL, year INTEGER NOT NULL, onset BOOLEAN NOT NULL,
            hostility INTEGER, fatal BOOLEAN
        );
        CREATE TABLE leaders (
            file_sha256 VARCHAR NOT NULL, version VARCHAR, line INTEGER NOT NULL, leader_id VARCHAR NOT NULL,
            gwcode INTEGER NOT NULL, ccode INTEGER, name VARCHAR, start_date DATE NOT NULL, end_date DATE,
            entry VARCHAR, exit VARCHAR, exitcode VARCHAR
        );
        """,
    ),
    (
        "0004_event_files",
        """
        CREATE TABLE event_files (
            sha256 VARCHAR PRIMARY KEY, source VARCHAR NOT NULL, dataset_dir VARCHAR NOT NULL, first_date DATE,
            last_date DATE, rows_bad INTEGER NOT NULL, rows_duplicate INTEGER NOT NULL,
            actors_unmapped INTEGER NOT NULL, unknown_codes INTEGER NOT NULL
        );
        """,
    ),
    (
        # Wars (foedus.importers.wars) and the conditions of ATOP members' obligations (foedus.importers.atop),
        # which foedus.tested reads to judge whether an alliance was honoured when its casus foederis arose.
        "0005_wars_and_conditions",
        """
        CREATE TABLE war_dyad_years (
            file_sha256 VARCHAR NOT NULL, version VARCHAR, line INTEGER NOT NULL, war INTEGER NOT NULL,
            ccode1 INTEGER NOT NULL, ccode2 INTEGER NOT NULL, year INTEGER NOT NULL, side1 INTEGER NOT NULL,
            initiator1 BOOLEAN NOT NULL, initiator2 BOOLEAN NOT NULL, onset BOOLEAN NOT NULL, resume BOOLEAN NOT NULL
        );
        CREATE TABLE atop_conditions (
            file_sha256 VARCHAR NOT NULL, version VARCHAR, line INTEGER NOT NULL, atopid INTEGER NOT NULL,
            ccode INTEGER NOT NULL, phase INTEGER, active BOOLEAN, defcoadv BOOLEAN, defcoloc BOOLEAN,
            defcocon BOOLEAN, defconum BOOLEAN, defcodem BOOLEAN, defconpr BOOLEAN, offcoadv BOOLEAN,
            offcoloc BOOLEAN, offcocon BOOLEAN, offconum BOOLEAN, offcodem BOOLEAN, neucoadv BOOLEAN,
            neucoloc BOOLEAN, neucocon BOOLEAN, neuconum BOOLEAN, neucodem BOOLEAN, neuconpr BOOLEAN,
            neucoatt BOOLEAN, specthrt INTEGER, statthr1 INTEGER, statthr2 INTEGER, cowwar INTEGER
        );
        """,
    ),
    (
        # Where a ledger event happened and the time zone its day is in (ledger format: place, time_zone,
        # time_zone_note), which foedus check reads to judge a date one day off.
        "0006_event_place_and_time_zone",
        """
        ALTER TABLE events ADD COLUMN place VARCHAR;
        ALTER TABLE events ADD COLUMN time_zone VARCHAR;
        ALTER TABLE events ADD COLUMN time_zone_note VARCHAR;
        """,
    ),
)


def all_migrations() -> tuple[tuple[str, str], ...]:
    """Return the store's migrations, then those of data families added since (:mod:`foedus.families`), by name."""
    return MIGRATIONS + tuple(sorted(m for f in FAMILIES for m in f.migrations))


#: The tables a ledger load replaces, each keyed by the ledger that holds the row.
LEDGER_TABLES = ("codings", "sources", "treaties", "memberships", "events", "outcomes")

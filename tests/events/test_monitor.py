"""The monitor: counts, Goldstein, the cooperation index and its band, change points, ledger events, JSON, CLI."""

from __future__ import annotations

import csv
import datetime as dt
import json
import math
from importlib import resources
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from click.testing import CliRunner

from foedus.cli import cli
from foedus.errors import FoedusError
from foedus.events.ingest import import_events
from foedus.events.monitor import MONITOR_SCHEMA, NoEventDataError, monitor, period_start
from foedus.store import open_store
from tests.events.conftest import SHIFT
from tests.events.files import gdelt_row, write_gdelt

SCHEMA = json.loads((resources.files("foedus") / "schemas" / "monitor-1.json").read_text(encoding="utf-8"))


def test_counts_goldstein_and_the_index_by_hand(store_path: Path, tmp_path: Path) -> None:
    rows = [gdelt_row(1, "20230320", "CHN", "RUS", "057", "1", "8.0"),
            gdelt_row(2, "20230321", "CHN", "RUS", "061", "2", "6.4"),
            gdelt_row(3, "20230322", "CHN", "RUS", "036", "1", "4.0"),
            gdelt_row(4, "20230322", "RUS", "CHN", "112", "3", "-2.0")]
    rows += [gdelt_row(10 + k, "20230323", "CHN", "USA") for k in range(6)]  # China: 4 + 6 = 10 events
    rows += [gdelt_row(20 + k, "20230324", "UKR", "RUS", "190", "4", "-10.0") for k in range(36)]  # Russia: 40
    import_events("gdelt2", [write_gdelt(tmp_path / "w.CSV", rows)], db=store_path)
    with open_store(store_path) as store:
        result = monitor(store, "China", "Russia", start="2023-03-20", end="2023-03-26")
    (week,) = result.periods
    assert week["counts"]["a_to_b"] == {"q1": 2, "q2": 1, "q3": 0, "q4": 0, "total": 3}
    assert week["counts"]["b_to_a"] == {"q1": 0, "q2": 0, "q3": 1, "q4": 0, "total": 1}
    assert week["goldstein"]["a_to_b"] == {"sum": 18.4, "mean": 6.1333}
    assert week["goldstein"]["both"] == {"sum": 16.4, "mean": 4.1}
    assert week["volume"] == {"a": 10, "b": 40}
    assert week["index"]["value"] == 100.0  # 1000 * (3 - 1) / sqrt(10 * 40)
    assert week["index"]["low"] <= 100.0 <= week["index"]["high"]
    assert result.root_codes[0] == {"code": "03", "name": "Express intent to cooperate", "a_to_b": 1, "b_to_a": 0,
                                    "both": 1}
    assert [r["code"] for r in result.root_codes] == ["03", "05", "06", "11"]


def test_swapping_the_states_swaps_the_directions_and_keeps_the_index(dyad_store: Path) -> None:
    with open_store(dyad_store) as store:
        one = monitor(store, "China", "Russia", frequency="month")
        other = monitor(store, "Russia", "China", frequency="month")
    assert one.totals == {"a_to_b": other.totals["b_to_a"], "b_to_a": other.totals["a_to_b"],
                          "both": other.totals["both"]}
    assert [p["index"]["value"] for p in one.periods] == [p["index"]["value"] for p in other.periods]


def test_the_band_is_seeded(dyad_store: Path) -> None:
    with open_store(dyad_store) as store:
        first = monitor(store, "China", "Russia", frequency="month", seed=1)
        again = monitor(store, "China", "Russia", frequency="month", seed=1)
        other = monitor(store, "China", "Russia", frequency="month", seed=2)
    assert first.to_dict() == again.to_dict()
    assert [p["index"] for p in first.periods] != [p["index"] for p in other.periods]
    assert all(p["index"]["low"] <= p["index"]["value"] <= p["index"]["high"] for p in first.periods)


def test_the_step_is_found_with_its_uncertainty_and_the_ledger_events_are_shown(dyad_store: Path) -> None:
    with open_store(dyad_store) as store:
        result = monitor(store, "China", "Russia", start="2022-01-01", end="2023-12-31", frequency="week")
    document = result.to_dict()
    jsonschema.validate(document, SCHEMA)
    assert document["schema"] == MONITOR_SCHEMA
    (step,) = document["change_points"]
    found = dt.date.fromisoformat(step["date"])
    assert abs((found - period_start(SHIFT, "week")).days) <= 14
    assert step["low"] <= step["date"] <= step["high"] and step["support"] > 0.5
    assert step["mean_after"] > step["mean_before"]
    shown = [(e["date"], e["id"]) for e in document["ledger_events"]]
    assert {("2022-02-04", "2022-joint-statement"), ("2023-03-21", "2023-joint-statement")} <= set(shown)
    assert shown == sorted(shown) and all("2022-01-01" <= d <= "2023-12-31" for d, _ in shown)
    assert document["method"]["change_points"]["penalty"] > 0
    assert [f["name"] for f in document["files"]] == ["dyad.export.CSV"]


def test_weeks_and_months_cover_the_window_exactly(dyad_store: Path) -> None:
    with open_store(dyad_store) as store:
        weeks = monitor(store, "China", "Russia", start="2023-03-01", end="2023-03-31", frequency="week")
        months = monitor(store, "China", "Russia", start="2023-01-15", end="2023-03-31", frequency="month")
        days = monitor(store, "China", "Russia", start="2023-03-01", end="2023-03-31", frequency="day")
    assert [p["start"] for p in weeks.periods] == ["2023-02-27", "2023-03-06", "2023-03-13", "2023-03-20",
                                                   "2023-03-27"]
    assert [p["start"] for p in months.periods] == ["2023-01-01", "2023-02-01", "2023-03-01"]
    assert weeks.totals == days.totals and len(days.periods) == 31
    assert sum(p["counts"]["both"]["total"] for p in months.periods) > days.totals["both"]


def test_no_event_data_says_which_command_to_run(store_path: Path) -> None:
    with open_store(store_path) as store, pytest.raises(NoEventDataError, match="foedus import events gdelt2"):
        monitor(store, "China", "Russia")
    result = CliRunner().invoke(cli, ["monitor", "China", "Russia", "--db", str(store_path)])
    assert result.exit_code == 1 and "foedus download gdelt --from" in result.output


def test_bad_arguments_are_clean_errors(dyad_store: Path) -> None:
    with open_store(dyad_store) as store:
        with pytest.raises(FoedusError, match="after --to"):
            monitor(store, "China", "Russia", start="2023-02-01", end="2023-01-01")
        with pytest.raises(FoedusError, match="same state"):
            monitor(store, "PRC", "China")
        with pytest.raises(FoedusError, match="not '2023-02-30'"):
            monitor(store, "China", "Russia", start="2023-02-30")


def test_the_cli_prints_json_and_draws_the_chart(dyad_store: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    figure = tmp_path / "cr.png"
    result = runner.invoke(cli, ["monitor", "China", "Russia", "--from", "2022-01-01", "--to", "2023-12-31",
                                 "--freq", "month", "--json", "--plot", str(figure), "--db", str(dyad_store)])
    assert result.exit_code == 0, result.output
    document = json.loads(result.output)
    jsonschema.validate(document, SCHEMA)
    assert figure.stat().st_size > 10_000 and figure.read_bytes()[:4] == b"\x89PNG"
    text = runner.invoke(cli, ["monitor", "China", "Russia", "--from", "2022-01-01", "--to", "2023-12-31",
                               "--freq", "month", "--db", str(dyad_store)])
    assert text.exit_code == 0, text.output
    assert "China – Russia" in text.output and "ledger: 2023-03-21 statement" in text.output
    assert "change point 2023-0" in text.output


def test_the_chart_marks_the_ledger_events_and_change_points(dyad_store: Path, tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    import matplotlib.axes

    from foedus.report.monitor import plot_monitor

    lines: list[object] = []
    original = matplotlib.axes.Axes.axvline

    def spy(self: matplotlib.axes.Axes, x: object = 0, *args: object, **kwargs: object) -> object:
        lines.append(x)
        return original(self, x, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(matplotlib.axes.Axes, "axvline", spy)
    with open_store(dyad_store) as store:
        result = monitor(store, "China", "Russia", start="2022-01-01", end="2023-12-31")
    plot_monitor(result, tmp_path / "cr.svg")
    assert dt.date(2022, 2, 4) in lines and dt.date(2023, 3, 21) in lines
    assert dt.date.fromisoformat(result.change_points[0]["date"]) in lines


@pytest.mark.shared_data
def test_china_russia_on_the_real_samples(sample_store: Path, shared_data: Path) -> None:
    with (shared_data / "events" / "icews_events_2018_sample.tab").open(encoding="utf-8") as handle:
        icews = list(csv.DictReader(handle, delimiter="\t"))
    china, russia = {"China"}, {"Russia", "Russian Federation"}
    by_hand = sum(1 for r in icews if r["Source Country"] in china and r["Target Country"] in russia)
    back = sum(1 for r in icews if r["Source Country"] in russia and r["Target Country"] in china)
    organs = {"Government", "Executive", "Executive Office", "Military", "Legislative / Parliamentary", "Judicial",
              "Police", "Cabinet"}

    def state(sectors: str, name: str, country: str) -> bool:
        parts = {s.strip() for s in sectors.split(",")}
        return bool(parts & organs) or any(s.endswith("Ministry") for s in parts) or name.strip() == country.strip()

    official = [sum(1 for r in icews if r["Source Country"] in one and r["Target Country"] in other
                    and state(r["Source Sectors"], r["Source Name"], r["Source Country"])
                    and state(r["Target Sectors"], r["Target Name"], r["Target Country"]))
                for one, other in ((china, russia), (russia, china))]
    with open_store(sample_store) as store:
        result = monitor(store, "China", "Russia", frequency="day")
        everyone = monitor(store, "China", "Russia", frequency="day", actors="all")
    assert everyone.totals == {"a_to_b": by_hand, "b_to_a": back, "both": by_hand + back}
    assert by_hand == 4 and back == 4
    assert result.totals == {"a_to_b": official[0], "b_to_a": official[1], "both": sum(official)} != everyone.totals
    assert any(n.startswith("actors: state actors only (the default)") for n in result.notes)
    result = everyone
    jsonschema.validate(result.to_dict(), SCHEMA)
    busy = [p for p in result.periods if p["counts"]["both"]["total"]]
    assert [p["start"] for p in busy] == ["2018-06-01", "2018-06-02"]
    assert all(math.isfinite(p["index"]["value"]) for p in busy)
    shown = CliRunner().invoke(cli, ["monitor", "China", "Russia", "--actors", "all", "--db", str(sample_store)])
    assert shown.exit_code == 0, shown.output
    assert "4 events China → Russia, 4 Russia → China" in shown.output
    default = CliRunner().invoke(cli, ["monitor", "China", "Russia", "--db", str(sample_store)])
    assert f"{official[0]} events China → Russia" in default.output and "state actors only" in default.output


def _no_constants(name: str) -> float:
    raise AssertionError(f"{name} in JSON: not valid JSON")


def test_the_json_holds_numbers_never_nan(store_path: Path, tmp_path: Path) -> None:
    rows = [gdelt_row(1, "20230320", "CHN", "RUS", "057", "1", "8.0"), gdelt_row(2, "20230410", "USA", "GBR"),
            gdelt_row(3, "20230501", "CHN", "USA")]  # weeks with no dyad event, and weeks with no event at all
    import_events("gdelt2", [write_gdelt(tmp_path / "x.CSV", rows)], db=store_path)
    with open_store(store_path) as store:
        for freq in ("day", "week", "month"):
            result = monitor(store, "China", "Russia", start="2023-03-01", end="2023-05-31", frequency=freq)
            document = json.loads(json.dumps(result.to_dict(), default=str), parse_constant=_no_constants)
            jsonschema.validate(json.loads(json.dumps(result.to_dict(), default=str, allow_nan=False)), SCHEMA)
            assert document["totals"]["both"] == 1


def test_spark_rows_with_missing_sums_give_numbers() -> None:
    from foedus.events.aggregate import as_columns, daily_rows

    names = ("day", "way", "quad_class", "root_code", "n", "goldstein")
    dyad = as_columns([(dt.date(2023, 3, 20), 1, 1, 5, 2, None), (dt.date(2023, 3, 21), 2, 4, 19, 1, -10.0)], names)
    volumes = as_columns([(dt.date(2023, 3, 20), None, 3), (dt.date(2023, 3, 22), 4, None)],
                         ("day", "volume_a", "volume_b"))
    days = daily_rows(dyad, volumes)
    assert all(math.isfinite(v) for day in days.values() for v in day.values())
    assert days[dt.date(2023, 3, 20)]["ab_goldstein"] == 0.0 and days[dt.date(2023, 3, 22)]["volume_a"] == 4


def test_germany_across_reunification_counts_both_codes_with_a_note(store_path: Path, tmp_path: Path) -> None:
    rows = [gdelt_row(1, "19900915", "DEU", "FRA", "057", "1", "8.0"),  # the Federal Republic: COW 260
            gdelt_row(2, "19901115", "FRA", "DEU", "057", "1", "8.0")]  # Germany: COW 255
    import_events("gdelt1", [write_gdelt(tmp_path / "x.CSV", [_gdelt1(r) for r in rows])], db=store_path)
    with open_store(store_path) as store:
        result = monitor(store, "Germany", "France", start="1990-09-01", end="1990-12-31", frequency="month")
    assert result.totals == {"a_to_b": 1, "b_to_a": 1, "both": 2}
    (note,) = [n for n in result.notes if "more than one COW code" in n]
    assert "260 from 1990-09-01 to 1990-10-02; 255 from 1990-10-03 to 1990-12-31" in note


def _gdelt1(row: str) -> str:
    from foedus.events.layouts import GDELT1_COLUMNS, GDELT2_COLUMNS

    values = dict(zip(GDELT2_COLUMNS, row.split("\t"), strict=True))
    return "\t".join(values.get(c, "") for c in GDELT1_COLUMNS)


def test_kosovo_and_every_cameo_code_map_to_their_cow_state() -> None:
    from foedus.events.countries import country_periods, event_codes_of

    codes = {(p.key, p.ccode) for p in country_periods("code") if p.last >= dt.date(2008, 2, 17)}
    assert ("KSV", 347) in codes and ("SRB", 345) in codes and ("ROM", 360) in codes
    assert [c for c, *_ in event_codes_of(255, dt.date(1985, 1, 1), dt.date(1995, 1, 1))] == [260, 255]
    assert [c for c, *_ in event_codes_of(710, dt.date(1985, 1, 1), dt.date(1995, 1, 1))] == [710]


def _with(row: str, **fields: str) -> str:
    from foedus.events.layouts import GDELT2_COLUMNS

    values = dict(zip(GDELT2_COLUMNS, row.split("\t"), strict=True))
    values.update(fields)
    return "\t".join(values[c] for c in GDELT2_COLUMNS)


def test_actors_weights_and_the_data_as_added(store_path: Path, tmp_path: Path) -> None:
    rows = [
        _with(gdelt_row(1, "20230320", "CHN", "RUS"), Actor1Code="CHNGOV", Actor1Type1Code="GOV", NumArticles="10",
              NumSources="3"),
        gdelt_row(2, "20230320", "CHN", "RUS"),  # the countries themselves: state actors
        _with(gdelt_row(3, "20230321", "CHN", "RUS"), Actor1Code="CHNBUS", Actor1Type1Code="BUS"),  # a firm
        _with(gdelt_row(4, "20230322", "RUS", "CHN"), Actor2Code="CHNMIL", Actor2Type1Code="MIL",
              DATEADDED="20230401120000"),  # added ten days later
    ]
    import_events("gdelt2", [write_gdelt(tmp_path / "x.CSV", rows)], db=store_path)
    with open_store(store_path) as store:
        def totals(**options: Any) -> dict[str, int]:
            return monitor(store, "China", "Russia", start="2023-03-20", end="2023-03-26", **options).totals

        assert totals() == {"a_to_b": 2, "b_to_a": 1, "both": 3}
        assert totals(actors="all") == {"a_to_b": 3, "b_to_a": 1, "both": 4}
        assert totals(weight="articles") == {"a_to_b": 14, "b_to_a": 4, "both": 18}  # gdelt_row's 4 articles
        assert totals(weight="sources") == {"a_to_b": 4, "b_to_a": 1, "both": 5}
        assert totals(as_added="2023-03-31") == {"a_to_b": 2, "b_to_a": 0, "both": 2}
        result = monitor(store, "China", "Russia", start="2023-03-20", end="2023-03-26", as_added="2023-03-31",
                         weight="articles")
    assert result.method["actors"] == "government" and result.method["as_added"] == "2023-03-31"
    assert result.periods[0]["volume"] == {"a": 14, "b": 18}  # in event 3 Russia is a state actor, China a firm
    assert any("as the data stood on 2023-03-31" in n for n in result.notes)


@pytest.mark.shared_data
def test_the_samples_are_said_to_be_samples_and_a_lone_week_is_drawn(sample_store: Path) -> None:
    """Issue 20: the monitor on the samples says they are samples and their period; GDELT 1.0 and 2.0, which the
    samples have both from July 2016 to March 2017, are not pooled; the weekly plot's one defined week shows (a
    point on the image, not a line of one point, which draws nothing); an empty window says where the data end."""
    import numpy as np

    from foedus.report.monitor import monitor_figure

    shown = CliRunner().invoke(cli, ["monitor", "China", "Russia", "--db", str(sample_store)])
    assert shown.exit_code == 0, shown.output
    text = " ".join(shown.output.split())
    assert "these are the small real samples of a development checkout (2016-03-12 to 2018-06-02)" in text
    assert "GDELT 2.0 2016-07-01 to 2017-06-24 (1 file, 33 events)" in text
    assert "each day is read from one source only" in text and "GDELT 1.0 2016-03-12 to 2016-06-30" in text
    with open_store(sample_store) as store:
        result = monitor(store, "China", "Russia")
        empty = monitor(store, "China", "Russia", start="2022-01-01", end="2023-12-31")
    jsonschema.validate(result.to_dict(), SCHEMA)
    read = {d["source"]: d["read"] for d in result.data}
    assert read["gdelt1"] == [["2016-03-12", "2016-06-30"]] and read["gdelt2"] == [["2016-07-01", "2017-06-24"]]
    assert all(d["samples"] for d in result.data)
    assert any("the data read run from 2016-03-12 to 2018-06-02" in n for n in empty.notes)
    defined = [p for p in result.periods if p["index"]["value"] is not None]
    assert len(defined) == 1  # one week: drawn as a step alone it would not show
    figure = monitor_figure(result)
    top = figure.axes[0]
    (points,) = [line for line in top.get_lines() if line.get_gid() == "index-points"]
    assert points.get_marker() == "o"
    x, y = (np.asarray(v, dtype=float) for v in (top.convert_xunits(points.get_xdata()), points.get_ydata()))
    finite = np.isfinite(y)
    assert finite.sum() == 1
    figure.canvas.draw()
    image = np.asarray(figure.canvas.buffer_rgba())[:, :, :3].astype(int)
    column, row = top.transData.transform((x[finite][0], y[finite][0]))
    row, column = image.shape[0] - round(float(row)), round(float(column))  # the image's rows run from the top
    around = image[row - 3:row + 4, column - 3:column + 4]
    blue = np.array([31, 119, 180])  # the index's colour (matplotlib's C0)
    assert (np.abs(around - blue).max(axis=2) < 40).sum() >= 9  # the point is on the image


def test_the_periods_of_many_days_at_once_are_those_of_each_day() -> None:
    import numpy as np

    from foedus.events.monitor import _period_starts

    days = np.arange(np.datetime64("1899-12-25"), np.datetime64("1901-03-10"))
    days = np.concatenate([days, np.arange(np.datetime64("1969-12-20"), np.datetime64("1970-01-20")),
                           np.arange(np.datetime64("2024-02-20"), np.datetime64("2024-03-05"))])
    for frequency in ("day", "week", "month"):
        assert _period_starts(days, frequency).tolist() == [period_start(d, frequency) for d in days.tolist()]

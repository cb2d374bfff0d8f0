"""The fit cache: version-proof entries, any unreadable entry a miss, atomic writes, bounded on disk and in memory."""

from __future__ import annotations

import json
import os
import pickle
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from foedus.cli import cli
from foedus.reliability.cache import FitCache, parse_size
from foedus.reliability.design import FEATURES, SPECIFICATIONS, UnitYears
from foedus.reliability.fits import fitted_model, store_fingerprint, universe_table
from foedus.reliability.model import BreachModel
from foedus.reliability.priors import DEFAULT_PRIOR
from foedus.store import Store


def _same_table(a: UnitYears, b: UnitYears) -> None:
    pd.testing.assert_frame_equal(a.units, b.units)
    for name in ("unit", "year", "exposure", "duration", "breach", "other", "group", "alliance"):
        left, right = getattr(a, name), getattr(b, name)
        assert left.dtype == right.dtype and np.array_equal(left, right), name
    assert a.groups == b.groups and a.alliances == b.alliances and list(a.covariates) == list(b.covariates)
    for name, values in a.covariates.items():
        assert np.array_equal(values, b.covariates[name], equal_nan=True), name


def _same_fit(a: BreachModel, b: BreachModel) -> None:
    assert np.array_equal(a.params_, b.params_) and np.array_equal(a.covariance_, b.covariance_)
    assert np.array_equal(a.laplace_covariance_, b.laplace_covariance_)
    assert (a.prior, a.names_, a.spec_, a.upto_, a.fill_, a.summary_) == (b.prior, b.names_, b.spec_, b.upto_,
                                                                          b.fill_, b.summary_)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Store, FitCache, UnitYears, BreachModel]:
    from foedus.store import open_store

    store = open_store(tmp_path_factory.mktemp("store") / "foedus.duckdb")
    cache = FitCache(tmp_path_factory.mktemp("fits"))
    table = universe_table(store, "curated", 1990, cache=cache)
    model = fitted_model(store, "curated", SPECIFICATIONS[0], DEFAULT_PRIOR, 1990, cache=cache)
    return store, cache, table, model


def test_a_table_and_a_fit_read_back_from_disk_equal_what_was_built(built: Any) -> None:
    store, cache, table, model = built
    fresh = FitCache(cache.folder)  # another process: nothing in memory, everything from the files
    _same_table(table, universe_table(store, "curated", 1990, cache=fresh))
    _same_fit(model, fitted_model(store, "curated", SPECIFICATIONS[0], DEFAULT_PRIOR, 1990, cache=fresh))
    assert {p.suffix for p in cache.entries()} == {".npz"}
    for path in cache.entries():  # plain arrays only: readable with pickles refused
        with np.load(path, allow_pickle=False) as archive:
            assert all(archive[name].dtype != object for name in archive.files)


def _damage(path: Path, how: str) -> None:
    data = path.read_bytes()
    if how == "truncated":
        path.write_bytes(data[: len(data) // 3])
    elif how == "random":
        path.write_bytes(np.random.default_rng(7).bytes(len(data)))
    elif how == "empty":
        path.write_bytes(b"")
    elif how == "pickle":  # what foedus 0.1 wrote: never read
        path.write_bytes(pickle.dumps({"not": "a fit"}))
    elif how in ("other-format", "newer-model"):
        field, value = ("format", "1") if how == "other-format" else ("model_version", "99.0")
        with np.load(path, allow_pickle=False) as archive:
            arrays = {name: archive[name] for name in archive.files}
        meta = json.loads(bytes(arrays["__meta__"]).decode())
        meta[field] = value
        arrays["__meta__"] = np.frombuffer(json.dumps(meta).encode(), dtype=np.uint8)
        with path.open("wb") as handle:
            np.savez(handle, **arrays)


@pytest.mark.parametrize("how", ["truncated", "random", "empty", "pickle", "other-format", "newer-model"])
def test_an_unreadable_entry_is_a_miss_rebuilt_and_replaced(built: Any, how: str) -> None:
    store, cache, table, model = built
    for path in cache.entries():
        _damage(path, how)
    fresh = FitCache(cache.folder)
    _same_table(table, universe_table(store, "curated", 1990, cache=fresh))
    _same_fit(model, fitted_model(store, "curated", SPECIFICATIONS[0], DEFAULT_PRIOR, 1990, cache=fresh))
    again = FitCache(cache.folder)  # the rebuilt entries were written back and now read
    read: list[str] = []
    _same_table(table, again.get({"kind": "table", "store": store_fingerprint(store), "coding": "curated",
                                  "as_of": 1990, "features": [f.name for f in FEATURES]},
                                 lambda: read.append("built") or table))
    assert read == []


def test_a_backtest_entry_is_json_and_reads_back(tmp_path: Path) -> None:
    from foedus.data import stacking_document
    from foedus.reliability.backtest import Backtest

    shipped = stacking_document()  # a real backtest document: its model checks every field when it is written
    assert shipped is not None
    value = Backtest.from_dict(shipped["backtest"])
    cache = FitCache(tmp_path)
    key = {"kind": "stacking", "store": "x"}
    assert cache.get(key, lambda: value) is value
    assert cache.entries()[0].suffix == ".json"
    assert FitCache(tmp_path).get(key, lambda: pytest.fail("rebuilt")).to_dict() == value.to_dict()


def test_the_folder_is_pruned_least_recently_used_first(tmp_path: Path) -> None:
    cache = FitCache(tmp_path, max_bytes=3000)
    for k in range(6):
        cache.get({"kind": "note", "k": k}, lambda k=k: "x" * 900 + str(k))
        os.utime(cache.path({"kind": "note", "k": k}), (1000 + k, 1000 + k))
    assert sum(p.stat().st_size for p in cache.entries()) <= 3000
    kept = {json.loads(p.read_text())["key"]["k"] for p in cache.entries()}
    assert kept and max(kept) == 5 and 0 not in kept  # the newest stay, the oldest went


def test_memory_is_bounded(tmp_path: Path) -> None:
    cache = FitCache(tmp_path, memory_bytes=200_000)
    for k in range(10):
        cache.get({"kind": "note", "k": k}, lambda k=k: str(k))
    assert len(cache._memory) <= 200_000 // 65536 + 1


def test_two_processes_filling_one_cache_leave_it_readable(tmp_path: Path) -> None:
    code = textwrap.dedent(f"""
        import numpy as np
        from foedus.reliability.cache import FitCache
        from foedus.reliability.model import BreachModel
        from foedus.reliability.design import SPECIFICATIONS
        cache = FitCache({str(tmp_path)!r})
        for k in range(40):
            def build(k=k):
                size = 60
                return BreachModel(params_=np.full(size, float(k)), covariance_=np.eye(size) * (k + 1),
                                   laplace_covariance_=np.eye(size), names_=[f"x{{i}}" for i in range(size)],
                                   spec_=SPECIFICATIONS[0], upto_=k)
            assert cache.get({{"kind": "fit", "k": k}}, build).upto_ == k
        """)
    runs = [subprocess.Popen([sys.executable, "-c", code]) for _ in range(2)]
    assert [run.wait(timeout=120) for run in runs] == [0, 0]
    assert not list(tmp_path.glob("*.tmp")) and len(FitCache(tmp_path).entries()) == 40
    reader = FitCache(tmp_path)
    for k in range(40):
        model = reader.get({"kind": "fit", "k": k}, lambda: pytest.fail("an entry was not readable"))
        assert model.upto_ == k and np.all(model.params_ == k)


@given(st.integers(min_value=0, max_value=10**12), st.sampled_from(["", "B", "KB", "MB", "GB", "kib", " mb"]))
@settings(max_examples=50)
def test_sizes_parse(number: int, unit: str) -> None:
    scale = {"": 1, "b": 1, "kb": 1024, "mb": 1 << 20, "gb": 1 << 30, "kib": 1024}[unit.strip().lower()]
    assert parse_size(f"{number}{unit}") == number * scale


def test_cache_info_and_clear(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FOEDUS_CACHE", str(tmp_path))
    FitCache().get({"kind": "note"}, lambda: "hello")  # a new cache in the default folder, as a CLI call makes
    info = CliRunner().invoke(cli, ["cache", "info"])
    assert info.exit_code == 0 and str(tmp_path) in info.output and "entries: 1 (1 note)" in info.output
    cleared = CliRunner().invoke(cli, ["cache", "clear"])
    assert cleared.exit_code == 0 and "removed 1 entry" in cleared.output and not list(tmp_path.iterdir())
    assert "entries: 0" in CliRunner().invoke(cli, ["cache", "info"]).output


def test_two_owners_with_different_folders_share_no_entry(built: Any, tmp_path: Path) -> None:
    store, cache, table, _ = built
    first, second = FitCache(tmp_path / "first"), FitCache(tmp_path / "second")
    key = {"kind": "note", "what": "owned"}
    assert first.get(key, lambda: "the first owner's") == "the first owner's"
    assert second.get(key, lambda: "the second owner's") == "the second owner's"  # neither memory nor disk shared
    assert FitCache(first.folder).get(key, lambda: pytest.fail("rebuilt")) == "the first owner's"
    assert FitCache(second.folder).get(key, lambda: pytest.fail("rebuilt")) == "the second owner's"
    before = [p.name for p in cache.entries()]
    _same_table(table, universe_table(store, "curated", 1990, cache=second))  # built again, into its own folder
    assert [p.suffix for p in second.entries()].count(".npz") == 1
    assert [p.name for p in first.entries()] == [first.path(key).name]
    assert sorted(p.name for p in cache.entries()) == sorted(before)

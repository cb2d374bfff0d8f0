"""The fit cache: unit-year tables, fits and backtests kept on disk in formats no library version can break.

A :class:`FitCache` is an object its owner holds and hands down: a CLI call makes one, the dashboard's app holds one
for its life (``app.state.fit_cache``), a notebook's :class:`foedus.Ledger` holds one. There is no cache shared by
a whole process: a function that is not handed one makes its own, for that call. Owners whose caches share a folder
share its entries on disk, never what they hold in memory. Each entry is a single file named after the sha256 of
its key (what the value was computed from: the store's content, the coding, the specification, the as-of year),
the model's version and the cache format's version:

* a unit-year table or a fit is a NumPy ``.npz`` archive of plain arrays (numbers, booleans, Unicode), written
  and read with ``allow_pickle=False``, with a JSON header inside;
* a backtest, or any other JSON value, is a JSON document.

The key also holds a digest of the model's code, so an entry written by other code is never read.

Neither depends on the pandas, NumPy or Python version that wrote it, and nothing is ever unpickled. An entry that
cannot be read (written by another version, truncated, random bytes, from a newer foedus) is a miss: rebuilt and
replaced, never an error. Writes go to a temporary file in the same folder, then are renamed over the entry, so
processes sharing the folder (the dashboard and a CLI) only ever see whole entries.

The folder is bounded: after each write, the least recently used entries are removed until the cache fits its size
(``$FOEDUS_CACHE_SIZE``, default 1 GB; ``foedus cache info`` shows it). In memory, a process keeps the entries it
used last up to ``$FOEDUS_CACHE_MEMORY`` (default 512 MB), so a server that sees many ledgers frees the old ones.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import os
import re
import threading
import uuid
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar, cast

import numpy as np

from foedus.errors import FoedusError
from foedus.reliability.backtest import Backtest
from foedus.reliability.design import UnitYears, declared_specification
from foedus.reliability.model import BreachModel

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "CACHE_FORMAT", "MODEL_VERSION", "CacheInfo", "FitCache", "model_code_digest", "parse_size",
]

#: Bumped whenever the model's code changes what a fit gives, so that older cached fits are not read.
MODEL_VERSION = "3.0"
#: Bumped whenever the layout of a cache entry changes.
CACHE_FORMAT = "2"

_DEFAULT_DISK = 1 << 30
_DEFAULT_MEMORY = 512 << 20
_SUFFIXES = (".npz", ".json")
_META = "__meta__"

T = TypeVar("T")


def parse_size(text: str) -> int:
    """Return the number of bytes ``text`` gives ("500MB", "2 GB", "1048576").

    Raises
    ------
    FoedusError
        If ``text`` is not a size.
    """
    match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([kmgt]?i?b?)?\s*", text, re.IGNORECASE)
    if not match:
        raise FoedusError(f"{text!r} is not a size: write a number of bytes or e.g. 500MB, 2GB")
    unit = (match.group(2) or "").lower().rstrip("b").rstrip("i")
    scale = {"": 1, "k": 1 << 10, "m": 1 << 20, "g": 1 << 30, "t": 1 << 40}[unit]
    return int(float(match.group(1)) * scale)


def _size_from_env(name: str, default: int) -> int:
    value = os.environ.get(name)
    return parse_size(value) if value else default


def _default_folder() -> Path:
    override = os.environ.get("FOEDUS_CACHE")
    if override:
        return Path(override)
    from platformdirs import user_cache_path

    return user_cache_path("foedus", appauthor=False) / "fits"


@dataclass(frozen=True)
class CacheInfo:
    """Where the cache is, what it holds and its bound."""

    folder: Path
    entries: int
    size: int
    limit: int
    kinds: dict[str, int]


class FitCache:
    """A bounded cache of fits on disk and in memory; see the module docstring.

    Parameters
    ----------
    folder : path, optional
        Where the entries live (default: ``$FOEDUS_CACHE`` or the user's cache folder, ``…/foedus/fits``).
    max_bytes : int, optional
        The bound on disk (default: ``$FOEDUS_CACHE_SIZE`` or 1 GB).
    memory_bytes : int, optional
        The bound in memory (default: ``$FOEDUS_CACHE_MEMORY`` or 512 MB).
    """

    def __init__(self, folder: str | Path | None = None, *, max_bytes: int | None = None,
                 memory_bytes: int | None = None) -> None:
        self.folder = Path(folder) if folder is not None else _default_folder()
        self.max_bytes = max_bytes if max_bytes is not None else _size_from_env("FOEDUS_CACHE_SIZE", _DEFAULT_DISK)
        self.memory_bytes = (memory_bytes if memory_bytes is not None
                             else _size_from_env("FOEDUS_CACHE_MEMORY", _DEFAULT_MEMORY))
        self._memory: OrderedDict[str, tuple[Any, int]] = OrderedDict()
        self._held = 0
        self._guard = threading.Lock()
        self._building: dict[str, threading.Lock] = {}

    # --- the cache's one verb -------------------------------------------------------------------------------------
    def get(self, key: dict[str, Any], build: Callable[[], T]) -> T:
        """Return the value cached under ``key`` (from memory, then disk), or build, store and return it.

        ``key["kind"]`` chooses how the value is written: ``"table"`` (a :class:`UnitYears`), ``"fit"`` (a
        :class:`BreachModel`), ``"stacking"`` or ``"backtest"`` (a :class:`~foedus.reliability.backtest.Backtest`),
        anything else a JSON value. Two threads asking for one key build it once.
        """
        digest = self.digest(key)
        found = self._recall(digest)
        if found is not None:
            return cast(T, found[0])
        with self._guard:
            lock = self._building.setdefault(digest, threading.Lock())
        with lock:
            found = self._recall(digest)
            if found is not None:
                return cast(T, found[0])
            path = self.path(key, digest)
            value = cast(T, _read(path, key))
            if value is None:
                value = build()
                self._write(path, key, value)
            else:
                with contextlib.suppress(OSError):
                    os.utime(path)  # recently used: the last to go when the folder is pruned
            self._remember(digest, value)
        with self._guard:  # later callers find the value in memory; no lock is kept per key once built
            self._building.pop(digest, None)
        return value

    @staticmethod
    def digest(key: dict[str, Any]) -> str:
        """Return the sha256 of ``key`` with the model's version, the format's and the model's code (so that an
        entry written by other code, even at the same version, is never read)."""
        full = {**key, "model_version": MODEL_VERSION, "format": CACHE_FORMAT, "code": model_code_digest()}
        return hashlib.sha256(json.dumps(full, sort_keys=True, default=str).encode()).hexdigest()

    def path(self, key: dict[str, Any], digest: str | None = None) -> Path:
        """Return the file of ``key``'s entry."""
        kind = re.sub(r"[^a-z0-9-]", "-", str(key.get("kind", "value")).lower())
        suffix = ".npz" if kind in ("table", "fit") else ".json"
        return self.folder / f"{kind}-{(digest or self.digest(key))[:40]}{suffix}"

    # --- management -----------------------------------------------------------------------------------------------
    def entries(self) -> list[Path]:
        """Return the entries on disk, least recently used first."""
        if not self.folder.is_dir():
            return []
        found = []
        for path in self.folder.iterdir():
            if path.suffix in _SUFFIXES and path.is_file():
                with contextlib.suppress(OSError):
                    found.append((path.stat().st_mtime, path.name, path))
        return [p for _, _, p in sorted(found)]

    def info(self) -> CacheInfo:
        """Return where the cache is, its entries and their size."""
        kinds: dict[str, int] = {}
        size = 0
        entries = self.entries()
        for path in entries:
            kinds[path.name.rsplit("-", 1)[0]] = kinds.get(path.name.rsplit("-", 1)[0], 0) + 1
            with contextlib.suppress(OSError):
                size += path.stat().st_size
        return CacheInfo(self.folder, len(entries), size, self.max_bytes, dict(sorted(kinds.items())))

    def clear(self) -> int:
        """Remove every entry (on disk and in memory); return how many files were removed."""
        with self._guard:
            self._memory.clear()
            self._held = 0
        removed = 0
        for path in self.entries():
            with contextlib.suppress(OSError):
                path.unlink()
                removed += 1
        for stray in self.folder.glob("*.tmp") if self.folder.is_dir() else []:
            with contextlib.suppress(OSError):
                stray.unlink()
        return removed

    def forget(self) -> None:
        """Drop what this process holds in memory (the files stay)."""
        with self._guard:
            self._memory.clear()
            self._held = 0

    def prune(self) -> int:
        """Remove the least recently used entries until the folder fits :attr:`max_bytes`; return how many."""
        entries = self.entries()
        sizes = []
        for path in entries:
            try:
                sizes.append(path.stat().st_size)
            except OSError:
                sizes.append(0)
        total, removed = sum(sizes), 0
        for path, size in zip(entries, sizes, strict=True):
            if total <= self.max_bytes:
                break
            with contextlib.suppress(OSError):
                path.unlink()
                removed += 1
            total -= size
        return removed

    # --- memory ---------------------------------------------------------------------------------------------------
    def _recall(self, digest: str) -> tuple[Any, int] | None:
        with self._guard:
            found = self._memory.get(digest)
            if found is not None:
                self._memory.move_to_end(digest)
            return found

    def _remember(self, digest: str, value: Any) -> None:
        size = _footprint(value)
        with self._guard:
            if digest in self._memory:
                return
            self._memory[digest] = (value, size)
            self._held += size
            while self._held > self.memory_bytes and len(self._memory) > 1:
                _, (_, freed) = self._memory.popitem(last=False)
                self._held -= freed

    # --- disk -----------------------------------------------------------------------------------------------------
    def _write(self, path: Path, key: dict[str, Any], value: Any) -> None:
        try:
            data = _encode(key, value)
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_name(f".{path.name}.{os.getpid()}.{uuid.uuid4().hex[:8]}.tmp")
            try:
                tmp.write_bytes(data)
                tmp.replace(path)
            finally:
                tmp.unlink(missing_ok=True)
            self.prune()
        except (OSError, TypeError, ValueError):
            pass  # a read-only or full cache folder, or a value with no file form, only costs speed


_CODE_DIGEST: list[str] = []


def model_code_digest() -> str:
    """Return the sha256 of the model's code (every module of :mod:`foedus.reliability` and the universe's)."""
    if not _CODE_DIGEST:
        here = Path(__file__).resolve().parent
        digest = hashlib.sha256()
        for path in sorted([*here.glob("*.py"), here.parent / "universe.py"]):
            digest.update(path.name.encode() + b"\0" + path.read_bytes())
        _CODE_DIGEST.append(digest.hexdigest())
    return _CODE_DIGEST[0]


# --- encoding ---------------------------------------------------------------------------------------------------------
def _footprint(value: Any) -> int:
    if isinstance(value, UnitYears):
        arrays = [value.unit, value.year, value.exposure, value.duration, value.breach, value.other, value.group,
                  value.alliance, *value.covariates.values()]
        return int(sum(a.nbytes for a in arrays) + value.units.memory_usage(index=False, deep=True).sum())
    if isinstance(value, BreachModel):
        return int(value.params_.nbytes + value.covariance_.nbytes + value.laplace_covariance_.nbytes) + 4096
    return 65536


def _header(key: dict[str, Any]) -> dict[str, Any]:
    return {"format": CACHE_FORMAT, "model_version": MODEL_VERSION, "key": json.loads(json.dumps(key, default=str))}


def _encode(key: dict[str, Any], value: Any) -> bytes:
    kind = key.get("kind")
    if kind in ("table", "fit"):
        arrays, meta = _table_arrays(value) if kind == "table" else _fit_arrays(value)
        meta.update(_header(key))
        arrays[_META] = np.frombuffer(json.dumps(meta).encode(), dtype=np.uint8)
        buffer = io.BytesIO()
        np.savez(buffer, allow_pickle=False, **arrays)
        return buffer.getvalue()
    document = value.to_dict() if kind in ("stacking", "backtest") else value
    return json.dumps({**_header(key), "value": document}, allow_nan=True).encode()


def _read(path: Path, key: dict[str, Any]) -> Any:
    """Return the value stored at ``path`` for ``key``, or None if there is none or it cannot be read."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    try:
        return _decode(data, key)
    except Exception:  # whatever is wrong with an entry, it is a miss and is rebuilt
        return None


def _decode(data: bytes, key: dict[str, Any]) -> Any:
    kind = key.get("kind")
    expected = _header(key)
    if kind in ("table", "fit"):
        if not data.startswith(b"PK"):
            return None
        with np.load(io.BytesIO(data), allow_pickle=False) as archive:
            arrays = {name: archive[name] for name in archive.files}
        meta = json.loads(bytes(arrays.pop(_META)).decode())
        if any(meta.get(k) != v for k, v in expected.items()):
            return None
        return _table_from(arrays, meta) if kind == "table" else _fit_from(arrays, meta)
    document = json.loads(data)
    if any(document.get(k) != v for k, v in expected.items()):
        return None
    if kind in ("stacking", "backtest"):
        return Backtest.from_dict(document["value"])
    return document["value"]


def _frame_arrays(frame: pd.DataFrame) -> tuple[dict[str, np.ndarray[Any, Any]], list[dict[str, str]]]:
    """Return a frame's columns as plain arrays and how to rebuild each (its name and dtype)."""
    arrays: dict[str, np.ndarray[Any, Any]] = {}
    columns = []
    for position, (name, column) in enumerate(frame.items()):
        dtype = str(column.dtype)
        stem = f"col{position}"
        if dtype in ("Int64", "boolean", "Float64"):
            arrays[stem + ":mask"] = column.isna().to_numpy(dtype=bool)
            fill = {"Int64": 0, "boolean": False, "Float64": 0.0}[dtype]
            plain = {"Int64": np.int64, "boolean": np.bool_, "Float64": np.float64}[dtype]
            arrays[stem] = column.fillna(fill).to_numpy(dtype=plain)
        elif column.dtype.kind in "iufb":
            arrays[stem] = column.to_numpy()
        else:  # text (object or str): Unicode, with the missing ones marked
            missing = column.isna().to_numpy(dtype=bool)
            arrays[stem + ":mask"] = missing
            arrays[stem] = np.array(["" if m else str(v) for v, m in zip(column, missing, strict=True)], dtype=str)
            dtype = "text"
        columns.append({"name": str(name), "dtype": dtype})
    return arrays, columns


def _frame_from(arrays: dict[str, np.ndarray[Any, Any]], columns: list[dict[str, str]]) -> pd.DataFrame:
    import pandas as pd

    data: dict[str, Any] = {}
    for position, column in enumerate(columns):
        stem, dtype = f"col{position}", column["dtype"]
        values = arrays[stem]
        if dtype in ("Int64", "boolean", "Float64"):
            series = pd.Series(values).astype(pd.api.types.pandas_dtype(dtype))
            series[arrays[stem + ":mask"]] = pd.NA
            data[column["name"]] = series
        elif dtype == "text":
            mask = arrays[stem + ":mask"]
            data[column["name"]] = pd.Series([None if m else str(v) for v, m in zip(values, mask, strict=True)])
        else:
            data[column["name"]] = values.astype(dtype, copy=False)
    return pd.DataFrame(data, columns=[c["name"] for c in columns])


_TABLE_ARRAYS = ("unit", "year", "exposure", "duration", "breach", "other", "group", "alliance")


def _table_arrays(table: UnitYears) -> tuple[dict[str, np.ndarray[Any, Any]], dict[str, Any]]:
    arrays, columns = _frame_arrays(table.units)
    arrays = {f"units:{k}": v for k, v in arrays.items()}
    for name in _TABLE_ARRAYS:
        arrays[name] = getattr(table, name)
    for name, values in table.covariates.items():
        arrays[f"covariate:{name}"] = values
    meta = {"columns": columns, "covariates": list(table.covariates), "groups": table.groups,
            "alliances": table.alliances}
    return arrays, meta


def _table_from(arrays: dict[str, np.ndarray[Any, Any]], meta: dict[str, Any]) -> UnitYears:
    units = _frame_from({k.removeprefix("units:"): v for k, v in arrays.items() if k.startswith("units:")},
                        meta["columns"])
    covariates = {name: arrays[f"covariate:{name}"] for name in meta["covariates"]}
    return UnitYears(units=units, unit=arrays["unit"], year=arrays["year"], exposure=arrays["exposure"],
                     duration=arrays["duration"], breach=arrays["breach"], other=arrays["other"],
                     covariates=covariates, group=arrays["group"], groups=list(meta["groups"]),
                     alliance=arrays["alliance"], alliances=list(meta["alliances"]))


def _fit_arrays(model: BreachModel) -> tuple[dict[str, np.ndarray[Any, Any]], dict[str, Any]]:
    arrays = {"params": model.params_, "covariance": model.covariance_, "laplace": model.laplace_covariance_}
    meta = {"prior": model.prior, "draws": model.draws, "seed": model.seed, "names": model.names_,
            "frailty": model.frailty_, "spec": None if model.spec_ is None else repr(model.spec_),
            "upto": model.upto_, "fill": model.fill_, "summary": model.summary_}
    return arrays, meta


def _fit_from(arrays: dict[str, np.ndarray[Any, Any]], meta: dict[str, Any]) -> BreachModel:
    return BreachModel(
        prior=meta["prior"], draws=int(meta["draws"]), seed=int(meta["seed"]),
        params_=np.asarray(arrays["params"], dtype=np.float64),
        covariance_=np.asarray(arrays["covariance"], dtype=np.float64),
        laplace_covariance_=np.asarray(arrays["laplace"], dtype=np.float64),
        names_=list(meta["names"]), frailty_=bool(meta["frailty"]), design_=None,
        spec_=None if meta["spec"] is None else declared_specification(meta["spec"]),
        upto_=int(meta["upto"]), fill_={k: float(v) for k, v in meta["fill"].items()}, summary_=dict(meta["summary"]),
    )


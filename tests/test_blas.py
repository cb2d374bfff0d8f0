"""BLAS on one thread inside ``one_blas_thread``, as before outside it, with libraries loaded later included."""

from __future__ import annotations

import sys
import types

import pytest
from threadpoolctl import threadpool_info

from foedus import _blas
from foedus._blas import one_blas_thread


def _blas_threads() -> dict[str, int]:
    return {i["filepath"]: i["num_threads"] for i in threadpool_info() if i["user_api"] == "blas"}


def test_blas_runs_on_one_thread_inside_the_block_only() -> None:
    import numpy  # noqa: F401  (its BLAS)

    before = _blas_threads()
    assert before, "numpy's BLAS is loaded"
    for _ in range(2):  # the second time with the controller made the first time
        with one_blas_thread():
            assert set(_blas_threads().values()) == {1}
        assert _blas_threads() == before


def test_the_controller_is_made_again_after_an_import(monkeypatch: pytest.MonkeyPatch) -> None:
    first = _blas._blas_controller()
    assert _blas._blas_controller() is first  # nothing imported between: the same scan serves
    monkeypatch.setitem(sys.modules, "foedus_test_imported_module", types.ModuleType("foedus_test_imported_module"))
    assert _blas._blas_controller() is not first

"""Tests that need an optional extra: skipped where it is missing, except under CI, where that fails the run."""

from __future__ import annotations

import importlib
import os
from types import ModuleType

import pytest


def require(module: str, extra: str) -> ModuleType:
    """Return ``module``, imported; without it, skip the calling test or module, or fail it when ``CI`` is set.

    Parameters
    ----------
    module : str
        The module the tests need (``fastapi``, ``schemathesis``, ``pymc``...).
    extra : str
        The extra of foedus that installs it (``web``, ``test``, ``bayes``).
    """
    try:
        return importlib.import_module(module)
    except ImportError:
        reason = f"{module} is not installed: pip install -e '.[{extra}]'"
        if os.environ.get("CI"):
            pytest.fail(f"CI is set, so every test extra must be installed, but {reason}", pytrace=False)
        pytest.skip(reason, allow_module_level=True)

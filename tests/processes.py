"""Another process holding the store, as `foedus serve`, a load or an import would."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def hold_store(path: Path, read_only: bool) -> subprocess.Popen[str]:
    """Start a process that opens the store at ``path`` (read-only or for writing) and keeps it open.

    Returns once the store is open; ``process.communicate("")`` lets go of it and ends the process.
    """
    code = (f"import duckdb, sys; c = duckdb.connect({str(path)!r}, read_only={read_only}); "
            "print('ready', flush=True); sys.stdin.read()")
    process = subprocess.Popen([sys.executable, "-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert process.stdout is not None and process.stdout.readline().strip() == "ready"
    return process

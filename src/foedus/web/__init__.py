"""The local web dashboard and JSON API: ``foedus serve``, or :func:`create_app` for any ASGI server.

Needs the ``web`` extra: ``pip install 'foedus[web]'``.
"""

from __future__ import annotations

from foedus.web.app import create_app

__all__ = ["create_app"]

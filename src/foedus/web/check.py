"""The dashboard's article checker: paste or upload an article and see it marked with the record's verdicts.

The page only reads the store (the checker never writes a ledger), so a plain form posts to it. The article is
escaped wherever it is shown: its HTML is parsed for its main text by trafilatura, never rendered or run.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, Response
from fastapi.templating import Jinja2Templates

from foedus.web.api import gate_of
from foedus.web.gate import StoreGate

__all__ = ["check_router"]

Gate = Annotated[StoreGate, Depends(gate_of)]


def _form_text(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""


def check_router(templates: Jinja2Templates) -> APIRouter:
    """Return the routes of the checker page: ``GET /check`` (the form) and ``POST /check`` (the verdicts)."""
    router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)

    def render(request: Request, context: dict[str, Any], status: int = 200) -> Response:
        return templates.TemplateResponse(request, "check.html", {"result": None, "problem": None, "text": "",
                                                                  "published": "", "as_of": "", **context},
                                          status_code=status)

    @router.get("/check")
    def check_form(request: Request) -> Response:
        """The form: paste an article or choose a file."""
        return render(request, {})

    @router.post("/check")
    async def check_post(request: Request, gate: Gate) -> Response:
        """The article marked with the verdicts, and the claims table; a problem with the article is said on the
        form, which keeps what was typed."""
        from starlette.datastructures import UploadFile

        from foedus.check import ArticleError, check_text
        from foedus.check.reading import MAX_BYTES
        from foedus.check.render import article_html, claims_html
        from foedus.errors import IncompatibleInputError

        declared = request.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > MAX_BYTES + 64 * 1024:
            return render(request, {"problem": f"the article is larger than {MAX_BYTES:,} bytes"}, 413)
        try:
            form = await request.form(max_files=1, max_fields=5, max_part_size=MAX_BYTES + 1)
        except Exception as exc:  # the multipart parser's own errors: a malformed form is bad input
            return render(request, {"problem": f"cannot read the form: {exc}"}, 400)
        text, published = _form_text(form.get("text")), _form_text(form.get("published"))
        as_of = _form_text(form.get("as_of"))
        kept = {"text": text, "published": published, "as_of": as_of}
        if as_of and not as_of.isdigit():
            return render(request, {"problem": f"the year to read the record at must be a year like 2023, not "
                                               f"{as_of!r}", **kept}, 400)
        upload = form.get("file")
        data: bytes | str = text
        name = "pasted.txt"
        if isinstance(upload, UploadFile) and upload.filename:
            data, name = await upload.read(), upload.filename
        elif text.lstrip().startswith("<"):
            name = "pasted.html"
        try:
            with gate.reading() as store:
                result = check_text(store, data, name, published=published or None,
                                    as_of=int(as_of) if as_of else None)
        except (ArticleError, IncompatibleInputError) as exc:
            return render(request, {"problem": str(exc).replace("as_of", "the year to read the record at"),
                                    **kept}, 400)
        return render(request, {"result": result, "article": article_html(result), "claims": claims_html(result),
                                **kept})

    return router

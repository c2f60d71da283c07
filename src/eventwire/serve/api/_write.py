"""Coding and storing: ``POST /v1/code`` (nothing stored) and ``POST /v1/articles`` (stored, idempotent)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Request

from ...errors import InputError
from ._articles import CodeGate, article_info, code_articles, to_article
from ._models import ArticlesIn, CodeIn
from ._security import require_token
from ._store import StoreAccess
from ._views import article_spans

__all__ = ["router"]

router = APIRouter(prefix="/v1", tags=["code and store"])


@router.post("/code", summary="Code one text or HTML page; nothing is stored")
def code(request: Request, body: CodeIn) -> dict[str, Any]:
    """The events of the text, each with its evidence spans into the returned `text`
    (for HTML, the extracted main text). Needs the bearer token when the server has one, unless
    it runs with `--public-code`. Texts above the coding limit get 413; when every coding slot
    is taken the answer is 503 with `Retry-After`."""
    gate: CodeGate = request.app.state.code_gate
    if not gate.limits.public:
        require_token(request)
    gate.check_size(body)
    art = to_article(body, source="text" if body.text is not None else "html")
    analysis = gate.code(art)
    records = [
        e.to_dict()
        for e in analysis.coded_events(include_negated=body.include_negated, include_nonfactual=body.include_nonfactual)
        if body.min_confidence is None or e.confidence >= body.min_confidence
    ]
    return {"article": article_info(art), "text": art.text, "events": records, "spans": article_spans(records)}


@router.post(
    "/articles", summary="Code and store one or many articles (idempotent)", dependencies=[Depends(require_token)]
)
def store_articles(request: Request, body: ArticlesIn) -> dict[str, Any]:
    """Every article is identified by the hash of its text: sending it again stores nothing new
    (`status: "unchanged"`) unless `replace` is true, which codes it again and replaces its events.
    Either every article is valid and coded, or nothing is stored (422 naming the article)."""
    access: StoreAccess = request.app.state.store_access
    arts = []
    for i, item in enumerate(body.articles):
        try:
            arts.append(to_article(item, source=f"articles[{i}]"))
        except InputError as exc:
            exc.field = f"articles.{i}"  # type: ignore[attr-defined]
            raise
    results: list[dict[str, Any]] = [
        {"id": a.id, "title": a.title, "status": "unchanged", "events": None} for a in arts
    ]
    with access.writing() as store:
        todo = [k for k, a in enumerate(arts) if body.replace or not store.has_article(a.id)]
    seen: set[str] = set()
    todo = [
        k for k in todo if not (arts[k].id in seen or seen.add(arts[k].id))
    ]  # a duplicate inside the request counts once
    analyses = code_articles([arts[k] for k in todo])
    written = 0
    with access.writing() as store:
        # one transaction: every article of the request is stored, or none
        for k, n in zip(todo, store.write_analyses(analyses)):
            written += n
            results[k].update(status="stored", events=n)
        if todo:
            from ...store.incidents import relink

            relink(store)  # link the new reports to incidents, as ingest does
    return {"articles": results, "stored": len(todo), "unchanged": len(arts) - len(todo), "events": written}

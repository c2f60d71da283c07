"""Request bodies of the writing and coding endpoints (validated by FastAPI, 422 on error)."""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

__all__ = ["ArticleIn", "ArticlesIn", "CodeIn"]


class _Text(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: str | None = Field(default=None, description="Plain text of the article, coded exactly as given.")
    html: str | None = Field(default=None, description="An HTML page; its main text is extracted first.")
    published: dt.date | None = Field(
        default=None, description="Publication date (YYYY-MM-DD), used to resolve 'on Monday'."
    )
    title: str | None = None
    url: str | None = None
    outlet: str | None = None

    @field_validator("text", "html")
    @classmethod
    def _not_blank(cls, value: str | None) -> str | None:
        if value is not None and not value.strip():
            raise ValueError("the article is empty; send some text to code")
        return value

    @model_validator(mode="after")
    def _one_body(self) -> _Text:
        if (self.text is None) == (self.html is None):
            raise ValueError("give exactly one of 'text' or 'html'")
        return self


class CodeIn(_Text):
    """``POST /v1/code``: one text or HTML page, coded and returned, nothing stored."""

    include_negated: bool = Field(default=False, description="Also return events under negation (aux.negated).")
    include_nonfactual: bool = Field(
        default=False, description="Return every event, also those not asserted as fact (aux: denied, alleged, ...)."
    )
    min_confidence: float | None = Field(
        default=None, ge=0.0, le=1.0, description="Only records at least this sure (calibrated confidence)."
    )

    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [
        {"text": "Iraqi militias threatened to attack US forces on Monday.", "published": "2018-02-06"}]})


class ArticleIn(_Text):
    """One article to store."""


class ArticlesIn(BaseModel):
    """``POST /v1/articles``: one or many articles to code and store."""

    model_config = ConfigDict(extra="forbid")

    articles: list[ArticleIn] = Field(min_length=1, max_length=1000)
    replace: bool = Field(
        default=False, description="Code again articles already stored (same text), replacing their events."
    )

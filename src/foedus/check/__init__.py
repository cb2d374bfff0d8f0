"""Check an article against the record: ``foedus check ARTICLE``.

Reads an article (text, Markdown or HTML), finds the states, agreements, leaders, dates and counts it mentions,
the claims it makes about them, and gives each claim the record's verdict, citing the ledger records and sources
it rests on. It never writes the ledger: a claim the record cannot check comes with a proposed ledger entry.
"""

from __future__ import annotations

from foedus.check.core import check_article, check_text, example_article, reading_year
from foedus.check.models import CHECK_SCHEMA, Article, AsOf, CheckResult, Claim, CodingAnswer, Mention, RecordRef
from foedus.check.reading import ArticleError, detect_language, read_article

__all__ = ["CHECK_SCHEMA", "Article", "ArticleError", "AsOf", "CheckResult", "Claim", "CodingAnswer", "Mention",
           "RecordRef", "check_article", "check_text", "detect_language", "example_article", "read_article",
           "reading_year"]

"""Full-text search of the pages in the reader's language."""

import unicodedata

from django.http import Http404
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe
from wagtail.models import Locale, Page

from core.pagination import paginate

MAX_QUERY_LENGTH = 200
RESULTS_PER_PAGE = 10


def clean_query(raw):
    """The query as the search backends can take it: no control characters, bounded length.

    A NUL byte or another control character breaks SQLite's and PostgreSQL's
    full-text parsers; nobody types one on purpose.
    """
    printable = "".join(
        " " if unicodedata.category(character).startswith("C") else character
        for character in raw[: MAX_QUERY_LENGTH * 2]
    )
    query = " ".join(printable.split())[:MAX_QUERY_LENGTH]
    if query.count('"') % 2:
        # An unclosed quote would reach SQLite's MATCH parser unbalanced.
        query = query.replace('"', " ").strip()
    return query


def search_pages(query, locale):
    """Live, public pages of one locale matching the query, best match first."""
    return (
        Page.objects.live().public().filter(locale=locale).specific().search(query, operator="and")
    )


@require_safe
def search(request):
    query = clean_query(request.GET.get("query", ""))
    results_page = None
    if query:
        results = search_pages(query, Locale.get_active())
        results_page = paginate(results, request.GET.get("page", "1"), per_page=RESULTS_PER_PAGE)
        if results_page is None:
            raise Http404(_("There is no such page of results."))
    return render(
        request,
        "search/search.html",
        {"search_query": query, "results_page": results_page},
    )

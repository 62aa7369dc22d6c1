"""Full-text search of the pages in the reader's language."""

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.http import Http404
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET
from wagtail.models import Locale, Page

MAX_QUERY_LENGTH = 200
RESULTS_PER_PAGE = 10


def search_pages(query, locale):
    """Live, public pages of one locale matching the query, best match first."""
    return (
        Page.objects.live().public().filter(locale=locale).specific().search(query, operator="and")
    )


@require_GET
def search(request):
    query = request.GET.get("query", "").strip()[:MAX_QUERY_LENGTH]
    results_page = None
    if query:
        locale = Locale.get_active()
        paginator = Paginator(search_pages(query, locale), RESULTS_PER_PAGE)
        try:
            results_page = paginator.page(request.GET.get("page", "1"))
        except (PageNotAnInteger, EmptyPage) as error:
            raise Http404(_("There is no such page of results.")) from error
    return render(
        request,
        "search/search.html",
        {"search_query": query, "results_page": results_page},
    )

"""The search page's address in each language: /pl/szukaj/, /en/search/, /uk/poshuk/.

The route is chosen by the active language (as a translated route would be),
from this table rather than the catalogues, so that an address never depends
on a translation being present. The old /<lang>/search/ addresses redirect.
"""

from django.urls import path
from django.utils.functional import lazy
from django.utils.translation import get_language

from . import views

SEARCH_ROUTES = {"pl": "szukaj/", "en": "search/", "uk": "poshuk/"}
DEFAULT_ROUTE = "search/"


def _search_route() -> str:
    return SEARCH_ROUTES.get(get_language() or "", DEFAULT_ROUTE)


urlpatterns = [
    path(lazy(_search_route, str)(), views.search, name="search"),
    path("search/autocomplete/", views.autocomplete, name="search_autocomplete"),
    # Under /pl/ and /uk/ only: /en/search/ is the page itself (matched above).
    path(DEFAULT_ROUTE, views.moved_search, name="search_moved"),
]

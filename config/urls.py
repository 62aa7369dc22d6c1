from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from campaigns.feeds import EventsFeed
from core import views as core_views
from core.health import healthz
from core.html_sitemap import urlpatterns_for_sitemaps
from core.sitemaps import sitemap_view
from pages.feeds import NewsFeed

urlpatterns = [
    path("", core_views.root_redirect, name="root_redirect"),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", sitemap_view, name="sitemap"),
    path("robots.txt", core_views.robots_txt, name="robots_txt"),
    # Answered before this by core.health.HealthCheckMiddleware; named here for reverse().
    path("healthz", healthz, name="healthz"),
]

# The HTML site map, at an address in each language's own words (core.html_sitemap).
urlpatterns += urlpatterns_for_sitemaps()

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Every language, Polish included, lives under its own prefix (/pl/, /en/,
# /uk/) so that a URL always says which language it serves.
urlpatterns += i18n_patterns(
    path("", include("search.urls")),
    path("surveys/", include("surveys.urls")),
    path("feedback/", include("feedback.urls")),
    # Atom feeds in the language of the prefix, linked from every page's <head>.
    path("feeds/news/", NewsFeed(), name="news_feed"),
    path("feeds/events/", EventsFeed(), name="events_feed"),
    # Widgets framed by partners' websites: /<lang>/widgets/… (widgets app).
    path("widgets/", include("widgets.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

handler400 = "core.views.bad_request"
handler403 = "core.views.permission_denied"
handler404 = "core.views.page_not_found"
handler500 = "core.views.server_error"

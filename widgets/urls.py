"""Widget addresses, under each language's prefix (/pl/widgets/…): the language is in the
path, so a widget varies on nothing the visitor sends (no Vary: Accept-Language)."""

from django.urls import path

from . import oembed, views

app_name = "widgets"

# The names start with "widget_": core.page_cache caches views by url_name
# (PAGE_CACHE_URL_NAMES), which ignores the namespace.
urlpatterns = [
    path("survey/<int:page_id>/", views.survey, name="widget_survey"),
    path("project/<int:page_id>/", views.project, name="widget_project"),
    path("projects/", views.projects, name="widget_projects"),
    path("events/", views.events, name="widget_events"),
    path("news/", views.news, name="widget_news"),
    path("hit/", views.hit, name="hit"),
    # Under the language prefix: Django's LocaleMiddleware would turn a 404 of an
    # unprefixed address into a redirect to the prefixed one, which oEmbed forbids.
    path("oembed/", oembed.endpoint, name="oembed"),
]

from django.urls import path

from . import admin_views

app_name = "widgets_admin"

urlpatterns = [
    path("", admin_views.EmbedView.as_view(), name="embed"),
    path("stats/", admin_views.StatsView.as_view(), name="stats"),
]

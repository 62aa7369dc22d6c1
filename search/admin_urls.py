from django.urls import path

from . import admin_views

app_name = "search_admin"
urlpatterns = [
    path("", admin_views.SearchStatisticsView.as_view(), name="statistics"),
    path("export/", admin_views.SearchStatisticsExportView.as_view(), name="export"),
]

from django.urls import path

from . import admin_views

app_name = "survey_results"

urlpatterns = [
    path("<int:page_id>/results/", admin_views.ResultsView.as_view(), name="results"),
    path("<int:page_id>/responses/", admin_views.ResponsesView.as_view(), name="responses"),
    path(
        "<int:page_id>/export/<str:file_format>/", admin_views.ExportView.as_view(), name="export"
    ),
    path(
        "<int:page_id>/responses/<int:response_id>/publish/",
        admin_views.PublishView.as_view(),
        name="publish",
    ),
]

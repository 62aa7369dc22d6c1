from django.urls import path

from . import admin_views

app_name = "feedback_admin"

urlpatterns = [
    path("", admin_views.UsefulnessReportView.as_view(), name="report"),
    path("export/", admin_views.UsefulnessReportExportView.as_view(), name="export"),
    path("<int:page_id>/", admin_views.PageFeedbackDetailView.as_view(), name="detail"),
    path(
        "<int:page_id>/export/",
        admin_views.PageFeedbackExportView.as_view(),
        name="detail_export",
    ),
]

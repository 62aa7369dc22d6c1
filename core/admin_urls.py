from django.urls import path

from . import admin_views

app_name = "core_tasks"

urlpatterns = [
    path("", admin_views.BackgroundTasksView.as_view(), name="report"),
    path("<uuid:task_id>/run-again/", admin_views.RunAgainView.as_view(), name="run_again"),
]

from django.urls import path

from . import views

app_name = "surveys"

urlpatterns = [
    path("confirm/<str:token>/", views.confirm_response, name="confirm"),
]

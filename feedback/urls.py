from django.urls import path

from . import views

app_name = "feedback"

urlpatterns = [
    path("vote/", views.vote, name="vote"),
    path("comment/", views.comment, name="comment"),
]

from django.urls import path

from . import oembed

app_name = "oembed"

urlpatterns = [path("", oembed.endpoint, name="endpoint")]

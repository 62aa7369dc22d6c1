"""The portal's URLs plus uploaded files, for the benchmarks only.

In production the reverse proxy serves /media/ (README, "Running in
production"); the benchmarks run gunicorn without one, and a page whose
images answer 404 is not the page residents get: Lighthouse counts the
errors and the broken images' layout shift.
"""

from django.conf import settings
from django.urls import re_path
from django.views.static import serve

from config.urls import urlpatterns as portal_urlpatterns

urlpatterns = [
    re_path(r"^media/(?P<path>.*)$", serve, {"document_root": settings.MEDIA_ROOT}),
    *portal_urlpatterns,
]

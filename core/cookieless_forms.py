"""Django's CSRF check skipped for the pages that check their own POSTs without a cookie.

Django's CSRF protection ties a form to a cookie, which residents who block
cookies do not send. Survey pages protect their POSTs themselves: a signed,
expiring token per rendered form and an Origin/Referer check (surveys.flow,
core.origin).

Pages are served by one Wagtail view, so CSRF cannot be switched off per page
with `csrf_exempt`. `OwnFormChecksMiddleware`, placed before Django's
CsrfViewMiddleware, routes an unsafe request to its page (Wagtail caches the
route on the request, so the page is looked up once) and lets it past the
CSRF check only when the page class declares `checks_own_form_posts = True`.
Every other page and view keeps Django's CSRF protection.
"""

from wagtail import views as wagtail_views
from wagtail.models import Page

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "TRACE"})
OWN_CHECKS_ATTRIBUTE = "checks_own_form_posts"


class OwnFormChecksMiddleware:
    """Skip Django's CSRF check for POSTs to pages that check their own (see the module docstring).

    Must come before django.middleware.csrf.CsrfViewMiddleware in MIDDLEWARE.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if request.method in SAFE_METHODS or view_func is not wagtail_views.serve:
            return None
        # wagtail.views.serve(request, path): its URL pattern passes the path positionally.
        path = view_kwargs.get("path", view_args[0] if view_args else None)
        if not isinstance(path, str):
            return None
        # Cached on the request: serve() reuses this route, so it must be the right one.
        route = Page.route_for_request(request, path)
        if route is not None and getattr(route[0], OWN_CHECKS_ATTRIBUTE, False):
            # What CsrfViewMiddleware itself sets once a request passed its check.
            request.csrf_processing_done = True
        return None

"""The second step of signing in: a code from the authenticator app, where one is enrolled."""

from urllib.parse import urlencode

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.shortcuts import redirect
from django.urls import reverse

from .two_factor import has_confirmed_device, two_factor_required

ADMIN_PREFIX = "/admin/"


class TwoFactorMiddleware:
    """Holds a signed-in user at the code page until the second factor is verified.

    Runs after django-otp's OTPMiddleware, which tells whether this session
    has verified a device (`request.user.is_verified()`).

    In the admin: a user with an enrolled device who has not typed a code
    in this session is sent to the code page; a superuser without a device,
    when ADMIN_REQUIRE_2FA is on, is sent to enrolment. Only those pages and
    signing out stay open. On the public site the same half-signed-in user
    counts as anonymous, so pages restricted to signed-in users stay closed.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path.startswith(ADMIN_PREFIX):
            response = self.hold_in_admin(request)
            if response is not None:
                return response
        elif settings.SESSION_COOKIE_NAME in request.COOKIES and self.awaits_code(request.user):
            request.user = AnonymousUser()
        return self.get_response(request)

    @staticmethod
    def awaits_code(user):
        return user.is_authenticated and not user.is_verified() and has_confirmed_device(user)

    def hold_in_admin(self, request):
        user = request.user
        if not user.is_authenticated or user.is_verified():
            return None
        # The icon sprite and the JavaScript catalogue are fetched by the code
        # page itself: redirected, the admin's script would insert the code
        # page's HTML (a second form) where the icons belong.
        open_paths = {
            reverse("wagtailadmin_logout"),
            reverse("wagtailadmin_javascript_catalog"),
            reverse("wagtailadmin_sprite"),
        }
        if has_confirmed_device(user):
            target = reverse("accounts_admin:verify")
        elif two_factor_required(user):
            target = reverse("accounts_admin:two_factor")
        else:
            return None
        if request.path == target or request.path in open_paths:
            return None
        if request.method == "GET":
            return redirect(f"{target}?{urlencode({'next': request.get_full_path()})}")
        return redirect(target)

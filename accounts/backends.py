"""django-axes' lockout check, for the sign-ins that come with a request."""

from axes.backends import AxesBackend


class LockoutBackend(AxesBackend):
    """Refuses a locked-out sign-in before any password is checked (django-axes).

    First in AUTHENTICATION_BACKENDS, so it must also be a complete backend
    (`get_user`, permissions: ModelBackend's, through AxesBackend): tools
    such as Wagtail's WagtailPageTestCase sign users in with the first one.
    It never checks a password itself; ModelBackend, next in the list, does.

    Every sign-in form (the admin's included) passes its request to
    `authenticate()`. A call without one (Django's test client `login()`, a
    shell) has no client address to count; django-axes would raise for it,
    so it is passed on to the password check instead, uncounted.
    """

    def authenticate(self, request, username=None, password=None, **kwargs):
        if request is None:
            return None
        return super().authenticate(request, username=username, password=password, **kwargs)

"""django-axes' lockout check, for the sign-ins that come with a request."""

from axes.backends import AxesStandaloneBackend


class LockoutBackend(AxesStandaloneBackend):
    """Refuses a locked-out sign-in before any password is checked (django-axes).

    Every sign-in form (the admin's included) passes its request to
    `authenticate()`. A call without one (Django's test client `login()`, a
    shell) has no client address to count; django-axes would raise for it,
    so it is passed on to the password check instead, uncounted.
    """

    def authenticate(self, request, username=None, password=None, **kwargs):
        if request is None:
            return None
        return super().authenticate(request, username=username, password=password, **kwargs)

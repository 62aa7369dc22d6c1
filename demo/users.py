"""The development administrator who publishes the demo content."""

import secrets
from dataclasses import dataclass

from django.contrib.auth import get_user_model

USERNAME = "admin"
FIRST_NAME = "Maria"
LAST_NAME = "Nowak"
EMAIL = "admin@example.org"
DEBUG_PASSWORD = "admin"  # noqa: S105 - only ever set when settings.DEBUG is on


@dataclass(frozen=True)
class AdminAccount:
    """The administrator, and the password when this run set it (None when kept)."""

    user: object
    password: str | None

    @property
    def created(self):
        return self.password is not None


def ensure_admin(*, debug):
    """Create the 'admin' superuser unless it exists; never change an existing password.

    With DEBUG on the password is simply 'admin'; anywhere else it is random,
    because a demo database may end up reachable from outside.
    """
    user_model = get_user_model()
    user = user_model.objects.filter(username=USERNAME).first()
    if user is not None:
        _fill_missing_names(user)
        return AdminAccount(user=user, password=None)
    password = DEBUG_PASSWORD if debug else secrets.token_urlsafe(12)
    user = user_model.objects.create_superuser(
        username=USERNAME,
        email=EMAIL,
        password=password,
        first_name=FIRST_NAME,
        last_name=LAST_NAME,
    )
    return AdminAccount(user=user, password=password)


def _fill_missing_names(user):
    # Publication records show the publisher's full name; an admin made by
    # createsuperuser has none, so give it one without touching anything else.
    if user.first_name or user.last_name:
        return
    user.first_name, user.last_name = FIRST_NAME, LAST_NAME
    user.save(update_fields=["first_name", "last_name"])

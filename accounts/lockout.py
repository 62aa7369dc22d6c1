"""What a locked-out sign-in sees, and what the log says about it.

django-axes counts failed sign-ins per account and per client address
(settings.AXES_*) and calls `lockout_response` once either is over the
limit. The address comes from core.antispam.client_ip, so it honours
TRUSTED_PROXY_COUNT exactly as every other per-address limit does.
"""

import ipaddress
import logging

from axes.signals import user_locked_out
from django.conf import settings
from django.dispatch import receiver
from django.shortcuts import render
from django.utils import translation

from core.antispam import client_ip

logger = logging.getLogger(__name__)


def client_address(request):
    """django-axes' AXES_CLIENT_IP_CALLABLE: the address every per-address limit uses.

    core.antispam.client_ip reads X-Forwarded-For only as far as
    TRUSTED_PROXY_COUNT allows, so with no trusted proxy a forged header
    changes nothing. Anything that is not an IP address (a misconfigured
    proxy passing on what a client wrote) is counted as "no address", one
    shared bucket, rather than failing the database's address column.
    """
    address = client_ip(request)
    try:
        return str(ipaddress.ip_address(address))
    except ValueError:
        return None


def cooloff_minutes():
    """The cool-off in whole minutes (at least one), as the lockout page states it."""
    return max(1, round(settings.AXES_COOLOFF_TIME.total_seconds() / 60))


def lockout_language(request):
    """The language of the lockout page: the visitor's, where the portal speaks it.

    The admin otherwise speaks the office's language to anonymous visitors
    (core.middleware.AdminDefaultLanguageMiddleware), but someone refused at
    the door should understand why: the language cookie, then the browser's
    Accept-Language, decide among Polish, English and Ukrainian; Polish
    when neither names one of them.
    """
    return translation.get_language_from_request(request, check_path=False)


def lockout_response(request, original_response=None, credentials=None):
    """django-axes' AXES_LOCKOUT_CALLABLE: a localized 429 page with Retry-After.

    Args:
        request: the refused sign-in request.
        original_response: what the login view answered (unused: it is replaced).
        credentials: the submitted credentials (unused: never shown or logged).

    Returns:
        The rendered lockout page, status 429.
    """
    with translation.override(lockout_language(request)):
        response = render(
            request,
            "accounts/lockout.html",
            {"cooloff_minutes": cooloff_minutes()},
            status=429,
        )
    response["Retry-After"] = str(int(settings.AXES_COOLOFF_TIME.total_seconds()))
    return response


def client_description(username, ip_address, user_agent, path_info, request):
    """django-axes' AXES_CLIENT_STR_CALLABLE: how its log lines name a client.

    The account and the path only: log lines never carry an IP address
    (the address is kept in the lockout records the admin report shows,
    and those expire with the cool-off).
    """
    if isinstance(path_info, tuple | list):
        path_info = path_info[0] if path_info else ""
    return f'{{username: "{username}", path_info: "{path_info}"}}'


@receiver(user_locked_out)
def log_lockout(sender, request, username, ip_address, **kwargs):
    """One line per refused sign-in while locked out: the account, never the address."""
    logger.warning(
        "Sign-in locked out for account %r after repeated failures (cool-off %d min).",
        username,
        cooloff_minutes(),
    )

"""Writes of sign-in security: lifting a lockout before its cool-off ends."""

import logging

from axes.utils import reset

from .two_factor import devices_remove

logger = logging.getLogger(__name__)


def account_unlock(*, username, by):
    """Forget the counted failures of one account (as typed at sign-in).

    Args:
        username: the account whose lockout is lifted.
        by: the superuser lifting it (named in the log).

    Returns:
        How many lockout records were removed.
    """
    removed = reset(username=username)
    logger.warning("Sign-in lockout of account %r lifted by %r.", username, by.get_username())
    return removed


def address_unlock(*, ip_address, by):
    """Forget the counted failures from one client address.

    The address itself is not logged (log lines never carry addresses).

    Args:
        ip_address: the client address whose lockout is lifted.
        by: the superuser lifting it.

    Returns:
        How many lockout records were removed.
    """
    removed = reset(ip=ip_address)
    logger.warning("Sign-in lockout of a client address lifted by %r.", by.get_username())
    return removed


def two_factor_reset(*, user, by):
    """Remove the two-factor devices of `user` (a lost phone); they enrol again when asked.

    Args:
        user: whose devices are removed.
        by: the superuser removing them (named in the log).
    """
    devices_remove(user=user)
    logger.warning(
        "Two-factor devices of %r removed by %r.", user.get_username(), by.get_username()
    )

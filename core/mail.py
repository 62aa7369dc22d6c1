"""E-mail that leaves the request: a background task, retried with a growing delay.

`email_enqueue` hands a message to the `default` task queue (django-tasks).
In production the queue is the database (`manage.py db_worker` sends it), so a
mail server that is slow, hangs or refuses costs the resident's request
nothing; in development and tests the immediate backend sends it at once.

A send that fails with a network or SMTP error is tried again after each of
`settings.EMAIL_RETRY_DELAYS` (seconds): the failed attempt enqueues the next
one with `run_after`, since django-tasks has no retries of its own. When the
delays are used up the task is left FAILED, the dead letter that
administrators see under Reports → Background tasks and may send again.

Nothing about the message goes to the log or into the stored error: no
address, subject, body or server reply text (a server's reply often quotes
the address), only the exception's class and SMTP status code. The stored
message itself is erased once it has been sent or handed to the next attempt.
"""

import datetime
import logging
import smtplib

from django.conf import settings
from django.core.mail import send_mail
from django.utils import timezone
from django_tasks import task
from django_tasks_db.backend import TaskResult as StoredTaskResult
from django_tasks_db.models import DBTaskResult

logger = logging.getLogger(__name__)


class EmailNotSent(Exception):
    """The last attempt failed; the message names the error, never the e-mail."""


def describe_error(error):
    """What went wrong, safe to log and show: the class and the SMTP code, no reply text.

    Args:
        error: the exception raised while sending.

    Returns:
        e.g. "ConnectionRefusedError: Connection refused", "SMTPDataError 451",
        "SMTPRecipientsRefused 550", "SMTPServerDisconnected (TimeoutError)".
    """
    name = type(error).__name__
    if isinstance(error, smtplib.SMTPResponseException):
        return f"{name} {error.smtp_code}"
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        codes = sorted({str(code) for code, _reply in error.recipients.values()})
        return " ".join([name, *codes])
    if isinstance(error, smtplib.SMTPServerDisconnected) and isinstance(error.__context__, OSError):
        # smtplib reports a reply that never came as a disconnection; the
        # socket error beneath says why (a timeout, a reset).
        return f"{name} ({describe_error(error.__context__)})"
    if isinstance(error, smtplib.SMTPException):
        return name
    if isinstance(error, OSError) and error.strerror:
        return f"{name}: {error.strerror}"
    return name


def max_attempts():
    """The first attempt and one per configured retry delay."""
    return len(settings.EMAIL_RETRY_DELAYS) + 1


def _erase_stored_message(context, attempt):
    # The stored arguments hold the addresses and the answers: once the message
    # is sent (or copied into the next attempt) the row keeps only the count.
    if isinstance(context.task_result, StoredTaskResult):
        DBTaskResult.objects.filter(pk=context.task_result.id).update(
            args_kwargs={"args": [], "kwargs": {"attempt": attempt}}
        )


@task(takes_context=True)
def send_email(context, *, subject, body, from_email, recipients, attempt=1, last_error=""):
    """Send one plain-text e-mail; on failure enqueue the next attempt or fail for good.

    Args:
        attempt: 1 for the first try; the retry policy counts with it.
        last_error: the previous attempt's error (see `describe_error`), for the report.

    Returns:
        None when sent; {"retried_as": id, "error": ...} when the attempt failed
        and the next one is queued.

    Raises:
        EmailNotSent: the last attempt failed; the task is left FAILED.
    """
    try:
        send_mail(subject, body, from_email, recipients)
    except OSError as error:  # socket errors, timeouts and every smtplib.SMTPException
        description = describe_error(error)
        total = max_attempts()
        backend = send_email.get_backend()
        if attempt < total and backend.supports_defer:
            delay = settings.EMAIL_RETRY_DELAYS[attempt - 1]
            retry = send_email.using(
                run_after=timezone.now() + datetime.timedelta(seconds=delay)
            ).enqueue(
                subject=subject,
                body=body,
                from_email=from_email,
                recipients=recipients,
                attempt=attempt + 1,
                last_error=description,
            )
            logger.warning(
                "E-mail task %s: attempt %d of %d failed (%s); next attempt %s in %d s.",
                context.task_result.id,
                attempt,
                total,
                description,
                retry.id,
                delay,
            )
            _erase_stored_message(context, attempt)
            return {"retried_as": retry.id, "error": description}
        logger.error(
            "E-mail task %s: attempt %d of %d failed (%s); no attempts left, the task is "
            "left as failed.",
            context.task_result.id,
            attempt,
            total,
            description,
        )
        # `from None`: the stored traceback must not carry the original
        # exception, whose text may quote the recipients.
        raise EmailNotSent(description) from None
    _erase_stored_message(context, attempt)
    return None


def email_enqueue(*, subject, body, recipients, from_email=None):
    """Hand a plain-text e-mail to the background queue.

    Call it after the data the message reports on is committed (e.g. from
    `transaction.on_commit`): with the immediate backend it is sent at once.

    Args:
        subject: one line, already in the reader's language.
        body: the plain-text body.
        recipients: the addresses.
        from_email: the sender; DEFAULT_FROM_EMAIL when None.

    Returns:
        The task result (its `id` names the stored task).
    """
    return send_email.enqueue(
        subject=str(subject),
        body=str(body),
        from_email=from_email or settings.DEFAULT_FROM_EMAIL,
        recipients=list(recipients),
    )

"""E-mail that leaves the request: a background task, retried with a growing delay.

`email_enqueue` hands a message to the `default` task queue (django-tasks);
in production `QueuedEmailBackend` (EMAIL_BACKEND) does the same for every
e-mail Django and Wagtail send themselves.
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
from django.core.exceptions import ImproperlyConfigured
from django.core.mail import EmailMultiAlternatives, get_connection
from django.core.mail.backends.base import BaseEmailBackend
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


def delivery_connection():
    """The backend that really delivers: EMAIL_DELIVERY_BACKEND, else EMAIL_BACKEND."""
    backend = getattr(settings, "EMAIL_DELIVERY_BACKEND", "") or settings.EMAIL_BACKEND
    if backend == f"{__name__}.{QueuedEmailBackend.__name__}":
        raise ImproperlyConfigured(
            "EMAIL_BACKEND is the task queue: set EMAIL_DELIVERY_BACKEND to the backend "
            "that delivers (e.g. SMTP), or the queue would only enqueue again."
        )
    return get_connection(backend)


def _message(subject, body, from_email, recipients, extra):
    message = EmailMultiAlternatives(
        subject,
        body,
        from_email,
        recipients,
        cc=extra.get("cc"),
        bcc=extra.get("bcc"),
        reply_to=extra.get("reply_to"),
        headers=extra.get("headers"),
        connection=delivery_connection(),
    )
    for content, mimetype in extra.get("alternatives", []):
        message.attach_alternative(content, mimetype)
    return message


@task(takes_context=True)
def send_email(
    context, *, subject, body, from_email, recipients, attempt=1, last_error="", **extra
):
    """Send one e-mail; on failure enqueue the next attempt or fail for good.

    Args:
        recipients: the To addresses.
        attempt: 1 for the first try; the retry policy counts with it.
        last_error: the previous attempt's error (see `describe_error`), for the report.
        extra: cc, bcc, reply_to, headers and alternatives [(content, mimetype)]
            of a message that came through `QueuedEmailBackend`.

    Returns:
        None when sent; {"retried_as": id, "error": ...} when the attempt failed
        and the next one is queued.

    Raises:
        EmailNotSent: the last attempt failed; the task is left FAILED.
    """
    try:
        _message(subject, body, from_email, recipients, extra).send()
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
                **extra,
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


class QueuedEmailBackend(BaseEmailBackend):
    """An EMAIL_BACKEND that hands every message to the task queue.

    So e-mail that Django and Wagtail send themselves (password resets,
    moderation notices, error reports) leaves the request too, with the same
    retries. EMAIL_DELIVERY_BACKEND names the backend that delivers. A
    message with attachments (none of this site's) is delivered at once:
    the queue stores text only.
    """

    def send_messages(self, email_messages):
        sent = 0
        for message in email_messages:
            if not message.recipients():
                continue
            if message.attachments:
                message.connection = delivery_connection()
                sent += message.send(fail_silently=self.fail_silently)
                continue
            extra = {
                "cc": list(message.cc),
                "bcc": list(message.bcc),
                "reply_to": list(message.reply_to),
                "headers": dict(message.extra_headers),
                "alternatives": [
                    [str(content), mimetype]
                    for content, mimetype in getattr(message, "alternatives", [])
                ],
            }
            send_email.enqueue(
                subject=str(message.subject),
                body=str(message.body),
                from_email=message.from_email or settings.DEFAULT_FROM_EMAIL,
                recipients=list(message.to),
                **{key: value for key, value in extra.items() if value},
            )
            sent += 1
        return sent

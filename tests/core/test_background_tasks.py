"""Background work: e-mail leaves the request, is retried, and ends in the admin's report.

The mail servers are real sockets on this machine, each a few lines of SMTP
(no mock): one that accepts and never answers, one that refuses every
recipient, one that takes the message. The queue is django-tasks-db's
table in the test database, run by `manage.py db_worker --batch`, exactly
as production does, with the retry delays shortened to zero.
"""

import contextlib
import datetime
import email
import email.policy
import logging
import signal
import socket
import socketserver
import threading
import time

import pytest
from django.contrib.auth.models import Permission
from django.core import mail
from django.core.management import call_command
from django.db import connections
from django.urls import reverse
from django.utils import timezone
from django_tasks import TaskResultStatus
from django_tasks_db.management.commands import db_worker
from django_tasks_db.models import DBTaskResult

from core.background import STALLED_AFTER
from core.mail import email_enqueue, send_email
from surveys.models import SurveyResponse
from tests.core.test_settings import example_environment, run_manage
from tests.factories import ContentPageFactory
from tests.surveys.factories import SurveyIndexPageFactory, SurveyPageFactory, question
from tests.surveys.helpers import send

pytestmark = pytest.mark.django_db

RESIDENT = "olena@example.org"
OFFICE = "biuro@example.org"
ANSWER = "Fontanna na rynku"
DATABASE_QUEUE = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
SMTP_BACKEND = "django.core.mail.backends.smtp.EmailBackend"


# --- Mail servers on this machine ----------------------------------------------


class SMTPHandler(socketserver.StreamRequestHandler):
    """Just enough SMTP for Django's backend; `server.mode` picks the behaviour."""

    def reply(self, line):
        self.wfile.write(f"{line}\r\n".encode())

    def handle(self):
        if self.server.mode == "hang":
            # Accept, then say nothing until the client gives up and closes.
            self.rfile.read()
            return
        self.reply("220 localhost ESMTP test")
        data = None
        for raw in self.rfile:
            line = raw.decode("utf-8", "replace").rstrip("\r\n")
            if data is not None:
                if line == ".":
                    self.server.received.append("\n".join(data))
                    data = None
                    self.reply("250 2.0.0 queued")
                else:
                    data.append(line)
                continue
            command = line[:4].upper()
            if command in ("EHLO", "HELO"):
                self.reply("250 localhost")
            elif command == "MAIL":
                self.reply("250 2.1.0 ok")
            elif command == "RCPT":
                if self.server.mode == "refuse":
                    # Real servers quote the address: it must not reach the log or the report.
                    self.reply(f"550 5.1.1 {line[8:]}: recipient address rejected")
                else:
                    self.reply("250 2.1.5 ok")
            elif command == "DATA":
                data = []
                self.reply("354 go ahead")
            elif command == "RSET":
                self.reply("250 ok")
            elif command == "QUIT":
                self.reply("221 bye")
                return
            else:
                self.reply("502 not implemented")


class SMTPServer(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, mode):
        super().__init__(("127.0.0.1", 0), SMTPHandler)
        self.mode = mode
        self.received = []


@contextlib.contextmanager
def smtp_server(mode):
    server = SMTPServer(mode)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()


def closed_port():
    """A port on this machine where nothing listens: connecting is refused at once."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def use_smtp(settings, port, timeout=5):
    settings.EMAIL_BACKEND = SMTP_BACKEND
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = port
    settings.EMAIL_USE_TLS = settings.EMAIL_USE_SSL = False
    settings.EMAIL_HOST_USER = settings.EMAIL_HOST_PASSWORD = ""
    settings.EMAIL_TIMEOUT = timeout


@pytest.fixture
def hanging_smtp():
    with smtp_server("hang") as server:
        yield server


@pytest.fixture
def refusing_smtp():
    with smtp_server("refuse") as server:
        yield server


@pytest.fixture
def working_smtp():
    with smtp_server("accept") as server:
        yield server


# --- The queue as in production ---------------------------------------------------


@pytest.fixture
def database_queue(settings, monkeypatch):
    """Production's queue, with every retry due at once."""
    settings.TASKS = DATABASE_QUEUE
    settings.EMAIL_RETRY_DELAYS = [0, 0]
    database = connections["default"]  # the wrapper itself: patching the proxy is not undone
    if database.vendor == "sqlite":
        # The worker takes SQLite's lock with BEGIN EXCLUSIVE unless the
        # connection already begins exclusively; inside the test's own
        # transaction only the latter (a savepoint) is possible.
        if not hasattr(database, "transaction_mode"):
            database.get_connection_params()  # sets it, as the worker's own check does
        monkeypatch.setattr(database, "transaction_mode", "EXCLUSIVE")
    # Between tasks the worker drops connections that are not in autocommit,
    # as after a request; the test's transaction is such a connection.
    monkeypatch.setattr(db_worker, "close_old_connections", lambda: None)


@pytest.fixture
def run_worker():
    """`manage.py db_worker --batch`: run every due task, then return."""

    def run():
        handlers = {number: signal.getsignal(number) for number in (signal.SIGINT, signal.SIGTERM)}
        levels = {
            name: logging.getLogger(name).level for name in ("django_tasks", "django_tasks_db")
        }
        try:
            call_command("db_worker", "--batch", "--no-startup-delay", "--no-reload", verbosity=0)
        finally:
            # The command installs its own signal handlers and log levels for
            # its process; the test process gets its own back.
            for number, handler in handlers.items():
                signal.signal(number, handler)
            for name, level in levels.items():
                logging.getLogger(name).setLevel(level)

    return run


@pytest.fixture
def survey(home_pl):
    return SurveyPageFactory(
        parent=SurveyIndexPageFactory(parent=home_pl),
        title="Rynek",
        questions=[
            question("short_text", "Twój pomysł", key="idea"),
            question("email", "Twój e-mail", key="email", personal_data=True, required=False),
        ],
        office_email=OFFICE,
    )


def answers():
    return {"idea": ANSWER, "email": RESIDENT, "consent": "on"}


def email_tasks():
    return DBTaskResult.objects.filter(task_path=send_email.module_path).order_by("enqueued_at")


def report(client, **query):
    response = client.get(reverse("core_tasks:report"), query)
    assert response.status_code == 200
    return response.content.decode()


# --- (1) A hanging mail server does not slow the submission ------------------------


def test_a_hanging_mail_server_does_not_hold_the_survey_submission(
    client, settings, database_queue, hanging_smtp, survey
):
    use_smtp(settings, hanging_smtp.server_address[1], timeout=5)

    started = time.monotonic()
    response = send(client, survey, answers())
    elapsed = time.monotonic() - started

    assert response.status_code == 200
    assert SurveyResponse.objects.filter(page=survey).count() == 1
    # Sending in the request would wait the full EMAIL_TIMEOUT (5 s) for the server.
    assert elapsed < 2.5
    (task,) = email_tasks()
    assert task.status == TaskResultStatus.READY
    assert task.args_kwargs["kwargs"]["recipients"] == [OFFICE]


def test_the_immediate_backend_keeps_the_request_alive_when_sending_fails(client, settings, survey):
    # Development and tests send at once; a refusing server still costs no response.
    use_smtp(settings, closed_port())
    settings.EMAIL_RETRY_DELAYS = [0, 0]

    response = send(client, survey, answers())

    assert response.status_code == 200
    assert SurveyResponse.objects.filter(page=survey).count() == 1
    assert not DBTaskResult.objects.exists()


# --- (2) Retries and the dead letter in the admin -------------------------------------


def test_a_hanging_server_is_retried_then_shown_as_failed(
    client, admin_client, settings, database_queue, run_worker, hanging_smtp, survey
):
    use_smtp(settings, hanging_smtp.server_address[1], timeout=0.3)
    send(client, survey, answers())

    run_worker()

    first, second, third = email_tasks()
    assert first.status == second.status == TaskResultStatus.SUCCESSFUL  # handed on
    timed_out = "SMTPServerDisconnected (TimeoutError)"
    assert first.return_value == {"retried_as": str(second.pk), "error": timed_out}
    assert third.status == TaskResultStatus.FAILED
    assert third.traceback.rstrip().endswith(f"core.mail.EmailNotSent: {timed_out}")
    # Each attempt handed its message on and kept nothing of it.
    assert first.args_kwargs == {"args": [], "kwargs": {"attempt": 1}}
    assert third.args_kwargs["kwargs"]["recipients"] == [OFFICE]

    page = report(admin_client, status="failed")
    assert page.count("background-task--failed") == 1
    assert "3 / 3" in page and f"EmailNotSent: {timed_out}" in page
    assert reverse("core_tasks:run_again", args=[third.pk]) in page


def test_a_refusing_server_is_retried_and_nothing_of_the_mail_is_logged_or_shown(
    client, admin_client, settings, database_queue, run_worker, refusing_smtp, survey, caplog
):
    use_smtp(settings, refusing_smtp.server_address[1])
    send(client, survey, answers())

    with caplog.at_level(logging.INFO):
        run_worker()

    statuses = [task.status for task in email_tasks()]
    assert statuses == [TaskResultStatus.SUCCESSFUL] * 2 + [TaskResultStatus.FAILED]
    failed = email_tasks().last()
    assert failed.traceback.rstrip().endswith("EmailNotSent: SMTPRecipientsRefused 550")
    assert "attempt 3 of 3 failed (SMTPRecipientsRefused 550)" in caplog.text
    page = report(admin_client)
    for secret in (OFFICE, ANSWER, "Rynek"):
        assert secret not in caplog.text
        assert secret not in failed.traceback
        assert secret not in page


def test_a_connection_refused_fails_after_every_attempt(
    admin_client, settings, database_queue, run_worker
):
    use_smtp(settings, closed_port())
    email_enqueue(subject="Temat", body="Treść", recipients=[OFFICE])

    run_worker()

    assert email_tasks().count() == 3
    assert email_tasks().last().status == TaskResultStatus.FAILED
    assert "ConnectionRefusedError" in report(admin_client, status="failed")


def test_send_again_delivers_a_failed_mail_once_the_server_works(
    admin_client, settings, database_queue, run_worker, working_smtp
):
    use_smtp(settings, closed_port())
    email_enqueue(subject="Nowa odpowiedź", body=ANSWER, recipients=[OFFICE])
    run_worker()
    failed = email_tasks().last()
    assert failed.status == TaskResultStatus.FAILED

    use_smtp(settings, working_smtp.server_address[1])
    url = reverse("core_tasks:run_again", args=[failed.pk])
    assert admin_client.post(url).status_code == 302
    # A second click (or a second administrator) queues nothing more.
    admin_client.post(url)
    assert email_tasks().count() == 4
    run_worker()

    (message,) = working_smtp.received
    message = email.message_from_string(message, policy=email.policy.default)
    assert message["Subject"] == "Nowa odpowiedź" and message.get_content().strip() == ANSWER
    resent = email_tasks().last()
    assert resent.status == TaskResultStatus.SUCCESSFUL
    assert resent.args_kwargs == {"args": [], "kwargs": {"attempt": 1}}
    page = report(admin_client, status="failed")
    assert url not in page  # no second "send again" for the same failure


def test_a_task_whose_worker_died_can_be_sent_again(
    admin_client, settings, database_queue, run_worker, working_smtp
):
    use_smtp(settings, working_smtp.server_address[1])
    email_enqueue(subject="Temat", body=ANSWER, recipients=[OFFICE])
    # A worker claimed it and was killed (SIGKILL) before it finished.
    (stalled,) = email_tasks()
    stalled.claim("killed-worker")
    url = reverse("core_tasks:run_again", args=[stalled.pk])
    assert url not in report(admin_client)  # running for a moment is not stalled
    admin_client.post(url)
    assert email_tasks().count() == 1

    DBTaskResult.objects.filter(pk=stalled.pk).update(
        started_at=timezone.now() - STALLED_AFTER - datetime.timedelta(minutes=1)
    )
    assert url in report(admin_client)
    assert admin_client.post(url).status_code == 302
    run_worker()

    (message,) = working_smtp.received
    stalled.refresh_from_db()
    assert stalled.status == TaskResultStatus.FAILED
    assert url not in report(admin_client)


def test_the_report_is_for_superusers_and_holders_of_the_permission(client, django_user_model):
    editor = django_user_model.objects.create_user("editor", password="x")
    editor.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(editor)
    assert client.get(reverse("core_tasks:report")).status_code == 403
    assert client.post(reverse("core_tasks:run_again", args=[DBTaskResult().pk])).status_code == 403

    editor.user_permissions.add(Permission.objects.get(codename="view_dbtaskresult"))
    editor = django_user_model.objects.get(pk=editor.pk)  # a fresh permission cache
    client.force_login(editor)
    assert client.get(reverse("core_tasks:report")).status_code == 200
    # Seeing is not sending again: that needs "Can change Task Result".
    assert client.post(reverse("core_tasks:run_again", args=[DBTaskResult().pk])).status_code == 403


def test_reports_menu_lists_background_tasks_for_superusers(admin_client):
    response = admin_client.get(reverse("wagtailadmin_home"))
    assert reverse("core_tasks:report") in response.content.decode()


# --- (3) A working server receives the mail once the worker runs ----------------------


def test_a_working_server_receives_the_mail_after_the_worker_runs(
    client, settings, database_queue, run_worker, working_smtp, survey
):
    use_smtp(settings, working_smtp.server_address[1])
    send(client, survey, answers())
    assert working_smtp.received == []  # nothing is sent within the request

    run_worker()

    (message,) = working_smtp.received
    assert f"To: {OFFICE}" in message and ANSWER in message
    (task,) = email_tasks()
    assert task.status == TaskResultStatus.SUCCESSFUL
    # The stored task no longer holds the addresses or the answers.
    assert task.args_kwargs == {"args": [], "kwargs": {"attempt": 1}}


# --- (4) Tests and development: the immediate backend, Django's outbox ----------------


def test_immediate_backend_delivers_to_the_outbox(client, survey):
    send(client, survey, answers())

    (message,) = mail.outbox
    assert message.to == [OFFICE] and ANSWER in message.body
    assert not DBTaskResult.objects.exists()


# --- Wagtail's own tasks go through the same queue ------------------------------------


def test_wagtail_tasks_are_stored_in_the_default_queue(database_queue, home_pl):
    ContentPageFactory(parent=home_pl, title="Budżet obywatelski", slug="budzet")

    paths = set(DBTaskResult.objects.values_list("task_path", flat=True))
    assert "wagtail.tasks.update_reference_index_task" in paths
    assert "modelsearch.tasks.insert_or_update_object_task" in paths
    assert set(DBTaskResult.objects.values_list("queue_name", flat=True)) == {"default"}


def test_production_stores_tasks_and_every_email_in_the_database():
    code = (
        "from django.conf import settings as s; from django_tasks import task_backends;"
        "print(type(task_backends['default']).__name__, s.EMAIL_BACKEND, s.EMAIL_DELIVERY_BACKEND)"
    )
    result = run_manage("shell", "-c", code, environment=example_environment())
    assert result.returncode == 0, result.stderr
    assert result.stdout.split()[-3:] == [
        "DatabaseBackend",
        "core.mail.QueuedEmailBackend",
        SMTP_BACKEND,
    ]


# --- Django's and Wagtail's own e-mail through the queue (production's EMAIL_BACKEND) --


def test_an_admin_password_reset_leaves_through_the_queue(
    client, settings, database_queue, run_worker, hanging_smtp, working_smtp, django_user_model
):
    django_user_model.objects.create_user("editor", email=OFFICE, password="x")
    use_smtp(settings, hanging_smtp.server_address[1], timeout=5)
    settings.EMAIL_DELIVERY_BACKEND = SMTP_BACKEND
    settings.EMAIL_BACKEND = "core.mail.QueuedEmailBackend"

    started = time.monotonic()
    response = client.post(reverse("wagtailadmin_password_reset"), {"email": OFFICE})
    assert response.status_code == 302
    assert time.monotonic() - started < 2.5  # not the 5 s of the hanging server
    (task,) = email_tasks()
    assert task.status == TaskResultStatus.READY

    settings.EMAIL_PORT = working_smtp.server_address[1]
    run_worker()

    (message,) = working_smtp.received
    message = email.message_from_string(message, policy=email.policy.default)
    assert message["To"] == OFFICE
    assert "/admin/password_reset/" in message.get_body(("plain",)).get_content()

"""Logs and error reports: JSON lines naming requests, not residents; Sentry without personal data.

The log tests configure logging exactly as production does
(core.logging.logging_config("json"), the function config/settings/production.py
calls), with the handler writing into a buffer, send real requests through the
test client and parse what was written.
"""

import io
import json
import logging.config
import re
import smtplib

import pytest
import sentry_sdk
from django.conf import settings
from django.core.mail.backends.base import BaseEmailBackend
from django.http import HttpResponse
from django.test import Client, override_settings
from django.urls import path
from sentry_sdk.transport import Transport

from core.logging import init_sentry, logging_config, redact
from surveys.models import SurveyResponse
from tests.core.test_settings import example_environment, run_manage
from tests.surveys.factories import SurveyIndexPageFactory, SurveyPageFactory, question
from tests.surveys.helpers import send

CLIENT_IP = "203.0.113.77"
FORWARDED_IP = "198.51.100.23"
IPV6 = "2001:db8::4:77"
EMAIL = "olena.kowalczyk@example.org"
ANSWER = "Fontanna przy ulicy Zielonej"


@pytest.fixture
def json_log():
    """Production's logging (JSON, level DEBUG so every line counts) into a buffer.

    Returns a function giving (raw text, parsed lines) of what was written so far.
    """
    buffer = io.StringIO()
    config = logging_config("json", "DEBUG")
    config["handlers"]["console"]["stream"] = buffer
    logging.config.dictConfig(config)

    def read():
        raw = buffer.getvalue()
        return raw, [json.loads(line) for line in raw.splitlines()]

    yield read
    logging.config.dictConfig(settings.LOGGING)


def access_lines(lines):
    return [line for line in lines if line["logger"] == "core.access"]


@pytest.mark.django_db
def test_each_request_writes_one_json_access_line_without_address_or_query(
    client, home_pl, json_log
):
    response = client.get(f"/pl/?email={EMAIL}&q=park", REMOTE_ADDR=CLIENT_IP)

    assert response.status_code == 200
    raw, lines = json_log()
    [line] = access_lines(lines)
    assert line["level"] == "INFO"
    assert line["method"] == "GET"
    assert line["path"] == "/pl/"
    assert line["status"] == 200
    assert isinstance(line["duration_ms"], float) and line["duration_ms"] > 0
    assert re.fullmatch(r"[0-9a-f]{32}", line["request_id"])
    assert response["X-Request-ID"] == line["request_id"]
    assert {"time", "message"} <= line.keys()
    for secret in (CLIENT_IP, EMAIL, "q=park"):
        assert secret not in raw


@pytest.mark.django_db
def test_every_line_of_a_request_carries_its_id(client, home_pl, json_log):
    first = client.get("/pl/")["X-Request-ID"]
    second = client.get("/pl/nie-ma-takiej-strony/")["X-Request-ID"]

    _raw, lines = json_log()
    assert first != second
    assert [(line["request_id"], line["status"]) for line in access_lines(lines)] == [
        (first, 200),
        (second, 404),
    ]
    # Lines written outside a request (none here but the fixture's) say "-".
    assert {line["request_id"] for line in lines} <= {first, second, "-"}


@pytest.mark.django_db
def test_health_probes_leave_no_line(client, json_log):
    assert client.get("/healthz").status_code == 200
    _raw, lines = json_log()
    assert access_lines(lines) == []


class RefusingSmtpBackend(BaseEmailBackend):
    """Stands in for a mail server (outside the machine) that refuses the recipient by address."""

    def send_messages(self, email_messages):
        recipients = [address for message in email_messages for address in message.to]
        raise smtplib.SMTPRecipientsRefused(
            {address: (550, b"mailbox unavailable") for address in recipients}
        )


@pytest.fixture
def resident():
    """A browser behind one proxy: its address reaches the site in X-Forwarded-For."""
    return Client(REMOTE_ADDR=CLIENT_IP, HTTP_X_FORWARDED_FOR=FORWARDED_IP)


@pytest.fixture
def survey(home_pl):
    return SurveyPageFactory(
        parent=SurveyIndexPageFactory(parent=home_pl),
        questions=[
            question("long_text", "Twój pomysł", key="idea"),
            question("email", "Twój e-mail", key="email", personal_data=True),
        ],
        office_email="biuro@example.org",
        send_copy_to_resident=True,
    )


@pytest.mark.django_db
@override_settings(TRUSTED_PROXY_COUNT=1)
def test_a_survey_with_an_email_answer_leaves_no_address_or_answer_in_the_log(
    resident, survey, json_log
):
    answers = {"idea": ANSWER, "email": EMAIL, "consent": "on"}

    response = send(resident, survey, answers)

    assert response.status_code == 200
    assert SurveyResponse.objects.filter(page=survey).count() == 1
    raw, lines = json_log()
    posts = [line for line in access_lines(lines) if line["method"] == "POST"]
    assert [(line["path"], line["status"]) for line in posts] == [(survey.url, 200)]
    for secret in (CLIENT_IP, FORWARDED_IP, EMAIL, "olena", ANSWER, "Fontanna"):
        assert secret not in raw, secret


@pytest.mark.django_db
@override_settings(
    TRUSTED_PROXY_COUNT=1, EMAIL_BACKEND="tests.core.test_logging.RefusingSmtpBackend"
)
def test_a_mail_error_naming_the_resident_is_logged_without_the_address(resident, survey, json_log):
    answers = {"idea": ANSWER, "email": EMAIL, "consent": "on"}

    response = send(resident, survey, answers)

    assert response.status_code == 200
    raw, lines = json_log()
    # The refusal was logged, traceback included, without the addresses it named.
    failures = [line for line in lines if "SMTPRecipientsRefused" in line.get("exception", "")]
    assert failures, raw
    assert all(line["level"] == "ERROR" for line in failures)
    for secret in (EMAIL, "biuro@example.org", CLIENT_IP, FORWARDED_IP, ANSWER):
        assert secret not in raw, secret


@pytest.mark.django_db
def test_the_request_id_of_a_client_is_ignored_without_a_trusted_proxy(client, home_pl):
    response = client.get("/pl/", HTTP_X_REQUEST_ID="chosen-by-the-client")
    assert re.fullmatch(r"[0-9a-f]{32}", response["X-Request-ID"])


@pytest.mark.django_db
@override_settings(TRUSTED_PROXY_COUNT=1)
def test_the_request_id_of_a_trusted_proxy_is_kept_unless_malformed(client, home_pl, json_log):
    kept = client.get("/pl/", HTTP_X_REQUEST_ID="lb-4f2a9c")
    forged = client.get("/pl/", HTTP_X_REQUEST_ID='x" "level": "CRITICAL')

    assert kept["X-Request-ID"] == "lb-4f2a9c"
    assert re.fullmatch(r"[0-9a-f]{32}", forged["X-Request-ID"])
    _raw, lines = json_log()
    assert [line["request_id"] for line in access_lines(lines)] == [
        "lb-4f2a9c",
        forged["X-Request-ID"],
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"refused {EMAIL}", "refused [email]"),
        (f"from {CLIENT_IP}:443", "from [ip]:443"),
        (f"from {IPV6} now", "from [ip] now"),
        ("from 2001:0db8:0000:0000:0000:ff00:0042:8329", "from [ip]"),
        ("from ::ffff:192.0.2.1", "from [ip]"),
        # What is not an address stays: versions, times, sizes, the Python scope operator.
        ("wagtail 8.0.1 at 12:30:15, 1.5 MiB", "wagtail 8.0.1 at 12:30:15, 1.5 MiB"),
        ("std::vector and Survey::flow", "std::vector and Survey::flow"),
    ],
)
def test_redact_replaces_addresses_only(text, expected):
    assert redact(text) == expected


def test_development_logs_are_plain_text_and_redacted_too():
    # Test settings inherit base.py, which development uses as well.
    assert settings.LOGGING["handlers"]["console"]["formatter"] == "plain"
    buffer = io.StringIO()
    config = logging_config("plain")
    config["handlers"]["console"]["stream"] = buffer
    logging.config.dictConfig(config)
    try:
        logging.getLogger("surveys.emails").warning("Refused %s from %s", EMAIL, CLIENT_IP)
    finally:
        logging.config.dictConfig(settings.LOGGING)
    assert buffer.getvalue().endswith(" WARNING surveys.emails [-] Refused [email] from [ip]\n")


def test_production_logs_json_and_rejects_an_unknown_format():
    environment = example_environment()
    code = "from django.conf import settings; print(settings.LOGGING['handlers']['console'])"
    result = run_manage("shell", "-c", code, environment=environment)
    assert result.returncode == 0, result.stderr
    assert "'formatter': 'json'" in result.stdout

    environment["LOG_FORMAT"] = "xml"
    result = run_manage("check", environment=environment)
    assert result.returncode != 0
    assert "LOG_FORMAT must be one of json, plain" in result.stderr


def test_production_starts_sentry_only_with_a_dsn():
    code = (
        "import json, sentry_sdk; o = sentry_sdk.get_client().options;"
        "print(json.dumps([sentry_sdk.get_client().is_active(), o.get('release'),"
        " o.get('environment'), o.get('include_local_variables'), o.get('data_collection')]))"
    )
    environment = example_environment()
    environment.pop("SENTRY_DSN", None)
    result = run_manage("shell", "-c", code, environment=environment)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout.splitlines()[-1])[0] is False

    # A DSN nothing listens on: sentry-sdk connects only when there is an event to send.
    environment.update(
        SENTRY_DSN="https://public@sentry.invalid/1",
        SENTRY_RELEASE="2026.11.29",
        SENTRY_ENVIRONMENT="staging",
    )
    result = run_manage("shell", "-c", code, environment=environment)
    assert result.returncode == 0, result.stderr
    active, release, name, local_variables, collection = json.loads(result.stdout.splitlines()[-1])
    assert (active, release, name, local_variables) == (True, "2026.11.29", "staging", False)
    assert collection["user_info"] is False
    assert collection["http_bodies"] == []
    assert collection["cookies"]["mode"] == "off"
    assert collection["url_query_params"]["mode"] == "off"
    assert collection["stack_frame_variables"] is False


# --- Sentry --------------------------------------------------------------------


class MemoryTransport(Transport):
    """Keeps events in memory: Sentry's servers are outside the machine, so nothing is sent."""

    def __init__(self):
        super().__init__()
        self.events = []

    def capture_envelope(self, envelope):
        event = envelope.get_event()
        if event is not None:
            self.events.append(event)


def broken_view(request):
    raise RuntimeError("the view failed")


def working_view(request):
    return HttpResponse("ok")


urlpatterns = [path("broken/", broken_view), path("working/", working_view)]


@pytest.fixture
def sentry_events():
    """sentry-sdk started as production starts it, with a fake DSN and the memory transport."""
    transport = MemoryTransport()
    init_sentry(
        "https://public@sentry.invalid/1",
        release="test-release",
        environment="test",
        transport=transport,
    )
    yield transport.events
    sentry_sdk.get_client().close()
    sentry_sdk.get_global_scope().set_client(None)


@pytest.mark.django_db
@override_settings(ROOT_URLCONF=__name__, TRUSTED_PROXY_COUNT=1)
def test_an_error_report_carries_no_address_cookie_or_body(sentry_events):
    client = Client(raise_request_exception=False)
    client.cookies["sessionid"] = "session-secret-value"
    client.cookies["csrftoken"] = "csrf-secret-value"

    response = client.post(
        f"/broken/?email={EMAIL}",
        {"idea": ANSWER, "email": EMAIL},
        REMOTE_ADDR=CLIENT_IP,
        HTTP_X_FORWARDED_FOR=FORWARDED_IP,
        HTTP_X_REAL_IP=FORWARDED_IP,
    )
    client.get("/working/")
    sentry_sdk.flush()

    assert response.status_code == 500
    [event] = sentry_events
    [exception] = event["exception"]["values"]
    assert (exception["type"], exception["value"]) == ("RuntimeError", "the view failed")
    assert event["release"] == "test-release" and event["environment"] == "test"
    assert event["tags"]["request_id"] == response["X-Request-ID"]
    request = event["request"]
    assert request["method"] == "POST"
    assert request["url"] == "/broken/"
    assert not {"data", "cookies", "env", "query_string"} & request.keys()
    assert not {"cookie", "x-forwarded-for", "x-real-ip"} & {
        h.lower() for h in request.get("headers", {})
    }
    assert "ip_address" not in event.get("user", {})
    assert all("vars" not in frame for frame in exception["stacktrace"]["frames"])
    report = json.dumps(event)
    for secret in (CLIENT_IP, FORWARDED_IP, EMAIL, ANSWER, "session-secret", "csrf-secret"):
        assert secret not in report, secret

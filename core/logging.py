"""Logs and error reports that name requests, never residents.

Production writes one JSON object per line to standard error (LOG_FORMAT=json,
its default there): time, level, logger, message, the request id and, for the
access line of each request, method, path, status and duration. Development
writes the same events as plain text (LOG_FORMAT=plain).

What a log line never carries: the client's IP address, e-mail addresses or
anything a resident typed. The access line names the path without its query
string (a query can hold personal data), and every message and traceback is
passed through `redact`, which replaces e-mail and IP addresses, as a last
line of defence against a library that puts one into an exception message
(an SMTP error naming the refused recipient, a database error quoting a row).

RequestLogMiddleware gives each request an id, sent back as X-Request-ID and
added to every log line written while the request runs, so one request can
be followed through its lines. A client cannot choose its id: an incoming
X-Request-ID is kept only behind a trusted reverse proxy
(TRUSTED_PROXY_COUNT > 0), which sets or overwrites it.

`init_sentry` turns on error reporting through sentry-sdk when SENTRY_DSN is
set (config/settings/production.py); `scrub_sentry_event` strips the report
of request bodies, cookies, IP addresses, local variables and query strings
before it leaves the machine.
"""

import contextvars
import json
import logging
import re
import time
import uuid
from datetime import UTC, datetime

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

ACCESS_LOGGER = "core.access"
REQUEST_ID_HEADER = "X-Request-ID"
LOG_FORMATS = ("json", "plain")

# The request this thread is serving: its id, method and path (no query string).
_current_request = contextvars.ContextVar("current_request", default=None)
access_logger = logging.getLogger(ACCESS_LOGGER)

# An id from a proxy is copied into logs and headers: letters, digits and a
# few separators only, so that it cannot forge a line or a header.
TRUSTED_REQUEST_ID = re.compile(r"[A-Za-z0-9._:@/+=-]{1,128}")
EMAIL_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
IPV4_ADDRESS = re.compile(r"(?<![\w.])(?:\d{1,3}\.){3}\d{1,3}(?![\w.])")
# Eight hextets, or fewer around "::" (also with an IPv4 tail); "::" alone is left.
IPV6_ADDRESS = re.compile(
    r"(?<![\w:.])(?:[0-9A-Fa-f]{1,4}:){7}[0-9A-Fa-f]{1,4}(?![\w:])"
    r"|(?<![\w:.])(?:[0-9A-Fa-f]{1,4}(?::[0-9A-Fa-f]{1,4})*)?::"
    r"(?:[0-9A-Fa-f]{1,4}(?::[0-9A-Fa-f]{1,4})*)?(?:\.\d{1,3}){0,3}(?![\w:])"
)


def redact(text):
    """The text with e-mail and IP addresses replaced by placeholders.

    Args:
        text: any string that is about to be logged or reported.

    Returns:
        The string with `[email]`, `[ip]` in place of each address.
    """
    text = EMAIL_ADDRESS.sub("[email]", text)
    # IPv6 first: an IPv4-mapped address (::ffff:192.0.2.1) goes as one.
    text = IPV6_ADDRESS.sub(lambda match: "[ip]" if match.group() != "::" else "::", text)
    return IPV4_ADDRESS.sub("[ip]", text)


def current_request_id():
    """The id of the request this thread is serving, or "-" outside a request."""
    current = _current_request.get()
    return current["id"] if current else "-"


class RequestIdFilter(logging.Filter):
    """Adds `request_id` to every record, so both formatters can name the request."""

    def filter(self, record):
        record.request_id = current_request_id()
        return True


class JsonFormatter(logging.Formatter):
    """One JSON object per line, from a fixed list of fields.

    Only the fields below are written: Django attaches the request object to
    some records (django.request), and a formatter that dumped every extra
    attribute would write its headers and address into the log.
    """

    ACCESS_FIELDS = ("method", "path", "status", "duration_ms")

    def format(self, record):
        entry = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": redact(record.getMessage()),
            "request_id": getattr(record, "request_id", None) or current_request_id(),
        }
        for field in self.ACCESS_FIELDS:
            value = getattr(record, field, None)
            if value is not None:
                entry[field] = redact(value) if isinstance(value, str) else value
        current = _current_request.get()
        if "path" not in entry and current:
            # Any line written while a request runs names its path (an error, a warning).
            entry["path"] = redact(current["path"])
        status_code = getattr(record, "status_code", None)
        if "status" not in entry and isinstance(status_code, int):
            entry["status"] = status_code
        if record.exc_info:
            entry["exception"] = redact(self.formatException(record.exc_info))
        if record.stack_info:
            entry["stack"] = redact(self.formatStack(record.stack_info))
        return json.dumps(entry, ensure_ascii=False)


class PlainFormatter(logging.Formatter):
    """Readable lines for development: time, level, logger, request id, message; redacted too."""

    def __init__(self):
        super().__init__("%(asctime)s %(levelname)s %(name)s [%(request_id)s] %(message)s")

    def format(self, record):
        return redact(super().format(record))


def logging_config(log_format, level="INFO"):
    """The LOGGING setting: everything to standard error, as JSON or plain text.

    Args:
        log_format: "json" (production) or "plain" (development).
        level: the root logger's level, e.g. "INFO" or "WARNING".

    Returns:
        A dictConfig dictionary.
    """
    if log_format not in LOG_FORMATS:
        raise ImproperlyConfigured(
            f"LOG_FORMAT must be one of {', '.join(LOG_FORMATS)}, not {log_format!r}."
        )
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "filters": {"request_id": {"()": "core.logging.RequestIdFilter"}},
        "formatters": {
            "json": {"()": "core.logging.JsonFormatter"},
            "plain": {"()": "core.logging.PlainFormatter"},
        },
        "handlers": {
            "console": {
                "class": "logging.StreamHandler",
                "formatter": log_format,
                "filters": ["request_id"],
            }
        },
        "root": {"handlers": ["console"], "level": level},
        "loggers": {
            "django.request": {"level": "ERROR"},
            "django.security": {"level": "WARNING"},
            # Django's runserver writes its own access lines; ours say the same.
            "django.server": {"level": "WARNING"},
            # Wagtail runs search indexing and reference updates as tasks; one
            # INFO line per task and page save drowns everything else.
            "django_tasks": {"level": "WARNING"},
            ACCESS_LOGGER: {"level": "INFO"},
        },
    }


def request_id_for(request):
    """The id of this request: the trusted proxy's X-Request-ID, or a new random one."""
    if getattr(settings, "TRUSTED_PROXY_COUNT", 0) > 0:
        incoming = request.headers.get(REQUEST_ID_HEADER, "")
        if TRUSTED_REQUEST_ID.fullmatch(incoming):
            return incoming
    return uuid.uuid4().hex


class RequestLogMiddleware:
    """Names each request with an id and logs one access line when it is answered.

    Placed right after core.health's middleware: load-balancer probes of
    /healthz are answered before this and leave no line.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request_id = request_id_for(request)
        request.request_id = request_id
        token = _current_request.set(
            {"id": request_id, "method": request.method, "path": request.path}
        )
        start = time.perf_counter()
        try:
            response = self.get_response(request)
            response[REQUEST_ID_HEADER] = request_id
            duration_ms = round((time.perf_counter() - start) * 1000, 1)
            access_logger.info(
                "%s %s %s %.1f ms",
                request.method,
                request.path,
                response.status_code,
                duration_ms,
                extra={
                    "method": request.method,
                    # request.path: the query string stays out of the log.
                    "path": request.path,
                    "status": response.status_code,
                    "duration_ms": duration_ms,
                },
            )
            return response
        finally:
            _current_request.reset(token)


# --- Sentry -------------------------------------------------------------------

# Request headers that name the client or carry its credentials.
SENTRY_DROPPED_HEADERS = {
    "cookie",
    "authorization",
    "proxy-authorization",
    "x-forwarded-for",
    "x-real-ip",
    "forwarded",
    "x-csrftoken",
}


def _redact_strings(value):
    if isinstance(value, str):
        return redact(value)
    if isinstance(value, dict):
        return {key: _redact_strings(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_redact_strings(item) for item in value]
    return value


def scrub_sentry_event(event, hint=None):
    """Sentry's before_send: the event without bodies, cookies, addresses or local variables.

    Args:
        event: the event dictionary sentry-sdk is about to send.
        hint: sentry-sdk's hint (unused).

    Returns:
        The cleaned event.
    """
    request = event.get("request")
    if isinstance(request, dict):
        for key in ("data", "cookies", "env", "query_string"):
            request.pop(key, None)
        headers = request.get("headers")
        if isinstance(headers, dict):
            request["headers"] = {
                name: value
                for name, value in headers.items()
                if name.lower() not in SENTRY_DROPPED_HEADERS
            }
        if isinstance(request.get("url"), str):
            request["url"] = request["url"].split("?", 1)[0]
    user = event.get("user")
    if isinstance(user, dict):
        user.pop("ip_address", None)
        user.pop("email", None)
        user.pop("username", None)
    for exception in (event.get("exception") or {}).get("values") or []:
        for frame in (exception.get("stacktrace") or {}).get("frames") or []:
            frame.pop("vars", None)
    for thread in (event.get("threads") or {}).get("values") or []:
        for frame in (thread.get("stacktrace") or {}).get("frames") or []:
            frame.pop("vars", None)
    event.pop("server_name", None)
    current = _current_request.get()
    if current:
        # What the access line says about the request, and nothing more.
        event["request"] = {
            **(request if isinstance(request, dict) else {}),
            "method": current["method"],
            "url": current["path"],
        }
        event.setdefault("tags", {})["request_id"] = current["id"]
    return _redact_strings(event)


def init_sentry(dsn, *, release="", environment="production", transport=None):
    """Start sentry-sdk with the portal's privacy options.

    Args:
        dsn: the project's SENTRY_DSN.
        release: the deployed version (SENTRY_RELEASE), or "" for none.
        environment: SENTRY_ENVIRONMENT, "production" unless set.
        transport: a sentry-sdk Transport; tests pass one that keeps events in memory.
    """
    # Imported here: only a deployment with SENTRY_DSN loads sentry-sdk.
    import sentry_sdk
    from sentry_sdk.integrations.django import DjangoIntegration

    options = {
        "dsn": dsn,
        "release": release or None,
        "environment": environment,
        "integrations": [DjangoIntegration()],
        # What the integrations collect at all (sentry-sdk's data_collection,
        # which replaces the deprecated send_default_pii=False and goes further):
        # no user, cookies, bodies, query strings, frame variables or SQL values.
        "data_collection": {
            "user_info": False,
            "cookies": {"mode": "off"},
            "http_bodies": [],
            "url_query_params": {"mode": "off"},
            "stack_frame_variables": False,
            "database_query_data": False,
        },
        "max_request_body_size": "never",
        "include_local_variables": False,
        "before_send": scrub_sentry_event,
        "traces_sample_rate": 0.0,
    }
    if transport is not None:
        options["transport"] = transport
    sentry_sdk.init(**options)

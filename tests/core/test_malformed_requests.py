"""Every public POST endpoint answers malformed requests with a 4xx and stores nothing.

For each endpoint (a one-step survey, both steps of a multi-step survey, the
survey e-mail confirmation link, the poll's vote and comment) a valid
submission is built the way a browser sends it, then broken in one way per
case: non-UTF-8 bodies with and without a charset, unknown charsets,
malformed multipart, oversized bodies, too many fields, huge headers,
duplicated fields, a wrong value for every field, absurd flow tokens,
JSON... Each case asserts an answer below 500 and that no SurveyResponse,
SurveyDraft or PageFeedback was stored or changed.

The clients enforce CSRF as production does (Django's own 400 page failed
its CSRF check again on an unreadable body, a 500). Surveys and the poll need
no CSRF cookie (core/cookieless_forms.py): the survey client holds no cookie
and sends only the form's signed `flow` token, so a request reaches the
survey's own code whenever its body is readable at all. Each endpoint's
submission is built once and every case runs in a savepoint rolled back
afterwards (`send_case`). The search form is a GET, and /i18n/setlang/ is
not wired, so neither takes a POST.
"""

import json
import re
import uuid
from dataclasses import dataclass, field
from urllib.parse import quote

import pytest
from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.test import Client
from django.urls import reverse
from django.utils import translation

from core.views import permission_denied
from feedback.models import PageFeedback
from surveys.flow import Flow, flow_dumps
from surveys.models import SurveyDraft, SurveyResponse
from tests.factories import ContentPageFactory
from tests.surveys.factories import (
    SurveyIndexPageFactory,
    SurveyPageFactory,
    options,
    question,
    step_break,
)

pytestmark = pytest.mark.django_db

ORIGIN = "http://testserver"
URLENCODED = "application/x-www-form-urlencoded"
BOUNDARY = "----sweepBoundary7MA4YWxkTrZu0gW"
TOKEN_FIELD = re.compile(r'name="(flow)" value="([^"]+)"')


# --- The endpoints -----------------------------------------------------------------


@dataclass
class Target:
    """One endpoint with a valid submission: `fields` in order, the decisive one last."""

    url: str
    fields: list[tuple[str, str]]
    client: Client
    headers: dict[str, str] = field(default_factory=dict)
    page: object = None

    def replaced(self, name, value):
        return [(key, value if key == name else old) for key, old in self.fields]


STEP_ONE = [
    question("number", "Ile osób?", key="count", name="count", min_value=1, max_value=20),
    question("yes_no", "Mieszkasz w Krakowie?", key="resident", name="resident"),
    question(
        "single_choice",
        "Jak często?",
        key="freq",
        name="freq",
        options=options(("daily", "Codziennie"), ("weekly", "Co tydzień")),
    ),
    question("date", "Kiedy?", key="when", name="when"),
]
STEP_TWO = [
    question("long_text", "Twój pomysł", key="idea", name="idea", max_length=300),
    question("scale", "Ocena", key="rate", name="rate", scale_max="5"),
    question("email", "E-mail", key="mail", name="mail", personal_data=True),
]
STEP_ONE_ANSWERS = [("count", "3"), ("resident", "yes"), ("freq", "daily"), ("when", "2026-05-01")]
STEP_TWO_ANSWERS = [("idea", "Więcej ławek"), ("rate", "4"), ("mail", "ala@example.org")]
FINAL_EXTRAS = [("consent", "on")]

# Per endpoint, values of the wrong type or out of range for each field.
WRONG = {
    "count": ["abc", "3.5", "0", "21", "1e3", "[3]"],
    "resident": ["maybe", "1", "true", "{}"],
    "freq": ["monthly", '["daily"]', "Daily"],
    "when": ["2026-13-45", "yesterday", "2026-02-30", "0"],
    "idea": ["x" * 301, "", "a\x00b"],
    "rate": ["0", "6", "4.0", "x"],
    "mail": ["not-an-email", "a@", "@" * 50],
    "consent": ["", "false", "FALSE"],
    "page": ["abc", "0", "-1", "1.0", "9" * 25, ""],
    "locale": ["de", "", "PL", "pl-PL"],
    "useful": ["maybe", "1", "true", ""],
    "comment": ["", "   ", "x" * 501, "a\x00b"],
    "token": ["", "x", "x" * 300, "e30:1tX:forged"],
}


def survey_client():
    return Client(enforce_csrf_checks=True, headers={"Origin": ORIGIN})


def rendered_tokens(response):
    assert response.status_code == 200, response.status_code
    return dict(TOKEN_FIELD.findall(response.content.decode()))


def one_step_survey(home):
    index = SurveyIndexPageFactory(parent=home)
    return SurveyPageFactory(parent=index, slug="jedna", questions=[*STEP_ONE, *STEP_TWO])


def two_step_survey(home):
    index = SurveyIndexPageFactory(parent=home)
    return SurveyPageFactory(
        parent=index, slug="dwie", questions=[*STEP_ONE, step_break("Pomysły"), *STEP_TWO]
    )


def survey_target(survey, answers, action):
    client = survey_client()
    tokens = rendered_tokens(client.get(survey.url))
    assert not client.cookies, "a survey page set a cookie"
    fields = [
        ("website", ""),
        *answers,
        ("action", action),
        ("flow", tokens["flow"]),
    ]
    return Target(survey.url, fields, client, page=survey)


def build_survey_one_step(home):
    survey = one_step_survey(home)
    return survey_target(survey, [*STEP_ONE_ANSWERS, *STEP_TWO_ANSWERS, *FINAL_EXTRAS], "submit")


def build_survey_step_one(home):
    return survey_target(two_step_survey(home), STEP_ONE_ANSWERS, "next")


def build_survey_final_step(home):
    survey = two_step_survey(home)
    first = survey_target(survey, STEP_ONE_ANSWERS, "next")
    response = first.client.post(survey.url, dict(first.fields), **first.headers)
    tokens = rendered_tokens(response)
    assert "Krok 2 z 2" in response.content.decode()
    fields = [
        ("website", ""),
        *STEP_TWO_ANSWERS,
        *FINAL_EXTRAS,
        ("action", "submit"),
        ("flow", tokens["flow"]),
    ]
    return Target(survey.url, fields, first.client, first.headers, survey)


def build_survey_confirmation(home):
    survey = one_step_survey(home)
    target = survey_target(survey, STEP_ONE_ANSWERS, "submit")
    with translation.override("pl"):
        url = reverse("surveys:confirm", kwargs={"token": "eyJpZCI6MX0:1tX:forged"})
    return Target(url, target.fields, target.client, target.headers)


def poll_url(name):
    with translation.override("pl"):
        return reverse(f"feedback:{name}")


def build_poll_vote(home):
    page = ContentPageFactory(parent=home, slug="ocen-mnie")
    fields = [("website", ""), ("locale", "pl"), ("page", str(page.pk)), ("useful", "yes")]
    # CSRF checks on, as in production: the poll is exempt, the error pages are not.
    client = Client(enforce_csrf_checks=True, headers={"Origin": ORIGIN})
    return Target(poll_url("vote"), fields, client)


def build_poll_comment(home):
    vote = build_poll_vote(home)
    answer = vote.client.post(vote.url, dict(vote.fields), HTTP_ACCEPT="application/json")
    assert answer.status_code == 201
    fields = [
        ("website", ""),
        ("comment", "Przydałaby się mapa."),
        ("token", answer.json()["token"]),
    ]
    return Target(poll_url("comment"), fields, vote.client)


ENDPOINTS = {
    "survey-one-step": build_survey_one_step,
    "survey-multi-step-first": build_survey_step_one,
    "survey-multi-step-final": build_survey_final_step,
    "survey-confirmation": build_survey_confirmation,
    "poll-vote": build_poll_vote,
    "poll-comment": build_poll_comment,
}
ENDPOINT_FIELDS = {
    "survey-one-step": [*(name for name, _ in STEP_ONE_ANSWERS + STEP_TWO_ANSWERS + FINAL_EXTRAS)],
    "survey-multi-step-first": [name for name, _ in STEP_ONE_ANSWERS],
    "survey-multi-step-final": [name for name, _ in STEP_TWO_ANSWERS + FINAL_EXTRAS],
    "survey-confirmation": [],
    "poll-vote": ["page", "locale", "useful"],
    "poll-comment": ["comment", "token"],
}


# --- Bodies ------------------------------------------------------------------------


def urlencoded(pairs, *, encoding="utf-8", raw_suffix=b""):
    """An x-www-form-urlencoded body; `raw_suffix` bytes are appended unescaped to every value."""
    parts = []
    for name, value in pairs:
        encoded = quote(name, encoding=encoding).encode() + b"="
        parts.append(encoded + quote(value, safe="", encoding=encoding).encode() + raw_suffix)
    return b"&".join(parts)


def multipart(pairs, *, boundary=BOUNDARY, encoding="utf-8"):
    lines = []
    for name, value in pairs:
        lines += [
            f"--{boundary}".encode(),
            f'Content-Disposition: form-data; name="{name}"'.encode(),
            b"",
            value.encode(encoding),
        ]
    lines += [f"--{boundary}--".encode(), b""]
    return b"\r\n".join(lines)


def multipart_type(boundary=BOUNDARY):
    return f"multipart/form-data; boundary={boundary}"


def request(body, content_type=URLENCODED, **headers):
    return {"data": body, "content_type": content_type, **headers}


def garbled(target):
    """Every value made unusable: the decisive one (flow, token, useful...) above all."""
    return [(name, value + "\u00f3\u0000") for name, value in target.fields]


def in_latin1(target, **kwargs):
    # ó, ż and ł are not all in Latin-1: replace what is not, as a Latin-1 page would.
    return urlencoded(
        [
            (name, value.encode("latin-1", "replace").decode("latin-1"))
            for name, value in garbled(target)
        ],
        encoding="latin-1",
        **kwargs,
    )


def with_bad_last_value(target):
    """The valid submission, with the decisive field's value forged."""
    *rest, (name, _value) = target.fields
    return [*rest, (name, "forged")]


def huge_header(name, value):
    return lambda target: request(urlencoded(with_bad_last_value(target)), **{name: value})


def multipart_truncated(target):
    body = multipart(target.fields)
    return request(body[: len(body) * 2 // 3], multipart_type())


def too_big(target):
    size = settings.DATA_UPLOAD_MAX_MEMORY_SIZE or 2_621_440
    return request(urlencoded([*target.fields, ("padding", "a" * (size + 1))]))


def too_big_multipart(target):
    size = settings.DATA_UPLOAD_MAX_MEMORY_SIZE or 2_621_440
    return request(multipart([*target.fields, ("padding", "a" * (size + 1))]), multipart_type())


def too_many_fields(target, *, as_multipart=False):
    count = settings.DATA_UPLOAD_MAX_NUMBER_FIELDS + 1
    pairs = [*target.fields, *((f"f{number}", "1") for number in range(count))]
    if as_multipart:
        return request(multipart(pairs), multipart_type())
    return request(urlencoded(pairs))


def with_flow(target, flow, page=None):
    """The valid submission with another, correctly signed, flow token."""
    token = flow_dumps(page or target.page, flow)
    return request(urlencoded([*target.fields[:-1], ("flow", token)]))


def survey_flow_of_another_survey(target):
    other = SurveyPageFactory(parent=target.page.get_parent(), slug="inna")
    return with_flow(target, Flow(uuid.uuid4(), 1), page=other)


CASES = {
    # Character sets
    "latin1-with-charset": lambda t: request(in_latin1(t), f"{URLENCODED}; charset=latin-1"),
    "latin1-without-charset": lambda t: request(in_latin1(t)),
    "cp1250-with-charset": lambda t: request(
        urlencoded(garbled(t), encoding="cp1250"), f"{URLENCODED}; charset=windows-1250"
    ),
    "unknown-charset": lambda t: request(in_latin1(t), f"{URLENCODED}; charset=x-unknown-42"),
    "empty-charset": lambda t: request(in_latin1(t), f"{URLENCODED}; charset="),
    "quoted-charset": lambda t: request(in_latin1(t), f'{URLENCODED}; charset="iso-8859-2"'),
    "utf16-with-charset": lambda t: request(
        "&".join(f"{k}={v}" for k, v in t.fields).encode("utf-16"), f"{URLENCODED}; charset=utf-16"
    ),
    "utf16-without-charset": lambda t: request(
        "&".join(f"{k}={v}" for k, v in t.fields).encode("utf-16")
    ),
    "utf8-charset-invalid-bytes": lambda t: request(
        urlencoded(garbled(t), raw_suffix=b"\xed\xa0\x80\xff"), f"{URLENCODED}; charset=utf-8"
    ),
    # Encoding of the values
    "invalid-percent-encoding": lambda t: request(
        b"&".join(k.encode() + b"=%zz%" + b"%g" for k, _ in t.fields)
    ),
    "percent-encoded-invalid-utf8": lambda t: request(
        b"&".join(k.encode() + b"=%ff%fe%C0%AF" for k, _ in t.fields)
    ),
    "nul-bytes-raw": lambda t: request(urlencoded(garbled(t), raw_suffix=b"\x00")),
    "nul-bytes-escaped": lambda t: request(
        b"&".join(k.encode() + b"=%00" + quote(v).encode() for k, v in t.fields)
    ),
    "nul-in-field-names": lambda t: request(
        b"&".join(k.encode() + b"%00=" + quote(v).encode() for k, v in t.fields)
    ),
    "only-separators": lambda t: request(b"&&&&====&=&=="),
    "array-style-names": lambda t: request(urlencoded([(f"{k}[]", v) for k, v in t.fields])),
    "huge-field-name": lambda t: request(
        urlencoded([("n" * 100_000, "1"), *with_bad_last_value(t)])
    ),
    # Multipart
    "multipart-missing-boundary": lambda t: request(multipart(t.fields), "multipart/form-data"),
    "multipart-invalid-boundary": lambda t: request(multipart(t.fields), multipart_type("a" * 300)),
    "multipart-wrong-boundary": lambda t: request(
        multipart(t.fields, boundary="other"), multipart_type()
    ),
    "multipart-truncated": multipart_truncated,
    "multipart-no-closing-boundary": lambda t: request(
        multipart(with_bad_last_value(t)).rsplit(f"--{BOUNDARY}--".encode(), 1)[0], multipart_type()
    ),
    "multipart-garbage": lambda t: request(b"\x00\xff" * 500, multipart_type()),
    "multipart-part-without-disposition": lambda t: request(
        f"--{BOUNDARY}\r\nContent-Type: text/plain\r\n\r\nhello\r\n--{BOUNDARY}--\r\n".encode(),
        multipart_type(),
    ),
    "multipart-latin1-with-charset": lambda t: request(
        multipart(
            [(k, v.encode("latin-1", "replace").decode("latin-1")) for k, v in garbled(t)],
            encoding="latin-1",
        ),
        f"{multipart_type()}; charset=latin-1",
    ),
    "multipart-file-instead-of-fields": lambda t: request(
        "\r\n".join(
            part
            for name, value in t.fields
            for part in (
                f"--{BOUNDARY}",
                f'Content-Disposition: form-data; name="{name}"; filename="{name}.txt"',
                "Content-Type: application/octet-stream",
                "",
                value,
            )
        ).encode()
        + f"\r\n--{BOUNDARY}--\r\n".encode(),
        multipart_type(),
    ),
    # Size
    "oversized-body": too_big,
    "oversized-multipart-field": too_big_multipart,
    "too-many-fields": too_many_fields,
    "too-many-multipart-fields": lambda t: too_many_fields(t, as_multipart=True),
    "content-length-short": lambda t: request(urlencoded(t.fields), CONTENT_LENGTH="10"),
    # A non-numeric Content-Length is not here: Django's request.body raises
    # ValueError on it (a 500), but gunicorn answers 400 before Django sees it.
    # Headers
    "huge-user-agent": huge_header("HTTP_USER_AGENT", "A" * 1_000_000),
    "huge-accept-language": huge_header("HTTP_ACCEPT_LANGUAGE", "pl-PL," * 100_000),
    "huge-accept": huge_header("HTTP_ACCEPT", "application/json;q=0.5," * 50_000),
    "huge-cookie": huge_header("HTTP_COOKIE", "a=" + "b" * 1_000_000),
    "huge-x-forwarded-for": huge_header("HTTP_X_FORWARDED_FOR", "10.0.0.1, " * 100_000),
    "huge-referer": huge_header("HTTP_REFERER", ORIGIN + "/" + "r" * 1_000_000),
    "garbage-content-type": lambda t: request(
        urlencoded(t.fields), 'x/y; charset="unterminated; ;;'
    ),
    "no-content-type": lambda t: request(urlencoded(t.fields), ""),
    "text-plain": lambda t: request(urlencoded(t.fields), "text/plain"),
    # Duplicates and tokens
    "duplicated-fields-last-forged": lambda t: request(
        urlencoded([*t.fields, *with_bad_last_value(t)])
    ),
    "decisive-field-twice": lambda t: request(
        urlencoded(with_bad_last_value(t) + t.fields[-1:] + with_bad_last_value(t)[-1:])
    ),
    "absurd-token-long": lambda t: request(
        urlencoded([*t.fields[:-1], (t.fields[-1][0], "x" * 100_000)])
    ),
    "absurd-token-colons": lambda t: request(
        urlencoded([*t.fields[:-1], (t.fields[-1][0], "::::")])
    ),
    "absurd-token-unicode": lambda t: request(
        urlencoded([*t.fields[:-1], (t.fields[-1][0], "żółć:😀:\u202e")])
    ),
    "token-signature-changed": lambda t: request(
        urlencoded([*t.fields[:-1], (t.fields[-1][0], t.fields[-1][1][:-3] + "AAA")])
    ),
    "decisive-field-missing": lambda t: request(urlencoded(t.fields[:-1])),
    # JSON where a form is expected
    "bad-json": lambda t: request(b'{"flow": "x", ', "application/json"),
    "valid-json-object": lambda t: request(json.dumps(dict(t.fields)).encode(), "application/json"),
    "json-array": lambda t: request(json.dumps(t.fields).encode(), "application/json"),
}

SURVEY_CASES = {
    "flow-of-another-survey": survey_flow_of_another_survey,
    "flow-step-zero": lambda t: with_flow(t, Flow(uuid.uuid4(), 0)),
    "flow-step-out-of-range": lambda t: with_flow(t, Flow(uuid.uuid4(), 99)),
    # A new draft that jumps to the last step: the earlier steps' answers are missing.
    "flow-skips-to-the-last-step": lambda t: with_flow(t, Flow(uuid.uuid4(), 2)),
}


def wrong_value_cases(endpoint):
    for name in ENDPOINT_FIELDS[endpoint]:
        for number, value in enumerate(WRONG[name]):
            yield f"wrong-{name}-{number}", (name, value)


def cases_of(endpoint):
    """(case name, wrong value or None) of every request the sweep sends to `endpoint`."""
    for case in CASES:
        yield case, None
    if endpoint.startswith("survey-") and endpoint != "survey-confirmation":
        for case in SURVEY_CASES:
            yield case, None
    yield from wrong_value_cases(endpoint)


def stored_state():
    """Everything a POST could write, as comparable values."""
    return {
        "responses": list(SurveyResponse.objects.order_by("pk").values_list("pk", "form_data")),
        "drafts": list(SurveyDraft.objects.order_by("pk").values_list("pk", "step", "answers")),
        "feedback": list(
            PageFeedback.objects.order_by("pk").values_list("pk", "useful", "comment")
        ),
    }


# --- The tests ---------------------------------------------------------------------


class _RollBack(Exception):
    """Undoes one case's writes (a page it created, a response stored by mistake)."""


def send_case(target, case, wrong):
    """Send one broken request; what went wrong, or None when it answered 4xx and stored nothing.

    Each case runs in a savepoint that is rolled back afterwards, so one
    endpoint's submission (its survey, draft and tokens) serves every case, and
    a case that wrongly stored something cannot hide a later one. The cache is
    emptied first: the rate limits count in it.
    """
    cache.clear()
    outcome = None
    try:
        with transaction.atomic():
            if wrong is not None:
                kwargs = request(urlencoded(target.replaced(*wrong)))
            else:
                kwargs = (CASES | SURVEY_CASES)[case](target)
            before = stored_state()
            response = target.client.generic("POST", target.url, **{**target.headers, **kwargs})
            if not 400 <= response.status_code < 500:
                outcome = f"answered {response.status_code}: {response.content[:300]!r}"
            elif stored_state() != before:
                outcome = "stored or changed a row"
            raise _RollBack
    except _RollBack:
        pass
    return outcome


@pytest.mark.parametrize("endpoint", list(ENDPOINTS))
def test_every_malformed_request_answers_4xx_and_stores_nothing(home_pl, endpoint):
    target = ENDPOINTS[endpoint](home_pl)
    failures = []
    for case, wrong in cases_of(endpoint):
        outcome = send_case(target, case, wrong)
        if outcome:
            failures.append(f"{endpoint}:{case} {outcome}")

    assert not failures, "\n".join(failures)


def test_a_failing_case_is_reported(home_pl):
    """The sweep can fail: a request that is not broken at all is reported as accepted."""
    target = ENDPOINTS["poll-vote"](home_pl)
    CASES["unbroken-control"] = lambda t: request(urlencoded(t.fields))
    try:
        outcome = send_case(target, "unbroken-control", None)
    finally:
        del CASES["unbroken-control"]

    assert outcome is not None and outcome.startswith("answered 303")
    assert not PageFeedback.objects.exists()  # rolled back


EXPECTED_SUCCESS = {
    "survey-one-step": (200, "responses"),
    "survey-multi-step-first": (200, "drafts"),
    "survey-multi-step-final": (200, "responses"),
    "poll-vote": (303, "feedback"),
    "poll-comment": (303, "feedback"),
}


@pytest.mark.parametrize("endpoint", list(EXPECTED_SUCCESS))
def test_the_unbroken_request_of_each_endpoint_is_accepted(home_pl, endpoint):
    """The sweep's requests start from a submission that works: only the breakage fails them."""
    target = ENDPOINTS[endpoint](home_pl)
    before = stored_state()
    status, table = EXPECTED_SUCCESS[endpoint]

    response = target.client.generic(
        "POST", target.url, **{**target.headers, **request(urlencoded(target.fields))}
    )

    assert response.status_code == status
    assert stored_state()[table] != before[table]


def test_the_sweep_has_at_least_30_requests_per_endpoint():
    counts = {endpoint: len(list(cases_of(endpoint))) for endpoint in ENDPOINTS}
    assert min(counts.values()) >= 30, counts


# --- The error pages ---------------------------------------------------------------

LATIN1 = {
    "content_type": f"{URLENCODED}; charset=latin-1",
    "data": b"page=1&useful=tak&comment=gr\xf3b",
}


@pytest.mark.parametrize("language", ["pl", "en", "uk"])
def test_the_400_page_speaks_the_language_of_the_address(homes, language):
    client = Client(enforce_csrf_checks=True, headers={"Origin": ORIGIN})
    with translation.override(language):
        url = reverse("feedback:vote")

    response = client.generic("POST", url, **LATIN1)

    assert response.status_code == 400
    html = response.content.decode()
    assert f'<html lang="{language}"' in html
    assert 'class="skip-link"' in html  # the site's frame, header and footer included
    assert f'href="/{language}/"' in html
    assert '<meta name="robots" content="noindex">' in html
    assert 'id="page-feedback"' not in html


def test_the_400_page_is_localized(homes):
    client = Client(enforce_csrf_checks=True, headers={"Origin": ORIGIN})
    with translation.override("en"):
        response = client.generic("POST", reverse("feedback:vote"), **LATIN1)

    assert "The request could not be read" in response.content.decode()
    assert "reload the page and try again" in response.content.decode()


def test_a_script_asking_for_json_gets_the_error_as_json(homes):
    client = Client(enforce_csrf_checks=True, headers={"Origin": ORIGIN})
    with translation.override("en"):
        url = reverse("feedback:vote")

    response = client.generic("POST", url, **LATIN1, HTTP_ACCEPT="application/json")

    assert response.status_code == 400
    assert response.json()["error"].startswith("Your browser sent something")


def test_an_oversized_body_answers_413_with_its_own_sentence(home_pl):
    target = build_survey_one_step(home_pl)

    response = target.client.generic(
        "POST", target.url.replace("/pl/", "/en/"), **target.headers, **too_big(target)
    )

    assert response.status_code == 413
    assert "The form is too large" in response.content.decode()
    assert not SurveyResponse.objects.exists()


def test_a_survey_sent_from_another_site_gets_the_localized_403_page(home_pl):
    """Surveys need no CSRF cookie (surveys.flow); the browser's Origin is checked instead."""
    target = build_survey_one_step(home_pl)
    client = Client(enforce_csrf_checks=True, headers={"Origin": "https://evil.example"})

    response = client.post(target.url, dict(target.fields))

    assert response.status_code == 403
    html = response.content.decode()
    assert '<html lang="pl"' in html
    assert 'class="skip-link"' in html
    assert "CSRF" not in html
    assert not SurveyResponse.objects.exists()


def test_the_403_handler_does_not_read_the_body(rf):
    request = rf.generic("POST", "/pl/", LATIN1["data"], content_type=LATIN1["content_type"])

    response = permission_denied(request)

    assert response.status_code == 403

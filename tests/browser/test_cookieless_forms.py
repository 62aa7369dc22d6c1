"""The survey and the poll in Chromium with cookies blocked, and identical final POSTs at once.

Playwright has no switch for Chromium's "block all cookies" setting, so the
`blocking_cookies` context does what that setting does, at the two places a
cookie can enter or leave the browser:

- `document.cookie` is switched off with the DevTools command
  `Emulation.setDocumentCookieDisabled`, so no script can read or write one;
- every request goes through a route that sends it without a `Cookie` header
  and hands the page the answer without its `Set-Cookie` headers (which it
  records, so the tests can assert that the site never tried to set one).

Then `context.cookies()` is checked to be empty after the whole flow.
"""

import re
import threading
import urllib.parse
import urllib.request
from dataclasses import dataclass, field

import pytest
from django.test import RequestFactory
from playwright.sync_api import expect

from feedback.views import RATE_LIMIT
from surveys.models import SurveyResponse
from surveys.spam import STEP_LIMIT, SUBMIT_LIMIT

pytestmark = pytest.mark.browser

THANKS = "Dziękujemy za odpowiedzi"
FLOW = re.compile(r'name="flow" value="([^"]+)"')
SENDERS = 5
ROUNDS = 10


@pytest.fixture(autouse=True)
def _fresh_rate_limits():
    """Everything here is sent from 127.0.0.1: start each test with the limits unused."""
    request = RequestFactory().get("/", REMOTE_ADDR="127.0.0.1")
    for limit in (STEP_LIMIT, SUBMIT_LIMIT, RATE_LIMIT):
        limit.reset(request)


@dataclass
class CookieBlocker:
    """What the site tried to set, while the browser kept nothing."""

    set_cookie_headers: list[str] = field(default_factory=list)
    cookie_headers_sent: list[str] = field(default_factory=list)

    def handle(self, route):
        headers = dict(route.request.headers)
        if "cookie" in headers:
            self.cookie_headers_sent.append(headers.pop("cookie"))
        # max_redirects=0: a 303 goes to the browser, which follows it as usual.
        response = route.fetch(headers=headers, max_redirects=0)
        kept = {}
        for name, value in response.headers.items():
            if name.lower() == "set-cookie":
                self.set_cookie_headers.append(value)
            else:
                kept[name] = value
        route.fulfill(response=response, headers=kept)


@pytest.fixture
def blocking_cookies(new_page):
    """Open a page in a context that blocks cookies; returns (page, blocker)."""

    pages = []

    def open_page(**context_options):
        page = new_page(**context_options)
        blocker = CookieBlocker()
        page.context.route("**/*", blocker.handle)
        if context_options.get("java_script_enabled", True):
            cdp = page.context.new_cdp_session(page)
            cdp.send("Emulation.setDocumentCookieDisabled", {"disabled": True})
        pages.append(page)
        return page, blocker

    yield open_page
    # Before new_page closes the contexts: a route still fetching a late
    # request (a stylesheet, an icon) would fail with "Request context disposed".
    for page in pages:
        page.context.unroute_all(behavior="ignoreErrors")


def assert_no_cookie_ever(page, blocker):
    assert blocker.set_cookie_headers == []
    assert blocker.cookie_headers_sent == []
    assert page.context.cookies() == []


def fill_the_survey(page):
    page.locator('input[name="resident"][value="no"]').check()
    page.locator("form.survey-form button[value=next]").click()
    expect(page.locator("#survey-progress-label")).to_have_text("Krok 2 z 3")
    page.locator('input[name="opinions.clean"][value="4"]').check()
    page.locator('input[name="opinions.safe"][value="2"]').check()
    page.locator('input[name="rating"][value="5"]').check()
    page.locator("form.survey-form button[value=next]").click()
    expect(page.locator("#survey-progress-label")).to_have_text("Krok 3 z 3")
    page.locator("textarea[name=idea]").fill("Ławki bez ciasteczek")
    page.locator("form.survey-form button[value=submit]").click()
    expect(page.get_by_role("heading", name=THANKS)).to_be_visible()


@pytest.mark.parametrize("javascript", [True, False], ids=["script", "no-script"])
def test_a_multi_step_survey_is_sent_with_cookies_blocked(blocking_cookies, live_site, javascript):
    page, blocker = blocking_cookies(java_script_enabled=javascript)
    if javascript:
        assert page.evaluate("document.cookie = 'probe=1'; document.cookie") == ""
    kind = "survey_js" if javascript else "survey_no_js"
    assert page.goto(live_site.url(kind)).status == 200
    before = SurveyResponse.objects.filter(form_data__idea="Ławki bez ciasteczek").count()

    fill_the_survey(page)

    assert SurveyResponse.objects.filter(form_data__idea="Ławki bez ciasteczek").count() == (
        before + 1
    )
    assert_no_cookie_ever(page, blocker)


@pytest.mark.parametrize("javascript", [True, False], ids=["script", "no-script"])
def test_the_poll_takes_a_vote_and_a_comment_with_cookies_blocked(
    blocking_cookies, live_site, javascript
):
    page, blocker = blocking_cookies(java_script_enabled=javascript)
    page.goto(live_site.url("content"))
    poll = page.locator("#page-feedback")

    poll.get_by_role("button", name="Tak", exact=True).click()
    expect(poll.locator("[data-feedback-voted]")).to_be_visible()
    poll.locator("textarea[name=comment]").fill("Działa bez ciasteczek.")
    poll.locator("[data-feedback-comment-form] button[type=submit]").click()

    expect(poll.locator("[data-feedback-done]")).to_be_visible()
    assert_no_cookie_ever(page, blocker)


# --- Identical final POSTs at the same time, over HTTP ------------------------------


def http(method, url, data=None):
    """(status, body) of a request sent as a browser without cookies sends it."""
    body = urllib.parse.urlencode(data).encode() if data is not None else None
    origin = "{0.scheme}://{0.netloc}".format(urllib.parse.urlsplit(url))
    # The live test server's own http:// address: no file: or other scheme reaches these.
    request = urllib.request.Request(url, data=body, method=method, headers={"Origin": origin})  # noqa: S310
    try:
        with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()


def last_step(url):
    """Answer the first two steps of the survey; the token of the last one."""
    status, html = http("GET", url)
    assert status == 200
    status, html = http("POST", url, {"flow": FLOW.search(html)[1], "resident": "no"})
    assert status == 200
    data = {"flow": FLOW.search(html)[1], "opinions.clean": "3", "opinions.safe": "3"}
    status, html = http("POST", url, {**data, "rating": "4"})
    assert status == 200, html
    return FLOW.search(html)[1]


def test_identical_final_posts_at_once_store_one_response_and_all_are_thanked(live_site):
    """Five browsers' worth of the same final POST, released together, ten times over."""
    url = live_site.url("survey_keyboard")
    request = RequestFactory().get("/", REMOTE_ADDR="127.0.0.1")
    for number in range(ROUNDS):
        STEP_LIMIT.reset(request)
        SUBMIT_LIMIT.reset(request)
        idea = f"Wysłane razem {number}"
        data = {"flow": last_step(url), "idea": idea, "action": "submit"}
        barrier = threading.Barrier(SENDERS)
        results = [None] * SENDERS

        def send(index, data=data, barrier=barrier, results=results):
            barrier.wait()
            results[index] = http("POST", url, data)

        threads = [threading.Thread(target=send, args=(index,)) for index in range(SENDERS)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=60)

        assert [status for status, _ in results] == [200] * SENDERS, f"round {number}"
        for _, html in results:
            assert THANKS in html, f"round {number}: a duplicate was not thanked"
        assert SurveyResponse.objects.filter(form_data__idea=idea).count() == 1

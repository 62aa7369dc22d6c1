"""Widgets in Chromium: the portal on 127.0.0.1, a partner's website on localhost (another port).

The partner's pages are served by a small HTTP server of this module; the
survey widget is restricted (open embedding is off for surveys by default)
and only the first partner's origin is registered. One browser process for
everything (tests/browser/conftest.py).
"""

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.test import RequestFactory
from playwright.sync_api import expect

from projects.models import ProjectPage
from surveys.models import SurveyIndexPage, SurveyResponse
from surveys.spam import STEP_LIMIT, SUBMIT_LIMIT
from tests.browser.axe import audit, format_violations
from tests.factories import publish_with_revision, translate_page
from tests.surveys.factories import SurveyPageFactory, options, question, step_break
from widgets.models import WidgetDailyStat, WidgetRegistration
from widgets.views import HIT_LIMIT

pytestmark = pytest.mark.browser

THANKS = "Dziękujemy za odpowiedzi"
IDEA = "Ławki z widżetu"


class PartnerPages(BaseHTTPRequestHandler):
    """A partner's website: pages that embed the portal's widgets."""

    pages: dict[str, str] = {}

    def do_GET(self):  # noqa: N802 (http.server's name)
        body = self.pages.get(self.path.split("?")[0])
        self.send_response(200 if body else 404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.end_headers()
        self.wfile.write((body or "not found").encode())

    def log_message(self, *args):
        pass


def partner_html(body):
    head = '<!DOCTYPE html><html lang="pl"><head><title>Partner</title></head>'
    return f"{head}<body><main>{body}</main></body></html>"


@pytest.fixture(scope="module")
def partner_servers():
    """Two partner websites: the registered one and one nobody registered."""
    servers = []
    for _ in range(2):
        handler = type("Pages", (PartnerPages,), {"pages": {}})
        server = ThreadingHTTPServer(("localhost", 0), handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
    yield [
        (f"http://localhost:{s.server_address[1]}", s.RequestHandlerClass.pages) for s in servers
    ]
    for server in servers:
        server.shutdown()


@pytest.fixture(scope="module")
def widget_site(live_site, partner_servers, django_db_blocker):
    """A two-step survey (pl, uk), the registration, and the partners' pages."""
    (registered, pages), (stranger, stranger_pages) = partner_servers
    with django_db_blocker.unblock():
        index = SurveyIndexPage.objects.get(locale__language_code="pl", slug="ankiety")
        survey = SurveyPageFactory(
            parent=index,
            title="Skwer przy Lubicz",
            slug="skwer-widget",
            questions=[
                question("short_text", "Twoja opinia", key="opinion"),
                step_break("Pomysły"),
                question(
                    "multiple_choice",
                    "Czego brakuje?",
                    key="wishes",
                    required=False,
                    options=options(*[(f"o{n}", f"Rzecz {n}") for n in range(8)]),
                ),
                question("long_text", "Twój pomysł", key="idea", max_length=500),
            ],
        )
        survey = publish_with_revision(survey)
        translate_page(survey, "uk")
        WidgetRegistration.objects.create(name="Fundacja", origins=registered)
        project = ProjectPage.objects.live().filter(locale__language_code="pl").first()
    portal = live_site.base_url
    loader = f'<script src="{portal}/static/widgets/loader.js" async></script>'
    placeholder = (
        f'<div data-participation-widget="survey" data-page="{survey.pk}" data-lang="pl">'
        f'<a href="{portal}/pl/">Ankieta na portalu</a></div>'
    )
    pages["/survey"] = partner_html(f"<h1>Partner</h1>{placeholder}{loader}")
    pages["/non-widget"] = partner_html(f'<iframe src="{portal}/pl/" title="Portal"></iframe>')
    # A page of the unregistered origin, framed by the partner's page next to the widget,
    # asks the widget to measure again: the widget must not answer it.
    stranger_pages["/forger"] = partner_html(
        "<script>parent.frames[0].postMessage("
        "{type: 'participation-widget:measure'}, '*');</script>"
    )
    pages["/survey-and-forger"] = partner_html(
        f"{placeholder}{loader}<div id='forger'></div>"
        "<script>window.heights = 0; addEventListener('message', function (e) {"
        f" if (e.origin === '{portal}') {{ window.heights += 1; }} }});</script>"
    )
    stranger_pages["/survey"] = partner_html(
        f'<iframe src="{portal}/pl/widgets/survey/{survey.pk}/" title="Ankieta"></iframe>'
    )
    yield {
        "portal": portal,
        "partner": registered,
        "stranger": stranger,
        "survey": survey,
        "project": project,
    }
    with django_db_blocker.unblock():
        WidgetRegistration.objects.all().delete()
        WidgetDailyStat.objects.all().delete()


@pytest.fixture(autouse=True)
def _fresh_limits():
    request = RequestFactory().get("/", REMOTE_ADDR="127.0.0.1")
    for limit in (STEP_LIMIT, SUBMIT_LIMIT, HIT_LIMIT):
        limit.reset(request)


def blocking_cookies(page):
    """Drop every Cookie and Set-Cookie header on the way (stricter than third-party blocking)."""
    seen = []

    def handle(route):
        headers = {k: v for k, v in route.request.headers.items() if k.lower() != "cookie"}
        response = route.fetch(headers=headers, max_redirects=0)
        kept = {}
        for name, value in response.headers.items():
            if name.lower() == "set-cookie":
                seen.append(value)
            else:
                kept[name] = value
        route.fulfill(response=response, headers=kept)

    page.context.route("**/*", handle)
    return seen


def widget_frame(page):
    page.wait_for_selector("iframe")
    return page.frame_locator("iframe")


def iframe_height(page):
    return page.evaluate("document.querySelector('iframe').getBoundingClientRect().height")


def test_resident_answers_inside_the_widget_with_cookies_blocked(new_page, widget_site):
    page = new_page()
    set_cookies = blocking_cookies(page)
    page.goto(widget_site["partner"] + "/survey")
    frame = widget_frame(page)
    expect(frame.locator("h1")).to_have_text("Skwer przy Lubicz")
    expect(page.locator("[data-participation-widget] a")).to_be_hidden()
    assert page.locator("iframe").get_attribute("title")
    page.wait_for_function("document.querySelector('iframe').offsetHeight !== 480")
    first_height = iframe_height(page)
    frame.locator("input[name=opinion]").fill("Dobrze")
    frame.locator("button[value=next]").click()
    expect(frame.locator("input[name=wishes]").first).to_be_visible()
    page.wait_for_function(f"document.querySelector('iframe').offsetHeight > {first_height + 50}")
    # The iframe is as tall as the widget's document: no inner scrollbar.
    inner = frame.locator("html").evaluate("el => el.getBoundingClientRect().height")
    assert abs(iframe_height(page) - inner) <= 2
    frame.locator("textarea[name=idea]").fill(IDEA)
    frame.locator("button[value=submit]").click()
    expect(frame.get_by_role("heading", name=THANKS)).to_be_visible()
    page.context.unroute_all(behavior="ignoreErrors")
    assert set_cookies == []
    assert page.context.cookies() == []
    assert (
        SurveyResponse.objects.filter(page=widget_site["survey"], form_data__idea=IDEA).count() == 1
    )
    # The submission is counted for the partner's origin.
    stats = WidgetDailyStat.objects.filter(origin=widget_site["partner"], kind="survey")
    assert sum(row.submissions for row in stats) == 1


def test_impression_counted_for_the_partner_origin(new_page, widget_site):
    stats = WidgetDailyStat.objects.filter(origin=widget_site["partner"], kind="survey")
    before = sum(row.impressions for row in stats)
    page = new_page()
    page.goto(widget_site["partner"] + "/survey")
    expect(widget_frame(page).locator("h1")).to_have_text("Skwer przy Lubicz")
    for _ in range(50):  # the beacon is sent in the background
        if sum(row.impressions for row in stats.all()) > before:
            break
        page.wait_for_timeout(100)
    assert sum(row.impressions for row in stats.all()) == before + 1


def test_keyboard_only_completion(new_page, widget_site):
    page = new_page()
    page.goto(widget_site["partner"] + "/survey")
    frame_locator = widget_frame(page)
    expect(frame_locator.locator("input[name=opinion]")).to_be_visible()
    frame = page.locator("iframe").element_handle().content_frame()

    def tab_to(selector, limit=30):
        for _ in range(limit):
            page.keyboard.press("Tab")
            if frame.evaluate(f"document.activeElement.matches({selector!r})"):
                return
        pytest.fail(f"Tab never reached {selector}")

    tab_to("input[name=opinion]")
    page.keyboard.type("Klawiatura")
    tab_to("button[value=next]")
    page.keyboard.press("Enter")
    expect(frame_locator.locator("textarea[name=idea]")).to_be_visible()
    frame = page.locator("iframe").element_handle().content_frame()
    tab_to("textarea[name=idea]")
    page.keyboard.type("Tylko klawiatura")
    tab_to("button[value=submit]")
    page.keyboard.press("Enter")
    expect(frame_locator.get_by_role("heading", name=THANKS)).to_be_visible()


def test_forged_height_message_is_ignored(new_page, widget_site):
    page = new_page()
    page.goto(widget_site["partner"] + "/survey")
    widget_frame(page)
    page.wait_for_function("document.querySelector('iframe').offsetHeight !== 480")
    height = iframe_height(page)
    # From the partner's own origin, not the portal's: the loader must not listen.
    page.evaluate(
        "window.postMessage({type: 'participation-widget:height', id: '0', height: 7}, '*')"
    )
    page.wait_for_timeout(300)
    assert iframe_height(page) == height


def test_widget_answers_only_its_parent(new_page, widget_site):
    page = new_page()
    page.goto(widget_site["partner"] + "/survey-and-forger")
    expect(widget_frame(page).locator("h1")).to_have_text("Skwer przy Lubicz")
    page.wait_for_timeout(500)  # heights of the first layout, then quiet
    before = page.evaluate("window.heights")
    assert before > 0
    forger = widget_site["stranger"] + "/forger"
    page.evaluate(
        "url => { const f = document.createElement('iframe'); f.src = url; f.title = 'x';"
        " document.getElementById('forger').appendChild(f); }",
        forger,
    )
    page.wait_for_function("document.querySelectorAll('iframe').length === 2")
    page.frame_locator("#forger iframe").locator("body").wait_for(state="attached")
    page.wait_for_timeout(500)
    assert page.evaluate("window.heights") == before
    # The parent itself, from its own origin, is answered.
    page.evaluate(
        "origin => document.querySelector('iframe').contentWindow.postMessage("
        "{type: 'participation-widget:measure'}, origin)",
        widget_site["portal"],
    )
    page.wait_for_function(f"window.heights > {before}")


def test_browser_refuses_to_frame_a_non_widget_page(new_page, widget_site):
    page = new_page()
    page.goto(widget_site["partner"] + "/non-widget")
    page.wait_for_load_state("load")
    frame = page.locator("iframe").element_handle().content_frame()
    assert frame.locator("header, main").count() == 0


def test_unregistered_origin_cannot_frame_a_survey(new_page, widget_site):
    page = new_page()
    page.goto(widget_site["stranger"] + "/survey")
    page.wait_for_load_state("load")
    frame = page.locator("iframe").element_handle().content_frame()
    assert frame.locator("form").count() == 0


def widget_urls(site, language):
    survey = site["survey"]
    project = site["project"]
    return {
        "survey": f"/{language}/widgets/survey/{survey.pk}/",
        "projects": f"/{language}/widgets/projects/",
        "events": f"/{language}/widgets/events/",
        "news": f"/{language}/widgets/news/",
        "project": f"/{language}/widgets/project/{project.pk}/",
    }


@pytest.mark.parametrize("language", ["pl", "uk"])
@pytest.mark.parametrize("theme", ["light", "dark"])
def test_widgets_have_no_axe_violations(new_page, widget_site, language, theme):
    page = new_page(bypass_csp=True)
    for kind, path in widget_urls(widget_site, language).items():
        response = page.goto(f"{path}?theme={theme}")
        assert response.status == 200, (kind, path)
        violations = audit(page)
        assert violations == [], f"{kind} {language} {theme}: " + format_violations(violations)

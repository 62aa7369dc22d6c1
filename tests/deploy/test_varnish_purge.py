"""deploy/varnish/default.vcl in front of the live site: it caches public pages and honours purges.

Varnish (Debian's `varnish`) runs on a free port with the shipped VCL, its
backend pointed at Django's live server. Editors publish through the admin
with the test client; the next request through the proxy shows the change.
"""

import re
import shutil
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from django.core.cache import cache
from django.test import Client, override_settings
from django.urls import reverse
from wagtail.models import Page, Site

from tests.deploy.conftest import HOST, free_port, live_server
from tests.factories import (
    ContentPageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
    SuperUserFactory,
    site_home,
)
from tests.pages.base import edit_form_data

VARNISHD = shutil.which("varnishd") or (
    "/usr/sbin/varnishd" if Path("/usr/sbin/varnishd").exists() else None
)
VCL = Path(__file__).resolve().parents[2] / "deploy" / "varnish" / "default.vcl"

pytestmark = pytest.mark.skipif(
    VARNISHD is None,
    reason="varnishd is not installed (Debian: apt-get install -y varnish); CI installs it",
)


@pytest.fixture(scope="module")
def varnish(committed_db, tmp_path_factory):
    """varnishd with the shipped VCL in front of the live server; yields its base URL."""
    workdir = tmp_path_factory.mktemp("varnish")
    port = free_port()
    with live_server() as backend_port:
        vcl = re.sub(r'\.port = "\d+";', f'.port = "{backend_port}";', VCL.read_text(), count=1)
        (workdir / "test.vcl").write_text(vcl)
        process = subprocess.Popen(  # noqa: S603 - fixed arguments
            [
                VARNISHD,
                "-F",
                "-j",
                "none",  # stay this user: no jail in a test run
                "-n",
                str(workdir / "instance"),
                "-a",
                f"{HOST}:{port}",
                "-f",
                str(workdir / "test.vcl"),
                "-s",
                "malloc,32m",
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
        )
        base_url = f"http://{HOST}:{port}"
        try:
            wait_until_listening(process, port)
            # Pages name the address residents use: the proxy's, so that
            # purges carry the Host that the proxy stored them under.
            Site.objects.filter(is_default_site=True).update(hostname=HOST, port=port)
            cache.clear()
            yield base_url
        finally:
            process.terminate()
            process.wait(timeout=10)


def wait_until_listening(process, port, timeout=20):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            output = process.stdout.read().decode(errors="replace")
            pytest.fail(f"varnishd stopped at start-up:\n{output}")
        # A refused purge is answered by Varnish itself, without the backend.
        request = urllib.request.Request(f"http://{HOST}:{port}/(*", method="PURGE")  # noqa: S310
        try:
            urllib.request.urlopen(request, timeout=1)  # noqa: S310
        except urllib.error.HTTPError:
            return
        except (urllib.error.URLError, OSError):
            time.sleep(0.1)
    pytest.fail("varnishd did not start listening in time")


def fetch(url, *, method="GET", headers=None):
    """(status, headers, text) of a request, whatever the status."""
    request = urllib.request.Request(url, method=method, headers=headers or {})  # noqa: S310
    try:
        with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310
            return response.status, response.headers, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read().decode()


@pytest.fixture(scope="module")
def content(varnish):
    home = site_home("pl")
    news_index = NewsIndexPageFactory(parent=home, title="Aktualności", slug="proxy-aktualnosci")
    return {
        "home": home,
        "news_index": news_index,
        "news": NewsPageFactory(parent=news_index, title="Spacer badawczy", slug="spacer"),
        "other": ContentPageFactory(parent=home, title="Jak działa budżet", slug="proxy-budzet"),
    }


@pytest.fixture(scope="module")
def editor(content):
    client = Client()
    client.force_login(SuperUserFactory())
    return client


@pytest.fixture(scope="module")
def proxied(varnish):
    """The proxy as the purge target of wagtail.contrib.frontend_cache."""
    backend = {"BACKEND": "core.purge.VarnishBackend", "LOCATION": varnish}
    with override_settings(WAGTAILFRONTENDCACHE={"varnish": backend}):
        yield varnish


def cached_through(proxy_url, path):
    """Request twice; the second answer comes from Varnish."""
    fetch(proxy_url + path)
    status, headers, text = fetch(proxy_url + path)
    assert status == 200, text[:300]
    assert headers["X-Cache"] == "HIT"
    return text


def test_public_pages_are_kept_by_the_proxy(proxied, content):
    status, headers, _text = fetch(proxied + content["other"].url)
    again_status, again, _ = fetch(proxied + content["other"].url)

    assert status == again_status == 200
    assert "public" in headers["Cache-Control"]
    assert again["X-Cache"] == "HIT"
    # What purges match on stays inside Varnish.
    assert "x-cache-host" not in again and "x-cache-path" not in again


def test_publishing_in_the_admin_is_seen_through_the_proxy_at_once(proxied, content, editor):
    news, news_index, other = content["news"], content["news_index"], content["other"]
    cached_through(proxied, news.url)
    cached_through(proxied, news_index.url)
    cached_through(proxied, news_index.url + "?page=1")
    cached_through(proxied, other.url)

    response = editor.post(
        reverse("wagtailadmin_pages:edit", args=[news.pk]),
        edit_form_data(news, title="Spacer po Podgórzu", **{"action-publish": "publish"}),
    )

    assert response.status_code == 302
    status, headers, text = fetch(proxied + news.url)
    assert status == 200
    assert headers["X-Cache"] == "MISS"
    assert "Spacer po Podgórzu" in text
    # Its parent's listing, with any query string, too.
    for listing in (news_index.url, news_index.url + "?page=1"):
        _status, headers, text = fetch(proxied + listing)
        assert headers["X-Cache"] == "MISS"
        assert "Spacer po Podgórzu" in text
    # A page that does not show it stays cached.
    assert fetch(proxied + other.url)[1]["X-Cache"] == "HIT"


def test_unpublishing_in_the_admin_removes_the_page_from_the_proxy(proxied, content, editor):
    other_news = NewsPageFactory(parent=content["news_index"], title="Do wycofania")
    cached_through(proxied, other_news.url)

    response = editor.post(reverse("wagtailadmin_pages:unpublish", args=[other_news.pk]))

    assert response.status_code == 302
    assert not Page.objects.get(pk=other_news.pk).live
    assert fetch(proxied + other_news.url)[0] == 404


def test_saving_site_settings_purges_the_whole_site(proxied, content, editor):
    site = Site.objects.get(is_default_site=True)
    cached_through(proxied, content["other"].url)
    cached_through(proxied, content["news"].url)

    response = editor.post(
        reverse("wagtailsettings:edit", args=["core", "sitesettings", site.pk]),
        {"office_name": "Centrum Obywatelskie", "address": "", "navigation-count": "0"},
    )

    assert response.status_code == 302
    for page in (content["other"], content["news"]):
        _status, headers, text = fetch(proxied + page.url)
        assert headers["X-Cache"] == "MISS"
        assert "Centrum Obywatelskie" in text


def test_signed_in_visitors_and_the_admin_pass_through(proxied, content):
    session = {"Cookie": "sessionid=abc"}
    fetch(proxied + content["other"].url, headers=session)

    assert fetch(proxied + content["other"].url, headers=session)[1]["X-Cache"] == "MISS"
    fetch(proxied + "/admin/login/")
    assert fetch(proxied + "/admin/login/")[1]["X-Cache"] == "MISS"


def test_tracking_cookies_do_not_split_the_cache(proxied, content):
    cached_through(proxied, content["other"].url)

    _status, headers, _ = fetch(
        proxied + content["other"].url, headers={"Cookie": "_ga=GA1.2.3; _pk_id.1=abc"}
    )

    assert headers["X-Cache"] == "HIT"


def test_a_purge_prefix_that_is_not_an_address_is_refused(proxied):
    assert fetch(proxied + "/pl/(.*)*", method="PURGE")[0] == 400

"""The admin: Embed view (builder, preview, snippets), "Embed" in page headers, statistics."""

import gzip

import pytest
from django.conf import settings
from django.urls import reverse

from tests.factories import SuperUserFactory
from widgets.models import WidgetDailyStat, WidgetRegistration
from widgets.stats import stat_increment

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client):
    client.force_login(SuperUserFactory())
    return client


def test_embed_view_for_a_survey_gives_three_snippets(admin_client, survey):
    response = admin_client.get(reverse("widgets_admin:embed"), {"for": survey.pk})
    html = response.content.decode()
    assert response.status_code == 200
    assert f"/pl/widgets/survey/{survey.pk}/" in html  # preview iframe and snippets
    assert "loader.js" in html
    assert "data-participation-widget=&quot;survey&quot;" in html
    assert "/pl/widgets/oembed/?url=" in html


def test_embed_view_refuses_a_low_contrast_accent(admin_client, survey):
    response = admin_client.get(
        reverse("widgets_admin:embed"),
        {
            "kind": "survey",
            "language": "pl",
            "page": survey.pk,
            "theme": "dark",
            "accent": "333333",
        },
    )
    assert response.status_code == 200
    assert "4.5:1" in response.content.decode() or "4,5:1" in response.content.decode()
    assert "snippet-loader" not in response.content.decode()


def test_page_header_offers_embed(admin_client, survey, home_pl):
    edit = admin_client.get(reverse("wagtailadmin_pages:edit", args=[survey.pk]))
    assert f"{reverse('widgets_admin:embed')}?for={survey.pk}" in edit.content.decode()
    home = admin_client.get(reverse("wagtailadmin_pages:edit", args=[home_pl.pk]))
    assert reverse("widgets_admin:embed") + "?for=" not in home.content.decode()


def test_stats_per_widget_and_partner(admin_client, survey):
    for _ in range(3):
        stat_increment(
            kind="survey", object_id=survey.pk, origin="https://a.example", counter="impressions"
        )
    stat_increment(
        kind="survey", object_id=survey.pk, origin="https://a.example", counter="submissions"
    )
    stat_increment(kind="news", object_id=0, origin="https://b.example", counter="impressions")
    assert WidgetDailyStat.objects.count() == 2
    row = WidgetDailyStat.objects.get(origin="https://a.example")
    assert (row.impressions, row.submissions) == (3, 1)
    html = admin_client.get(reverse("widgets_admin:stats")).content.decode()
    assert "https://a.example" in html and "https://b.example" in html


def test_registration_snippet_validates_origins(admin_client):
    url = reverse(WidgetRegistration.snippet_viewset.get_url_name("add"))
    response = admin_client.post(
        url, {"name": "NGO", "origins": "https://ngo.example/path", "active": "on"}
    )
    assert response.status_code == 200
    assert not WidgetRegistration.objects.exists()
    admin_client.post(url, {"name": "NGO", "origins": "https://NGO.example/", "active": "on"})
    assert WidgetRegistration.objects.get().origins == "https://ngo.example"


def test_loader_is_under_3_kb_gzipped():
    loader = (settings.BASE_DIR / "static" / "widgets" / "loader.js").read_bytes()
    assert len(gzip.compress(loader, compresslevel=9)) < 3 * 1024

"""The usefulness report in the admin: who may see it, its numbers, its CSV, its queries."""

import csv
import datetime
import io

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from feedback.export import neutralise
from feedback.models import PageFeedback
from feedback.wagtail_hooks import register_report_menu_item
from tests.factories import ContentPageFactory, EditorFactory, ModeratorFactory

pytestmark = pytest.mark.django_db

REPORT = "feedback_admin:report"


def answer(page, useful, comment="", **fields):
    return PageFeedback.objects.create(
        page=page, locale_id=page.locale_id, useful=useful, comment=comment, **fields
    )


def csv_rows(response):
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    raw = b"".join(response.streaming_content)
    assert raw.startswith("\ufeff".encode())
    return list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))


@pytest.fixture
def moderator_client(client):
    client.force_login(ModeratorFactory())
    return client


def test_editors_without_the_permission_get_403_everywhere(client, content_pl):
    client.force_login(EditorFactory())
    urls = [
        reverse(REPORT),
        reverse("feedback_admin:export"),
        reverse("feedback_admin:detail", args=[content_pl.pk]),
        reverse("feedback_admin:detail_export", args=[content_pl.pk]),
    ]
    for url in urls:
        response = client.get(url)
        assert response.status_code == 403, url
        assert "Brak uprawnień" in response.content.decode()


def test_anonymous_visitors_are_sent_to_the_login(client):
    response = client.get(reverse(REPORT))

    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


def test_the_menu_item_shows_only_with_the_permission(rf):
    item = register_report_menu_item()
    request = rf.get("/admin/")

    request.user = EditorFactory()
    assert not item.is_shown(request)
    request.user = ModeratorFactory()
    assert item.is_shown(request)


def test_moderators_see_the_numbers_per_page(moderator_client, home_pl, content_pl, content_uk):
    quiet = ContentPageFactory(parent=home_pl, title="Cicha strona")
    for useful in (True, True, True, False):
        answer(content_pl, useful)
    answer(content_pl, False, comment="Za długi tekst")
    answer(content_uk, True, comment="Дуже корисно")

    response = moderator_client.get(reverse(REPORT))

    assert response.status_code == 200
    rows = {row["page_id"]: row for row in response.context["rows"]}
    assert set(rows) == {content_pl.pk, content_uk.pk}  # a page nobody rated is not listed
    assert quiet.pk not in rows
    pl = rows[content_pl.pk]
    assert (pl["yes"], pl["no"], pl["total"], pl["comments"], pl["language"]) == (3, 2, 5, 1, "pl")
    assert pl["share_percent"] == "60%"
    assert rows[content_uk.pk]["share_percent"] == "100%"
    html = response.content.decode()
    assert "<h1" in html and "Przydatność stron" in html
    assert "Дуже корисно" not in html  # comments are on the detail page
    assert content_uk.title in html


def test_the_report_filters_by_language_and_dates(moderator_client, content_pl, content_uk):
    old = answer(content_pl, True)
    PageFeedback.objects.filter(pk=old.pk).update(
        created_at=timezone.now() - datetime.timedelta(days=30)
    )
    answer(content_pl, False)
    answer(content_uk, True)
    today = timezone.localdate()

    by_language = moderator_client.get(reverse(REPORT), {"language": "uk"}).context["rows"]
    recent = moderator_client.get(
        reverse(REPORT), {"date_from": (today - datetime.timedelta(days=1)).isoformat()}
    ).context["rows"]
    old_only = moderator_client.get(
        reverse(REPORT), {"date_to": (today - datetime.timedelta(days=10)).isoformat()}
    ).context["rows"]

    assert [row["page_id"] for row in by_language] == [content_uk.pk]
    assert {(row["page_id"], row["yes"], row["no"]) for row in recent} == {
        (content_pl.pk, 0, 1),
        (content_uk.pk, 1, 0),
    }
    assert [(row["page_id"], row["yes"]) for row in old_only] == [(content_pl.pk, 1)]


def test_the_detail_page_lists_comments(moderator_client, content_uk):
    answer(content_uk, True, comment="Дуже корисно")
    answer(content_uk, False)

    response = moderator_client.get(reverse("feedback_admin:detail", args=[content_uk.pk]))

    assert response.status_code == 200
    assert response.context["totals"] == {
        "yes": 1,
        "no": 1,
        "total": 2,
        "comments": 1,
        "share_percent": "50%",
    }
    assert "Дуже корисно" in response.content.decode()


def test_the_detail_of_an_unknown_page_is_404_for_moderators(moderator_client):
    url = reverse("feedback_admin:detail", args=[987654])

    assert moderator_client.get(url, follow=True).status_code == 404


def test_the_csv_export_has_a_bom_ukrainian_text_and_the_numbers(moderator_client, content_uk):
    content_uk.title = "Громадський бюджет"
    content_uk.save_revision().publish()
    answer(content_uk, True)
    answer(content_uk, False, comment="x")

    rows = csv_rows(moderator_client.get(reverse("feedback_admin:export")))

    assert rows[0] == ["ID strony", "Strona", "Język", "Tak", "Nie", "Przydatna", "Komentarze"]
    assert rows[1:] == [[str(content_uk.pk), "Громадський бюджет", "uk", "1", "1", "50%", "1"]]


@pytest.mark.parametrize(
    ("comment", "cell"),
    [
        ('=HYPERLINK("http://evil.example")', '\'=HYPERLINK("http://evil.example")'),
        ("+48 12 616 00 00", "'+48 12 616 00 00"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tukryte", "'\tukryte"),
        ("\r=1+1", "'\r=1+1"),
        ("Дуже корисно = так", "Дуже корисно = так"),
    ],
)
def test_comments_export_neutralises_formulas(moderator_client, content_pl, comment, cell):
    answer(content_pl, False, comment=comment)

    rows = csv_rows(
        moderator_client.get(reverse("feedback_admin:detail_export", args=[content_pl.pk]))
    )

    assert rows[0] == ["Wysłano", "Przydatna", "Komentarz"]
    assert rows[1][1:] == ["Nie", cell]


def test_page_titles_are_neutralised_in_the_report_export(moderator_client, home_pl):
    page = ContentPageFactory(parent=home_pl, title="=cmd|' /C calc'!A0")
    answer(page, True)

    rows = csv_rows(moderator_client.get(reverse("feedback_admin:export")))

    assert rows[1][1] == "'=cmd|' /C calc'!A0"


def test_neutralise_leaves_ordinary_values_alone():
    assert neutralise("Bardzo przydatne") == "Bardzo przydatne"
    assert neutralise(12) == "12"
    assert neutralise(None) == ""


def report_queries(client):
    client.get(reverse(REPORT))  # warm per-process caches (site, locales, menu)
    with CaptureQueriesContext(connection) as context:
        response = client.get(reverse(REPORT))
    assert response.status_code == 200
    return len(context.captured_queries), len(response.context["rows"].object_list)


def add_rated_pages(home, count):
    pages = [ContentPageFactory(parent=home) for _ in range(count)]
    PageFeedback.objects.bulk_create(
        PageFeedback(
            page=page, locale_id=page.locale_id, useful=bool(i % 2), comment="ok" * (i % 3)
        )
        for i, page in enumerate(pages)
    )


def test_report_queries_do_not_grow_with_pages(moderator_client, home_pl):
    add_rated_pages(home_pl, 5)
    few, few_rows = report_queries(moderator_client)
    add_rated_pages(home_pl, 45)
    many, many_rows = report_queries(moderator_client)

    assert (few_rows, many_rows) == (5, 50)
    assert few == many

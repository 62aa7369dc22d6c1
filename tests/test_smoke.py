import pytest

from tests.factories import ContentPageFactory, NewsIndexPageFactory, NewsPageFactory


@pytest.mark.django_db
def test_translated_tree_serves_each_language(client, homes):
    about = ContentPageFactory(parent=homes["pl"], title="O nas", slug="o-nas")
    news_index = NewsIndexPageFactory(parent=homes["pl"])
    NewsPageFactory(parent=news_index, title="Pierwsza")
    about_uk = __import__("tests.factories").factories.translate_page(about, "uk")
    assert about_uk.url.startswith("/uk/")
    assert client.get(about_uk.url).status_code == 200
    assert client.get("/uk/").status_code == 200

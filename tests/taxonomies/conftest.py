import pytest
from wagtail.models import Locale

from taxonomies.models import District
from tests.factories import SuperUserFactory
from tests.projects.factories import ProjectIndexPageFactory, ProjectPageFactory


@pytest.fixture
def superuser(db):
    return SuperUserFactory()


@pytest.fixture
def admin_client(client, superuser):
    """A superuser signed in to the admin (no authenticator enrolled, so no second step)."""
    client.force_login(superuser)
    return client


def districts_in(language_code):
    return District.objects.filter(locale=Locale.objects.get(language_code=language_code))


@pytest.fixture
def project_index_pl(home_pl):
    return ProjectIndexPageFactory(parent=home_pl)


@pytest.fixture
def project_pl(project_index_pl):
    return ProjectPageFactory(
        parent=project_index_pl,
        title="Forum Podgórza",
        districts=[districts_in("pl").get(slug="podgorze")],
    )


@pytest.fixture
def project_index_en(homes):
    """An English project index written in English, not a translation of the Polish one."""
    return ProjectIndexPageFactory(parent=homes["en"], title="Projects", slug="projects")

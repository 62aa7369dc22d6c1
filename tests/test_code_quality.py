"""Lint, migrations and translation catalogues are part of the test run."""

import shutil
import subprocess
import sys
from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.core.management import call_command

BASE_DIR = Path(__file__).resolve().parent.parent
LANGUAGES = [code for code, _name in settings.LANGUAGES]
# Every top-level package (an app or config/) and the templates; not the tests,
# benchmarks or installed tools, which `make messages` ignores as well.
SOURCE_FOLDERS = sorted(
    path.name
    for path in BASE_DIR.iterdir()
    if (path / "__init__.py").is_file() and path.name not in {"tests", "benchmarks"}
) + ["templates"]


def run(*command, cwd=BASE_DIR):
    return subprocess.run(command, cwd=cwd, capture_output=True, text=True, timeout=300)


def test_ruff_lint_is_clean():
    result = run(sys.executable, "-m", "ruff", "check", ".")
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_format_is_clean():
    result = run(sys.executable, "-m", "ruff", "format", "--check", ".")
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.django_db
def test_no_missing_migrations():
    call_command("makemigrations", "--check", "--dry-run", verbosity=0)


def catalogue(language):
    return polib.pofile(str(BASE_DIR / "locale" / language / "LC_MESSAGES" / "django.po"))


@pytest.mark.parametrize("language", LANGUAGES)
def test_catalogue_is_complete(language):
    po = catalogue(language)
    untranslated = [entry.msgid for entry in po.untranslated_entries()]
    fuzzy = [entry.msgid for entry in po.fuzzy_entries()]
    assert untranslated == [] and fuzzy == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_compiled_catalogue_matches_its_source(language):
    po = catalogue(language)
    mo = polib.mofile(str(BASE_DIR / "locale" / language / "LC_MESSAGES" / "django.mo"))

    def as_dict(entries):
        return {
            (entry.msgctxt, entry.msgid): entry.msgstr or tuple(sorted(entry.msgstr_plural.items()))
            for entry in entries
            if not entry.obsolete and "fuzzy" not in entry.flags
        }

    assert as_dict(mo) == as_dict(po), "run `make messages` to recompile the catalogues"


@pytest.mark.skipif(shutil.which("xgettext") is None, reason="GNU gettext is not installed")
def test_every_interface_string_is_in_the_catalogues(tmp_path):
    """Extract the strings afresh in a copy of the sources and compare with locale/."""
    for folder in SOURCE_FOLDERS:
        shutil.copytree(BASE_DIR / folder, tmp_path / folder)
    shutil.copy(BASE_DIR / "manage.py", tmp_path)
    (tmp_path / "locale").mkdir()
    result = run(
        sys.executable,
        "manage.py",
        "makemessages",
        "--locale",
        "pl",
        "--no-location",
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    extracted = polib.pofile(str(tmp_path / "locale" / "pl" / "LC_MESSAGES" / "django.po"))
    for language in LANGUAGES:
        known = {(entry.msgctxt, entry.msgid) for entry in catalogue(language).translated_entries()}
        missing = [entry.msgid for entry in extracted if (entry.msgctxt, entry.msgid) not in known]
        assert missing == [], f"{language}: strings missing from locale/ — run `make messages`"

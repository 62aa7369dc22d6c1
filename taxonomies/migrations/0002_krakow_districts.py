"""Kraków's 18 districts in every content language.

The English names keep the Polish place names; the Ukrainian ones are their
usual transliterations. The three versions of a district share one
translation key, as wagtail-localize's own translations would.
"""

import uuid

from django.db import migrations

# (number, slug, Polish name, Ukrainian name)
DISTRICTS = (
    (1, "stare-miasto", "Stare Miasto", "Старе Місто"),
    (2, "grzegorzki", "Grzegórzki", "Гжегужки"),
    (3, "pradnik-czerwony", "Prądnik Czerwony", "Прондник Червоний"),
    (4, "pradnik-bialy", "Prądnik Biały", "Прондник Білий"),
    (5, "krowodrza", "Krowodrza", "Кроводжа"),
    (6, "bronowice", "Bronowice", "Броновіце"),
    (7, "zwierzyniec", "Zwierzyniec", "Звежинець"),
    (8, "debniki", "Dębniki", "Дембники"),
    (9, "lagiewniki-borek-falecki", "Łagiewniki-Borek Fałęcki", "Лагевники-Борек Фаленцький"),
    (10, "swoszowice", "Swoszowice", "Свошовіце"),
    (11, "podgorze-duchackie", "Podgórze Duchackie", "Подгуже Духацьке"),
    (12, "biezanow-prokocim", "Bieżanów-Prokocim", "Бежанув-Прокоцім"),
    (13, "podgorze", "Podgórze", "Подгуже"),
    (14, "czyzyny", "Czyżyny", "Чижини"),
    (15, "mistrzejowice", "Mistrzejowice", "Мистшейовіце"),
    (16, "bienczyce", "Bieńczyce", "Беньчице"),
    (17, "wzgorza-krzeslawickie", "Wzgórza Krzesławickie", "Взгужа Кшеславицькі"),
    (18, "nowa-huta", "Nowa Huta", "Нова Гута"),
)


def create_districts(apps, schema_editor):
    District = apps.get_model("taxonomies", "District")
    Locale = apps.get_model("wagtailcore", "Locale")
    locales = {locale.language_code: locale for locale in Locale.objects.all()}
    for number, slug, polish, ukrainian in DISTRICTS:
        key = uuid.uuid4()
        names = {"pl": polish, "en": polish, "uk": ukrainian}
        for language, name in names.items():
            locale = locales.get(language)
            if locale is None:
                continue
            District.objects.get_or_create(
                locale=locale,
                number=number,
                defaults={"name": name, "slug": slug, "translation_key": key},
            )


def delete_districts(apps, schema_editor):
    apps.get_model("taxonomies", "District").objects.all().delete()


class Migration(migrations.Migration):
    dependencies = [
        ("taxonomies", "0001_initial"),
        ("core", "0002_locales"),
    ]

    operations = [migrations.RunPython(create_districts, delete_districts)]

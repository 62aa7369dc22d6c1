"""Creates the benchmark's survey (one step, unlimited responses) and prints its path.

Run by benchmarks.submissions inside the throw-away database.
"""

import uuid

import django


def item(value, label):
    return {"type": "item", "value": {"value": value, "label": label}, "id": str(uuid.uuid4())}


QUESTIONS = [
    {"type": "short_text", "id": "name", "value": {"label": "Imię", "required": True}},
    {
        "type": "single_choice",
        "id": "often",
        "value": {
            "label": "Jak często?",
            "required": True,
            "options": [item("daily", "Codziennie"), item("weekly", "Co tydzień")],
        },
    },
    {
        "type": "scale",
        "id": "rating",
        "value": {"label": "Ocena", "required": True, "scale_max": "5"},
    },
]


def main():
    django.setup()
    from wagtail.models import Site

    from surveys.models import ResponsePolicy, SurveyIndexPage, SurveyPage

    home = Site.objects.get(is_default_site=True).root_page
    index = home.add_child(instance=SurveyIndexPage(title="Ankiety", slug="ankiety"))
    survey = index.add_child(
        instance=SurveyPage(
            title="Ankieta wydajności",
            slug="benchmark",
            questions=QUESTIONS,
            response_policy=ResponsePolicy.UNLIMITED,
        )
    )
    print(survey.url)


if __name__ == "__main__":
    main()

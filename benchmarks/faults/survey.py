"""Creates the fault benchmark's survey and prints its path.

The one-step survey of benchmarks.survey_setup, with an e-mail to the office
after every response, so that each submission has mail to send (the hanging
SMTP server of scenario (c) then matters). Run by benchmarks.faults inside
its own database.
"""

import django

from benchmarks.survey_setup import QUESTIONS


def main():
    django.setup()
    from wagtail.models import Site

    from surveys.models import ResponsePolicy, SurveyIndexPage, SurveyPage

    home = Site.objects.get(is_default_site=True).root_page
    index = home.add_child(instance=SurveyIndexPage(title="Ankiety", slug="ankiety"))
    survey = index.add_child(
        instance=SurveyPage(
            title="Ankieta odporności",
            slug="awarie",
            questions=QUESTIONS,
            response_policy=ResponsePolicy.UNLIMITED,
            office_email="biuro@example.org",
        )
    )
    print(survey.url)


if __name__ == "__main__":
    main()

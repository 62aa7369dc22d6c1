"""One export in its own process, so that its peak memory (ru_maxrss) is its own.

`python -m benchmarks.export_run seed N` adds N responses to the benchmark
survey; `… csv` or `… xlsx` exports them all and prints JSON: seconds,
bytes written, peak RSS and the RSS before exporting (MiB).
"""

import json
import random
import resource
import sys
import time


def survey():
    from surveys.models import SurveyPage

    return SurveyPage.objects.get(slug="benchmark")


def seed(count):
    from surveys.models import SurveyResponse

    page, batch = survey(), []
    for number in range(count):
        answers = {"name": f"Mieszkanka {number}", "often": random.choice(["daily", "weekly"])}  # noqa: S311
        answers["rating"] = random.randint(1, 5)  # noqa: S311 - test data
        batch.append(SurveyResponse(page=page, locale_id=page.locale_id, form_data=answers))
        if len(batch) == 5000:
            SurveyResponse.objects.bulk_create(batch)
            batch = []
    SurveyResponse.objects.bulk_create(batch)


def rss_mib():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kilobytes on Linux


def export(file_format):
    from surveys.results.export import csv_export_response, xlsx_export_response
    from surveys.selectors import survey_responses

    page = survey()
    before = rss_mib()
    start = time.perf_counter()
    build = csv_export_response if file_format == "csv" else xlsx_export_response
    response = build(page, survey_responses(page, confirmed_only=False), "export")
    size = sum(len(chunk) for chunk in response.streaming_content)
    seconds = time.perf_counter() - start
    print(
        json.dumps({"seconds": seconds, "bytes": size, "rss_mib": rss_mib(), "before_mib": before})
    )


def main():
    import django

    django.setup()
    if sys.argv[1] == "seed":
        seed(int(sys.argv[2]))
    else:
        export(sys.argv[1])


if __name__ == "__main__":
    main()

"""Completed survey responses per second, each 2xx answer stored exactly once.

Threads on 127.0.0.1 play residents: open the survey (GET), then send each
step (POST) with the hidden `flow` token the previous answer carried, from
their own X-Forwarded-For address (benchmarks/settings.py trusts one proxy),
with the site's Origin as a browser sends it. Every response carries a
unique marker in its text answer; afterwards the stored rows are matched
with the markers that were answered 2xx: lost (2xx, no row), stored without
a 2xx, and stored twice are counted.
"""

import http.client
import itertools
import re
import threading
import time
import urllib.parse
from dataclasses import dataclass

FLOW = re.compile(r'name="flow" value="([^"]+)"')
THANKS_STATUS = 200
# The answers of benchmarks.survey_setup.QUESTIONS, a step each in the three-step survey.
STEPS_ONE = [{"name": None, "often": "daily", "rating": "4"}]
STEPS_THREE = [{"name": None}, {"often": "daily"}, {"rating": "4"}]


@dataclass
class Outcome:
    marker: str
    status: int  # of the last request sent; 0 when none was answered
    completed: bool  # every step answered, the last one 2xx


class Resident:
    def __init__(self, port, path, steps):
        self.port, self.path, self.steps = port, path, steps
        self.origin = f"http://127.0.0.1:{port}"

    def _request(self, method, headers, body=None):
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        try:
            connection.request(method, self.path, body, headers)
            response = connection.getresponse()
            return response.status, response.read().decode(errors="replace")
        finally:
            connection.close()

    def respond(self, marker, address):
        headers = {"X-Forwarded-For": address}
        try:
            status, page = self._request("GET", headers)
            for number, answers in enumerate(self.steps, start=1):
                token = FLOW.search(page) if status == THANKS_STATUS else None
                if token is None:
                    return Outcome(marker, status, False)
                form = {"flow": token.group(1), "action": "next"}
                form.update({key: value or marker for key, value in answers.items()})
                if number == len(self.steps):
                    form["action"] = "submit"
                status, page = self._request(
                    "POST",
                    {
                        **headers,
                        "Content-Type": "application/x-www-form-urlencoded",
                        "Origin": self.origin,
                        "Referer": self.origin + self.path,
                    },
                    urllib.parse.urlencode(form),
                )
            return Outcome(marker, status, 200 <= status < 300)
        except (OSError, http.client.HTTPException):
            return Outcome(marker, 0, False)


def run(port, path, steps, *, seconds, threads, prefix):
    """Responses from `threads` residents for `seconds`; (outcomes, elapsed seconds)."""
    outcomes, lock = [], threading.Lock()
    counter = itertools.count()
    deadline = time.monotonic() + seconds

    def worker():
        resident = Resident(port, path, steps)
        while time.monotonic() < deadline:
            with lock:
                number = next(counter)
            address = f"10.{number // 65536 % 256}.{number // 256 % 256}.{number % 256}"
            outcome = resident.respond(f"{prefix}-{number}", address)
            with lock:
                outcomes.append(outcome)

    pool = [threading.Thread(target=worker) for _ in range(threads)]
    start = time.monotonic()
    for thread in pool:
        thread.start()
    for thread in pool:
        thread.join()
    return outcomes, time.monotonic() - start


def stored_markers(database_url, prefix):
    import psycopg

    with psycopg.connect(database_url) as connection:
        rows = connection.execute(
            "SELECT form_data->>'name', count(*) FROM surveys_surveyresponse "
            "WHERE form_data->>'name' LIKE %s GROUP BY 1",
            (f"{prefix}-%",),
        ).fetchall()
    return dict(rows)


def tally(outcomes, stored):
    answered = {outcome.marker for outcome in outcomes if outcome.completed}
    return {
        "sent": len(outcomes),
        "completed": len(answered),
        "stored": sum(stored.values()),
        "lost": len(answered - stored.keys()),
        "stored_without_2xx": len(stored.keys() - answered),
        "duplicates": sum(count - 1 for count in stored.values() if count > 1),
        "failed_statuses": sorted({o.status for o in outcomes if not o.completed}),
    }

"""Virtual residents sending a survey again and again, each with its own cookie jar.

Each virtual user opens the survey (GET), reads every hidden field of the
survey form from the page (the `flow` token, and `csrfmiddlewaretoken` while
the form still uses Django's CSRF cookie, or whatever token replaces it) and
sends it (POST) with the cookies its jar holds, like a browser. It works
whether or not the survey sets cookies. Every submission carries a unique
marker in its text answer, so the stored rows can be matched to the requests
afterwards, and comes from its own X-Forwarded-For address, so the
per-address rate limits (benchmarks/settings.py) are not what is measured.
"""

import http.cookiejar
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from html.parser import HTMLParser

TIMEOUT = 30


class SurveyForm(HTMLParser):
    """The hidden inputs of the form that carries the `flow` field."""

    def __init__(self):
        super().__init__()
        self._current = None
        self.fields = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self._current = {}
        elif tag == "input" and self._current is not None and attrs.get("type") == "hidden":
            if attrs.get("name"):
                self._current[attrs["name"]] = attrs.get("value") or ""

    def handle_endtag(self, tag):
        if tag == "form" and self._current is not None:
            if "flow" in self._current and self.fields is None:
                self.fields = self._current
            self._current = None


class InsecureTransportPolicy(http.cookiejar.DefaultCookiePolicy):
    """Returns Secure cookies over plain HTTP.

    Production marks its cookies Secure; in front of the real site TLS ends
    at the proxy. The benchmark talks HTTP to gunicorn directly, so the jar
    behaves as the browser behind that proxy would.
    """

    def return_ok_secure(self, cookie, request):
        return True


@dataclass
class Outcome:
    marker: str
    started: float  # seconds since the run began
    seconds: float  # the POST alone (what the resident waits for after "Send")
    status: int  # HTTP status of the POST; 0 when no answer came
    ended: float  # seconds since the run began, GET and POST done (or given up)


class VirtualUser:
    def __init__(self, base_url, path, number):
        self.base_url = base_url
        self.url = base_url + path
        self.number = number
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(
                http.cookiejar.CookieJar(policy=InsecureTransportPolicy())
            )
        )

    def _open(self, request):
        try:
            with self.opener.open(request, timeout=TIMEOUT) as response:
                return response.status, response.read().decode()
        except urllib.error.HTTPError as error:
            return error.code, ""

    def submit(self, marker, address):
        """Open the survey and send it: the POST's (status, seconds); status 0 is no answer."""
        headers = {"X-Forwarded-For": address}
        try:
            # The address is ours (http://127.0.0.1:PORT), not a user's input.
            status, page = self._open(urllib.request.Request(self.url, headers=headers))  # noqa: S310
            if status != 200:
                return status, 0.0
            parser = SurveyForm()
            parser.feed(page)
            if parser.fields is None:
                return 0, 0.0
            form = {
                **parser.fields,
                "action": "submit",
                "name": marker,
                "often": "daily",
                "rating": "4",
            }
            post = urllib.request.Request(  # noqa: S310
                self.url,
                data=urllib.parse.urlencode(form).encode(),
                headers={
                    **headers,
                    "Content-Type": "application/x-www-form-urlencoded",
                    "Origin": self.base_url,
                    "Referer": self.url,
                },
            )
            start = time.monotonic()
            status, _ = self._open(post)
            return status, time.monotonic() - start
        except (OSError, ValueError):
            # Refused, reset or timed out: the resident got no answer.
            return 0, 0.0


def run_load(base_url, path, *, users, seconds, prefix, clock_start):
    """Send submissions from `users` threads for `seconds`; returns the outcomes.

    Args:
        prefix: starts every marker, naming the scenario in the stored rows.
        clock_start: time.monotonic() of the run's start; outcomes are timed from it.
    """
    outcomes, lock = [], threading.Lock()
    deadline = clock_start + seconds
    counter = iter(range(10**9))

    def worker(number):
        user = VirtualUser(base_url, path, number)
        while time.monotonic() < deadline:
            with lock:
                sequence = next(counter)
            address = f"10.{sequence // 65536 % 256}.{sequence // 256 % 256}.{sequence % 256}"
            marker = f"{prefix}-{number}-{sequence}"
            started = time.monotonic()
            status, seconds = user.submit(marker, address)
            ended = time.monotonic() - clock_start
            outcome = Outcome(marker, started - clock_start, seconds, status, ended)
            with lock:
                outcomes.append(outcome)
            if status == 0:
                # Nothing listening (the server is restarting): a browser would not retry
                # a thousand times a second either.
                time.sleep(0.2)

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(users)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return outcomes

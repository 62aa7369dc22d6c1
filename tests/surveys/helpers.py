"""Driving a survey through the Django test client, the way a browser without JavaScript does."""

import re

from django.test import TestCase

FLOW_PATTERN = re.compile(r'name="flow" value="([^"]+)"')


def flow_token(response):
    match = FLOW_PATTERN.search(response.content.decode())
    assert match, "no flow token in the page"
    return match.group(1)


def start(client, page):
    response = client.get(page.url)
    assert response.status_code == 200
    return flow_token(response)


def post_step(client, page, token, data, action="next"):
    """POST one step; what the view left for after the commit (e-mails) runs at once."""
    with TestCase.captureOnCommitCallbacks(execute=True):
        return client.post(page.url, {"flow": token, "action": action, **data})


def visit(client, url):
    """GET a page, running what it left for after the commit (e-mails), as a real request does."""
    with TestCase.captureOnCommitCallbacks(execute=True):
        return client.get(url)


def send(client, page, data, action="submit"):
    """Open a one-step survey and send it; returns the response."""
    return post_step(client, page, start(client, page), data, action=action)

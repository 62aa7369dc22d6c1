"""The SQL statements of one request per page, counted in a separate, instrumented process.

`python -m benchmarks.load.queries` with the server's environment (same
database, same Redis, the in-app page cache off) reads {label: path} as JSON
on stdin and prints {label: [status, queries]}. Each page is requested once
to warm the caches the server has warm too (site root paths, the frame),
then once more under a counting execute wrapper. The server itself is never
instrumented, so its CPU figures carry no counting cost.
"""

import json
import sys

import django


class QueryCounter:
    def __init__(self):
        self.count = 0

    def __call__(self, execute, sql, params, many, context):
        self.count += 1
        return execute(sql, params, many, context)


def count(client, path):
    from django.db import connection

    client.get(path)
    counter = QueryCounter()
    with connection.execute_wrapper(counter):
        response = client.get(path)
    return [response.status_code, counter.count]


def main():
    django.setup()
    from django.test import Client

    # A page that fails is counted too (its status says so), not raised here.
    client = Client(headers={"host": "127.0.0.1"}, raise_request_exception=False)
    paths = json.load(sys.stdin)
    print(json.dumps({label: count(client, path) for label, path in paths.items()}))


if __name__ == "__main__":
    main()

"""A local SMTP server for the fault benchmark that accepts mail or, on request, hangs.

Answering, it speaks just enough SMTP for smtplib (greeting, EHLO/HELO,
MAIL, RCPT, DATA, RSET, NOOP, QUIT) and counts the messages it receives.
Hanging, it accepts each connection and never says a word: the failure of a
mail server that is up but stuck, which only a client-side timeout
(EMAIL_TIMEOUT) ends. Standard library only; runs in a thread of the
benchmark process.
"""

import socket
import socketserver
import threading


class _Handler(socketserver.StreamRequestHandler):
    timeout = 120

    def handle(self):
        server = self.server
        if server.hanging.is_set():
            # Accept, then hold the connection open in silence until the client gives up.
            server.hung_connections += 1
            server.release.wait(timeout=self.timeout)
            return
        self._reply(b"220 bench.invalid ESMTP")
        in_data = False
        try:
            for line in self.rfile:
                if in_data:
                    if line in (b".\r\n", b".\n"):
                        in_data = False
                        with server.lock:
                            server.messages += 1
                        self._reply(b"250 queued")
                    continue
                command = line[:4].upper()
                if command in (b"EHLO", b"HELO"):
                    self._reply(b"250 bench.invalid")
                elif command == b"DATA":
                    in_data = True
                    self._reply(b"354 end with <CRLF>.<CRLF>")
                elif command == b"QUIT":
                    self._reply(b"221 bye")
                    return
                else:  # MAIL, RCPT, RSET, NOOP
                    self._reply(b"250 ok")
        except OSError:
            return

    def _reply(self, text):
        self.wfile.write(text + b"\r\n")
        self.wfile.flush()


class SmtpServer(socketserver.ThreadingTCPServer):
    """`start()`, then `hang()` / `answer()` to switch modes; `messages` counts deliveries."""

    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, port):
        super().__init__(("127.0.0.1", port), _Handler)
        self.lock = threading.Lock()
        self.messages = 0
        self.hung_connections = 0
        self.hanging = threading.Event()
        self.release = threading.Event()

    def start(self):
        threading.Thread(target=self.serve_forever, daemon=True).start()
        return self

    def hang(self):
        self.release.clear()
        self.hanging.set()

    def answer(self):
        self.hanging.clear()
        # Connections accepted while hanging stay silent: the client has timed out on them.

    def stop(self):
        self.release.set()
        self.shutdown()
        self.server_close()


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]

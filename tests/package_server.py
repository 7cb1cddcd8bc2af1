"""A real HTTP server on 127.0.0.1 that serves an Argos package index and package files, well or badly.

Each path is served in one of several ways: whole, cut short (the connection closes halfway through
what Content-Length announced), stalled (some bytes, then silence), endless (bytes without end and
without Content-Length), or trickling (one byte at a time, slowly). Misbehaving answers last until
the server stops, at most :data:`MAX_SECONDS`, so no test can leave it running.
"""

from __future__ import annotations

import json
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

MAX_SECONDS = 30.0


@dataclass
class Route:
    """What one path answers."""

    data: bytes = b""
    mode: str = "whole"  # whole | truncated | stall | endless | trickle | status
    status: int = 200
    headers: dict = field(default_factory=dict)


class PackageServer:
    """A threaded HTTP server on a free port of 127.0.0.1; ``stop()`` ends it and every answer in progress."""

    def __init__(self):
        self.routes: dict[str, Route] = {}
        self.requests: list[str] = []
        self.stopping = threading.Event()
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):  # quiet
                pass

            def do_GET(self):  # http.server's name
                server.requests.append(self.path)
                route = server.routes.get(self.path)
                if route is None:
                    self.send_error(404)
                    return
                try:
                    server._answer(self, route)
                except (BrokenPipeError, ConnectionResetError):
                    pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05},
                                       daemon=True)
        self.thread.start()

    @property
    def base(self) -> str:
        """``http://127.0.0.1:PORT/``."""
        return f"http://127.0.0.1:{self.httpd.server_address[1]}/"

    def url(self, path: str) -> str:
        return self.base + path.lstrip("/")

    def serve(self, path: str, data: bytes = b"", mode: str = "whole", **kwargs) -> str:
        """Answer GET ``path`` with ``data`` in the given mode; return its address."""
        self.routes["/" + path.lstrip("/")] = Route(data, mode, **kwargs)
        return self.url(path)

    def serve_index(self, entries: list[dict], path: str = "index.json") -> str:
        """Serve an index made of ``entries``; return the address for ``ARGOS_PACKAGE_INDEX``."""
        self.serve(path, json.dumps(entries, indent=4).encode())
        return self.base

    def _answer(self, handler: BaseHTTPRequestHandler, route: Route) -> None:
        deadline = time.monotonic() + MAX_SECONDS
        handler.send_response(route.status)
        for key, value in route.headers.items():
            handler.send_header(key, value)
        if route.mode in ("whole", "truncated", "stall", "status"):
            handler.send_header("Content-Length", str(len(route.data)))
        handler.end_headers()
        out = handler.wfile
        if route.mode in ("whole", "status"):
            out.write(route.data)
        elif route.mode == "truncated":
            out.write(route.data[:len(route.data) // 2])
            out.flush()
            handler.close_connection = True
        elif route.mode == "stall":
            out.write(route.data[:len(route.data) // 4])
            out.flush()
            self.stopping.wait(max(0.0, deadline - time.monotonic()))
        elif route.mode == "endless":
            chunk = route.data or b"x" * 65536
            while not self.stopping.is_set() and time.monotonic() < deadline:
                out.write(chunk)
        elif route.mode == "trickle":
            for byte in route.data:
                if self.stopping.wait(0.05) or time.monotonic() > deadline:
                    break
                out.write(bytes([byte]))
                out.flush()

    def stop(self) -> None:
        self.stopping.set()
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join(5)


_shared: PackageServer | None = None
_shared_lock = threading.Lock()


def shared_server() -> PackageServer:
    """One server for the whole test process (for helpers that are plain functions, not fixtures)."""
    global _shared
    with _shared_lock:
        if _shared is None:
            _shared = PackageServer()
        return _shared

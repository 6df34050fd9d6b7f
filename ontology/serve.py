"""Serve a store read-only: Oxigraph's SPARQL server plus the HTML viewer, on loopback.

Two ports, both bound to ``host`` (``127.0.0.1`` by default):

- ``PORT``: ``oxigraph serve-read-only --union-default-graph`` (the ``oxigraph``
  PyPI package's server). Its query UI is at ``/`` (bundled, works offline),
  the SPARQL protocol endpoint at ``/query``; queries see the union of all
  graphs. Updates are refused (the server is read-only).
- ``PORT + 1``: a tiny standard-library HTTP server for the viewer page
  (``/`` and ``/view``); it answers GET/HEAD only.

Opening a store read-only while another process writes it is undefined in
Oxigraph, so serve a store when no build is running on it.
"""
from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import TracebackType
from typing import Any

from conflictkg.ontology.store import Store, StoreError

STARTUP_TIMEOUT_S = 20.0
QUERY_TIMEOUT_S = 60
NO_VIEWER = """<!doctype html><html lang="en"><meta charset="utf-8"><title>conflictkg</title>
<body><h1>conflictkg</h1><p>No viewer page was given. Build one with
<code>conflictkg view STORE -o kg.html</code> and pass <code>--html kg.html</code>.</p>
<p>SPARQL: <a href="{sparql}">{sparql}</a></p></body></html>"""


def oxigraph_binary() -> str:
    """Path of the ``oxigraph`` server executable (beside this Python, else on PATH)."""
    here = Path(sys.executable).parent / "oxigraph"
    if here.is_file():
        return str(here)
    found = shutil.which("oxigraph")
    if not found:
        raise StoreError("the oxigraph server is not installed: pip install 'conflictkg[serve]'")
    return found


def _check_port(host: str, port: int) -> None:
    if not 0 < port < 65535:
        raise ValueError(f"port {port} is out of range (1-65534; PORT+1 serves the viewer)")
    for p in (port, port + 1):
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
            try:
                s.bind((host, p))
            except OSError as exc:
                raise StoreError(f"cannot listen on {host}:{p}: {exc.strerror or exc}") from None


def _viewer_handler(page: bytes) -> type[BaseHTTPRequestHandler]:
    class Viewer(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - http.server API
            self._send(include_body=True)

        def do_HEAD(self) -> None:  # noqa: N802
            self._send(include_body=False)

        def _send(self, include_body: bool) -> None:
            if self.path.split("?", 1)[0] not in ("/", "/view", "/index.html"):
                self.send_error(404, "only / and /view are served here")
                return
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(page)))
            self.end_headers()
            if include_body:
                self.wfile.write(page)

        def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
            return

    return Viewer


class Server:
    """A running read-only endpoint (SPARQL on ``port``, viewer on ``port + 1``).

    Use as a context manager, or call ``stop()``.
    """

    def __init__(self, store: str | Path, host: str = "127.0.0.1", port: int = 7878,
                 html: str | Path | None = None) -> None:
        path = Path(store)
        with Store.open(path, read_only=True, create=False):
            pass  # one-line StoreError for a missing or unreadable store
        _check_port(host, port)
        if html is not None and not Path(html).is_file():
            raise ValueError(f"{html}: no such viewer file")
        self.host, self.port = host, port
        self.sparql_url = f"http://{host}:{port}/query"
        self.ui_url = f"http://{host}:{port}/"
        self.viewer_url = f"http://{host}:{port + 1}/view"
        page = (Path(html).read_bytes() if html is not None
                else NO_VIEWER.format(sparql=self.ui_url).encode("utf-8"))
        self._log = tempfile.TemporaryFile()
        self._proc = subprocess.Popen(
            [oxigraph_binary(), "serve-read-only", "--location", str(path),
             "--bind", f"{host}:{port}", "--union-default-graph",
             "--timeout-s", str(QUERY_TIMEOUT_S)],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=self._log)
        self._httpd = ThreadingHTTPServer((host, port + 1), _viewer_handler(page))
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)
        self._thread.start()
        try:
            self._wait_ready()
        except BaseException:
            self.stop()
            raise

    def _wait_ready(self) -> None:
        deadline = time.monotonic() + STARTUP_TIMEOUT_S
        probe = self.sparql_url + "?query=ASK%7B%7D"
        while time.monotonic() < deadline:
            if self._proc.poll() is not None:
                self._log.seek(0)
                err = self._log.read().decode(errors="replace")
                first = next((ln for ln in err.splitlines() if ln.strip()), "exited")
                raise StoreError(f"the SPARQL server did not start: {first.strip()}")
            try:
                with urllib.request.urlopen(probe, timeout=2) as resp:
                    if resp.status == 200:
                        return
            except (urllib.error.URLError, OSError):
                time.sleep(0.1)
        raise StoreError(f"the SPARQL server did not answer on {self.sparql_url} "
                         f"within {STARTUP_TIMEOUT_S:.0f} s")

    def stop(self) -> None:
        """Stop both servers (idempotent)."""
        if self._proc.poll() is None:
            self._proc.terminate()
            try:
                self._proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self._proc.kill()
                self._proc.wait(timeout=10)
        self._log.close()
        self._httpd.shutdown()
        self._httpd.server_close()

    def wait(self) -> int:
        """Block until the SPARQL server exits; return its exit code."""
        return self._proc.wait()

    def __enter__(self) -> Server:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.stop()


def serve(store: str | Path, host: str = "127.0.0.1", port: int = 7878,
          html: str | Path | None = None) -> None:
    """Serve ``store`` read-only until interrupted (Ctrl-C); print where to look."""
    with Server(store, host=host, port=port, html=html) as server:
        print(f"SPARQL endpoint {server.sparql_url} (query UI {server.ui_url}); "
              f"viewer {server.viewer_url}; read-only, Ctrl-C stops", flush=True)
        try:
            code = server.wait()
        except KeyboardInterrupt:
            return
        if code != 0:
            raise StoreError(f"the SPARQL server stopped with exit code {code}")


__all__ = ["Server", "oxigraph_binary", "serve"]

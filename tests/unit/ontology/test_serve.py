"""The read-only endpoint: SPARQL answers, updates are refused, the viewer is served."""
from __future__ import annotations

import json
import socket
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from conflictkg.ontology.serve import Server
from conflictkg.ontology.store import Store, StoreError


def free_port_pair() -> int:
    for _ in range(50):
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        with socket.socket() as s2:
            try:
                s2.bind(("127.0.0.1", port + 1))
            except OSError:
                continue
        return port
    raise RuntimeError("no free port pair")


@pytest.fixture
def disk_store(tmp_path: Path, article_a) -> Path:
    path = tmp_path / "kg"
    with Store.open(path) as kg:
        kg.ingest(article_a)
    return path


def test_serves_sparql_and_viewer_and_refuses_updates(disk_store: Path, tmp_path: Path) -> None:
    page = tmp_path / "kg.html"
    page.write_text("<!doctype html><title>viewer</title><p>graph here</p>", encoding="utf-8")
    port = free_port_pair()
    with Server(disk_store, port=port, html=page) as server:
        assert server.sparql_url.startswith("http://127.0.0.1:")
        query = ("PREFIX ckg: <https://w3id.org/conflictkg/ontology#> "
                 "SELECT ?t WHERE { ?e ckg:relationType ?t } ORDER BY ?t LIMIT 1")
        req = urllib.request.Request(server.sparql_url + "?" + urllib.parse.urlencode({"query": query}),
                                     headers={"Accept": "application/sparql-results+json"})
        with urllib.request.urlopen(req, timeout=10) as resp:
            data = json.load(resp)
        assert data["results"]["bindings"][0]["t"]["value"] == "accuses"  # union default graph

        for url in (f"http://127.0.0.1:{port}/update", server.sparql_url):
            update = urllib.request.Request(
                url, data=b"INSERT DATA { <urn:a> <urn:b> <urn:c> }", method="POST",
                headers={"Content-Type": "application/sparql-update"})
            with pytest.raises(urllib.error.HTTPError) as err:
                urllib.request.urlopen(update, timeout=10)
            assert 400 <= err.value.code < 500

        with urllib.request.urlopen(server.viewer_url, timeout=10) as resp:
            assert b"graph here" in resp.read()
        with pytest.raises(urllib.error.HTTPError):
            urllib.request.urlopen(f"http://127.0.0.1:{port + 1}/etc/passwd", timeout=10)
    with Store.open(disk_store, read_only=True, create=False) as kg:
        assert not kg.ask("ASK { <urn:a> ?p ?o }")
    with pytest.raises(OSError):
        urllib.request.urlopen(server.sparql_url + "?query=ASK%7B%7D", timeout=2)


def test_serve_errors(tmp_path: Path, disk_store: Path) -> None:
    with pytest.raises(StoreError, match="no store at"):
        Server(tmp_path / "missing", port=free_port_pair())
    port = free_port_pair()
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", port))
        busy.listen()
        with pytest.raises(StoreError, match=f"cannot listen on 127.0.0.1:{port}"):
            Server(disk_store, port=port)
    with pytest.raises(ValueError, match="no such viewer file"):
        Server(disk_store, port=free_port_pair(), html=tmp_path / "nope.html")

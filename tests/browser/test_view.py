"""The viewer in headless Debian Chromium: offline, error-free, escaped, interactive.

Drives ``/usr/bin/chromium`` through Playwright (its own browser download cannot
work offline) with a fresh profile, and loads the page from ``file://``.
"""
from __future__ import annotations

import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
LOCAL_SCHEMES = ("file:", "data:", "about:", "blob:")
HOSTILE_SCRIPT = "<script>window.__pwned = 'script'</script>"
HOSTILE_IMG = "<img src=x onerror=\"window.__pwned = 'img'\">"


def hostile_store() -> Any:
    """A store whose article text, title and labels carry markup that must not run."""
    from conflictkg.extract.records import (
        Article, Entity, Evidence, Extraction, RelationMention, Role,
    )
    from conflictkg.ontology.store import Store

    sentences = [
        f"اندلعت اشتباكات بين أرمينيا وأذربيجان {HOSTILE_SCRIPT} على الحدود.",
        f"وأجرى الرئيس الروسي اتصالا برئيس الوزراء الأرميني {HOSTILE_IMG}.",
        "وتحدث الرئيس الروسي أيضا مع الرئيس الأذربيجاني.",
        "واتهمت أذربيجان أرمينيا بخرق الهدنة.",
    ]
    text = "\n".join(sentences)

    def ev(i: int) -> Evidence:
        start = text.index(sentences[i])
        return Evidence(i, start, start + len(sentences[i]), sentences[i])

    entities = (
        Entity("ARM", "State", ("أرمينيا",), name_en="Armenia"),
        Entity("AZE", "State", ("أذربيجان",), name_en="Azerbaijan"),
        Entity("RUS", "State", ("روسيا",), name_en="Russia"),
        Entity("person/putin", "Person", ("الرئيس الروسي",), roles=(Role("President", "RUS"),)),
        Entity("person/pashinyan", "Person", (f"باشينيان {HOSTILE_IMG}",),
               roles=(Role("Prime Minister", "ARM"),)),
        Entity("person/aliyev", "Person", ("الرئيس الأذربيجاني",),
               roles=(Role("President", "AZE"),)),
    )
    rels = (
        RelationMention("fights", "ARM", "AZE", ev(0), date="2022-09-13"),
        RelationMention("contacts", "person/putin", "person/pashinyan", ev(1), date="2022-09-13"),
        RelationMention("contacts", "person/putin", "person/aliyev", ev(2), date="2022-09-14"),
        RelationMention("accuses", "AZE", "ARM", ev(3), date="2022-09-20"),
    )
    art = Article("hostile", text, published="2022-09-13", title=f"عنوان {HOSTILE_SCRIPT}")
    kg = Store.memory()
    kg.ingest(Extraction(art, entities, rels))
    return kg


@pytest.fixture(scope="module")
def graph() -> Any:
    from conflictkg.graph.convert import to_networkx
    from conflictkg.graph.inference import inferred_triples
    from conflictkg.graph.mediation import infer_mediation

    kg = hostile_store()
    kg.replace_inferred(inferred_triples(infer_mediation(to_networkx(kg))))
    return to_networkx(kg)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is not installed")
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as profile, sync_playwright() as p:
        ctx = p.chromium.launch_persistent_context(
            profile, executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True,
            viewport={"width": 1200, "height": 800})
        yield ctx
        ctx.close()


class Page:
    """A loaded viewer page with every request and console error recorded."""

    def __init__(self, ctx: Any, path: Path) -> None:
        self.requests: list[str] = []
        self.failed: list[str] = []
        self.errors: list[str] = []
        self.page = ctx.new_page()
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("requestfailed", lambda r: self.failed.append(r.url))
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.goto(path.resolve().as_uri())
        self.page.wait_for_function("window.ckgView && window.ckgView.settled === true",
                                    timeout=20_000, polling=50)

    def js(self, expr: str) -> Any:
        return self.page.evaluate(expr)

    def remote(self) -> list[str]:
        return [u for u in self.requests if not u.startswith(LOCAL_SCHEMES)]


@pytest.fixture(scope="module")
def page(browser: Any, graph: Any, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Page]:
    from conflictkg.graph.render import write_html

    out = write_html(graph, tmp_path_factory.mktemp("view") / "kg.html")
    p = Page(browser, out)
    yield p
    p.page.close()


def test_offline_and_error_free(page: Page, graph: Any) -> None:
    from conflictkg.graph.render import edge_bundles

    assert page.remote() == [], "the page must make no network request"
    assert page.failed == []
    assert page.errors == []
    assert page.js("network.body.data.nodes.length") == graph.number_of_nodes()
    # one line per (ends, type, inferred); its events are listed in its tooltip
    assert page.js("network.body.data.edges.length") == len(edge_bundles(graph))
    events = sum(1 for _, _, d in graph.edges(data=True) if not d["structural"])
    assert page.js("window.ckgView.shown.events") == events
    assert page.js("network.physics.options.enabled") is False  # settled, physics stopped


def test_article_text_never_runs(page: Page, graph: Any) -> None:
    edges = page.js("Object.keys(JSON.parse(document.getElementById('ckg-data').textContent).edges)")
    for eid in edges:  # every tooltip, then every details panel
        page.js(f"network.emit('hoverEdge', {{edge: '{eid}', pointer: {{DOM: {{x: 5, y: 5}}}}}})")
        page.js(f"network.emit('click', {{nodes: [], edges: ['{eid}']}})")
    for n in graph.nodes:
        page.js(f"network.emit('hoverNode', {{node: {n!r}, pointer: {{DOM: {{x: 5, y: 5}}}}}})")
        page.js(f"window.ckgView.focus({n!r})")
    page.page.wait_for_timeout(200)
    assert page.js("window.__pwned") is None
    assert page.js("document.querySelectorAll('#ckg-panel img, #ckg-tip img').length") == 0
    details = page.js("document.getElementById('ckg-details').textContent")
    assert "<img src=x" in details or "<script>" in details  # shown as text
    assert page.errors == []
    page.js("window.ckgView.focus(null)")


def test_filters(page: Page) -> None:
    total = page.js("window.ckgView.shown.edges")
    page.page.uncheck("input[data-type=fights]")
    assert page.js("window.ckgView.shown.edges") < total
    page.page.check("input[data-type=fights]")
    page.page.uncheck("#ckg-inferred")
    inferred = page.js("network.body.data.edges.get({filter: e => e.dashes === true}).length")
    assert inferred > 0
    assert page.js("window.ckgView.shown.edges") == total - inferred
    page.page.check("#ckg-inferred")
    page.page.fill("#ckg-since", "2022-09-15")
    page.page.dispatch_event("#ckg-since", "change")
    dated = page.js("window.ckgView.shown.edges")
    assert 0 < dated < total
    page.page.fill("#ckg-since", "")
    page.page.dispatch_event("#ckg-since", "change")
    assert page.js("window.ckgView.shown.edges") == total
    assert page.errors == []


def test_search_focuses_neighbourhood(page: Page, graph: Any) -> None:
    page.page.fill("#ckg-search", "Azerbaijan")
    page.page.press("#ckg-search", "Enter")
    shown = page.js("window.ckgView.shown.nodes")
    neighbours = {v for _, v, d in graph.out_edges("AZE", data=True)} | \
                 {u for u, _, d in graph.in_edges("AZE", data=True)} | {"AZE"}
    assert shown == len(neighbours) < graph.number_of_nodes()
    page.page.select_option("#ckg-depth", "2")
    assert page.js("window.ckgView.shown.nodes") > shown
    page.page.select_option("#ckg-depth", "1")
    page.page.click("#ckg-clear")
    assert page.js("window.ckgView.shown.nodes") == graph.number_of_nodes()


def test_focus_option(browser: Any, graph: Any, tmp_path: Path) -> None:
    from conflictkg.graph.render import write_html

    out = write_html(graph, tmp_path / "focus.html", focus="روسيا")
    p = Page(browser, out)
    assert p.js("window.ckgView.state.focus") == "RUS"
    assert p.js("window.ckgView.shown.nodes") < graph.number_of_nodes()
    assert p.remote() == [] and p.errors == []
    p.page.close()

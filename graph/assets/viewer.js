/* conflictkg viewer UI: legend, filters, search/focus, evidence tooltips.
 *
 * Inlined into the page by conflictkg.graph.render. pyvis's template calls
 * ckgCreateNetwork() instead of `new vis.Network`. Every string that comes
 * from an article is inserted with textContent (never innerHTML).
 * window.ckgView exposes state for tests and benchmarks.
 */
(function () {
  "use strict";

  var DATA = null;
  var NET = null;
  var VIS = null;
  var hiddenNodes = {};
  var hiddenEdges = {};
  var eventIndex = {};
  var state = { types: {}, asserted: true, inferred: true, since: "", until: "",
                focus: null, depth: 1, sizeBy: "degree", isolated: true };
  var view = { ready: false, settled: false, settleMs: null, shown: { nodes: 0, edges: 0 },
              headMs: performance.now() };
  window.ckgView = view;

  function data() {
    if (DATA === null) {
      DATA = JSON.parse(document.getElementById("ckg-data").textContent);
    }
    return DATA;
  }

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    if (attrs) {
      Object.keys(attrs).forEach(function (k) {
        if (k === "class") { node.className = attrs[k]; }
        else if (k === "style") { node.style.cssText = attrs[k]; }
        else { node.setAttribute(k, attrs[k]); }
      });
    }
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }

  function nodeName(id) {
    var n = data().nodes[id];
    return n ? n.label : id;
  }

  // ---------------------------------------------------------------- filters
  // A vis edge is a bundle: one line per (ends, type, inferred), its events in e.members.
  function memberVisible(m) {
    if (!(state.since || state.until)) { return true; }
    if (!m.date) { return false; }
    if (state.since && m.date < state.since) { return false; }
    if (state.until && m.date > state.until) { return false; }
    return true;
  }

  function edgeVisible(e) {
    if (!state.types[e.type]) { return false; }
    if (e.inferred ? !state.inferred : !state.asserted) { return false; }
    if (e.structural || !(state.since || state.until)) { return true; }
    return e.members.some(memberVisible);
  }

  function narrowed() {
    if (!state.asserted || !state.inferred || state.since || state.until || !state.isolated) {
      return true;
    }
    return Object.keys(state.types).some(function (t) { return !state.types[t]; });
  }

  function apply(fit) {
    var D = data();
    var edgeIds = Object.keys(D.edges);
    var showEdge = {};
    var showNode = {};
    var i, id, e;
    for (i = 0; i < edgeIds.length; i++) {
      id = edgeIds[i];
      if (edgeVisible(D.edges[id])) { showEdge[id] = true; }
    }
    if (state.focus !== null) {
      showNode[state.focus] = true;
      var frontier = {};
      frontier[state.focus] = true;
      for (var hop = 0; hop < state.depth; hop++) {
        var next = {};
        for (id in showEdge) {
          e = D.edges[id];
          if (frontier[e.from] && !showNode[e.to]) { next[e.to] = true; }
          if (frontier[e.to] && !showNode[e.from]) { next[e.from] = true; }
        }
        Object.keys(next).forEach(function (n) { showNode[n] = true; });
        frontier = next;
      }
      for (id in showEdge) {
        e = D.edges[id];
        if (!(showNode[e.from] && showNode[e.to])) { delete showEdge[id]; }
      }
    } else if (!narrowed()) {
      Object.keys(D.nodes).forEach(function (n) { showNode[n] = true; });
    } else {
      for (id in showEdge) {
        e = D.edges[id];
        if (!e.structural) { showNode[e.from] = true; showNode[e.to] = true; }
      }
      // roles and part-of links stay beside the actors whose events are shown
      var changed = true;
      var pass = 0;
      while (changed && pass < 6) {
        changed = false;
        pass++;
        for (id in showEdge) {
          e = D.edges[id];
          if (e.structural && (showNode[e.from] || showNode[e.to]) &&
              !(showNode[e.from] && showNode[e.to])) {
            showNode[e.from] = showNode[e.to] = true;
            changed = true;
          }
        }
      }
      for (id in showEdge) {
        e = D.edges[id];
        if (!(showNode[e.from] && showNode[e.to])) { delete showEdge[id]; }
      }
    }
    var nodeUpdates = [];
    var edgeUpdates = [];
    var shownNodes = 0;
    var shownEdges = 0;
    var shownEvents = 0;
    Object.keys(D.nodes).forEach(function (n) {
      var hide = !showNode[n];
      if (!hide) { shownNodes++; }
      if ((hiddenNodes[n] || false) !== hide) { hiddenNodes[n] = hide; nodeUpdates.push({ id: n, hidden: hide }); }
    });
    for (i = 0; i < edgeIds.length; i++) {
      id = edgeIds[i];
      var hide = !showEdge[id];
      if (!hide) {
        shownEdges++;
        shownEvents += D.edges[id].structural ? 0 : D.edges[id].members.filter(memberVisible).length;
      }
      if ((hiddenEdges[id] || false) !== hide) { hiddenEdges[id] = hide; edgeUpdates.push({ id: id, hidden: hide }); }
    }
    if (nodeUpdates.length) { VIS.nodes.update(nodeUpdates); }
    if (edgeUpdates.length) { VIS.edges.update(edgeUpdates); }
    view.shown = { nodes: shownNodes, edges: shownEdges, events: shownEvents };
    var stats = document.getElementById("ckg-stats");
    if (stats) {
      stats.textContent = shownNodes + " / " + Object.keys(D.nodes).length + " actors, " +
        shownEvents + " / " + view.totalEvents + " events shown";
    }
    if (fit && NET) {
      var ids = Object.keys(showNode);
      if (ids.length) { NET.fit({ nodes: ids, animation: false }); }
    }
  }

  function setFocus(id) {
    state.focus = (id === null || id === undefined || !(id in data().nodes)) ? null : id;
    var box = document.getElementById("ckg-search");
    if (box && state.focus !== null) { box.value = nodeName(state.focus); }
    apply(true);
    if (NET) {
      if (state.focus !== null) { NET.selectNodes([state.focus]); showNodeDetails(state.focus); }
      else { NET.unselectAll(); }
    }
  }

  function findActor(text) {
    var D = data();
    var q = (text || "").trim();
    if (!q) { return null; }
    if (q in D.nodes) { return q; }
    var lower = q.toLowerCase();
    var ids = Object.keys(D.nodes).sort();
    var i, n, names, j;
    for (i = 0; i < ids.length; i++) {
      n = D.nodes[ids[i]];
      names = [n.label, n.name_en || ""].concat(n.labels || []);
      for (j = 0; j < names.length; j++) {
        if (names[j] && names[j].toLowerCase() === lower) { return ids[i]; }
      }
    }
    for (i = 0; i < ids.length; i++) {  // then a substring match
      n = D.nodes[ids[i]];
      names = [n.label, n.name_en || ""].concat(n.labels || []);
      for (j = 0; j < names.length; j++) {
        if (names[j] && names[j].toLowerCase().indexOf(lower) >= 0) { return ids[i]; }
      }
    }
    return null;
  }

  // ------------------------------------------------------------ evidence UI
  function evidenceBlock(e, m) {
    var box = el("div", { class: "ckg-ev" });
    var head = el("div", { class: "ckg-ev-head" });
    head.appendChild(el("span", { class: "ckg-swatch", style: "background:" + (data().edgeColor[e.type] || "#666") }));
    head.appendChild(el("bdi", null, nodeName(e.from)));
    head.appendChild(el("span", { class: "ckg-rel" }, " " + e.type.replace("_", " ") + " "));
    head.appendChild(el("bdi", null, nodeName(e.to)));
    box.appendChild(head);
    var meta = [];
    if (m.date) { meta.push(m.date); }
    if (m.article) { meta.push("article " + m.article); }
    if (e.inferred) { meta.push("inferred" + (m.rule ? " (" + m.rule + ")" : "")); }
    if (e.structural) { meta.push("from roles / part-of"); }
    if (meta.length) { box.appendChild(el("div", { class: "ckg-meta" }, meta.join(" · "))); }
    if (m.title) { box.appendChild(el("div", { class: "ckg-title", dir: "auto" }, m.title)); }
    if (m.evidence) { box.appendChild(el("blockquote", { dir: "auto" }, m.evidence)); }
    if (m.support && m.support.length) {
      var sup = el("div", { class: "ckg-support" });
      sup.appendChild(el("div", { class: "ckg-meta" }, "derived from " + m.support.length + " fact(s):"));
      m.support.slice(0, 4).forEach(function (iri) {
        var s = eventIndex[iri];
        if (s) { sup.appendChild(evidenceBlock(s.e, s.m)); }
        else { sup.appendChild(el("div", { class: "ckg-meta" }, iri)); }
      });
      box.appendChild(sup);
    }
    return box;
  }

  function edgeContent(e, limit) {
    var box = el("div");
    var members = e.members.filter(memberVisible);
    if (members.length > 1) {
      box.appendChild(el("div", { class: "ckg-meta" }, members.length + " events"));
    }
    members.slice(0, limit).forEach(function (m) { box.appendChild(evidenceBlock(e, m)); });
    if (members.length > limit) {
      box.appendChild(el("div", { class: "ckg-meta" }, "+ " + (members.length - limit) + " more (click)"));
    }
    return box;
  }

  function nodeContent(id) {
    var n = data().nodes[id];
    var box = el("div");
    box.appendChild(el("div", { class: "ckg-name", dir: "auto" }, n.label));
    var lines = [id, n.subtype ? n.type + " / " + n.subtype : n.type];
    if (n.name_en) { lines.push(n.name_en); }
    if (n.state && n.state !== id) { lines.push("belongs to " + nodeName(n.state)); }
    lines.push(n.degree + " relation(s)");
    if (n.killed || n.wounded) { lines.push(n.killed + " killed, " + n.wounded + " wounded (reported)"); }
    lines.forEach(function (t) { box.appendChild(el("div", { class: "ckg-meta" }, t)); });
    if (n.labels && n.labels.length > 1) {
      box.appendChild(el("div", { class: "ckg-meta", dir: "auto" }, n.labels.join(" · ")));
    }
    return box;
  }

  function showDetails(content) {
    var panel = document.getElementById("ckg-details");
    if (!panel) { return; }
    while (panel.firstChild) { panel.removeChild(panel.firstChild); }
    panel.appendChild(content);
  }

  function showNodeDetails(id) {
    var D = data();
    var box = nodeContent(id);
    var shown = 0;
    Object.keys(D.edges).forEach(function (eid) {
      var e = D.edges[eid];
      if ((e.from === id || e.to === id) && !hiddenEdges[eid] && !e.structural) {
        e.members.filter(memberVisible).forEach(function (m) {
          if (shown < 80) { box.appendChild(evidenceBlock(e, m)); shown++; }
        });
      }
    });
    showDetails(box);
  }

  var tip = null;
  function showTip(content, pointer) {
    if (!tip) { return; }
    while (tip.firstChild) { tip.removeChild(tip.firstChild); }
    tip.appendChild(content);
    var x = pointer && pointer.DOM ? pointer.DOM.x : 0;
    var y = pointer && pointer.DOM ? pointer.DOM.y : 0;
    tip.hidden = false;
    var box = tip.parentNode ? tip.parentNode.getBoundingClientRect() : { width: 1e4, height: 1e4 };
    var w = tip.offsetWidth;
    var h = tip.offsetHeight;
    // keep the tooltip inside the network pane
    var left = x + 14 + w > box.width ? Math.max(0, x - 14 - w) : x + 14;
    var top = y + 14 + h > box.height ? Math.max(0, box.height - h - 4) : y + 14;
    tip.style.left = left + "px";
    tip.style.top = top + "px";
  }
  function hideTip() { if (tip) { tip.hidden = true; } }

  // ------------------------------------------------------------------ panel
  function section(parent, title) {
    var s = el("section");
    s.appendChild(el("h2", null, title));
    parent.appendChild(s);
    return s;
  }

  function buildPanel(D) {
    var panel = el("aside", { id: "ckg-panel" });
    panel.appendChild(el("h1", null, D.title || "conflictkg"));
    panel.appendChild(el("div", { id: "ckg-stats", class: "ckg-meta" }));

    var s = section(panel, "Find an actor");
    var input = el("input", { id: "ckg-search", type: "search", list: "ckg-actors",
                              placeholder: "id or name (Enter to focus)", autocomplete: "off" });
    var list = el("datalist", { id: "ckg-actors" });
    var filled = false;
    function fillList() {  // on first use: 5,000 options cost ~0.2 s at load
      if (filled) { return; }
      filled = true;
      Object.keys(D.nodes).sort().forEach(function (id) {
        var o = document.createElement("option");
        o.value = D.nodes[id].label;
        o.label = id + (D.nodes[id].name_en ? " · " + D.nodes[id].name_en : "");
        list.appendChild(o);
      });
    }
    input.addEventListener("focus", fillList);
    var go = el("button", { id: "ckg-focus-btn", type: "button" }, "Focus");
    var all = el("button", { id: "ckg-clear", type: "button" }, "Show all");
    var msg = el("div", { id: "ckg-search-msg", class: "ckg-meta" });
    var depthLab = el("label", { class: "ckg-date" }, "neighbourhood ");
    var depth = el("select", { id: "ckg-depth" });
    [1, 2, 3].forEach(function (d) {
      depth.appendChild(el("option", { value: String(d) }, d + (d === 1 ? " step" : " steps")));
    });
    depth.addEventListener("change", function () {
      state.depth = parseInt(depth.value, 10) || 1;
      if (state.focus !== null) { apply(true); }
    });
    depthLab.appendChild(depth);
    function doFocus() {
      var id = findActor(input.value);
      msg.textContent = id === null ? "no actor matches" : "";
      if (id !== null) { setFocus(id); }
    }
    go.addEventListener("click", doFocus);
    input.addEventListener("keydown", function (ev) { if (ev.key === "Enter") { doFocus(); } });
    all.addEventListener("click", function () { input.value = ""; msg.textContent = ""; setFocus(null); });
    [input, list, go, all, depthLab, msg].forEach(function (x) { s.appendChild(x); });

    s = section(panel, "Relations");
    var counts = {};
    Object.keys(D.edges).forEach(function (id) {
      var t = D.edges[id].type;
      counts[t] = (counts[t] || 0) + D.edges[id].members.length;
    });
    Object.keys(counts).sort().forEach(function (t) {
      state.types[t] = true;
      var lab = el("label", { class: "ckg-check" });
      var box = el("input", { type: "checkbox", "data-type": t });
      box.checked = true;
      box.addEventListener("change", function () { state.types[t] = box.checked; apply(false); });
      lab.appendChild(box);
      var line = D.symmetric.indexOf(t) >= 0 ? "ckg-line" : "ckg-line ckg-arrow";
      lab.appendChild(el("span", { class: line, style: "border-color:" + (D.edgeColor[t] || "#666") }));
      lab.appendChild(el("span", null, t.replace("_", " ") + " (" + counts[t] + ")"));
      s.appendChild(lab);
    });

    s = section(panel, "Facts");
    [["asserted", "asserted (solid)"], ["inferred", "inferred (dashed)"]].forEach(function (p) {
      var lab = el("label", { class: "ckg-check" });
      var box = el("input", { type: "checkbox", id: "ckg-" + p[0] });
      box.checked = true;
      box.addEventListener("change", function () { state[p[0]] = box.checked; apply(false); });
      lab.appendChild(box);
      lab.appendChild(el("span", null, p[1]));
      s.appendChild(lab);
    });

    s = section(panel, "Dates");
    var dates = [];
    Object.keys(D.edges).forEach(function (id) {
      D.edges[id].members.forEach(function (m) { if (m.date) { dates.push(m.date); } });
    });
    dates.sort();
    ["since", "until"].forEach(function (k) {
      var lab = el("label", { class: "ckg-date" }, k === "since" ? "from " : "to ");
      var inp = el("input", { type: "date", id: "ckg-" + k });
      if (dates.length) { inp.min = dates[0]; inp.max = dates[dates.length - 1]; }
      inp.addEventListener("change", function () { state[k] = inp.value || ""; apply(false); });
      lab.appendChild(inp);
      s.appendChild(lab);
    });
    if (dates.length) {
      s.appendChild(el("div", { class: "ckg-meta" }, "events dated " + dates[0] + " to " + dates[dates.length - 1]));
    }

    s = section(panel, "Actors");
    var sizeLab = el("label", { class: "ckg-date" }, "size by ");
    var sel = el("select", { id: "ckg-size" });
    [["degree", "relations"], ["casualties", "reported casualties"]].forEach(function (p) {
      var o = el("option", { value: p[0] }, p[1]);
      sel.appendChild(o);
    });
    sel.addEventListener("change", function () { state.sizeBy = sel.value; resize(); });
    sizeLab.appendChild(sel);
    s.appendChild(sizeLab);
    var isoLab = el("label", { class: "ckg-check" });
    var iso = el("input", { type: "checkbox", id: "ckg-isolated" });
    iso.checked = true;
    iso.addEventListener("change", function () { state.isolated = iso.checked; apply(false); });
    isoLab.appendChild(iso);
    isoLab.appendChild(el("span", null, "also actors without events"));
    s.appendChild(isoLab);
    var present = {};
    Object.keys(D.nodes).forEach(function (id) {
      var n = D.nodes[id];
      var key = (n.subtype && D.nodeStyle[n.subtype]) ? n.subtype : (D.nodeStyle[n.type] ? n.type : "Unknown");
      present[key] = (present[key] || 0) + 1;
    });
    Object.keys(present).sort().forEach(function (k) {
      var row = el("div", { class: "ckg-legend" });
      row.appendChild(el("span", { class: "ckg-shape ckg-shape-" + D.nodeStyle[k][1],
                                   style: "background:" + D.nodeStyle[k][0] }));
      row.appendChild(el("span", null, k + " (" + present[k] + ")"));
      s.appendChild(row);
    });

    s = section(panel, "Details");
    var det = el("div", { id: "ckg-details" });
    det.appendChild(el("div", { class: "ckg-meta" },
      "Hover an actor or a relation for its evidence; click for all of it; double-click to focus."));
    s.appendChild(det);
    document.body.insertBefore(panel, document.body.firstChild);
  }

  function resize() {
    var D = data();
    var ups = Object.keys(D.nodes).map(function (id) {
      var n = D.nodes[id];
      var v = state.sizeBy === "casualties" ? (n.killed || 0) + (n.wounded || 0) : n.degree;
      return { id: id, size: Math.round((8 + (state.sizeBy === "casualties" ? 3 : 4) * Math.sqrt(v)) * 10) / 10 };
    });
    VIS.nodes.update(ups);
  }

  // ------------------------------------------------------------ entry point
  window.ckgCreateNetwork = function (container, visData, options) {
    var D = data();
    VIS = visData;
    var start = performance.now();
    view.createMs = start;
    var linked = {};
    view.totalEvents = 0;
    Object.keys(D.edges).forEach(function (id) {
      var e = D.edges[id];
      e.members.forEach(function (m) { if (m.event) { eventIndex[m.event] = { e: e, m: m }; } });
      if (!e.structural) { view.totalEvents += e.members.length; }
      linked[e.from] = linked[e.to] = true;
    });
    Object.keys(D.nodes).forEach(function (id) { D.nodes[id].isolated = !linked[id]; });
    view.timings = { index: performance.now() - start };
    buildPanel(D);
    view.timings.panel = performance.now() - start;
    NET = new vis.Network(container, visData, options);
    view.timings.network = performance.now() - start;
    tip = el("div", { id: "ckg-tip", class: "ckg-tip" });
    tip.hidden = true;
    container.appendChild(tip);
    var settle = function () {
      if (view.settled) { return; }
      if (options.physics && options.physics.enabled) { NET.setOptions({ physics: { enabled: false } }); }
      view.settled = true;
      view.settleMs = performance.now() - start;
    };
    if (options.physics && options.physics.enabled && visData.nodes.length > 0) {
      NET.once("stabilizationIterationsDone", settle);
      NET.once("stabilized", settle);
    } else {
      NET.once("afterDrawing", settle);
    }
    NET.on("hoverNode", function (p) { showTip(nodeContent(p.node), p.pointer); });
    NET.on("hoverEdge", function (p) { showTip(edgeContent(D.edges[p.edge], 4), p.pointer); });
    NET.on("blurNode", hideTip);
    NET.on("blurEdge", hideTip);
    NET.on("dragStart", hideTip);
    NET.on("zoom", hideTip);
    NET.on("click", function (p) {
      if (p.nodes.length) { showNodeDetails(p.nodes[0]); }
      else if (p.edges.length) { showDetails(edgeContent(D.edges[p.edges[0]], 200)); }
    });
    NET.on("doubleClick", function (p) { if (p.nodes.length) { setFocus(p.nodes[0]); } });
    if (D.focus !== null && D.focus !== undefined) {
      state.focus = D.focus;
      var box = document.getElementById("ckg-search");
      if (box) { box.value = nodeName(D.focus); }
    }
    apply(false);
    view.timings.apply = performance.now() - start;
    if (state.focus !== null) {
      NET.once("afterDrawing", function () { apply(true); NET.selectNodes([state.focus]); showNodeDetails(state.focus); });
    }
    view.network = NET;
    view.focus = setFocus;
    view.apply = function () { apply(false); };
    view.state = state;
    view.ready = true;
    return NET;
  };
})();

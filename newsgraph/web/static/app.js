// newsgraph explorer. Article text and every stored string are untrusted: they reach the page
// only through textContent, element attributes set one by one, or SVG text nodes; never as HTML.
"use strict";

const API = "/api";
const PAGE = 1000;      // the API's largest page
const MAX_EVENTS = 20000;
const SVG = "http://www.w3.org/2000/svg";

const state = {
  events: [],           // every event under the server-side filters
  byId: new Map(),
  brush: null,          // [fromDate, toDate] strings, or null
  actor: null,          // actor id the network filters by
  actorNames: new Map(),
  selectedEvent: null,
  article: null,        // the annotated article in the reader
  graph: { nodes: [], edges: [] },
};

// -- small helpers ---------------------------------------------------------------------------

function el(tag, attrs, text) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === "class") node.className = v;
    else if (k.startsWith("data-")) node.setAttribute(k, v);
    else node[k] = v;
  }
  if (text !== undefined && text !== null) node.textContent = String(text);
  return node;
}

function svgEl(tag, attrs, text) {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, String(v));
  if (text !== undefined && text !== null) node.textContent = String(text);
  return node;
}

function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }

async function getJSON(path, params) {
  const url = new URL(API + path, window.location.origin);
  for (const [k, v] of Object.entries(params || {})) if (v !== null && v !== undefined && v !== "") url.searchParams.set(k, v);
  const res = await fetch(url);
  const body = await res.json();
  if (!res.ok) throw new Error((body.error && body.error.message) || res.statusText);
  return body;
}

function status(text) { document.getElementById("status").textContent = text; }

function serverFilters() {
  const p = {};
  const type = document.getElementById("f-type").value;
  const modality = document.getElementById("f-modality").value;
  const conf = parseFloat(document.getElementById("f-conf").value);
  if (type) p.type = type;
  if (modality) p.modality = modality;
  if (conf > 0) p.min_confidence = conf;
  if (state.actor) p.actor = state.actor;
  return p;
}

function visibleEvents() {
  if (!state.brush) return state.events;
  const [a, b] = state.brush;
  return state.events.filter((e) => e.effective_date && e.effective_date >= a && e.effective_date <= b);
}

function actorName(id) { return state.actorNames.get(id) || id; }

// -- loading ---------------------------------------------------------------------------------

async function loadFacets() {
  const facets = await getJSON("/events/facets");
  for (const [id, list] of [["f-type", facets.types], ["f-modality", facets.modalities]]) {
    const select = document.getElementById(id);
    for (const f of list) select.appendChild(el("option", { value: f.value }, `${f.value} (${f.count})`));
  }
}

async function loadEvents() {
  status("loading events…");
  const params = serverFilters();
  const events = [];
  let total = 0;
  for (let offset = 0; offset < MAX_EVENTS; offset += PAGE) {
    const page = await getJSON("/events", { ...params, limit: PAGE, offset });
    events.push(...page.items);
    total = page.total;
    if (offset + PAGE >= page.total) break;
  }
  state.events = events;
  state.byId = new Map(events.map((e) => [e.id + "@" + e.article_id, e]));
  const graph = await getJSON("/graph", { ...params, max_events: 5000 });
  state.graph = graph;
  for (const n of graph.nodes) state.actorNames.set(n.id, n.name);
  status(`${total} event(s)` + (total > events.length ? ` (showing ${events.length})` : ""));
  renderAll();
  loadQuotes();
}

function renderAll() {
  const visible = visibleEvents();
  renderMap(visible);
  renderTimeline();
  renderNetwork(visible);
  renderChips();
}

function renderChips() {
  const a = document.getElementById("f-actor");
  a.hidden = !state.actor;
  a.textContent = state.actor ? `actor: ${actorName(state.actor)} ✕` : "";
  const d = document.getElementById("f-dates");
  d.hidden = !state.brush;
  d.textContent = state.brush ? `${state.brush[0]} – ${state.brush[1]} ✕` : "";
}

// -- map -------------------------------------------------------------------------------------

let map, eventLayer, placeLayer;

async function initMap() {
  map = L.map("map", { worldCopyJump: true, minZoom: 1, zoomSnap: 0.5 }).setView([25, 20], 2);
  const world = await (await fetch("/static/vendor/countries-110m.geojson")).json();
  L.geoJSON(world, { interactive: false, style: { color: "#90a4ae", weight: 0.6, fillColor: "#fafafa", fillOpacity: 1 } }).addTo(map);
  placeLayer = L.layerGroup().addTo(map);
  eventLayer = L.layerGroup().addTo(map);
  const places = await getJSON("/places", { limit: PAGE });
  for (const p of places.items) {
    if (p.lat === null || p.lon === null) continue;
    const m = L.circleMarker([p.lat, p.lon], { radius: 3, color: "#2e7d32", weight: 1, fillOpacity: 0.5, className: "ng-place-marker" });
    m.bindTooltip(() => document.createTextNode(p.name));
    m.on("click", () => showRecord(`/places/${encodeURIComponent(p.id)}`));
    m.addTo(placeLayer);
  }
}

function renderMap(events) {
  if (!eventLayer) return;
  eventLayer.clearLayers();
  const groups = new Map();
  for (const e of events) {
    const p = e.place_record;
    if (!p || p.lat === null || p.lon === null) continue;
    const key = p.lat.toFixed(3) + "," + p.lon.toFixed(3);
    if (!groups.has(key)) groups.set(key, { lat: p.lat, lon: p.lon, name: p.name, events: [] });
    groups.get(key).events.push(e);
  }
  for (const g of groups.values()) {
    const m = L.circleMarker([g.lat, g.lon], {
      radius: Math.min(18, 5 + Math.sqrt(g.events.length) * 2), color: "#b71c1c", weight: 1, fillColor: "#e53935",
      fillOpacity: 0.7, className: "ng-event-marker",
    });
    m.bindTooltip(() => document.createTextNode(`${g.name || "?"}: ${g.events.length} event(s)`));
    m.on("click", () => showEventsHere(g));
    m.on("add", () => {
      const node = m.getElement();
      if (node) { node.setAttribute("data-event", g.events[0].id); node.setAttribute("data-article", g.events[0].article_id); }
    });
    m.addTo(eventLayer);
  }
}

function showEventsHere(group) {
  const list = document.getElementById("here");
  clear(list);
  for (const e of group.events.slice(0, 200)) {
    const li = el("li", {}, `${e.effective_date || "????"} · ${e.type} (${e.modality}) · ${e.evidence.text.slice(0, 90)}`);
    li.addEventListener("click", () => openEvent(e));
    list.appendChild(li);
  }
  openEvent(group.events[0]);
}

// -- timeline with a brush -------------------------------------------------------------------

function dayNumber(iso) { return Math.floor(Date.parse(iso.slice(0, 10) + "T00:00:00Z") / 86400000); }
function isoOfDay(n) { return new Date(n * 86400000).toISOString().slice(0, 10); }

function renderTimeline() {
  const svg = document.getElementById("timeline");
  clear(svg);
  const dated = state.events.filter((e) => e.effective_date && /^\d{4}-\d{2}-\d{2}/.test(e.effective_date));
  const width = svg.clientWidth || 600, height = svg.clientHeight || 120, pad = 18;
  if (!dated.length) { svg.appendChild(svgEl("text", { x: 10, y: 20, class: "axis" }, "no dated events")); return; }
  const days = dated.map((e) => dayNumber(e.effective_date));
  let lo = Math.min(...days), hi = Math.max(...days);
  if (hi - lo < 10) { lo -= 5; hi += 5; }
  const span = hi - lo + 1;
  const bucket = span > 800 ? 30 : span > 200 ? 7 : 1;
  const nb = Math.ceil(span / bucket);
  const counts = new Array(nb).fill(0);
  for (const d of days) counts[Math.floor((d - lo) / bucket)]++;
  const maxCount = Math.max(...counts);
  const x = (day) => pad + ((day - lo) / span) * (width - 2 * pad);
  const bw = Math.max(1, (width - 2 * pad) / nb - 1);
  const inBrush = (day) => !state.brush || (isoOfDay(day) >= state.brush[0] && isoOfDay(day + bucket - 1) <= state.brush[1]);
  counts.forEach((c, i) => {
    if (!c) return;
    const day = lo + i * bucket, h = ((height - 2 * pad) * c) / maxCount;
    const rect = svgEl("rect", { x: x(day), y: height - pad - h, width: bw, height: h, class: "bar" + (state.brush && inBrush(day) ? " in" : "") });
    rect.appendChild(svgEl("title", {}, `${isoOfDay(day)}: ${c}`));
    svg.appendChild(rect);
  });
  svg.appendChild(svgEl("text", { x: pad, y: height - 4, class: "axis" }, isoOfDay(lo)));
  svg.appendChild(svgEl("text", { x: width - pad, y: height - 4, class: "axis", "text-anchor": "end" }, isoOfDay(hi)));
  const brush = svgEl("rect", { class: "brush", y: pad / 2, height: height - pad * 1.5, x: 0, width: 0, visibility: "hidden" });
  if (state.brush) {
    const a = x(dayNumber(state.brush[0])), b = x(dayNumber(state.brush[1]) + 1);
    brush.setAttribute("x", a); brush.setAttribute("width", Math.max(2, b - a)); brush.setAttribute("visibility", "visible");
  }
  svg.appendChild(brush);
  const toDay = (px) => Math.round(lo + ((px - pad) / (width - 2 * pad)) * span);
  svg.onmousedown = (ev) => {
    const rect = svg.getBoundingClientRect(), x0 = ev.clientX - rect.left;
    brush.setAttribute("visibility", "visible");
    const move = (m) => {
      const x1 = m.clientX - rect.left;
      brush.setAttribute("x", Math.min(x0, x1)); brush.setAttribute("width", Math.abs(x1 - x0));
    };
    const up = (u) => {
      window.removeEventListener("mousemove", move); window.removeEventListener("mouseup", up);
      const x1 = u.clientX - rect.left;
      if (Math.abs(x1 - x0) < 3) return;
      const a = toDay(Math.min(x0, x1)), b = toDay(Math.max(x0, x1));
      setBrush([isoOfDay(Math.max(lo, a)), isoOfDay(Math.min(hi, b))]);
    };
    window.addEventListener("mousemove", move); window.addEventListener("mouseup", up);
  };
  svg.ondblclick = () => setBrush(null);
}

function setBrush(range) { state.brush = range; renderAll(); }

// -- actor network (d3-force) ----------------------------------------------------------------

let simulation = null;

function renderNetwork(events) {
  const svg = document.getElementById("network");
  clear(svg);
  if (simulation) simulation.stop();
  const width = svg.clientWidth || 400, height = svg.clientHeight || 300;
  const edges = new Map();
  for (const e of events) for (const s of e.source || []) for (const t of e.target || []) {
    const key = s + "\u0000" + t;
    if (!edges.has(key)) edges.set(key, { source: s, target: t, weight: 0, kind: "event" });
    edges.get(key).weight++;
  }
  for (const r of state.graph.edges) if (r.kind === "relation") edges.set(r.source + "\u0001" + r.target, { ...r });
  // who speaks of whom: only under no brush, since quotes are not on the timeline
  if (!state.brush) for (const r of state.graph.edges) if (r.kind === "quote") {
    const key = r.source + "\u0002" + r.target;
    if (!edges.has(key)) edges.set(key, { ...r });
  }
  const degree = new Map();
  for (const e of edges.values()) for (const id of [e.source, e.target]) degree.set(id, (degree.get(id) || 0) + e.weight);
  if (state.actor && !degree.has(state.actor)) degree.set(state.actor, 1);
  const keep = new Set([...degree.entries()].sort((a, b) => b[1] - a[1]).slice(0, 150).map(([id]) => id));
  const nodes = [...keep].map((id) => ({ id, degree: degree.get(id) }));
  const links = [...edges.values()].filter((e) => keep.has(e.source) && keep.has(e.target) && e.source !== e.target).map((e) => ({ ...e }));
  if (!nodes.length) { svg.appendChild(svgEl("text", { x: 10, y: 20, class: "axis" }, "no actors linked by events yet")); return; }
  const linkEls = links.map((l) => svg.appendChild(svgEl("line", { class: "edge " + l.kind, "stroke-width": Math.min(6, 1 + Math.log2(l.weight)) })));
  // label the best-linked actors (and the one selected); the others name themselves on hover
  const labelled = new Set([...nodes].sort((a, b) => b.degree - a.degree).slice(0, 30).map((n) => n.id));
  const nodeEls = nodes.map((n) => {
    const g = svgEl("g", { class: "node" + (n.id === state.actor ? " active" : ""), "data-actor": n.id });
    n.r = Math.min(14, 4 + Math.sqrt(n.degree) * 1.5);
    g.appendChild(svgEl("circle", { r: n.r, fill: "#1e88e5" }));
    if (labelled.has(n.id) || n.id === state.actor) g.appendChild(svgEl("text", { x: n.r + 2, y: 3 }, actorName(n.id)));
    g.appendChild(svgEl("title", {}, `${actorName(n.id)} (${n.id})`));
    g.addEventListener("click", () => setActor(n.id === state.actor ? null : n.id));
    svg.appendChild(g);
    return g;
  });
  simulation = d3.forceSimulation(nodes)
    .force("link", d3.forceLink(links).id((d) => d.id).distance(60))
    // repulsion shrinks as the network grows, so a big one still fits the panel instead of piling on its edges
    .force("charge", d3.forceManyBody().strength(-Math.max(12, 900 / Math.sqrt(nodes.length))).distanceMax(Math.max(width, height) / 2))
    .force("collide", d3.forceCollide((d) => d.r + 2))
    .force("center", d3.forceCenter(width / 2, height / 2))
    .force("x", d3.forceX(width / 2).strength(0.1)).force("y", d3.forceY(height / 2).strength(0.15))
    .on("tick", () => {
      links.forEach((l, i) => {
        const line = linkEls[i];
        line.setAttribute("x1", l.source.x); line.setAttribute("y1", l.source.y);
        line.setAttribute("x2", l.target.x); line.setAttribute("y2", l.target.y);
      });
      nodes.forEach((n, i) => {
        n.x = Math.max(8, Math.min(width - 8, n.x)); n.y = Math.max(8, Math.min(height - 8, n.y));
        nodeEls[i].setAttribute("transform", `translate(${n.x},${n.y})`);
      });
    });
  if (nodes.length > 80) simulation.alphaDecay(0.05);
}

function setActor(id) { state.actor = id; loadEvents(); }

// -- quotes by speaker -----------------------------------------------------------------------

async function loadQuotes() {
  const box = document.getElementById("quotes");
  const page = await getJSON("/quotes", { limit: PAGE, speaker: state.actor });
  clear(box);
  if (!page.items.length) { box.appendChild(el("p", {}, "no quotes stored")); return; }
  const bySpeaker = new Map();
  for (const q of page.items) {
    const who = q.speaker_name || q.speaker || "unattributed";
    if (!bySpeaker.has(who)) bySpeaker.set(who, []);
    bySpeaker.get(who).push(q);
  }
  for (const [who, list] of [...bySpeaker.entries()].sort((a, b) => b[1].length - a[1].length)) {
    box.appendChild(el("div", { class: "speaker", "data-speaker": who }, `${who} (${list.length})`));
    for (const q of list) {
      const div = el("div", { class: "quote" }, /^["“‘']/.test(q.text) ? q.text : `“${q.text}”`);
      div.addEventListener("click", () => openArticle(q.article_id, { start: q.start, end: q.end }));
      box.appendChild(div);
    }
  }
}

// -- articles list and reader ----------------------------------------------------------------

async function loadArticles() {
  const list = document.getElementById("articles");
  const page = await getJSON("/articles", { limit: 200 });
  clear(list);
  for (const a of page.items) {
    const li = el("li", { "data-article": a.id }, `${a.published || "----------"} · ${a.title || "(no title)"} · ${a.events} event(s)`);
    li.addEventListener("click", () => openArticle(a.id, null));
    list.appendChild(li);
  }
}

function openEvent(e) {
  state.selectedEvent = e;
  openArticle(e.article_id, { start: e.evidence.start, end: e.evidence.end }, e);
}

async function openArticle(articleId, highlight, event) {
  const art = await getJSON(`/articles/${encodeURIComponent(articleId)}/annotated`);
  state.article = art;
  document.getElementById("reader-title").textContent = art.title || "(no title)";
  document.getElementById("reader-meta").textContent = [art.published, art.source, art.id].filter(Boolean).join(" · ");
  renderReader(art, highlight);
  if (event) showJSON(event, null);
}

function renderReader(art, highlight) {
  const box = document.getElementById("reader");
  clear(box);
  const text = art.text;
  const cuts = new Set([0, text.length]);
  for (const a of art.annotations) { cuts.add(a.start); cuts.add(a.end); }
  if (highlight) { cuts.add(highlight.start); cuts.add(highlight.end); }
  const points = [...cuts].filter((c) => c >= 0 && c <= text.length).sort((a, b) => a - b);
  let first = null;
  for (let i = 0; i + 1 < points.length; i++) {
    const s = points[i], e = points[i + 1];
    const covering = art.annotations.filter((a) => a.start <= s && a.end >= e);
    const selected = highlight && highlight.start <= s && highlight.end >= e;
    if (!covering.length && !selected) { box.appendChild(document.createTextNode(text.slice(s, e))); continue; }
    const kinds = [...new Set(covering.map((a) => "ann-" + a.kind))];
    const span = el("span", { class: ["ann", ...kinds, selected ? "ng-selected" : ""].join(" ").trim() }, text.slice(s, e));
    if (covering.length) {
      const inner = covering.reduce((a, b) => (b.end - b.start < a.end - a.start ? b : a));
      span.title = covering.map((a) => `${a.kind}: ${a.label || a.ref || ""}`).join("\n");
      span.addEventListener("click", () => openAnnotation(inner));
    }
    box.appendChild(span);
    if (selected && !first) first = span;
  }
  if (first) first.scrollIntoView({ block: "center" });
}

function openAnnotation(a) {
  if (a.kind === "actor" && a.ref) showRecord(`/actors/${encodeURIComponent(a.ref)}`);
  else if (a.kind === "place" && a.ref) showRecord(`/places/${encodeURIComponent(a.ref)}`);
  else if (a.kind === "quote" && a.ref) showRecord(`/actors/${encodeURIComponent(a.ref)}`);
  else if (a.kind === "event" || a.kind === "trigger" || a.kind === "object") {
    const e = state.byId.get(a.ref + "@" + (state.article && state.article.id));
    if (e) showJSON(e, null);
    else showRecord(`/events?article=${encodeURIComponent(state.article.id)}`);
  } else showJSON(a, null);
}

async function showRecord(path) {
  try {
    const [p, query] = path.split("?");
    const params = Object.fromEntries(new URLSearchParams(query || ""));
    showJSON(await getJSON(p, params), API + path);
  } catch (err) {
    showJSON({ error: String(err.message || err) }, null);
  }
}

function showJSON(obj, link) {
  const box = document.getElementById("record");
  clear(box);
  if (link) box.appendChild(el("a", { href: link, target: "_blank", rel: "noopener" }, link));
  box.appendChild(el("pre", {}, JSON.stringify(obj, null, 2)));
}

// -- start -----------------------------------------------------------------------------------

function wireFilters() {
  for (const id of ["f-type", "f-modality"]) document.getElementById(id).addEventListener("change", loadEvents);
  const conf = document.getElementById("f-conf");
  conf.addEventListener("input", () => { document.getElementById("f-conf-out").textContent = parseFloat(conf.value).toFixed(2); });
  conf.addEventListener("change", loadEvents);
  document.getElementById("f-actor").addEventListener("click", () => setActor(null));
  document.getElementById("f-dates").addEventListener("click", () => setBrush(null));
  window.addEventListener("resize", () => renderAll());
}

async function main() {
  wireFilters();
  try {
    await initMap();
    await loadFacets();
    await loadArticles();
    await loadEvents();
    document.body.setAttribute("data-ready", "1");
  } catch (err) {
    status("error: " + (err.message || err));
    document.body.setAttribute("data-ready", "error");
  }
}

main();

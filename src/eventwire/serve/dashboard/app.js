/* eventwire dashboard: plain JavaScript over the public API (/v1/...), no third-party code.
 * State lives in the URL: the filters, the selected event and what the counts count (incidents by
 * default, `count=reports` for reports), so every view can be linked. */
"use strict";

const FILTERS = ["since", "until", "actor", "country", "type", "quad_class"];
const CATEGORIES = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
  "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"];
const QUAD = { 1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict" };
const QUAD_COLOR = { 1: "#6baed6", 2: "#2166ac", 3: "#f4a259", 4: "#c62828" };
const SVGNS = "http://www.w3.org/2000/svg";

const $ = (sel) => document.querySelector(sel);
const ui = { nextCursor: null, world: null, loadSeq: 0, network: null, updated: undefined };
const LIVE_POLL_MS = 10000;  // how often the page asks /v1/updated whether the store changed

/* ---------------------------------------------------------------- DOM, URL state and fetch */
function el(tag, attrs, ...children) {
  const node = tag.startsWith("svg:") ? document.createElementNS(SVGNS, tag.slice(4)) : document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === "on") { for (const [ev, fn] of Object.entries(v)) node.addEventListener(ev, fn); }
    else if (k === "text") node.textContent = v;
    else node.setAttribute(k, v);
  }
  for (const c of children.flat()) if (c !== null && c !== undefined) node.append(c.nodeType ? c : String(c));
  return node;
}

function state() {
  const p = new URLSearchParams(location.search);
  const f = {};
  for (const k of FILTERS) if (p.get(k)) f[k] = p.get(k);
  return { filters: f, event: p.get("event") || null, count: p.get("count") === "reports" ? "reports" : "incidents" };
}

function countParams(count) {
  // what /v1/stats counts: incidents (a happening once, however many reports) or reports
  return count === "incidents" ? { incidents: "true" } : {};
}

function setState(next, { push = true } = {}) {
  const p = new URLSearchParams();
  for (const k of FILTERS) if (next.filters[k]) p.set(k, next.filters[k]);
  if (next.event) p.set("event", next.event);
  if ((next.count || state().count) === "reports") p.set("count", "reports");
  const url = location.pathname + (p.toString() ? "?" + p : "");
  if (push) history.pushState(null, "", url); else history.replaceState(null, "", url);
  render();
}

function query(params) {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== null && v !== undefined && v !== "") p.set(k, v);
  const s = p.toString();
  return s ? "?" + s : "";
}

async function api(path, options) {
  const res = await fetch(path, options);
  let body = null;
  try { body = await res.json(); } catch (e) { body = null; }
  if (!res.ok) throw new Error((body && body.error) || `${res.status} ${res.statusText}`);
  return body;
}

function showStatus(msg, kind) {
  const s = $("#status");
  if (!msg) { s.hidden = true; return; }
  s.hidden = false; s.className = kind || ""; s.textContent = msg;
}

function actorLabel(list) {
  return (list || []).map((a) => a.name || a.text).join("; ") || "–";
}

function setTwin(name, href) {
  const a = document.querySelector(`a.twin[data-twin="${name}"]`);
  if (a) { a.href = href; a.title = "The JSON this panel shows: " + href; }
}

/* ---------------------------------------------------------------- filters form */
function initForm() {
  const sel = $("#filters select[name=type]");
  for (const c of CATEGORIES) sel.append(el("option", { value: c, text: c }));
  $("#filters").addEventListener("submit", (e) => {
    e.preventDefault();
    const f = {};
    for (const k of FILTERS) {
      const v = e.target.elements[k].value.trim();
      if (v) f[k] = k === "country" ? v.toUpperCase() : v;
    }
    setState({ filters: f, event: state().event });
  });
  $("#clear").addEventListener("click", () => setState({ filters: {}, event: null }));
  let timer = null;
  $("#filters input[name=actor]").addEventListener("input", (e) => {
    clearTimeout(timer);
    const q = e.target.value.trim();
    timer = setTimeout(async () => {
      try {
        const data = await api("/v1/actors" + query({ q, limit: 20 }));
        const list = $("#actor-list");
        list.replaceChildren(...data.actors.map((a) => el("option", { value: a.kb_id || a.name, text: `${a.name || a.kb_id} (${a.events})` })));
      } catch (err) { /* suggestions are a convenience; the filter still works */ }
    }, 200);
  });
}

function fillForm(f) {
  const form = $("#filters");
  for (const k of FILTERS) form.elements[k].value = f[k] || "";
}

/* ---------------------------------------------------------------- summary */
function renderSummary(rows, categories, f, count) {
  const box = $("#summary");
  const byQuad = { 1: 0, 2: 0, 3: 0, 4: 0 };
  let total = 0;
  for (const r of rows) { byQuad[r.key] = (byQuad[r.key] || 0) + r.count; total += r.count; }
  const kpis = [el("div", { class: "kpi" }, el("b", { id: "total-events", text: total }), el("span", { id: "total-label", text: count === "incidents" ? "incidents" : "event reports" }))];
  for (const q of [1, 2, 3, 4]) {
    kpis.push(el("div", { class: "kpi" }, el("b", { text: byQuad[q], style: `color:${QUAD_COLOR[q]}` }), el("span", { text: QUAD[q] })));
  }
  const chips = el("div", { class: "chips" });
  for (const [k, v] of Object.entries(f)) {
    chips.append(el("button", { class: "chip", type: "button", title: "Remove this filter", text: `${k}: ${v}`,
      on: { click: () => { const g = { ...f }; delete g[k]; setState({ filters: g, event: state().event }); } } }));
  }
  const byCat = {};
  for (const r of categories) byCat[r.key] = (byCat[r.key] || 0) + r.count;
  const cats = el("div", { id: "category-counts", class: "cats", title: `${count === "incidents" ? "Incidents" : "Event reports"} per PLOVER category` },
    ...Object.entries(byCat).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([k, n]) =>
      el("button", { type: "button", class: "cat", "data-category": k, "data-count": n, title: "Keep only " + k,
        on: { click: () => setState({ filters: { ...state().filters, type: k }, event: null }) } }, el("b", { text: n }), " " + k)));
  box.replaceChildren(...kpis, cats, chips);
}

function renderCountToggle(count) {
  for (const input of document.querySelectorAll("#count-toggle input[name=count]")) input.checked = input.value === count;
}

/* ---------------------------------------------------------------- timeline */
function dayAdd(iso, n) {
  const d = new Date(iso + "T00:00:00Z"); d.setUTCDate(d.getUTCDate() + n); return d.toISOString().slice(0, 10);
}

function bucketEnd(key, by) {
  if (by === "day") return key;
  if (by === "week") return dayAdd(key, 6);
  const [y, m] = key.split("-").map(Number);
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10); // last day of the month
}

function bucketNext(key, by) {
  if (by === "day") return dayAdd(key, 1);
  if (by === "week") return dayAdd(key, 7);
  const [y, m] = key.split("-").map(Number);
  return new Date(Date.UTC(y, m, 1)).toISOString().slice(0, 7);
}

function chooseBucket(dayRows) {
  // Days while the span fits the width; weeks, then months, for longer spans.
  const keys = dayRows.map((r) => r.key).filter(Boolean).sort();
  if (!keys.length) return "day";
  const span = (Date.parse(keys[keys.length - 1]) - Date.parse(keys[0])) / 86400000;
  return span <= 120 ? "day" : span <= 1100 ? "week" : "month";
}

function barRange(f) {
  // The filter's dates when they are one bar of the timeline (a day, a Monday-to-Sunday week or a
  // calendar month), else null.
  if (!f.since || !f.until) return null;
  const days = (Date.parse(f.until) - Date.parse(f.since)) / 86400000;
  const monday = new Date(f.since + "T00:00:00Z").getUTCDay() === 1;
  const month = f.since.endsWith("-01") && f.until === bucketEnd(f.since.slice(0, 7), "month");
  return days === 0 || (days === 6 && monday) || month ? { since: f.since, until: f.until } : null;
}

function renderTimeline(rows, by, f, count) {
  const svg = $("#timeline");
  svg.replaceChildren();
  svg.dataset.by = by;
  const W = Math.max(svg.clientWidth, 280), H = Math.max(svg.clientHeight, 120), left = 34, bottom = 22, top = 8;
  svg.setAttribute("viewBox", `0 0 ${W} ${H}`);
  const buckets = {};
  for (const r of rows) {
    if (!r.key) continue;
    const k = String(r.key);
    buckets[k] = buckets[k] || { 1: 0, 2: 0, 3: 0, 4: 0 };
    buckets[k][r.quad_class] = (buckets[k][r.quad_class] || 0) + r.count;
  }
  const keys = Object.keys(buckets).sort();
  const noun = count === "incidents" ? "Incidents" : "Event reports";
  $("#timeline-title").textContent = `${noun} per ${by} by quad class`;
  if (!keys.length) { svg.append(el("svg:text", { x: W / 2, y: H / 2, "text-anchor": "middle", class: "empty", text: "No dated events for these filters" })); return; }
  const all = [];
  for (let k = keys[0]; k <= keys[keys.length - 1] && all.length < 2000; k = bucketNext(k, by)) all.push(k);
  const max = Math.max(...keys.map((k) => buckets[k][1] + buckets[k][2] + buckets[k][3] + buckets[k][4]));
  const bw = Math.min((W - left - 4) / all.length, 48);
  const y = (v) => (H - bottom) - (v / max) * (H - bottom - top);
  for (const t of [0, max]) {
    svg.append(el("svg:text", { x: left - 4, y: y(t) + 3, "text-anchor": "end", text: t }));
    svg.append(el("svg:line", { x1: left, x2: W - 4, y1: y(t), y2: y(t), stroke: "#e3e7ec" }));
  }
  const selected = f.since && f.until ? f.since : null;
  const chosen = barRange(f);  // a range chosen by clicking a bar: a day, a week or a month
  all.forEach((k, i) => {
    const counts = buckets[k] || { 1: 0, 2: 0, 3: 0, 4: 0 };
    const total = counts[1] + counts[2] + counts[3] + counts[4];
    const start = by === "month" ? k + "-01" : k, end = bucketEnd(k, by);
    const isSel = selected === start && f.until === end;
    const inside = chosen && start >= chosen.since && end <= chosen.until;
    const g = el("svg:g", { class: "day" + (isSel ? " selected" : "") + (inside ? " inside" : ""), "data-day": k, "data-count": total });
    let acc = 0;
    for (const q of [4, 3, 2, 1]) {
      if (!counts[q]) continue;
      g.append(el("svg:rect", { class: "bar", "data-quad": q, x: left + i * bw + 0.5, width: Math.max(bw - 1, 1), y: y(acc + counts[q]), height: y(acc) - y(acc + counts[q]), fill: QUAD_COLOR[q] }));
      acc += counts[q];
    }
    const label = by === "day" ? k : by === "week" ? `week of ${k}` : k;
    g.append(el("svg:title", { text: `${label}: ${total} ${noun.toLowerCase()} (` + [1, 2, 3, 4].map((q) => `${QUAD[q]} ${counts[q]}`).join(", ") + ")" }));
    g.append(el("svg:rect", { x: left + i * bw, width: bw, y: top, height: H - bottom - top, fill: "transparent", class: "bar" }));
    g.addEventListener("click", () => {
      const g2 = { ...state().filters };
      // a second click on a chosen bar (or on a day of a chosen week or month) releases it
      if (isSel || inside) { delete g2.since; delete g2.until; } else { g2.since = start; g2.until = end; }
      setState({ filters: g2, event: null });
    });
    svg.append(g);
  });
  const step = Math.max(1, Math.ceil(all.length / Math.max(2, Math.floor((W - left) / 80))));
  all.forEach((k, i) => { if (i % step === 0) svg.append(el("svg:text", { x: left + i * bw + bw / 2, y: H - 6, "text-anchor": "middle", text: k })); });
}

/* ---------------------------------------------------------------- map */
const MAP = { W: 960, H: 400, latTop: 84, latBottom: -60 };
function project(lon, lat) {
  return [(lon + 180) / 360 * MAP.W, (MAP.latTop - lat) / (MAP.latTop - MAP.latBottom) * MAP.H];
}

function unwrapRing(pts) {
  // Longitudes made continuous across the antimeridian (a step of more than 180 degrees is a
  // crossing, not a line across the map). A ring that goes round the pole (Antarctica) ends a
  // full turn from where it began: close it along the pole instead of across the map.
  const out = [pts[0].slice()];
  let shift = 0;
  for (let i = 1; i < pts.length; i++) {
    const d = pts[i][0] - pts[i - 1][0];
    if (d > 180) shift -= 360; else if (d < -180) shift += 360;
    out.push([pts[i][0] + shift, pts[i][1]]);
  }
  if (shift !== 0) {
    const pole = out[0][1] < 0 ? -90 : 90;
    out.push([out[out.length - 1][0], pole], [out[0][0], pole]);
  }
  return out;
}

function topoPaths(topo) {
  // TopoJSON (quantized, delta-encoded arcs) to one SVG path string per country. A ring that
  // crosses the antimeridian is drawn whole once on each side; the map's edge clips the copies.
  const [sx, sy] = topo.transform.scale, [tx, ty] = topo.transform.translate;
  const arcs = topo.arcs.map((arc) => {
    let x = 0, y = 0;
    return arc.map(([dx, dy]) => { x += dx; y += dy; return [x * sx + tx, y * sy + ty]; });
  });
  const path = (lonlat, offset) => "M" + lonlat.map(([lon, lat]) => {
    const [x, y] = project(lon + offset, lat);
    return x.toFixed(1) + "," + y.toFixed(1);
  }).join("L") + "Z";
  const ring = (idx) => {
    const pts = [];
    for (const i of idx) {
      const a = i < 0 ? arcs[~i].slice().reverse() : arcs[i];
      pts.push(...(pts.length ? a.slice(1) : a));
    }
    const lonlat = unwrapRing(pts);
    const lons = lonlat.map((p) => p[0]);
    let d = path(lonlat, 0);
    if (Math.min(...lons) < -180) d += path(lonlat, 360);
    if (Math.max(...lons) > 180) d += path(lonlat, -360);
    return d;
  };
  const out = [];
  for (const g of topo.objects.countries.geometries) {
    const polys = g.type === "Polygon" ? [g.arcs] : g.type === "MultiPolygon" ? g.arcs : [];
    out.push({ name: (g.properties || {}).name, d: polys.map((p) => p.map(ring).join("")).join("") });
  }
  return out;
}

async function loadWorld() {
  if (!ui.world) ui.world = topoPaths(await api("/assets/countries-110m.json"));
  return ui.world;
}

function fitView(points, aspect) {
  // The smallest box around the points (at least 40 degrees wide), in the panel's aspect ratio.
  if (!points.length) return { x: 0, y: 0, w: MAP.W, h: MAP.H };
  const xy = points.map((p) => project(p.lon, p.lat));
  let x0 = Math.min(...xy.map((p) => p[0])), x1 = Math.max(...xy.map((p) => p[0]));
  let y0 = Math.min(...xy.map((p) => p[1])), y1 = Math.max(...xy.map((p) => p[1]));
  let w = Math.max(x1 - x0, MAP.W / 9) * 1.3, h = Math.max(y1 - y0, MAP.H / 9) * 1.3;
  if (w / h < aspect) w = h * aspect; else h = w / aspect;
  if (w > MAP.W) { w = MAP.W; h = w / aspect; }
  const cx = (x0 + x1) / 2, cy = (y0 + y1) / 2;
  const x = Math.min(Math.max(cx - w / 2, 0), MAP.W - w), y = Math.min(Math.max(cy - h / 2, Math.min(0, MAP.H - h)), Math.max(0, MAP.H - h));
  return { x, y, w, h };
}

function renderMap(world, data) {
  const svg = $("#map");
  svg.replaceChildren();
  const aspect = Math.max(svg.clientWidth, 1) / Math.max(svg.clientHeight, 1);
  const view = fitView(data.points, aspect || MAP.W / MAP.H);
  const zoom = MAP.W / view.w;
  svg.setAttribute("viewBox", `${view.x.toFixed(1)} ${view.y.toFixed(1)} ${view.w.toFixed(1)} ${view.h.toFixed(1)}`);
  const land = el("svg:g", { class: "countries" });
  for (const c of world) land.append(el("svg:path", { class: "land", d: c.d, "vector-effect": "non-scaling-stroke" }, el("svg:title", { text: c.name })));
  svg.append(land);
  const pts = el("svg:g", { class: "points" });
  const max = Math.max(1, ...data.points.map((p) => p.count));
  for (const p of data.points.slice().sort((a, b) => b.count - a.count)) {
    const [x, y] = project(p.lon, p.lat);
    const dominant = [4, 3, 2, 1].reduce((best, q) => (p.quad_class[q] > p.quad_class[best] ? q : best), 4);
    const r = (4 + 14 * Math.sqrt(p.count / max)) / Math.sqrt(zoom);
    pts.append(el("svg:circle", {
      class: "point", "vector-effect": "non-scaling-stroke", cx: x.toFixed(1), cy: y.toFixed(1), r: r.toFixed(1), fill: QUAD_COLOR[dominant], "data-count": p.count, "data-country": p.country || "",
      on: { click: () => { if (p.country) setState({ filters: { ...state().filters, country: p.country }, event: null }); } },
    }, el("svg:title", { text: `${p.name} (${p.country || "?"}): ${p.count} events` })));
  }
  svg.append(pts);
  if (!data.points.length) svg.append(el("svg:text", { x: view.x + view.w / 2, y: view.y + view.h / 2, "text-anchor": "middle", class: "empty", text: "No located events for these filters" }));
}

/* ---------------------------------------------------------------- network */
function layout(nodes, edges, W, H) {
  // A small deterministic force layout: repulsion, springs along edges, pull to the centre.
  const n = nodes.length;
  const pos = nodes.map((_, i) => ({ x: W / 2 + Math.cos(2 * Math.PI * i / n) * W * 0.3, y: H / 2 + Math.sin(2 * Math.PI * i / n) * H * 0.3 }));
  const index = new Map(nodes.map((nd, i) => [nd.id, i]));
  const links = edges.map((e) => [index.get(e.source), index.get(e.target)]);
  const k = Math.min(Math.sqrt((W * H) / Math.max(n, 1)) * 0.55, W / 4);
  const degree = nodes.map(() => 0);
  for (const [a, b] of links) { degree[a]++; degree[b]++; }
  const gravity = degree.map((d) => (d ? 0.35 : 1.2)); // a node with no drawn arrow stays near the middle
  const margin = 24;
  for (let it = 0; it < 250; it++) {
    const disp = pos.map(() => ({ x: 0, y: 0 }));
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) {
      let dx = pos[i].x - pos[j].x, dy = pos[i].y - pos[j].y;
      const d2 = Math.max(dx * dx + dy * dy, 1), f = (k * k) / d2;
      disp[i].x += dx * f; disp[i].y += dy * f; disp[j].x -= dx * f; disp[j].y -= dy * f;
    }
    for (const [a, b] of links) {
      const dx = pos[a].x - pos[b].x, dy = pos[a].y - pos[b].y, d = Math.max(Math.hypot(dx, dy), 1), f = d / k;
      disp[a].x -= dx * f; disp[a].y -= dy * f; disp[b].x += dx * f; disp[b].y += dy * f;
    }
    const t = 12 * (1 - it / 250) + 0.5;
    pos.forEach((p, i) => {
      disp[i].x += (W / 2 - p.x) * gravity[i]; disp[i].y += (H / 2 - p.y) * gravity[i];
      const d = Math.max(Math.hypot(disp[i].x, disp[i].y), 1e-6);
      p.x = Math.min(W - margin, Math.max(margin, p.x + (disp[i].x / d) * Math.min(d, t)));
      p.y = Math.min(H - margin, Math.max(margin, p.y + (disp[i].y / d) * Math.min(d, t)));
    });
  }
  return pos;
}

function edgeColor(score) {
  // score: -1 all conflict ... +1 all cooperation
  if (score < -0.2) return QUAD_COLOR[4];
  if (score > 0.2) return QUAD_COLOR[2];
  return "#8e7cc3";
}

function topOf(data, n) {
  // The n busiest nodes (the endpoint sends them busiest first) and the edges between them.
  const nodes = data.nodes.slice(0, n);
  const keep = new Set(nodes.map((x) => x.id));
  return { nodes, edges: data.edges.filter((e) => keep.has(e.source) && keep.has(e.target)) };
}

function nodeTitle(n) {
  const parts = [`${n.label}${n.kind === "country" ? " (" + n.id + ", the state)" : n.country ? " [" + n.country + "]" : ""}: ${n.events} events on the drawn arrows`];
  const sectors = Object.entries(n.sectors || {}).sort((a, b) => b[1] - a[1]);
  if (sectors.length) parts.push("sectors: " + sectors.map(([s, c]) => `${s} ${c}`).join(", "));
  const names = Object.entries(n.names || {}).sort((a, b) => b[1] - a[1]);
  if (names.length > 1 || (names.length && names[0][0] !== n.label)) {
    parts.push("as: " + names.slice(0, 6).map(([s]) => s).join("; ") + (names.length > 6 ? `; and ${names.length - 6} more` : ""));
  }
  return parts.join("\n") + "\nClick to filter.";
}

function placeLabels(svg, items, W, H) {
  // Labels that never overlap: each (busiest first) goes right, left, above, below or at a corner
  // of its node, shortened if needed (at last to a country's code), where it overlaps no placed
  // label and no node; else it shows on hover only.
  const boxes = items.map((it) => ({ x0: it.x - it.r, y0: it.y - it.r, x1: it.x + it.r, y1: it.y + it.r, node: it }));
  const placed = [];
  const hits = (b) => b.x0 < 1 || b.y0 < 1 || b.x1 > W - 1 || b.y1 > H - 1
    || placed.some((p) => b.x0 < p.x1 && b.x1 > p.x0 && b.y0 < p.y1 && b.y1 > p.y0)
    || boxes.some((p) => b.x0 < p.x1 && b.x1 > p.x0 && b.y0 < p.y1 && b.y1 > p.y0);
  for (const it of items) {
    const text = it.text;
    const full = it.label;
    const tries = full.length > 14 ? [full, full.slice(0, 13) + "…"] : [full];
    if (it.short && it.short !== full) tries.push(it.short);
    let done = false;
    for (const label of tries) {
      text.textContent = label;
      const w = text.getComputedTextLength(), h = 13, gap = 3;
      const spots = [
        { x: it.x + it.r + gap, y: it.y + 4, anchor: "start", b: { x0: it.x + it.r + gap, x1: it.x + it.r + gap + w, y0: it.y - h / 2 - 1, y1: it.y + h / 2 } },
        { x: it.x - it.r - gap, y: it.y + 4, anchor: "end", b: { x0: it.x - it.r - gap - w, x1: it.x - it.r - gap, y0: it.y - h / 2 - 1, y1: it.y + h / 2 } },
        { x: it.x, y: it.y - it.r - 4, anchor: "middle", b: { x0: it.x - w / 2, x1: it.x + w / 2, y0: it.y - it.r - 4 - h + 2, y1: it.y - it.r - 2 } },
        { x: it.x, y: it.y + it.r + 12, anchor: "middle", b: { x0: it.x - w / 2, x1: it.x + w / 2, y0: it.y + it.r + 1, y1: it.y + it.r + 2 + h } },
        { x: it.x + it.r, y: it.y - it.r - 2, anchor: "start", b: { x0: it.x + it.r, x1: it.x + it.r + w, y0: it.y - it.r - 2 - h + 2, y1: it.y - it.r } },
        { x: it.x + it.r, y: it.y + it.r + 11, anchor: "start", b: { x0: it.x + it.r, x1: it.x + it.r + w, y0: it.y + it.r, y1: it.y + it.r + 1 + h } },
        { x: it.x - it.r, y: it.y - it.r - 2, anchor: "end", b: { x0: it.x - it.r - w, x1: it.x - it.r, y0: it.y - it.r - 2 - h + 2, y1: it.y - it.r } },
        { x: it.x - it.r, y: it.y + it.r + 11, anchor: "end", b: { x0: it.x - it.r - w, x1: it.x - it.r, y0: it.y + it.r, y1: it.y + it.r + 1 + h } },
      ];
      const spot = spots.find((s) => !hits(s.b));
      if (spot) {
        text.setAttribute("x", (spot.x - it.x).toFixed(1)); text.setAttribute("y", (spot.y - it.y).toFixed(1));
        text.setAttribute("text-anchor", spot.anchor);
        placed.push(spot.b);
        done = true;
        break;
      }
    }
    if (!done) {
      // shown on hover only, beside the node, over everything else
      text.textContent = full;
      text.setAttribute("x", it.r + 3); text.setAttribute("y", 4); text.setAttribute("text-anchor", "start");
      text.classList.add("on-hover");
    }
  }
}

function renderNetwork(data, f) {
  const svg = $("#network");
  svg.replaceChildren();
  ui.network = data;
  const top = Number($("#network-top").value) || 15;
  const shown = topOf(data, top);
  $("#network-count").textContent = `of ${data.nodes.length}`;
  const W = Math.max(svg.clientWidth, 280), H = Math.max(svg.clientHeight, 200);
  svg.setAttribute("viewBox", `0 0 ${W} ${H}`);
  svg.append(el("svg:defs", {}, ...["c", "k", "m"].map((id) => el("svg:marker", { id: "arrow-" + id, viewBox: "0 0 10 10", refX: 10, refY: 5, markerWidth: 9, markerHeight: 9, markerUnits: "userSpaceOnUse", orient: "auto-start-reverse" },
    el("svg:path", { d: "M0,0L10,5L0,10z", fill: id === "c" ? QUAD_COLOR[4] : id === "k" ? QUAD_COLOR[2] : "#8e7cc3" })))));
  if (!shown.nodes.length) { svg.append(el("svg:text", { x: W / 2, y: H / 2, "text-anchor": "middle", class: "empty", text: "No actor-to-recipient events for these filters" })); return; }
  const pos = layout(shown.nodes, shown.edges, W, H);
  const index = new Map(shown.nodes.map((nd, i) => [nd.id, i]));
  const maxE = Math.max(1, ...shown.edges.map((e) => e.count));
  const maxN = Math.max(1, ...shown.nodes.map((n) => n.events));
  const rad = (n) => 4 + 8 * Math.sqrt(n.events / maxN);
  const edges = el("svg:g", { class: "edges" });
  for (const e of shown.edges) {
    const a = pos[index.get(e.source)], b = pos[index.get(e.target)];
    const rb = rad(shown.nodes[index.get(e.target)]);
    const dx = b.x - a.x, dy = b.y - a.y;
    const bend = 0.15; // curve, so A->B and B->A stay apart
    const mx = (a.x + b.x) / 2 - dy * bend, my = (a.y + b.y) / 2 + dx * bend;
    const back = Math.max(Math.hypot(b.x - mx, b.y - my), 1);
    const ex = b.x - (b.x - mx) / back * (rb + 2), ey = b.y - (b.y - my) / back * (rb + 2);
    const colour = edgeColor(e.score);
    const marker = colour === QUAD_COLOR[4] ? "c" : colour === QUAD_COLOR[2] ? "k" : "m";
    const label = (id) => shown.nodes[index.get(id)].label;
    edges.append(el("svg:path", { class: "edge", d: `M${a.x.toFixed(1)},${a.y.toFixed(1)}Q${mx.toFixed(1)},${my.toFixed(1)} ${ex.toFixed(1)},${ey.toFixed(1)}`,
      stroke: colour, "stroke-width": (1 + 4 * e.count / maxE).toFixed(1), "marker-end": `url(#arrow-${marker})`, "data-count": e.count },
    el("svg:title", { text: `${label(e.source)} → ${label(e.target)}: ${e.count} events (${e.conflict} conflict, ${e.cooperation} cooperation)` })));
  }
  svg.append(edges);
  const nodes = el("svg:g", { class: "nodes" });
  const items = [];
  shown.nodes.forEach((n, i) => {
    const active = f.actor && (f.actor === n.id || f.actor === n.label);
    const text = el("svg:text", { class: "label" });
    nodes.append(el("svg:g", { class: `node ${n.kind || "actor"}` + (active ? " active" : ""), transform: `translate(${pos[i].x.toFixed(1)},${pos[i].y.toFixed(1)})`, "data-id": n.id, "data-kind": n.kind || "actor",
      on: { click: () => setState({ filters: { ...state().filters, actor: active ? "" : n.id }, event: null }) } },
    el("svg:circle", { r: rad(n).toFixed(1) }), text, el("svg:title", { text: nodeTitle(n) })));
    items.push({ x: pos[i].x, y: pos[i].y, r: rad(n), text, label: n.label, short: n.kind === "country" ? n.id : null });
  });
  svg.append(nodes);
  placeLabels(svg, items, W, H);
}

/* ---------------------------------------------------------------- events table */
function eventRow(r, selectedId) {
  const q = r.cameo ? r.cameo.quad_class : null;
  const flags = Object.entries(r.aux || {}).filter(([, v]) => v).map(([k]) => k).join(" ");
  return el("tr", { "data-id": r.id, class: r.id === selectedId ? "selected" : null, on: { click: () => setState({ filters: state().filters, event: r.id }) } },
    el("td", { text: r.date || "–" }),
    el("td", {}, r.event_type + (r.mode ? ":" + r.mode : ""), flags ? el("span", { class: "neg", text: " " + flags }) : null),
    el("td", { text: actorLabel(r.actor) }),
    el("td", { text: actorLabel(r.recipient) }),
    el("td", { text: r.location ? r.location.name : "–" }),
    el("td", { text: r.trigger ? r.trigger.text : "" }),
    el("td", { class: "quad" }, q ? el("span", { style: `background:${QUAD_COLOR[q]}`, title: QUAD[q], text: q }) : "–"));
}

async function loadEvents(f, append) {
  const url = "/v1/events" + query({ ...f, limit: 50, after: append ? ui.nextCursor : null });
  const data = await api(url);
  const body = $("#events tbody");
  const rows = data.events.map((r) => eventRow(r, state().event));
  if (append) body.append(...rows); else body.replaceChildren(...rows);
  if (!append && !data.events.length) body.append(el("tr", {}, el("td", { colspan: 7, class: "hint", text: "No events for these filters." })));
  ui.nextCursor = data.next;
  $("#more").hidden = !data.next;
}

/* ---------------------------------------------------------------- evidence */
function highlighted(text, spans, onOther) {
  // Split the text at every span boundary; each piece carries the classes of the spans covering it.
  const cuts = new Set([0, text.length]);
  for (const s of spans) { cuts.add(Math.max(0, s.start)); cuts.add(Math.min(text.length, s.end)); }
  const points = [...cuts].sort((a, b) => a - b);
  const frag = document.createDocumentFragment();
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i], b = points[i + 1];
    const cover = spans.filter((s) => s.start <= a && s.end >= b);
    const piece = text.slice(a, b);
    if (!cover.length) { frag.append(piece); continue; }
    const classes = [...new Set(cover.map((s) => "hl-" + s.kind))];
    const other = cover.find((s) => s.kind === "other");
    const node = el("span", { class: classes.join(" "), "data-start": a, title: cover.filter((s) => s.label).map((s) => `${s.kind}: ${s.label}`).join("; ") || null }, piece);
    if (other && onOther) node.addEventListener("click", () => onOther(other.event));
    frag.append(node);
  }
  return frag;
}

function evidenceSpans(allSpans, eventId) {
  const mine = allSpans.filter((s) => s.event === eventId);
  const others = allSpans.filter((s) => s.event !== eventId && s.kind === "trigger").map((s) => ({ ...s, kind: "other" }));
  return mine.concat(others);
}

function recordList(r) {
  const rows = [
    ["event", `${r.event_type}${r.mode ? " (" + r.mode + ")" : ""}${r.context && r.context.length ? ", " + r.context.join(", ") : ""}`],
    ["actor", actorLabel(r.actor) + (r.actor && r.actor[0] && r.actor[0].country ? ` [${r.actor[0].country}${r.actor[0].sector ? "/" + r.actor[0].sector : ""}]` : "")],
    ["recipient", actorLabel(r.recipient)],
    ["date", r.date ? `${r.date} (${r.date_precision || "?"}, from ${r.date_source || "?"})` : `unresolved${r.date_text ? ": " + r.date_text : ""}`],
    ["place", r.location ? `${r.location.name}${r.location.country ? " (" + r.location.country + ")" : ""}` : "–"],
    ["reported by", r.reported_by ? r.reported_by.name || r.reported_by.text : "–"],
    ["CAMEO", r.cameo ? `${r.cameo.code || "–"}, Goldstein ${r.cameo.goldstein ?? "–"}, quad class ${r.cameo.quad_class}` : "–"],
    ["confidence", `${r.confidence} (${r.rule || "no rule"})`],
  ];
  return el("dl", { class: "record" }, ...rows.flatMap(([k, v]) => [el("dt", { text: k }), el("dd", { text: v })]));
}

async function renderEvidence(eventId, { reveal = false } = {}) {
  const panel = $("#evidence-panel");
  if (!eventId) { panel.hidden = true; return; }
  const record = await api("/v1/events/" + encodeURIComponent(eventId));
  const article = await api("/v1/articles/" + encodeURIComponent(record.article.id));
  setTwin("evidence", "/v1/articles/" + encodeURIComponent(record.article.id));
  panel.hidden = false;
  const head = el("p", {}, el("b", { text: article.title || "Article " + article.id }),
    article.published ? " · published " + article.published : "", article.url ? " · " : "", article.url ? el("a", { href: article.url, rel: "noopener noreferrer", target: "_blank", text: "source" }) : "");
  $("#evidence-record").replaceChildren(head, recordList(record));
  const doc = $("#evidence-text");
  doc.replaceChildren(highlighted(article.text, evidenceSpans(article.spans, eventId), (id) => setState({ filters: state().filters, event: id })));
  const sentence = doc.querySelector(".hl-trigger") || doc.querySelector(".hl-sentence");
  if (sentence) { doc.scrollTop = Math.max(0, sentence.offsetTop - doc.offsetTop - 60); }
  document.querySelectorAll("#events tbody tr").forEach((tr) => tr.classList.toggle("selected", tr.dataset.id === eventId));
  if (reveal) panel.scrollIntoView({ block: "start" });
}

/* ---------------------------------------------------------------- code this text */
function initCodeBox() {
  $("#code-form").addEventListener("submit", async (e) => {
    e.preventDefault();
    const text = $("#code-text").value;
    const out = $("#code-result");
    if (!text.trim()) { out.replaceChildren(el("p", { class: "hint", text: "Paste a text first." })); return; }
    const body = { [$("#code-html").checked ? "html" : "text"]: text };
    if ($("#code-date").value) body.published = $("#code-date").value;
    out.replaceChildren(el("p", { class: "hint", text: "Coding…" }));
    try {
      const data = await api("/v1/code", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
      const doc = el("div", { class: "doc", id: "code-doc" });
      const list = el("ol", { id: "code-events" });
      const show = (id) => {
        doc.replaceChildren(highlighted(data.text, evidenceSpans(data.spans, id), show));
        list.querySelectorAll("li").forEach((li) => li.classList.toggle("selected", li.dataset.id === id));
      };
      for (const r of data.events) {
        list.append(el("li", { "data-id": r.id, on: { click: () => show(r.id) } },
          el("b", { text: r.event_type + (r.mode ? ":" + r.mode : "") }), ` ${actorLabel(r.actor)} → ${actorLabel(r.recipient)}`,
          r.date ? ` · ${r.date}` : "", r.location ? ` · ${r.location.name}` : "", ` · “${r.trigger.text}”`));
      }
      out.replaceChildren(el("p", { class: "hint", text: `${data.events.length} event${data.events.length === 1 ? "" : "s"} found. Click one to see its evidence.` }), list, doc);
      if (data.events.length) show(data.events[0].id); else doc.replaceChildren(highlighted(data.text, [], null));
    } catch (err) {
      out.replaceChildren(el("p", { class: "hint", text: "Could not code the text: " + err.message }));
    }
  });
}

/* ---------------------------------------------------------------- an empty store */
async function renderEmptyStore() {
  // Once per page: a store without events says what to run to fill it.
  if (ui.store === undefined) ui.store = await api("/v1/store");
  const box = $("#empty-store");
  box.hidden = ui.store.events > 0;
  if (box.hidden) return;
  const db = ui.store.db || "events.duckdb";
  const arg = /^[\w./-]+$/.test(db) ? db : "'" + db.replace(/'/g, "'\\''") + "'";
  $("#empty-commands").textContent = `eventwire ingest articles.jsonl --db ${arg}\neventwire serve --db ${arg}`;
}

/* ---------------------------------------------------------------- live updates */
function showUpdated(info) {
  const label = $("#updated");
  if (!info.updated) { label.textContent = "no articles yet"; return; }
  const when = new Date(info.updated);
  label.textContent = "last updated " + when.toLocaleTimeString([], { hour: "2-digit", minute: "2-digit", second: "2-digit" });
  label.dataset.updated = info.updated;
  label.title = `${info.articles} articles, ${info.events} events; the newest stored ${when.toLocaleString()}`;
}

async function checkUpdated() {
  // Polls /v1/updated; when the store changed (ingest, watch, POST /v1/articles), every panel is drawn again.
  let info;
  try { info = await api("/v1/updated"); } catch (err) { return; }  // the next poll tries again
  const changed = ui.updated !== undefined && info.updated !== ui.updated;
  ui.updated = info.updated;
  showUpdated(info);
  if (changed) { ui.store = undefined; await render(); }
}

/* ---------------------------------------------------------------- render */
async function render() {
  const seq = ++ui.loadSeq;
  const { filters: f, event, count } = state();
  fillForm(f);
  renderCountToggle(count);
  const c = countParams(count);
  const q = query(f);

  setTwin("map", "/v1/map" + q);
  setTwin("network", "/v1/network" + query({ ...f, edges: 300 }));
  setTwin("events", "/v1/events" + query({ ...f, limit: 50 }));
  document.body.dataset.loading = "true";
  try {
    const [quads, cats, days, points, net, world] = await Promise.all([
      api("/v1/stats" + query({ ...f, ...c, by: "quad_class" })), api("/v1/stats" + query({ ...f, ...c, by: "category" })),
      api("/v1/stats" + query({ ...f, ...c, by: "day" })),
      api("/v1/map" + q), api("/v1/network" + query({ ...f, edges: 300 })), loadWorld(), loadEvents(f, false)]);
    if (seq !== ui.loadSeq) return;
    await renderEmptyStore();
    renderSummary(quads.rows, cats.rows, f, count);
    const by = chooseBucket(days.rows);
    const series = by === "day" ? days : await api("/v1/stats" + query({ ...f, ...c, by }));
    setTwin("timeline", "/v1/stats" + query({ ...f, ...c, by }));
    if (seq !== ui.loadSeq) return;
    renderTimeline(series.rows, by, f, count);
    renderMap(world, points);
    renderNetwork(net, f);
    await renderEvidence(event, { reveal: Boolean(event) && event !== ui.shownEvent });
    ui.shownEvent = event;
    showStatus(null);
  } catch (err) {
    if (seq === ui.loadSeq) showStatus("The dashboard could not load: " + err.message);
  } finally {
    if (seq === ui.loadSeq) document.body.dataset.loading = "false";
  }
}

function init() {
  const legend = $("#legend");
  for (const qc of [1, 2, 3, 4]) legend.append(el("span", {}, el("i", { style: `background:${QUAD_COLOR[qc]}` }), `${qc} ${QUAD[qc]}`));
  initForm();
  $("#filters-toggle").addEventListener("click", () => {
    const open = document.querySelector("header").classList.toggle("open");
    $("#filters-toggle").setAttribute("aria-expanded", String(open));
  });
  initCodeBox();
  for (const input of document.querySelectorAll("#count-toggle input[name=count]")) {
    input.addEventListener("change", () => { if (input.checked) setState({ ...state(), count: input.value }); });
  }
  const top = $("#network-top");
  top.value = window.matchMedia("(max-width: 600px)").matches ? "8" : "15";
  top.addEventListener("change", () => { if (ui.network) renderNetwork(ui.network, state().filters); });
  $("#more").addEventListener("click", () => loadEvents(state().filters, true).catch((err) => showStatus(err.message)));
  $("#close-evidence").addEventListener("click", () => setState({ filters: state().filters, event: null }));
  window.addEventListener("popstate", render);
  render();
  checkUpdated();
  setInterval(() => { if (!document.hidden) checkUpdated(); }, LIVE_POLL_MS);
}

init();

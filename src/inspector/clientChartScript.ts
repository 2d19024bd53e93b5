/**
 * The page's state-chart drawing, as browser script text: a machine graph
 * (`toMachineGraph`) is laid out once per machine by elkjs (served at
 * `/elk.js`), drawn as SVG — nested states, initial markers, final states,
 * labelled transition arrows (event and guard) — and each actor's copy is
 * then only re-classed: current state, the transition just taken, stopped.
 *
 * @module
 */

/** Browser script (plain JS in a string: it runs in the page, not in Node). */
export const CLIENT_CHART_SCRIPT = String.raw`
var SVG_NS = 'http://www.w3.org/2000/svg';
var layouts = new Map();
var charts = new Map();
var chartIds = 0;
var elk = null;
var measureCanvas = document.createElement('canvas').getContext('2d');

function textWidth(text, size, weight) {
  measureCanvas.font = (weight || '400') + ' ' + size + 'px system-ui, sans-serif';
  return Math.ceil(measureCanvas.measureText(text).width);
}

function svgEl(tag, attrs, text) {
  var node = document.createElementNS(SVG_NS, tag);
  if (attrs) for (var k of Object.keys(attrs)) node.setAttribute(k, String(attrs[k]));
  if (text !== undefined) node.textContent = text;
  return node;
}

function transitionText(t) { return t.event + (t.guard ? ' [' + t.guard + ']' : ''); }

function isInside(path, ancestor) { return ancestor === '' || path === ancestor || path.indexOf(ancestor + '.') === 0; }

/** The ELK input graph of a machine: compound nodes for compound states, one edge per (source, target) pair with every event on its label. */
function toElkGraph(graph) {
  var edges = new Map();
  var notes = new Map();
  var nextId = 0;
  function addEdge(source, target, transition, kind) {
    var key = source + '>' + target;
    var edge = edges.get(key);
    if (!edge) { edge = { id: 'e' + nextId++, sources: [source], targets: [target], transitions: [], kind: kind }; edges.set(key, edge); }
    if (transition) edge.transitions.push(transition);
  }
  var rootHasTargets = graph.root.transitions.some(function (t) { return t.targets.length > 0; });
  function linesOf(sn) {
    var lines = [];
    if (sn.invokes.length) lines.push('invoke ' + sn.invokes.join(', '));
    var internal = sn.transitions.filter(function (t) { return t.targets.length === 0; }).map(transitionText);
    for (var i = 0; i < internal.length && i < 3; i++) lines.push('\u21BB ' + internal[i]);
    if (internal.length > 3) lines.push('+' + (internal.length - 3) + ' more');
    notes.set(sn.path, { lines: lines, internal: internal });
    return lines;
  }
  function node(sn) {
    var id = 'n:' + sn.path;
    for (var t of sn.transitions) for (var target of t.targets) addEdge(sn.path === '' ? 'n:*' : id, 'n:' + target, t, 'transition');
    var lines = linesOf(sn);
    var title = textWidth(sn.key, 12, '600');
    var lineWidth = lines.reduce(function (w, l) { return Math.max(w, textWidth(l, 10)); }, 0);
    if (!sn.states.length) {
      return { id: id, width: Math.max(64, title + 28, lineWidth + 16), height: sn.type === 'final' ? 30 + lines.length * 12 + 4 : 28 + lines.length * 12 };
    }
    var children = [];
    if (sn.initial) { children.push({ id: 'i:' + sn.path, width: 10, height: 10 }); addEdge('i:' + sn.path, 'n:' + (sn.path ? sn.path + '.' : '') + sn.initial, null, 'initial'); }
    for (var child of sn.states) children.push(node(child));
    var top = 26 + lines.length * 12;
    return { id: id, children: children, layoutOptions: { 'elk.padding': '[top=' + top + ',left=12,bottom=12,right=12]', 'elk.nodeSize.minimum': '(' + (Math.max(title, lineWidth) + 30) + ',40)', 'elk.nodeSize.constraints': 'MINIMUM_SIZE' } };
  }
  var root = node(graph.root);
  if (rootHasTargets) root.children.push({ id: 'n:*', width: textWidth('any state', 11) + 20, height: 22 });
  root.id = 'root';
  root.layoutOptions = {
    'elk.algorithm': 'layered',
    'elk.direction': 'DOWN',
    'elk.hierarchyHandling': 'INCLUDE_CHILDREN',
    'elk.json.edgeCoords': 'ROOT',
    'elk.json.shapeCoords': 'ROOT',
    'elk.padding': '[top=8,left=8,bottom=8,right=8]',
    'elk.spacing.nodeNode': '22',
    'elk.layered.spacing.nodeNodeBetweenLayers': '30',
    'elk.spacing.edgeNode': '10',
    'elk.spacing.edgeEdge': '6',
    'elk.spacing.edgeLabel': '2',
    'elk.layered.spacing.edgeNodeBetweenLayers': '10',
    'elk.edgeLabels.placement': 'CENTER',
    // Keep the definition's order (the initial state first), as the people who wrote it read it.
    'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
    'elk.layered.crossingMinimization.forceNodeModelOrder': 'false',
    'elk.layered.nodePlacement.strategy': 'NETWORK_SIMPLEX',
  };
  root.edges = [];
  var known = new Set();
  (function ids(n) { known.add(n.id); (n.children || []).forEach(ids); })(root);
  for (var edge of edges.values()) {
    // A transition to the machine itself (a re-entry of the root) has no box to point at.
    if (!known.has(edge.sources[0]) || !known.has(edge.targets[0])) continue;
    if (edge.transitions.length) {
      var texts = [];
      for (var tr of edge.transitions) { var text = transitionText(tr); if (texts.indexOf(text) < 0) texts.push(text); }
      var shown = texts.slice(0, 4);
      if (texts.length > 4) shown.push('+' + (texts.length - 4) + ' more');
      edge.lines = shown;
      var width = shown.reduce(function (w, l) { return Math.max(w, textWidth(l, 10)); }, 0) + 6;
      edge.labels = [{ text: shown.join('\n'), width: width, height: shown.length * 12 + 2 }];
    }
    root.edges.push(edge);
  }
  return { elk: root, notes: notes };
}

/** Starts (once) the layout of a machine; returns it when ready, else null (the page redraws when it is). */
function layoutOf(key, graph, onReady) {
  var known = layouts.get(key);
  if (known) return known.layout;
  var entry = { layout: null };
  layouts.set(key, entry);
  var input = toElkGraph(graph);
  if (typeof ELK !== 'function') { entry.layout = { failed: 'the layout engine (/elk.js) did not load' }; onReady(); return null; }
  elk = elk || new ELK({ workerUrl: 'elk-worker.js' });
  elk.layout(input.elk).then(function (result) {
    entry.layout = { result: result, notes: input.notes, graph: graph };
    onReady();
  }, function (error) {
    entry.layout = { failed: String(error && error.message || error) };
    onReady();
  });
  return null;
}

/** Draws one SVG chart from a finished layout; returns handles for re-classing. */
function drawChart(layout) {
  var result = layout.result;
  var id = 'c' + chartIds++;
  var svg = svgEl('svg', { class: 'chart', viewBox: '0 0 ' + Math.ceil(result.width) + ' ' + Math.ceil(result.height), width: Math.ceil(result.width), height: Math.ceil(result.height), role: 'img' });
  var defs = svgEl('defs');
  var marker = svgEl('marker', { id: id + 'a', viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 7, markerHeight: 7, orient: 'auto-start-reverse' });
  marker.appendChild(svgEl('path', { d: 'M0,0 L10,5 L0,10 z', class: 'arrowhead' }));
  var markerTaken = svgEl('marker', { id: id + 't', viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 7, markerHeight: 7, orient: 'auto-start-reverse' });
  markerTaken.appendChild(svgEl('path', { d: 'M0,0 L10,5 L0,10 z', class: 'arrowhead taken' }));
  defs.appendChild(marker);
  defs.appendChild(markerTaken);
  svg.appendChild(defs);
  var layerBoxes = svgEl('g');
  var layerEdges = svgEl('g');
  var layerLeaves = svgEl('g');
  var layerLabels = svgEl('g');
  svg.appendChild(layerBoxes); svg.appendChild(layerEdges); svg.appendChild(layerLeaves); svg.appendChild(layerLabels);
  var states = new Map();
  var byPath = new Map();
  (function index(sn) { byPath.set(sn.path, sn); sn.states.forEach(index); })(layout.graph.root);

  function drawNode(n) {
    if (n.id.indexOf('i:') === 0) {
      layerLeaves.appendChild(svgEl('circle', { class: 'initial-dot', cx: n.x + 5, cy: n.y + 5, r: 4.5 }));
      return;
    }
    if (n.id === 'n:*') {
      var anyG = svgEl('g', { class: 'state any', 'data-path': '*' });
      anyG.appendChild(svgEl('rect', { x: n.x, y: n.y, width: n.width, height: n.height, rx: 11 }));
      anyG.appendChild(svgEl('text', { x: n.x + n.width / 2, y: n.y + 15, 'text-anchor': 'middle', class: 'note' }, 'any state'));
      layerLeaves.appendChild(anyG);
      return;
    }
    var path = n.id.slice(2);
    var sn = byPath.get(path);
    var note = layout.notes.get(path) || { lines: [], internal: [] };
    var compound = !!(n.children && n.children.length);
    var g = svgEl('g', { class: 'state ' + sn.type + (compound ? ' compound' : ' leaf'), 'data-path': path });
    var tip = [path || layout.graph.id];
    if (sn.invokes.length) tip.push('invokes ' + sn.invokes.join(', '));
    for (var t of sn.transitions) tip.push(transitionText(t) + (t.targets.length ? ' \u2192 ' + t.targets.join(', ') : ' (stays)'));
    g.appendChild(svgEl('title', null, tip.join('\n')));
    if (path !== '') {
      g.appendChild(svgEl('rect', { class: 'box', x: n.x, y: n.y, width: n.width, height: n.height, rx: compound ? 8 : 6 }));
      if (sn.type === 'final') g.appendChild(svgEl('rect', { class: 'inner', x: n.x + 3, y: n.y + 3, width: n.width - 6, height: n.height - 6, rx: 4 }));
      var textX = compound ? n.x + 10 : n.x + n.width / 2;
      var anchor = compound ? 'start' : 'middle';
      g.appendChild(svgEl('text', { class: 'name', x: textX, y: n.y + 18, 'text-anchor': anchor }, sn.key + (sn.type === 'history' ? ' (H)' : '')));
      note.lines.forEach(function (line, i) { g.appendChild(svgEl('text', { class: 'note', x: textX, y: n.y + 31 + i * 12, 'text-anchor': anchor }, line)); });
    }
    (compound ? layerBoxes : layerLeaves).appendChild(g);
    states.set(path, g);
    if (n.children) n.children.forEach(drawNode);
  }
  result.children.forEach(drawNode);

  var edges = [];
  for (var e of result.edges) {
    var points = [];
    for (var section of e.sections || []) {
      points.push(section.startPoint);
      for (var bend of section.bendPoints || []) points.push(bend);
      points.push(section.endPoint);
    }
    if (!points.length) continue;
    var d = points.map(function (p, i) { return (i ? 'L' : 'M') + p.x.toFixed(1) + ',' + p.y.toFixed(1); }).join(' ');
    var source = e.sources[0].slice(2);
    var target = e.targets[0].slice(2);
    var g = svgEl('g', { class: 'edge ' + e.kind, 'data-source': e.kind === 'initial' ? '' : source, 'data-target': target, 'data-events': (e.transitions || []).map(function (t) { return t.event; }).join('|'), 'data-guards': (e.transitions || []).map(function (t) { return t.guard || ''; }).join('|') });
    var line = svgEl('path', { d: d, 'marker-end': 'url(#' + id + 'a)' });
    g.appendChild(line);
    layerEdges.appendChild(g);
    var handle = { taken: false, g: g, line: line, source: source, target: target, kind: e.kind, eventTypes: (e.transitions || []).map(function (t) { return t.eventType; }), label: null };
    if (e.labels && e.labels[0] && e.lines) {
      var l = e.labels[0];
      var lg = svgEl('g', { class: 'edge-label' });
      lg.appendChild(svgEl('rect', { x: l.x - 1, y: l.y, width: l.width, height: l.height, rx: 3 }));
      e.lines.forEach(function (text, i) { lg.appendChild(svgEl('text', { x: l.x + 2, y: l.y + 10 + i * 12 }, text)); });
      layerLabels.appendChild(lg);
      handle.label = lg;
    }
    edges.push(handle);
  }
  return { svg: svg, states: states, edges: edges, markerId: id };
}

/** The SVG chart of one actor (cached per actor), classed for its current snapshot. */
function chartFor(entry, machineGraph, onLayout) {
  var key = entry.record.machine;
  var layout = layoutOf(key, machineGraph, onLayout);
  if (!layout) return null;
  if (layout.failed) return null;
  var chart = charts.get(entry.record.actor);
  if (!chart || chart.layout !== layout) { chart = drawChart(layout); chart.layout = layout; charts.set(entry.record.actor, chart); }
  classChart(chart, entry);
  return chart;
}

function classChart(chart, entry) {
  var snapshot = entry.snapshot;
  var status = snapshot ? snapshot.status : 'active';
  var now = snapshot ? activePaths(snapshot.value, '', new Set()) : new Set();
  var before = entry.previous ? activePaths(entry.previous.value, '', new Set()) : null;
  // Touch the DOM only where something changed: re-setting SVG attributes (markers above all) is what costs.
  var signature = status + '|' + (snapshot ? JSON.stringify(snapshot.value) : '') + '|' + (entry.previous ? JSON.stringify(entry.previous.value) : '') + '|' + entry.cause;
  if (chart.signature === signature) return;
  chart.signature = signature;
  for (var [path, g] of chart.states) {
    var on = now.has(path);
    var mark = on ? (status === 'active' ? 'active' : status) + (before && !before.has(path) ? ' entered' : '') : '';
    if (g.dataset.mark === mark) continue;
    if (g.dataset.mark) g.classList.remove.apply(g.classList, g.dataset.mark.split(' '));
    if (mark) g.classList.add.apply(g.classList, mark.split(' '));
    g.dataset.mark = mark;
  }
  var taken = [];
  if (before) {
    for (var edge of chart.edges) {
      if (edge.kind !== 'transition') continue;
      var from = edge.source === '*' || before.has(edge.source);
      if (from && now.has(edge.target) && !before.has(edge.target)) taken.push(edge);
    }
    var byCause = taken.filter(function (edge) { return entry.cause && edge.eventTypes.indexOf(entry.cause) >= 0; });
    if (byCause.length) taken = byCause;
    // As in XState, a descendant's transition wins over its ancestors' for the same event.
    var depth = function (edge) { return edge.source === '*' ? -1 : edge.source.split('.').length; };
    var deepest = taken.reduce(function (d, edge) { return Math.max(d, depth(edge)); }, -2);
    taken = taken.filter(function (edge) { return depth(edge) === deepest; });
  }
  for (var e of chart.edges) {
    var isTaken = taken.indexOf(e) >= 0;
    if (e.taken === isTaken) continue;
    e.taken = isTaken;
    e.g.classList.toggle('taken', isTaken);
    if (e.label) e.label.classList.toggle('taken', isTaken);
    e.line.setAttribute('marker-end', 'url(#' + chart.markerId + (isTaken ? 't' : 'a') + ')');
  }
}
`;

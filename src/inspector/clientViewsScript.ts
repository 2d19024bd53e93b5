/**
 * The page's views, as browser script text: the actor tree, the selected
 * actor's charts and facts, the event list with payloads and filters, and the
 * sequence view of one turn. Everything is written with `textContent` or SVG
 * attributes, never `innerHTML`: event fields come from the model and the user.
 *
 * @module
 */

/** Browser script (plain JS in a string: it runs in the page, not in Node). */
export const CLIENT_VIEWS_SCRIPT = String.raw`
var ui = { selected: null, pinned: false, thread: '', turn: '', type: '', internal: false, expanded: new WeakSet(), lastEventsKey: '' };
var LANES = ['your code', 'turn actor', 'codex'];

function el(tag, className, text) {
  var node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = text;
  return node;
}

function clock(at) {
  var d = new Date(at);
  var two = function (n) { return String(n).padStart(2, '0'); };
  return two(d.getHours()) + ':' + two(d.getMinutes()) + ':' + two(d.getSeconds()) + '.' + String(d.getMilliseconds()).padStart(3, '0');
}

/** XState's generated event names, as the charts write them (see machineGraph.ts), e.g. 'done: connected.opening'. */
function readableType(type) {
  var m = /^xstate\.(done|error)\.actor\.(.+)$/.exec(type || '');
  if (m) { var id = /^\d+\.[^.]+\.(.+)$/.exec(m[2]); return m[1] + ': ' + (id ? id[1] : m[2]); }
  var after = /^xstate\.after\.([^.]+)\./.exec(type || '');
  return after ? 'after ' + after[1] : type;
}

function short(id) { return id && id.length > 13 ? id.slice(0, 8) + '\u2026' + id.slice(-4) : id; }

/** What people call an actor: a thread's label, else its system id or id; turns by their codex turn id. */
function nameOf(state, key) {
  var entry = state.actors.get(key);
  if (!entry) return key;
  var c = ctx(entry);
  if (entry.record.machine === 'thread' && c.label) return c.label;
  if (entry.record.machine === 'turn') return 'turn' + (c.turnId ? ' ' + short(c.turnId) : '');
  return entry.record.systemId || entry.record.id;
}

function statusOf(entry) { return entry.snapshot ? entry.snapshot.status : 'active'; }

function childrenOf(state, key) {
  var out = [];
  for (var entry of state.actors.values()) if (entry.record.parent === key) out.push(entry);
  return out;
}

function roots(state) {
  var out = [];
  for (var entry of state.actors.values()) if (entry.record.parent === null || !state.actors.has(entry.record.parent)) out.push(entry);
  return out;
}

/** The first active thread (else the first thread, else the first root): stable while it lives, so the view does not jump. */
function defaultSelection(state) {
  var current = ui.selected ? state.actors.get(ui.selected) : null;
  if (current && current.record.machine === 'thread') return ui.selected;
  var thread = null;
  for (var entry of state.actors.values()) if (entry.record.machine === 'thread' && (!thread || (statusOf(thread) !== 'active' && statusOf(entry) === 'active'))) thread = entry;
  if (thread) return thread.record.actor;
  var first = roots(state)[0];
  return first ? first.record.actor : null;
}

// ---- actor tree ----
var treeRows = new Map();
var treeOrder = '';

/** The tree keeps one row element per actor and rebuilds a row only when what it shows changed. */
function renderTree(state, onSelect) {
  var tree = document.getElementById('tree');
  var order = [];
  var seen = new Set();
  var kids = new Map();
  for (var e of state.actors.values()) {
    var list = kids.get(e.record.parent);
    if (!list) kids.set(e.record.parent, list = []);
    list.push(e);
  }
  function row(entry, depth) {
    var snapshot = entry.snapshot;
    var status = statusOf(entry);
    var state_ = snapshot ? stateString(snapshot.value) : '';
    var key = entry.record.actor;
    var c = ctx(entry);
    var signature = [depth, status, state_, nameOf(state, key), c.label || '', c.host || '', ui.selected === key].join('|');
    var known = treeRows.get(key);
    seen.add(key);
    if (!known || known.signature !== signature) {
      known = { el: rowElement(state, entry, depth, status, state_, onSelect), signature: signature };
      treeRows.set(key, known);
    }
    order.push(known.el);
    for (var child of kids.get(key) || []) row(child, depth + 1);
  }
  for (var root of roots(state)) row(root, 0);
  for (var k of treeRows.keys()) if (!seen.has(k)) treeRows.delete(k);
  var orderKey = order.map(function (n) { return n.dataset.actor + n.dataset.v; }).join(',');
  if (orderKey !== treeOrder) {
    treeOrder = orderKey;
    tree.replaceChildren.apply(tree, order);
    if (!order.length) tree.appendChild(el('p', 'empty', 'No actors yet. Start a Codex with this inspector and run a turn.'));
  }
}

var rowVersion = 0;
function rowElement(state, entry, depth, status, state_, onSelect) {
    var item = el('div', 'row status-' + status + (ui.selected === entry.record.actor ? ' selected' : ''));
    item.dataset.v = String(rowVersion++);
    item.style.paddingLeft = (6 + depth * 14) + 'px';
    item.dataset.actor = entry.record.actor;
    item.dataset.machine = entry.record.machine;
    item.dataset.status = status;
    item.dataset.state = state_;
    var c = ctx(entry);
    if (c.label) item.dataset.label = c.label;
    item.appendChild(el('span', 'dot'));
    item.appendChild(el('span', 'name', nameOf(state, entry.record.actor)));
    if (entry.record.machine === 'thread' && c.label) item.appendChild(el('span', 'sub', entry.record.systemId || entry.record.id));
    if (c.host) item.appendChild(el('span', 'sub host', '@' + c.host));
    item.appendChild(el('code', 'st', status === 'active' ? state_ : status + (state_ ? ' \u00B7 ' + state_ : '')));
    item.title = entry.record.machine + ' \u00B7 ' + (entry.record.systemId || entry.record.id);
    var actorKey = entry.record.actor;
    item.addEventListener('click', function () { onSelect(actorKey); });
    return item;
}

// ---- detail: facts, charts, context, sequence ----
function facts(entry) {
  var c = ctx(entry);
  var out = [];
  var push = function (k, v) { if (v !== null && v !== undefined && v !== '') out.push([k, String(v)]); };
  push('id', entry.record.systemId || entry.record.id);
  if (entry.record.machine === 'thread') { push('label', c.label); push('thread id', c.codexThreadId); push('host', c.host); }
  for (var key of Object.keys(c)) if (['label', 'codexThreadId', 'host', 'childId'].indexOf(key) < 0) push(key, c[key]);
  return out;
}

var cards = new Map();
var detailParts = null;
var cardOrder = '';
var sequenceKey = '';
var contextText = '';

/**
 * One chart card per shown actor, kept across renders and only updated:
 * moving a large SVG out of the document and back costs far more than
 * drawing the page (measured with 64 threads), so nothing is rebuilt unless
 * what it shows changed.
 */
function chartCard(state, entry, redraw, big) {
  var key = entry.record.actor;
  var card = cards.get(key);
  if (!card) {
    card = { el: el('figure', 'chart-card'), caption: el('figcaption'), name: el('strong'), machine: el('span', 'machine', entry.record.machine), badge: el('span', 'badge'), state: el('code', 'state'), cause: el('span', 'cause'), trail: el('div', 'trail'), body: el('div', 'chart-body'), everywhere: el('div', 'root-events'), chart: null, signature: '' };
    card.caption.append(card.name, card.machine, card.badge, card.state, card.cause);
    card.body.title = 'Click to switch between fitting the chart to the page and its natural size';
    card.body.addEventListener('click', function () { this.classList.toggle('natural'); });
    card.el.append(card.caption, card.trail, card.body, card.everywhere);
    card.el.dataset.actor = key;
    card.el.dataset.machine = entry.record.machine;
    cards.set(key, card);
  }
  var snapshot = entry.snapshot;
  var status = statusOf(entry);
  var stateText = snapshot ? stateString(snapshot.value) : '';
  card.el.className = 'chart-card status-' + status + (big ? ' big' : '');
  card.el.dataset.status = status;
  card.el.dataset.state = stateText;
  card.name.textContent = nameOf(state, key);
  card.badge.textContent = status;
  card.state.textContent = stateText;
  card.cause.textContent = entry.cause ? 'via ' + readableType(entry.cause) : '';
  card.trail.textContent = entry.trail.length > 1 ? entry.trail.join(' \u2192 ') : '';
  var graph = state.machines.get(entry.record.machine);
  var chart = graph ? chartFor(entry, graph, redraw) : null;
  if (chart !== card.chart) {
    card.chart = chart;
    if (chart) card.body.replaceChildren(chart.svg);
    else {
      var layout = layouts.get(entry.record.machine);
      card.body.replaceChildren(el('p', 'empty', layout && layout.layout && layout.layout.failed ? 'No chart: ' + layout.layout.failed : 'Laying out the chart\u2026'));
    }
    var everywhere = graph ? graph.root.transitions.filter(function (t) { return t.targets.length === 0; }).map(transitionText) : [];
    card.everywhere.textContent = everywhere.length ? 'handled in every state: ' + everywhere.join(', ') : '';
  }
  return card.el;
}

function renderDetail(state, redraw) {
  var detail = document.getElementById('detail');
  if (!detailParts) {
    detailParts = { head: el('header', 'detail-head'), legend: legend(), charts: el('div', 'charts'), sequence: el('div'), context: el('details', 'context'), pre: el('pre', 'payload'), empty: el('p', 'empty') };
    detailParts.context.append(el('summary', '', 'context (inspection summary)'), detailParts.pre);
  }
  var p = detailParts;
  var entry = ui.selected ? state.actors.get(ui.selected) : null;
  if (!entry) {
    p.empty.textContent = store.history.length ? 'Select an actor on the left.' : 'Waiting for the first actor\u2026';
    if (detail.firstChild !== p.empty) detail.replaceChildren(p.empty);
    return;
  }
  if (detail.firstChild !== p.head) detail.replaceChildren(p.head, p.legend, p.charts, p.sequence, p.context);
  var headKey = JSON.stringify([nameOf(state, entry.record.actor), facts(entry)]);
  if (p.head.dataset.key !== headKey) {
    p.head.dataset.key = headKey;
    var dl = el('dl', 'facts');
    for (var f of facts(entry)) { dl.appendChild(el('dt', '', f[0])); dl.appendChild(el('dd', '', f[1])); }
    p.head.replaceChildren(el('h2', 'title', nameOf(state, entry.record.actor)), dl);
  }
  var shown = [chartCard(state, entry, redraw, true)];
  (function kids(key) {
    for (var child of childrenOf(state, key)) { shown.push(chartCard(state, child, redraw, false)); kids(child.record.actor); }
  })(entry.record.actor);
  var order = shown.map(function (c) { return c.dataset.actor; }).join(',');
  if (order !== cardOrder) {
    cardOrder = order;
    p.charts.replaceChildren.apply(p.charts, shown);
    // Only the cards on screen are kept: with hundreds of actors, one per actor would pile up.
    var keep = new Set(order.split(','));
    for (var k of cards.keys()) if (!keep.has(k)) { cards.delete(k); charts.delete(k); }
  }
  var turnKey = selectedTurn(state, entry);
  var seqKey = turnKey ? turnKey + ':' + turnMessageCount(state, turnKey) + ':' + (state.turns.get(turnKey) || {}).state : '';
  if (seqKey !== sequenceKey) {
    sequenceKey = seqKey;
    p.sequence.replaceChildren.apply(p.sequence, turnKey ? [sequenceView(state, turnKey)] : []);
  }
  var text = entry.snapshot && entry.snapshot.details !== undefined ? JSON.stringify(entry.snapshot.details, null, 2) : '';
  if (text !== contextText) { contextText = text; p.pre.textContent = text; }
  p.context.hidden = !text;
}

function turnMessageCount(state, turnKey) {
  var turn = state.turns.get(turnKey);
  var n = 0;
  for (var record of state.events) {
    var tag = tagOf(state, record);
    if (tag.turn === turnKey || (turn && turn.turnId && tag.turnId === turn.turnId)) n++;
  }
  return n;
}

function legend() {
  var box = el('div', 'legend');
  var items = [['lg-initial', 'initial state'], ['lg-state', 'state'], ['lg-final', 'final state'], ['lg-active', 'current state'], ['lg-taken', 'transition just taken'], ['lg-stopped', 'stopped actor'], ['lg-text', 'event [guard]'], ['lg-loop', '\u21BB event: handled without leaving the state']];
  for (var item of items) { var span = el('span', 'lg'); span.appendChild(el('i', item[0])); span.appendChild(document.createTextNode(item[1])); box.appendChild(span); }
  return box;
}

// ---- events ----
function threadOptions(state) {
  var out = [];
  for (var entry of state.actors.values()) if (entry.record.machine === 'thread') out.push([entry.record.actor, nameOf(state, entry.record.actor) + (ctx(entry).label ? ' (' + (entry.record.systemId || entry.record.id) + ')' : '')]);
  return out;
}

function turnOptions(state) {
  var out = [];
  for (var turn of state.turns.values()) if (!ui.thread || turn.thread === ui.thread) out.push([turn.key, (turn.turnId ? 'turn ' + short(turn.turnId) : 'turn (starting)') + ' \u00B7 ' + clock(turn.at) + (turn.thread ? ' \u00B7 ' + nameOf(state, turn.thread) : '')]);
  return out;
}

function fillSelect(select, options, value, all) {
  var key = JSON.stringify(options) + value;
  if (select.dataset.key === key) return;
  select.dataset.key = key;
  select.replaceChildren();
  var first = el('option', '', all); first.value = ''; select.appendChild(first);
  for (var o of options) { var opt = el('option', '', o[1]); opt.value = o[0]; select.appendChild(opt); }
  select.value = value;
}

function matches(state, record) {
  var tag = tagOf(state, record);
  if (!ui.internal && record.kind === 'event' && record.type.indexOf('xstate.') === 0) return false;
  if (ui.thread && tag.thread !== ui.thread) return false;
  if (ui.turn) {
    var turn = state.turns.get(ui.turn);
    if (tag.turn !== ui.turn && !(turn && turn.turnId && tag.turnId === turn.turnId)) return false;
  }
  if (ui.type && record.type.toLowerCase().indexOf(ui.type.toLowerCase()) < 0) return false;
  return true;
}

function eventTarget(state, record) {
  if (record.kind === 'published') {
    var tag = tagOf(state, record);
    return record.label || (tag.thread ? nameOf(state, tag.thread) : record.threadId ? short(record.threadId) : 'codex');
  }
  var thread = tagOf(state, record).thread;
  var own = state.actors.has(record.actor) ? nameOf(state, record.actor) : record.actorName;
  return thread && thread !== record.actor ? nameOf(state, thread) + ' \u203A ' + own : own;
}

function summaryOf(record) {
  if (record.kind === 'event') return Object.entries(record.fields).map(function (f) { return f[0] + '=' + f[1]; }).join(' ');
  var p = record.payload || {};
  if (p.item && p.item.type) return p.item.type + (p.item.status ? ' ' + p.item.status : '');
  if (record.type === 'approval.requested') return (p.kind || '') + (p.command ? ': ' + p.command : '');
  if (record.type === 'approval.resolved') return p.decision + ' (' + p.reason + ')';
  if (record.type === 'tool.called' || record.type === 'tool.completed') return p.tool + (record.type === 'tool.completed' ? (p.success ? ' ok' : ' failed') : '');
  return '';
}

function renderEvents(state) {
  fillSelect(document.getElementById('f-thread'), threadOptions(state), ui.thread, 'all threads');
  fillSelect(document.getElementById('f-turn'), turnOptions(state), ui.turn, 'all turns');
  var list = document.getElementById('events');
  var shown = [];
  for (var i = state.events.length - 1; i >= 0 && shown.length < 300; i--) if (matches(state, state.events[i])) shown.push(state.events[i]);
  var key = shown.length + ':' + (shown[0] ? shown[0].at + shown[0].type : '') + ':' + (shown[shown.length - 1] ? shown[shown.length - 1].at : '') + ':' + ui.expandedVersion;
  if (key === ui.lastEventsKey) return;
  ui.lastEventsKey = key;
  var rows = shown.map(function (record) { return eventRow(state, record); });
  if (!rows.length) rows.push(el('li', 'empty', 'No events match.'));
  list.replaceChildren.apply(list, rows);
}

/** Rows are kept per record (and open state), so a new event adds one row instead of redrawing them all. */
var eventRows = new WeakMap();
function eventRow(state, record) {
  var open = ui.expanded.has(record);
  var known = eventRows.get(record);
  if (known && known.open === open) return known.el;
  var item = el('li', 'ev ' + record.kind + (ui.expanded.has(record) ? ' open' : ''));
  item.dataset.type = record.type;
  item.dataset.kind = record.kind;
  var line = el('div', 'line');
  line.appendChild(el('time', '', clock(record.at)));
  line.appendChild(el('span', 'target', eventTarget(state, record)));
  line.appendChild(el('span', 'type', record.type));
  var summary = summaryOf(record);
  if (summary) line.appendChild(el('span', 'fields', summary));
  item.appendChild(line);
  if (ui.expanded.has(record)) {
    var pre = el('pre', 'payload', JSON.stringify(record.payload !== undefined ? record.payload : record.fields, null, 2));
    item.appendChild(pre);
  }
  line.addEventListener('click', function () {
    if (ui.expanded.has(record)) ui.expanded.delete(record); else ui.expanded.add(record);
    ui.expandedVersion++;
    requestRender();
  });
  eventRows.set(record, { el: item, open: open });
  return item;
}
ui.expandedVersion = 0;

// ---- sequence of one turn ----
function selectedTurn(state, entry) {
  if (ui.turn && state.turns.has(ui.turn)) return ui.turn;
  var thread = entry.record.machine === 'turn' ? threadOf(state, entry.record.actor) : entry.record.machine === 'thread' ? entry.record.actor : null;
  if (entry.record.machine === 'turn') return entry.record.actor;
  var latest = null;
  for (var turn of state.turns.values()) if (turn.thread === thread && (!latest || turn.at >= latest.at)) latest = turn;
  return latest ? latest.key : null;
}

/** Arrows for one record: [from lane, to lane, text]; lanes 0 your code, 1 turn actor, 2 codex. */
function arrowsOf(record) {
  var p = record.payload || {};
  if (record.kind === 'event') {
    var t = record.type;
    if (t === 'xstate.init') {
      // A goal's continuation is a turn codex started by itself: the turn actor adopts it, nothing is sent.
      var input = p.input || {};
      if (input.goal) return [[2, 1, 'turn/started: goal continuation' + (input.continuation !== undefined ? ' ' + input.continuation : '')]];
      return [[0, 1, 'thread.turn(input)'], [1, 2, 'turn/start']];
    }
    if (t.indexOf('xstate.done.actor') === 0 && t.indexOf('startTurn') >= 0) return [[2, 1, 'turn/start \u2713']];
    if (t.indexOf('xstate.error.actor') === 0) return [[2, 1, 'error: ' + t.replace(/^xstate\.error\.actor\.(\d+\.)?/, '')]];
    if (t.indexOf('xstate.') === 0) return [];
    if (t === 'wire.serverRequest') return [[2, 1, (p.request && p.request.method) || 'server request']];
    if (t === 'wire.notification') return [[2, 1, p.method || 'notification']];
    if (t === 'turn.interrupt') return [[0, 1, 'interrupt (' + (p.reason || '') + ')'], [1, 2, 'turn/interrupt']];
    if (t === 'connection.lost') return [[2, 1, '\u2715 connection lost']];
    return [[0, 1, t]];
  }
  var type = record.type;
  if (type === 'item.updated' || type === 'item.delta' || type === 'token_usage.updated' || type === 'turn.diff.updated') return [];
  if (type === 'item.started' || type === 'item.completed') return [[2, 1, type + ': ' + ((p.item && p.item.type) || '')]];
  if (type === 'approval.requested') return [[1, 0, 'approval.requested' + (p.kind ? ' (' + p.kind + ')' : '')]];
  if (type === 'approval.resolved') return [[0, 1, 'decision: ' + p.decision], [1, 2, 'response: ' + p.decision]];
  if (type === 'tool.called') return [[1, 0, 'tool.called: ' + p.tool]];
  if (type === 'tool.completed') return [[0, 1, 'tool result' + (p.success ? '' : ' (failed)')], [1, 2, 'response: tool output']];
  if (type === 'turn.completed' || type === 'turn.failed' || type === 'turn.interrupted') return [[2, 1, type], [1, 0, 'result: ' + type.slice(5)]];
  return [[2, 1, type]];
}

function sequenceView(state, turnKey) {
  var turn = state.turns.get(turnKey);
  var box = el('section', 'sequence');
  box.dataset.turn = turnKey;
  box.appendChild(el('h3', '', 'Sequence of ' + (turn && turn.turnId ? 'turn ' + short(turn.turnId) : 'the turn') + (turn && turn.state ? ' \u00B7 ' + turn.state : '')));
  var rows = [];
  for (var record of state.events) {
    var tag = tagOf(state, record);
    if (tag.turn !== turnKey && !(turn && turn.turnId && tag.turnId === turn.turnId)) continue;
    for (var a of arrowsOf(record)) rows.push({ from: a[0], to: a[1], text: a[2], record: record });
  }
  if (!rows.length) { box.appendChild(el('p', 'empty', 'No messages recorded for this turn.')); return box; }
  var laneX = [90, 330, 570];
  var rowH = 22, top = 34;
  var height = top + rows.length * rowH + 14;
  var svg = svgEl('svg', { class: 'seq', viewBox: '0 0 680 ' + height, width: 680, height: height });
  var defs = svgEl('defs');
  var marker = svgEl('marker', { id: 'seq-arrow', viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 7, markerHeight: 7, orient: 'auto-start-reverse' });
  marker.appendChild(svgEl('path', { d: 'M0,0 L10,5 L0,10 z', class: 'arrowhead' }));
  defs.appendChild(marker);
  svg.appendChild(defs);
  LANES.forEach(function (lane, i) {
    svg.appendChild(svgEl('rect', { class: 'lane-head', x: laneX[i] - 60, y: 4, width: 120, height: 22, rx: 5 }));
    svg.appendChild(svgEl('text', { class: 'lane-name', x: laneX[i], y: 19, 'text-anchor': 'middle' }, lane));
    svg.appendChild(svgEl('line', { class: 'lifeline', x1: laneX[i], y1: 26, x2: laneX[i], y2: height - 4 }));
  });
  rows.forEach(function (row, i) {
    var y = top + i * rowH + 10;
    var g = svgEl('g', { class: 'msg ' + row.record.kind, 'data-type': row.record.type });
    var x1 = laneX[row.from], x2 = laneX[row.to];
    g.appendChild(svgEl('line', { x1: x1, y1: y, x2: x2 + (x2 > x1 ? -2 : 2), y2: y, 'marker-end': 'url(#seq-arrow)' }));
    g.appendChild(svgEl('text', { x: (x1 + x2) / 2, y: y - 4, 'text-anchor': 'middle' }, row.text));
    g.appendChild(svgEl('text', { class: 'when', x: 676, y: y + 3, 'text-anchor': 'end' }, clock(row.record.at).slice(3)));
    g.appendChild(svgEl('title', null, row.record.type + ' \u2014 click to open its payload in the event list'));
    g.addEventListener('click', function () { openEvent(row.record); });
    svg.appendChild(g);
  });
  box.appendChild(svg);
  return box;
}

function openEvent(record) {
  ui.expanded.add(record);
  ui.expandedVersion++;
  if (record.kind === 'event' && record.type.indexOf('xstate.') === 0) { ui.internal = true; document.getElementById('f-internal').checked = true; }
  ui.type = ''; document.getElementById('f-type').value = '';
  requestRender();
}
`;

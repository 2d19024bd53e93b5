/**
 * The inspector page's browser script, as text (the page is one self-contained
 * response: no framework, no CDN, works offline).
 *
 * It folds the {@link InspectorRecord} stream from `/events` (SSE) exactly as
 * `InspectorLog` does on the server, and redraws: the actor tree (the
 * supervision tree), each machine's chart as nested boxes with the active
 * states lit, a short trail of recent states, and the last events.
 * Everything is written with `textContent`, never `innerHTML`: event fields
 * come from the model and the user.
 *
 * Stable hooks for tests and scripts: every actor card has `data-actor`,
 * `data-id`, `data-machine`, `data-status` and `data-state` (the dotted state);
 * lit chart boxes have the class `active`.
 *
 * @module
 */

/** Kept as a plain string: it runs in the browser, not in Node. */
export const INSPECTOR_CLIENT_SCRIPT = String.raw`
'use strict';
const machines = new Map();
const actors = new Map();
const events = [];
const MAX_EVENTS = 80;
const TRAIL = 8;
let dirty = false;

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function stateString(value) {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value);
    if (entries.length === 0) return '';
    return entries.map(function (entry) {
      const rest = stateString(entry[1]);
      return rest ? entry[0] + '.' + rest : entry[0];
    }).join(' | ');
  }
  return String(value);
}

function activePaths(value, prefix, out) {
  if (typeof value === 'string') { out.add(prefix ? prefix + '.' + value : value); return out; }
  if (value && typeof value === 'object') {
    for (const key of Object.keys(value)) {
      const path = prefix ? prefix + '.' + key : key;
      out.add(path);
      activePaths(value[key], path, out);
    }
  }
  return out;
}

function apply(record) {
  if (record.kind === 'machine') machines.set(record.key, record.graph);
  else if (record.kind === 'actor') {
    if (record.parent !== null) {
      for (const [key, entry] of actors) if (entry.record.parent === record.parent && entry.record.id === record.id) drop(key);
    }
    actors.set(record.actor, { record: record, snapshot: null, trail: [] });
  } else if (record.kind === 'snapshot') {
    const entry = actors.get(record.actor);
    if (!entry) return;
    const state = stateString(record.value);
    if (entry.trail[entry.trail.length - 1] !== state) {
      entry.trail.push(state);
      if (entry.trail.length > TRAIL) entry.trail.shift();
    }
    entry.snapshot = record;
  } else if (record.kind === 'event') {
    events.push(record);
    if (events.length > MAX_EVENTS) events.shift();
  }
  dirty = true;
}

function drop(key) {
  actors.delete(key);
  for (const [child, entry] of actors) if (entry.record.parent === key) drop(child);
}

function chart(node, active) {
  const box = el('div', 'node ' + node.type + (active.has(node.path) ? ' active' : ''));
  box.dataset.path = node.path;
  const titleParts = node.transitions.map(function (t) { return t.event + (t.targets.length ? ' \u2192 ' + t.targets.join(', ') : ''); });
  if (node.invokes.length) titleParts.unshift('invokes ' + node.invokes.join(', '));
  if (titleParts.length) box.title = titleParts.join('\n');
  if (node.path !== '') box.appendChild(el('span', 'label', node.key));
  if (node.states.length) {
    const children = el('div', 'children' + (node.type === 'parallel' ? ' parallel' : ''));
    for (const child of node.states) {
      const childBox = chart(child, active);
      if (node.initial === child.key) childBox.classList.add('initial');
      children.appendChild(childBox);
    }
    box.appendChild(children);
  }
  return box;
}

function clock(at) {
  const d = new Date(at);
  const two = function (n) { return String(n).padStart(2, '0'); };
  return two(d.getHours()) + ':' + two(d.getMinutes()) + ':' + two(d.getSeconds()) + '.' + String(d.getMilliseconds()).padStart(3, '0');
}

function label(key) {
  const entry = actors.get(key);
  return entry ? entry.record.systemId || entry.record.id : key;
}

function card(entry) {
  const record = entry.record;
  const snapshot = entry.snapshot;
  const state = snapshot ? stateString(snapshot.value) : '';
  const status = snapshot ? snapshot.status : 'active';
  const root = el('section', 'actor status-' + status);
  root.dataset.actor = record.actor;
  root.dataset.id = record.id;
  root.dataset.machine = record.machine;
  root.dataset.status = status;
  root.dataset.state = state;
  const head = el('header');
  head.appendChild(el('strong', 'name', record.systemId || record.id));
  head.appendChild(el('span', 'machine', record.machine));
  head.appendChild(el('span', 'badge', status));
  head.appendChild(el('code', 'state', state));
  root.appendChild(head);
  if (snapshot) {
    const facts = Object.entries(snapshot.context).filter(function (e) { return e[1] !== null; });
    if (facts.length) root.appendChild(el('div', 'facts', facts.map(function (e) { return e[0] + '=' + e[1]; }).join('  ')));
  }
  if (entry.trail.length > 1) root.appendChild(el('div', 'trail', entry.trail.join(' \u2192 ')));
  const graph = machines.get(record.machine);
  if (graph) root.appendChild(chart(graph.root, snapshot ? activePaths(snapshot.value, '', new Set()) : new Set()));
  const kids = el('div', 'kids');
  for (const other of actors.values()) if (other.record.parent === record.actor) kids.appendChild(card(other));
  if (kids.childNodes.length) root.appendChild(kids);
  return root;
}

function render() {
  if (!dirty) return;
  dirty = false;
  const tree = document.getElementById('tree');
  tree.replaceChildren();
  for (const entry of actors.values()) if (entry.record.parent === null || !actors.has(entry.record.parent)) tree.appendChild(card(entry));
  if (!tree.childNodes.length) tree.appendChild(el('p', 'empty', 'No actors yet. Start a Codex with this inspector and run a turn.'));
  const list = document.getElementById('events');
  list.replaceChildren();
  for (let i = events.length - 1; i >= 0; i--) {
    const e = events[i];
    const item = el('li');
    item.appendChild(el('time', '', clock(e.at)));
    item.appendChild(el('span', 'target', e.actorName || label(e.actor)));
    item.appendChild(el('span', 'type', e.type));
    const fields = Object.entries(e.fields).map(function (f) { return f[0] + '=' + f[1]; }).join(' ');
    if (fields) item.appendChild(el('span', 'fields', fields));
    if (e.source) item.title = 'from ' + label(e.source);
    list.appendChild(item);
  }
  document.getElementById('counts').textContent = actors.size + ' actors, ' + events.length + ' recent events';
}

function connect() {
  const status = document.getElementById('live');
  const source = new EventSource('events');
  source.addEventListener('open', function () { status.textContent = 'live'; status.className = 'live on'; });
  source.addEventListener('error', function () { status.textContent = 'reconnecting\u2026'; status.className = 'live off'; });
  source.addEventListener('reset', function () { machines.clear(); actors.clear(); events.length = 0; dirty = true; });
  source.addEventListener('records', function (message) {
    for (const record of JSON.parse(message.data)) apply(record);
    requestAnimationFrame(render);
  });
}

connect();
`;

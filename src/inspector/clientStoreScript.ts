/**
 * The page's record store, as browser script text: the recorded history, the
 * live state folded from it, and the state at any earlier moment (the time
 * slider). It folds records as `InspectorLog` does on the server.
 *
 * @module
 */

/** Browser script (plain JS in a string: it runs in the page, not in Node). */
export const CLIENT_STORE_SCRIPT = String.raw`
var MAX_HISTORY = 20000;
var MAX_EVENTS = 4000;
var TRAIL = 12;
/** Side data of event records (thread / turn they belong to), computed once when first folded. */
var tags = new WeakMap();

function emptyState() {
  return { machines: new Map(), actors: new Map(), events: [], turns: new Map(), at: 0 };
}

function stateString(value) {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object') {
    var entries = Object.entries(value);
    return entries.map(function (entry) {
      var rest = stateString(entry[1]);
      return rest ? entry[0] + '.' + rest : entry[0];
    }).join(' | ');
  }
  return value === null || value === undefined ? '' : String(value);
}

function activePaths(value, prefix, out) {
  if (typeof value === 'string') { out.add(prefix ? prefix + '.' + value : value); return out; }
  if (value && typeof value === 'object') {
    for (var key of Object.keys(value)) {
      var path = prefix ? prefix + '.' + key : key;
      out.add(path);
      activePaths(value[key], path, out);
    }
  }
  return out;
}

function ctx(entry) { return (entry && entry.snapshot && entry.snapshot.context) || {}; }

/** The thread actor an actor belongs to (itself, or its nearest thread ancestor). */
function threadOf(state, key) {
  for (var k = key, guard = 0; k && guard < 50; guard++) {
    var entry = state.actors.get(k);
    if (!entry) return null;
    if (entry.record.machine === 'thread') return k;
    k = entry.record.parent;
  }
  return null;
}

function threadByCodexId(state, id) {
  if (!id) return null;
  for (var [key, entry] of state.actors) if (entry.record.machine === 'thread' && ctx(entry).codexThreadId === id) return key;
  return null;
}

function turnByTurnId(state, id) {
  if (!id) return null;
  for (var [key, turn] of state.turns) if (turn.turnId === id) return key;
  return null;
}

function tagOf(state, record) {
  var known = tags.get(record);
  if (known) return known;
  var tag;
  if (record.kind === 'event') {
    var entry = state.actors.get(record.actor);
    var isTurn = entry && entry.record.machine === 'turn';
    tag = { thread: threadOf(state, record.actor), turn: isTurn ? record.actor : null, turnId: isTurn ? ctx(entry).turnId || null : null };
  } else {
    tag = { thread: threadByCodexId(state, record.threadId), turn: turnByTurnId(state, record.turnId), turnId: record.turnId };
  }
  tags.set(record, tag);
  return tag;
}

function dropActor(state, key) {
  var entry = state.actors.get(key);
  if (entry) entry.dropped = true;
  state.actors.delete(key);
  for (var [child, other] of state.actors) if (other.record.parent === key) dropActor(state, child);
}

function fold(state, record) {
  if (record.at) state.at = record.at;
  if (record.kind === 'machine') state.machines.set(record.key, record.graph);
  else if (record.kind === 'actor') {
    if (record.parent !== null) {
      for (var [key, entry] of state.actors) if (entry.record.parent === record.parent && entry.record.id === record.id) dropActor(state, key);
    }
    state.actors.set(record.actor, { record: record, snapshot: null, previous: null, cause: null, lastEvent: null, trail: [], changedAt: record.at });
    if (record.machine === 'turn') state.turns.set(record.actor, { key: record.actor, thread: threadOf(state, record.actor), turnId: null, at: record.at, state: '' });
  } else if (record.kind === 'snapshot') {
    var e = state.actors.get(record.actor);
    if (!e) return;
    var now = stateString(record.value);
    var before = e.snapshot ? stateString(e.snapshot.value) : null;
    if (before !== now) {
      e.previous = e.snapshot;
      e.cause = e.lastEvent;
      e.changedAt = record.at;
      if (e.trail[e.trail.length - 1] !== now) { e.trail.push(now); if (e.trail.length > TRAIL) e.trail.shift(); }
    }
    e.snapshot = record;
    var turn = state.turns.get(record.actor);
    if (turn) { turn.state = now; if (record.context.turnId) turn.turnId = record.context.turnId; }
  } else if (record.kind === 'event' || record.kind === 'published') {
    if (record.kind === 'event') { var target = state.actors.get(record.actor); if (target) target.lastEvent = record.type; }
    tagOf(state, record);
    state.events.push(record);
    if (state.events.length > MAX_EVENTS) state.events.splice(0, state.events.length - MAX_EVENTS);
  }
}

/** Records that rebuild a state (what a recording's base holds). */
function recordsOf(state) {
  var out = [];
  for (var [key, graph] of state.machines) out.push({ kind: 'machine', key: key, graph: graph });
  for (var entry of state.actors.values()) { out.push(entry.record); if (entry.snapshot) out.push(entry.snapshot); }
  return out.concat(state.events);
}

var store = {
  base: [],
  history: [],
  live: emptyState(),
  /** null: live; else the history index shown. */
  cursor: null,
  cached: null,
  /** 'live', or the name of an imported recording. */
  source: 'live',
};

function resetStore(records) {
  store.base = [];
  store.history = [];
  store.live = emptyState();
  store.cursor = null;
  store.cached = null;
  addRecords(records || []);
}

function addRecords(records) {
  for (var record of records) {
    store.history.push(record);
    fold(store.live, record);
  }
  if (store.history.length > MAX_HISTORY) {
    var cut = store.history.length - Math.floor(MAX_HISTORY * 0.9);
    store.base = recordsOf(stateAt(cut - 1));
    store.history = store.history.slice(cut);
    if (store.cursor !== null) store.cursor = Math.max(0, store.cursor - cut);
    store.cached = null;
  }
}

/** The system as it was after history record number index. */
function stateAt(index) {
  if (store.cached && store.cached.index === index && store.cached.length === store.base.length) return store.cached.state;
  var state = emptyState();
  for (var record of store.base) fold(state, record);
  for (var i = 0; i <= index && i < store.history.length; i++) fold(state, store.history[i]);
  store.cached = { index: index, length: store.base.length, state: state };
  return state;
}

function view() {
  return store.cursor === null ? store.live : stateAt(store.cursor);
}
`;

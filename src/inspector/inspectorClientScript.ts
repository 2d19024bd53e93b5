/**
 * The inspector page's browser script, as text (the page is one response plus
 * the bundled layout engine at `/elk.js`: no framework, no CDN, works offline).
 *
 * It folds the {@link InspectorRecord} stream from `/events` (SSE) into a
 * store with the whole recorded history (`clientStoreScript.ts`), and draws
 * the actor tree, the selected actor's state charts (`clientChartScript.ts`),
 * the event list and a turn's sequence (`clientViewsScript.ts`). The time
 * slider shows the system after any recorded record; a recording can be
 * exported and imported as JSON.
 *
 * Stable hooks for tests and scripts: tree rows (`#tree .row`) and chart
 * cards (`figure.chart-card`) carry `data-actor`, `data-machine`,
 * `data-status` and `data-state`; chart states are `g.state[data-path]`
 * (class `active`, `done`, `stopped` or `error` when current); transitions
 * are `g.edge[data-source][data-target][data-events]` (class `taken` for the
 * one just taken); events are `#events li[data-kind][data-type]`.
 *
 * @module
 */
import { CLIENT_CHART_SCRIPT } from './clientChartScript.js';
import { CLIENT_STORE_SCRIPT } from './clientStoreScript.js';
import { CLIENT_VIEWS_SCRIPT } from './clientViewsScript.js';

/** The format tag of exported recordings. */
export const RECORDING_FORMAT = 'codex-actors-inspector-recording';

const APP_SCRIPT = String.raw`
var source = null;
var scheduled = false;
var lastRender = { end: 0, took: 0 };
/** Render durations in ms (the last 1000), for tests and the curious. */
var frames = { count: 0, renderMs: [], ingestMs: [] };

/**
 * Draws at the next animation frame, but leaves the page at least three
 * times a render's own duration to breathe between two renders: with
 * hundreds of actors streaming, the page then stays responsive instead of
 * redrawing on every frame.
 */
function requestRender() {
  if (scheduled) return;
  scheduled = true;
  var wait = Math.max(0, lastRender.end + Math.min(250, lastRender.took * 3) - performance.now());
  setTimeout(function () {
    requestAnimationFrame(function () {
      scheduled = false;
      var start = performance.now();
      render();
      lastRender.end = performance.now();
      lastRender.took = lastRender.end - start;
      frames.renderMs.push(lastRender.took);
      if (frames.renderMs.length > 1000) frames.renderMs.shift();
    });
  }, wait);
}

function select(key) {
  ui.selected = key;
  // Until someone picks an actor the page follows the newest active thread.
  ui.pinned = true;
  var state = view();
  var thread = threadOf(state, key);
  ui.thread = thread || '';
  ui.turn = '';
  ui.lastEventsKey = '';
  requestRender();
}

function render() {
  var state = view();
  if (!ui.pinned || !ui.selected || !state.actors.has(ui.selected)) {
    var chosen = defaultSelection(state);
    if (chosen !== ui.selected) { ui.selected = chosen; ui.thread = chosen ? threadOf(state, chosen) || '' : ''; ui.lastEventsKey = ''; }
  }
  var t0 = performance.now();
  renderTree(state, select);
  var t1 = performance.now();
  renderDetail(state, requestRender);
  var t2 = performance.now();
  renderEvents(state);
  frames.parts = { tree: t1 - t0, detail: t2 - t1, events: performance.now() - t2 };
  renderTime();
  var actors = state.actors.size;
  document.getElementById('counts').textContent = actors + ' actors \u00B7 ' + store.history.length + ' records';
  document.body.classList.toggle('travelling', store.cursor !== null);
  frames.count++;
}

function renderTime() {
  var slider = document.getElementById('time');
  var max = Math.max(0, store.history.length - 1);
  slider.max = String(max);
  slider.value = String(store.cursor === null ? max : store.cursor);
  var label = document.getElementById('time-label');
  var banner = document.getElementById('banner');
  if (store.cursor === null) {
    label.textContent = store.source === 'live' ? 'live' : 'end of ' + store.source;
    banner.hidden = store.source === 'live';
    banner.textContent = store.source === 'live' ? '' : 'Showing the recording ' + store.source + '. ';
  } else {
    var record = store.history[store.cursor];
    var at = record && record.at ? record.at : view().at;
    label.textContent = clock(at) + ' (' + (store.cursor + 1) + '/' + store.history.length + ')';
    banner.hidden = false;
    banner.textContent = 'Time travel: the system as it was at ' + clock(at) + (store.source === 'live' ? '; new records keep arriving. ' : ' in ' + store.source + '. ');
  }
  if (!banner.hidden) {
    var back = el('button', '', store.source === 'live' ? 'Back to live' : 'Back to live (reconnect)');
    back.id = 'back-live';
    back.addEventListener('click', goLive);
    banner.appendChild(back);
  }
}

function goLive() {
  store.cursor = null;
  store.cached = null;
  if (store.source !== 'live') { store.source = 'live'; connect(); }
  requestRender();
}

function connect() {
  if (source) source.close();
  var status = document.getElementById('live');
  status.textContent = 'connecting\u2026'; status.className = 'live off';
  source = new EventSource('events');
  source.addEventListener('open', function () { status.textContent = 'live'; status.className = 'live on'; });
  source.addEventListener('error', function () { status.textContent = 'reconnecting\u2026'; status.className = 'live off'; });
  // The server sends its whole history after every (re)connection: start from scratch.
  source.addEventListener('reset', function () { resetStore([]); charts.clear(); requestRender(); });
  source.addEventListener('records', function (message) {
    var start = performance.now();
    addRecords(JSON.parse(message.data));
    frames.ingestMs.push(performance.now() - start);
    if (frames.ingestMs.length > 1000) frames.ingestMs.shift();
    requestRender();
  });
}

function exportRecording() {
  var body = JSON.stringify({ format: '${'$'}{FORMAT}', version: 1, exportedAt: new Date().toISOString(), title: document.title, records: store.base.concat(store.history) });
  var link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([body], { type: 'application/json' }));
  link.download = 'codex-actors-recording-' + new Date().toISOString().replace(/[:.]/g, '-') + '.json';
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(function () { URL.revokeObjectURL(link.href); }, 1000);
}

function importRecording(file) {
  file.text().then(function (text) {
    var data = JSON.parse(text);
    if (!data || data.format !== '${'$'}{FORMAT}' || !Array.isArray(data.records)) throw new Error('not a codex-actors inspector recording');
    if (source) { source.close(); source = null; }
    var status = document.getElementById('live');
    status.textContent = 'recording'; status.className = 'live file';
    resetStore(data.records);
    charts.clear();
    store.source = file.name;
    ui.selected = null;
    ui.pinned = false;
    requestRender();
  }).catch(function (error) {
    var banner = document.getElementById('banner');
    banner.hidden = false;
    banner.textContent = 'Could not import ' + file.name + ': ' + error.message;
  });
}

document.getElementById('time').addEventListener('input', function (event) {
  var value = Number(event.target.value);
  store.cursor = value >= store.history.length - 1 ? null : value;
  ui.lastEventsKey = '';
  requestRender();
});
document.getElementById('go-live').addEventListener('click', goLive);
document.getElementById('export').addEventListener('click', exportRecording);
document.getElementById('import').addEventListener('change', function (event) { var file = event.target.files[0]; if (file) importRecording(file); event.target.value = ''; });
document.getElementById('f-thread').addEventListener('change', function (event) { ui.thread = event.target.value; ui.turn = ''; ui.lastEventsKey = ''; requestRender(); });
document.getElementById('f-turn').addEventListener('change', function (event) { ui.turn = event.target.value; ui.lastEventsKey = ''; requestRender(); });
document.getElementById('f-type').addEventListener('input', function (event) { ui.type = event.target.value; ui.lastEventsKey = ''; requestRender(); });
document.getElementById('f-internal').addEventListener('change', function (event) { ui.internal = event.target.checked; ui.lastEventsKey = ''; requestRender(); });

window.codexInspector = { store: store, ui: ui, view: view, frames: frames, render: render };
connect();
requestRender();
`;

/** Kept as a plain string: it runs in the browser, not in Node. */
export const INSPECTOR_CLIENT_SCRIPT = `(function () {\n'use strict';\n${CLIENT_STORE_SCRIPT}\n${CLIENT_CHART_SCRIPT}\n${CLIENT_VIEWS_SCRIPT}\n${APP_SCRIPT.split('${FORMAT}').join(RECORDING_FORMAT)}\n})();\n`;

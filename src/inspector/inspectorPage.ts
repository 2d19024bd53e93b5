import { INSPECTOR_CLIENT_SCRIPT } from './inspectorClientScript.js';

const STYLE = `
:root { color-scheme: light dark; --fg: #1d2125; --muted: #66707a; --line: #d0d7de; --active: #0a7d34; --active-bg: #dcf5e3; --taken: #d9480f; --bg: #fff; --card: #f6f8fa; --box: #fff; --sel: #ddeeff; --stopped: #8a939c; --error: #c62828; }
@media (prefers-color-scheme: dark) { :root { --fg: #e6edf3; --muted: #8b949e; --line: #30363d; --active: #3fb950; --active-bg: #12361f; --taken: #ff8a4c; --bg: #0d1117; --card: #161b22; --box: #0d1117; --sel: #1f3350; --stopped: #6e7681; --error: #f85149; } }
* { box-sizing: border-box; }
html, body { height: 100%; }
body { margin: 0; font: 13px/1.4 system-ui, sans-serif; color: var(--fg); background: var(--bg); display: flex; flex-direction: column; }
body > header { display: flex; gap: 1em; align-items: center; padding: .45em 1em; border-bottom: 1px solid var(--line); flex-wrap: wrap; }
h1 { font-size: 15px; margin: 0; }
.live { font-weight: 600; } .live.on { color: var(--active); } .live.off { color: #b35900; } .live.file { color: #6f42c1; }
#counts { color: var(--muted); }
.travel { margin-left: auto; display: flex; gap: .5em; align-items: center; }
#time { width: 22em; }
#time-label { font: 12px ui-monospace, monospace; min-width: 13em; color: var(--muted); }
button, .button { font: inherit; font-size: 12px; padding: 2px 9px; border: 1px solid var(--line); border-radius: 5px; background: var(--card); color: var(--fg); cursor: pointer; }
#banner { padding: .35em 1em; background: #fff3cd; color: #664d03; border-bottom: 1px solid #e6d39b; }
#banner button { margin-left: .6em; }
@media (prefers-color-scheme: dark) { #banner { background: #3b2f0b; color: #f5d77a; border-color: #5c4a12; } }
main { flex: 1; min-height: 0; display: grid; grid-template-columns: 19em minmax(0, 1fr) 27em; }
main > * { overflow: auto; padding: .7em .8em; min-height: 0; }
main > nav, main > aside { background: var(--card); }
main > nav { border-right: 1px solid var(--line); } main > aside { border-left: 1px solid var(--line); }
h2 { font-size: 12px; margin: 0 0 .5em; color: var(--muted); text-transform: uppercase; letter-spacing: .05em; }
.empty { color: var(--muted); }
#tree .row { display: flex; gap: .45em; align-items: baseline; padding: 2px 6px; border-radius: 4px; cursor: pointer; white-space: nowrap; }
#tree .row:hover { background: var(--line); } #tree .row.selected { background: var(--sel); }
#tree .dot { width: 7px; height: 7px; border-radius: 50%; background: var(--active); flex: none; align-self: center; }
#tree .status-done .dot { background: #1f6feb; } #tree .status-stopped .dot { background: var(--stopped); } #tree .status-error .dot { background: var(--error); }
#tree .status-stopped .name, #tree .status-stopped .st { color: var(--stopped); }
#tree .name { font-weight: 600; } #tree .sub { color: var(--muted); font-size: 11px; }
#tree .st { color: var(--muted); font-size: 11px; overflow: hidden; text-overflow: ellipsis; }
.detail-head { display: flex; gap: 1.2em; align-items: baseline; flex-wrap: wrap; margin-bottom: .4em; }
.detail-head .title { font-size: 17px; text-transform: none; letter-spacing: 0; color: var(--fg); margin: 0; }
dl.facts { display: flex; flex-wrap: wrap; gap: .2em 1em; margin: 0; font-size: 12px; }
dl.facts dt { color: var(--muted); } dl.facts dd { margin: 0 0 0 -.6em; font-family: ui-monospace, monospace; }
.legend { display: flex; flex-wrap: wrap; gap: .3em 1.1em; font-size: 11px; color: var(--muted); margin: .2em 0 .7em; }
.legend .lg { display: inline-flex; align-items: center; gap: .35em; }
.legend i { display: inline-block; width: 16px; height: 11px; border: 1.5px solid var(--muted); border-radius: 3px; background: var(--box); }
.legend i.lg-initial { width: 9px; height: 9px; border-radius: 50%; background: var(--fg); border: none; }
.legend i.lg-final { border: 3px double var(--muted); }
.legend i.lg-active { border-color: var(--active); background: var(--active-bg); border-width: 2px; }
.legend i.lg-taken { border: none; border-top: 2.5px solid var(--taken); border-radius: 0; height: 0; width: 20px; background: none; }
.legend i.lg-stopped { border: 2px dashed var(--stopped); background: repeating-linear-gradient(45deg, transparent 0 3px, rgba(128,128,128,.25) 3px 5px); }
.legend i.lg-text, .legend i.lg-loop { display: none; }
.charts { display: flex; flex-wrap: wrap; gap: .8em; align-items: flex-start; }
figure.chart-card { margin: 0; border: 1px solid var(--line); border-radius: 7px; background: var(--card); padding: .45em .6em .6em; flex: 1 1 100%; min-width: 0; max-width: 100%; }
figure.chart-card.big { flex-basis: 100%; }
figure.chart-card figcaption { display: flex; gap: .6em; align-items: baseline; flex-wrap: wrap; margin-bottom: .2em; }
figure.chart-card .machine, .trail, .cause { color: var(--muted); font-size: 12px; }
.trail { font-size: 11px; margin-bottom: .3em; }
.root-events { font-size: 11px; color: var(--muted); margin-top: .3em; max-width: 60em; }
.badge { font-size: 11px; border: 1px solid var(--line); border-radius: 9px; padding: 0 .5em; }
.status-active > figcaption .badge { color: var(--active); } .status-done > figcaption .badge { color: #1f6feb; }
.status-stopped > figcaption .badge { color: var(--stopped); } .status-error > figcaption .badge { color: var(--error); }
figure.status-stopped svg.chart { opacity: .75; }
.state-code, figcaption .state { font-weight: 600; }
svg.chart { display: block; font-family: system-ui, sans-serif; max-width: 100%; height: auto; }
.chart-body { cursor: zoom-in; } .chart-body.natural { overflow: auto; cursor: zoom-out; } .chart-body.natural svg.chart { max-width: none; }
svg.chart .state .box { fill: var(--box); stroke: var(--muted); stroke-width: 1.2; }
svg.chart .state.compound > .box { fill: none; stroke-dasharray: none; }
svg.chart .state.parallel > .box { stroke-dasharray: 5 3; }
svg.chart .state.final > .inner { fill: none; stroke: var(--muted); stroke-width: 1; }
svg.chart .state .name { font-size: 12px; font-weight: 600; fill: var(--fg); }
svg.chart .state .note, svg.chart .any .note { font-size: 10px; fill: var(--muted); }
svg.chart .any rect { fill: none; stroke: var(--muted); stroke-dasharray: 3 3; }
svg.chart .initial-dot { fill: var(--fg); }
svg.chart .state.active > .box { fill: var(--active-bg); stroke: var(--active); stroke-width: 2.2; }
svg.chart .state.compound.active > .box { fill: none; }
svg.chart .state.active > .name { fill: var(--active); }
svg.chart .state.done > .box { fill: #ddeaff; stroke: #1f6feb; stroke-width: 2.2; } svg.chart .state.done > .inner { stroke: #1f6feb; }
svg.chart .state.stopped > .box { stroke: var(--stopped); stroke-dasharray: 4 3; stroke-width: 2; }
svg.chart .state.leaf.stopped > .box { fill: rgba(128,128,128,.18); }
svg.chart .state.error > .box { stroke: var(--error); stroke-width: 2.2; }
svg.chart .edge path { fill: none; stroke: var(--muted); stroke-width: 1.1; opacity: .8; }
svg.chart .edge.initial path { stroke: var(--fg); opacity: 1; }
svg.chart .arrowhead { fill: var(--muted); } svg.chart .arrowhead.taken { fill: var(--taken); }
svg.chart .edge.taken path { stroke: var(--taken); stroke-width: 2.6; opacity: 1; }
svg.chart .edge-label rect { fill: var(--card); opacity: .9; }
svg.chart .edge-label text { font-size: 10px; fill: var(--muted); }
svg.chart .edge-label.taken text { fill: var(--taken); font-weight: 700; }
.sequence { margin-top: 1em; border: 1px solid var(--line); border-radius: 7px; padding: .5em .7em; background: var(--card); overflow: auto; }
.sequence h3 { margin: 0 0 .3em; font-size: 13px; }
svg.seq { display: block; font: 11px system-ui, sans-serif; }
svg.seq .lane-head { fill: var(--box); stroke: var(--muted); } svg.seq .lane-name { font-weight: 600; fill: var(--fg); }
svg.seq .lifeline { stroke: var(--line); stroke-dasharray: 4 3; }
svg.seq .msg line { stroke: var(--fg); stroke-width: 1.2; } svg.seq .msg text { fill: var(--fg); } svg.seq .msg .when { fill: var(--muted); font-size: 10px; }
svg.seq .msg.event line { stroke: #6f42c1; } svg.seq .msg { cursor: pointer; } svg.seq .msg:hover text { fill: var(--taken); }
svg.seq .arrowhead { fill: var(--fg); }
details.context { margin-top: 1em; } details.context summary { cursor: pointer; color: var(--muted); }
.filters { display: flex; flex-wrap: wrap; gap: .35em; margin-bottom: .5em; }
.filters select, .filters input[type=search] { font: inherit; font-size: 12px; max-width: 100%; }
.filters select { flex: 1 1 40%; } .filters input[type=search] { flex: 1 1 55%; }
ol#events { list-style: none; margin: 0; padding: 0; font: 12px/1.45 ui-monospace, monospace; }
#events li { border-bottom: 1px solid var(--line); }
#events .line { padding: 2px 2px; cursor: pointer; overflow-wrap: anywhere; } #events .line:hover { background: var(--line); }
#events time { color: var(--muted); margin-right: .5em; }
#events .target { margin-right: .5em; color: #0b5cad; } #events .type { font-weight: 600; margin-right: .5em; } #events .fields { color: var(--muted); }
#events li.published .type { color: #6f42c1; }
@media (prefers-color-scheme: dark) { #events .target { color: #58a6ff; } #events li.published .type { color: #d2a8ff; } }
pre.payload { margin: .2em 0 .5em; padding: .4em .6em; background: var(--box); border: 1px solid var(--line); border-radius: 5px; font-size: 11px; max-height: 24em; overflow: auto; white-space: pre-wrap; overflow-wrap: anywhere; }
`;

/**
 * The inspector page: one HTML document with its style and script inline;
 * the only other request is the bundled layout engine (`/elk.js`) from the
 * same server, so it needs no network beyond it (no CDN; works offline).
 *
 * @example
 * ```ts
 * res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(renderInspectorPage());
 * ```
 */
export function renderInspectorPage(title = 'codex-actors inspector'): string {
  const safeTitle = title.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${safeTitle}</title>
<style>${STYLE}</style>
</head>
<body>
<header><h1>${safeTitle}</h1><span id="live" class="live off">connecting…</span><span id="counts"></span>
<div class="travel"><input type="range" id="time" min="0" max="0" value="0" aria-label="time travel: the system after this record"><span id="time-label">live</span>
<button id="go-live" type="button">Live</button><button id="export" type="button" title="Download the recorded history as JSON">Export</button><label class="button" title="Open a recording exported earlier">Import<input type="file" id="import" accept="application/json,.json" hidden></label></div></header>
<div id="banner" hidden></div>
<main>
<nav><h2>Actors</h2><div id="tree"><p class="empty">Waiting for the first actor…</p></div></nav>
<section id="detail"><p class="empty">Waiting for the first actor…</p></section>
<aside><h2>Events</h2><div class="filters"><select id="f-thread" aria-label="thread"></select><select id="f-turn" aria-label="turn"></select><input type="search" id="f-type" placeholder="filter by type" aria-label="event type"><label><input type="checkbox" id="f-internal"> xstate.*</label></div><ol id="events"></ol></aside>
</main>
<script src="elk.js"></script>
<script>${INSPECTOR_CLIENT_SCRIPT}</script>
</body>
</html>
`;
}

import { INSPECTOR_CLIENT_SCRIPT } from './inspectorClientScript.js';

const STYLE = `
:root { color-scheme: light dark; --fg: #1d2125; --muted: #6a737d; --line: #d0d7de; --active: #0a7d34; --active-bg: #dcf5e3; --bg: #fff; --card: #f6f8fa; }
@media (prefers-color-scheme: dark) { :root { --fg: #e6edf3; --muted: #8b949e; --line: #30363d; --active: #3fb950; --active-bg: #12361f; --bg: #0d1117; --card: #161b22; } }
* { box-sizing: border-box; }
body { margin: 0; font: 13px/1.4 system-ui, sans-serif; color: var(--fg); background: var(--bg); }
body > header { display: flex; gap: 1em; align-items: baseline; padding: .6em 1em; border-bottom: 1px solid var(--line); }
h1 { font-size: 15px; margin: 0; }
.live { font-weight: 600; } .live.on { color: var(--active); } .live.off { color: #b35900; }
#counts { color: var(--muted); }
main { display: grid; grid-template-columns: minmax(0, 1fr) 26em; gap: 1em; padding: 1em; }
h2 { font-size: 13px; margin: 0 0 .5em; color: var(--muted); text-transform: uppercase; letter-spacing: .05em; }
.actor { border: 1px solid var(--line); border-radius: 6px; background: var(--card); padding: .5em .6em; margin: 0 0 .6em; }
.actor header { display: flex; gap: .6em; align-items: baseline; flex-wrap: wrap; }
.actor .machine, .facts, .trail, .empty { color: var(--muted); font-size: 12px; }
.badge { font-size: 11px; border: 1px solid var(--line); border-radius: 9px; padding: 0 .5em; }
.status-done .badge { color: var(--active); } .status-error .badge, .status-stopped .badge { color: #b35900; }
.state { font-weight: 600; }
.kids { margin: .6em 0 0 1.2em; }
.node { border: 1px solid var(--line); border-radius: 5px; padding: 2px 5px; margin: 2px; background: var(--bg); font-size: 11px; }
.node.final { border-style: double; border-width: 3px; }
.node.initial > .label::before { content: '\\25CF '; color: var(--muted); font-size: 8px; }
.node.active { border-color: var(--active); background: var(--active-bg); }
.node.active > .label { color: var(--active); font-weight: 700; }
.children { display: flex; flex-wrap: wrap; align-items: flex-start; }
.children.parallel > .node { border-style: dashed; }
.actor > .node { margin-top: .4em; }
ol#events { list-style: none; margin: 0; padding: 0; font: 12px/1.5 ui-monospace, monospace; }
#events li { border-bottom: 1px solid var(--line); padding: 1px 0; overflow-wrap: anywhere; }
#events time { color: var(--muted); margin-right: .5em; }
#events .target { margin-right: .5em; } #events .type { font-weight: 600; margin-right: .5em; } #events .fields { color: var(--muted); }
`;

/**
 * The inspector page: one HTML document with its style and script inline, so
 * it needs nothing but the server that sent it (no CDN; works offline).
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
<header><h1>${safeTitle}</h1><span id="live" class="live off">connecting…</span><span id="counts"></span></header>
<main>
<section><h2>Supervision tree</h2><div id="tree"><p class="empty">Waiting for the first actor…</p></div></section>
<aside><h2>Last events</h2><ol id="events"></ol></aside>
</main>
<script>${INSPECTOR_CLIENT_SCRIPT}</script>
</body>
</html>
`;
}

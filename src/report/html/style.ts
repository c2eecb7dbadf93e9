/**
 * The page's stylesheet, inlined (the page works offline). The lane scrolls inside its own box, with the step
 * numbers and task names kept in view, so ten tasks read as well as two; past the `compact` threshold the
 * columns narrow.
 */
export const pageStyle = `
:root { --bg: #fff; --fg: #1d2026; --dim: #6b7280; --line: #e3e6eb; --past: #f6f7f9; --now: #fff3bf; --bad: #b42318;
  --good: #067647; --accent: #1d4ed8; --chip: #e0ecff; color-scheme: light dark; }
@media (prefers-color-scheme: dark) { :root { --bg: #16181d; --fg: #e6e8eb; --dim: #9aa1ac; --line: #2c3038; --past: #1c1f25;
  --now: #4a3f12; --bad: #f97066; --good: #47cd89; --accent: #84adff; --chip: #1e3a66; } }
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; background: var(--bg); color: var(--fg); }
header, footer, nav { padding: 0.75rem 1.25rem; }
header p { margin: 0.3rem 0; }
header h1 { font-size: 1.15rem; margin: 0 0 0.35rem; color: var(--bad); }
header .kind { display: inline-block; font-size: 0.75rem; text-transform: uppercase; letter-spacing: 0.04em; border: 1px solid var(--bad);
  border-radius: 3px; padding: 0 0.35rem; margin-right: 0.5rem; vertical-align: middle; }
header .meta, .dim { color: var(--dim); }
pre { margin: 0.25rem 0; font: 12.5px/1.4 ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; white-space: pre-wrap; }
.warning { color: var(--bad); font-weight: 600; }
nav { display: flex; gap: 0.4rem; align-items: center; border-block: 1px solid var(--line); position: sticky; top: 0; background: var(--bg); z-index: 10; }
button { font: inherit; padding: 0.2rem 0.7rem; border: 1px solid var(--line); border-radius: 4px; background: var(--past); color: var(--fg); cursor: pointer; }
button:disabled { opacity: 0.4; cursor: default; }
#position { min-width: 9rem; text-align: center; font-variant-numeric: tabular-nums; }
.keys { margin-left: auto; color: var(--dim); font-size: 0.85rem; }
kbd { border: 1px solid var(--line); border-radius: 3px; padding: 0 0.25rem; font-size: 0.8rem; }
main { display: grid; grid-template-columns: minmax(0, 1fr) 22rem; gap: 1rem; padding: 0.75rem 1.25rem; align-items: start; }
main:has(table.compact) { grid-template-columns: minmax(0, 1fr) 17rem; }
@media (max-width: 900px) { main, main:has(table.compact) { grid-template-columns: minmax(0, 1fr); } }
.lane-box { overflow: auto; max-height: calc(100vh - 9rem); border: 1px solid var(--line); border-radius: 6px; }
table.lane { border-collapse: separate; border-spacing: 0; width: 100%; }
.lane th, .lane td { border-bottom: 1px solid var(--line); padding: 0.2rem 0.5rem; text-align: left; vertical-align: top; }
.lane td.cell, .lane td:empty, .lane th.task { min-width: 10rem; max-width: 16rem; border-left: 1px solid var(--line); }
.lane.compact td.cell, .lane.compact td:empty, .lane.compact th.task { min-width: 6.5rem; max-width: 9rem; font-size: 12.5px; }
.lane.compact .c { display: -webkit-box; -webkit-line-clamp: 2; -webkit-box-orient: vertical; overflow: hidden; }
.lane thead th { position: sticky; top: 0; background: var(--bg); z-index: 2; }
.lane th.n { position: sticky; left: 0; background: var(--bg); z-index: 1; color: var(--dim); font-weight: normal;
  text-align: right; font-variant-numeric: tabular-nums; min-width: 3rem; }
.lane thead th.n { z-index: 3; }
.lane td.out { border-left: 1px solid var(--line); min-width: 5rem; }
.lane td.wide { color: var(--dim); font-style: italic; }
.lane tr.step { cursor: pointer; }
.lane tr.future { opacity: 0.45; }
.lane tr.current, .lane tr.current th.n { background: var(--now); }
.lane tr.current { outline: 2px solid var(--accent); outline-offset: -2px; }
.lane .loc { font: 12px ui-monospace, Menlo, Consolas, monospace; color: var(--accent); }
.lane .icon { display: inline-block; width: 1.1em; }
.k-block .what, .k-wake .what, .k-note .what, .waker .what { color: var(--dim); }
.k-done .what { color: var(--good); }
.k-throw .what, tr.verdict .headline { color: var(--bad); }
.waker { font-size: 0.85em; }
.chip { display: inline-block; background: var(--chip); border-radius: 3px; padding: 0 0.3rem; margin: 0 0.15rem 0.15rem 0;
  font: 12.5px ui-monospace, Menlo, Consolas, monospace; white-space: pre-wrap; }
tr.verdict td.wide { font-style: normal; color: var(--fg); }
aside { position: sticky; top: 3.5rem; border: 1px solid var(--line); border-radius: 6px; padding: 0.75rem; }
aside h2 { font-size: 0.95rem; margin: 0 0 0.4rem; }
aside h3 { font-size: 0.85rem; margin: 0.75rem 0 0.3rem; color: var(--dim); font-weight: 600; }
#now { margin: 0 0 0.5rem; }
#now-code { display: block; margin: -0.25rem 0 0.5rem; font: 12px ui-monospace, Menlo, Consolas, monospace; white-space: pre-wrap;
  overflow-wrap: anywhere; }
#now-code:empty { display: none; }
#now.bad { color: var(--bad); font-weight: 600; }
#tasks { list-style: none; margin: 0; padding: 0; }
#tasks li { padding: 0.3rem 0; border-top: 1px solid var(--line); }
#tasks li.current { background: var(--now); }
#tasks .status { float: right; font-size: 0.8rem; color: var(--dim); }
#tasks .status[data-status="running"] { color: var(--accent); font-weight: 600; }
#tasks .status[data-status="blocked"], #tasks .status[data-status="threw"] { color: var(--bad); }
#tasks .status[data-status="done"] { color: var(--good); }
#tasks code { display: block; font: 12px ui-monospace, Menlo, Consolas, monospace; color: var(--dim); white-space: pre-wrap; overflow-wrap: anywhere; }
footer h2 { font-size: 0.9rem; margin: 0 0 0.3rem; color: var(--dim); }
footer .replay { display: flex; gap: 0.5rem; align-items: center; flex-wrap: wrap; }
footer code { font: 12.5px ui-monospace, Menlo, Consolas, monospace; background: var(--past); padding: 0.3rem 0.5rem; border-radius: 4px;
  overflow-wrap: anywhere; }
`;

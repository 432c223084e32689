/** Side panel styles: plain CSS, light and dark. */
export const PANEL_CSS = `
:root { color-scheme: light dark; }
body { margin: 0; font: 13px/1.55 system-ui, -apple-system, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; color: #1c2024; background: #fcfcfd; }
@media (prefers-color-scheme: dark) { body { color: #edeef0; background: #111113; } .panel button { background: #212225; color: #edeef0; border-color: #363a3f; } .panel input { background: #18191b; color: #edeef0; border-color: #363a3f; } li.issue, li.figure { border-color: #2e3135; } }
.panel { padding: 12px; min-width: 260px; }
header h1 { font-size: 15px; margin: 0 0 8px; }
nav { display: flex; gap: 4px; margin-bottom: 10px; }
nav button[aria-selected="true"] { background: #1c2024; color: #fff; border-color: #1c2024; }
.panel button { font: inherit; cursor: pointer; border: 1px solid #d9d9e0; background: #f9f9fb; color: #1c2024; border-radius: 6px; padding: 2px 10px; }
.panel button.primary { background: #1c2024; color: #fff; border-color: #1c2024; }
.toolbar { display: flex; gap: 6px; align-items: center; justify-content: space-between; margin-bottom: 8px; }
.search { flex: 1; }
.panel input { font: inherit; border: 1px solid #d9d9e0; border-radius: 6px; padding: 4px 8px; min-width: 0; }
.muted { color: #80838d; }
.error { color: #e5484d; }
.ok { color: #30a46c; }
details.group { margin-bottom: 8px; }
summary { cursor: pointer; font-weight: 600; display: flex; align-items: center; gap: 6px; }
.dot { width: 8px; height: 8px; border-radius: 50%; display: inline-block; }
.count { margin-left: auto; font-weight: 400; color: #80838d; }
ul { list-style: none; margin: 4px 0; padding: 0; }
li.issue, li.figure { border: 1px solid #e8e8ec; border-radius: 8px; padding: 6px 8px; margin-bottom: 6px; }
li.issue p { margin: 4px 0; }
.panel .excerpt { all: unset; cursor: pointer; display: block; font-weight: 500; }
.panel .excerpt:hover { text-decoration: underline; }
.actions { display: flex; gap: 6px; flex-wrap: wrap; margin-top: 4px; }
.figure-main { display: flex; justify-content: space-between; gap: 8px; }
.value { font-variant-numeric: tabular-nums; font-weight: 600; }
.figure-form { display: grid; gap: 6px; margin: 8px 0; padding: 8px; border: 1px dashed #b9bbc6; border-radius: 8px; }
.field { display: grid; grid-template-columns: 5em 1fr; align-items: center; gap: 6px; }
.drafts { display: flex; flex-wrap: wrap; gap: 4px; margin-bottom: 6px; align-items: center; }
footer { margin-top: 16px; font-size: 12px; }
.document-view textarea { box-sizing: border-box; width: 100%; font: inherit; border: 1px solid #d9d9e0; border-radius: 6px; padding: 6px 8px; resize: vertical; background: transparent; color: inherit; }
.dropzone { margin: 8px 0; padding: 14px 8px; border: 1px dashed #b9bbc6; border-radius: 8px; text-align: center; color: #80838d; }
.dropzone.dragging { border-color: #1c2024; color: inherit; }
.issue-head { display: flex; align-items: center; gap: 6px; }
.line-ref { margin-left: auto; font-variant-numeric: tabular-nums; }
.excerpt-text { font-weight: 500; }
.corrected { display: grid; grid-template-columns: 1fr auto; gap: 2px 6px; align-items: start; margin-top: 4px; }
.corrected .muted { grid-column: 1 / -1; font-size: 12px; }
.corrected code { font: inherit; background: rgba(48, 164, 108, 0.1); border-radius: 4px; padding: 2px 4px; white-space: pre-wrap; word-break: break-all; }
`;

/** Extra styles of the popup and options page. */
export const PAGE_CSS = `
h2 { font-size: 14px; margin: 18px 0 6px; }
.field-inline { display: flex; align-items: center; gap: 6px; margin: 4px 0; }
.counts li { display: flex; align-items: center; gap: 6px; padding: 2px 0; }
table.rules { border-collapse: collapse; width: 100%; }
table.rules th { text-align: left; padding-top: 8px; }
table.rules td { padding: 2px 0; }
td.rule-desc { padding-left: 16px !important; }
.phrases li { display: flex; align-items: center; gap: 6px; flex-wrap: wrap; padding: 2px 0; }
.phrases .actions { margin: 0 0 0 auto; }
.phrase-form { display: grid; gap: 6px; margin: 8px 0; padding: 8px; border: 1px dashed #b9bbc6; border-radius: 8px; }
.form-row { display: grid; grid-template-columns: 11em 1fr; gap: 6px; align-items: start; }
.form-input { display: grid; gap: 2px; }
.form-stack { display: grid; gap: 4px; margin: 6px 0; }
.form-stack textarea { font: 12px/1.4 ui-monospace, monospace; border: 1px solid #d9d9e0; border-radius: 6px; padding: 6px; background: transparent; color: inherit; }
.field-error { font-size: 12px; }
[aria-invalid="true"] { border-color: #e5484d !important; }
.button-like { font: inherit; cursor: pointer; border: 1px solid #d9d9e0; border-radius: 6px; padding: 2px 10px; background: #f9f9fb; }
.panel select { font: inherit; border: 1px solid #d9d9e0; border-radius: 6px; padding: 2px 6px; background: #fff; color: inherit; }
.options [role="status"] { position: sticky; top: 8px; z-index: 1; margin: 0 0 8px; padding: 6px 10px; border-radius: 6px; background: #e9f6ee; }
.options [role="status"].error { background: #fdecec; }
table.rules tr:hover td, table.rules tr:hover th { background: rgba(0, 0, 0, 0.03); }
table.rules td:last-child { text-align: right; white-space: nowrap; padding-left: 12px; }
@media (prefers-color-scheme: dark) { .panel select, .button-like { background: #18191b; border-color: #363a3f; } .options [role="status"] { background: #132d21; } .options [role="status"].error { background: #3b1219; } }
`;

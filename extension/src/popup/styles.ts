/** Popup styles: the panel's base styles plus the popup's own layout (a fixed narrow width). */
import { PAGE_CSS, PANEL_CSS } from "~sidepanel/styles";

export const POPUP_CSS = `${PANEL_CSS}${PAGE_CSS}
.popup { width: 300px; box-sizing: border-box; padding: 12px 14px; }
.popup-head h1 { font-size: 15px; margin: 0 0 10px; }
.site-switch { display: flex; align-items: center; justify-content: space-between; gap: 10px; padding: 8px 10px; border: 1px solid #e8e8ec; border-radius: 8px; cursor: pointer; }
.site-label { min-width: 0; overflow: hidden; text-overflow: ellipsis; font-weight: 500; }
.site-switch input[role="switch"] { appearance: none; flex: none; position: relative; width: 34px; height: 20px; margin: 0; border-radius: 10px; background: #b9bbc6; cursor: pointer; transition: background 0.15s; }
.site-switch input[role="switch"]::after { content: ""; position: absolute; top: 2px; left: 2px; width: 16px; height: 16px; border-radius: 50%; background: #fff; transition: transform 0.15s; }
.site-switch input[role="switch"]:checked { background: #30a46c; }
.site-switch input[role="switch"]:checked::after { transform: translateX(14px); }
.site-switch input[role="switch"]:focus-visible { outline: 2px solid #0090ff; outline-offset: 2px; }
.page-counts { margin: 10px 0 0; }
.total { margin: 0 0 4px; font-weight: 600; }
.counts li { display: flex; align-items: center; gap: 8px; padding: 3px 0; }
.counts .count { font-variant-numeric: tabular-nums; font-weight: 600; color: inherit; }
.notice { margin: 10px 0 0; }
.reference-date { margin: 12px 0 0; padding-top: 8px; border-top: 1px solid #e8e8ec; }
.date-row { display: flex; justify-content: space-between; align-items: baseline; gap: 8px; }
.date-row strong { font-variant-numeric: tabular-nums; }
.date-hint { margin: 2px 0 0; color: #80838d; font-size: 12px; }
.date-hint .date, .site-label { white-space: nowrap; }
.popup p { text-wrap: pretty; }
.popup .actions { margin-top: 10px; }
.popup .actions button { flex: 1; padding: 5px 10px; }
@media (prefers-color-scheme: dark) { .site-switch, .reference-date { border-color: #2e3135; } .site-switch input[role="switch"] { background: #5a5d66; } }
`;

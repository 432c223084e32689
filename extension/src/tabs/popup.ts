/**
 * The popup: Tally on or off for this site (remembered), the page's issues per category, a button
 * for the side panel, and the reference date in use. It only reads settings and asks the page, so
 * it carries neither the engine nor a schema library; and it opens with every click on the toolbar
 * button, so it is plain DOM (24 KB) rather than React (167 KB). Plasmo mounts a top-level
 * popup.tsx with React, so the popup is this page (tabs/popup.html), named in package.json's
 * manifest as the action's popup. Elements are kept and updated in place, so the refresh every
 * second neither moves focus nor replaces the live region.
 */
import { CATEGORY_STYLES, categoryStyle } from "~lint-framework/categories";
import { askPageStatus, popupTargetTab, type PageStatus } from "~popup/page-status";
import { loadPopupSettings, setSiteEnabled, type PopupSettings } from "~popup/site-settings";
import { POPUP_CSS } from "~popup/styles";
import { t } from "~i18n";

/** How often the open popup asks the page again, so counts follow typing and switching on. */
const REFRESH_MS = 1000;

/** Categories in the order the options page lists them, then any the popup does not know yet. */
function orderedCounts(counts: Record<string, number>): [string, number][] {
  const known = Object.keys(CATEGORY_STYLES);
  const rank = (c: string) => (known.includes(c) ? known.indexOf(c) : known.length);
  return Object.entries(counts).sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b));
}

/** An element with a class (if given) and children (strings become text). */
function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (className) element.className = className;
  element.append(...children);
  return element;
}

let settings: PopupSettings | null = null;
/** undefined: still asking; null: the page cannot be checked. */
let status: PageStatus | null | undefined = undefined;
let target: { tabId?: number; windowId?: number } = {};

// The parts that stay: header, the site switch, the counts (a live region), the date, the buttons.
const siteLabel = el("span", "site-label");
const siteSwitch = el("input");
siteSwitch.type = "checkbox";
siteSwitch.setAttribute("role", "switch");
siteSwitch.name = "site-enabled";
const switchRow = el("label", "site-switch", siteLabel, siteSwitch);
const countsSection = el("section", "page-counts");
countsSection.setAttribute("aria-live", "polite");
const counting = el("p", "muted", t("popup_counting"));
const cannotCheck = el("p", "muted notice", t("popup_cannot_check"));
const siteOff = el("p", "muted notice", t("popup_site_off"));
siteOff.dataset.testid = "site-off";
const dateSection = el("section", "reference-date");
dateSection.dataset.testid = "reference-date";
const openButton = el("button", "primary", t("action_open_panel"));
const settingsButton = el("button", undefined, t("action_settings"));
const style = el("style", undefined, POPUP_CSS);
const main = el("main", "panel popup", style, el("header", "popup-head", el("h1", undefined, t("extensionName"))), dateSection, el("div", "actions", openButton, settingsButton));

/** The nodes shown between the header and the date, as last placed. */
let statusNodes: Node[] = [];
let countsShown = "";
let dateShown = "";

function renderCounts(counts: [string, number][]): void {
  const key = JSON.stringify(counts);
  if (key === countsShown) return;
  countsShown = key;
  const total = counts.reduce((sum, [, n]) => sum + n, 0);
  if (total === 0) {
    countsSection.replaceChildren(el("p", "muted notice", t("popup_no_issues")));
    return;
  }
  const totalLine = el("p", "total", t("popup_issue_total", total));
  totalLine.dataset.testid = "issue-total";
  const items = counts.map(([category, n]) => {
    const dot = el("span", "dot");
    dot.style.background = categoryStyle(category).color;
    const item = el("li", undefined, dot, el("span", "label", categoryStyle(category).label), el("span", "count", String(n)));
    item.dataset.category = category;
    return item;
  });
  countsSection.replaceChildren(totalLine, el("ul", "counts", ...items));
}

function renderStatus(): void {
  let nodes: Node[];
  if (status === undefined) nodes = [counting];
  else if (status === null) nodes = [cannotCheck];
  else {
    const label = t("popup_check_on", status.host || t("popup_this_page"));
    if (siteLabel.textContent !== label) siteLabel.textContent = label;
    siteSwitch.checked = status.enabled;
    if (status.enabled) renderCounts(orderedCounts(status.counts));
    nodes = [switchRow, status.enabled ? countsSection : siteOff];
  }
  for (const node of statusNodes) if (!nodes.includes(node)) main.removeChild(node);
  // From the last node back, each goes right before the next; a node already there is not moved
  // (moving the switch would take its focus away).
  let next: Node = dateSection;
  for (const node of [...nodes].reverse()) {
    if (node.nextSibling !== next) main.insertBefore(node, next);
    next = node;
  }
  statusNodes = nodes;
}

function renderDate(): void {
  const fixedDate = settings && settings.referenceDate !== "auto" ? settings.referenceDate : null;
  const today = new Date().toISOString().slice(0, 10);
  const key = `${fixedDate ?? ""}|${today}`;
  if (key === dateShown) return;
  dateShown = key;
  const row = el("div", "date-row", el("span", undefined, t("date_heading")), el("strong", undefined, fixedDate ?? t("popup_date_auto")));
  const hint = fixedDate
    ? el("p", "date-hint", t("popup_date_fixed_hint"))
    : el("p", "date-hint", t("popup_date_auto_hint"), " ", el("span", "date", today));
  dateSection.replaceChildren(row, hint);
}

function render(): void {
  renderStatus();
  renderDate();
}

async function toggleSite(on: boolean): Promise<void> {
  if (!status) return;
  const host = status.host;
  settings = await setSiteEnabled(host, on);
  // The page follows the stored setting; show the switch's new state until it answers.
  if (status) status = { ...status, enabled: on, counts: on ? status.counts : {} };
  render();
}

// Called straight from the click: both browsers open panels only in answer to a user action.
function openPanel(): void {
  const { sidePanel, sidebarAction: sidebar } = chrome as unknown as { sidePanel?: typeof chrome.sidePanel; sidebarAction?: { open(): Promise<void> } };
  const opening =
    sidePanel && target.windowId !== undefined
      ? sidePanel.open({ windowId: target.windowId })
      : sidebar
        ? sidebar.open() // Firefox
        : Promise.resolve();
  void opening.then(() => window.close()).catch((error: unknown) => console.warn("[tally]", error));
}

async function refresh(tabId: number): Promise<void> {
  status = await askPageStatus(tabId);
  render();
  setTimeout(() => void refresh(tabId), REFRESH_MS);
}

siteSwitch.addEventListener("change", () => void toggleSite(siteSwitch.checked));
openButton.addEventListener("click", openPanel);
settingsButton.addEventListener("click", () => void chrome.runtime.openOptionsPage());
render();
(document.getElementById("__plasmo") ?? document.body).append(main);

void (async () => {
  settings = await loadPopupSettings();
  render();
  const tab = await popupTargetTab();
  target = { tabId: tab?.id, windowId: tab?.windowId };
  if (tab?.id === undefined) {
    status = null;
    render();
  } else await refresh(tab.id);
})().catch((error: unknown) => console.warn("[tally]", error));

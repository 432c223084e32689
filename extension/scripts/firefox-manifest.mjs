// Adjusts the Firefox build's manifest after `plasmo build --target=firefox-mv3`: Firefox has a
// sidebar (sidebar_action, which Plasmo writes) instead of Chromium's side panel, so the
// "sidePanel" permission is dropped, and an add-on id lets Firefox keep the extension's storage.
import { readFileSync, writeFileSync } from "node:fs";

const path = new URL("../build/firefox-mv3-prod/manifest.json", import.meta.url);
const manifest = JSON.parse(readFileSync(path, "utf8"));
manifest.permissions = (manifest.permissions ?? []).filter((p) => p !== "sidePanel");
delete manifest.side_panel;
manifest.browser_specific_settings = { gecko: { id: "tally@tally.local", strict_min_version: "128.0" } };
writeFileSync(path, JSON.stringify(manifest));

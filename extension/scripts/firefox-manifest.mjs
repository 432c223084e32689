// Adjusts the Firefox build's manifest after `plasmo build --target=firefox-mv3`: Firefox has a
// sidebar (sidebar_action, which Plasmo writes) instead of Chromium's side panel, so the
// "sidePanel" permission is dropped; an add-on id lets Firefox keep the extension's storage; and
// the add-on declares that it collects no data (Firefox asks every new add-on to say so).
import { readFileSync, writeFileSync } from "node:fs";

const path = new URL("../build/firefox-mv3-prod/manifest.json", import.meta.url);
const manifest = JSON.parse(readFileSync(path, "utf8"));
manifest.permissions = (manifest.permissions ?? []).filter((p) => p !== "sidePanel");
delete manifest.side_panel;
if (manifest.sidebar_action) {
  manifest.sidebar_action.default_title ??= "__MSG_extensionName__";
  manifest.sidebar_action.default_icon ??= manifest.action?.default_icon;
}
manifest.browser_specific_settings = {
  gecko: { id: "tally@tally.local", strict_min_version: "140.0", data_collection_permissions: { required: ["none"] } },
  gecko_android: { strict_min_version: "142.0" },
};
writeFileSync(path, JSON.stringify(manifest));

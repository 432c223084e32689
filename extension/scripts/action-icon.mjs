// The toolbar button's icon in both builds. package.json's manifest names the popup page
// (tabs/popup.html: a plain-DOM page, see src/tabs/popup.ts), and with that "action" Plasmo no
// longer adds the icons it otherwise puts there; this copies the extension's icons back in.
import { existsSync, readFileSync, writeFileSync } from "node:fs";

for (const build of ["chrome-mv3-prod", "firefox-mv3-prod"]) {
  const path = new URL(`../build/${build}/manifest.json`, import.meta.url);
  if (!existsSync(path)) continue;
  const manifest = JSON.parse(readFileSync(path, "utf8"));
  if (manifest.action && manifest.icons) manifest.action.default_icon ??= manifest.icons;
  writeFileSync(path, JSON.stringify(manifest));
}

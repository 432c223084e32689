// Usage: node .ci/complete-lock.mjs package-lock.json
// A lock written through a registry mirror that serves only this machine's platform lacks the
// entries of other platforms' optional packages (@rollup/rollup-darwin-x64, @swc/core-win32-…), and
// `npm ci` then refuses it ("Missing: … from lock file"). This adds those entries with their version,
// os, cpu and libc, as a full registry would have recorded them; npm skips them on other platforms.
// Packages that are not platform-specific are never touched.
import { readFileSync, writeFileSync } from "node:fs";
const path = process.argv[2];
const lock = JSON.parse(readFileSync(path, "utf8"));
const pkgs = lock.packages;
const OSES = ["android", "darwin", "freebsd", "linux", "openbsd", "openharmony", "win32", "sunos", "aix", "netbsd"];
const CPUS = ["arm", "arm64", "x64", "ia32", "loong64", "ppc64", "riscv64", "s390x", "mips64el"];

/** Where node would find `dep` from the package at `key`, or undefined. */
function resolve(key, dep) {
  let dir = key;
  for (;;) {
    const candidate = (dir ? dir + "/" : "") + "node_modules/" + dep;
    if (pkgs[candidate]) return candidate;
    if (!dir) return undefined;
    const i = dir.lastIndexOf("/node_modules/");
    dir = i < 0 ? "" : dir.slice(0, i);
  }
}

let added = 0;
for (const [key, entry] of Object.entries({ ...pkgs })) {
  for (const [dep, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const found = resolve(key, dep);
    if (found && pkgs[found].version === version) continue;
    const i = key.lastIndexOf("node_modules/");
    const sibling = (i < 0 ? "node_modules/" : key.slice(0, i) + "node_modules/") + dep;
    const target = !pkgs[sibling] ? sibling : key + "/node_modules/" + dep;
    if (pkgs[target]) continue;
    const parts = dep.split("/").pop().split("-");
    const stub = { version, dev: entry.dev || undefined, optional: true };
    const os = parts.find((p) => OSES.includes(p));
    const cpu = parts.find((p) => CPUS.includes(p));
    if (os) stub.os = [os];
    if (cpu) stub.cpu = [cpu];
    if (parts.includes("musl") || parts.includes("musleabihf")) stub.libc = ["musl"];
    else if (parts.some((p) => p === "gnu" || p === "gnueabihf")) stub.libc = ["glibc"];
    if (!os && !cpu) continue; // not a platform package: leave it to npm
    pkgs[target] = JSON.parse(JSON.stringify(stub));
    added++;
  }
}
lock.packages = Object.fromEntries(Object.entries(pkgs).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
writeFileSync(path, JSON.stringify(lock, null, 2) + "\n");
console.log("added", added);

// Converts stale-phrase entries to a prh rule file, so that textlint + textlint-rule-prh (the peer a
// team would otherwise pick) checks the same pack as Tally in the benchmark.

/**
 * Turns entries `{ pattern, replacement }` into prh YAML. `pattern` may be a RegExp, a string of
 * regex source, or a plain string; prh needs an `expected` wording, so entries without a direct
 * replacement get a neutral one (the benchmark measures speed, not advice).
 */
export function toPrhYaml(entries) {
  const lines = ["version: 1", "rules:"];
  for (const entry of entries) {
    const source = patternSource(entry.pattern);
    if (!source) continue;
    const expected = typeof entry.replacement === "string" && entry.replacement ? entry.replacement : "（请更新提法）";
    lines.push(`  - expected: ${yamlString(expected)}`);
    lines.push(`    pattern: ${yamlString(`/${source}/`)}`);
  }
  return lines.join("\n") + "\n";
}

/**
 * The regex source of an entry's pattern: RegExp source, or a string taken as regex source. Named
 * groups become plain groups, so that many patterns can share one alternation (duplicate group
 * names are a syntax error there) and prh sees ordinary regexes.
 */
export function patternSource(pattern) {
  const source = pattern instanceof RegExp ? pattern.source : typeof pattern === "string" ? pattern : undefined;
  return source?.replace(/\(\?<([A-Za-z_$][\w$]*)>/g, "(?:");
}

function yamlString(s) {
  return JSON.stringify(s); // a JSON string is a valid double-quoted YAML scalar
}

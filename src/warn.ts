const warned = new Set<string>();

/**
 * Warns once per element, attribute and value that an attribute was ignored, and what shows instead:
 * `<migration-stat-card>: ignoring value="abc" (not a number); showing the built-in value.`
 */
export function warnInvalid(tag: string, attribute: string, value: unknown, why: string, fallback: string): void {
  const shown = String(value).length > 80 ? `${String(value).slice(0, 80)}…` : String(value);
  const key = `${tag}\u0000${attribute}\u0000${String(value)}`;
  if (warned.has(key)) return;
  warned.add(key);
  console.warn(`<${tag}>: ignoring ${attribute}="${shown}" (${why}); ${fallback}.`);
}

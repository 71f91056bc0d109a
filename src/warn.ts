import { isServer } from 'lit';

const warned = new Set<string>();

/**
 * Warns once per element, attribute and value that an attribute was ignored, and what shows instead:
 * `<migration-stat-card>: ignoring value="abc" (not a number); showing the built-in value.`
 */
export function warnInvalid(tag: string, attribute: string, value: unknown, why: string, fallback: string): void {
  const shown = String(value).length > 80 ? `${String(value).slice(0, 80)}…` : String(value);
  const key = `${tag}\u0000${attribute}\u0000${String(value)}`;
  // On a server each render is a new page (prerender() turns warnings into errors): say it every time.
  if (warned.has(key) && !isServer) return;
  warned.add(key);
  console.warn(`<${tag}>: ignoring ${attribute}="${shown}" (${why}); ${fallback}.`);
}

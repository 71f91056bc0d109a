import { isServer } from 'lit';

// The last keys warned about, oldest first: bounded by count, and each key by length, so distinct bad values cannot grow it.
const warned = new Set<string>();
const remembered = 100;
const shownLength = 80;

/** A value as it appears in a warning: its string form, cut at 80 characters. */
function shown(value: unknown): string {
  const text = String(value);
  return text.length > shownLength ? `${text.slice(0, shownLength)}…` : text;
}

/**
 * Warns once per element, attribute and value that an attribute was ignored, and what shows instead:
 * `<migration-stat-card>: ignoring value="abc" (not a number from 0 to 10^15); showing the built-in value.`
 */
export function warnInvalid(tag: string, attribute: string, value: unknown, why: string, fallback: string): void {
  const key = `${tag}\u0000${attribute}\u0000${String(value).slice(0, 4 * shownLength)}`;
  // On a server each render is a new page (prerender() turns warnings into errors): say it every time.
  if (warned.has(key) && !isServer) return;
  warned.add(key);
  if (warned.size > remembered) warned.delete(warned.values().next().value!);
  console.warn(`<${tag}>: ignoring ${attribute}="${shown(value)}" (${why}); ${fallback}.`);
}

const deprecated = new Set<string>();

/** Warns once per element and feature that a feature is deprecated, and what to use instead. */
export function warnDeprecated(tag: string, feature: string, instead: string): void {
  const key = `${tag}\u0000${feature}`;
  if (deprecated.has(key)) return;
  deprecated.add(key);
  console.warn(`<${tag}>: ${feature} is deprecated and goes in 0.3; ${instead}.`);
}

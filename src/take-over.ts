/**
 * Takes over a shadow root written into the HTML (declarative shadow DOM, as `prerender()` writes
 * it): empties it, so that the element's first render — in the same task, before any paint —
 * replaces the prerendered copy instead of appending a second one. Returns whether there was one:
 * what a prerendered widget shows is final, so it must not count up or animate in again.
 *
 * The base class calls it first thing in `createRenderRoot()`, the one moment before Lit reuses the root.
 */
export function takeOver(host: Element): boolean {
  const root = host.shadowRoot;
  if (!root) return false;
  root.replaceChildren();
  return true;
}

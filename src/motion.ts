const query = '(prefers-reduced-motion: reduce)';
let asked: typeof globalThis.matchMedia | undefined;
let list: MediaQueryList | undefined;

/**
 * True when the reader asked for reduced motion; read at the moment of use, so a change applies at once. One live
 * MediaQueryList serves every widget (building one per card was a tenth of a card's script time); a page or test that
 * replaces `matchMedia` gets asked again.
 */
export function prefersReducedMotion(): boolean {
  if (typeof globalThis.matchMedia !== 'function') return false;
  if (asked !== globalThis.matchMedia) list = (asked = globalThis.matchMedia)(query);
  return list?.matches ?? false;
}

/** True when the reader asked for reduced motion; read at the moment of use, so a change applies at once. */
export function prefersReducedMotion(): boolean {
  return globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}

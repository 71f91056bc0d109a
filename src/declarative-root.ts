// Browser-safe: shared by prerender() (Node) and the configurator's prerendered snippet (a browser).

// Lit's markers (the server's, and the browser's `<!--?lit$…$-->`, `<!---->`): the element takes over its root by replacing it (take-over.ts), so they are dead weight.
const litMarkers = /<!--\/?lit-(?:part|node)[^>]*-->|<!--(?:\?[^>]*)?-->|<\?>/g;

/** A widget's rendered shadow content as a declarative shadow root, without Lit's markers. */
export function declarativeRoot(inner: string): string {
  return `<template shadowrootmode="open">${inner.replace(litMarkers, '')}</template>`;
}

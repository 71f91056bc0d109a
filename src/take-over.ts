import { adoptStyles, type ReactiveElement } from 'lit';

/**
 * Lit's hydration support patched this element's LitElement (it adds `defer-hydration` to the observed
 * attributes; loaded after Lit, it patches nothing) and `root` has Lit's markers for it to adopt.
 */
function litHydrates(host: ReactiveElement, root: ShadowRoot): boolean {
  return (
    (host.constructor as typeof ReactiveElement).observedAttributes.includes('defer-hydration') &&
    [...root.childNodes].some((node) => node instanceof Comment && node.data.startsWith('lit-part'))
  );
}

/**
 * Takes over a shadow root that came with the HTML (declarative shadow DOM, as `prerender()` writes
 * it): empties it and adopts the element's styles, so that the first render — in the same task,
 * before any paint — replaces the prerendered copy instead of appending a second one. Returns that
 * root, or undefined when there is none, or when Lit's hydration support will adopt the root's nodes
 * itself. The base class calls it from `createRenderRoot()`, the one moment before Lit reuses a root.
 */
export function takeOver(host: ReactiveElement): ShadowRoot | undefined {
  const root = host.shadowRoot;
  if (!root || litHydrates(host, root)) return undefined;
  root.replaceChildren();
  adoptStyles(root, (host.constructor as typeof ReactiveElement).elementStyles);
  return root;
}

// Node only: Lit's DOM shim must be installed before the elements' modules run.
import '@lit-labs/ssr/lib/install-global-dom-shim.js';
import { LitElementRenderer, render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { html, type TemplateResult } from 'lit';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { declarativeRoot } from './declarative-root.js';
import { jsonLdScript, widgetNode } from './json-ld.js';
import { assumeLocale } from './locale-controller.js';

// Imported once the shim is in place: the shim's module awaits, and a static sibling import would run before it.
await import('./index.js');

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** The widgets prerender() fills in: the package's element list (src/elements.json, copied beside this module). */
export const widgetTags: readonly string[] = (
  JSON.parse(readFileSync(new URL('./elements.json', import.meta.url), 'utf8')) as string[]
).map((name) => `migration-${name}`);

export interface PrerenderOptions {
  /**
   * Called with each warning a widget gives for bad input (the same words as in a browser console),
   * and prerendering goes on with the widget's fallback. Without it, prerender() throws one
   * `PrerenderError` listing them all.
   */
  onWarning?: (message: string) => void;
  /**
   * The URL of the widgets' stylesheets (the package's `dist/css/`, served from your origin, ending in
   * `/`): each shadow root links `<tag>.css` from there instead of carrying an inline `<style>`, for a
   * Content-Security-Policy without 'unsafe-inline'.
   */
  stylesheets?: string;
  /**
   * Adds schema.org JSON-LD for what the widgets show (the report as `Report`, a quote as `Quotation`
   * with its speaker and where it was quoted, a figure as `Claim` with its citation): one
   * `<script type="application/ld+json">` at the end of `<head>`, or of the page without one. Off by default.
   */
  jsonLd?: boolean;
}

/** Bad input found while prerendering: each message names the widget, its line, the attribute and the value. */
export class PrerenderError extends Error {
  constructor(readonly warnings: readonly string[]) {
    super(`prerender: ${warnings.length} problem(s):\n  ${warnings.join('\n  ')}`);
    this.name = 'PrerenderError';
  }
}

const attributeName = /^[a-z][a-z0-9_.:-]*$/;

/** The nearest value of `name` on `element` or an ancestor, or undefined. */
function inherited(element: Element, name: string): string | undefined {
  for (let node: Node | null = element; node && 'attrs' in node; node = node.parentNode) {
    const found = node.attrs.find((attr) => attr.name === name);
    if (found) return found.value;
  }
  return undefined;
}

/** Every widget in the document, in source order; widgets inside `<template>` content are left alone. */
function widgets(node: Node, found: Element[] = []): Element[] {
  if ('tagName' in node && widgetTags.includes(node.tagName)) found.push(node);
  if ('childNodes' in node) for (const child of node.childNodes) widgets(child, found);
  return found;
}

/** `<tag name="${value}" …></tag>` with every attribute a binding: values are never parsed as markup. */
function hostTemplate(tag: string, attrs: ReadonlyArray<{ name: string; value: string }>): TemplateResult {
  const strings = [`<${tag}`];
  for (const { name } of attrs) {
    strings[strings.length - 1] += ` ${name}="`;
    strings.push('"');
  }
  strings[strings.length - 1] += `></${tag}>`;
  return html(Object.assign(strings, { raw: strings }), ...attrs.map((attr) => attr.value));
}

// The element being rendered, with the language and direction its page gives it (rendering is synchronous).
let pending: { tag: string; lang: string; dir: 'ltr' | 'rtl' } | undefined;
LitElementRenderer.renderOptions.push((element) => {
  if (pending && element.localName === pending.tag) assumeLocale(element, pending.lang, pending.dir);
  return undefined;
});

/** The widget's declarative shadow root, rendered by @lit-labs/ssr, and the console messages it gave. */
function renderWidget(element: Element, stylesheets: string | undefined): { markup: string; messages: string[] } {
  const tag = element.tagName;
  const attrs = element.attrs.filter(
    (attr) => attributeName.test(attr.name) && attr.name !== 'lang' && attr.name !== 'dir',
  );
  const messages = new Set<string>();
  const { warn, error } = console;
  console.warn = console.error = (...args: unknown[]) => messages.add(args.map(String).join(' '));
  pending = {
    tag,
    lang: inherited(element, 'lang') ?? '',
    dir: inherited(element, 'dir')?.toLowerCase() === 'rtl' ? 'rtl' : 'ltr',
  };
  let out: string;
  try {
    out = collectResultSync(render(hostTemplate(tag, attrs)));
  } catch (thrown) {
    messages.add(`<${tag}>: could not be rendered (${thrown instanceof Error ? thrown.message : String(thrown)})`);
    out = '';
  } finally {
    console.warn = warn;
    console.error = error;
    pending = undefined;
  }
  const start = out.indexOf('<template shadowroot=');
  const end = out.lastIndexOf(`</${tag}>`);
  if (start < 0 || end < start) return { markup: '', messages: [...messages] };
  let inner = out.slice(out.indexOf('>', start) + 1, out.lastIndexOf('</template>', end));
  if (stylesheets !== undefined) {
    inner = inner.replace(
      /^<style>[\s\S]*?<\/style>/,
      `<link rel="stylesheet" href="${escapeAttribute(`${stylesheets}${tag}.css`)}">`,
    );
  }
  return { markup: declarativeRoot(inner), messages: [...messages] };
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
}

/** Where `</head>` starts, when the source has one. */
function headEnd(node: Node): number | undefined {
  if ('tagName' in node && node.tagName === 'head') return node.sourceCodeLocation?.endTag?.startOffset;
  if ('childNodes' in node) {
    for (const child of node.childNodes) {
      const found = headEnd(child);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

/** The first child element when it is a declarative shadow root (the widget was prerendered before). */
function existingRoot(element: Element): Element | undefined {
  const first = element.childNodes.find((child) => 'tagName' in child);
  return first &&
    'tagName' in first &&
    first.tagName === 'template' &&
    first.attrs.some((a) => a.name === 'shadowrootmode')
    ? first
    : undefined;
}

/**
 * Returns `source` with each widget's declarative shadow DOM (its full design, as the element
 * renders it in the browser) written in; everything else stays byte for byte as it was. Each widget
 * renders with its own attributes and the nearest `lang` and `dir`. Prerendering twice changes nothing.
 *
 * @throws PrerenderError for bad input (an unknown `fact`, a `value` that is not a number …) unless `onWarning` is given.
 */
export function prerender(source: string, options: PrerenderOptions = {}): string {
  const document = parse(source, { sourceCodeLocationInfo: true });
  const problems: string[] = [];
  const edits: Array<{ from: number; to: number; text: string }> = [];
  const nodes: Array<Record<string, unknown>> = [];
  for (const element of widgets(document)) {
    const location = element.sourceCodeLocation;
    if (!location?.startTag) continue; // implied by the parser, not written in the source
    const { markup, messages } = renderWidget(element, options.stylesheets);
    for (const message of messages) {
      const located = `line ${location.startLine}: ${message}`;
      if (options.onWarning) options.onWarning(located);
      else problems.push(located);
    }
    const previous = existingRoot(element)?.sourceCodeLocation;
    const from = location.startTag.endOffset;
    edits.push({ from, to: previous ? previous.endOffset : from, text: markup });
    const node = widgetNode(element.tagName, (name) => element.attrs.find((attr) => attr.name === name)?.value);
    if (node) nodes.push(node);
  }
  if (options.jsonLd && nodes.length) {
    const at = headEnd(document) ?? source.length;
    edits.push({ from: at, to: at, text: jsonLdScript(nodes) });
    edits.sort((a, b) => a.from - b.from);
  }
  if (problems.length) throw new PrerenderError(problems);
  let out = '';
  let at = 0;
  for (const { from, to, text } of edits) {
    out += source.slice(at, from) + text;
    at = to;
  }
  return out + source.slice(at);
}

/** The CSS a widget's shadow root carries: the text of its inline `<style>`, and of `dist/css/<tag>.css`. */
export function widgetStyles(tag: string): string {
  const element = customElements.get(tag) as unknown as { elementStyles: Array<{ cssText: string }> };
  return element.elementStyles.map((style) => style.cssText).join('');
}

/** The CSP hash sources of the four inline `<style>`s: `style-src 'self' <these>` admits them without 'unsafe-inline'. */
export function styleHashes(): string[] {
  return widgetTags.map((tag) => `'sha256-${createHash('sha256').update(widgetStyles(tag)).digest('base64')}'`);
}

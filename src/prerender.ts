// Node only: Lit's DOM shim must be installed before the elements' modules run.
import '@lit-labs/ssr/lib/install-global-dom-shim.js';
import { LitElementRenderer, render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { html, type TemplateResult } from 'lit';
import { parse, type DefaultTreeAdapterMap, type Token } from 'parse5';
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

/** A widget written in the source, and where its start tag is. */
interface Written {
  element: Element;
  startTag: Token.Location;
}

/** Every widget written in the document, in source order; widgets inside `<template>` content are left alone. */
function widgets(node: Node, found: Written[] = []): Written[] {
  if ('tagName' in node && widgetTags.includes(node.tagName)) {
    const startTag = node.sourceCodeLocation?.startTag;
    if (startTag) found.push({ element: node, startTag }); // else implied by the parser, not written in the source
  }
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
  const { out, messages } = renderHost(element);
  const start = out.indexOf('<template shadowroot=');
  const end = out.lastIndexOf(`</${tag}>`);
  if (start < 0 || end < start) return { markup: '', messages };
  const inner = out.slice(out.indexOf('>', start) + 1, out.lastIndexOf('</template>', end));
  return { markup: declarativeRoot(stylesheetLinked(inner, tag, stylesheets)), messages };
}

/** The host element rendered with its page's language and direction; its warnings and errors collected, not printed. */
function renderHost(element: Element): { out: string; messages: string[] } {
  const tag = element.tagName;
  const messages = new Set<string>();
  const { warn, error } = console;
  console.warn = console.error = (...args: unknown[]) => messages.add(args.map(String).join(' '));
  pending = { tag, ...pageLocale(element) };
  try {
    return { out: collectResultSync(render(hostTemplate(tag, hostAttributes(element)))), messages: [...messages] };
  } catch (thrown) {
    messages.add(`<${tag}>: could not be rendered (${thrown instanceof Error ? thrown.message : String(thrown)})`);
    return { out: '', messages: [...messages] };
  } finally {
    console.warn = warn;
    console.error = error;
    pending = undefined;
  }
}

/** The language and direction the page gives a widget: the nearest `lang` and `dir`. */
function pageLocale(element: Element): { lang: string; dir: 'ltr' | 'rtl' } {
  return {
    lang: inherited(element, 'lang') ?? '',
    dir: inherited(element, 'dir')?.toLowerCase() === 'rtl' ? 'rtl' : 'ltr',
  };
}

/** The attributes the widget renders with; `lang` and `dir` come from pageLocale(). */
function hostAttributes(element: Element): Element['attrs'] {
  return element.attrs.filter((attr) => attributeName.test(attr.name) && attr.name !== 'lang' && attr.name !== 'dir');
}

/** The shadow root's content with its inline `<style>` replaced by a link to `<stylesheets><tag>.css`, when given. */
function stylesheetLinked(inner: string, tag: string, stylesheets: string | undefined): string {
  if (stylesheets === undefined) return inner;
  const link = `<link rel="stylesheet" href="${escapeAttribute(`${stylesheets}${tag}.css`)}">`;
  return inner.replace(/^<style>[\s\S]*?<\/style>/, link);
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
  const written = widgets(document);
  const problems: string[] = [];
  const onWarning = (message: string): void => {
    if (options.onWarning) options.onWarning(message);
    else problems.push(message);
  };
  const edits = written.map((widget) => widgetEdit(widget, options.stylesheets, onWarning));
  if (options.jsonLd) edits.push(...jsonLdEdits(document, written, source.length));
  if (problems.length) throw new PrerenderError(problems);
  return applyEdits(source, edits);
}

/** A replacement of `source.slice(from, to)` by `text`. */
interface Edit {
  from: number;
  to: number;
  text: string;
}

/** Writes the widget's shadow root after its start tag, in place of one prerendered before; its warnings name its line. */
function widgetEdit(
  { element, startTag }: Written,
  stylesheets: string | undefined,
  onWarning: (message: string) => void,
): Edit {
  const { markup, messages } = renderWidget(element, stylesheets);
  for (const message of messages) onWarning(`line ${startTag.startLine}: ${message}`);
  const from = startTag.endOffset;
  return { from, to: existingRoot(element)?.sourceCodeLocation?.endOffset ?? from, text: markup };
}

/** The JSON-LD script for what the widgets show, at the end of `<head>` or else of the page; none when nothing is described. */
function jsonLdEdits(document: Node, written: readonly Written[], end: number): Edit[] {
  const nodes = written
    .map(({ element }) =>
      widgetNode(element.tagName, (name) => element.attrs.find((attr) => attr.name === name)?.value),
    )
    .filter((node) => node !== undefined);
  if (!nodes.length) return [];
  const at = headEnd(document) ?? end;
  return [{ from: at, to: at, text: jsonLdScript(nodes) }];
}

/** `source` with each edit made, in source order (the JSON-LD script can come before the widgets); edits do not overlap. */
function applyEdits(source: string, edits: readonly Edit[]): string {
  let out = '';
  let at = 0;
  for (const { from, to, text } of [...edits].sort((a, b) => a.from - b.from)) {
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

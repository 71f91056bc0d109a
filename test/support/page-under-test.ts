// A whole page (the demo, the configurator, a pasted snippet) loaded into an iframe of the test page,
// with what its visitor's browser would report: errors, failed and foreign requests, axe violations.

import { widgetTags } from './frame-page.js';

export { widgetTags };

type Win = Window & typeof globalThis;

export interface PageUnderTest {
  frame: HTMLIFrameElement;
  win: Win;
  doc: Document;
  /** Uncaught errors, rejected promises, failed loads of elements, console.error calls: all since navigation. */
  errors: string[];
}

/** Rejects after `ms` naming `what`, so a page that never gets there fails the test instead of hanging it. */
export function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  return Promise.race([
    promise,
    new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`timed out after ${ms} ms: ${what}`)), ms)),
  ]);
}

/** Installed as the page's first script: records what its visitor's browser would report, from the start. */
const recorder = `<script>
  window.__pageErrors = [];
  addEventListener('error', (event) => __pageErrors.push(event instanceof ErrorEvent ? event.message
    : 'failed to load ' + (event.target && event.target.outerHTML || '').slice(0, 160)), true);
  addEventListener('unhandledrejection', (event) => __pageErrors.push('unhandled rejection: ' + event.reason));
  const consoleError = console.error.bind(console);
  console.error = (...args) => { __pageErrors.push(args.map(String).join(' ')); consoleError(...args); };
</script>`;

/**
 * Loads the page at `path` (same origin) in a fresh iframe, as its visitor's browser would, with a recorder of
 * errors as its first script: the page's own HTML, fetched, with `<base href>` and the recorder put first in
 * `<head>`, as `srcdoc`. (Listeners put on the iframe's window from outside do not survive its navigation.)
 */
export async function openPage(path: string, { width = 1200, height = 900 } = {}): Promise<PageUnderTest> {
  const response = await fetch(path, { cache: 'no-store' });
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  const source = await response.text();
  const base = new URL(path, location.href).href;
  // Relative addresses made absolute too: Firefox's preload scanner resolves them against the parent, not <base>.
  const html = source
    .replace(/<head>/i, `<head><base href="${base}">${recorder}`)
    .replace(
      / (src|href)="(\.\.?\/[^"]*)"/g,
      (_, name: string, url: string) => ` ${name}="${new URL(url, base).href}"`,
    );
  if (html === source) throw new Error(`${path}: no <head> to instrument`);
  const frame = document.createElement('iframe');
  frame.width = String(width);
  frame.height = String(height);
  frame.allow = 'clipboard-read; clipboard-write';
  frame.title = `page under test: ${path}`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = html;
  document.body.append(frame);
  await within(loaded, 15_000, `load ${path}`);
  const win = frame.contentWindow as Win & { __pageErrors: string[] };
  return { frame, win, doc: win.document, errors: win.__pageErrors };
}

/** A page written from `html` (as a partner pastes a snippet into an otherwise empty page). */
export async function openHtml(html: string): Promise<PageUnderTest> {
  const frame = document.createElement('iframe');
  frame.width = '900';
  frame.height = '600';
  frame.title = 'pasted snippet';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = html;
  document.body.append(frame);
  await within(loaded, 8000, 'load the srcdoc page');
  const win = frame.contentWindow as Win;
  return { frame, win, doc: win.document, errors: [] };
}

/** Waits for all four elements to be defined in the page, then for its fonts. */
export async function widgetsReady(page: PageUnderTest): Promise<void> {
  const defined = Promise.all(widgetTags.map((tag) => page.win.customElements.whenDefined(tag)));
  const missing = () => widgetTags.filter((tag) => !page.win.customElements.get(tag)).join(', ');
  await within(defined, 15_000, 'the widgets to be defined').catch((error: Error) => {
    throw new Error(
      `${error.message}; still undefined: ${missing()}; page errors: ${page.errors.join(' | ') || 'none'}`,
    );
  });
  await page.doc.fonts.ready;
  await settled(page);
}

/** Every widget in the page has finished rendering (Lit's updateComplete), plus one frame. */
export async function settled(page: PageUnderTest): Promise<void> {
  const widgets = [...page.doc.querySelectorAll(widgetTags.join(','))] as unknown as {
    updateComplete?: Promise<unknown>;
  }[];
  await Promise.all(widgets.map((widget) => widget.updateComplete ?? Promise.resolve()));
  await new Promise((resolve) => page.win.requestAnimationFrame(resolve));
}

/** Picks `value` in a form control as a user would: value, then input and change events. */
export function choose(page: PageUnderTest, selector: string, value: string | boolean): void {
  const control = page.doc.querySelector<HTMLInputElement | HTMLSelectElement>(selector);
  if (!control) throw new Error(`no control ${selector}`);
  if (typeof value === 'boolean') (control as HTMLInputElement).checked = value;
  else control.value = value;
  control.dispatchEvent(new page.win.Event('input', { bubbles: true }));
  control.dispatchEvent(new page.win.Event('change', { bubbles: true }));
}

/**
 * What the page requested, from its resource-timing entries: URLs outside this server, and URLs that failed
 * (HTTP status >= 400 where the engine reports it; otherwise the URL is fetched again and must answer 2xx).
 */
export async function requestProblems(
  page: PageUnderTest,
): Promise<{ urls: string[]; foreign: string[]; failed: string[] }> {
  const entries = page.win.performance.getEntriesByType('resource') as PerformanceResourceTiming[];
  const urls = entries.map((entry) => entry.name);
  const foreign = urls.filter((url) => new URL(url).origin !== location.origin);
  const failed: string[] = [];
  for (const entry of entries) {
    if (new URL(entry.name).origin !== location.origin) continue;
    const status = (entry as PerformanceResourceTiming & { responseStatus?: number }).responseStatus;
    if (status !== undefined && status !== 0) {
      if (status >= 400) failed.push(`${entry.name} (HTTP ${status})`);
    } else {
      const response = await fetch(entry.name, { cache: 'no-store' });
      if (!response.ok) failed.push(`${entry.name} (HTTP ${response.status} when fetched again)`);
    }
  }
  // Addresses in the markup count too: a foreign one may have failed without a timing entry.
  for (const element of page.doc.querySelectorAll('script[src], link[href], img[src], iframe[src]')) {
    const address = element.getAttribute('src') ?? element.getAttribute('href')!;
    const url = new URL(address, page.doc.baseURI);
    if (url.origin !== location.origin && url.protocol !== 'data:') foreign.push(url.href);
  }
  return { urls, foreign, failed };
}

let axeSource: Promise<string> | undefined;

interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  nodes: { target: unknown[] }[];
}

/** Runs axe-core inside the page's own window (its source injected, no request from the page) on the whole document. */
export async function axeViolations(page: PageUnderTest): Promise<string[]> {
  axeSource ??= fetch('/node_modules/axe-core/axe.min.js').then((response) => response.text());
  const win = page.win as Win & {
    axe?: { run: (context: Document, options: object) => Promise<{ violations: AxeViolation[] }> };
  };
  if (!win.axe) {
    const script = page.doc.createElement('script');
    script.textContent = await axeSource;
    page.doc.head.append(script);
  }
  const { violations } = await win.axe!.run(page.doc, { resultTypes: ['violations'] });
  return violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`,
  );
}

/** The page's iframe is removed; the page's timers and observers go with it. */
export function close(page: PageUnderTest): void {
  page.frame.remove();
}

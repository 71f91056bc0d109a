/** An empty same-origin page in an iframe holding `head` and `body`; resolves once loaded. */
export async function framePage(
  body: string,
  head = '',
  size = { width: 900, height: 1400 },
): Promise<Window & typeof globalThis> {
  const frame = document.createElement('iframe');
  frame.style.inlineSize = `${size.width}px`;
  frame.style.blockSize = `${size.height}px`;
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return frame.contentWindow as Window & typeof globalThis;
}

/** Loads a module script into a page and waits for it. */
export function loadModule(win: Window, url: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = win.document.createElement('script');
    script.type = 'module';
    script.src = url;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`could not load ${url}`));
    win.document.head.append(script);
  });
}

/** The four tags, from the package's one element list. */
export const widgetTags: readonly string[] = ((await (await fetch('/src/elements.json')).json()) as string[]).map(
  (name) => `migration-${name}`,
);

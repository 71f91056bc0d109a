import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * What the light DOM says, kept as state so that `render()` never reads it (a server has no light
 * DOM to read): which named slots are filled, and the unnamed content as plain text. Read on
 * connect and again on any change (a MutationObserver, where there is one).
 */
export class LightDomController implements ReactiveController {
  private slots: ReadonlySet<string> = new Set();
  /** The unnamed content's text (outside named slots, scripts, styles, templates and noscript), one line per line break or block. */
  unnamedText = '';
  private observer?: MutationObserver;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  /** True when a child of the host is assigned to the slot `name`. */
  has(name: string): boolean {
    return this.slots.has(name);
  }

  hostConnected(): void {
    this.read();
    if (typeof MutationObserver !== 'function') return;
    this.observer = new MutationObserver(() => this.read());
    this.observer.observe(this.host, {
      childList: true,
      characterData: true,
      subtree: true,
      attributeFilter: ['slot'],
    });
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }

  private read(): void {
    const children = [...this.host.childNodes];
    const slots = new Set(children.flatMap((n) => (n instanceof Element && n.slot ? [n.slot] : [])));
    const unnamed = children.filter((n) => !(n instanceof Element && n.slot));
    const unnamedText = linesAsWritten(unnamed.map(textAsWritten).join(''));
    const changed = unnamedText !== this.unnamedText || [...slots].join() !== [...this.slots].join();
    this.slots = slots;
    this.unnamedText = unnamedText;
    if (changed) this.host.requestUpdate();
  }
}

const ignored = /^(script|style|template|noscript)$/;
/** Elements that start a line of their own as a browser lays them out. */
const blocks = /^(p|div|li|dd|dt|blockquote|h[1-6]|ul|ol|dl|pre|section|article|header|footer|figure|figcaption|tr)$/;

/** A node's text, its line breaks and blocks as newlines; scripts, styles, templates, noscript and comments left out. */
function textAsWritten(node: Node): string {
  // In markup a newline is a space; only <br> and blocks break lines.
  if (node.nodeType === Node.TEXT_NODE) return (node.textContent ?? '').replace(/\s+/g, ' ');
  if (!(node instanceof Element) || ignored.test(node.localName)) return '';
  if (node.localName === 'br') return '\n';
  const inner = [...node.childNodes].map(textAsWritten).join('');
  return blocks.test(node.localName) ? `\n${inner}\n` : inner;
}

/** Text with its line breaks kept: spaces collapsed and trimmed within each line, empty lines dropped. */
export function linesAsWritten(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

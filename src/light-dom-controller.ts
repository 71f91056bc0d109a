import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * What the light DOM says, kept as state so that `render()` never reads it (a server has no light
 * DOM to read): which named slots are filled, and the unnamed content as plain text. Read on
 * connect and again on any change (a MutationObserver, where there is one).
 */
export class LightDomController implements ReactiveController {
  private slots: ReadonlySet<string> = new Set();
  /** The unnamed content's text (outside named slots, scripts, styles and templates), whitespace collapsed. */
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
    const unnamedText = children
      .filter((n) => n.nodeType === Node.TEXT_NODE || (n instanceof Element && !n.slot && !ignored.test(n.localName)))
      .map((n) => n.textContent ?? '')
      .join('')
      .replace(/\s+/g, ' ')
      .trim();
    const changed = unnamedText !== this.unnamedText || [...slots].join() !== [...this.slots].join();
    this.slots = slots;
    this.unnamedText = unnamedText;
    if (changed) this.host.requestUpdate();
  }
}

const ignored = /^(script|style|template|noscript)$/;

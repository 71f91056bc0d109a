import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * One IntersectionObserver and one visibilitychange listener for every widget on the page (a thousand cards
 * made a thousand of each), created with the first connected widget and dropped with the last.
 */
const watched = new Map<Element, ViewportController>();
let observer: IntersectionObserver | undefined;

function onIntersection(entries: IntersectionObserverEntry[]): void {
  for (const entry of entries) watched.get(entry.target)?.seen(entry.isIntersecting);
}

function onVisibility(): void {
  for (const controller of watched.values()) controller.tabChanged();
}

/**
 * Whether the host can be seen: inside the viewport (IntersectionObserver) and on a visible
 * tab (visibilitychange). Calls `onChange` when that flips; observes only while connected.
 */
export class ViewportController implements ReactiveController {
  /** The host intersects the viewport. */
  inView = false;

  constructor(
    private readonly host: Host,
    private readonly onChange: (visible: boolean) => void,
  ) {
    host.addController(this);
  }

  /** In view and the tab is visible. */
  get visible(): boolean {
    return this.inView && document.visibilityState !== 'hidden';
  }

  hostConnected(): void {
    // Without IntersectionObserver (jsdom, old engines) the host counts as in view.
    if (typeof IntersectionObserver !== 'function') {
      this.inView = true;
      return this.onChange(this.visible);
    }
    if (!watched.size) {
      observer = new IntersectionObserver(onIntersection);
      document.addEventListener('visibilitychange', onVisibility);
    }
    watched.set(this.host, this);
    observer!.observe(this.host);
  }

  hostDisconnected(): void {
    this.inView = false;
    if (!watched.delete(this.host)) return;
    observer?.unobserve(this.host);
    if (watched.size) return;
    observer?.disconnect();
    observer = undefined;
    document.removeEventListener('visibilitychange', onVisibility);
  }

  /** Stops watching for good, connected or not: the host needs no more word of its visibility. */
  stop(): void {
    this.hostDisconnected();
    this.host.removeController(this);
  }

  /** The observer's latest word on the host. */
  seen(isIntersecting: boolean): void {
    if (isIntersecting === this.inView) return;
    this.inView = isIntersecting;
    this.onChange(this.visible);
  }

  tabChanged(): void {
    if (this.inView) this.onChange(this.visible);
  }
}

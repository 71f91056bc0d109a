import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * Whether the host can be seen: inside the viewport (IntersectionObserver) and on a visible
 * tab (visibilitychange). Calls `onChange` when that flips; observes only while connected.
 */
export class ViewportController implements ReactiveController {
  /** The host intersects the viewport. */
  inView = false;
  private observer?: IntersectionObserver;

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
    document.addEventListener('visibilitychange', this.handleVisibility);
    // Without IntersectionObserver (jsdom, old engines) the host counts as in view.
    if (typeof IntersectionObserver !== 'function') {
      this.inView = true;
      return this.onChange(this.visible);
    }
    this.observer = new IntersectionObserver((entries) => {
      const entry = entries[entries.length - 1];
      if (!entry || entry.isIntersecting === this.inView) return;
      this.inView = entry.isIntersecting;
      this.onChange(this.visible);
    });
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    this.inView = false;
    document.removeEventListener('visibilitychange', this.handleVisibility);
  }

  private readonly handleVisibility = (): void => {
    if (this.inView) this.onChange(this.visible);
  };
}

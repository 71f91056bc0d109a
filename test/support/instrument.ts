/**
 * Counts what is left running: timers, animation frames, observers, and listeners on window and
 * document, created while instrumented. `live()` says what has not fired, been cleared or been
 * disconnected; `watching(kind)` how many targets observers of a kind still watch; `restore()` puts the
 * originals back.
 */
export function instrumentRunningWork() {
  const timeouts = new Set<number>();
  const intervals = new Set<number>();
  const frames = new Set<number>();
  const observers = new Map<object, { kind: string; targets: Set<unknown> }>();
  const listeners = new Map<string, number>();
  const w = window as unknown as Record<string, unknown>;
  const saved: Array<[object, string, unknown]> = [];
  const patch = (target: object, name: string, value: unknown) => {
    saved.push([target, name, (target as Record<string, unknown>)[name]]);
    (target as Record<string, unknown>)[name] = value;
  };

  // The originals, bound to the window: the wrappers below call them.
  const [st, ct, si, ci] = [
    window.setTimeout.bind(window),
    window.clearTimeout.bind(window),
    window.setInterval.bind(window),
    window.clearInterval.bind(window),
  ];
  const [raf, caf] = [window.requestAnimationFrame.bind(window), window.cancelAnimationFrame.bind(window)];
  patch(w, 'setTimeout', (fn: TimerHandler, ms?: number, ...args: unknown[]) => {
    const id: number = st(
      (...a: unknown[]) => {
        timeouts.delete(id);
        (fn as (...x: unknown[]) => void)(...a);
      },
      ms,
      ...args,
    );
    timeouts.add(id);
    return id;
  });
  patch(w, 'clearTimeout', (id?: number) => {
    if (id !== undefined) timeouts.delete(id);
    ct(id);
  });
  patch(w, 'setInterval', (fn: TimerHandler, ms?: number, ...args: unknown[]) => {
    const id = si(fn, ms, ...args);
    intervals.add(id);
    return id;
  });
  patch(w, 'clearInterval', (id?: number) => {
    if (id !== undefined) intervals.delete(id);
    ci(id);
  });
  patch(w, 'requestAnimationFrame', (fn: FrameRequestCallback) => {
    const id = raf((time) => {
      frames.delete(id);
      fn(time);
    });
    frames.add(id);
    return id;
  });
  patch(w, 'cancelAnimationFrame', (id: number) => {
    frames.delete(id);
    caf(id);
  });

  for (const name of ['IntersectionObserver', 'MutationObserver', 'ResizeObserver'] as const) {
    const Original = w[name] as { new (...args: never[]): { observe(...a: unknown[]): void; disconnect(): void } };
    if (!Original) continue;
    class Tracked extends Original {
      override observe(target: unknown, ...rest: unknown[]) {
        const targets = observers.get(this) ?? { kind: name, targets: new Set<unknown>() };
        observers.set(this, targets);
        targets.targets.add(target);
        super.observe(target, ...rest);
      }
      unobserve(target: unknown) {
        const targets = observers.get(this)?.targets;
        targets?.delete(target);
        if (!targets?.size) observers.delete(this);
        (Original.prototype as unknown as { unobserve: (t: unknown) => void }).unobserve.call(this, target);
      }
      override disconnect() {
        observers.delete(this);
        super.disconnect();
      }
    }
    patch(w, name, Tracked);
  }

  // eslint-disable-next-line @typescript-eslint/unbound-method -- kept to be called with .call(this) by the wrapper
  const add = EventTarget.prototype.addEventListener;
  // eslint-disable-next-line @typescript-eslint/unbound-method -- kept to be called with .call(this) by the wrapper
  const remove = EventTarget.prototype.removeEventListener;
  const key = (target: EventTarget, type: string, fn: unknown) =>
    `${target === window ? 'window' : 'document'}:${type}:${String(fn).slice(0, 40)}`;
  const seen = new Map<string, WeakSet<object>>();
  patch(
    EventTarget.prototype,
    'addEventListener',
    function (this: EventTarget, type: string, fn: EventListenerOrEventListenerObject | null, options?: unknown) {
      if ((this === window || this === document) && fn) {
        const k = key(this, type, fn);
        const fns = seen.get(k) ?? new WeakSet();
        seen.set(k, fns);
        if (!fns.has(fn)) {
          fns.add(fn);
          listeners.set(k, (listeners.get(k) ?? 0) + 1);
        }
      }
      return add.call(this, type, fn, options as AddEventListenerOptions);
    },
  );
  patch(
    EventTarget.prototype,
    'removeEventListener',
    function (this: EventTarget, type: string, fn: EventListenerOrEventListenerObject | null, options?: unknown) {
      if ((this === window || this === document) && fn) {
        const k = key(this, type, fn);
        if (seen.get(k)?.has(fn)) {
          seen.get(k)!.delete(fn);
          const left = (listeners.get(k) ?? 1) - 1;
          if (left > 0) listeners.set(k, left);
          else listeners.delete(k);
        }
      }
      return remove.call(this, type, fn, options as EventListenerOptions);
    },
  );

  return {
    live: () => ({
      timeouts: timeouts.size,
      intervals: intervals.size,
      frames: frames.size,
      observers: observers.size,
      listeners: [...listeners.keys()],
    }),
    /** How many targets the live observers of a kind (`IntersectionObserver`…) watch. */
    watching: (kind: string) => [...observers.values()].reduce((n, o) => n + (o.kind === kind ? o.targets.size : 0), 0),
    restore: () => {
      for (const [target, name, value] of saved.reverse()) (target as Record<string, unknown>)[name] = value;
    },
  };
}

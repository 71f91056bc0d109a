/**
 * A map that keeps only its `size` most recently used entries, as relative-time-element and Web Awesome bound their
 * formatter stores: whatever a page throws at a widget (a thousand `lang` values), memory stays bounded.
 */
export class Lru<V> {
  private readonly map = new Map<string, V>();

  constructor(private readonly size = 100) {}

  /** The value kept for `key`, made (and kept) on first use. */
  get(key: string, make: () => V): V {
    const value = this.map.has(key) ? (this.map.get(key) as V) : make();
    // Re-inserting moves the key to the end: the first key is always the least recently used.
    this.map.delete(key);
    this.map.set(key, value);
    if (this.map.size > this.size) this.map.delete(this.map.keys().next().value!);
    return value;
  }

  clear(): void {
    this.map.clear();
  }
}

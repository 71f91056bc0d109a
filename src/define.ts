import { version } from './version.js';

const versionKey = Symbol.for('migration-widgets.version');
let skipped: string[] = [];

/**
 * Registers a tag unless it is taken. A page that loads the library twice gets one warning
 * naming the skipped tags and both versions, never an exception; a tag taken by another
 * script stays theirs.
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  const registry = globalThis.customElements;
  if (!registry) return;
  const existing = registry.get(tag);
  if (!existing) {
    Object.defineProperty(element, versionKey, { value: version });
    registry.define(tag, element);
    return;
  }
  if (existing === element) return;
  const theirs = (existing as unknown as Record<symbol, string | undefined>)[versionKey];
  skipped.push(theirs ? `<${tag}> (v${theirs})` : `<${tag}> (another script's element)`);
  // All of this copy's tags register in one task: gather them into one warning.
  if (skipped.length === 1) queueMicrotask(warnSkipped);
}

function warnSkipped(): void {
  console.warn(
    `migration-widgets v${version} loaded twice; kept the first definitions: ${skipped.join(', ')}. ` +
      "This copy's classes (instanceof, events) do not match them; its registerStrings still reaches every widget.",
  );
  skipped = [];
}

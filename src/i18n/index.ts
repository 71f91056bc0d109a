import { Lru } from '../lru.js';
import { ar, en, es, fr, ru, zh, type FigureLabel, type UiStrings } from './ui-strings.js';

export type { FigureLabel, UiStrings } from './ui-strings.js';

/** A partner's strings for one language: any subset, figure labels merged by id. */
export type StringOverrides = Partial<Omit<UiStrings, 'figureLabels'>> & { figureLabels?: Record<string, FigureLabel> };

const builtIn = new Map<string, UiStrings>(Object.entries({ ar, en, es, fr, ru, zh }));

/**
 * What a page author configures, shared by every copy of the library on the page (an older copy
 * loaded first owns the widgets): the registered strings by language, and every copy's listeners.
 * Only a Map and a Set, so that it still works if a hardened page freezes it.
 */
interface Registry {
  readonly version: 1;
  readonly strings: Map<string, StringOverrides>;
  readonly listeners: Set<() => void>;
}

const registryKey = Symbol.for('migration-widgets.registry');

function sharedRegistry(): Registry {
  const found = (globalThis as { [registryKey]?: Registry })[registryKey];
  if (found?.version === 1) return found;
  const own: Registry = { version: 1, strings: new Map(), listeners: new Set() };
  try {
    if (!found) Object.defineProperty(globalThis, registryKey, { value: own });
  } catch {
    // A frozen globalThis (SES harden): this copy keeps its own registry.
  }
  return own;
}

const registry = sharedRegistry();
/** Strings by exact tag, and by locale as `catalogFor` finds them: every widget asks, for every render. */
const merged = new Lru<UiStrings | undefined>();
const nearest = new Lru<UiStrings | undefined>();
registry.listeners.add(() => (merged.clear(), nearest.clear()));

function merge<T extends StringOverrides>(base: T, strings: StringOverrides): T {
  return { ...base, ...strings, figureLabels: { ...base.figureLabels, ...strings.figureLabels } };
}

/** The built-in and registered strings of exactly `tag`; a registered regional tag builds on its language. */
function catalog(tag: string): UiStrings | undefined {
  return merged.get(tag, () => {
    const own = builtIn.get(tag);
    const registered = registry.strings.get(tag);
    const language = tag.split('-')[0]!;
    const base = () => own ?? (language === tag ? undefined : catalog(language)) ?? catalog('en')!;
    return registered ? merge(base(), registered) : own;
  });
}

/**
 * Adds a language or overrides strings of one (`registerStrings('pt', {...})`,
 * `registerStrings('fr', { readReport: 'Lire' })`). Missing keys fall back to the base
 * language (`pt-BR` → `pt`; Traditional Chinese to `zh-Hant`, never to Simplified `zh`), then
 * English. Widgets on the page re-render, whichever copy of the library they come from.
 */
export function registerStrings(lang: string, strings: StringOverrides): void {
  const key = lang.toLowerCase();
  registry.strings.set(key, merge(registry.strings.get(key) ?? {}, strings));
  for (const listener of registry.listeners) listener();
}

/** Called after every `registerStrings`; returns the function that stops it. */
export function onStringsChange(listener: () => void): () => void {
  registry.listeners.add(listener);
  return () => registry.listeners.delete(listener);
}

const scripts = new Lru<string | undefined>();
const builtInScripts = new Map([
  ['ar', 'Arab'],
  ['en', 'Latn'],
  ['es', 'Latn'],
  ['fr', 'Latn'],
  ['ru', 'Cyrl'],
]);

/**
 * The script a tag is written in: the one it names, else the one its language (and region) most likely uses;
 * undefined for a tag Intl refuses. `maximize` loads likely-script data (~20 ms, once a page): the built-in
 * languages whose script needs no region to tell (all but Chinese) skip it.
 */
function likelyScript(locale: string): string | undefined {
  return scripts.get(locale, () => {
    try {
      const tag = new Intl.Locale(locale);
      return tag.script ?? builtInScripts.get(tag.language) ?? tag.maximize().script;
    } catch {
      return undefined;
    }
  });
}

/** True for Chinese in Traditional characters, named (`zh-Hant`) or implied by the region (`zh-TW`, `zh-HK`, `zh-MO`). */
function isTraditionalChinese(tag: string): boolean {
  return /^zh(-|$)/i.test(tag) && likelyScript(tag) === 'Hant';
}

/** Scripts written right to left (ISO 15924). */
const rightToLeftScripts = new Set(['Adlm', 'Arab', 'Hebr', 'Mand', 'Nkoo', 'Rohg', 'Samr', 'Syrc', 'Thaa']);

/**
 * The direction a language is written in: `rtl` for Arabic, Persian, Hebrew, Urdu…, from its (likely) script. A
 * number in the widget's language takes it, whatever the page's `dir` says.
 */
export function writingDirection(locale: string): 'ltr' | 'rtl' {
  return rightToLeftScripts.has(likelyScript(locale) ?? '') ? 'rtl' : 'ltr';
}

/** The catalogs that may serve a locale, nearest first: `zh-hant-tw`, `zh-hant`, then `zh` unless Traditional. */
function candidates(locale: string): string[] {
  const subtags = locale.toLowerCase().split('-');
  const tags = subtags.map((_, i) => subtags.slice(0, subtags.length - i).join('-'));
  return isTraditionalChinese(locale) ? [...tags.filter((tag) => tag !== 'zh'), 'zh-hant'] : tags;
}

function catalogFor(locale: string): UiStrings | undefined {
  return nearest.get(locale, () => {
    for (const tag of candidates(locale)) {
      const found = catalog(tag);
      if (found) return found;
    }
    return undefined;
  });
}

/** True when the library has strings for `locale`, built in or registered. */
export function hasStrings(locale: string): boolean {
  return catalogFor(locale) !== undefined;
}

const canonical = new Lru<string | undefined>();

/** A valid, canonical BCP 47 tag, or undefined. */
export function canonicalLocale(tag: string): string | undefined {
  return canonical.get(tag, () => {
    try {
      const [found] = Intl.getCanonicalLocales(tag);
      return found && Intl.NumberFormat.supportedLocalesOf(found).length ? found : undefined;
    } catch {
      return undefined;
    }
  });
}

/** One language per widget: a valid locale the library has strings for, else English, words, numbers and dates alike. */
export function shownLanguage(locale: string | undefined): string {
  return locale !== undefined && hasStrings(locale) ? locale : 'en';
}

/** The strings for a BCP 47 locale: the nearest catalog (see `registerStrings`), else English. */
export function stringsFor(locale: string): UiStrings {
  return catalogFor(locale) ?? catalog('en')!;
}

/** Fills `{name}` placeholders; an unknown name is left out, never shown as "undefined". */
export function fillTemplate(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => (name in values ? String(values[name]) : ''));
}

/** Like `fillTemplate`, for values that are not text (a Lit template, an element): the pieces in order. */
export function fillParts<T>(template: string, values: Record<string, T | string | number>): Array<T | string> {
  return template
    .split(/(\{\w+\})/)
    .map((piece) => {
      const name = /^\{(\w+)\}$/.exec(piece)?.[1];
      if (name === undefined) return piece;
      const value = values[name];
      return value === undefined ? '' : typeof value === 'number' ? String(value) : value;
    })
    .filter((piece) => piece !== '');
}

import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  canonicalLocale,
  hasStrings,
  onStringsChange,
  shownLanguage,
  stringsFor,
  type UiStrings,
} from './i18n/index.js';
import { warnInvalid } from './warn.js';

type Host = ReactiveControllerHost & HTMLElement;

/** The nearest ancestor (across shadow roots) carrying `attribute`, or undefined. */
function closestWith(element: Element, attribute: string): Element | undefined {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element) {
      const found = node.closest(`[${attribute}]`);
      if (found) return found;
    }
    const root: Node = (node as Element).getRootNode?.() ?? node;
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return undefined;
}

// One observer serves every widget on the page: a language switch changes `lang` or `dir` somewhere above them.
const hosts = new Set<LocaleController>();
// A server has no page to read from: prerender() looks the language up in the HTML and hands it over.
const controllers = new WeakMap<Element, LocaleController>();
let observer: MutationObserver | undefined;

// Each untranslated language is named once per page, not once per widget.
const untranslatedWarned = new Set<string>();

function warnUntranslated(tag: string, locale: string): void {
  if (untranslatedWarned.has(locale)) return;
  untranslatedWarned.add(locale);
  console.warn(
    `<${tag}>: no strings for lang="${locale}"; showing English. Add them: registerStrings('${locale}', {…}).`,
  );
}

function refreshAll(): void {
  for (const controller of hosts) controller.refresh();
}

/**
 * Follows the nearest `[lang]` (then the document's, then English) and the element's direction,
 * and re-renders its host when either changes or a partner registers strings. A language the library
 * has no strings for gives a widget wholly in English, left to right: words, numbers and dates.
 */
export class LocaleController implements ReactiveController {
  /** The locale numbers, dates and UI strings follow. */
  lang = 'en';
  /** False when the page declares no language, or one this browser does not know, and `lang` is English by default. */
  declared = false;
  /** True when the page's language has no strings and the widget shows English in its stead (`lang="en" dir="ltr"`). */
  untranslated = false;
  dir: 'ltr' | 'rtl' = 'ltr';
  strings: UiStrings = stringsFor('en');
  private stopStrings?: () => void;
  /** What the page asked for, kept to decide again when a partner registers strings. */
  private asked: { tag: string; dir: 'ltr' | 'rtl' } = { tag: '', dir: 'ltr' };

  constructor(private readonly host: Host) {
    host.addController(this);
    controllers.set(host, this);
  }

  hostConnected(): void {
    hosts.add(this);
    if (!observer) {
      observer = new MutationObserver(refreshAll);
      observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang', 'dir'], subtree: true });
    }
    this.stopStrings = onStringsChange(() => {
      this.apply(this.asked.tag, this.asked.dir);
      this.strings = stringsFor(this.lang);
      this.host.requestUpdate();
    });
    this.refresh();
  }

  hostDisconnected(): void {
    hosts.delete(this);
    this.stopStrings?.();
    if (hosts.size === 0) {
      observer?.disconnect();
      observer = undefined;
    }
  }

  /** Re-reads language and direction; requests an update only when one changed. */
  refresh(): void {
    const element = closestWith(this.host, 'lang');
    this.apply(element?.getAttribute('lang') ?? document.documentElement.lang ?? '', this.resolveDir());
  }

  /** Takes `tag` (validated: English when blank, unknown or untranslated) and `dir`; requests an update only when one changed. */
  apply(tag: string, dir: 'ltr' | 'rtl'): void {
    this.asked = { tag, dir };
    const declared = this.validLocale(tag.trim());
    const untranslated = declared !== undefined && !hasStrings(declared);
    if (untranslated) warnUntranslated(this.host.localName, declared);
    const lang = shownLanguage(declared);
    const shownDir = untranslated ? 'ltr' : dir;
    if (
      lang === this.lang &&
      shownDir === this.dir &&
      (declared !== undefined) === this.declared &&
      untranslated === this.untranslated
    )
      return;
    this.lang = lang;
    this.declared = declared !== undefined;
    this.untranslated = untranslated;
    this.dir = shownDir;
    this.strings = stringsFor(lang);
    this.host.requestUpdate();
  }

  /** The declared locale, or undefined when there is none or it is not valid. */
  private validLocale(declared: string): string | undefined {
    if (declared === '') return undefined;
    const locale = canonicalLocale(declared);
    if (!locale) {
      warnInvalid(this.host.localName, 'lang', declared, 'not a language this browser knows', 'using English');
      return undefined;
    }
    return locale;
  }

  private resolveDir(): 'ltr' | 'rtl' {
    try {
      return this.host.matches(':dir(rtl)') ? 'rtl' : 'ltr';
    } catch {
      return closestWith(this.host, 'dir')?.getAttribute('dir')?.toLowerCase() === 'rtl' ? 'rtl' : 'ltr';
    }
  }
}

/** The language and direction the page gives `host`, for a server render (prerender.js), where there is no page to read. */
export function assumeLocale(host: Element, lang: string, dir: 'ltr' | 'rtl'): void {
  controllers.get(host)?.apply(lang, dir);
}

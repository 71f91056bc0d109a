import { Lru } from '../lru.js';

// Building an Intl formatter costs far more than using one: keep one per locale and options, the 100 last used.
type Formatter = Intl.NumberFormat | Intl.DateTimeFormat | Intl.PluralRules;

const cache = new Lru<Formatter>();

function cached<T extends Formatter>(kind: string, locale: string, options: object, make: () => T): T {
  return cache.get(`${kind}|${locale}|${JSON.stringify(options)}`, make) as T;
}

// Intl reads inherited option fields too: only the options' own reach it, whatever another script put on Object.prototype.
const own = <T extends object>(options: T): T => Object.assign(Object.create(null) as T, options);

export function numberFormat(locale: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  return cached('number', locale, options, () => new Intl.NumberFormat(locale, own(options)));
}

export function dateFormat(locale: string, options: Intl.DateTimeFormatOptions = {}): Intl.DateTimeFormat {
  return cached('date', locale, options, () => new Intl.DateTimeFormat(locale, own(options)));
}

export function pluralRules(locale: string, options: Intl.PluralRulesOptions = {}): Intl.PluralRules {
  return cached('plural', locale, options, () => new Intl.PluralRules(locale, options));
}

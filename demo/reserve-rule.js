// The `:not(:defined)` rule for partners who cannot prerender: the space a widget will take, reserved until the
// script defines it, per viewport width and language, from the measured sizes (bench/measure-reserved-sizes.mjs).
import { reservedSizes, widths } from './reserved-sizes.js';

/** The measured look a widget with these attributes has (its element, built-in item, state and variant), as a selector. */
export function lookSelector(tag, names) {
  const item = {
    'migration-stat-card': `[fact="${names.get('fact')}"]`,
    'migration-quote-block': `[quote="${names.get('quote')}"]`,
    // Collapsed hides the figures too.
    'migration-summary-panel': ['collapsed', 'with-figures']
      .filter((name) => names.has(name))
      .map((name) => `[${name}]`)[0],
  }[tag];
  const variant = names.get('variant') ?? 'default';
  return `${tag}${item ?? ''}${variant === 'default' ? '' : `[variant="${variant}"]`}`;
}

/**
 * CSS reserving the rendered size of a widget with `attributes` ([name, value] pairs): in its `lang` when it has
 * one; otherwise in English, with a `:lang()` rule where another language needs another size. The `:lang()`
 * rules weigh no more than the plain ones (`:where`), so each width's rules simply follow the narrower ones.
 */
export function reserveRule(tag, attributes) {
  const names = new Map(attributes);
  const selector = lookSelector(tag, names);
  const sizes = reservedSizes[selector];
  if (!sizes) throw new Error(`no measured size for ${selector}`);
  const lang = names.get('lang');
  const own = lang && sizes[lang];
  const others = own ? [] : Object.entries(sizes).filter(([code]) => code !== 'en');
  const base = own || sizes.en;
  let plain;
  let overrides = {};
  return widths
    .flatMap((width, i) => {
      const rules = [];
      if (base[i] !== plain) {
        rules.push(`${selector}:not(:defined) { ${i === 0 ? 'display: block; ' : ''}min-block-size: ${base[i]}rem; }`);
        plain = base[i];
        overrides = {};
      }
      for (const [code, list] of others) {
        if (list[i] === (overrides[code] ?? plain)) continue;
        rules.push(`${selector}:where(:lang(${code})):not(:defined) { min-block-size: ${list[i]}rem; }`);
        overrides[code] = list[i];
      }
      return i === 0 ? rules : rules.map((rule) => `@media (min-width: ${width / 16}rem) { ${rule} }`);
    })
    .join('\n');
}

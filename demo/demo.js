// The demo page's own switches: theme and language. Plain page script, as a partner's site would have.
// `?theme=dark&lang=ar` in the address opens the page with those settings (handy for sharing a view).

import { languageNames, unLanguages } from '../dist/data/index.js';
import elements from '../dist/elements.js';

const widgetTags = elements.map((name) => `migration-${name}`);
const rightToLeft = new Set(['ar']);
const themes = new Set(['system', 'light', 'dark']);

/** Sets `theme` on every widget (or removes it for "system") and themes the page itself to match. */
export function applyTheme(theme) {
  for (const widget of document.querySelectorAll(widgetTags.join(','))) {
    if (theme === 'system') widget.removeAttribute('theme');
    else widget.setAttribute('theme', theme);
  }
  document.documentElement.dataset.theme = theme;
}

/** Sets `lang` and `dir` on <html>: the widgets follow the nearest `lang`, as on a partner's translated page. */
export function applyLanguage(lang) {
  document.documentElement.lang = lang;
  document.documentElement.dir = rightToLeft.has(lang) ? 'rtl' : 'ltr';
}

const themeSwitch = document.querySelector('#theme-switch');
const langSwitch = document.querySelector('#lang-switch');
const params = new URLSearchParams(location.search);

// The language menu lists the report's six languages, each named in itself.
langSwitch.append(
  ...unLanguages.map((code) => {
    const option = new Option(languageNames[code], code, code === 'en', code === 'en');
    option.lang = code;
    option.dir = rightToLeft.has(code) ? 'rtl' : 'ltr';
    return option;
  }),
);

if (themes.has(params.get('theme'))) themeSwitch.value = params.get('theme');
if (unLanguages.includes(params.get('lang'))) langSwitch.value = params.get('lang');
applyTheme(themeSwitch.value);
applyLanguage(langSwitch.value);

themeSwitch.addEventListener('change', () => applyTheme(themeSwitch.value));
langSwitch.addEventListener('change', () => applyLanguage(langSwitch.value));

// The embed-code configurator: a form whose choices come from the library's own data, a live preview
// built with createElement/setAttribute, and three snippets (script tag for CMS editors, npm for developers,
// prerendered HTML with no layout shift).
import { formatCitation } from '../dist/cite.js';
import { declarativeRoot } from '../dist/declarative-root.js';
import { figures, languageNames, quotes, report, unLanguages } from '../dist/data/index.js';
import { imageSizes, svgToPng, widgetImage } from '../dist/image/index.js';
import { version } from '../dist/version.js';
import { reserveRule } from './reserve-rule.js';

const defaultBase = 'https://cdn.jsdelivr.net/npm';
const variants = ['default', 'compact', 'emphasis'];
const themes = ['light', 'dark', 'system'];
/** The formats that make sense for each kind of figure; the figure's own format comes first. */
const formatsByUnit = {
  people: ['compact', 'number'],
  percent: ['percent'],
  currency: ['currency', 'compact', 'number'],
};
/** `migration-stat-card` → `stat-card`: the element's module in the package. */
const moduleName = (tag) => tag.replace(/^migration-/, '');
const form = document.querySelector('#config');
const field = (id) => document.querySelector(`#${id}`);

// ---- Escaping: every value that reaches a snippet goes through one of these. ----

const escapeText = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (value) => escapeText(value).replace(/"/g, '&quot;');

// ---- Choices from the library's data ----

function option(value, text, attributes = {}) {
  const element = document.createElement('option');
  element.value = value;
  element.textContent = text;
  for (const [name, attributeValue] of Object.entries(attributes)) element.setAttribute(name, attributeValue);
  return element;
}

field('fact').append(...figures.map((f) => option(f.id, `${f.label} (${f.id})`)));
field('quote').append(...quotes.map((q) => option(q.id, `${q.speaker}: “${q.fragments[0].slice(0, 48)}…” (${q.id})`)));
field('variant').append(...variants.map((v) => option(v, v)));
field('theme').append(option('', 'the page’s colour scheme'), ...themes.map((t) => option(t, t)));
field('lang').append(
  option('', 'the page’s language'),
  ...unLanguages.map((code) => option(code, `${languageNames[code]} (${code})`, { lang: code })),
);

function fillFormats() {
  const figure = figures.find((f) => f.id === field('fact').value) ?? figures[0];
  const previous = field('format').value;
  const choices = formatsByUnit[figure.unit] ?? [figure.format];
  field('format').replaceChildren(
    ...choices.map((format) => option(format, format === figure.format ? `${format} (the figure’s own)` : format)),
  );
  field('format').value = choices.includes(previous) ? previous : figure.format;
}
fillFormats();

// ---- The chosen element: tag, attributes in a stable order, fallback content ----

/** [name, value] pairs; '' marks a boolean attribute. Only what differs from the element's defaults. */
function chosenAttributes(tag) {
  const attributes = [];
  const checked = (id) => field(id).checked;
  if (tag === 'migration-stat-card') {
    const figure = figures.find((f) => f.id === field('fact').value) ?? figures[0];
    attributes.push(['fact', figure.id]);
    if (field('format').value !== figure.format) attributes.push(['format', field('format').value]);
    if (checked('no-animation')) attributes.push(['no-animation', '']);
  } else if (tag === 'migration-quote-block') {
    attributes.push(['quote', field('quote').value]);
    const clamp = Number.parseInt(field('clamp').value, 10);
    if (Number.isInteger(clamp) && clamp >= 1) attributes.push(['clamp', String(clamp)]);
    if (checked('no-copy')) attributes.push(['no-copy', '']);
  } else if (tag === 'migration-remittance-counter') {
    const since = field('since').value;
    const date = field('since-date').value;
    if (since === 'load') attributes.push(['since', 'load']);
    if (since === 'date' && /^\d{4}-\d{2}-\d{2}$/.test(date)) attributes.push(['since', date]);
    if (checked('paused')) attributes.push(['paused', '']);
  } else if (tag === 'migration-summary-panel') {
    if (field('heading-level').value !== '2') attributes.push(['heading-level', field('heading-level').value]);
    if (checked('collapsed')) attributes.push(['collapsed', '']);
    if (checked('with-figures')) attributes.push(['with-figures', '']);
  }
  if (field('variant').value !== 'default') attributes.push(['variant', field('variant').value]);
  if (field('theme').value) attributes.push(['theme', field('theme').value]);
  if (field('lang').value) {
    attributes.push(['lang', field('lang').value]);
    attributes.push(['dir', field('lang').value === 'ar' ? 'rtl' : 'ltr']);
  }
  return attributes;
}

const longDate = (iso) =>
  new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));

/** "Source: …" in words, with the document linked: pieces are strings or { href, text }. */
function sourcePieces(citation) {
  const { document: doc, quotedIn, basis } = citation;
  const named = doc.symbol ? `${doc.title} (${doc.symbol})` : doc.title;
  const pieces = ['Source: ', { href: doc.url, text: named }, `, ${doc.publisher}, ${longDate(doc.date)}`];
  if (basis) pieces.push(`, ${basis}`);
  if (quotedIn)
    pieces.push(
      ', as quoted in ',
      { href: quotedIn.url, text: `${quotedIn.publisher}, ${(quotedIn.kind ?? 'document').toLowerCase()}` },
      ` of ${longDate(quotedIn.date)}`,
    );
  pieces.push('.');
  return pieces;
}

/** The figure's value in English words, as the chosen format shows it. */
function figureValueText(figure, format) {
  const currency = figure.currency ?? 'USD';
  const options = {
    number: figure.unit === 'currency' ? { style: 'currency', currency, currencyDisplay: 'code' } : {},
    compact: {
      notation: 'compact',
      compactDisplay: 'long',
      ...(figure.unit === 'currency' ? { style: 'currency', currency, currencyDisplay: 'code' } : {}),
    },
    percent: { style: 'percent' },
    currency: { style: 'currency', currency, currencyDisplay: 'code', notation: 'compact', compactDisplay: 'long' },
  }[format];
  const value = format === 'percent' ? figure.value / 100 : figure.value;
  return new Intl.NumberFormat('en', { maximumSignificantDigits: 21, ...options }).format(value);
}

const capitalise = (text) => text.charAt(0).toUpperCase() + text.slice(1);

/** The readable no-JavaScript content of the chosen element: one paragraph, built from the data. */
function fallbackPieces(tag) {
  if (tag === 'migration-stat-card') {
    const figure = figures.find((f) => f.id === field('fact').value) ?? figures[0];
    // The source's hedges stay with the figure: "some" before it, the others after it.
    const some = figure.qualifiers.includes('some') ? 'some ' : '';
    const after = figure.qualifiers
      .filter((q) => q !== 'some')
      .map((q) => `, ${q}`)
      .join('');
    // The figure as its source states it, whatever display format the element is given.
    const sentence = capitalise(`${some}${figureValueText(figure, figure.format)} ${figure.label}${after}. `);
    return [sentence, ...sourcePieces(figure.citation)];
  }
  if (tag === 'migration-quote-block') {
    const quote = quotes.find((q) => q.id === field('quote').value) ?? quotes[0];
    const words = quote.fragments.map((f, i) => (i < quote.fragments.length - 1 ? f.replace(/,$/, '.') : f)).join(' ');
    return [`“${words}” — ${quote.speaker}, ${quote.role}. `, ...sourcePieces(quote.citation)];
  }
  if (tag === 'migration-remittance-counter') {
    const figure = figures.find((f) => f.unit === 'currency') ?? figures[0];
    const sentence = `Migrants sent home some ${figureValueText(figure, 'currency')} in ${figure.year}, ${figure.qualifiers
      .filter((q) => q !== 'some')
      .join(', ')}. `;
    return [sentence, ...sourcePieces(figure.citation)];
  }
  return [
    `${report.title} — ${report.kind}, ${report.symbol}, ${longDate(report.date)}. ${report.firstSentence} `,
    { href: report.links.official, text: 'Read the report' },
    '.',
  ];
}

// ---- Snippets ----

let integrity;

function scriptUrl() {
  const exact = field('script-url').value.trim();
  if (exact) return exact;
  const base = field('cdn-base').value.trim() || defaultBase;
  return `${base.replace(/\/+$/, '')}/migration-widgets@${version}/dist/migration-widgets.js`;
}

/** Only http(s) addresses are offered; anything else is reported and the CDN default used. */
function checkedScriptUrl() {
  const url = scriptUrl();
  try {
    const parsed = new URL(url);
    if (parsed.protocol === 'https:' || parsed.protocol === 'http:') return { url };
  } catch {
    // reported below
  }
  return {
    url: `${defaultBase}/migration-widgets@${version}/dist/migration-widgets.js`,
    error: `“${url}” is not an http(s) address: using the CDN default.`,
  };
}

function elementHtml(tag, attributes, pieces, root = '') {
  const attributeText = attributes
    .map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`))
    .join('');
  const body = pieces
    .map((piece) =>
      typeof piece === 'string'
        ? escapeText(piece)
        : `<a href="${escapeAttribute(piece.href)}">${escapeText(piece.text)}</a>`,
    )
    .join('');
  return `<${tag}${attributeText}>${root}\n  <p lang="en">${body.trim()}</p>\n</${tag}>`;
}

function scriptSnippet(tag, attributes, pieces, url) {
  const integrityText = integrity ? ` integrity="${escapeAttribute(integrity)}"` : '';
  const lines = [
    `<script type="module" src="${escapeAttribute(url)}"${integrityText} crossorigin="anonymous"></script>`,
  ];
  if (field('reserve').checked)
    lines.push(`<style>\n  ${reserveRule(tag, attributes).replace(/\n/g, '\n  ')}\n</style>`);
  lines.push(elementHtml(tag, attributes, pieces));
  return `${lines.join('\n')}\n`;
}

function npmSnippet(tag, attributes, pieces) {
  const parts = [
    '# In a terminal',
    'npm install migration-widgets',
    '',
    '// In your JavaScript (registers this element only)',
    `import 'migration-widgets/${moduleName(tag)}.js';`,
    '',
    '<!-- In your HTML -->',
    elementHtml(tag, attributes, pieces),
  ];
  if (field('reserve').checked) parts.push('', '/* In your CSS */', reserveRule(tag, attributes));
  return `${parts.join('\n')}\n`;
}

/**
 * The element's shadow root as declarative shadow DOM, the way prerender() writes it: rendered here,
 * off-screen, with its count-up off (a prerendered value is final), its styles inline.
 */
async function renderedRoot(tag, attributes, pieces) {
  const element = previewElement(tag, [...attributes, ['no-animation', '']], pieces);
  const box = document.createElement('div');
  box.setAttribute('aria-hidden', 'true');
  box.style.cssText = 'position: absolute; inset-inline-start: -100vw; inline-size: 40rem; visibility: hidden';
  box.append(element);
  document.body.append(box);
  await element.updateComplete;
  const styles = element.constructor.elementStyles.map((style) => style.cssText).join('');
  const root = declarativeRoot(`<style>${styles}</style>${element.shadowRoot.innerHTML}`);
  box.remove();
  return root;
}

/** The widget's HTML with its design inside (no layout shift, readable without the script), then the script. */
function prerenderedSnippet(tag, attributes, pieces, url, root) {
  const integrityText = integrity ? ` integrity="${escapeAttribute(integrity)}"` : '';
  return (
    `${elementHtml(tag, attributes, pieces, root)}\n` +
    `<script type="module" src="${escapeAttribute(url)}"${integrityText} crossorigin="anonymous"></script>\n`
  );
}

/** The prerendered snippet without its script, in a sandbox where no script may run: what a reader sees before it. */
function showWithoutScript(tag, attributes, pieces, root) {
  const dark = field('theme').value === 'dark' ? ' style="background: #0b141c"' : '';
  field('prerendered-preview').srcdoc =
    `<!doctype html><html lang="en"><meta charset="utf-8"><body${dark}>${elementHtml(tag, attributes, pieces, root)}</body></html>`;
}

// ---- Preview: the same element, built without parsing any user input as HTML ----

function previewElement(tag, attributes, pieces) {
  const element = document.createElement(tag);
  for (const [name, value] of attributes) element.setAttribute(name, value);
  const paragraph = document.createElement('p');
  paragraph.lang = 'en';
  for (const piece of pieces) {
    if (typeof piece === 'string') {
      paragraph.append(piece);
    } else {
      const link = document.createElement('a');
      link.href = piece.href;
      link.textContent = piece.text;
      paragraph.append(link);
    }
  }
  element.append(paragraph);
  return element;
}

function update() {
  const tag = field('element').value;
  for (const set of form.querySelectorAll('fieldset[data-for]')) set.hidden = set.dataset.for !== tag;
  field('since-date').disabled = field('since').value !== 'date';
  const attributes = chosenAttributes(tag);
  const pieces = fallbackPieces(tag);
  const { url, error } = checkedScriptUrl();
  const problems = [
    error,
    integrity ? undefined : 'No integrity hash for this version (run npm run build): the snippet has none.',
  ];
  field('address-error').textContent = problems.filter(Boolean).join(' ');
  field('address-error').hidden = field('address-error').textContent === '';

  const stage = field('preview');
  stage.classList.toggle('dark', field('theme').value === 'dark');
  stage.replaceChildren(previewElement(tag, attributes, pieces));
  field('snippet-script').textContent = scriptSnippet(tag, attributes, pieces, url);
  field('snippet-npm').textContent = npmSnippet(tag, attributes, pieces);
  updatePrerendered(tag, attributes, pieces, url);
  updateImage(tag);
  field('citation').textContent = formatCitation(citedItem(tag), field('cite-style').value);
  field('copy-status').textContent = '';
}

let prerendering = 0;

async function updatePrerendered(tag, attributes, pieces, url) {
  const run = ++prerendering;
  const root = await renderedRoot(tag, attributes, pieces);
  if (run !== prerendering) return; // a newer choice is being rendered
  field('snippet-prerendered').textContent = prerenderedSnippet(tag, attributes, pieces, url, root);
  showWithoutScript(tag, attributes, pieces, root);
}

// ---- Image and citation of what the widget shows ----

/** The figure, quote or report the chosen widget shows. */
function citedItem(tag) {
  if (tag === 'migration-stat-card') return figures.find((f) => f.id === field('fact').value) ?? figures[0];
  if (tag === 'migration-quote-block') return quotes.find((q) => q.id === field('quote').value) ?? quotes[0];
  if (tag === 'migration-remittance-counter') return figures.find((f) => f.unit === 'currency') ?? figures[0];
  return report;
}

function imageOptions(tag) {
  return {
    widget: moduleName(tag),
    fact: field('fact').value,
    format: field('format').value,
    quote: field('quote').value,
    lang: field('lang').value || 'en',
    theme: field('theme').value === 'dark' ? 'dark' : 'light',
    variant: field('variant').value,
    ...imageSizes[field('image-size').value],
    fontFamily: getComputedStyle(document.body).fontFamily,
  };
}

/** "migration-stat-card-international-migrants-en-light-1200x675". */
function imageName(options) {
  const item = options.widget === 'stat-card' ? options.fact : options.widget === 'quote-block' ? options.quote : '';
  return ['migration', options.widget, item, options.lang, options.theme, `${options.width}x${options.height}`]
    .filter(Boolean)
    .join('-');
}

let svgUrl;

function updateImage(tag) {
  const options = imageOptions(tag);
  const image = widgetImage(options);
  if (svgUrl) URL.revokeObjectURL(svgUrl);
  svgUrl = URL.createObjectURL(new Blob([image.svg], { type: 'image/svg+xml' }));
  field('image-preview').src = svgUrl;
  field('image-preview').alt = image.alt;
  field('download-svg').href = svgUrl;
  field('download-svg').download = `${imageName(options)}.svg`;
  field('image-alt').textContent = image.alt;
}

/** Saves a blob through a temporary download link. */
function save(blob, name) {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
}

field('download-png').addEventListener('click', async () => {
  const options = imageOptions(field('element').value);
  const status = field('copy-status');
  try {
    save(await svgToPng(widgetImage(options)), `${imageName(options)}.png`);
    status.textContent = `PNG ready: ${options.width} × ${options.height}.`;
  } catch {
    status.textContent = 'This browser could not draw the PNG: download the SVG instead.';
  }
});

form.addEventListener('input', (event) => {
  if (event.target === field('fact')) fillFormats();
  update();
});
form.addEventListener('change', update);
// The image's size and the citation's format sit beside the results, outside the form.
for (const id of ['image-size', 'cite-style']) field(id).addEventListener('change', update);
form.addEventListener('submit', (event) => event.preventDefault());

for (const button of document.querySelectorAll('button[data-copy]')) {
  button.addEventListener('click', async () => {
    const text = field(button.dataset.copy).textContent;
    const status = field('copy-status');
    try {
      await navigator.clipboard.writeText(text);
      status.textContent = `Copied: ${button.textContent.replace(/^Copy /, '')}.`;
    } catch {
      status.textContent = 'This browser did not allow copying. Select the code and copy it with Ctrl+C (⌘C on a Mac).';
    }
  });
}

field('version').textContent = version;

// The hash of this exact build, written by rollup next to the bundle.
try {
  const response = await fetch(new URL('../dist/integrity.json', import.meta.url));
  const built = await response.json();
  if (built.version === version) integrity = built.integrity;
} catch {
  integrity = undefined;
}
update();
document.documentElement.dataset.ready = 'true';

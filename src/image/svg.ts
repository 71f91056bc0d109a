/**
 * A widget as a shareable image: an SVG laid out from the report's data (never a screenshot), in the
 * widget's language, direction, theme and variant, with the one-line credit and the report's symbol.
 * Its words are real `<text>`, so the SVG stays selectable and searchable.
 */
import { creditLine, type Citable, type CitationOptions } from '../cite.js';
import {
  defaultFigureId,
  defaultQuoteId,
  figureById,
  quoteById,
  quoteText,
  report,
  type Figure,
  type FigureFormat,
} from '../data/index.js';
import { formatDate } from '../format/date.js';
import { numberFormat } from '../format/intl-cache.js';
import { agreeingLabel, formatNumber, type FormatOptions } from '../format/number.js';
import { canonicalLocale, fillTemplate, shownLanguage, stringsFor } from '../i18n/index.js';
import { RemittanceRate } from '../remittance-rate.js';
import { defaultMeasure, type MeasureText } from './measure.js';

export type ImageWidget = 'stat-card' | 'quote-block' | 'summary-panel' | 'remittance-counter';
export type ImageTheme = 'light' | 'dark';
export type ImageVariant = 'default' | 'compact' | 'emphasis';

export interface ImageOptions {
  widget: ImageWidget;
  /** The stat card's figure id. */
  fact?: string;
  /** The stat card's number format; the figure's own by default. */
  format?: FigureFormat;
  /** The quote block's quote id. */
  quote?: string;
  /**
   * BCP 47 language of the library's words and numbers; English by default. As in a widget, a language
   * without strings (built in or registered) gives a wholly English image.
   */
  lang?: string;
  theme?: ImageTheme;
  variant?: ImageVariant;
  width?: number;
  height?: number;
  /** The CSS font family; the page's font, with named fallbacks appended. */
  fontFamily?: string;
  /** Measures a line of text; canvas `measureText` in a browser. */
  measure?: MeasureText;
}

export interface WidgetImage {
  svg: string;
  /** The image's words in reading order, for its alt text. */
  alt: string;
  width: number;
  height: number;
}

/** The sizes offered for PNG export: social networks' and one for print (A4 landscape at 300 dpi). */
export const imageSizes = Object.freeze({
  landscape: Object.freeze({ width: 1200, height: 675 }),
  square: Object.freeze({ width: 1080, height: 1080 }),
  portrait: Object.freeze({ width: 1080, height: 1350 }),
  print: Object.freeze({ width: 3508, height: 2480 }),
});

/** The widgets' default colours (src/styles/theme.ts); a test compares them with a rendered widget. */
export const imagePalettes = Object.freeze({
  light: Object.freeze({ surface: '#ffffff', text: '#1b1b1b', muted: '#4a4a4a', accent: '#0072bc', line: '#009edb' }),
  dark: Object.freeze({ surface: '#14202b', text: '#f1f1f1', muted: '#c4c4c4', accent: '#7cc8f0', line: '#009edb' }),
});

/** Named fallbacks after the page's font: the Noto families cover all six UN scripts. */
export const fallbackFonts = "'Noto Sans', 'Noto Sans Arabic', 'Noto Sans CJK SC', system-ui, sans-serif";

type Colour = keyof (typeof imagePalettes)['light'];

/** One block of text: wrapped to the content width, each line a `<text>`. */
interface Block {
  part: string;
  text: string;
  size: number;
  weight?: number;
  colour: Colour;
  /** The report's own words: English, left to right, whatever the image's language. */
  english?: boolean;
  italic?: boolean;
  /** Space above the block, in units of its font size. */
  gap?: number;
}

const rtlLanguages = new Set(['ar', 'fa', 'he', 'ur']);
const isRtl = (lang: string) => rtlLanguages.has(lang.toLowerCase().split('-')[0]!);

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The stat card's value as the widget writes it: large sums in words, the source's precision. */
function figureOptions(figure: Figure, format: FigureFormat): FormatOptions {
  const currency = figure.currency ?? 'USD';
  return { style: format, currency, compact: format === 'currency' && figure.value >= 1e6 };
}

/** An image's text blocks and what its credit cites; `shown` is what the credit leaves out, as the widget's does. */
interface Laid {
  blocks: Block[];
  item: Citable;
  shown?: CitationOptions;
}

function statCardBlocks(options: ImageOptions, lang: string): Laid {
  const strings = stringsFor(lang);
  const figure = figureById(options.fact) ?? figureById(defaultFigureId)!;
  const format = figureOptions(figure, options.format ?? figure.format);
  const value = formatNumber(figure.value, lang, format);
  const year = figure.year === undefined ? '' : numberFormat(lang, { useGrouping: false }).format(figure.year);
  const blocks: Block[] = [];
  if (figure.year !== undefined) {
    blocks.push({ part: 'year', text: year, size: 30, weight: 700, colour: 'muted' });
  }
  blocks.push(
    {
      part: 'value',
      text: figure.approximate ? fillTemplate(strings.approximately, { value }) : value,
      size: 104,
      weight: 800,
      colour: options.variant === 'emphasis' ? 'accent' : 'text',
      gap: 0.1,
    },
    {
      part: 'label',
      text: fillTemplate(agreeingLabel(strings.figureLabels[figure.id] ?? figure.label, figure.value, lang, format), {
        year,
      }),
      size: 40,
      weight: 600,
      colour: 'text',
      gap: 0.3,
    },
    { part: 'description', text: `“${figure.sourceWording}”`, size: 28, colour: 'muted', english: true, gap: 0.8 },
  );
  return { blocks, item: figure };
}

function quoteBlocks(options: ImageOptions): Laid {
  const quote = quoteById(options.quote) ?? quoteById(defaultQuoteId)!;
  const blocks: Block[] = [
    { part: 'text', text: `“${quoteText(quote)}”`, size: 44, weight: 600, colour: 'text', english: true },
    { part: 'speaker', text: quote.speaker, size: 30, weight: 700, colour: 'text', english: true, gap: 1 },
    { part: 'role', text: quote.role, size: 26, colour: 'muted', english: true, gap: 0.2 },
  ];
  return { blocks, item: quote, shown: { speakerShown: true } };
}

function summaryBlocks(lang: string): Laid {
  const strings = stringsFor(lang);
  const pages = fillTemplate(strings.pages, { count: numberFormat(lang).format(report.pages) });
  // English pieces isolated (LRI…PDI), as the widget isolates them: "A/72/643 · 12" must not run together.
  const english = (text: string) => (isRtl(lang) ? `\u2066${text}\u2069` : text);
  // Each piece stays on one line ("20 pages", a date): only the separators break.
  const whole = (text: string) => text.replace(/ /g, '\u00a0');
  const meta = [english(report.kind), english(report.symbol), formatDate(report.date, lang), pages]
    .map(whole)
    .join(' · ');
  const blocks: Block[] = [
    { part: 'heading', text: report.title, size: 60, weight: 800, colour: 'text', english: true },
    { part: 'meta', text: meta, size: 24, colour: 'muted', gap: 0.4 },
    { part: 'lead', text: report.firstSentence, size: 30, weight: 600, colour: 'text', english: true, gap: 1 },
    { part: 'highlights-intro', text: report.highlightsIntro, size: 26, colour: 'text', english: true, gap: 0.8 },
    ...report.highlights.map((h): Block => ({
      part: 'highlight',
      text: `${h.marker} ${h.text}`,
      size: 26,
      colour: 'text',
      english: true,
      gap: 0.3,
    })),
  ];
  return { blocks, item: report };
}

/** The counter's rate sentence, as screen readers hear it from the widget. */
function counterBlocks(lang: string): Laid {
  const strings = stringsFor(lang);
  const figure = figureById('remittances-2017')!;
  const currency = figure.currency ?? 'USD';
  const perSecond = formatNumber(new RemittanceRate(figure.value).perSecond, lang, {
    style: 'currency',
    currency,
    fractionDigits: 0,
  });
  const amount = formatNumber(figure.value, lang, { style: 'currency', currency, compact: true });
  const year = numberFormat(lang, { useGrouping: false }).format(figure.year!);
  const sentence = `${fillTemplate(strings.counterStable, { perSecond })} ${fillTemplate(strings.counterNote, {
    year,
    amount,
    source: figure.citation.basis ?? '',
  })}`;
  return {
    blocks: [{ part: 'rate', text: sentence, size: 52, weight: 700, colour: 'text' }],
    item: figure,
    shown: { basisShown: true },
  };
}

const rtlLetter = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]/;

/**
 * Splits text into lines no wider than `width`; a word wider than a line is broken between characters.
 * In right-to-left text, a run of left-to-right words ("World Bank estimates") stays on one line where it
 * fits: broken across lines, its brackets and order would flip.
 */
export function wrapText(text: string, font: string, width: number, measure: MeasureText, rtl = false): string[] {
  const words = text.split(/[ \t\n]+/).filter(Boolean);
  const tokens: string[] = [];
  for (const word of words) {
    const last = tokens[tokens.length - 1];
    if (rtl && last !== undefined && !rtlLetter.test(last) && !rtlLetter.test(word))
      tokens[tokens.length - 1] = `${last} ${word}`;
    else tokens.push(word);
  }
  const lines: string[] = [];
  let line = '';
  const push = (token: string): void => {
    const candidate = line ? `${line} ${token}` : token;
    if (measure(candidate, font) <= width) return void (line = candidate);
    if (line) lines.push(line);
    line = '';
    if (measure(token, font) <= width) return void (line = token);
    if (token.includes(' ')) return token.split(' ').forEach(push);
    for (const char of token) {
      if (line && measure(line + char, font) > width) {
        lines.push(line);
        line = '';
      }
      line += char;
    }
  };
  tokens.forEach(push);
  if (line) lines.push(line);
  return lines;
}

const lineHeight = 1.25;

/** A widget of the report as an SVG image, with its alt text. */
export function widgetImage(options: ImageOptions): WidgetImage {
  const { width = imageSizes.landscape.width, height = imageSizes.landscape.height } = options;
  const lang = shownLanguage(canonicalLocale(options.lang ?? 'en'));
  const rtl = isRtl(lang);
  const palette = imagePalettes[options.theme ?? 'light'];
  const measure = options.measure ?? defaultMeasure;
  const family = options.fontFamily ? `${options.fontFamily}, ${fallbackFonts}` : fallbackFonts;
  const { blocks, item, shown }: Laid =
    options.widget === 'quote-block'
      ? quoteBlocks(options)
      : options.widget === 'summary-panel'
        ? summaryBlocks(lang)
        : options.widget === 'remittance-counter'
          ? counterBlocks(lang)
          : statCardBlocks(options, lang);
  const credit = creditLine(item, lang, shown);

  // Sizes are set for a 1200 px wide landscape image and scale with the shorter side's share.
  const unit = Math.min(width, (height * 16) / 9) / 1200;
  const pad = Math.round(64 * unit);
  const contentWidth = width - 2 * pad;
  const start = rtl ? width - pad : pad;
  const variantScale = options.variant === 'compact' ? 0.85 : 1;
  const font = (size: number, block?: Pick<Block, 'weight' | 'italic'>) =>
    `${block?.italic ? 'italic ' : ''}${block?.weight ?? 400} ${size}px ${family}`;

  const footerSize = Math.round(20 * unit);
  const creditLines = wrapText(credit, font(footerSize), contentWidth, measure, rtl);
  const footerHeight = creditLines.length * footerSize * lineHeight + pad * 0.8;
  const badgeSize = Math.round(22 * unit);
  const top = pad + badgeSize * 2.2;
  const available = height - top - footerHeight - pad;

  // Shrinks the text until it fits above the credit: long summaries on a short image get smaller, never cut.
  // Square and portrait images have room to spare: start larger, then shrink to fit.
  let scale = unit * variantScale * (height / width > 0.7 ? 1.35 : 1);
  let laid: Array<{ block: Block; size: number; lines: string[] }> = [];
  let contentHeight = 0;
  for (let attempt = 0; attempt < 40; attempt++) {
    laid = blocks.map((block) => {
      const size = Math.round(block.size * scale);
      return {
        block,
        size,
        lines: wrapText(block.text, font(size, block), contentWidth, measure, rtl && !block.english),
      };
    });
    contentHeight = laid.reduce(
      (sum, { block, size, lines }) => sum + (block.gap ?? 0) * size + lines.length * size * lineHeight,
      0,
    );
    if (contentHeight <= available) break;
    scale *= 0.93;
  }

  const textLine = (text: string, x: number, y: number, size: number, colour: Colour, block?: Partial<Block>) => {
    const ltrInRtl = rtl && block?.english;
    const direction = rtl && !block?.english ? 'rtl' : 'ltr';
    // Every line starts at the image's reading start: the right edge in Arabic, English lines included.
    const anchor = ltrInRtl ? 'end' : 'start';
    const attrs = [
      `x="${x}"`,
      `y="${y.toFixed(1)}"`,
      `font-size="${size}"`,
      block?.weight ? `font-weight="${block.weight}"` : '',
      block?.italic ? 'font-style="italic"' : '',
      `fill="${palette[colour]}"`,
      `direction="${direction}"`,
      `text-anchor="${anchor}"`,
      block?.english ? 'xml:lang="en"' : '',
    ].filter(Boolean);
    return `<text ${attrs.join(' ')}>${escapeXml(text)}</text>`;
  };

  const out: string[] = [];
  let y = top + Math.max(0, (available - contentHeight) / 2);
  for (const { block, size, lines } of laid) {
    y += (block.gap ?? 0) * size;
    const texts = lines.map((line, i) =>
      textLine(line, start, y + size * (i * lineHeight + 0.95), size, block.colour, block),
    );
    y += lines.length * size * lineHeight;
    out.push(`<g data-part="${block.part}">${texts.join('')}</g>`);
  }

  const creditTop = height - pad - creditLines.length * footerSize * lineHeight;
  const creditTexts = creditLines.map((line, i) =>
    textLine(line, start, creditTop + footerSize * (i * lineHeight + 0.95), footerSize, 'muted'),
  );
  const ruleY = creditTop - pad * 0.35;
  const bar = Math.round((options.variant === 'emphasis' ? 16 : 8) * unit);
  const symbolX = rtl ? pad : width - pad;
  const symbol = `<g data-part="symbol"><text x="${symbolX}" y="${(pad + badgeSize).toFixed(1)}" font-size="${badgeSize}" font-weight="700" fill="${palette.accent}" direction="ltr" text-anchor="${rtl ? 'start' : 'end'}" xml:lang="en">${escapeXml(report.symbol)}</text></g>`;

  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" xml:lang="${escapeXml(lang)}" direction="${rtl ? 'rtl' : 'ltr'}" font-family="${escapeXml(family)}" role="img">`,
    `<title>${escapeXml(blocks.map((b) => b.text).join(' '))}</title>`,
    `<rect width="${width}" height="${height}" fill="${palette.surface}"/>`,
    `<rect x="${rtl ? width - bar : 0}" y="0" width="${bar}" height="${height}" fill="${palette.line}"/>`,
    symbol,
    ...out,
    `<rect x="${pad}" y="${ruleY.toFixed(1)}" width="${contentWidth}" height="${Math.max(1, Math.round(unit * 1.5))}" fill="${palette.line}"/>`,
    `<g data-part="credit">${creditTexts.join('')}</g>`,
    '</svg>',
  ].join('\n');
  return { svg, alt: `${blocks.map((b) => b.text).join(' ')} ${credit}`, width, height };
}

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
import { agreeingLabel, formatNumber, formatYear, type FormatOptions } from '../format/number.js';
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
  /** Its font size in a 1200 px wide landscape image. */
  size: number;
  weight?: number;
  colour: Colour;
  /** The report's own words: English, left to right, whatever the image's language. */
  english?: boolean;
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
  const figure = figureById(options.fact) ?? figureById(defaultFigureId)!;
  const format = figureOptions(figure, options.format ?? figure.format);
  const year = figure.year === undefined ? undefined : formatYear(figure.year, lang);
  const blocks: Block[] =
    year === undefined ? [] : [{ part: 'year', text: year, size: 30, weight: 700, colour: 'muted' }];
  blocks.push(
    {
      part: 'value',
      text: figureValue(figure, lang, format),
      size: 104,
      weight: 800,
      colour: options.variant === 'emphasis' ? 'accent' : 'text',
      gap: 0.1,
    },
    {
      part: 'label',
      text: figureLabel(figure, lang, format, year ?? ''),
      size: 40,
      weight: 600,
      colour: 'text',
      gap: 0.3,
    },
    { part: 'description', text: `“${figure.sourceWording}”`, size: 28, colour: 'muted', english: true, gap: 0.8 },
  );
  return { blocks, item: figure };
}

/** The figure's value as the widget shows it: "about …" where the source says so. */
function figureValue(figure: Figure, lang: string, format: FormatOptions): string {
  const value = formatNumber(figure.value, lang, format);
  return figure.approximate ? fillTemplate(stringsFor(lang).approximately, { value }) : value;
}

/** The figure's label in the image's language, agreeing with the number shown. */
function figureLabel(figure: Figure, lang: string, format: FormatOptions, year: string): string {
  const label = stringsFor(lang).figureLabels[figure.id] ?? figure.label;
  return fillTemplate(agreeingLabel(label, figure.value, lang, format), { year });
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
  const year = formatYear(figure.year!, lang);
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

/** What every line of an image is drawn with: its size, direction, colours, font and measure. */
interface Frame {
  width: number;
  height: number;
  lang: string;
  rtl: boolean;
  variant: ImageVariant;
  palette: Readonly<Record<Colour, string>>;
  family: string;
  measure: MeasureText;
  /** Sizes are set for a 1200 px wide landscape image and scale with the shorter side's share. */
  unit: number;
  pad: number;
  contentWidth: number;
  /** Where every line starts: the image's reading start, the right edge in Arabic, English lines included. */
  start: number;
}

function frameFor(options: ImageOptions, lang: string): Frame {
  const { width = imageSizes.landscape.width, height = imageSizes.landscape.height } = options;
  const rtl = isRtl(lang);
  const unit = Math.min(width, (height * 16) / 9) / 1200;
  const pad = Math.round(64 * unit);
  return {
    width,
    height,
    lang,
    rtl,
    variant: options.variant ?? 'default',
    palette: imagePalettes[options.theme ?? 'light'],
    family: options.fontFamily ? `${options.fontFamily}, ${fallbackFonts}` : fallbackFonts,
    measure: options.measure ?? defaultMeasure,
    unit,
    pad,
    contentWidth: width - 2 * pad,
    start: rtl ? width - pad : pad,
  };
}

/** A block wrapped at one font size. */
interface LaidBlock {
  block: Block;
  size: number;
  lines: string[];
}

function wrapBlock(frame: Frame, block: Block, scale: number): LaidBlock {
  const size = Math.round(block.size * scale);
  const font = `${block.weight ?? 400} ${size}px ${frame.family}`;
  return {
    block,
    size,
    lines: wrapText(block.text, font, frame.contentWidth, frame.measure, frame.rtl && !block.english),
  };
}

const linesHeight = ({ size, lines }: LaidBlock) => lines.length * size * lineHeight;

/**
 * Shrinks the text until it fits in `available` height: long summaries on a short image get smaller, never cut.
 * Square and portrait images have room to spare: they start larger, then shrink to fit.
 */
function fitBlocks(frame: Frame, blocks: readonly Block[], available: number): { laid: LaidBlock[]; height: number } {
  const attempts = 40;
  let scale = frame.unit * (frame.variant === 'compact' ? 0.85 : 1) * (frame.height / frame.width > 0.7 ? 1.35 : 1);
  for (let attempt = 1; ; attempt++) {
    const laid = blocks.map((block) => wrapBlock(frame, block, scale));
    const height = laid.reduce((sum, one) => sum + (one.block.gap ?? 0) * one.size + linesHeight(one), 0);
    if (height <= available || attempt === attempts) return { laid, height };
    scale *= 0.93;
  }
}

/** One line as SVG `<text>`: English in a right-to-left image runs left to right, anchored at its end. */
function textLine(frame: Frame, block: Block, text: string, y: number, size: number): string {
  const direction = frame.rtl && !block.english ? 'rtl' : 'ltr';
  const anchor = frame.rtl && block.english ? 'end' : 'start';
  const attrs = [
    `x="${frame.start}"`,
    `y="${y.toFixed(1)}"`,
    `font-size="${size}"`,
    block.weight ? `font-weight="${block.weight}"` : '',
    `fill="${frame.palette[block.colour]}"`,
    `direction="${direction}"`,
    `text-anchor="${anchor}"`,
    block.english ? 'xml:lang="en"' : '',
  ].filter(Boolean);
  return `<text ${attrs.join(' ')}>${escapeXml(text)}</text>`;
}

/** A wrapped block as a group of lines, its first line's top at `top`. */
function blockGroup(frame: Frame, { block, size, lines }: LaidBlock, top: number): string {
  const texts = lines.map((line, i) => textLine(frame, block, line, top + size * (i * lineHeight + 0.95), size));
  return `<g data-part="${block.part}">${texts.join('')}</g>`;
}

/** The blocks one under the other from `top`, each after its gap. */
function blockGroups(frame: Frame, laid: readonly LaidBlock[], top: number): string[] {
  let y = top;
  return laid.map((one) => {
    y += (one.block.gap ?? 0) * one.size;
    const group = blockGroup(frame, one, y);
    y += linesHeight(one);
    return group;
  });
}

/** The report's symbol at the top, on the side opposite the reading start. */
function symbolBadge(frame: Frame, size: number): string {
  const x = frame.rtl ? frame.pad : frame.width - frame.pad;
  const y = (frame.pad + size).toFixed(1);
  return `<g data-part="symbol"><text x="${x}" y="${y}" font-size="${size}" font-weight="700" fill="${frame.palette.accent}" direction="ltr" text-anchor="${frame.rtl ? 'start' : 'end'}" xml:lang="en">${escapeXml(report.symbol)}</text></g>`;
}

/** The coloured bar along the reading start, wider for the emphasis variant. */
function accentBar(frame: Frame): string {
  const bar = Math.round((frame.variant === 'emphasis' ? 16 : 8) * frame.unit);
  return `<rect x="${frame.rtl ? frame.width - bar : 0}" y="0" width="${bar}" height="${frame.height}" fill="${frame.palette.line}"/>`;
}

/** The rule above the credit and the credit's lines, at the foot of the image. */
function footer(frame: Frame, credit: LaidBlock, creditTop: number): string[] {
  const ruleY = creditTop - frame.pad * 0.35;
  const ruleHeight = Math.max(1, Math.round(frame.unit * 1.5));
  return [
    `<rect x="${frame.pad}" y="${ruleY.toFixed(1)}" width="${frame.contentWidth}" height="${ruleHeight}" fill="${frame.palette.line}"/>`,
    blockGroup(frame, credit, creditTop),
  ];
}

function svgDocument(frame: Frame, title: string, body: readonly string[]): string {
  const { width, height, rtl, family } = frame;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" xml:lang="${escapeXml(frame.lang)}" direction="${rtl ? 'rtl' : 'ltr'}" font-family="${escapeXml(family)}" role="img">`,
    `<title>${escapeXml(title)}</title>`,
    `<rect width="${width}" height="${height}" fill="${frame.palette.surface}"/>`,
    ...body,
    '</svg>',
  ].join('\n');
}

/** Each widget's blocks; a name that is none of these (from JavaScript) draws the stat card. */
const widgetBlocks: Record<ImageWidget, (options: ImageOptions, lang: string) => Laid> = {
  'stat-card': statCardBlocks,
  'quote-block': quoteBlocks,
  'summary-panel': (_options, lang) => summaryBlocks(lang),
  'remittance-counter': (_options, lang) => counterBlocks(lang),
};

/** A widget of the report as an SVG image, with its alt text. */
export function widgetImage(options: ImageOptions): WidgetImage {
  const lang = shownLanguage(canonicalLocale(options.lang ?? 'en'));
  const frame = frameFor(options, lang);
  const { blocks, item, shown } = (widgetBlocks[options.widget] ?? statCardBlocks)(options, lang);
  const credit = creditLine(item, lang, shown);
  const creditBlock = wrapBlock(frame, { part: 'credit', text: credit, size: 20, colour: 'muted' }, frame.unit);
  const creditTop = frame.height - frame.pad - linesHeight(creditBlock);
  const badgeSize = Math.round(22 * frame.unit);
  // The blocks fit between the symbol badge and the credit, centred in that space.
  const top = frame.pad + badgeSize * 2.2;
  const available = frame.height - top - (linesHeight(creditBlock) + frame.pad * 0.8) - frame.pad;
  const { laid, height } = fitBlocks(frame, blocks, available);
  const text = blocks.map((b) => b.text).join(' ');
  const svg = svgDocument(frame, text, [
    accentBar(frame),
    symbolBadge(frame, badgeSize),
    ...blockGroups(frame, laid, top + Math.max(0, (available - height) / 2)),
    ...footer(frame, creditBlock, creditTop),
  ]);
  return { svg, alt: `${text} ${credit}`, width: frame.width, height: frame.height };
}

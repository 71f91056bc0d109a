/**
 * migration-widgets: every element, registered, plus the report's data and the i18n hook.
 * Import one element's module instead (`migration-widgets/stat-card.js`) to ship only that one.
 */
export { StatCard } from './stat-card.js';
export { QuoteBlock, QuoteCopyEvent, QuoteShareEvent, QuoteToggleEvent } from './quote-block.js';
export { RemittanceCounter, CounterPauseEvent, CounterResumeEvent } from './remittance-counter.js';
export { SummaryPanel, SummaryToggleEvent } from './summary-panel.js';
export { CitationCopyEvent, CitationToggleEvent } from './credit.js';
export * from './data/index.js';
export { registerStrings } from './i18n/index.js';
export type { UiStrings, StringOverrides } from './i18n/index.js';
export { version } from './version.js';

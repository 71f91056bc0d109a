/**
 * `migration-widgets/image.js`: a widget of the report as an SVG built from the data, and as a PNG
 * drawn from that SVG. For the configurator and editors' tools; never loaded by the widgets.
 */
export { widgetImage, wrapText, imageSizes, imagePalettes, fallbackFonts } from './svg.js';
export type { ImageOptions, ImageTheme, ImageVariant, ImageWidget, WidgetImage } from './svg.js';
export { svgToPng } from './png.js';
export type { MeasureText } from './measure.js';

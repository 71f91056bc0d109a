/** Width in pixels of `text` drawn in a CSS `font`. */
export type MeasureText = (text: string, font: string) => number;

let context: CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D | null | undefined;

/** Without a canvas (Node), a generous estimate: wide characters one em, others 0.62 em. */
function estimate(text: string, font: string): number {
  const size = Number(/(\d+(?:\.\d+)?)px/.exec(font)?.[1] ?? 16);
  let ems = 0;
  for (const char of text)
    ems += /[\u1100-\u11ff\u2e80-\ua4cf\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/.test(char) ? 1 : 0.62;
  return ems * size;
}

/** Canvas `measureText` with the font the SVG names, so lines wrap where the browser will draw them. */
export const defaultMeasure: MeasureText = (text, font) => {
  if (context === undefined) {
    context =
      typeof OffscreenCanvas === 'function'
        ? new OffscreenCanvas(1, 1).getContext('2d')
        : typeof document === 'object'
          ? document.createElement('canvas').getContext('2d')
          : null;
  }
  if (!context) return estimate(text, font);
  context.font = font;
  return context.measureText(text).width;
};

import type { WidgetImage } from './svg.js';

/**
 * Draws an SVG image onto a canvas and returns it as a PNG (browser only): the SVG's text is drawn
 * with the fonts installed on the reader's machine, the named fallbacks included.
 */
export async function svgToPng({ svg, width, height }: WidgetImage): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image(width, height);
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    canvas.getContext('2d')!.drawImage(image, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The canvas gave no PNG'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

// The demo's prerendered twin: demo/index.html with every widget's shadow root written into the HTML
// (declarative shadow DOM) and the page's JSON-LD, so it shows its full design before the script and
// without it, and nothing moves when the script arrives. Needs dist/ (npm run build).
import { readFile } from 'node:fs/promises';

export async function prerenderedDemo() {
  const { prerender } = await import('../dist/prerender.js');
  const page = await readFile('demo/index.html', 'utf8');
  const retitled = page
    .replace('<title>', '<title>Prerendered: ')
    .replace('<strong>Demo</strong> of migration-widgets', '<strong>Prerendered demo</strong> of migration-widgets')
    .replace('<a href="./prerendered.html">Prerendered twin</a>', '<a href="./index.html">Rendered by the script</a>');
  if (retitled.split('./index.html').length !== 2) throw new Error('demo/index.html: the twin link is not as expected');
  return prerender(retitled, { jsonLd: true });
}

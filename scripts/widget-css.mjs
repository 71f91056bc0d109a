// Writes dist/css/<tag>.css: each widget's shadow-root styles as a file, for prerendered pages under a
// Content-Security-Policy without 'unsafe-inline' (prerender's `stylesheets` option links them).
// Runs in its own process: prerender.js installs Lit's server DOM shim on the global object.
import { mkdirSync, writeFileSync } from 'node:fs';
import { widgetStyles, widgetTags } from '../dist/prerender.js';

mkdirSync('dist/css', { recursive: true });
for (const tag of widgetTags) writeFileSync(`dist/css/${tag}.css`, widgetStyles(tag));

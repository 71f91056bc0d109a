// knip, npm test's dead-code check. The element modules are the package's public entries: their list is src/elements.json.
import { readFileSync } from 'node:fs';

const elements = JSON.parse(readFileSync(new URL('./src/elements.json', import.meta.url), 'utf8'));

/** @type {import('knip').KnipConfig} */
export default {
  entry: [...elements.map((name) => `src/${name}.ts`), 'test/**/*.test.ts', 'test/support/*.ts'],
  project: ['src/**/*.ts'],
  include: ['files', 'exports', 'types', 'nsExports', 'nsTypes', 'duplicates'],
};

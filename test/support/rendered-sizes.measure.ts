// Not a test: run by bench/measure-reserved-sizes.mjs in each engine (through the test runner): every look's rendered block
// size at each viewport width and language, with nothing reserved, handed to the script to record.
import { executeServerCommand } from '@web/test-runner-commands';
import { unLanguages } from '../../src/data/index.js';
import { columnHeights, looks } from './reserved-column.js';

// The bench's partner-page widths.
const widths = [360, 768, 1024, 1440];

describe('rendered sizes', function () {
  this.timeout(120_000);
  for (const width of widths)
    for (const lang of unLanguages)
      it(`at ${width} px in ${lang}`, async () => {
        const { rendered } = await columnHeights(width, lang, '');
        await executeServerCommand('record-heights', {
          width,
          lang,
          heights: looks.map((look, i) => ({ key: look.key, height: rendered[i] })),
        });
      });
});

// npm test: type-check, build, run the browser tests in every engine, then print one closing
// line "N passed, N failed" summed over all engines (from the runner's own results).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const countsFile = 'test-results/counts.json';
const consumersFile = 'test-results/consumers.json';

function run(label, command, args) {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, { stdio: 'inherit' });
  return result.status === 0;
}

rmSync(countsFile, { force: true });
rmSync(consumersFile, { force: true });
const steps = [
  ['browsers and fonts', 'node', ['scripts/ensure-browsers.mjs']],
  ['type-check', 'npx', ['tsc', '--noEmit']],
  ['lint: eslint, lit-analyzer, prettier', 'npm', ['run', 'lint', '--silent']],
  ['no unsafe APIs in src/', 'node', ['scripts/check-source.mjs']],
  ['build', 'npx', ['rollup', '-c', '--silent']],
  ['site/ for a static host', 'node', ['scripts/build-site.mjs']],
  ['custom-elements.json, VS Code data, web-types', 'npm', ['run', 'manifest', '--silent']],
  ['template types for React, Preact, Solid, Vue, Svelte', 'node', ['scripts/template-types.mjs']],
  ['README API tables match the manifest', 'node', ['scripts/readme-api.mjs', '--check']],
];
// A failed step counts as one failure and stops the run: its output above says why.
let failedSteps = 0;
for (const [label, command, args] of steps) {
  if (!run(label, command, args)) {
    failedSteps = 1;
    console.error(`✗ ${label} failed`);
    break;
  }
}
const consumersRan =
  !failedSteps &&
  run('consumers: npm pack, install, bundle; React, Preact, Solid, Vue, Svelte, Vitest', 'node', [
    'test/consumers/run.mjs',
  ]);
if (!failedSteps) run('browser tests', 'npx', ['web-test-runner']);

const counts = existsSync(countsFile)
  ? JSON.parse(readFileSync(countsFile, 'utf8'))
  : { passed: 0, failed: 0, failedFiles: [] };
// The consumer checks (test/consumers/run.mjs) add their own counts; a crash before it wrote them is one failure.
const consumers = existsSync(consumersFile)
  ? JSON.parse(readFileSync(consumersFile, 'utf8'))
  : { passed: 0, failed: failedSteps || consumersRan ? 0 : 1 };
counts.passed += consumers.passed;
const failed = counts.failed + consumers.failed + failedSteps;
if (counts.failedFiles?.length) console.log(`\nFailed files:\n  ${counts.failedFiles.join('\n  ')}`);
console.log(`\n${counts.passed} passed, ${failed} failed`);
process.exit(failed === 0 && counts.passed > 0 ? 0 : 1);

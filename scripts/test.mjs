// npm test: type-check, lint, build, test this script itself, check the packed package in consumers and
// an Eleventy site, run the browser tests (every file in America/St_Johns, the date and data tests again in UTC), then
// print each part's counts and one closing line "N passed, N failed". The run fails on a failed test or
// step, an unknown engine, a test runner that did not start or exited non-zero, a missing results file,
// a skipped test, and an engine that ran fewer tests than there are test files.
// BROWSER_TESTS_ONLY=1 runs only the browser passes, WTR_CONFIG picks the runner's config and
// RESULTS_DIR where their counts go: test/harness/ runs this script fast with them.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { selectedEngines } from '../test/support/engines.mjs';

const browserPasses = [
  { label: 'browser tests in America/St_Johns (UTC−3:30)', zone: 'America/St_Johns', counts: 'counts.json' },
  {
    label: 'date and data tests in UTC',
    zone: 'UTC',
    files: 'test/{data,format,time-zone}.test.ts',
    counts: 'counts-utc.json',
  },
];

const steps = [
  ['browsers and fonts', 'node', ['scripts/ensure-browsers.mjs']],
  [
    'published stylesheets not installable from npm (WordPress block styles)',
    'node',
    ['scripts/fetch-stylesheets.mjs'],
  ],
  ['type-check', 'npx', ['tsc', '--noEmit']],
  ['lint: eslint, lit-analyzer, prettier', 'npm', ['run', 'lint', '--silent']],
  ['no unsafe APIs in src/', 'node', ['scripts/check-source.mjs']],
  ['no dead code in src/ (knip: unused files, exports, types)', 'npx', ['knip', '--no-progress', '--no-config-hints']],
  ['mutation list in step with src/ (npm run mutate -- --list)', 'node', ['scripts/mutate.mjs', '--list']],
  ['build', 'npx', ['rollup', '-c', '--silent']],
  ['site/ for a static host', 'node', ['scripts/build-site.mjs']],
  ['custom-elements.json, VS Code data, web-types', 'npm', ['run', 'manifest', '--silent']],
  ['template types for React, Preact, Solid, Vue, Svelte', 'node', ['scripts/template-types.mjs']],
  ['README API tables match the manifest', 'node', ['scripts/readme-api.mjs', '--check']],
];

const readJson = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined);

/** Why a command's run is not trustworthy: it did not start or exited non-zero; undefined when it is. */
function exitProblem(name, { error, status, signal }) {
  if (error) return `${name} did not start (${error.message})`;
  if (signal) return `${name} was stopped by ${signal}`;
  return status === 0 ? undefined : `${name} exited with code ${status}`;
}

/**
 * Judges one part of the run from its counts ({ passed, failed }, or undefined when its results file is
 * missing) and the problems found: every problem the counts do not already show as a failure adds one.
 */
function part(label, counts, problems, lines = []) {
  const passed = counts?.passed ?? 0;
  const failed = (counts?.failed ?? 0) + problems.filter((p) => !(p.exit && counts?.failed)).length;
  return { label, passed, failed, lines, problems: problems.map((p) => p.text) };
}

/**
 * Judges a browser pass from the runner's exit and its per-engine counts file (test/support/counts-reporter.mjs):
 * each engine named in `engines` must have run, skipped nothing and run at least one test per test file.
 */
export function judgeBrowserPass(label, run, results, engines) {
  const problems = [];
  const exit = exitProblem('web-test-runner', run);
  if (exit) problems.push({ text: exit, exit: true });
  if (!results) return part(label, undefined, [...problems, { text: 'no results file: the runner reported nothing' }]);
  const counts = { passed: 0, failed: 0 };
  const lines = [];
  for (const engine of engines) {
    const engineCounts = results.browsers[engine];
    if (!engineCounts) {
      problems.push({ text: `${engine} has no results` });
      continue;
    }
    const { passed, failed, skipped } = engineCounts;
    counts.passed += passed;
    counts.failed += failed;
    lines.push(`${engine}: ${passed} passed, ${failed} failed (${results.testFiles} test files)`);
    if (skipped) problems.push({ text: `${engine} skipped ${skipped} tests` });
    if (passed + failed < results.testFiles) {
      problems.push({ text: `${engine} ran ${passed + failed} tests for ${results.testFiles} test files` });
    }
  }
  lines.push(...(results.failedFiles ?? []).map((file) => `failed: ${file}`));
  return part(label, counts, problems, lines);
}

/** Judges a part whose command writes { passed, failed } (test/consumers/run.mjs) or TAP (node --test). */
export function judgeCounted(label, run, counts) {
  const problems = [];
  const exit = exitProblem(label, run);
  if (exit) problems.push({ text: exit, exit: true });
  if (!counts) problems.push({ text: 'no results file' });
  else if (counts.passed + counts.failed === 0) problems.push({ text: 'ran no tests' });
  return part(label, counts, problems);
}

/** The totals of a TAP report's closing comments ("# pass N", "# fail N"); undefined without them. */
export function tapCounts(tap) {
  const passed = /^# pass (\d+)$/m.exec(tap);
  const failed = /^# fail (\d+)$/m.exec(tap);
  return passed && failed ? { passed: Number(passed[1]), failed: Number(failed[1]) } : undefined;
}

/** Prints every part with its counts and problems, then the closing line; true when nothing failed. */
export function report(parts) {
  console.log('\n▶ summary');
  for (const { label, passed, failed, lines, problems } of parts) {
    console.log(`${label}: ${passed} passed, ${failed} failed`);
    for (const line of lines) console.log(`  ${line}`);
    for (const problem of problems) console.log(`  ✗ ${label}: ${problem}`);
  }
  const passed = parts.reduce((sum, p) => sum + p.passed, 0);
  const failed = parts.reduce((sum, p) => sum + p.failed, 0);
  console.log(`\n${passed} passed, ${failed} failed`);
  return failed === 0 && passed > 0;
}

function run(label, command, args, env = {}) {
  console.log(`\n▶ ${label}`);
  return spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
}

/** Runs `node --test` on a folder and judges it from its TAP totals. */
function nodeTests(label, what, folder, resultsDir) {
  const tapFile = join(resultsDir, `${folder.split('/')[1]}.tap`);
  rmSync(tapFile, { force: true });
  const result = run(`${what} (node --test ${folder})`, 'node', [
    ...['--test', '--test-reporter=spec', '--test-reporter-destination=stdout'],
    ...['--test-reporter=tap', `--test-reporter-destination=${tapFile}`, folder],
  ]);
  const tap = existsSync(tapFile) ? readFileSync(tapFile, 'utf8') : '';
  return judgeCounted(label, result, tapCounts(tap));
}

function main() {
  const parts = [];
  let engines;
  try {
    engines = selectedEngines(process.env.ENGINES);
  } catch (error) {
    return report([part('engines', undefined, [{ text: error.message }])]);
  }
  const resultsDir = process.env.RESULTS_DIR ?? 'test-results';
  mkdirSync(resultsDir, { recursive: true });
  if (!process.env.BROWSER_TESTS_ONLY) {
    // A failed step counts as one failure and stops the run: its output above says why.
    for (const [label, command, args] of steps) {
      const exit = exitProblem(command, run(label, command, args));
      if (exit) return report([part(label, undefined, [{ text: exit }])]);
    }
    parts.push(nodeTests('harness (node --test)', 'the test script itself', 'test/harness/', resultsDir));
    parts.push(
      nodeTests(
        'node (node --test)',
        'prerender(), the CLI, JSON-LD and the package lists in Node',
        'test/node/',
        resultsDir,
      ),
    );
    const consumersFile = join(resultsDir, 'consumers.json');
    rmSync(consumersFile, { force: true });
    const consumers = run('consumers: npm pack, install, bundle; React, Preact, Solid, Vue, Svelte, Vitest', 'node', [
      'test/consumers/run.mjs',
    ]);
    parts.push(judgeCounted('consumers', consumers, readJson(consumersFile)));
    const eleventyFile = join(resultsDir, 'eleventy.json');
    rmSync(eleventyFile, { force: true });
    const eleventy = run('Eleventy + Lit plugin prerenders the widgets, the page hydrates', 'node', [
      'test/consumers/eleventy.mjs',
    ]);
    parts.push(judgeCounted('eleventy', eleventy, readJson(eleventyFile)));
  }
  for (const { label, zone, files, counts } of browserPasses) {
    const countsFile = join(resultsDir, counts);
    rmSync(countsFile, { force: true });
    const config = process.env.WTR_CONFIG ? ['--config', process.env.WTR_CONFIG] : [];
    const env = { TEST_TZ: zone, COUNTS_FILE: countsFile, ...(files && { FILES: files }) };
    const wtr = run(label, 'npx', ['web-test-runner', ...config], env);
    parts.push(judgeBrowserPass(label, wtr, readJson(countsFile), engines));
  }
  return report(parts);
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) process.exit(main() ? 0 : 1);

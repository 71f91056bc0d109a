// npm run mutate: applies each mutation of test/mutations.mjs to src/ one at a time, runs the test files
// it names (browser files in Chromium, node files with node --test, rebuilding dist/ first when one of
// them reads it), restores the file, prints one line per mutation and the kill rate, and writes the
// result into test/MUTATION.md. First, a baseline: every named test file runs once on the unmutated
// src/; a mutation whose files fail already is "baseline failing", never counted as killed.
//   npm run mutate -- --only <id>[,<id>]   those mutations only (MUTATION.md is left as it is)
//   npm run mutate -- --list               only checks every snippet occurs exactly once (npm test runs it)
//   npm run mutate -- --shard 2/3          every third mutation from the second: run shards in copies of
//                                          the repository side by side (MUTATION.md is left as it is)
// A snippet found zero or two times is "stale": an error, so the list keeps in step with src/.
// The original of a mutated file is also kept in .mutate-backup.json, so a run killed hard (SIGKILL,
// power) is undone by the next run before it starts.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { mutations } from '../test/mutations.mjs';

const backupFile = '.mutate-backup.json';
const resultsFile = 'test/MUTATION.md';
const countsFile = 'test-results/mutate-counts.json';
const start = '<!-- mutate:results -->';
const end = '<!-- /mutate:results -->';

/** Test files that read dist/ (built by rollup) rather than src/. */
const readsDist = (file) =>
  /^test\/(ssr|node)\//.test(file) ||
  /^test\/(bundle|sourcemap|demo|site)\.test\.ts$/.test(file) ||
  /^test\/hardening\/(csp|double-loading|hostile-css)\.test\.ts$/.test(file);

function occurrences(text, snippet) {
  let count = 0;
  for (let i = text.indexOf(snippet); i !== -1; i = text.indexOf(snippet, i + 1)) count++;
  return count;
}

/** Why a mutation cannot be applied (its snippet missing or not unique, a bad entry); undefined when it can. */
function staleness({ id, file, find, replace, tests, description }) {
  if (!id || !file || !find || replace === undefined || !tests?.length || !description) {
    return 'incomplete entry (id, file, find, replace, description, tests)';
  }
  if (find === replace) return 'replace equals find';
  if (!existsSync(file)) return `${file} does not exist`;
  const missing = tests.filter((t) => !existsSync(t));
  if (missing.length) return `no test file ${missing.join(', ')}`;
  const count = occurrences(readFileSync(file, 'utf8'), find);
  return count === 1 ? undefined : `snippet found ${count} times in ${file}: ${JSON.stringify(find)}`;
}

function restoreBackup() {
  if (!existsSync(backupFile)) return;
  const { file, text } = JSON.parse(readFileSync(backupFile, 'utf8'));
  writeFileSync(file, text);
  rmSync(backupFile);
}

let child;
function run(command, args, env = {}) {
  return new Promise((resolve) => {
    child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', (error) => resolve({ code: -1, output: String(error) }));
    child.on('close', (code, signal) => resolve({ code: code ?? signal, output }));
  });
}

// Ctrl-C or a kill restores the file before leaving.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    child?.kill('SIGTERM');
    restoreBackup();
    console.log(`\nstopped by ${signal}; src/ restored (rebuild dist/ with npx rollup -c before using it)`);
    process.exit(130);
  });
}

const build = () => run('npx', ['rollup', '-c', '--silent']);

/** A port free now: shards side by side would otherwise race for web-test-runner's default one. */
function freePort() {
  return new Promise((resolve) => {
    const server = createServer().listen(0, () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const isNodeTest = (file) => file.startsWith('test/node/');

/** Runs browser test files in Chromium; `counts` is the runner's own tally (test/support/counts-reporter.mjs). */
async function runBrowserTests(files) {
  rmSync(countsFile, { force: true });
  const { code, output } = await run(
    'npx',
    ['web-test-runner', '--config', 'scripts/mutate.wtr.config.mjs', '--port', String(await freePort())],
    { FILES: files.length === 1 ? files[0] : `{${files.join(',')}}`, ENGINES: 'chromium', COUNTS_FILE: countsFile },
  );
  const counts = existsSync(countsFile) ? JSON.parse(readFileSync(countsFile, 'utf8')) : undefined;
  return { code, output, counts };
}

/** Runs a mutation's tests: killed when any fails, survived when all pass. */
async function runTests(tests) {
  const browser = tests.filter((t) => !isNodeTest(t));
  const node = tests.filter(isNodeTest);
  if (browser.length) {
    const { code, output, counts } = await runBrowserTests(browser);
    // Killed by a failing test or a file that failed to load; a runner that broke otherwise is no verdict.
    if (counts?.browsers.chromium?.failed || counts?.failedFiles.length) return { killed: true, output };
    if (code !== 0) return { error: `web-test-runner exited with ${code} without a failed test`, output };
  }
  if (node.length) {
    const { code, output } = await run('node', ['--test', ...node]);
    if (code !== 0) return { killed: true, output };
  }
  return { killed: false };
}

/**
 * The baseline: every test file the chosen mutations name, run once on the unmutated src/ (the browser
 * files in one run). Returns the files that fail already, each with why: they cannot kill anything.
 */
async function baselineFailures(files) {
  const failing = new Map();
  const browser = files.filter((t) => !isNodeTest(t));
  if (browser.length) {
    const { code, output, counts } = await runBrowserTests(browser);
    if (!counts) for (const file of browser) failing.set(file, `web-test-runner exited with ${code}, no results`);
    for (const entry of counts?.failedFiles ?? []) {
      const file = browser.find((f) => entry.endsWith(`/${f}`) || entry.endsWith(` ${f}`));
      failing.set(file ?? entry, failedBy({ output }) ?? 'a test failed');
    }
  }
  for (const file of files.filter(isNodeTest)) {
    const result = await run('node', ['--test', file]);
    if (result.code !== 0) failing.set(file, failedBy(result) ?? `node --test exited with ${result.code}`);
  }
  return failing;
}

/** The name of the first failed test in a run's output. */
function failedBy({ output = '' }) {
  return (/^ *❌ (.*)$/m.exec(output) ?? /^not ok \d+ - (.*)$/m.exec(output))?.[1];
}

function writeResults(lines) {
  const text = readFileSync(resultsFile, 'utf8');
  // Blank lines around the list, as Prettier writes Markdown (npm run lint checks it).
  const block = `${start}\n\n${lines.join('\n')}\n\n${end}`;
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  writeFileSync(
    resultsFile,
    from >= 0 && to > from ? text.slice(0, from) + block + text.slice(to + end.length) : `${text}\n${block}\n`,
  );
}

async function main(argv) {
  restoreBackup();
  const ids = new Set(mutations.map((m) => m.id));
  const duplicate = mutations.find((m, i) => mutations.findIndex((n) => n.id === m.id) !== i);
  if (duplicate) {
    console.log(`✗ duplicate id ${duplicate.id}`);
    return 1;
  }
  const onlyAt = argv.indexOf('--only');
  const only = onlyAt >= 0 ? argv[onlyAt + 1]?.split(',') : undefined;
  const unknown = only?.filter((id) => !ids.has(id)) ?? [];
  if (onlyAt >= 0 && (!only || unknown.length)) {
    console.log(`✗ --only: unknown mutation ${unknown.join(', ') || '(none given)'}`);
    return 1;
  }
  const shard = /^(\d+)\/(\d+)$/.exec(argv[argv.indexOf('--shard') + 1] ?? '');
  if (argv.includes('--shard') && !(shard && +shard[1] >= 1 && +shard[1] <= +shard[2])) {
    console.log('✗ --shard: give k/n, 1 ≤ k ≤ n');
    return 1;
  }
  const inShard = (_, i) => !shard || i % +shard[2] === +shard[1] - 1;
  const chosen = (only ? mutations.filter((m) => only.includes(m.id)) : mutations).filter(inShard);
  const stale = chosen.map((m) => [m, staleness(m)]).filter(([, why]) => why);
  for (const [m, why] of stale) console.log(`✗ stale ${m.id}: ${why}`);
  if (argv.includes('--list')) {
    console.log(`${chosen.length - stale.length} of ${chosen.length} mutations apply (each snippet found once)`);
    return stale.length ? 1 : 0;
  }

  const runnable = chosen.filter((m) => !stale.some(([s]) => s === m));
  if (runnable.some((m) => m.tests.some(readsDist))) await build();
  const failing = await baselineFailures([...new Set(runnable.flatMap((m) => m.tests))]);
  for (const [file, why] of failing) console.log(`BASELINE ${file} fails unmutated: ${why}`);

  let distMutated = false;
  const tally = { killed: 0, survived: 0, 'baseline failing': 0, error: 0 };
  const lines = [];
  try {
    for (const m of runnable) {
      if (m.tests.some((t) => failing.has(t))) {
        tally['baseline failing']++;
        console.log(`${'BASELINE'.padEnd(8)} ${m.id.padEnd(36)}   -  not run: its tests fail unmutated`);
        lines.push(`- **baseline failing** \`${m.id}\` (${m.file}): ${m.description}`);
        continue;
      }
      const original = readFileSync(m.file, 'utf8');
      const began = Date.now();
      let result;
      writeFileSync(backupFile, JSON.stringify({ file: m.file, text: original }));
      try {
        writeFileSync(
          m.file,
          original.replace(m.find, () => m.replace),
        );
        if (m.tests.some(readsDist)) {
          distMutated = true;
          const built = await build();
          // A mutation that does not build is killed by the build.
          result = built.code === 0 ? await runTests(m.tests) : { killed: true, output: built.output };
        } else {
          result = await runTests(m.tests);
        }
      } finally {
        writeFileSync(m.file, original);
        rmSync(backupFile, { force: true });
      }
      const outcome = result.error ? 'error' : result.killed ? 'killed' : 'survived';
      tally[outcome]++;
      const seconds = ((Date.now() - began) / 1000).toFixed(0).padStart(3);
      console.log(
        `${outcome.toUpperCase().padEnd(8)} ${m.id.padEnd(36)} ${seconds} s  ${result.error ?? m.description}`,
      );
      // The first failed test, so that a kill by an unrelated failure shows.
      const by = result.killed && failedBy(result);
      if (by) console.log(`         by: ${by}`);
      if (result.error) console.log(result.output.split('\n').slice(-15).join('\n'));
      lines.push(`- ${outcome === 'killed' ? 'killed' : `**${outcome}**`} \`${m.id}\` (${m.file}): ${m.description}`);
    }
  } finally {
    restoreBackup();
    if (distMutated) await build();
  }
  const total = tally.killed + tally.survived;
  const rate = total ? ((100 * tally.killed) / total).toFixed(1) : '0';
  const summary =
    `${tally.killed} killed, ${tally.survived} survived, ${tally['baseline failing']} baseline failing, ` +
    `${tally.error} errors, ${stale.length} stale of ${chosen.length}: kill rate ${rate} %`;
  console.log(`\n${summary}`);
  if (!only && !shard) {
    const date = new Date().toISOString().slice(0, 16).replace('T', ' ');
    writeResults([`Last full run, ${date} UTC (Chromium): **${summary}**.`, '', ...lines]);
  }
  return stale.length || tally.error || tally['baseline failing'] ? 1 : 0;
}

process.exit(await main(process.argv.slice(2)));

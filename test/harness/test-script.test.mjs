// npm test (scripts/test.mjs) cannot report green without testing: a typo in ENGINES, a config that does
// not load, an engine that ran nothing, a missing results file each fail the run with a line saying why.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { judgeBrowserPass, judgeCounted, tapCounts } from '../../scripts/test.mjs';

/** Runs the real scripts/test.mjs with `env` and resolves its exit code and output. */
function testScript(env) {
  const { status, stdout, stderr } = spawnSync('node', ['scripts/test.mjs'], {
    encoding: 'utf8',
    env: { ...process.env, RESULTS_DIR: mkdtempSync(join(tmpdir(), 'harness-')), ...env },
  });
  return { status, output: stdout + stderr, closing: stdout.trim().split('\n').at(-1) };
}

const ran = { status: 0 };
const chromiumOnly = (counts, testFiles = 2) => ({ testFiles, browsers: { chromium: counts }, failedFiles: [] });

describe('npm test, run for real', () => {
  it('an unknown engine (ENGINES=chromum) fails at once, naming it', () => {
    const { status, output, closing } = testScript({ ENGINES: 'chromum' });
    assert.equal(status, 1);
    assert.match(output, /✗ engines: ENGINES: unknown engine "chromum" \(use chromium, firefox, webkit\)/);
    assert.equal(closing, '0 passed, 1 failed');
  });

  it('a config that does not load fails every browser pass: non-zero exit and no results file', () => {
    const { status, output, closing } = testScript({
      BROWSER_TESTS_ONLY: '1',
      ENGINES: 'chromium',
      WTR_CONFIG: 'test/harness/fixtures/broken.config.mjs',
    });
    assert.equal(status, 1);
    assert.match(output, /✗ browser tests in America\/St_Johns \(UTC−3:30\): web-test-runner exited with code 1/);
    assert.match(output, /✗ date and data tests in UTC: no results file: the runner reported nothing/);
    assert.equal(closing, '0 passed, 4 failed');
  });

  it('an engine that ran no test fails the run', () => {
    const { status, output, closing } = testScript({
      BROWSER_TESTS_ONLY: '1',
      ENGINES: 'chromium',
      WTR_CONFIG: 'test/harness/fixtures/no-tests.config.mjs',
    });
    assert.equal(status, 1);
    assert.match(output, /✗ browser tests in America\/St_Johns \(UTC−3:30\): chromium ran 0 tests for 1 test files/);
    assert.match(closing, /^0 passed, [1-9]\d* failed$/);
  });
});

describe('npm test, judging a browser pass', () => {
  it('counts each engine and passes when every engine ran at least one test per file', () => {
    const pass = judgeBrowserPass('pass', ran, chromiumOnly({ passed: 5, failed: 0, skipped: 0 }), ['chromium']);
    assert.deepEqual(pass, {
      label: 'pass',
      passed: 5,
      failed: 0,
      lines: ['chromium: 5 passed, 0 failed (2 test files)'],
      problems: [],
    });
  });

  it('a missing results file is a failure', () => {
    const pass = judgeBrowserPass('pass', ran, undefined, ['chromium']);
    assert.equal(pass.failed, 1);
    assert.deepEqual(pass.problems, ['no results file: the runner reported nothing']);
  });

  it('an engine asked for but absent from the results is a failure', () => {
    const pass = judgeBrowserPass('pass', ran, chromiumOnly({ passed: 5, failed: 0, skipped: 0 }), [
      'chromium',
      'webkit',
    ]);
    assert.equal(pass.failed, 1);
    assert.deepEqual(pass.problems, ['webkit has no results']);
  });

  it('fewer tests than test files in one engine is a failure', () => {
    const pass = judgeBrowserPass('pass', ran, chromiumOnly({ passed: 1, failed: 0, skipped: 0 }), ['chromium']);
    assert.equal(pass.failed, 1);
    assert.deepEqual(pass.problems, ['chromium ran 1 tests for 2 test files']);
  });

  it('a skipped test is a failure', () => {
    const pass = judgeBrowserPass('pass', ran, chromiumOnly({ passed: 4, failed: 0, skipped: 1 }), ['chromium']);
    assert.equal(pass.failed, 1);
    assert.deepEqual(pass.problems, ['chromium skipped 1 tests']);
  });

  it('a non-zero exit fails the pass once, whether or not the counts show failures', () => {
    const clean = judgeBrowserPass('pass', { status: 1 }, chromiumOnly({ passed: 5, failed: 0, skipped: 0 }), [
      'chromium',
    ]);
    assert.equal(clean.failed, 1);
    assert.deepEqual(clean.problems, ['web-test-runner exited with code 1']);
    const failing = judgeBrowserPass('pass', { status: 1 }, chromiumOnly({ passed: 3, failed: 2, skipped: 0 }), [
      'chromium',
    ]);
    assert.equal(failing.failed, 2);
  });

  it('a runner that did not start is a failure', () => {
    const pass = judgeBrowserPass('pass', { error: new Error('spawn npx ENOENT'), status: null }, undefined, [
      'chromium',
    ]);
    assert.equal(pass.failed, 2);
    assert.deepEqual(pass.problems, [
      'web-test-runner did not start (spawn npx ENOENT)',
      'no results file: the runner reported nothing',
    ]);
  });
});

describe('npm test, judging the node and consumer parts', () => {
  it('reads the totals of a TAP report', () => {
    assert.deepEqual(tapCounts('ok 1 - a\n# tests 3\n# suites 1\n# pass 2\n# fail 1\n'), { passed: 2, failed: 1 });
    assert.equal(tapCounts('TAP version 13\n'), undefined);
  });

  it('no counts, or counts of nothing, is a failure', () => {
    assert.deepEqual(judgeCounted('consumers', ran, undefined).problems, ['no results file']);
    assert.deepEqual(judgeCounted('consumers', ran, { passed: 0, failed: 0 }).problems, ['ran no tests']);
    assert.equal(judgeCounted('consumers', { status: 2 }, { passed: 9, failed: 0 }).failed, 1);
  });
});

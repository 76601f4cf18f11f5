#!/usr/bin/env node
// `npm test`: the house rules (lint, typecheck, formatting), every project's tests (unit, API against
// real PostgreSQL, web, schema/codegen staleness), then the browser tests against the built server.
// Every step runs even after a failure, so one run shows everything that is broken; the exit code is
// non-zero if anything failed. The last line is a plain "N passed, N failed" summed from the Jest and
// Playwright summaries.
import { spawn } from 'node:child_process';

const env = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false' };

const steps = [
  // The house rules: ESLint (module boundaries, no import cycles, features never import features,
  // React and accessibility rules), the TypeScript compiler over every project, and Prettier.
  ['lint and typecheck', ['nx', 'run-many', '-t', 'lint', 'typecheck', '--outputStyle=static']],
  ['formatting', ['prettier', '--check', '.']],
  ['unit, API and web tests', ['nx', 'run-many', '-t', 'test', '--outputStyle=static']],
  ['browser tests', ['nx', 'run', 'web-e2e:e2e', '--outputStyle=static']],
];

const counts = { passed: 0, failed: 0, skipped: 0, flaky: 0 };
let failedSteps = 0;

for (const [name, args] of steps) {
  console.log(`\n=== ${name}: npx ${args.join(' ')}\n`);
  const { code, output } = await run('npx', args);
  const found = countResults(output);
  counts.passed += found.passed;
  counts.failed += found.failed;
  counts.skipped += found.skipped;
  counts.flaky += found.flaky;
  if (code !== 0) {
    failedSteps++;
    console.log(`\n=== ${name} FAILED (exit code ${code})`);
    // A step that failed before any test reported (a build or a staleness check) still counts.
    if (found.failed === 0) counts.failed++;
  }
}

console.log('');
// A test that failed and then passed on its CI retry: passed, but named so nobody forgets it.
if (counts.flaky) console.log(`${counts.flaky} flaky (passed on retry; see the browser test output)`);
const skipped = counts.skipped ? `, ${counts.skipped} skipped` : '';
console.log(`${counts.passed} passed, ${counts.failed} failed${skipped}`);
process.exit(failedSteps > 0 ? 1 : 0);

function run(command, args) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const collect = (stream, sink) =>
      stream.on('data', (chunk) => {
        sink.write(chunk);
        output += chunk.toString();
      });
    collect(child.stdout, process.stdout);
    collect(child.stderr, process.stderr);
    child.on('close', (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), output }));
  });
}

/** Sums node --test's TAP totals, Jest's "Tests: 1 failed, 2 skipped, 10 passed, 13 total" and Playwright's "  10 passed (20s)". */
function countResults(text) {
  // eslint-disable-next-line no-control-regex
  const lines = text.replace(/\x1b\[[0-9;]*m/g, '').split(/\r?\n/);
  const total = { passed: 0, failed: 0, skipped: 0, flaky: 0 };
  for (const line of lines) {
    const jest = line.match(/^Tests:\s+(.+?),\s+\d+ total\s*$/);
    if (jest) {
      for (const part of jest[1].split(',')) {
        const m = part.trim().match(/^(\d+) (passed|failed|skipped|todo)$/);
        if (m) add(total, m[2], Number(m[1]));
      }
      continue;
    }
    // node --test (TAP): "# pass 14" / "# fail 0".
    const node = line.match(/^# (pass|fail|skipped|todo|cancelled) (\d+)\s*$/);
    if (node) {
      add(
        total,
        node[1] === 'pass'
          ? 'passed'
          : node[1] === 'fail'
            ? 'failed'
            : node[1] === 'cancelled'
              ? 'failed'
              : 'skipped',
        Number(node[2]),
      );
      continue;
    }
    const pw = line.match(/^\s+(\d+) (passed|failed|flaky|skipped|did not run|interrupted)(?: \(.*\))?\s*$/);
    if (pw) add(total, pw[2], Number(pw[1]));
  }
  return total;
}

function add(total, kind, n) {
  if (kind === 'passed') total.passed += n;
  else if (kind === 'skipped' || kind === 'todo' || kind === 'did not run') total.skipped += n;
  else if (kind === 'flaky') {
    total.passed += n; // it passed on its retry; Playwright lists it apart from "passed"
    total.flaky += n;
  } else total.failed += n; // failed, interrupted
}

// Benchmark: validate 1,000 generated upgrade documents (half valid, half broken) with the bundled
// CLI as a whole process, against ajv-cli on the same files (schema only). Prints docs/s and the ratio.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ms, timeCommand } from './timing.mjs';

const ROOT = new URL('../..', import.meta.url).pathname;
const COUNT = Number(process.env.BENCH_DOCUMENTS ?? 1000);
const RUNS = Number(process.env.BENCH_DOCUMENT_RUNS ?? 5);

function generate(dir, brokenShare, count) {
  const regular = readFileSync(join(ROOT, 'examples/upgrades/2026-12-03-billing-2.4.0.yaml'), 'utf8');
  mkdirSync(join(dir, 'upgrades'), { recursive: true });
  cpSync(join(ROOT, 'examples/.github'), join(dir, '.github'), { recursive: true });
  cpSync(join(ROOT, 'examples/docs'), join(dir, 'docs'), { recursive: true });
  const breaks = [
    (t) => t.replace('supervisor: dave-ops', 'supervisor: carol-ops'),
    (t) => t.replace('start: 2026-12-03T20:00', 'start: 2026-12-04T20:00'),
    (t) => t.replace('  end: 2026-12-03T22:00\n', ''),
    (t) => t.replace('to: "2.4.0"', 'to: 2.4'),
    (t) => t.replace('rollback:', 'rolback:'),
  ];
  for (let i = 0; i < count; i++) {
    let text = regular
      .replace('id: UPG-2026-1203-01', `id: UPG-BENCH-${String(i).padStart(5, '0')}`)
      .replace('system: billing', `system: system-${i % 37}`);
    if (brokenShare > 0 && i % Math.round(1 / brokenShare) === 0) text = breaks[i % breaks.length](text);
    writeFileSync(join(dir, 'upgrades', `doc-${String(i).padStart(5, '0')}.yaml`), text);
  }
}

function scenario(label, count, brokenShare) {
  const dir = mkdtempSync(join(tmpdir(), 'ug-bench-docs-'));
  try {
    generate(dir, brokenShare, count);
    // Runs paired (ours, then ajv-cli, in turn after one warm-up of each): each round's ratio holds while
    // a shared machine's speed drifts; the median round's ratio is reported.
    const oursArgs = [join(ROOT, 'action/cli.js'), 'validate', 'upgrades', '--format', 'json'];
    const theirsArgs = [
      join(ROOT, 'node_modules/ajv-cli/dist/index.js'),
      'validate',
      '--spec=draft2020',
      '--all-errors',
      '-s',
      join(ROOT, 'schemas/upgrade.schema.json'),
      '-c',
      join(ROOT, 'test/bench/ajv-cli-formats.cjs'),
      '-d',
      count === 1 ? 'upgrades/doc-00000.yaml' : 'upgrades/*.yaml',
    ];
    const run = (args) => timeCommand(process.execPath, args, { cwd: dir, runs: 1 });
    run(oursArgs);
    run(theirsArgs);
    const rounds = [];
    for (let i = 0; i < RUNS; i++) {
      const a = run(oursArgs);
      const b = run(theirsArgs);
      rounds.push({ ours: a, theirs: b, ratio: b.median / a.median });
    }
    const median = (f) => [...rounds].sort((x, y) => f(x) - f(y))[Math.floor(rounds.length / 2)];
    const ours = median((r) => r.ours.median).ours;
    const theirs = median((r) => r.theirs.median).theirs;
    const ratio = median((r) => r.ratio).ratio;
    const findings = JSON.parse(ours.result.stdout);
    const rate = (t) => ((count / t) * 1000).toFixed(0);
    return [
      `  ${label}`,
      `    upgrade-gate validate (schema + all document rules, ${findings.length} findings): ${ms(ours.median)} (${rate(ours.median)} docs/s)`,
      `    ajv-cli validate (schema only):            ${ms(theirs.median)} (${rate(theirs.median)} docs/s)`,
      `    ratio: upgrade-gate runs at ${ratio.toFixed(2)}x the speed of ajv-cli (median of the rounds' ratios; goal ≥ 1.0)`,
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Runs the documents benchmark and returns its printed lines. */
export function benchDocuments() {
  return [
    `documents: generated upgrade documents, medians of ${RUNS} rounds of whole-process runs, each round ours then ajv-cli`,
    ...scenario(`${COUNT} documents, all valid`, COUNT, 0),
    ...scenario(`${COUNT} documents, half of them broken (each finding located at its line and column)`, COUNT, 0.5),
    ...scenario('1 document (the latency a developer or a PR check sees)', 1, 0),
  ];
}

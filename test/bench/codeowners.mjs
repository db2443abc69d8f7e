// Benchmark: owners of 100,000 paths under a generated CODEOWNERS of 5,000 rules, whole process and
// in-process, against the `codeowners` npm package on the same data; then the real files in
// ../shared/data/codeowners-real (when present). Prints ratios and invalid-line counts.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { ms, timeCommand } from './timing.mjs';

const ROOT = new URL('../..', import.meta.url).pathname;
const require = createRequire(import.meta.url);
const RULES = 5000;
const PATHS = 100_000;
const THEIR_SAMPLE = 2000;

function rng(seed) {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

function generate() {
  const r = rng(42);
  const pick = (a) => a[Math.floor(r() * a.length)];
  const words = Array.from({ length: 400 }, (_, i) => `mod${i.toString(36)}`);
  const exts = ['ts', 'js', 'go', 'md', 'yaml', 'json', 'py'];
  const lines = ['# generated', '* @acme/everyone', '*.md @acme/docs'];
  while (lines.length < RULES) {
    const kind = r();
    const owner = `@acme/team-${Math.floor(r() * 300)}`;
    if (kind < 0.55) lines.push(`/${pick(words)}/${pick(words)}/ ${owner}`);
    else if (kind < 0.75) lines.push(`${pick(words)}/${pick(words)}/*.${pick(exts)} ${owner}`);
    else if (kind < 0.85) lines.push(`**/${pick(words)}/ ${owner}`);
    else if (kind < 0.92) lines.push(`/${pick(words)}/**/${pick(words)}/ ${owner} @user${Math.floor(r() * 99)}`);
    else lines.push(`/${pick(words)}/${pick(words)}/${pick(words)}.${pick(exts)}`);
  }
  const paths = Array.from(
    { length: PATHS },
    () => `${pick(words)}/${pick(words)}/${r() < 0.5 ? `${pick(words)}/` : ''}${pick(words)}.${pick(exts)}`,
  );
  return { text: lines.join('\n') + '\n', paths };
}

async function loadOurs() {
  const out = join(mkdtempSync(join(tmpdir(), 'ug-bench-co-')), 'owners.mjs');
  await build({
    entryPoints: [join(ROOT, 'src/codeowners/owners.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: out,
    logLevel: 'warning',
  });
  return import(out);
}

function theirs(dir, text, paths) {
  const Codeowners = require('codeowners');
  writeFileSync(join(dir, 'CODEOWNERS'), text);
  const t0 = performance.now();
  const repo = new Codeowners(dir);
  const owners = paths.map((p) => repo.getOwner(p));
  return { ms: performance.now() - t0, owners };
}

/** A 2,000-character path against rules with 200 `**` each: the cost must grow with the path's depth only. */
function deepPath(compileCodeowners) {
  const rules = [
    `/${Array.from({ length: 200 }, (_, i) => `**/d${i % 3}`).join('/')}/**/z.txt @acme/deep`,
    `${'**/'.repeat(200)}x @acme/deeper`,
  ];
  const path = Array.from({ length: 1000 }, (_, i) => `d${i % 3}`)
    .join('/')
    .slice(0, 2000);
  const co = compileCodeowners(`${rules.join('\n')}\n`);
  const times = [];
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    co.ownersOf(path);
    co.ownersOf(`${path}/z.txt`);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return `  deep path: a ${path.length}-character path (and one below it) against two rules of 200 ** each: ${times[2].toFixed(1)} ms (median of 5; goal under 50 ms)`;
}

/** Runs the CODEOWNERS benchmark and returns its printed lines. */
export async function benchCodeowners() {
  const { compileCodeowners } = await loadOurs();
  const { text, paths } = generate();
  const dir = mkdtempSync(join(tmpdir(), 'ug-bench-co-'));
  const lines = [
    `codeowners: generated CODEOWNERS of ${RULES} rules, ${PATHS.toLocaleString('en')} paths`,
    deepPath(compileCodeowners),
  ];
  try {
    mkdirSync(join(dir, '.git'));
    writeFileSync(join(dir, 'CODEOWNERS'), text);
    writeFileSync(join(dir, 'paths.txt'), paths.join('\n'));
    const proc = timeCommand(
      process.execPath,
      [join(ROOT, 'action/cli.js'), 'owners', '--codeowners', 'CODEOWNERS', '--paths-file', 'paths.txt'],
      { cwd: dir, runs: 3, allowExit: [0] },
    );
    const result = JSON.parse(proc.result.stdout);
    const times = [];
    let co;
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      co = compileCodeowners(text);
      for (const p of paths) co.ownersOf(p);
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    const inProcess = times[1];
    const sample = paths.slice(0, THEIR_SAMPLE);
    const other = theirs(dir, text, sample);
    const agree = sample.filter((p, i) => JSON.stringify(result[p]) === JSON.stringify(other.owners[i])).length;
    const ourPerPath = inProcess / PATHS;
    const theirPerPath = other.ms / sample.length;
    lines.push(
      `  upgrade-gate owners, whole process (median of 3): ${ms(proc.median)}`,
      `  compileCodeowners + ownersOf, in-process (median of 3): ${ms(inProcess)} (${(ourPerPath * 1000).toFixed(2)} µs/path)`,
      `  codeowners npm package, in-process, first ${THEIR_SAMPLE} paths: ${ms(other.ms)} (${(theirPerPath * 1000).toFixed(2)} µs/path, ~${ms(theirPerPath * PATHS)} for all paths)`,
      `  ratio per path: upgrade-gate is ${(theirPerPath / ourPerPath).toFixed(0)}x faster; owners agree on ${agree} of ${sample.length} sampled paths`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  const real = join(ROOT, '../shared/data/codeowners-real');
  if (existsSync(real)) {
    lines.push('codeowners: real files from ../shared/data/codeowners-real');
    for (const f of readdirSync(real).filter((n) => n.endsWith('__CODEOWNERS'))) {
      const name = f.replace('__CODEOWNERS', '');
      const ctext = readFileSync(join(real, f), 'utf8');
      const cpaths = readFileSync(join(real, `${name}__paths.txt`), 'utf8')
        .split('\n')
        .filter(Boolean);
      const t0 = performance.now();
      const c = compileCodeowners(ctext);
      const owned = cpaths.filter((p) => c.ownersOf(p).length > 0).length;
      const ours = performance.now() - t0;
      const rdir = mkdtempSync(join(tmpdir(), 'ug-bench-real-'));
      const other = theirs(rdir, ctext, cpaths);
      rmSync(rdir, { recursive: true, force: true });
      const kinds = {};
      for (const e of c.errors)
        kinds[e.kind + ': ' + e.message.split(':')[0]] = (kinds[e.kind + ': ' + e.message.split(':')[0]] ?? 0) + 1;
      const differ = cpaths.filter((p, i) => JSON.stringify(c.ownersOf(p)) !== JSON.stringify(other.owners[i]));
      lines.push(
        `  ${name}: ${c.rules.length} rules, ${c.errors.length} invalid lines${
          c.errors.length
            ? ` (${Object.entries(kinds)
                .map(([k, n]) => `${n}× ${k}`)
                .join('; ')}; lines ${c.errors
                .slice(0, 5)
                .map((e) => e.line)
                .join(', ')}${c.errors.length > 5 ? ', …' : ''})`
            : ''
        }`,
        `    ${cpaths.length} paths, ${owned} owned: upgrade-gate ${ms(ours)}, codeowners package ${ms(other.ms)} (${(other.ms / ours).toFixed(0)}x); owners differ on ${differ.length} paths${differ.length ? ` (e.g. ${differ[0]}: ours ${JSON.stringify(c.ownersOf(differ[0]))}, package ${JSON.stringify(other.owners[cpaths.indexOf(differ[0])])})` : ''}`,
      );
    }
  }
  return lines;
}

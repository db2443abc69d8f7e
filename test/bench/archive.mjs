// Benchmark: an archive of 10,000 generated records (written exactly as the Action commits them),
// checked whole-process by `upgrade-gate verify` and listed by `upgrade-gate report`, against
// `sha256sum -c` over a manifest of the same files (what an auditor might otherwise use: it checks
// bytes only, not the chain, order, schema or indexes).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { ms, timeCommand } from './timing.mjs';

const ROOT = new URL('../..', import.meta.url).pathname;
const COUNT = Number(process.env.BENCH_RECORDS ?? 10_000);

/** Runs the archive benchmark and returns its printed lines. */
export async function benchArchive() {
  const work = mkdtempSync(join(tmpdir(), 'ug-bench-archive-'));
  try {
    // Bundled inside the project so the fixture finds examples/ from where it runs.
    const gen = join(ROOT, '.tmp', 'bench-archive-gen.mjs');
    await build({ entryPoints: [join(ROOT, 'test/archive-fixture.ts')], bundle: true, platform: 'node', format: 'esm', outfile: gen, logLevel: 'warning', banner: { js: "import { createRequire as __c } from 'node:module'; const require = __c(import.meta.url);" } });
    const { writeArchive } = await import(gen);
    const t0 = performance.now();
    writeArchive(work, COUNT);
    const genMs = performance.now() - t0;
    const files = spawnSync('find', ['archive', '-type', 'f'], { cwd: work, encoding: 'utf8' }).stdout.trim().split('\n');
    const sums = spawnSync('sha256sum', files, { cwd: work, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }).stdout;
    writeFileSync(join(work, 'SHA256SUMS'), sums);
    const verify = timeCommand(process.execPath, [join(ROOT, 'action/cli.js'), 'verify', 'archive'], { cwd: work, runs: 3, allowExit: [0] });
    const report = timeCommand(process.execPath, [join(ROOT, 'action/cli.js'), 'report', 'archive', '--format', 'csv'], { cwd: work, runs: 3, allowExit: [0] });
    const sha = timeCommand('sha256sum', ['-c', '--quiet', 'SHA256SUMS'], { cwd: work, runs: 3, allowExit: [0] });
    return [
      `archive: ${COUNT.toLocaleString('en')} generated records (${files.length.toLocaleString('en')} files, generated in ${ms(genMs)}), median of 3 whole-process runs`,
      `  upgrade-gate verify (schema, own hash, chain, names, Markdown, indexes, head): ${ms(verify.median)} — ${verify.result.stdout.trim().split('\n').pop()}`,
      `  upgrade-gate report --format csv: ${ms(report.median)} (${report.result.stdout.trim().split('\n').length - 1} rows)`,
      `  sha256sum -c over a manifest (bytes only): ${ms(sha.median)}`,
      `  ratio: verify takes ${(verify.median / sha.median).toFixed(2)}x the time of sha256sum -c; verify + report together ${ms(verify.median + report.median)} (goal: under 2 s)`,
    ];
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

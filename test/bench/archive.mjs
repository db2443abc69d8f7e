// Benchmark: an archive of 10,000 generated records (written exactly as the Action commits them),
// checked whole-process by `upgrade-gate verify` and listed by `upgrade-gate report`, against
// `sha256sum -c` over a manifest of the same files (what an auditor might otherwise use: it checks
// bytes only, not the chain, order, schema or indexes).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { ms, timeCommand } from './timing.mjs';

const ROOT = new URL('../..', import.meta.url).pathname;
const COUNT = Number(process.env.BENCH_RECORDS ?? 10_000);
const RUNS = Number(process.env.BENCH_ARCHIVE_RUNS ?? 3);

/** Runs the archive benchmark and returns its printed lines. */
export async function benchArchive() {
  const work = mkdtempSync(join(tmpdir(), 'ug-bench-archive-'));
  try {
    // Bundled inside the project so the fixture finds examples/ from where it runs.
    const gen = join(ROOT, '.tmp', 'bench-archive-gen.mjs');
    await build({
      entryPoints: [join(ROOT, 'test/archive-fixture.ts')],
      bundle: true,
      platform: 'node',
      format: 'esm',
      outfile: gen,
      logLevel: 'warning',
      banner: { js: "import { createRequire as __c } from 'node:module'; const require = __c(import.meta.url);" },
    });
    const { writeArchive } = await import(gen);
    const t0 = performance.now();
    writeArchive(work, COUNT);
    const genMs = performance.now() - t0;
    const files = spawnSync('find', ['archive', '-type', 'f'], { cwd: work, encoding: 'utf8' })
      .stdout.trim()
      .split('\n');
    const sums = spawnSync('sha256sum', files, { cwd: work, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }).stdout;
    writeFileSync(join(work, 'SHA256SUMS'), sums);
    // Runs paired (verify, report, sha256sum -c in turn, after one warm-up of each): the ratio of each
    // round holds while a shared machine's speed drifts; the median round's ratio is reported.
    const run = (cmd, args) => timeCommand(cmd, args, { cwd: work, runs: 1, allowExit: [0] });
    const verifyArgs = [join(ROOT, 'action/cli.js'), 'verify', 'archive'];
    const reportArgs = [join(ROOT, 'action/cli.js'), 'report', 'archive', '--format', 'csv'];
    const shaArgs = ['-c', '--quiet', 'SHA256SUMS'];
    // The floors: what any record-by-record check must do at least (see archive-floor.cjs), in one
    // thread, and in one thread per core for the record formats there are and for one hashed over its bytes.
    const cores = availableParallelism();
    const floorArgs = (mode, threads) => [join(ROOT, 'test/bench/archive-floor.cjs'), 'archive', mode, String(threads)];
    // The machine's own start-up time, beside the figures.
    const bare = () => run(process.execPath, ['-e', '0']).median;
    run(process.execPath, verifyArgs);
    run(process.execPath, reportArgs);
    run('sha256sum', shaArgs);
    const rounds = [];
    for (let i = 0; i < RUNS; i++) {
      const v = run(process.execPath, verifyArgs);
      const r = run(process.execPath, reportArgs);
      const s = run('sha256sum', shaArgs);
      const f = run(process.execPath, floorArgs('canonical', 1));
      const fc = run(process.execPath, floorArgs('canonical', cores));
      const fb = run(process.execPath, floorArgs('bytes', cores));
      rounds.push({
        verify: v,
        report: r,
        sha: s,
        floor: f,
        canonical: fc,
        bytes: fb,
        node: bare(),
        ratio: (v.median + r.median) / s.median,
      });
    }
    const median = (f) => [...rounds].sort((a, b) => f(a) - f(b))[Math.floor(rounds.length / 2)];
    const verify = median((x) => x.verify.median).verify;
    const report = median((x) => x.report.median).report;
    const sha = median((x) => x.sha.median).sha;
    const ratio = median((x) => x.ratio).ratio;
    const floor = median((x) => x.floor.median / x.sha.median);
    // verify and report each check every record (report verifies before it lists): the goal's floor is two passes.
    const twice = (key) => median((x) => x[key].median / x.sha.median);
    const canonical = twice('canonical');
    const bytes = twice('bytes');
    const node = median((x) => x.node).node;
    const load = loadavg()[0].toFixed(1);
    return [
      `archive: ${COUNT.toLocaleString('en')} generated records (${files.length.toLocaleString('en')} files, generated in ${ms(genMs)}), medians of ${RUNS} rounds of whole-process runs`,
      `  upgrade-gate verify (schema, own hash, chain, names, Markdown, indexes, head): ${ms(verify.median)} — ${verify.result.stdout.trim().split('\n').pop()}`,
      `  upgrade-gate report --format csv: ${ms(report.median)} (${report.result.stdout.trim().split('\n').length - 1} rows)`,
      `  sha256sum -c over a manifest (bytes only): ${ms(sha.median)}; node -e 0: ${ms(node)}; ${availableParallelism()} cores, load average ${load} (verify and report use a worker thread per core unless the load average is above twice the cores)`,
      `  ratio: verify + report together ${ms(verify.median + report.median)} = ${ratio.toFixed(2)}x the time of sha256sum -c (median of the rounds' ratios; goal ≤ 3.0); verify alone ${(verify.median / sha.median).toFixed(2)}x`,
      `  floor, for scale: read, JSON.parse, key-sorted JSON.stringify and sha256 of each record, and a read of its Markdown, in one thread (test/bench/archive-floor.cjs): ${ms(floor.floor.median)} = ${(floor.floor.median / floor.sha.median).toFixed(2)}x sha256sum -c`,
      `  the same floor in ${cores} threads: ${ms(canonical.canonical.median)}; twice, as verify and report must each check every record: ${((2 * canonical.canonical.median) / canonical.sha.median).toFixed(2)}x sha256sum -c, before any schema, chain, Markdown or index check`,
      `  priced for a record format hashed over its file's bytes (none exists: sha256 of the bytes read, no serialization), ${cores} threads: ${ms(bytes.bytes.median)}; twice: ${((2 * bytes.bytes.median) / bytes.sha.median).toFixed(2)}x sha256sum -c`,
    ];
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

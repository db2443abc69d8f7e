import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { projectRoot } from './root.js';
import type { GitHubEmulator } from './server.js';

const ROOT = projectRoot();

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
}

/** The examples/ folder as a user's repository: every file except the upgrade documents and the invalid samples. */
export function examplesBase(): Record<string, string> {
  const dir = join(ROOT, 'examples');
  const out: Record<string, string> = {};
  for (const f of walk(dir)) {
    const rel = relative(dir, f).split('\\').join('/');
    if (rel.startsWith('upgrades/') || rel.startsWith('invalid/')) continue;
    out[rel] = readFileSync(f, 'utf8');
  }
  return out;
}

/** An example upgrade document's text. */
export function exampleUpgrade(name: 'regular' | 'emergency'): { path: string; text: string } {
  const file = name === 'regular' ? '2026-12-03-billing-2.4.0.yaml' : '2026-11-25-orders-3.1.1-emergency.yaml';
  return { path: `upgrades/${file}`, text: readFileSync(join(ROOT, 'examples/upgrades', file), 'utf8') };
}

/** Seeds main with the examples' repository and returns its commit. */
export function seedMain(emu: GitHubEmulator): string {
  const sha = emu.commit(undefined, examplesBase(), 'Initial policy, CODEOWNERS and evidence', 'li-lei');
  emu.refs.set('heads/main', sha);
  return sha;
}

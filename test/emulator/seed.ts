import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { projectRoot } from './root.js';
import type { GitHubEmulator } from './server.js';

const ROOT = projectRoot();

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
  );
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

/** What an upgrade pull request in a test or the demo is made of. */
export interface UpgradePull {
  number: number;
  /** Files the PR's one commit changes (null deletes). */
  files: Record<string, string | null>;
  /** The commit it branches from; default: the head of main. */
  base?: string;
  title?: string;
  /** When the examples' two role holders (li-lei, han-meimei) approve the head; null: no approval. */
  approvedAt?: [string, string] | null;
  label?: { name: string; by: string; at: string };
}

/** Opens an upgrade PR the way the examples' team would: one commit, approvals by both roles, an optional label. */
export function openUpgradePull(emu: GitHubEmulator, p: UpgradePull): string {
  const base = p.base ?? emu.refs.get('heads/main')!;
  const head = emu.commit(base, p.files, p.title ?? `upgrade PR #${p.number}`, 'alice-dev');
  emu.openPull({
    number: p.number,
    title: p.title ?? `Upgrade PR #${p.number}`,
    author: 'alice-dev',
    base: 'main',
    baseSha: base,
    head: `upgrade/pr-${p.number}`,
    headSha: head,
  });
  if (p.label) emu.label(p.number, p.label.name, p.label.by, p.label.at);
  const [first, second] =
    p.approvedAt === undefined ? ['2026-12-02T02:00:00Z', '2026-12-02T03:00:00Z'] : (p.approvedAt ?? []);
  if (first) emu.review(p.number, 'li-lei', 'APPROVED', head, first);
  if (second) emu.review(p.number, 'han-meimei', 'APPROVED', head, second);
  return head;
}

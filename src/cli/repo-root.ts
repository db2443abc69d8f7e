import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { CONFIG_PATH } from '../policy/config.js';

/** The repository root of a path: the nearest folder holding .github/upgrade-gate.yml, else the git root, else the start folder. */
export function findRepoRoot(startDir: string): string {
  const start = resolve(startDir);
  const cached = roots.get(start);
  if (cached) return cached;
  const root = searchRoot(start);
  roots.set(start, root);
  return root;
}

const roots = new Map<string, string>();

function searchRoot(start: string): string {
  let gitRoot: string | undefined;
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, CONFIG_PATH))) return dir;
    if (!gitRoot && existsSync(join(dir, '.git'))) gitRoot = dir;
    if (dirname(dir) === dir) break;
  }
  return gitRoot ?? start;
}

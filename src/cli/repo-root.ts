import { existsSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { CONFIG_PATH } from '../policy/config.js';

/**
 * The repository root of a path: the nearest folder holding .github/upgrade-gate.yml, else the git
 * root; outside any repository, the working folder when the path lies below it, else the path's folder.
 */
export function findRepoRoot(startDir: string, cwd: string): string {
  return searchRoot(resolve(startDir), resolve(cwd));
}

function searchRoot(start: string, cwd: string): string {
  let gitRoot: string | undefined;
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, CONFIG_PATH))) return dir;
    if (!gitRoot && existsSync(join(dir, '.git'))) gitRoot = dir;
    if (dirname(dir) === dir) break;
  }
  if (gitRoot) return gitRoot;
  return start === cwd || start.startsWith(cwd + sep) ? cwd : start;
}

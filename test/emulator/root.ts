import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The project root: the nearest folder above this module whose package.json is upgrade-gate's (also from a bundle in .tmp/). */
export function projectRoot(): string {
  for (let dir = import.meta.dirname; ; dir = dirname(dir)) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg) && (JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'upgrade-gate')
      return dir;
    if (dirname(dir) === dir) throw new Error('upgrade-gate project root not found');
  }
}

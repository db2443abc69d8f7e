import { existsSync, realpathSync } from 'node:fs';
import { MAX_DOCUMENT_BYTES } from '../document/source-text.js';
import { readInputFile, refusalText } from './input-file.js';
import { loadPolicyConfig } from '../policy/load-policy.js';
import { join, relative, resolve, sep } from 'node:path';
import { messages, type Language } from '../messages/index.js';
import { CONFIG_PATH, type LoadedConfig } from '../policy/config.js';

/**
 * A lookup of whether a repository-relative path names an existing file that stays inside the root
 * (symlinks included). Many documents cite the same evidence, so each file is looked up once per run;
 * a new run (one per command) sees the files as they are then.
 */
export function repoFileLookup(): (root: string, repoPath: string) => boolean {
  const existence = new Map<string, boolean>();
  return (root, repoPath) => {
    const key = `${root}\0${repoPath}`;
    let known = existence.get(key);
    if (known === undefined) existence.set(key, (known = lookUp(root, repoPath)));
    return known;
  };
}

function lookUp(root: string, repoPath: string): boolean {
  const full = resolve(root, repoPath);
  if (full !== root && !full.startsWith(root + sep)) return false;
  if (!existsSync(full)) return false;
  const real = realpathSync(full);
  const realRoot = realpathSync(root);
  return real === realRoot || real.startsWith(realRoot + sep);
}

/** Loads the policy for a root: an explicit --config file, else the root's .github/upgrade-gate.yml, else defaults. */
export function loadConfigFor(
  root: string,
  explicit: string | undefined,
  cwd: string,
  language?: Language,
): LoadedConfig {
  return readConfigFor(root, explicit, cwd, language).loaded;
}

/**
 * The policy for a root and the text it was read from (none for the defaults). A configuration that
 * is no regular file (a folder, a device, a link to one) or is over the size limit is never read: it
 * is a configuration error naming the file, with the defaults in its place.
 */
export function readConfigFor(
  root: string,
  explicit: string | undefined,
  cwd: string,
  language?: Language,
): { loaded: LoadedConfig; path: string; text?: string } {
  const full = explicit ? resolve(cwd, explicit) : join(root, CONFIG_PATH);
  const path = relative(cwd, full) || full;
  const read = readInputFile(full, MAX_DOCUMENT_BYTES);
  if ('bytes' in read) {
    const text = read.bytes.toString('utf8');
    return { loaded: loadPolicyConfig(read.bytes, path, language), path, text };
  }
  if (read.refused.kind === 'missing' && !explicit)
    return { loaded: loadPolicyConfig(undefined, CONFIG_PATH, language), path };
  const t = messages(language);
  const file = explicit ?? path;
  const message =
    read.refused.kind === 'missing' ? t['cli.config-missing']({ file }) : refusalText(file, read.refused, t);
  return {
    loaded: {
      config: loadPolicyConfig(undefined, CONFIG_PATH, language).config,
      findings: [{ rule: 'config', severity: 'error', file, message }],
    },
    path,
  };
}

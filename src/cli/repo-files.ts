import { existsSync, readFileSync, realpathSync } from 'node:fs';
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
  const path = explicit ? resolve(cwd, explicit) : join(root, CONFIG_PATH);
  if (!existsSync(path)) {
    if (explicit)
      return {
        config: loadPolicyConfig(undefined, CONFIG_PATH, language).config,
        findings: [
          {
            rule: 'config',
            severity: 'error',
            file: explicit,
            message: messages(language)['cli.config-missing']({ file: explicit }),
          },
        ],
      };
    return loadPolicyConfig(undefined, CONFIG_PATH, language);
  }
  return loadPolicyConfig(readFileSync(path), relative(cwd, path) || path, language);
}

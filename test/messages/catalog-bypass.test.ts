import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';

/**
 * The places whose every sentence comes from a catalog: the Action's job log and errors (src/github),
 * the CLI's output (src/cli) and CODEOWNERS problems. A string or template literal handed straight to
 * core.*, io.out/io.err, a thrown error or a usage error must hold no words of its own: what is left
 * once placeholders, the product's name and punctuation are taken out has no two words in a row.
 */
const FOLDERS = ['src/github', 'src/cli', 'src/codeowners'];
const SINK =
  /(?:core\.(?:info|notice|warning|error|setFailed)|io\.(?:out|err)|new (?:Error|UsageError)|usage)\(\s*(`(?:[^`\\]|\\.)*`|'(?:[^'\\]|\\.)*')/g;

/** The words a literal says by itself. */
function ownWords(literal: string): string {
  return (
    literal
      .slice(1, -1)
      .replace(/\$\{(?:[^{}]|\{[^{}]*\})*\}/g, ' ')
      .replace(/upgrade-gate(?: (?:simulate|verify|report|doctor|owners|validate))?/g, ' ')
      .replace(/\\n/g, ' ')
      // A finding line's severity and id (FILE: note git.not-a-clone MESSAGE) are fixed words of the format.
      .replace(/\b(?:error|warning|note) [a-z][\w.-]*/g, ' ')
  );
}

describe('no user-facing sentence bypasses the catalog in the Action and the CLI', () => {
  const files = FOLDERS.flatMap((dir) =>
    readdirSync(join(ROOT, dir))
      .filter((f) => f.endsWith('.ts'))
      .map((f) => `${dir}/${f}`),
  );
  it.each(files)('%s', (file) => {
    const text = readFileSync(join(ROOT, file), 'utf8');
    const bypassing = [...text.matchAll(SINK)]
      .map((m) => m[1]!)
      .filter((literal) => /[A-Za-z]{2,} [A-Za-z]{2,}/.test(ownWords(literal)));
    expect(bypassing).toEqual([]);
  });

  it('the scan finds a sentence written in place (it can fail)', () => {
    const sample = 'core.warning(`upgrade-gate: PR #${n} had no archive record`);';
    expect([...sample.matchAll(SINK)].map((m) => ownWords(m[1]!))).toEqual([' : PR #  had no archive record']);
  });
});

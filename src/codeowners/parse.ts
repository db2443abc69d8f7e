/** One valid CODEOWNERS rule: its pattern, its owners (possibly none) and where it was written. */
export interface CodeownersRule {
  line: number;
  pattern: string;
  owners: string[];
}

/** Why GitHub skips a line (or the whole file); the message catalog words each one with its fix. */
export type CodeownersProblem = 'negation' | 'range' | 'escaped-hash' | 'triple-star' | 'root' | 'owner' | 'too-large';

/** A line GitHub would skip, with the reason (`kind` as the codeowners errors API names it). */
export interface CodeownersError {
  line: number;
  column: number;
  kind: 'Invalid pattern' | 'Invalid owner' | 'File too large';
  problem: CodeownersProblem;
  /** The pattern or owner that is wrong ('' for the whole file). */
  token: string;
  source: string;
}

/** GitHub does not load a CODEOWNERS file of this size or more. */
export const MAX_CODEOWNERS_BYTES = 3 * 1024 * 1024;

// Legacy GitHub accounts may end in or repeat hyphens (e.g. @tobias-), and GitHub accepts them as owners.
const USER = /^@[A-Za-z0-9][A-Za-z0-9-]{0,38}$/;
const TEAM = /^@[A-Za-z0-9][A-Za-z0-9-]{0,38}\/[A-Za-z0-9._-]+$/;
const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

/** True for an owner GitHub accepts: @user, @org/team or an e-mail address. */
export function isOwner(token: string): boolean {
  return USER.test(token) || TEAM.test(token) || EMAIL.test(token);
}

/** Splits a line into whitespace-separated tokens, keeping "\ " inside a token and stopping at an inline comment. */
function tokenize(line: string): Array<{ text: string; column: number }> {
  const tokens: Array<{ text: string; column: number }> = [];
  let i = 0;
  while (i < line.length) {
    while (i < line.length && /\s/.test(line[i]!)) i++;
    if (i >= line.length || line[i] === '#') break;
    const start = i;
    let text = '';
    while (i < line.length && !/\s/.test(line[i]!)) {
      if (line[i] === '\\' && i + 1 < line.length && line[i + 1] === ' ') {
        text += '\\ ';
        i += 2;
      } else text += line[i++];
    }
    tokens.push({ text, column: start + 1 });
  }
  return tokens;
}

/** Why GitHub rejects a pattern, or undefined when it is valid. */
export function patternError(pattern: string): CodeownersProblem | undefined {
  if (pattern.startsWith('!')) return 'negation';
  if (/[[\]]/.test(pattern.replace(/\\./g, ''))) return 'range';
  // GitHub cannot match a path that starts with #: escaping it is refused.
  if (pattern.startsWith('\\#')) return 'escaped-hash';
  if (pattern.includes('***')) return 'triple-star';
  if (pattern === '/') return 'root';
  return undefined;
}

/** Parses CODEOWNERS text as GitHub does: comments, blank lines, invalid lines reported and skipped. */
export function parseCodeowners(text: string): { rules: CodeownersRule[]; errors: CodeownersError[] } {
  const rules: CodeownersRule[] = [];
  const errors: CodeownersError[] = [];
  if (Buffer.byteLength(text, 'utf8') >= MAX_CODEOWNERS_BYTES) {
    errors.push({ line: 1, column: 1, kind: 'File too large', problem: 'too-large', token: '', source: '' });
    return { rules, errors };
  }
  const lines = text.split(/\r?\n/);
  lines.forEach((raw, index) => {
    const line = index + 1;
    const tokens = tokenize(raw);
    if (tokens.length === 0) return;
    const [pattern, ...owners] = tokens as [
      { text: string; column: number },
      ...Array<{ text: string; column: number }>,
    ];
    const bad = patternError(pattern.text);
    if (bad) {
      errors.push({
        line,
        column: pattern.column,
        kind: 'Invalid pattern',
        problem: bad,
        token: pattern.text,
        source: raw,
      });
      return;
    }
    const badOwner = owners.find((o) => !isOwner(o.text));
    if (badOwner) {
      errors.push({
        line,
        column: badOwner.column,
        kind: 'Invalid owner',
        problem: 'owner',
        token: badOwner.text,
        source: raw,
      });
      return;
    }
    rules.push({ line, pattern: pattern.text, owners: owners.map((o) => o.text) });
  });
  return { rules, errors };
}

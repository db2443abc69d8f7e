/** One valid CODEOWNERS rule: its pattern, its owners (possibly none) and where it was written. */
export interface CodeownersRule {
  line: number;
  pattern: string;
  owners: string[];
}

/** A line GitHub would skip, with the reason (as the codeowners errors API lists them). */
export interface CodeownersError {
  line: number;
  column: number;
  kind: 'Invalid pattern' | 'Invalid owner' | 'File too large';
  message: string;
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
export function patternError(pattern: string): string | undefined {
  if (pattern.startsWith('!')) return 'negation with ! is not supported in CODEOWNERS';
  if (/[[\]]/.test(pattern.replace(/\\./g, ''))) return 'character ranges with [ ] are not supported in CODEOWNERS';
  if (pattern.startsWith('\\#')) return 'escaping # with \\ is not supported in CODEOWNERS: GitHub cannot match paths that start with #';
  if (pattern.includes('***')) return 'three asterisks in a row are not a valid pattern';
  if (pattern === '/') return 'the pattern / matches nothing';
  return undefined;
}

/** Parses CODEOWNERS text as GitHub does: comments, blank lines, invalid lines reported and skipped. */
export function parseCodeowners(text: string): { rules: CodeownersRule[]; errors: CodeownersError[] } {
  const rules: CodeownersRule[] = [];
  const errors: CodeownersError[] = [];
  if (Buffer.byteLength(text, 'utf8') >= MAX_CODEOWNERS_BYTES) {
    errors.push({ line: 1, column: 1, kind: 'File too large', message: 'CODEOWNERS is 3 MB or larger: GitHub does not load it at all, so no path has owners; split ownership across fewer, broader rules', source: '' });
    return { rules, errors };
  }
  const lines = text.split(/\r?\n/);
  lines.forEach((raw, index) => {
    const line = index + 1;
    const tokens = tokenize(raw);
    if (tokens.length === 0) return;
    const [pattern, ...owners] = tokens as [{ text: string; column: number }, ...Array<{ text: string; column: number }>];
    const bad = patternError(pattern.text);
    if (bad) {
      errors.push({ line, column: pattern.column, kind: 'Invalid pattern', message: bad, source: raw });
      return;
    }
    const badOwner = owners.find((o) => !isOwner(o.text));
    if (badOwner) {
      errors.push({ line, column: badOwner.column, kind: 'Invalid owner', message: `"${badOwner.text}" is not an owner: write @user, @org/team or an e-mail address`, source: raw });
      return;
    }
    rules.push({ line, pattern: pattern.text, owners: owners.map((o) => o.text) });
  });
  return { rules, errors };
}

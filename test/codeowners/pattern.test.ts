import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileCodeowners } from '../../src/codeowners/owners.js';
import { compilePattern } from '../../src/codeowners/pattern.js';

// Pattern → paths it owns (true) or not (false), per GitHub's documented CODEOWNERS semantics.
const table: Record<string, Record<string, boolean>> = {
  foo: { foo: true, 'foo.txt': false, 'foo/bar': true, 'bar/foo': true, 'bar/foo.txt': false, 'bar/foo/baz': true },
  '/foo': { foo: true, 'fool.txt': false, 'foo/bar/baz': true, 'bar/foo': false },
  'foo/': { foo: false, 'foo/bar': true, 'bar/foo/baz/qux': true, 'bar/foo': false },
  '/foo/': { foo: false, 'foo/bar': true, 'bar/foo/baz': false },
  'foo/bar': { 'foo/bar': true, 'foo/bart': false, 'foo/bar/baz': true, 'baz/foo/bar': false },
  'foo/bar/': { 'foo/bar': false, 'foo/bar/baz': true, 'baz/foo/bar/qux': false },
  '*': { foo: true, 'a/b/c.txt': true, '.github/x': true },
  'f*': { foo: true, 'foo/bar/baz': true, 'bar/foo': true, 'bar/baz': false, xfoo: false },
  '/*': { foo: true, 'foo/bar': false },
  '/f*': { foo: true, 'foo/bar/baz': true, 'bar/foo': false },
  'f*/': { foo: false, 'foo/bar': true, 'bar/foo/baz': true },
  '/*/': { foo: false, 'foo/bar': true, 'bar/foo/baz': true },
  'f\\*o': { foo: false, 'f*o': true },
  'foo/*': { foo: false, 'foo/bar': true, 'foo/bar/baz': false, 'bar/foo/baz': false },
  'foo/*.txt': { 'foo/bar.txt': true, 'foo/bar/baz.txt': false, 'qux/foo/bar.txt': false },
  'foo/*/baz': { 'foo/bar': false, 'foo/bar/baz': true, 'foo/bar/baz/qux': true },
  'f?o': { foo: true, fo: false, fooo: false },
  '**/foo/bar': { 'foo/bar': true, 'qux/foo/bar/baz': true, 'foo/baz/bar': false },
  '**/*bar*': { bar: true, 'foo/rebar': true, 'foo/qux/bar': true },
  'foo/bar/**': { 'foo/bar': false, 'foo/bar/baz/qux': true, 'qux/foo/bar/baz': false },
  'foo/**/bar': { 'foo/bar': true, 'foo/qux/quux/bar/baz': true, 'qux/foo/bar': false },
  'foo/**/': { foo: false, 'foo/bar': true, 'foo/bar/baz': true },
  '*.js': { 'a.js': true, 'src/a.js': true, 'src/a.jsx': false, 'a.js/b': true },
  // The documentation's examples.
  'docs/*': { 'docs/getting-started.md': true, 'docs/build-app/troubleshooting.md': false },
  'apps/': { 'apps/a.rb': true, 'x/apps/y/z.rb': true },
  '/docs/': { 'docs/a.md': true, 'x/docs/a.md': false },
  '/build/logs/': { 'build/logs/a.log': true, 'build/logs/x/y.log': true, 'build/logs': false },
  'Docs/': { 'docs/a.md': false, 'Docs/a.md': true },
  'path\\ with\\ spaces/': { 'path with spaces/a': true, 'path/a': false },
};

describe('CODEOWNERS patterns', () => {
  for (const [pattern, paths] of Object.entries(table)) {
    it.each(Object.entries(paths))(`${pattern} vs %s`, (path, expected) => {
      expect(compilePattern(pattern).test(path)).toBe(expected);
      // The indexed lookup must agree with the plain regex.
      expect(compileCodeowners(`${pattern} @o`).ownersOf(path)).toEqual(expected ? ['@o'] : []);
    });
  }
});

describe('patterns that would make a backtracking regex explode', () => {
  // A backtracking matcher would not finish these within the per-test timeout; timings live in npm run bench.
  it('*a*a*…*b against a long run of a finishes', () => {
    const pattern = `${'*a'.repeat(18)}*b`;
    expect(compileCodeowners(`${pattern} @x`).ownersOf('a'.repeat(4000))).toEqual([]);
    expect(compilePattern(pattern).test(`${'a'.repeat(40)}b`)).toBe(true);
    expect(compilePattern('**/**/**/**/**/**/**/**/z').test(`${'d/'.repeat(200)}y`)).toBe(false);
  });

  it('a 2,000-character path against rules of 200 ** each gets the right answer (cost grows with depth only)', () => {
    const rule = `/${Array.from({ length: 200 }, (_, i) => `**/d${i % 3}`).join('/')}/**/z.txt`;
    const path = Array.from({ length: 1000 }, (_, i) => `d${i % 3}`)
      .join('/')
      .slice(0, 2000);
    expect(compilePattern(rule).test(path)).toBe(false);
    expect(compilePattern(rule).test(`${path}/z.txt`)).toBe(true);
    expect(compilePattern(rule).test(`${path.replace(/d2/g, 'e2')}/z.txt`)).toBe(false);
    expect(compilePattern(`${'**/'.repeat(200)}x`).test(`${path}/x`)).toBe(true);
    expect(compilePattern(`${'**/'.repeat(200)}x`).test(path)).toBe(false);
    expect(compilePattern(`/${'*/'.repeat(999)}d0`).test(`${path}/d0`)).toBe(false);
  });
});

// GitHub's semantics written plainly: pattern segments against path segments by exhaustive search.
function naiveMatch(pattern: string, path: string): boolean {
  let segs = pattern.split('/');
  const anchored = segs[0] === '';
  if (anchored) segs = segs.slice(1);
  else if ((segs.length === 1 || (segs.length === 2 && segs[1] === '')) && segs[0] !== '**') segs = ['**', ...segs];
  if (segs.length > 1 && segs[segs.length - 1] === '') segs[segs.length - 1] = '**';
  const glob = (g: string) =>
    new RegExp(
      `^${g
        .replace(/[.+^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '[^/]*')
        .replace(/\?/g, '[^/]')}$`,
    );
  const parts = path.split('/');
  const go = (i: number, j: number): boolean => {
    if (i === segs.length) return j === parts.length;
    const seg = segs[i]!;
    const last = i === segs.length - 1;
    if (seg === '**') {
      const least = last ? 1 : 0; // a trailing ** (or trailing slash) owns what is below, not the folder itself
      for (let k = j + least; k <= parts.length; k++) if (go(i + 1, k)) return true;
      return false;
    }
    if (j >= parts.length || !glob(seg).test(parts[j]!)) return false;
    // A literal last segment also owns everything below it; a lone * owns one level only.
    if (last && seg !== '*') return true;
    return go(i + 1, j + 1);
  };
  return go(0, 0);
}

describe('the matcher agrees with an exhaustive search (property)', () => {
  const patSeg = fc.constantFrom('a', 'b', '*', '**', 'a*', '?', 'b.js', '*.js');
  const pathSeg = fc.constantFrom('a', 'b', 'ab', 'b.js', 'a.js', 'c');
  it('for random patterns with several ** and random paths', () => {
    fc.assert(
      fc.property(
        fc.boolean(),
        fc.array(patSeg, { minLength: 1, maxLength: 6 }),
        fc.boolean(),
        fc.array(fc.array(pathSeg, { minLength: 1, maxLength: 7 }), { minLength: 1, maxLength: 8 }),
        (lead, segs, trail, paths) => {
          const pattern = `${lead ? '/' : ''}${segs.join('/')}${trail ? '/' : ''}`;
          const compiled = compilePattern(pattern);
          for (const p of paths)
            expect(compiled.test(p.join('/')), `${pattern} on ${p.join('/')}`).toBe(naiveMatch(pattern, p.join('/')));
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('CODEOWNERS files', () => {
  const file = [
    '# comment',
    '',
    '*       @global-owner1 @global-owner2',
    '*.js    @js-owner #This is an inline comment.',
    '*.go docs@example.com',
    '/build/logs/ @doctocat',
    'docs/*  docs@example.com',
    'apps/ @octocat',
    '/docs/ @doctocat',
    '/scripts/ @doctocat @octocat',
    '**/logs @octocat',
    '/apps/ @octocat',
    '/apps/github',
    '!negated @x',
    'bad[ab] @x',
    '\\#hash @x',
    'valid/ not-an-owner',
    '/.github/ @acme/platform-team',
  ].join('\n');
  const co = compileCodeowners(file);
  it.each([
    ['README.md', ['@global-owner1', '@global-owner2']],
    ['src/app.js', ['@js-owner']],
    ['main.go', ['docs@example.com']],
    ['build/logs/x.txt', ['@octocat']], // a later **/logs rule wins over /build/logs/
    ['deep/logs/x.txt', ['@octocat']],
    ['apps/github/index.js', []],
    ['apps/other/index.js', ['@octocat']],
    ['scripts/x.sh', ['@doctocat', '@octocat']],
    ['.github/workflows/ci.yml', ['@acme/platform-team']],
    ['negated/x', ['@global-owner1', '@global-owner2']],
  ])('%s', (path, owners) => {
    expect(co.ownersOf(path)).toEqual(owners);
  });
  it('reports invalid lines with their numbers and skips them', () => {
    expect(co.errors.map((e) => [e.line, e.kind])).toEqual([
      [14, 'Invalid pattern'],
      [15, 'Invalid pattern'],
      [16, 'Invalid pattern'],
      [17, 'Invalid owner'],
    ]);
  });
  it('paths written as ./x or /x mean the same file', () => {
    expect(co.ownersOf('./scripts/x.sh')).toEqual(['@doctocat', '@octocat']);
    expect(co.ownersOf('/scripts/x.sh')).toEqual(['@doctocat', '@octocat']);
  });
  it('an inline comment is not an owner', () => {
    expect(co.rules.find((r) => r.line === 4)!.owners).toEqual(['@js-owner']);
  });
  it('refuses a file of 3 MB or more, as GitHub does', () => {
    const big = compileCodeowners(`* @a\n${'# x\n'.repeat(800_000)}`);
    expect(big.ownersOf('a')).toEqual([]);
    expect(big.errors[0]!.kind).toBe('File too large');
  });
});

// A plain reference: the last rule whose regex matches, without any index.
function reference(text: string, path: string): string[] {
  const rules = text
    .split('\n')
    .map((l) => l.split(' '))
    .filter((t) => t[0]);
  for (let i = rules.length - 1; i >= 0; i--) if (compilePattern(rules[i]![0]!).test(path)) return rules[i]!.slice(1);
  return [];
}

describe('the index agrees with a plain scan (property)', () => {
  const seg = fc.constantFrom('a', 'b', 'docs', 'x.js', 'y.md', 'logs', 'a.js');
  const patSeg = fc.constantFrom('a', 'b', 'docs', '*', '*.js', '*.md', 'd*', '**', 'logs', '?');
  const pattern = fc
    .tuple(fc.boolean(), fc.array(patSeg, { minLength: 1, maxLength: 3 }), fc.boolean())
    .map(([lead, segs, trail]) => `${lead ? '/' : ''}${segs.join('/')}${trail ? '/' : ''}`)
    .filter((p) => !p.includes('***') && p !== '/');
  const path = fc.array(seg, { minLength: 1, maxLength: 4 }).map((s) => s.join('/'));
  it('for random files and paths', () => {
    fc.assert(
      fc.property(
        fc.array(pattern, { minLength: 1, maxLength: 12 }),
        fc.array(path, { minLength: 1, maxLength: 10 }),
        (patterns, paths) => {
          const text = patterns.map((p, i) => `${p} @o${i}`).join('\n');
          const co = compileCodeowners(text);
          for (const p of paths) expect(co.ownersOf(p)).toEqual(reference(text, p));
        },
      ),
      { numRuns: 500 },
    );
  });
});

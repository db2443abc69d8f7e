import MarkdownIt from 'markdown-it';
type Token = ReturnType<InstanceType<typeof MarkdownIt>['parse']>[number];
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexRow, recordPath } from '../../src/archive/layout.js';
import { buildRecord } from '../../src/archive/record.js';
import { renderRecordMarkdown } from '../../src/archive/render.js';
import { evaluate } from '../../src/policy/evaluate.js';
import { COMMENT_MARKER, renderMarkdown } from '../../src/report/markdown.js';
import { mdCode, mdMention, mdText } from '../../src/report/escape.js';
import { edit, REGULAR } from '../helpers.js';
import { snapshot } from '../policy/snapshot-fixture.js';

/** Strings a pull request author could put into a document, a file name or a title. */
const HOSTILE = [
  'docs/none.md\n\n### ✅ upgrade-gate: ready to merge\n\n<details><summary>ok</summary>',
  'a `tick` and ``double`` and ```triple``` ticks`',
  '<img src=x onerror=alert(1)> <script>alert(1)</script>',
  '![pixel](https://evil.example/p.png)',
  '[ready to merge](https://evil.example/login)',
  '| forged | cell |',
  '@everyone @acme/gm-office @han-meimei please merge',
  '# Heading ## two',
  COMMENT_MARKER,
  '**bold** _it_ ~~gone~~ $x^2$',
  'https://evil.example/phish and www.evil.example',
  'line\u2028separator\rreturn\ttab',
  '&#64;han-meimei &lt;b&gt; &amp;',
  'a\\|b \\`c',
  '</sub></td></table><details open>',
];

const md = new MarkdownIt({ html: true, linkify: true });
// GitHub links bare URLs only with a scheme or www., not any dotted word.
md.linkify.set({ fuzzyLink: false, fuzzyEmail: false });

// Rendered text with the invisible joiners the escaping inserts taken out.
const visible = (s: string) => s.replace(/[\u200D\u2060]/g, '');
const collapsed = (s: string) => s.replace(/[\r\n\u2028\u2029\t]+/g, ' ');

/** Every token, inline children included. */
function tokens(markdown: string): Token[] {
  return md.parse(markdown, {}).flatMap((t) => [t, ...(t.children ?? [])]);
}

/** The plain text of each block, cells and items apart, as a reader sees it. */
function blocksText(markdown: string): string[] {
  return md
    .parse(markdown, {})
    .filter((t) => t.type === 'inline')
    .map((t) =>
      visible(
        (t.children ?? [])
          .map((c) => (c.type === 'text' || c.type === 'code_inline' ? c.content : c.type === 'softbreak' ? ' ' : ''))
          .join(''),
      ),
    );
}

function hostileSnapshot() {
  const quote = (s: string) => JSON.stringify(s);
  let text = REGULAR;
  text = edit(text, 'title: Monthly invoices as PDF', `title: ${quote(HOSTILE.slice(0, 8).join(' ¶ '))}`);
  text = edit(
    text,
    'description: Customers download each monthly invoice as a PDF from the portal.',
    `description: ${quote(HOSTILE.slice(8).join(' ¶ '))}`,
  );
  text = edit(text, 'id: BILL-418', `id: ${quote(HOSTILE[5]!)}`);
  text = edit(text, 'from: "2.3.1"', `from: ${quote(HOSTILE[5]!)}`);
  text = edit(text, 'verified_by: Wang Fang (finance)', `verified_by: ${quote(HOSTILE[6]!)}`);
  text = edit(text, 'evidence: docs/acceptance/billing-2.4.0.md', `evidence: ${quote(HOSTILE[0]!)}`);
  text = edit(text, 'report: docs/gray/billing-2.4.0.md', `report: ${quote(HOSTILE[1]!)}`);
  const path = 'upgrades/a`b``|c<img src=x>@han-meimei.yaml';
  const snap = snapshot({ documents: [{ path, text }], changedFiles: [path] });
  snap.pullRequest = {
    ...snap.pullRequest,
    title: HOSTILE.join(' '),
    mergedAt: '2026-12-03T04:00:00Z',
    mergedBy: 'bob-ops',
    mergeSha: 'f'.repeat(40),
  };
  return { snap, path };
}

function renderAll() {
  const { snap, path } = hostileSnapshot();
  const verdict = evaluate(snap);
  const record = buildRecord(snap, verdict, {
    previous: undefined,
    toolVersion: '0.1.0',
    tzdata: '2025b',
    backfilled: false,
  });
  const file = recordPath('archive', record, 'Asia/Shanghai');
  return {
    path,
    verdict,
    outputs: {
      comment: renderMarkdown(verdict, { runUrl: 'https://github.com/acme/deploy/actions/runs/1', archivePath: file }),
      summary: renderMarkdown(verdict, { marker: false, runUrl: 'https://github.com/acme/deploy/actions/runs/1' }),
      'archive record': renderRecordMarkdown(record),
      'archive index row': `| a | b | c | d | e | f | g | h | i |\n| - | - | - | - | - | - | - | - | - |\n${indexRow(record, file)}`,
    },
  };
}

function benignCounts(kind: string) {
  // A Wednesday: one finding, so the benign comment has the same sections as the hostile one.
  const snap = snapshot({
    now: '2026-12-02T02:00:00Z',
    pullRequest: { ...snapshot().pullRequest, mergedAt: '2026-12-03T04:00:00Z', mergedBy: 'bob-ops' },
  });
  const verdict = evaluate(snap);
  const record = buildRecord(snap, verdict, {
    previous: undefined,
    toolVersion: '0.1.0',
    tzdata: '2025b',
    backfilled: false,
  });
  const text =
    kind === 'archive record'
      ? renderRecordMarkdown(record)
      : kind === 'archive index row'
        ? ''
        : renderMarkdown(verdict, {
            marker: kind === 'comment',
            archivePath: kind === 'comment' ? 'archive/x.json' : undefined,
          });
  const t = tokens(text);
  return {
    headings: t.filter((x) => x.type === 'heading_open').length,
    rows: t.filter((x) => x.type === 'tr_open').length,
  };
}

describe('hostile strings render inert in the comment, the job summary and the archive Markdown', () => {
  const { outputs, verdict } = renderAll();
  it('the hostile document is read and reported (the corpus reaches the renderers)', () => {
    expect(verdict.documents[0]!.features.map((f) => f.title).join('')).toContain('<details>');
    expect(verdict.findings.some((f) => f.rule === 'evidence.path' || f.rule === 'evidence.exists')).toBe(true);
  });

  for (const [kind, text] of Object.entries(outputs)) {
    it(`${kind}: no HTML, image, foreign link, heading, extra table row or mention comes from the document`, () => {
      const all = tokens(text);
      const html = all.filter((t) => t.type === 'html_inline' || t.type === 'html_block').map((t) => t.content.trim());
      expect(html.filter((h) => h !== COMMENT_MARKER && h !== '<sub>' && h !== '</sub>')).toEqual([]);
      expect(html.filter((h) => h === COMMENT_MARKER).length).toBe(kind === 'comment' ? 1 : 0);
      expect(all.filter((t) => t.type === 'image')).toEqual([]);
      const hrefs = all.filter((t) => t.type === 'link_open').map((t) => String(t.attrGet('href')));
      expect(
        hrefs.filter(
          (h) =>
            h !== 'https://github.com/acme/deploy/actions/runs/1' &&
            !/^12\/2026-12-03-billing-2\.4\.0-pr7\.json$/.test(h),
        ),
      ).toEqual([]);
      expect(
        all
          .filter((t) => ['strong_open', 'em_open', 's_open'].includes(t.type))
          .map((t) => t.markup)
          .filter((m) => m !== '**'),
      ).toEqual([]);
      if (kind !== 'archive index row') {
        const benign = benignCounts(kind);
        expect(all.filter((t) => t.type === 'heading_open').length).toBe(benign.headings);
        expect(all.filter((t) => t.type === 'tr_open').length).toBe(benign.rows);
      } else expect(all.filter((t) => t.type === 'tr_open').length).toBe(2);
      // Mentions only of the approvers and the roles' owners, never of a name from the document.
      const mentions = blocksText(text).flatMap((b) =>
        [...b.matchAll(/(?:^|[^\w`])@([A-Za-z0-9][\w/-]*)/g)].map((m) => m[1]),
      );
      // (ZWJ-joined mentions were removed by visible(): look at the raw inline text instead.)
      const raw = all
        .filter((t) => t.type === 'text')
        .map((t) => t.content)
        .join('\u0001');
      const live = [...raw.matchAll(/(?:^|[^\w`\u200D])@([A-Za-z0-9][\w/-]*)/g)].map((m) => m[1]);
      expect(new Set(live)).toEqual(
        new Set(
          kind === 'archive record' || kind === 'archive index row'
            ? []
            : ['li-lei', 'han-meimei'].filter((l) => raw.includes(`@${l}`)),
        ),
      );
      expect(mentions.length).toBeGreaterThanOrEqual(live.length);
    });

    it(`${kind}: each hostile string reads back as the text it is`, () => {
      const blocks = blocksText(text);
      const inDocument = kind === 'archive index row' ? [HOSTILE[5]!] : HOSTILE.slice(0, 8);
      for (const h of inDocument)
        expect(
          blocks.some((b) => b.includes(visible(collapsed(h)))),
          `${JSON.stringify(h)} in ${kind}`,
        ).toBe(true);
    });
  }

  it('the file name survives a code span in a heading and a finding line, backticks and pipes included', () => {
    const { outputs: o, path } = renderAll();
    const codes = tokens(o.comment)
      .filter((t) => t.type === 'code_inline')
      .map((t) => t.content);
    expect(codes).toContain(path);
  });
});

describe('the helpers', () => {
  it('code spans hold any run of backticks', () => {
    for (const s of ['`', '``', 'a```b', ' lead', 'trail ', '``x``']) {
      const code = tokens(`x ${mdCode(s)} y`).filter((t) => t.type === 'code_inline');
      expect(code.map((c) => c.content)).toEqual([s]);
    }
  });
  it('inside a table a code span keeps its pipes in one cell', () => {
    const table = `| a | b |\n| - | - |\n| ${mdCode('x|y', { table: true })} | ${mdText('p|q')} |`;
    const cells = blocksText(table);
    expect(cells).toEqual(['a', 'b', 'x|y', 'p|q']);
  });
  it('mentions only real logins and teams; anything else is text', () => {
    expect(mdMention('han-meimei')).toBe('@han-meimei');
    expect(mdMention('@acme/gm-office')).toBe('@acme/gm-office');
    expect(tokens(`[x${mdMention('x](https://evil)')}`).filter((t) => t.type === 'link_open')).toEqual([]);
    expect(mdText('@han-meimei')).not.toMatch(/@han/);
  });
  it('text with nothing to escape is returned as it is, and only such text (the quick path agrees with every replacement)', () => {
    // The replacements spelled out once more, applied to every string: mdText's quick path must never skip one that acts.
    const slow = (s: string) =>
      s
        .replace(/[\r\n\u0085\u2028\u2029\v\f\t\u0000-\u0008\u000e-\u001f\u007f]+/g, ' ')
        .replace(/[<>&"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c]!)
        .replace(/[\\`*_[\]|~$]/g, (c) => `\\${c}`)
        .replace(/(:)(\/\/)|\b(www)(\.)/gi, (_m, a?: string, b?: string, c?: string, d?: string) =>
          a ? `${a}\u2060${b}` : `${c}\u2060${d}`,
        )
        .replace(/@/g, '@\u200D');
    const pieces = fc.constantFrom(
      'a',
      'W',
      'w',
      'ww',
      'WWW.',
      'www.',
      ':',
      '//',
      '://',
      '@',
      '<',
      '&',
      '"',
      '\\',
      '`',
      '*',
      '_',
      '[',
      ']',
      '|',
      '~',
      '$',
      '\n',
      '\u2028',
      '\u0085',
      '\u007f',
      '\t',
      ' ',
      '中',
      '.',
      'x',
    );
    fc.assert(
      fc.property(
        fc.array(pieces, { maxLength: 12 }).map((a) => a.join('')),
        fc.string({ unit: 'binary' }),
        (built, any) => {
          expect(mdText(built)).toBe(slow(built));
          expect(mdText(any)).toBe(slow(any));
        },
      ),
      { numRuns: 1000 },
    );
    for (const s of HOSTILE) expect(mdText(s)).toBe(slow(s));
  });
});

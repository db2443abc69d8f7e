import { isUtf8 } from 'node:buffer';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { textAfter } from '../../src/archive/archive-file.js';

/** The plain way: decode the whole file (refusing what is not UTF-8), then compare text. */
function byDecoding(bytes: Buffer, expected: string): { tail: string | null } | { problem: string } {
  if (!isUtf8(bytes)) return { problem: 'file.encoding' };
  const text = bytes.toString('utf8');
  return { tail: text.startsWith(expected) ? text.slice(expected.length) : null };
}
const answer = (r: ReturnType<typeof textAfter>) => ('problem' in r ? { problem: r.problem.id } : r);

// Text with ASCII, Chinese, emoji and lone surrogates; files that are that text, more, less, or broken bytes.
const unit = fc.oneof(fc.constantFrom('a', '|', '\n', '升', '级', '😀', '\ud800', '\udfff', '·'), fc.string({ maxLength: 3 }));
const text = fc.array(unit, { maxLength: 12 }).map((xs) => xs.join(''));
const junk = fc.uint8Array({ maxLength: 6 }).map((a) => Buffer.from(a));
const file = fc.oneof(
  fc.tuple(text, text).map(([a, b]) => ({ expected: a, bytes: Buffer.from(a + b, 'utf8') })),
  fc.tuple(text, junk).map(([a, j]) => ({ expected: a, bytes: Buffer.concat([Buffer.from(a, 'utf8'), j]) })),
  fc.tuple(text, text).map(([a, b]) => ({ expected: a, bytes: Buffer.from(b, 'utf8') })),
  fc.tuple(text, junk, text).map(([a, j, b]) => ({ expected: a + b, bytes: Buffer.concat([Buffer.from(a, 'utf8'), j, Buffer.from(b, 'utf8')]) })),
);

describe('textAfter (verify compares Markdown bytes with the rendering)', () => {
  it('answers as decoding the file and comparing text does, for any file and expected text', () => {
    fc.assert(
      fc.property(file, ({ expected, bytes }) => {
        expect(answer(textAfter(bytes, expected, 'x.md'))).toEqual(byDecoding(bytes, expected));
      }),
      { numRuns: 5000 },
    );
  });
  it('the outcome part after the record, a byte changed, a file cut short, bytes that are not UTF-8', () => {
    const own = '# 升级归档记录 #1\n| a | b |\n';
    expect(answer(textAfter(Buffer.from(own), own, 'x.md'))).toEqual({ tail: '' });
    expect(answer(textAfter(Buffer.from(`${own}## 升级结果\n`), own, 'x.md'))).toEqual({ tail: '## 升级结果\n' });
    expect(answer(textAfter(Buffer.from(own.replace('1', '2')), own, 'x.md'))).toEqual({ tail: null });
    expect(answer(textAfter(Buffer.from(own.slice(0, 5)), own, 'x.md'))).toEqual({ tail: null });
    expect(answer(textAfter(Buffer.concat([Buffer.from(own), Buffer.from([0xff])]), own, 'x.md'))).toEqual({ problem: 'file.encoding' });
    expect(answer(textAfter(Buffer.from([0xe5, 0x8d]), own, 'x.md'))).toEqual({ problem: 'file.encoding' });
  });
});

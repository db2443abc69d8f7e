import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import canonicalize from 'canonicalize';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJsonV1, gitBlobSha, jcs } from '../../src/archive/canonical.js';
import { writeArchive } from '../archive-fixture.js';
import { ROOT } from '../helpers.js';

const VECTORS = join(ROOT, 'test/fixtures/jcs');
const names = readdirSync(join(VECTORS, 'input')).map((f) => f.replace(/\.json$/, ''));

describe('RFC 8785 (JCS): the reference test vectors', () => {
  it.each(names)('%s', (name) => {
    const input = JSON.parse(readFileSync(join(VECTORS, 'input', `${name}.json`), 'utf8'));
    const expected = readFileSync(join(VECTORS, 'output', `${name}.json`));
    const hex = readFileSync(join(VECTORS, 'outhex', `${name}.txt`), 'utf8').trim().split(/\s+/).join('');
    const out = Buffer.from(jcs(input), 'utf8');
    expect(out.toString('hex')).toBe(hex);
    expect(out.equals(expected)).toBe(true);
  });
  it('has all six vector files', () => expect(names.sort()).toEqual(['arrays', 'french', 'structures', 'unicode', 'values', 'weird']));
});

// The deterministic IEEE-754 sequence of the reference implementation's testdata/numgen.js: its static edge
// cases, 2,000 consecutive subnormal-boundary values, then values drawn from a sha256 chain.
function* numgen(): Generator<number> {
  const statics = new BigUint64Array([
    0x0000000000000000n, 0x8000000000000000n, 0x0000000000000001n, 0x8000000000000001n, 0xc46696695dbd1cc3n, 0xc43211ede4974a35n, 0xc3fce97ca0f21056n, 0xc3c7213080c1a6acn,
    0xc39280f39a348556n, 0xc35d9b1f5d20d557n, 0xc327af4c4a80aaacn, 0xc2f2f2a36ecd5556n, 0xc2be51057e155558n, 0xc28840d131aaaaacn, 0xc253670dc1555557n, 0xc21f0b4935555557n,
    0xc1e8d5d42aaaaaacn, 0xc1b3de4355555556n, 0xc17fca0555555556n, 0xc1496e6aaaaaaaabn, 0xc114585555555555n, 0xc0e046aaaaaaaaabn, 0xc0aa0aaaaaaaaaaan, 0xc074d55555555555n,
    0xc040aaaaaaaaaaabn, 0xc00aaaaaaaaaaaabn, 0xbfd5555555555555n, 0xbfa1111111111111n, 0xbf6b4e81b4e81b4fn, 0xbf35d867c3ece2a5n, 0xbf0179ec9cbd821en, 0xbecbf647612f3696n,
    0xbe965e9f80f29212n, 0xbe61e54c672874dbn, 0xbe2ca213d840baf8n, 0xbdf6e80fe033c8c6n, 0xbdc2533fe68fd3d2n, 0xbd8d51ffd74c861cn, 0xbd5774ccac3d3817n, 0xbd22c3d6f030f9acn,
    0xbcee0624b3818f79n, 0xbcb804ea293472c7n, 0xbc833721ba905bd3n, 0xbc4ebe9c5db3c61en, 0xbc18987d17c304e5n, 0xbbe3ad30dfcf371dn, 0xbbaf7b816618582fn, 0xbb792f9ab81379bfn,
    0xbb442615600f9499n, 0xbb101e77800c76e1n, 0xbad9ca58cce0be35n, 0xbaa4a1e0a3e6fe90n, 0xba708180831f320dn, 0xba3a68cd9e985016n, 0x446696695dbd1cc3n, 0x443211ede4974a35n,
    0x43fce97ca0f21056n, 0x43c7213080c1a6acn, 0x439280f39a348556n, 0x435d9b1f5d20d557n, 0x4327af4c4a80aaacn, 0x42f2f2a36ecd5556n, 0x42be51057e155558n, 0x428840d131aaaaacn,
    0x4253670dc1555557n, 0x421f0b4935555557n, 0x41e8d5d42aaaaaacn, 0x41b3de4355555556n, 0x417fca0555555556n, 0x41496e6aaaaaaaabn, 0x4114585555555555n, 0x40e046aaaaaaaaabn,
    0x40aa0aaaaaaaaaaan, 0x4074d55555555555n, 0x4040aaaaaaaaaaabn, 0x400aaaaaaaaaaaabn, 0x3fd5555555555555n, 0x3fa1111111111111n, 0x3f6b4e81b4e81b4fn, 0x3f35d867c3ece2a5n,
    0x3f0179ec9cbd821en, 0x3ecbf647612f3696n, 0x3e965e9f80f29212n, 0x3e61e54c672874dbn, 0x3e2ca213d840baf8n, 0x3df6e80fe033c8c6n, 0x3dc2533fe68fd3d2n, 0x3d8d51ffd74c861cn,
    0x3d5774ccac3d3817n, 0x3d22c3d6f030f9acn, 0x3cee0624b3818f79n, 0x3cb804ea293472c7n, 0x3c833721ba905bd3n, 0x3c4ebe9c5db3c61en, 0x3c18987d17c304e5n, 0x3be3ad30dfcf371dn,
    0x3baf7b816618582fn, 0x3b792f9ab81379bfn, 0x3b442615600f9499n, 0x3b101e77800c76e1n, 0x3ad9ca58cce0be35n, 0x3aa4a1e0a3e6fe90n, 0x3a708180831f320dn, 0x3a3a68cd9e985016n,
    0x4024000000000000n, 0x4014000000000000n, 0x3fe0000000000000n, 0x3fa999999999999an, 0x3f747ae147ae147bn, 0x3f40624dd2f1a9fcn, 0x3f0a36e2eb1c432dn, 0x3ed4f8b588e368f1n,
    0x3ea0c6f7a0b5ed8dn, 0x3e6ad7f29abcaf48n, 0x3e35798ee2308c3an, 0x3ed539223589fa95n, 0x3ed4ff26cd5a7781n, 0x3ed4f95a762283ffn, 0x3ed4f8c60703520cn, 0x3ed4f8b72f19cd0dn,
    0x3ed4f8b5b31c0c8dn, 0x3ed4f8b58d1c461an, 0x3ed4f8b5894f7f0en, 0x3ed4f8b588ee37f3n, 0x3ed4f8b588e47da4n, 0x3ed4f8b588e3849cn, 0x3ed4f8b588e36bb5n, 0x3ed4f8b588e36937n,
    0x3ed4f8b588e368f8n, 0x3ed4f8b588e368f1n, 0x3ff0000000000000n, 0xbff0000000000000n, 0xbfeffffffffffffan, 0xbfeffffffffffffbn, 0x3feffffffffffffan, 0x3feffffffffffffbn,
    0x3feffffffffffffcn, 0x3feffffffffffffen, 0xbfefffffffffffffn, 0xbfefffffffffffffn, 0x3fefffffffffffffn, 0x3fefffffffffffffn, 0x3fd3333333333332n, 0x3fd3333333333333n,
    0x3fd3333333333334n, 0x0010000000000000n, 0x000ffffffffffffdn, 0x000fffffffffffffn, 0x7fefffffffffffffn, 0xffefffffffffffffn, 0x4340000000000000n, 0xc340000000000000n,
    0x4430000000000000n, 0x44b52d02c7e14af5n, 0x44b52d02c7e14af6n, 0x44b52d02c7e14af7n, 0x444b1ae4d6e2ef4en, 0x444b1ae4d6e2ef4fn, 0x444b1ae4d6e2ef50n, 0x3eb0c6f7a0b5ed8cn,
    0x3eb0c6f7a0b5ed8dn, 0x41b3de4355555553n, 0x41b3de4355555554n, 0x41b3de4355555555n, 0x41b3de4355555556n, 0x41b3de4355555557n, 0xbecbf647612f3696n, 0x43143ff3c1cb0959n,
  ]);
  yield* new Float64Array(statics.buffer);
  const serial = new BigUint64Array(2000);
  for (let i = 0; i < 2000; i++) serial[i] = 0x0010000000000000n + BigInt(i);
  yield* new Float64Array(serial.buffer);
  let block = Buffer.alloc(32);
  for (;;) {
    block = createHash('sha256').update(block).digest();
    for (const f of new Float64Array(new Uint8Array(block).buffer)) if (f !== 0 && Number.isFinite(f)) yield f;
  }
}

describe('RFC 8785 number serialization', () => {
  it("the first 10,000 values of the reference generator serialize as the reference file (sha256 published by the reference implementation)", () => {
    const hash = createHash('sha256');
    const u64 = new BigUint64Array(1);
    const f64 = new Float64Array(u64.buffer);
    let n = 0;
    for (const f of numgen()) {
      f64[0] = f;
      hash.update(`${u64[0]!.toString(16)},${jcs(f)}\n`);
      if (++n === 10_000) break;
    }
    expect(hash.digest('hex')).toBe('b9f7a8e75ef22a835685a52ccba7f7d6bdc99e34b010992cbc5864cd12be6892');
  });
  it.each([
    [0x0000000000000000n, '0'], [0x8000000000000000n, '0'], [0x0000000000000001n, '5e-324'], [0x8000000000000001n, '-5e-324'],
    [0x7fefffffffffffffn, '1.7976931348623157e+308'], [0xffefffffffffffffn, '-1.7976931348623157e+308'], [0x4340000000000000n, '9007199254740992'],
    [0xc340000000000000n, '-9007199254740992'], [0x4430000000000000n, '295147905179352830000'], [0x44b52d02c7e14af5n, '9.999999999999997e+22'],
    [0x44b52d02c7e14af6n, '1e+23'], [0x44b52d02c7e14af7n, '1.0000000000000001e+23'], [0x444b1ae4d6e2ef4en, '999999999999999700000'],
    [0x444b1ae4d6e2ef4fn, '999999999999999900000'], [0x444b1ae4d6e2ef50n, '1e+21'], [0x3eb0c6f7a0b5ed8cn, '9.999999999999997e-7'],
    [0x3eb0c6f7a0b5ed8dn, '0.000001'], [0x41b3de4355555553n, '333333333.3333332'], [0x41b3de4355555554n, '333333333.33333325'],
    [0x41b3de4355555555n, '333333333.3333333'], [0x41b3de4355555556n, '333333333.3333334'], [0x41b3de4355555557n, '333333333.33333343'],
    [0xbecbf647612f3696n, '-0.0000033333333333333333'], [0x43143ff3c1cb0959n, '1424953923781206.2'],
  ])('RFC 8785 appendix B: %s serializes as %s', (bits, text) => {
    const f64 = new Float64Array(new BigUint64Array([bits]).buffer);
    expect(jcs(f64[0])).toBe(text);
  });
});

describe('canonical forms', () => {
  it('the fast path and the canonicalize package give the same text for any JSON value, or both refuse it', () => {
    const value = fc.oneof(fc.jsonValue(), fc.dictionary(fc.oneof(fc.string({ unit: 'binary' }), fc.constantFrom('9', '10', '__proto__', 'toJSON', '0', '01')), fc.jsonValue()), fc.string({ unit: 'binary' }).map((s) => ({ s })));
    fc.assert(
      fc.property(value, (v) => {
        let want: string | undefined;
        try {
          want = canonicalize(v);
        } catch {
          want = undefined;
        }
        if (want === undefined) expect(() => jcs(v)).toThrow();
        else expect(jcs(v)).toBe(want);
      }),
      { numRuns: 2000 },
    );
  });
  it('RFC 8785 orders keys by UTF-16 code units; format 1 kept the native order, in which integer-like keys come first', () => {
    expect(jcs({ 9: 2, 10: 1 })).toBe('{"10":1,"9":2}');
    expect(canonicalJsonV1({ 9: 2, 10: 1 })).toBe('{"9":2,"10":1}');
  });
  it('rejects what RFC 8785 rejects: lone surrogates, NaN and Infinity', () => {
    expect(() => jcs({ a: '\ud800' })).toThrow(/surrogate/i);
    expect(() => jcs({ a: Number.NaN })).toThrow();
    expect(() => jcs([Number.POSITIVE_INFINITY])).toThrow();
    expect(jcs({ a: '\ud83d\ude02' })).toBe('{"a":"😂"}');
  });
  it('git blob ids match git hash-object', () => {
    expect(gitBlobSha('')).toBe('e69de29bb2d1d6434b8b29ae775ad8c2e48c5391');
    expect(gitBlobSha('hello\n')).toBe('ce013625030ba8dba906f756967f9e9ca394464a');
  });
});

describe('an auditor recomputes a record hash with public tools (README)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ug-jcs-'));
  const file = join(dir, writeArchive(dir, 1)[0]!);
  const record = JSON.parse(readFileSync(file, 'utf8'));
  it('the canonicalize command of the npm package canonicalize, then sha256sum', () => {
    const r = spawnSync('sh', ['-c', `node -e 'const r=JSON.parse(require("fs").readFileSync(process.argv[1],"utf8"));delete r.sha256;process.stdout.write(JSON.stringify(r))' "$0" | node "$1" | sha256sum`, file, join(ROOT, 'node_modules/canonicalize/bin/canonicalize.js')], { encoding: 'utf8' });
    expect(r.stdout.split(' ')[0]).toBe(record.sha256);
  });
  // Python is not part of a Node.js setup: where it is missing, the canonicalize command above is the check.
  it.skipIf(spawnSync('python3', ['--version']).error !== undefined)('Python json.dumps with sorted keys (records hold no floats and no keys beyond the BMP)', () => {
    const py = 'import json,sys,hashlib\nr=json.load(open(sys.argv[1],encoding="utf-8"))\nr.pop("sha256")\nprint(hashlib.sha256(json.dumps(r,sort_keys=True,separators=(",",":"),ensure_ascii=False).encode()).hexdigest())';
    const r = spawnSync('python3', ['-c', py, file], { encoding: 'utf8' });
    expect(r.error).toBeUndefined();
    expect(r.stdout.trim()).toBe(record.sha256);
  });
});

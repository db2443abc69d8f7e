import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { recordHash } from '../../src/archive/formats.js';
import { writeArchive } from '../archive-fixture.js';
import { ROOT } from '../helpers.js';

const CLI = join(ROOT, 'action/cli.js');
let dir: string;
let paths: string[];
const verify = (folder = join(dir, 'archive')) => spawnSync(process.execPath, [CLI, 'verify', folder], { encoding: 'utf8' });
const rel = (p: string) => p.replace(/^archive\//, '');
const at = (p: string) => join(dir, p);
const edit = (p: string, change: (text: string) => string) => writeFileSync(at(p), change(readFileSync(at(p), 'utf8')));
/** Rewrites a record as an insider would: change it, then recompute its own hash. */
const forge = (p: string, change: (r: Record<string, unknown>) => void) => {
  const rec = JSON.parse(readFileSync(at(p), 'utf8'));
  change(rec);
  rec.sha256 = recordHash(rec);
  writeFileSync(at(p), `${JSON.stringify(rec, null, 2)}\n`);
};

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ug-verify-'));
  paths = writeArchive(dir, 12);
});

describe('upgrade-gate verify', () => {
  it('an intact archive passes', () => {
    const r = verify();
    expect(r.stdout).toContain('12 records verified: the archive is intact');
    expect(r.status).toBe(0);
  });
  it('records are format 3, hashed over RFC 8785, with short names and the evidence pinned', () => {
    const rec = JSON.parse(readFileSync(at(paths[0]!), 'utf8'));
    expect(rec.format).toBe('upgrade-gate/archive-record/v3');
    expect(rec.documents[0].evidence.map((e: { path: string }) => e.path)).toEqual(['docs/acceptance/billing-2.4.0.md', 'docs/gray/billing-2.4.0.md']);
    expect(rec.documents[0].evidence[0].blob_sha).toMatch(/^[0-9a-f]{40}$/);
    expect(readFileSync(at(paths[0]!.replace(/\.json$/, '.md')), 'utf8')).toContain('- Merged · 合并: 2026-01-01 (Thu · 周四) 08:00 Asia/Shanghai, by · 合并人 @');
  });
  it('one changed byte in a record is caught, naming the file and the finding', () => {
    edit(paths[4]!, (t) => t.replace('"merged_by": "bob-ops"', '"merged_by": "bob-opz"'));
    const r = verify();
    expect(r.stdout).toContain(`${rel(paths[4]!)}: error record.hash its content does not match its sha256: the record was edited after it was written`);
    expect(r.status).toBe(1);
  });
  it('bytes that parse to the same record are still caught: a duplicate key, spacing, compact JSON, line ends', () => {
    // A reader of the file sees the first "merged_by"; a JSON parser, and so the hash, the last one.
    edit(paths[3]!, (t) => t.replace('"merged_by": "bob-ops"', '"merged_by": "mallory",\n    "merged_by": "bob-ops"'));
    edit(paths[5]!, (t) => t.replace(/"sequence": (\d+),/, '"sequence":   $1,'));
    edit(paths[6]!, (t) => JSON.stringify(JSON.parse(t)));
    edit(paths[7]!, (t) => t.replace(/\n/g, '\r\n'));
    const r = verify();
    for (const p of [3, 5, 6, 7]) expect(r.stdout).toContain(`${rel(paths[p]!)}: error record.text is not written as the Action writes records`);
    // Each still hashes to its sha256: only the bytes give them away.
    expect(r.stdout).not.toContain('record.hash');
    expect(r.status).toBe(1);
  });
  it('speaks Chinese with --lang zh-CN, keeping the finding ids', () => {
    edit(paths[4]!, (t) => t.replace('"merged_by": "bob-ops"', '"merged_by": "bob-opz"'));
    const r = spawnSync(process.execPath, [CLI, 'verify', join(dir, 'archive'), '--lang', 'zh-CN'], { encoding: 'utf8' });
    expect(r.stdout).toContain(`${rel(paths[4]!)}: error record.hash 内容与其 sha256 不符：归档记录在写入后被修改`);
    expect(r.status).toBe(1);
    writeArchive(dir, 12);
    expect(spawnSync(process.execPath, [CLI, 'verify', join(dir, 'archive'), '--lang', 'zh-CN'], { encoding: 'utf8' }).stdout.trim()).toBe('已验证 12 条归档记录：归档完好');
  });
  it('--lang zh-CN words every finding in Chinese, the values shown as data: a broken link, a missing or extra chain-head field, an unrenderable record', () => {
    forge(paths[0]!, (rec) => (rec.previous_sha256 = '0'.repeat(64)));
    forge(paths[4]!, (rec) => ((rec.approvals as Array<{ login: string }>)[0]!.login = 'someone-else'));
    forge(paths[7]!, (rec) => ((rec.documents as Array<Record<string, unknown>>)[0]!.form = { approvals: 5 }));
    const h = JSON.parse(readFileSync(at('archive/chain-head.json'), 'utf8'));
    delete h.merged_at;
    h.note = 'ok';
    writeFileSync(at('archive/chain-head.json'), `${JSON.stringify(h, null, 2)}\n`);
    const zh = spawnSync(process.execPath, [CLI, 'verify', join(dir, 'archive'), '--lang', 'zh-CN'], { encoding: 'utf8' });
    expect(zh.stdout).toContain(`${rel(paths[0]!)}: error chain.previous 记录的上一条 sha256 为 "${'0'.repeat(64)}"，但它之前没有任何记录：哈希链断裂`);
    expect(zh.stdout).toMatch(new RegExp(`${rel(paths[5]!)}: error chain\\.previous 记录的上一条 sha256 为 "[0-9a-f]{64}"，但它的上一条记录（${rel(paths[4]!)}）的 sha256 为 "[0-9a-f]{64}"：`));
    expect(zh.stdout).toContain('chain-head.json: error chain-head.field 中没有 merged_at，但按归档记录应为 "');
    expect(zh.stdout).toContain('chain-head.json: error chain-head.field 中 note 为 "ok"，但按归档记录不应有这一项：');
    expect(zh.stdout).toContain(`${rel(paths[7]!)}: error record.unreadable 无法检查（有字段的结构不是该记录格式能呈现的）`);
    for (const english of ['the record before', 'no record comes', 'nothing', 'a field has a shape']) expect(zh.stdout).not.toContain(english);
    // English keeps its wording.
    const en = verify().stdout;
    expect(en).toContain(`${rel(paths[0]!)}: error chain.previous names previous sha256 "${'0'.repeat(64)}" but no record comes before it:`);
    expect(en).toContain(`${rel(paths[5]!)}: error chain.previous names previous sha256 `);
    expect(en).toContain(`but the record before it (${rel(paths[4]!)}) has "`);
    expect(en).toContain('chain-head.field says merged_at nothing, but the records say "');
    expect(en).toContain('chain-head.field says note "ok", but the records say nothing:');
    expect(en).toContain(`${rel(paths[7]!)}: error record.unreadable cannot be checked (a field has a shape its format does not render)`);
  });
  it('an edit that also recomputes the record hash breaks the chain after it', () => {
    forge(paths[4]!, (rec) => ((rec.approvals as Array<{ login: string }>)[0]!.login = 'someone-else'));
    const r = verify();
    expect(r.stdout).toContain(`${rel(paths[5]!)}: error chain.previous names previous sha256`);
    expect(r.status).toBe(1);
  });
  it('a deleted record is caught', () => {
    rmSync(at(paths[6]!));
    rmSync(at(paths[6]!.replace(/\.json$/, '.md')));
    const r = verify();
    expect(r.stdout).toContain(`${rel(paths[7]!)}: error chain.sequence has sequence 8 where 7 was expected`);
    expect(r.status).toBe(1);
  });
  it('deleting the newest record is caught by the chain head', () => {
    rmSync(at(paths[11]!));
    rmSync(at(paths[11]!.replace(/\.json$/, '.md')));
    const r = verify();
    expect(r.stdout).toContain('chain-head.json: error chain-head.field says sequence 12, but the records say 11');
    expect(r.status).toBe(1);
  });
  it('two swapped records are caught', () => {
    const a = at(paths[2]!);
    const b = at(paths[3]!);
    renameSync(a, `${a}.tmp`);
    renameSync(b, a);
    renameSync(`${a}.tmp`, b);
    const r = verify();
    expect(r.stdout).toContain('error record.path is stored under this name but its content belongs in');
    expect(r.status).toBe(1);
  });
  it('an edited Markdown record or year index is caught', () => {
    edit(paths[1]!.replace(/\.json$/, '.md'), (t) => t.replace('approved by', 'signed by'));
    edit('archive/2026/README.md', (t) => t.replace('| #1003 |', '| #9999 |'));
    const r = verify();
    expect(r.stdout).toContain('error markdown.edited does not match its record: the Markdown was edited');
    expect(r.stdout).toContain('2026/README.md: error index.edited does not list exactly the records of the year');
    expect(r.status).toBe(1);
  });

  describe('the chain head is derived from the records: every edit fails', () => {
    const head = () => JSON.parse(readFileSync(at('archive/chain-head.json'), 'utf8'));
    const write = (h: unknown, text = `${JSON.stringify(h, null, 2)}\n`) => writeFileSync(at('archive/chain-head.json'), text);
    it.each([
      ['emergencies reset (the budget the Action reads)', (h: Record<string, unknown>) => (h.emergencies = {}), 'emergencies'],
      ['merged_at moved to 9999 (which stopped the backfill)', (h: Record<string, unknown>) => (h.merged_at = '9999-12-31T00:00:00Z'), 'merged_at'],
      ['sequence', (h: Record<string, unknown>) => (h.sequence = 13), 'sequence'],
      ['sha256', (h: Record<string, unknown>) => (h.sha256 = '0'.repeat(64)), 'sha256'],
      ['path', (h: Record<string, unknown>) => (h.path = 'archive/2026/01/x.json'), 'path'],
      ['format', (h: Record<string, unknown>) => (h.format = 'x'), 'format'],
      ['an extra field', (h: Record<string, unknown>) => (h.note = 'ok'), 'note'],
    ])('%s', (_name, change, field) => {
      const h = head();
      change(h);
      write(h);
      const r = verify();
      expect(r.stdout).toContain(`chain-head.json: error chain-head.field says ${field} `);
      expect(r.status).toBe(1);
    });
    it('a rewrite with the same values in another layout', () => {
      write(null, JSON.stringify(head()));
      const r = verify();
      expect(r.stdout).toContain('chain-head.json: error chain-head.text');
      expect(r.status).toBe(1);
    });
    it('an emptied archive fails; so does a chain head without records', () => {
      rmSync(at('archive/2026'), { recursive: true });
      let r = verify();
      expect(r.stdout).toContain('chain-head.json: error chain-head.orphan');
      expect(r.status).toBe(1);
      rmSync(at('archive/chain-head.json'));
      r = verify();
      expect(r.stdout).toContain('.: error archive.empty holds no record and no chain-head.json');
      expect(r.status).toBe(1);
    });
  });

  it('usage errors exit 2: a missing folder, a file instead of a folder', () => {
    let r = verify(join(dir, 'nonexistent'));
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('does not exist');
    r = verify(at(paths[0]!));
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('is not a folder');
  });

  it('report lists upgrades, approvers, violations and emergencies per month, in local time', () => {
    const md = spawnSync(process.execPath, [CLI, 'report', join(dir, 'archive')], { encoding: 'utf8' });
    expect(md.stdout).toContain('# Upgrade report · 升级报告 (12 upgrades');
    // Auditors read both languages: the title, the outcome counts and every column say it in English and Chinese.
    expect(md.stdout).toMatch(/^# Upgrade report · 升级报告 \(12 upgrades, \d+ with violations · 共 12 次升级，\d+ 次违规\)$/m);
    expect(md.stdout).toContain('| # | Merged · 合并时间 | PR | NO. · 编号 | System · 系统 | Version · 版本 | Type · 类型 | Approvers · 审批人 | Violations · 违规 |');
    expect(md.stdout).toMatch(/^Outcomes · 升级结果: .* · 升级成功 \d+，升级失败 \d+，/m);
    expect(md.stdout).toContain('center-lead:li-lei general-office:han-meimei');
    expect(md.stdout).toContain('| 1 | Thu 2026-01-01 08:00 Asia/Shanghai |');
    expect(md.stdout).toMatch(/- 2026-01: 1/);
    // In Chinese the report is Chinese only: the template and the values it shows (weekday, type, outcome).
    const zh = spawnSync(process.execPath, [CLI, 'report', join(dir, 'archive'), '--lang', 'zh-CN'], { encoding: 'utf8' }).stdout;
    expect(zh).toMatch(/^# 升级报告（共 12 次升级，\d+ 次违规）$/m);
    expect(zh).toMatch(/^升级结果：升级成功 \d+，升级失败 \d+，已恢复至升级前的备份版本 \d+，待记录 \d+，未到期 \d+$/m);
    expect(zh).toContain('| # | 合并时间 | PR | 编号 | 系统 | 版本 | 类型 | 审批人 | 违规 | 升级结果 | 完成时间 | 验证人 |');
    expect(zh).toMatch(/^\| 1 \| 2026-01-01（周四）08:00 北京时间 \| #\d+ \| [^|]+ \| [^|]+ \| [^|]+ \| (常规升级|紧急升级) \|/m);
    expect(zh).toMatch(/\| (待记录|升级成功|升级失败|已恢复至升级前的备份版本|—) \| [^|]+ \| [^|]+ \|$/m);
    expect(zh).toContain('## 审计发现');
    expect(zh).toContain('## 每月紧急升级（每份紧急升级单计一次');
    // No English word of the template or of a value it translates.
    expect(zh).not.toMatch(/·|Upgrade report|Outcomes|Merged|Thu |regular|emergency \||pending|none|Audit findings|per month/);
    // csv and json are a machine contract: the same in every language.
    for (const format of ['csv', 'json'])
      expect(spawnSync(process.execPath, [CLI, 'report', join(dir, 'archive'), '--format', format, '--lang', 'zh-CN'], { encoding: 'utf8' }).stdout).toBe(
        spawnSync(process.execPath, [CLI, 'report', join(dir, 'archive'), '--format', format], { encoding: 'utf8' }).stdout,
      );
    // Dates are days of the policy zone (Asia/Shanghai): 2026-01-02 starts at 2026-01-01T16:00Z.
    const merged = (...bounds: string[]) => {
      const csv = spawnSync(process.execPath, [CLI, 'report', join(dir, 'archive'), '--format', 'csv', ...bounds], { encoding: 'utf8' });
      const lines = csv.stdout.trim().split('\n');
      expect(lines[0]).toBe('sequence,merged_at,merged_local,pr,id,system,version,type,approvers,violations,outcome,completed,verified_by,backfilled,file');
      return lines.slice(1).map((l) => l.split(',')[1]);
    };
    // Merges are 7 hours apart from 2026-01-01T00:00Z.
    expect(merged('--since', '2026-01-02', '--until', '2026-01-03')).toEqual([
      '2026-01-01T21:00:00.000Z', '2026-01-02T04:00:00.000Z', '2026-01-02T11:00:00.000Z', '2026-01-02T18:00:00.000Z', '2026-01-03T01:00:00.000Z', '2026-01-03T08:00:00.000Z', '2026-01-03T15:00:00.000Z',
    ]);
    // Exact times, with fractional seconds and offsets; --until is exclusive.
    expect(merged('--since', '2026-01-02T04:00:00.000Z', '--until', '2026-01-02T19:00+08:00')).toEqual(['2026-01-02T04:00:00.000Z']);
    // The local column shows the policy zone, named.
    const csv = spawnSync(process.execPath, [CLI, 'report', join(dir, 'archive'), '--format', 'csv', '--since', '2026-01-02', '--until', '2026-01-03'], { encoding: 'utf8' });
    const lines = csv.stdout.trim().split('\n');
    expect(lines.slice(1).every((l) => /,... 2026-01-0[23] \d\d:\d\d Asia\/Shanghai,/.test(l))).toBe(true);
  });
});

describe('verify on hostile archives: a named finding, exit 1, no stack trace, nothing read from outside', () => {
  const expectFinding = (id: string, file?: string) => {
    const r = verify();
    expect(r.stderr).not.toMatch(/\n\s+at |Error/);
    expect(r.stdout).not.toMatch(/\n\s+at |TypeError|RangeError|root:/);
    expect(r.stdout).toContain(`${file ? `${file}: ` : ''}error ${id}`);
    expect(r.status).toBe(1);
    return r;
  };
  it('a null record', () => {
    writeFileSync(at(paths[3]!), 'null');
    expectFinding('record.not-object', rel(paths[3]!));
  });
  it('a record whose time zone is not a zone (hash recomputed)', () => {
    forge(paths[3]!, (r) => ((r.policy as Record<string, unknown>).time_zone = 'Mars/Olympus_Mons'));
    expectFinding('record.time-zone', rel(paths[3]!));
  });
  it('documents that are not an array (hash recomputed)', () => {
    forge(paths[3]!, (r) => (r.documents = 'none'));
    expectFinding('record.schema', rel(paths[3]!));
  });
  it('a record with a form that is not one (hash recomputed)', () => {
    forge(paths[3]!, (r) => ((r.documents as Array<Record<string, unknown>>)[0]!.form = { approvals: 5 }));
    expectFinding('record.unreadable', rel(paths[3]!));
  });
  it('an unknown format and a record that is not JSON', () => {
    edit(paths[3]!, (t) => t.replace('upgrade-gate/archive-record/v3', 'upgrade-gate/archive-record/v9'));
    writeFileSync(at(paths[4]!), 'root:x:0:0:root:/root:/bin/bash\n');
    const r = verify();
    expect(r.stdout).toContain(`${rel(paths[3]!)}: error record.format`);
    expect(r.stdout).toContain(`${rel(paths[4]!)}: error record.json`);
    expect(r.stdout).not.toContain('root:x');
  });
  it('a .md symlink to a folder', () => {
    const md = at(paths[2]!.replace(/\.json$/, '.md'));
    rmSync(md);
    symlinkSync(tmpdir(), md);
    expectFinding('file.symlink', rel(paths[2]!.replace(/\.json$/, '.md')));
  });
  it('a record symlinked to /dev/zero', () => {
    rmSync(at(paths[2]!));
    symlinkSync('/dev/zero', at(paths[2]!));
    expectFinding('file.symlink', rel(paths[2]!));
  });
  it('a record symlinked to /etc/passwd: never read, never echoed', () => {
    rmSync(at(paths[2]!));
    symlinkSync('/etc/passwd', at(paths[2]!));
    expectFinding('file.symlink', rel(paths[2]!));
  });
  it('a year folder that is a symlink to another folder', () => {
    mkdirSync(join(dir, 'elsewhere'));
    writeFileSync(join(dir, 'elsewhere/x.json'), '{}');
    symlinkSync(join(dir, 'elsewhere'), at('archive/2027'));
    expectFinding('file.symlink', '2027');
  });
  it('a named pipe in place of a record', () => {
    rmSync(at(paths[2]!));
    expect(spawnSync('mkfifo', [at(paths[2]!)]).status).toBe(0);
    expectFinding('file.special', rel(paths[2]!));
  });
  it('a record of 20 MB', () => {
    truncateSync(at(paths[2]!), 20 * 1024 * 1024);
    expectFinding('file.too-large', rel(paths[2]!));
  });
  it('bytes that are not UTF-8', () => {
    writeFileSync(at(paths[2]!), Buffer.from([0x7b, 0xff, 0xfe, 0x7d]));
    expectFinding('file.encoding', rel(paths[2]!));
  });
  it('a lone surrogate, which RFC 8785 cannot canonicalize', () => {
    edit(paths[2]!, (t) => t.replace('"merged_by": "bob-ops"', '"merged_by": "bob\\ud800"'));
    expectFinding('record.canonical', rel(paths[2]!));
  });
  it('JSON nested 100,000 deep', () => {
    writeFileSync(at(paths[2]!), `${'['.repeat(100_000)}${']'.repeat(100_000)}`);
    expectFinding('record.not-object', rel(paths[2]!));
  });
  it('a stray file and a file name with terminal escapes', () => {
    writeFileSync(at('archive/2026/01/\u001b[31mred.txt'), 'x');
    const r = expectFinding('file.unexpected');
    expect(r.stdout).toContain('\\u001b[31mred.txt');
    expect(r.stdout).not.toContain('\u001b');
  });
  it('a folder where a file belongs: the chain head after a truncation, an index, a Markdown; an empty stray folder', () => {
    // The newest records deleted and the chain head replaced by a folder: no file is left to say what is missing.
    for (const p of paths.slice(-3)) for (const f of [p, p.replace(/\.json$/, '.md')]) rmSync(at(f));
    rmSync(at('archive/chain-head.json'));
    mkdirSync(at('archive/chain-head.json'));
    expectFinding('file.folder', 'chain-head.json');
    const md = paths[1]!.replace(/\.json$/, '.md');
    rmSync(at(md));
    mkdirSync(at(md));
    const index = `archive/${rel(paths[0]!).slice(0, 4)}/README.md`;
    rmSync(at(index));
    mkdirSync(at(index));
    mkdirSync(at('archive/drafts'));
    const r = verify();
    for (const f of [rel(md), rel(index), 'drafts']) expect(r.stdout).toContain(`${f}: error file.folder`);
    expect(r.status).toBe(1);
  });
  it('the folder itself a symlink', () => {
    symlinkSync(join(dir, 'archive'), join(dir, 'link'));
    const r = verify(join(dir, 'link'));
    expect(r.stdout).toContain('error archive.symlink');
    expect(r.status).toBe(1);
  });
});

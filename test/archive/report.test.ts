import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ChainHead } from '../../src/archive/layout.js';
import { evaluate } from '../../src/policy/evaluate.js';
import { writeSnapshots } from '../archive-fixture.js';
import { EMERGENCY, REGULAR, ROOT } from '../helpers.js';
import { EMERGENCY_PATH, emergencySnapshot, snapshot } from '../policy/snapshot-fixture.js';
import { htmlIn, markdownTokens, mentionsIn, readable } from '../report/inert.js';

const CLI = join(ROOT, 'action/cli.js');
const cli = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });

/** A merged document at `path` with `text`, as one pull request. */
const pr = (path: string, text: string) => snapshot({ documents: [{ path, text }], changedFiles: [path] });

describe('report of records holding hostile text', () => {
  it('the Markdown report renders every value as text: no HTML, image, link, autolink or mention', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ug-report-md-'));
    const hostilePath = 'upgrades/<img src=x onerror=alert(1)>[click](https:evil.example).yaml';
    writeSnapshots(
      dir,
      [
        // Not a valid form (the system is no short name): the overdue finding names the document by its path.
        pr(hostilePath, REGULAR.replace('system: billing', 'system: https://evil.example/login')),
        // A record whose form holds a URL as its system (a looser schema once accepted it) and a link as its version.
        pr('upgrades/b.yaml', REGULAR.replace('from: "2.3.1"', 'from: "[click](https://evil.example) @dave-ops <b>x</b>"')),
      ],
      (s) => {
        const v = evaluate(s);
        for (const d of v.documents) if (d.form && d.path === 'upgrades/b.yaml') d.form.system = 'https://evil.example/login';
        return v;
      },
    );
    expect(cli('verify', join(dir, 'archive')).status).toBe(0);
    const r = cli('report', join(dir, 'archive'), '--at', '2026-12-20T09:00');
    expect(r.status).toBe(0);
    const md = r.stdout;
    const tokens = markdownTokens(md);
    expect(tokens.filter((t) => ['link_open', 'image'].includes(t.type)).map((t) => t.type)).toEqual([]);
    expect(htmlIn(md)).toEqual([]);
    expect(mentionsIn(md)).toEqual([]);
    // Still said, as the text it is.
    const seen = readable(md);
    expect(seen).toContain(hostilePath);
    expect(seen).toContain('https://evil.example/login');
    expect(seen).toContain('[click](https://evil.example) @dave-ops <b>x</b> -> 2.4.0');
  });
});

/** The rows of a CSV text (RFC 4180: quoted cells may hold commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const endCell = () => {
    row.push(cell);
    cell = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') endCell();
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endCell();
      rows.push(row);
      row = [];
    } else cell += c;
  }
  endCell();
  rows.push(row);
  return rows;
}

describe('CSV report of records holding hostile text', () => {
  it('no cell starts a formula and a carriage return splits no row', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ug-report-csv-'));
    const froms = ['=HYPERLINK(\\"https://evil.example\\",\\"click\\")', '2.3.1\\r=1+1', '+1+1', '-1+1', '@SUM(A1)', '\\t=1+1', '\\r=1+1'];
    writeSnapshots(
      dir,
      froms.map((from, i) => pr(`upgrades/u${i}.yaml`, REGULAR.replace('from: "2.3.1"', `from: "${from}"`))),
    );
    const r = cli('report', join(dir, 'archive'), '--format', 'csv');
    expect(r.status).toBe(0);
    const rows = parseCsv(r.stdout.replace(/\n$/, ''));
    expect(rows.length).toBe(1 + froms.length);
    for (const row of rows) expect(row.length).toBe(15);
    const version = rows[0]!.indexOf('version');
    expect(rows.slice(1).map((row) => row[version])).toEqual([
      `'=HYPERLINK("https://evil.example","click") -> 2.4.0`,
      '2.3.1\r=1+1 -> 2.4.0',
      "'+1+1 -> 2.4.0",
      "'-1+1 -> 2.4.0",
      "'@SUM(A1) -> 2.4.0",
      "'\t=1+1 -> 2.4.0",
      "'\r=1+1 -> 2.4.0",
    ]);
    for (const cell of rows.flat()) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });
});

describe('emergencies per month', () => {
  it('counts one per emergency document, as the chain head counts them for the emergency budget', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ug-report-emergency-'));
    const second = EMERGENCY.replace(/^id: .*$/m, 'id: UPG-2026-1125-E2');
    writeSnapshots(dir, [
      snapshot(),
      emergencySnapshot({
        documents: [
          { path: EMERGENCY_PATH, text: EMERGENCY },
          { path: 'upgrades/2026-11-25-orders-3.1.1-emergency-2.yaml', text: second },
        ],
        changedFiles: [EMERGENCY_PATH, 'upgrades/2026-11-25-orders-3.1.1-emergency-2.yaml'],
      }),
      emergencySnapshot(),
    ]);
    const head = JSON.parse(readFileSync(join(dir, 'archive/chain-head.json'), 'utf8')) as ChainHead;
    const budget = Object.fromEntries(Object.entries(head.emergencies).map(([m, list]) => [m, list.length]));
    expect(budget).toEqual({ '2026-01': 3 });
    const json = cli('report', join(dir, 'archive'), '--format', 'json');
    expect(json.status).toBe(0);
    expect(JSON.parse(json.stdout).emergenciesPerMonth).toEqual(budget);
    const md = cli('report', join(dir, 'archive')).stdout;
    expect(md).toContain('## Emergency upgrades per month (one per emergency document');
    expect(md).toContain('- 2026-01: 3');
  });
});

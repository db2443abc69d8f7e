import type { ErrorObject } from 'ajv/dist/2020.js';
import type { Finding } from '../messages/finding.js';
import type { DocPath, YamlSource } from './yaml-source.js';

interface SchemaNode {
  title?: string;
  description?: string;
  examples?: unknown[];
  properties?: Record<string, SchemaNode>;
  enum?: unknown[];
  const?: unknown;
  $ref?: string;
}

/** Splits an ajv instancePath ("/features/0/title") into a document path. */
export function pointerToPath(pointer: string): Array<string | number> {
  if (!pointer) return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

/** Writes a path the way people read it: window.end, features[0].title. */
export function pathName(path: DocPath): string {
  if (path.length === 0) return 'the document';
  return path.map((seg, i) => (typeof seg === 'number' ? `[${seg}]` : i === 0 ? seg : `.${seg}`)).join('');
}

function show(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (value === null) return 'nothing (null)';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return String(value);
}

function kind(value: unknown): string {
  if (value === null || value === undefined) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'number') return `the number ${value}`;
  if (typeof value === 'boolean') return `the boolean ${value}`;
  return `the text ${JSON.stringify(value)}`;
}

function exampleValue(node: SchemaNode | undefined): string | undefined {
  const ex = node?.examples?.[0];
  if (ex === undefined) return undefined;
  return typeof ex === 'string' ? ex : JSON.stringify(ex);
}

function example(node: SchemaNode | undefined): string {
  const ex = exampleValue(node);
  return ex === undefined ? '' : `, e.g. ${ex}`;
}

function describe(node: SchemaNode | undefined): string {
  const d = node?.description ?? node?.title;
  if (!d) return '';
  // Lower-case the first word only when it is an ordinary word ("The version", not "GitHub logins").
  return d.replace(/\.$/, '').replace(/^[A-Z](?=[a-z]*[\s,.])/, (c) => c.toLowerCase());
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length]!;
}

/** The closest known name to a misspelt one, when it is close enough to be a likely typo. */
export function didYouMean(name: string, known: string[]): string | undefined {
  // A shortened value ("zh" for zh-CN) is what was meant, however far the edit distance.
  const lower = name.toLowerCase();
  const extended = known.filter((k) => lower.length >= 2 && k.toLowerCase().startsWith(lower));
  if (extended.length === 1) return extended[0];
  let best: string | undefined;
  let bestScore = Infinity;
  for (const k of known) {
    const d = editDistance(name.toLowerCase(), k.toLowerCase());
    if (d < bestScore) [best, bestScore] = [k, d];
  }
  return best !== undefined && bestScore <= Math.max(2, Math.floor(name.length / 3)) ? best : undefined;
}

function valueAt(root: unknown, path: DocPath): unknown {
  let v: unknown = root;
  for (const seg of path) v = v === null || typeof v !== 'object' ? undefined : (v as Record<string | number, unknown>)[seg];
  return v;
}

/** Most schema findings reported for one file; past that, one finding says how many more there are. */
export const MAX_SCHEMA_FINDINGS = 100;

/** Turns ajv errors into findings placed on the offending node, in plain sentences with a fix hint. */
export function schemaFindings(errors: ErrorObject[], source: YamlSource, file: string, rule = 'schema', rootName = 'an upgrade document'): Finding[] {
  // Alternatives (oneOf branches) and if/then wrappers only repeat what their parent error says.
  const relevant = errors.filter((e) => e.keyword !== 'if' && !/\/(oneOf|anyOf)\/\d+\//.test(e.schemaPath));
  const seen = new Set<string>();
  const out: Finding[] = [];
  // A key written with capitals ("Center-Lead" for center-lead) is one mistake: it is reported as such,
  // and the "missing" error for the lowercase key it stands for is left out.
  const recased = new Set<string>();
  for (const e of relevant) {
    if (e.keyword !== 'additionalProperties') continue;
    const extra = (e.params as { additionalProperty: string }).additionalProperty;
    const known = Object.keys((e.parentSchema as SchemaNode | undefined)?.properties ?? {}).find((k) => k !== extra && k.toLowerCase() === extra.toLowerCase());
    if (known) recased.add(`${e.instancePath}/${known}`);
  }
  for (const e of relevant) {
    if (e.keyword === 'required' && recased.has(`${e.instancePath}/${(e.params as { missingProperty: string }).missingProperty}`)) continue;
    if (out.length >= MAX_SCHEMA_FINDINGS) {
      out.push({ rule, severity: 'error', file, line: 1, column: 1, message: `${relevant.length - MAX_SCHEMA_FINDINGS} more schema errors are not listed: fix the ones above first, or start again from a file in examples/upgrades/` });
      break;
    }
    const path = pointerToPath(e.instancePath);
    const name = pathName(path);
    const parent = e.parentSchema as SchemaNode | undefined;
    let message: string;
    let pos = source.locate(path);
    switch (e.keyword) {
      case 'required': {
        const missing = (e.params as { missingProperty: string }).missingProperty;
        const full = pathName([...path, missing]);
        const sub = parent?.properties?.[missing];
        const what = describe(sub);
        message = `${full} is missing: add ${what || missing}${example(sub)}`;
        pos = source.locateKey(path);
        break;
      }
      case 'additionalProperties': {
        const extra = (e.params as { additionalProperty: string }).additionalProperty;
        const known = Object.keys(parent?.properties ?? {});
        const guess = didYouMean(extra, known);
        const lower = known.find((k) => k !== extra && k.toLowerCase() === extra.toLowerCase());
        message = lower
          ? `${pathName([...path, extra])} is written with capitals: names here are lowercase, write ${lower}`
          : `${pathName([...path, extra])} is not a field of ${name === 'the document' ? rootName : name}: ${guess ? `did you mean ${guess}?` : `remove it or use one of ${known.join(', ')}`}`;
        pos = source.locateKey([...path, extra]);
        break;
      }
      case 'type': {
        const expected = (e.params as { type: string | string[] }).type;
        const want = Array.isArray(expected) ? expected.join(' or ') : expected;
        const actual = valueAt(source.value, path);
        const shapeHint = want === 'object' ? ': write it as a mapping of fields (one "key: value" per line), as in examples/upgrades/' : want === 'array' ? ': write it as a list ("- item" lines or [a, b])' : ': correct the value';
        const quoteHint = want === 'string' && (typeof actual === 'number' || typeof actual === 'boolean') ? `: put it in quotes ("${String(actual)}") so YAML keeps it as text` : exampleValue(parent) !== undefined ? `: write it like ${exampleValue(parent)}` : shapeHint;
        const wantWord = want === 'string' ? 'text' : want === 'object' ? 'a mapping' : want === 'array' ? 'a list' : `a ${want}`;
        message = `${name} must be ${wantWord}, found ${kind(actual)}${quoteHint}`;
        break;
      }
      case 'enum': {
        const allowed = (e.params as { allowedValues: unknown[] }).allowedValues;
        const actual = valueAt(source.value, path);
        const guess = typeof actual === 'string' ? didYouMean(actual, allowed.map(String)) : undefined;
        message = `${name} is ${show(actual)}, which is not allowed: ${guess ? `did you mean ${guess}? ` : ''}use one of ${allowed.map((a) => String(a)).join(', ')}`;
        break;
      }
      case 'const': {
        const allowed = (e.params as { allowedValue: unknown }).allowedValue;
        message = `${name} is ${show(valueAt(source.value, path))}: write ${String(allowed)}`;
        break;
      }
      case 'format': {
        const actual = valueAt(source.value, path);
        const fmt = (e.params as { format: string }).format;
        const dateTime = 'a real date and time written YYYY-MM-DDTHH:MM (seconds and fractions optional), with an offset such as +08:00 or Z or read in the policy time zone';
        const shape = fmt === 'date' ? 'a real date written YYYY-MM-DD' : fmt === 'local-date-time' ? dateTime : fmt === 'date-or-local-date-time' ? `a real date written YYYY-MM-DD or ${dateTime}` : `a valid ${fmt}`;
        message = `${name} is ${show(actual)}, which is not ${shape}${example(parent)}`;
        break;
      }
      case 'pattern': {
        const actual = valueAt(source.value, path);
        message = `${name} is ${show(actual)}, which is not ${describe(parent) || 'in the expected form'}${example(parent)}`;
        break;
      }
      case 'minLength':
        message = `${name} is empty: write ${describe(parent) || 'a value'}${example(parent)}`;
        break;
      case 'minItems':
        message = `${name} is an empty list: add at least ${(e.params as { limit: number }).limit} entr${(e.params as { limit: number }).limit === 1 ? 'y' : 'ies'}${example(parent)}`;
        break;
      case 'uniqueItems':
        message = `${name} lists the same entry twice: remove the repeat`;
        break;
      case 'minimum':
      case 'maximum':
        message = `${name} is ${show(valueAt(source.value, path))}: use a value ${e.keyword === 'minimum' ? 'of at least' : 'of at most'} ${(e.params as { limit: number }).limit}`;
        break;
      case 'oneOf':
      case 'anyOf':
        message = `${name} is ${kind(valueAt(source.value, path))}: write ${describe(parent) || 'one of the allowed forms'}${example(parent)}`;
        break;
      default:
        message = `${name} ${e.message ?? 'is not valid'}: see its description in the JSON Schema`;
    }
    const key = `${e.instancePath}|${e.keyword}|${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ rule, severity: 'error', message, file, ...pos });
  }
  return out;
}

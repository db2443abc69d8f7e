import type { ErrorObject } from 'ajv/dist/2020.js';
import type { Finding } from '../messages/finding.js';
import type { Bilingual, ValueShape } from '../messages/format.js';
import { messages, type Catalog } from '../messages/index.js';
import { isoFromChinese, keyFromChinese, valueFromChinese } from './chinese-input.js';
import type { DocPath, YamlSource } from './yaml-source.js';

/** The parts of a JSON Schema node that findings read. */
export interface SchemaNode {
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

/** The shape of a value as a message words it ("the text "x"", "a list", "the number 3"). */
function shapeOf(value: unknown): ValueShape {
  if (value === null || value === undefined) return { kind: 'empty' };
  if (Array.isArray(value)) return { kind: 'list' };
  if (typeof value === 'object') return { kind: 'mapping' };
  if (typeof value === 'number') return { kind: 'number', text: String(value) };
  if (typeof value === 'boolean') return { kind: 'boolean', text: String(value) };
  return { kind: 'text', text: JSON.stringify(value) };
}

function exampleValue(node: SchemaNode | undefined): string | undefined {
  const ex = node?.examples?.[0];
  if (ex === undefined) return undefined;
  return typeof ex === 'string' ? ex : JSON.stringify(ex);
}

const CJK = /[\u3400-\u9fff]/;

/**
 * What a schema node is, in both languages: the schemas write each description as an English
 * paragraph and a Chinese one, and each title as "English · 中文" (editors show both on hover).
 */
export function describeNode(node: SchemaNode | undefined): Bilingual {
  const paragraphs = (node?.description ?? '').split(/\n\n+/).filter(Boolean);
  const [enTitle, zhTitle] = (node?.title ?? '').split(' · ');
  const en = paragraphs.filter((p) => !CJK.test(p)).join(' ') || enTitle || '';
  const zh = paragraphs.filter((p) => CJK.test(p)).join('') || zhTitle || '';
  // Lower-case the first word only when it is an ordinary word ("The version", not "GitHub logins").
  return {
    en: en.replace(/\.$/, '').replace(/^[A-Z](?=[a-z]*[\s,.])/, (c) => c.toLowerCase()),
    zh: zh.replace(/。$/, ''),
  };
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
  for (const seg of path)
    v = v === null || typeof v !== 'object' ? undefined : (v as Record<string | number, unknown>)[seg];
  return v;
}

/** Most schema findings reported for one file; past that, one finding says how many more there are. */
export const MAX_SCHEMA_FINDINGS = 100;

/** What a schema describes, for "x is not a field of …" at the top level. */
export type SchemaRoot = 'document' | 'config' | 'outcome';

/** One ajv error with what every message reads about it. */
interface ErrorContext {
  e: ErrorObject;
  path: Array<string | number>;
  /** The field as people read it; undefined for the document itself. */
  field: string | undefined;
  parent: SchemaNode | undefined;
  /** The offending value as the document holds it. */
  raw: unknown;
  actual: ValueShape;
  root: SchemaRoot;
  t: Catalog;
}

/** A finding's sentence and where it points: the value at `path`, or the key that names it. */
interface Described {
  message: string;
  path: DocPath;
  key?: boolean;
}

type Describe = (c: ErrorContext) => Described;

const missingField: Describe = ({ e, path, parent, t }) => {
  const missing = (e.params as { missingProperty: string }).missingProperty;
  const sub = parent?.properties?.[missing];
  return {
    message: t['schema.missing']({
      field: pathName([...path, missing]),
      key: missing,
      what: describeNode(sub),
      example: exampleValue(sub),
    }),
    path,
    key: true,
  };
};

const unknownField: Describe = ({ e, path, field, parent, root, t }) => {
  const extra = (e.params as { additionalProperty: string }).additionalProperty;
  const known = Object.keys(parent?.properties ?? {});
  const lower = known.find((k) => k !== extra && k.toLowerCase() === extra.toLowerCase());
  const chinese = keyFromChinese(extra, parent?.properties);
  if (chinese)
    return {
      message: t['schema.chinese-key']({ field: pathName([...path, extra]), key: chinese }),
      path: [...path, extra],
      key: true,
    };
  const message = lower
    ? t['schema.recased']({ field: pathName([...path, extra]), lower })
    : t['schema.unknown-field']({
        field: pathName([...path, extra]),
        parent: field,
        root,
        guess: CJK.test(extra) ? undefined : didYouMean(extra, known),
        known,
      });
  return { message, path: [...path, extra], key: true };
};

const wrongType: Describe = ({ e, path, field, parent, raw, actual, t }) => {
  const expected = (e.params as { type: string | string[] }).type;
  const want = Array.isArray(expected) ? expected.join(' or ') : expected;
  const quote = want === 'string' && (typeof raw === 'number' || typeof raw === 'boolean') ? String(raw) : undefined;
  return { message: t['schema.type']({ field, want, actual, quote, example: exampleValue(parent) }), path };
};

const notAllowed: Describe = ({ e, path, field, parent, raw, actual, t }) => {
  const allowed = (e.params as { allowedValues: unknown[] }).allowedValues.map(String);
  const value = valueFromChinese(raw, parent, allowed);
  if (value) return { message: t['schema.enum-chinese']({ field, actual, value, allowed }), path };
  return {
    message: t['schema.enum']({
      field,
      actual,
      // Chinese text is no misspelling of an English id: a guess by edit distance would be noise.
      guess: typeof raw === 'string' && !CJK.test(raw) ? didYouMean(raw, allowed) : undefined,
      allowed,
    }),
    path,
  };
};

/** Where the schemas define a GitHub login; a pattern error under it is a login that is none. */
const LOGIN_DEF = '#/$defs/login/';

const badPattern: Describe = ({ e, path, field, parent, actual, t }) => {
  const key = e.propertyName;
  // A person's name where a GitHub login goes: say so, whatever the field's own description says.
  if (key === undefined && e.schemaPath.startsWith(LOGIN_DEF))
    return { message: t['schema.login']({ field, actual }), path };
  if (key === undefined)
    return {
      message: t['schema.pattern']({ field, actual, what: describeNode(parent), example: exampleValue(parent) }),
      path,
    };
  // A mapping key (propertyNames): name the key itself, and its lower-case form when that is all that is wrong.
  const lower = key.toLowerCase();
  const fits = lower !== key && new RegExp((e.params as { pattern: string }).pattern, 'u').test(lower);
  const named = pathName([...path, key]);
  const message = fits
    ? t['schema.recased']({ field: named, lower })
    : t['schema.pattern']({ field: named, actual: shapeOf(key), what: describeNode(parent), example: undefined });
  return { message, path: [...path, key], key: true };
};

const outOfRange: Describe = ({ e, path, field, actual, t }) => ({
  message: t['schema.range']({
    field,
    actual,
    least: e.keyword === 'minimum',
    limit: (e.params as { limit: number }).limit,
  }),
  path,
});
const noAlternative: Describe = ({ path, field, parent, actual, t }) => ({
  message: t['schema.one-of']({ field, actual, what: describeNode(parent), example: exampleValue(parent) }),
  path,
});

/** The sentence for each ajv keyword; any other keyword says ajv's own message. */
const DESCRIBE = new Map<string, Describe>(
  Object.entries({
    required: missingField,
    additionalProperties: unknownField,
    type: wrongType,
    enum: notAllowed,
    const: ({ e, path, field, actual, t }) => ({
      message: t['schema.const']({
        field,
        actual,
        allowed: String((e.params as { allowedValue: unknown }).allowedValue),
      }),
      path,
    }),
    format: ({ e, path, field, parent, raw, actual, t }) => {
      const format = (e.params as { format: string }).format;
      const suggestion = isoFromChinese(raw, format);
      return {
        message: t['schema.format']({ field, actual, format, suggestion, example: exampleValue(parent) }),
        path,
      };
    },
    pattern: badPattern,
    minLength: ({ path, field, parent, t }) => ({
      message: t['schema.empty-text']({ field, what: describeNode(parent), example: exampleValue(parent) }),
      path,
    }),
    minItems: ({ e, path, field, parent, t }) => ({
      message: t['schema.empty-list']({
        field,
        limit: (e.params as { limit: number }).limit,
        example: exampleValue(parent),
      }),
      path,
    }),
    uniqueItems: ({ path, field, t }) => ({ message: t['schema.repeated']({ field }), path }),
    minimum: outOfRange,
    maximum: outOfRange,
    oneOf: noAlternative,
    anyOf: noAlternative,
  } satisfies Record<string, Describe>),
);

const describeOther: Describe = ({ e, path, field, t }) => ({
  message: t['schema.other']({ field, detail: e.message ?? '' }),
  path,
});

/**
 * The "missing" errors a recased or Chinese key explains: a key written with capitals ("Center-Lead"
 * for center-lead) or in Chinese ("系统" for system) is one mistake, reported as such, without
 * "center-lead is missing" beside it.
 */
function recasedKeys(errors: ErrorObject[]): Set<string> {
  const recased = new Set<string>();
  for (const e of errors) {
    if (e.keyword !== 'additionalProperties') continue;
    const extra = (e.params as { additionalProperty: string }).additionalProperty;
    const properties = (e.parentSchema as SchemaNode | undefined)?.properties;
    const known =
      Object.keys(properties ?? {}).find((k) => k !== extra && k.toLowerCase() === extra.toLowerCase()) ??
      keyFromChinese(extra, properties);
    if (known) recased.add(`${e.instancePath}/${known}`);
  }
  return recased;
}

/** Turns ajv errors into findings placed on the offending node, in plain sentences with a fix hint. */
export function schemaFindings(
  errors: ErrorObject[],
  source: YamlSource,
  file: string,
  rule = 'schema',
  root: SchemaRoot = 'document',
  t: Catalog = messages(),
): Finding[] {
  // Alternatives (oneOf branches) and if/then wrappers only repeat what their parent error says.
  // A key refused by propertyNames comes twice (the name's own error, then "property name must be
  // valid"): the first, which carries the name, is enough.
  const relevant = errors.filter(
    (e) => e.keyword !== 'if' && e.keyword !== 'propertyNames' && !/\/(oneOf|anyOf)\/\d+\//.test(e.schemaPath),
  );
  const recased = recasedKeys(relevant);
  const seen = new Set<string>();
  const out: Finding[] = [];
  for (const e of relevant) {
    if (
      e.keyword === 'required' &&
      recased.has(`${e.instancePath}/${(e.params as { missingProperty: string }).missingProperty}`)
    )
      continue;
    if (out.length >= MAX_SCHEMA_FINDINGS) {
      out.push({
        rule,
        severity: 'error',
        file,
        line: 1,
        column: 1,
        message: t['schema.more']({ count: relevant.length - MAX_SCHEMA_FINDINGS }),
      });
      break;
    }
    const path = pointerToPath(e.instancePath);
    const raw = valueAt(source.value, path);
    const context: ErrorContext = {
      e,
      path,
      field: path.length === 0 ? undefined : pathName(path),
      parent: e.parentSchema as SchemaNode | undefined,
      raw,
      actual: shapeOf(raw),
      root,
      t,
    };
    const described = (DESCRIBE.get(e.keyword) ?? describeOther)(context);
    const seenKey = `${e.instancePath}|${e.keyword}|${described.message}`;
    if (seen.has(seenKey)) continue;
    seen.add(seenKey);
    // Located only once it is reported: a position may take the careful parse.
    const pos = described.key ? source.locateKey(described.path) : source.locate(described.path);
    out.push({ rule, severity: 'error', message: described.message, file, ...pos });
  }
  return out;
}

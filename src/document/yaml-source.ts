import jsYaml from 'js-yaml';
import type { Alias, Document, LineCounter, Node, YAMLMap } from 'yaml';
import { yamlLibrary } from './yaml-library.js';
import type { Finding, Position } from '../messages/finding.js';
import { blockPositions } from './block-positions.js';
import { fullWidthFindings } from './full-width.js';
import { messages, type Catalog } from '../messages/index.js';

/** Deepest nesting of mappings and sequences a document may have. */
export const MAX_DEPTH = 24;
/** Most entries one mapping or list may hold; an upgrade document never comes near it. */
export const MAX_ITEMS = 2000;
/** Most aliases a document may expand; bounds "billion laughs" alias bombs. */
export const MAX_ALIASES = 50;
/** Keys that would reach an object's prototype when a document is turned into plain data. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** A path into a document: mapping keys and sequence indexes. */
export type DocPath = ReadonlyArray<string | number>;

/** A parsed YAML source that answers "where is this path" in 1-based lines and columns. */
export interface YamlSource {
  /** The plain data, or undefined when the YAML was too broken to trust. */
  value: unknown;
  findings: Finding[];
  /** Position of the value at path, or of its nearest existing ancestor key. */
  locate(path: DocPath): Position;
  /** Position of the key that names path (the value's position for sequence items). */
  locateKey(path: DocPath): Position;
}

const TOP: Position = { line: 1, column: 1 };

// One YAML semantics for both paths: YAML 1.2, core schema. Duplicate keys are found in the careful
// walk with a set per mapping: the library's own check is quadratic on huge mappings.
const YAML_OPTIONS = {
  version: '1.2',
  schema: 'core',
  uniqueKeys: false,
  strict: true,
  keepSourceTokens: false,
} as const;
const TO_JS = { maxAliasCount: MAX_ALIASES * 10 };

/**
 * Parses YAML text with exact positions, turning every syntax, safety and size problem into a finding.
 * Clean documents take a fast path; the position-keeping parse runs only once something must be located.
 */
export function parseYamlSource(text: string, file: string, t: Catalog = messages()): YamlSource {
  const fullWidth = fullWidthFindings(text, file, t);
  if (fullWidth.length > 0) return { value: undefined, findings: fullWidth, locate: () => TOP, locateKey: () => TOP };
  const fast = fastParse(text);
  if (!fast) return parseWithPositions(text, file, t);
  if ('oversized' in fast) {
    // Parsing a huge collection again just to place one finding would take longer than everything else.
    const { path, count, list } = fast.oversized;
    const pos = path.length === 0 ? TOP : keyLine(text, path);
    return {
      value: undefined,
      findings: [
        {
          rule: 'yaml.too-large',
          severity: 'error',
          file,
          ...pos,
          message: t['yaml.too-many-entries']({ list, count, max: MAX_ITEMS }),
        },
      ],
      locate: () => pos,
      locateKey: () => pos,
    };
  }
  // Most block-style documents are located from their lines alone; the rest take the careful parse.
  let positioned: Pick<YamlSource, 'locate' | 'locateKey'> | undefined;
  const slow = () => (positioned ??= blockPositions(text) ?? parseWithPositions(text, file, t));
  return { value: fast.value, findings: [], locate: (p) => slow().locate(p), locateKey: (p) => slow().locateKey(p) };
}

// An explicit key ("? ") or a flow collection followed by a colon: a key that may not be plain text.
const COMPLEX_KEY = /^[ \t]*(?:-[ \t]+)*\?(?:[ \t]|$)|[\]}][ \t]*:(?:[ \t]|$)/m;

/**
 * The plain value of a document that is clean by every safety rule, or undefined so that the careful
 * parser runs and explains the problem. The same parser, schema (YAML 1.2 core) and options as the
 * careful path, minus the line index: the value a rule sees never depends on which path ran.
 */
// js-yaml is several times faster than the position-keeping parser, but its "core" schema is YAML 1.1's
// numbers (0b101 is 5, 1_000 is 1000, -.5 is text). These types are YAML 1.2 core, the `yaml` library's
// (test/document/yaml-source.test.ts holds both paths to the same values).
const INT_12 = [/^[-+]?[0-9]+$/, /^0o[0-7]+$/, /^0x[0-9a-fA-F]+$/];
const FLOAT_12 =
  /^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;
const int12 = new jsYaml.Type('tag:yaml.org,2002:int', {
  kind: 'scalar',
  resolve: (data: string) => INT_12.some((re) => re.test(data)),
  construct: (data: string) =>
    data.startsWith('0o')
      ? parseInt(data.slice(2), 8)
      : data.startsWith('0x')
        ? parseInt(data.slice(2), 16)
        : Number(data),
});
const float12 = new jsYaml.Type('tag:yaml.org,2002:float', {
  kind: 'scalar',
  resolve: (data: string) => FLOAT_12.test(data),
  construct: (data: string) => {
    const lower = data.toLowerCase();
    if (lower.endsWith('.nan')) return NaN;
    if (lower.endsWith('.inf')) return data.startsWith('-') ? -Infinity : Infinity;
    return Number(data);
  },
});
// Types with the tag of one js-yaml already has replace it in place, so null and bool stay as 1.2 core has them.
const CORE_12 = jsYaml.CORE_SCHEMA.extend({ implicit: [int12, float12] });

/**
 * The plain value of a document that is clean by every safety rule, or undefined so that the careful
 * parser runs and explains the problem. YAML 1.2 core, as the careful parser reads it.
 */
function fastParse(
  text: string,
): { value: unknown } | { oversized: { path: Array<string | number>; count: number; list: boolean } } | undefined {
  if (flowNestingOverflow(text, MAX_DEPTH) !== undefined) return undefined;
  // js-yaml turns a mapping or list used as a key into text ("[object Object]"): such keys go to the
  // careful parse, which names them.
  if (COMPLEX_KEY.test(text)) return undefined;
  let value: unknown;
  try {
    value = jsYaml.load(text, { schema: CORE_12, json: false });
  } catch {
    return undefined;
  }
  const unsafe = unsafeValue(value, text);
  if (unsafe === 'unsafe') return undefined;
  if (unsafe) return { oversized: unsafe };
  return { value: value === undefined ? null : value };
}

/** Too large: where (the path is built on the way back from the walk), how many entries, and whether a list. */
type Oversized = { path: Array<string | number>; count: number; list: boolean };

/**
 * Whether js-yaml's value keeps every safety rule: 'unsafe' (an alias, too deep, a forbidden key:
 * the careful parser explains it), the collection over the size limit, or undefined when safe.
 */
function unsafeValue(value: unknown, text: string): 'unsafe' | Oversized | undefined {
  // js-yaml shares aliased nodes instead of copying them: any object seen twice came from an alias.
  // Without an "&" in the text there is no anchor, so no alias, and nothing to remember.
  return walkValue(value, 0, text.includes('&') ? new Set<object>() : undefined);
}

// Recursion stops at MAX_DEPTH, so the stack stays shallow whatever the document.
function walkValue(v: unknown, depth: number, seen: Set<object> | undefined): 'unsafe' | Oversized | undefined {
  if (v === null || typeof v !== 'object') return undefined;
  if (depth + 1 > MAX_DEPTH || seen?.has(v)) return 'unsafe';
  seen?.add(v);
  if (Array.isArray(v)) {
    if (v.length > MAX_ITEMS) return { path: [], count: v.length, list: true };
    for (let i = 0; i < v.length; i++) {
      const r = walkValue(v[i], depth + 1, seen);
      if (r) return r === 'unsafe' ? r : { ...r, path: [i, ...r.path] };
    }
    return undefined;
  }
  const keys = Object.keys(v);
  if (keys.length > MAX_ITEMS) return { path: [], count: keys.length, list: false };
  for (const key of keys) {
    if (FORBIDDEN_KEYS.has(key)) return 'unsafe';
    const r = walkValue((v as Record<string, unknown>)[key], depth + 1, seen);
    if (r) return r === 'unsafe' ? r : { ...r, path: [key, ...r.path] };
  }
  return undefined;
}

/** A finding that stops the careful parse: the rule, its sentence, and where (the top of the file when unknown). */
interface Stop {
  rule: string;
  message: string;
  pos: Position;
}

/** Offsets to 1-based lines and columns. */
type At = (offset: number) => Position;

/** The careful parse: every finding with its position, and the index that locates paths. Exported for the test that holds both paths to one semantics. */
export function parseWithPositions(text: string, file: string, t: Catalog = messages()): YamlSource {
  const { LineCounter } = yamlLibrary();
  const lineCounter = new LineCounter();
  const findings: Finding[] = [];
  const at: At = (offset) => {
    const p = lineCounter.linePos(offset);
    return { line: p.line, column: p.col };
  };
  const unlocated = (): YamlSource => ({ value: undefined, findings, locate: () => TOP, locateKey: () => TOP });
  const fail = (stop: Stop): YamlSource => {
    findings.push({ rule: stop.rule, severity: 'error', message: stop.message, file, ...stop.pos });
    return unlocated();
  };

  const parsed = parseCarefully(text, lineCounter, t, at);
  if ('stop' in parsed) return fail(parsed.stop);
  const { doc } = parsed;
  findings.push(...parserFindings(doc, file, t, at, text));
  if (findings.some((f) => f.severity === 'error')) return unlocated();

  const stop = checkTree(doc, file, t, at, findings);
  if (stop) return fail(stop);
  if (findings.some((f) => f.severity === 'error')) return unlocated();

  const unresolved = firstUnresolvedAlias(doc);
  if (unresolved)
    return fail({
      rule: 'yaml.syntax',
      message: t['yaml.alias-unresolved']({ name: unresolved.source }),
      pos: at(unresolved.range?.[0] ?? 0),
    });

  let value: unknown;
  try {
    value = doc.toJS(TO_JS);
  } catch (err) {
    return fail({
      rule: 'yaml.alias-limit',
      message: t['yaml.alias-expansion']({ detail: firstLine(String((err as Error).message)) }),
      pos: TOP,
    });
  }
  return { value, findings, ...nodeIndex(doc, at) };
}

/** The yaml library's parse, after the nesting check that keeps its recursion bounded. */
function parseCarefully(
  text: string,
  lineCounter: LineCounter,
  t: Catalog,
  at: At,
): { doc: Document.Parsed } | { stop: Stop } {
  const { parseDocument } = yamlLibrary();
  const tooDeep = flowNestingOverflow(text, MAX_DEPTH * 4);
  if (tooDeep !== undefined) {
    lineCounter.addNewLine(0);
    for (let i = text.indexOf('\n'); i >= 0 && i < tooDeep; i = text.indexOf('\n', i + 1))
      lineCounter.addNewLine(i + 1);
    return { stop: { rule: 'yaml.too-deep', message: t['yaml.too-deep']({ max: MAX_DEPTH }), pos: at(tooDeep) } };
  }
  try {
    // Duplicate keys are found in checkTree with a set per mapping: the library's own check is
    // quadratic and takes seconds on a mapping of tens of thousands of keys.
    return { doc: parseDocument(text, { ...YAML_OPTIONS, lineCounter, prettyErrors: true }) };
  } catch (err) {
    // The composer recurses per nesting level; absurd nesting overflows the stack before any check can run.
    if (err instanceof RangeError)
      return { stop: { rule: 'yaml.too-deep', message: t['yaml.too-deep']({ max: MAX_DEPTH }), pos: TOP } };
    throw err;
  }
}

/** The parser's errors and warnings as findings; an unknown tag is an error (it would silently become text). */
function parserFindings(doc: Document.Parsed, file: string, t: Catalog, at: At, text: string): Finding[] {
  const findings: Finding[] = [];
  // The text's lines, split once when a check below first needs them.
  let split: string[] | undefined;
  const lines = () => (split ??= text.split('\n'));
  const afterTab = tabConsequences(doc, lines, at);
  for (const e of doc.errors) {
    const pos = e.linePos?.[0] ? { line: e.linePos[0].line, column: e.linePos[0].col } : at(e.pos[0]);
    // The library gives up on block nesting deep enough to overflow its stack ("Maximum call stack
    // size exceeded"): that is the nesting limit, and whatever it says next follows from it. Where the
    // stack ran out depends on the stack's size, so the finding points at the top, as a RangeError's does.
    if (e.code === 'RESOURCE_EXHAUSTION')
      return [
        { rule: 'yaml.too-deep', severity: 'error', file, ...TOP, message: t['yaml.too-deep']({ max: MAX_DEPTH }) },
      ];
    if (afterTab(e.code, pos.line)) continue;
    const glued = INDENTATION_CODES.has(e.code) ? colonWithoutSpace(lines(), pos.line, t) : undefined;
    if (glued) {
      if (!findings.some((f) => f.line === pos.line && f.column === glued.column))
        findings.push({ rule: 'yaml.syntax', severity: 'error', file, line: pos.line, ...glued });
      continue;
    }
    findings.push({
      rule: e.code === 'DUPLICATE_KEY' ? 'yaml.duplicate-key' : 'yaml.syntax',
      severity: 'error',
      file,
      ...pos,
      message: yamlErrorMessage(e.code, e.message, t),
    });
  }
  for (const w of doc.warnings) {
    const pos = w.linePos?.[0] ? { line: w.linePos[0].line, column: w.linePos[0].col } : at(w.pos[0]);
    const unknownTag = w.code === 'TAG_RESOLVE_FAILED';
    findings.push({
      rule: 'yaml.syntax',
      severity: unknownTag ? 'error' : 'warning',
      file,
      ...pos,
      message: unknownTag
        ? t['yaml.unknown-tag']({
            tag: /^Unresolved tag: (\S+)/.exec(firstLine(w.message))?.[1] ?? null,
            detail: firstLine(w.message),
          })
        : t['yaml.warning']({ detail: firstLine(w.message) }),
    });
  }
  return findings;
}

/**
 * Walks the tree without recursion: depth, size and aliases are checked before any expansion (the
 * first one over its limit stops the walk); duplicate, forbidden and non-text keys become findings.
 */
function checkTree(doc: Document.Parsed, file: string, t: Catalog, at: At, findings: Finding[]): Stop | undefined {
  const { isAlias, isMap, isPair, isSeq } = yamlLibrary();
  let aliases = 0;
  const stack: Array<{ node: Node | null | undefined; depth: number }> = [
    { node: doc.contents as Node | null, depth: 1 },
  ];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (!node) continue;
    if (isAlias(node)) {
      if (++aliases > MAX_ALIASES)
        return {
          rule: 'yaml.alias-limit',
          message: t['yaml.too-many-aliases']({ max: MAX_ALIASES }),
          pos: at(node.range?.[0] ?? 0),
        };
      continue;
    }
    if (!isMap(node) && !isSeq(node)) continue;
    if (depth > MAX_DEPTH)
      return { rule: 'yaml.too-deep', message: t['yaml.too-deep']({ max: MAX_DEPTH }), pos: at(node.range?.[0] ?? 0) };
    if (node.items.length > MAX_ITEMS)
      return {
        rule: 'yaml.too-large',
        message: t['yaml.too-many-entries']({ list: isSeq(node), count: node.items.length, max: MAX_ITEMS }),
        pos: at(node.range?.[0] ?? 0),
      };
    const keys = isMap(node) ? new Set<string>() : undefined;
    for (const item of node.items as unknown[]) {
      if (isPair(item)) {
        checkKey(item.key as Node | null, keys, file, t, at, findings);
        stack.push({ node: item.value as Node | null, depth: depth + 1 });
      } else stack.push({ node: item as Node, depth: depth + 1 });
    }
  }
  return undefined;
}

/** A mapping key: said once in its mapping, not one that reaches a prototype, and plain text. */
function checkKey(
  key: Node | null,
  keys: Set<string> | undefined,
  file: string,
  t: Catalog,
  at: At,
  findings: Finding[],
): void {
  const { isScalar } = yamlLibrary();
  const pos = () => at(key?.range?.[0] ?? 0);
  if (key && !isScalar(key)) {
    findings.push({ rule: 'yaml.syntax', severity: 'error', file, ...pos(), message: t['yaml.complex-key']() });
    return;
  }
  if (!isScalar(key)) return;
  if (keys) {
    const name = String(key.value);
    if (keys.has(name))
      findings.push({
        rule: 'yaml.duplicate-key',
        severity: 'error',
        file,
        ...pos(),
        message: t['yaml.duplicate-key'](),
      });
    keys.add(name);
  }
  if (typeof key.value === 'string' && FORBIDDEN_KEYS.has(key.value)) {
    findings.push({
      rule: 'yaml.forbidden-key',
      severity: 'error',
      file,
      ...pos(),
      message: t['yaml.forbidden-key']({ key: String(key.value) }),
    });
  }
}

/** locate / locateKey over the parsed tree; mappings are indexed by key on first use, so locating thousands of findings stays linear. */
function nodeIndex(doc: Document.Parsed, at: At): Pick<YamlSource, 'locate' | 'locateKey'> {
  const { isMap, isScalar, isSeq } = yamlLibrary();
  const pairIndex = new WeakMap<object, Map<string, { key: Node; value: Node | null }>>();
  const pairOf = (map: YAMLMap, seg: string | number) => {
    let index = pairIndex.get(map);
    if (!index) {
      index = new Map();
      for (const p of map.items)
        if (isScalar(p.key) && !index.has(String(p.key.value)))
          index.set(String(p.key.value), { key: p.key as Node, value: (p.value as Node | null) ?? null });
      pairIndex.set(map, index);
    }
    return index.get(String(seg));
  };
  const findNode = (path: DocPath): { node: Node | null; keyNode: Node | null } => {
    let node = doc.contents as Node | null;
    let keyNode: Node | null = null;
    for (const seg of path) {
      if (isMap(node)) {
        const pair = pairOf(node, seg);
        if (!pair) return { node: null, keyNode: null };
        keyNode = pair.key;
        node = pair.value;
        if (!node) return { node: null, keyNode };
      } else if (isSeq(node) && typeof seg === 'number' && seg < node.items.length) {
        node = node.items[seg] as Node;
        keyNode = node;
      } else return { node: null, keyNode: null };
    }
    return { node, keyNode };
  };
  const posOf = (n: Node | null | undefined): Position | undefined => (n?.range ? at(n.range[0]) : undefined);
  const ancestorKey = (path: DocPath): Position => {
    // The nearest ancestor that exists and has a key is where a missing field belongs.
    for (let i = path.length - 1; i >= 0; i--) {
      const found = findNode(path.slice(0, i));
      if (found.keyNode || found.node) return posOf(found.keyNode) ?? posOf(found.node) ?? TOP;
    }
    return TOP;
  };
  return {
    locate(path) {
      const found = findNode(path);
      return posOf(found.node) ?? posOf(found.keyNode) ?? ancestorKey(path);
    },
    locateKey(path) {
      const found = findNode(path);
      return posOf(found.keyNode) ?? posOf(found.node) ?? ancestorKey(path);
    },
  };
}

/**
 * Offset where [ and { nesting first exceeds `limit`, outside quotes and comments, or undefined.
 * Runs before the parser, whose recursion would otherwise spend long on absurd nesting.
 */
function flowNestingOverflow(text: string, limit: number): number | undefined {
  // Nesting deeper than the limit takes more openers than the limit: most documents have a handful.
  if (!moreThan(text, '[', '{', limit)) return undefined;
  let depth = 0;
  let quote = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === quote) quote = '';
      else if (c === '\n' && quote === '#') quote = '';
      continue;
    }
    if (c === '"' || c === "'") quote = c;
    else if (c === '#' && (i === 0 || /\s/.test(text[i - 1]!))) quote = '#';
    else if (c === '[' || c === '{') {
      if (++depth > limit) return i;
    } else if ((c === ']' || c === '}') && depth > 0) depth--;
  }
  return undefined;
}

/** Whether the text holds more than `limit` of the two characters together (counted natively, stopping early). */
function moreThan(text: string, a: string, b: string, limit: number): boolean {
  let n = 0;
  for (const c of [a, b])
    for (let i = text.indexOf(c); i !== -1; i = text.indexOf(c, i + 1)) if (++n > limit) return true;
  return false;
}

/** Where a block-style key path is written, found line by line; the top of the file when the path is not plain block style. */
function keyLine(text: string, path: ReadonlyArray<string | number>): Position {
  const keys = path.filter((p): p is string => typeof p === 'string');
  let want = 0;
  let indent = -1;
  let found: Position = TOP;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length && want < keys.length; i++) {
    // Keys sit at the start of a line; looking at its head keeps a megabyte-long line cheap.
    const m = /^(\s*)(?:- +)?(["']?)([^"':#]+)\2\s*:/.exec(lines[i]!.slice(0, 256));
    if (!m || m[1]!.length <= indent || m[3]!.trim() !== keys[want]) continue;
    indent = m[1]!.length;
    found = { line: i + 1, column: indent + 1 };
    want++;
  }
  return found;
}

/** The first alias, in document order, whose anchor is not defined before it. */
function firstUnresolvedAlias(doc: Document.Parsed): Alias | undefined {
  const { isAlias, visit } = yamlLibrary();
  const anchors = new Set<string>();
  let found: Alias | undefined;
  visit(doc, {
    Node(_, node) {
      if (isAlias(node)) {
        if (!anchors.has(node.source)) {
          found = node;
          return visit.BREAK;
        }
      } else if (node.anchor) anchors.add(node.anchor);
      return undefined;
    },
  });
  return found;
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}

/** The parser's indentation errors: said as one, and, after a tab used as indentation, only its consequences. */
const INDENTATION_CODES = new Set([
  'BAD_INDENT',
  'MISSING_CHAR',
  'UNEXPECTED_TOKEN',
  'BLOCK_AS_IMPLICIT_KEY',
  'MULTILINE_IMPLICIT_KEY',
]);

/**
 * Whether a parser error is a consequence of a tab used as indentation: an indentation error from the
 * tab's line up to the next top-level key. The tab's own finding says what to fix; the parser's
 * confusion after it (in its own English words) would only bury it.
 */
function tabConsequences(
  doc: Document.Parsed,
  textLines: () => string[],
  at: At,
): (code: string, line: number) => boolean {
  const tabs = doc.errors
    .filter((e) => e.code === 'TAB_AS_INDENT')
    .map((e) => e.linePos?.[0]?.line ?? at(e.pos[0]).line);
  if (tabs.length === 0) return () => false;
  const lines = textLines();
  const ranges = tabs.map((from) => {
    let to = from + 1;
    while (to <= lines.length && !/^[^\s#]/.test(lines[to - 1]!)) to++;
    return [from, to] as const;
  });
  return (code, line) => INDENTATION_CODES.has(code) && ranges.some(([from, to]) => line >= from && line < to);
}

/**
 * A key glued to its value ("system:crm", "- V-1:passed") or a list item glued to its dash ("-新建")
 * on a line the parser could not read: YAML needs a space after either. Named at the character after
 * the colon or dash, with the fix.
 */
function colonWithoutSpace(lines: string[], line: number, t: Catalog): { column: number; message: string } | undefined {
  const source = lines[line - 1]?.replace(/\r$/, '');
  if (source === undefined) return undefined;
  const dash = /^(\s*)-[^\s-]/.exec(source);
  // A list item: the line before or after it is a "- " item at the same indentation.
  if (dash && [lines[line - 2], lines[line]].some((l) => l?.startsWith(`${dash[1]!}- `)))
    return { column: dash[1]!.length + 2, message: t['yaml.dash-space']() };
  const m = /^(\s*(?:-\s+)?)([A-Za-z_][\w.-]*):([^\s:/])/.exec(source);
  if (!m) return undefined;
  const key = m[2]!;
  const value = source.slice(m[1]!.length + key.length + 1).trim();
  return { column: m[1]!.length + key.length + 2, message: t['yaml.colon-space']({ key, value }) };
}

/** The characters behind the yaml library's token types, for the sentences that name a type only. */
const TOKEN_SOURCE: Record<string, string> = {
  'block-seq-ind': '"-"',
  'map-value-ind': '":"',
  'explicit-key-ind': '"?"',
  'flow-map-start': '"{"',
  'flow-map-end': '"}"',
  'flow-seq-start': '"["',
  'flow-seq-end': '"]"',
  comma: '","',
  anchor: '"&"',
  alias: '"*"',
  tag: '"!"',
};

/** Turns the yaml library's error codes into sentences with a fix. */
function yamlErrorMessage(code: string, raw: string, t: Catalog): string {
  const detail = firstLine(raw);
  switch (code) {
    case 'DUPLICATE_KEY':
      return t['yaml.duplicate-key']();
    case 'TAB_AS_INDENT':
      return t['yaml.tab-indent']();
    case 'MULTIPLE_DOCS':
      return t['yaml.multiple-documents']();
  }
  // The parser's own sentence, said with what to do; the zh catalog words the sentences it knows.
  const explained = explainedError(code, detail, t);
  if (explained) return explained;
  return INDENTATION_CODES.has(code) ? t['yaml.indentation']({ detail }) : t['yaml.syntax']({ detail });
}

/** The parser's sentences that have one of their own in the catalogs (the parser's own words never show). */
function explainedError(code: string, detail: string, t: Catalog): string | undefined {
  switch (code) {
    case 'BAD_DQ_ESCAPE': {
      const escape = /^Invalid escape sequence (.+)$/.exec(detail)?.[1];
      if (escape) return t['yaml.bad-escape']({ escape });
      break;
    }
    case 'BAD_SCALAR_START': {
      const char = /^Plain value cannot start with .*?(\S)$/.exec(detail)?.[1];
      if (char) return t['yaml.bad-scalar-start']({ char });
      break;
    }
    case 'UNEXPECTED_TOKEN': {
      if (/^Unexpected \S+ at node end$/.test(detail)) return t['yaml.after-value']();
      const token =
        /^Unexpected \S+ token in YAML stream: (".*")$/.exec(detail)?.[1] ??
        TOKEN_SOURCE[/^Unexpected (\S+) (?:token$|on same line with key$)/.exec(detail)?.[1] ?? ''];
      if (token) return t['yaml.unexpected-token']({ token });
      break;
    }
    case 'BAD_INDENT':
    case 'MISSING_CHAR':
      if (/^Block scalar lines must not be less indented/.test(detail))
        return t['yaml.block-scalar-indent']({ leadingEmpty: false });
      if (/^Block scalars with more-indented leading empty lines/.test(detail))
        return t['yaml.block-scalar-indent']({ leadingEmpty: true });
      break;
  }
  return undefined;
}

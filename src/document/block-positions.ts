import type { Position } from '../messages/finding.js';
/** A path into a document: mapping keys and sequence indexes. */
type DocPath = ReadonlyArray<string | number>;

/** Where a value and the key naming it start, and what is inside it. */
interface Entry {
  pos: Position;
  keyPos?: Position;
  keys?: Map<string, Entry>;
  items?: Entry[];
}

interface Frame {
  kind: 'map' | 'seq';
  indent: number;
  entry: Entry;
}

/** Answers "where is this path" as the position-keeping parser would, for the documents it understands. */
export interface PositionIndex {
  locate(path: DocPath): Position;
  locateKey(path: DocPath): Position;
}

// Keys whose text is their value under the YAML 1.2 core schema: no numbers, booleans or nulls.
const PLAIN_KEY = /^[A-Za-z_$][\w$.-]*$/;
const NOT_TEXT = /^(?:true|false|null|True|False|Null|TRUE|FALSE|NULL)$/;
// A value that starts a flow collection, an anchor, an alias, a tag or a complex key.
const UNSUPPORTED_VALUE = /^[[{&*!?%@`]/;

/**
 * Positions of a block-style document from one pass over its lines, for text the full parser has
 * already accepted: keys, list items and where each value starts. Anything it is not sure to read
 * exactly as the careful parser does (flow collections, anchors, tags, quoted or non-text keys,
 * empty values, quotes spanning lines, tabs) returns undefined, and the caller parses fully.
 */
export function blockPositions(text: string): PositionIndex | undefined {
  const reader = new BlockReader();
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) if (!reader.line(lines[i]!, i + 1)) return undefined;
  return reader.index();
}

/** One pass over a block-style document's lines; each step says false when it is unsure. */
class BlockReader {
  private readonly stack: Frame[] = [];
  private root: Entry | undefined;
  /** A key or item whose value starts on a later line. */
  private pending: { entry: Entry; indent: number } | undefined;
  /** Lines indented deeper than this belong to the previous scalar (continuations, block scalar content). */
  private skipDeeperThan: number | undefined;
  private started = false;

  /** Reads one line (1-based number); false when unsure. */
  line(text: string, line: number): boolean {
    const raw = text.replace(/\r$/, '');
    const content = raw.trimStart();
    if (content === '' || content.startsWith('#')) return true;
    const indent = raw.length - content.length;
    if (raw.slice(0, indent).includes('\t')) return false;
    if (this.skipDeeperThan !== undefined) {
      if (indent > this.skipDeeperThan) return true;
      this.skipDeeperThan = undefined;
    }
    if (!this.started) {
      this.started = true;
      if (content === '---') return true;
    }
    if (content.startsWith('---') || content.startsWith('...') || content.startsWith('%') || content.includes('\t'))
      return false;
    const isItem = content === '-' || content.startsWith('- ');
    if (!this.open(line, indent, isItem)) return false;
    const top = this.stack[this.stack.length - 1];
    if (!top || indent !== top.indent) return false;
    if (top.kind === 'map' && !isItem) return this.keyLine(top, line, indent, content);
    return top.kind === 'seq' && isItem && this.itemLine(top, line, indent, content);
  }

  /** The index once every line is read, or undefined when the document ended unsure. */
  index(): PositionIndex | undefined {
    return this.pending || !this.root ? undefined : indexOf(this.root);
  }

  /** Finds the collection a line at `indent` belongs to: the pending value's, an enclosing one, or the root. */
  private open(line: number, indent: number, isItem: boolean): boolean {
    const stack = this.stack;
    if (this.pending) {
      const owner = stack[stack.length - 1]!;
      const nested = indent > this.pending.indent || (indent === this.pending.indent && isItem && owner.kind === 'map');
      if (!nested) return false; // an empty value: the careful parser says where it is
      this.pending.entry.pos = { line, column: indent + 1 };
      stack.push({ kind: isItem ? 'seq' : 'map', indent, entry: this.pending.entry });
      this.pending = undefined;
    }
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      if (indent < top.indent || (top.kind === 'seq' && indent === top.indent && !isItem)) stack.pop();
      else break;
    }
    if (this.root) return true;
    if (stack.length > 0) return false;
    this.root = { pos: { line, column: indent + 1 } };
    stack.push({ kind: isItem ? 'seq' : 'map', indent, entry: this.root });
    return true;
  }

  /** Reads the value after a key or a list dash. */
  private value(entry: Entry, line: number, col: number, rest: string, ownerIndent: number): boolean {
    const v = rest.trimStart();
    const at = col + (rest.length - v.length);
    if (v === '' || v.startsWith('#')) {
      this.pending = { entry, indent: ownerIndent };
      return true;
    }
    if (v[0] === '[') return flowList(entry, line, at, v);
    if (UNSUPPORTED_VALUE.test(v) || v.startsWith('- ') || v === '-') return false;
    if ((v[0] === '"' || v[0] === "'") && !closesOnLine(v)) return false;
    entry.pos = { line, column: at + 1 };
    this.skipDeeperThan = ownerIndent;
    return true;
  }

  /** Adds `key: value` at column `col` of a mapping. */
  private keyLine(frame: Frame, line: number, col: number, content: string): boolean {
    const colon = keyEnd(content);
    if (colon < 0) return false;
    const key = content.slice(0, colon).trimEnd();
    if (!PLAIN_KEY.test(key) || NOT_TEXT.test(key)) return false;
    const keys = (frame.entry.keys ??= new Map());
    const entry: Entry = { pos: { line, column: col + 1 }, keyPos: { line, column: col + 1 } };
    if (!keys.has(key)) keys.set(key, entry);
    return this.value(entry, line, col + colon + 1, content.slice(colon + 1), frame.indent);
  }

  /** Adds a `- item` at dash column `indent`. */
  private itemLine(frame: Frame, line: number, indent: number, content: string): boolean {
    const rest = content.slice(1);
    const body = rest.trimStart();
    const col = indent + 1 + (rest.length - body.length);
    const item: Entry = { pos: { line, column: col + 1 } };
    (frame.entry.items ??= []).push(item);
    if (body === '' || body.startsWith('#') || body.startsWith('- ') || body === '-') return false;
    if (keyEnd(body) >= 0 && !/^["']/.test(body)) {
      const map: Frame = { kind: 'map', indent: col, entry: item };
      this.stack.push(map);
      return this.keyLine(map, line, col, body);
    }
    return this.value(item, line, indent + 1, rest, indent);
  }
}

/** A one-line list of plain words, `[a, b, c]`: where it and each item start; false for anything else. */
function flowList(entry: Entry, line: number, at: number, v: string): boolean {
  const m = /^\[([^[\]{}"'#&*!|>,]*(?:,[^[\]{}"'#&*!|>,]*)*)\]\s*(?:#.*)?$/.exec(v);
  if (!m) return false;
  entry.pos = { line, column: at + 1 };
  entry.items = [];
  let offset = at + 1;
  for (const part of m[1]!.split(',')) {
    const lead = part.length - part.trimStart().length;
    if (part.trim() === '') {
      // [] is an empty list; an empty item between commas is not plain text.
      if (m[1]!.trim() !== '') return false;
    } else entry.items.push({ pos: { line, column: offset + lead + 1 } });
    offset += part.length + 1;
  }
  return true;
}

/** Where the key of a `key: value` line ends (the colon), or -1 when the line is not one. */
function keyEnd(content: string): number {
  for (let i = 0; i < content.length; i++) {
    const c = content[i]!;
    if (c === '#' && i > 0 && content[i - 1] === ' ') return -1;
    if (c === ':' && (i + 1 === content.length || content[i + 1] === ' ')) return i;
  }
  return -1;
}

/** Whether a quoted scalar that starts a value also ends on its line. */
function closesOnLine(v: string): boolean {
  const q = v[0]!;
  for (let i = 1; i < v.length; i++) {
    if (q === '"' && v[i] === '\\') i++;
    else if (v[i] === q) {
      if (q === "'" && v[i + 1] === "'") i++;
      else return true;
    }
  }
  return false;
}

/** locate / locateKey over the index, with the careful parser's rules for missing paths. */
function indexOf(root: Entry): PositionIndex {
  const find = (path: DocPath): { entry?: Entry } => {
    let entry: Entry | undefined = root;
    for (const seg of path) {
      if (!entry) return {};
      if (entry.keys) entry = entry.keys.get(String(seg));
      else if (entry.items && typeof seg === 'number') entry = entry.items[seg];
      else return {};
    }
    return { entry };
  };
  // The nearest ancestor that exists is where a missing field belongs: its key, else its value.
  const ancestor = (path: DocPath): Position => {
    for (let i = path.length - 1; i >= 0; i--) {
      const { entry } = find(path.slice(0, i));
      if (entry) return entry.keyPos ?? entry.pos;
    }
    return root.pos;
  };
  return {
    locate(path) {
      return find(path).entry?.pos ?? ancestor(path);
    },
    locateKey(path) {
      const { entry } = find(path);
      return entry ? (entry.keyPos ?? entry.pos) : ancestor(path);
    },
  };
}

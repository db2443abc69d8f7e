/**
 * A CODEOWNERS pattern compiled once: a matcher over repository paths, plus the literal facts an
 * index uses to skip rules that cannot match a path.
 */
export interface CompiledPattern {
  /** Whether the pattern owns this path (no leading slash). */
  test(path: string): boolean;
  /** The same, for a path already split into segments (callers testing many rules split once). */
  testSegments(segments: string[]): boolean;
  /** Leading literal segments a matching path must start with (anchored patterns). */
  anchoredPrefix?: string[];
  /** A literal segment that a matching path must contain somewhere (floating patterns). */
  floatingSegment?: string;
  /** An extension (after the last dot) that some segment of a matching path must end with. */
  floatingExtension?: string;
}

/** One character of a segment glob: a literal, `?` (one character) or `*` (any run). */
type GlobChar = { lit: string } | '?' | '*';

/** How a pattern segment consumes path segments. */
type Token =
  | { kind: 'any' } // zero or more segments (a leading or inner **)
  | { kind: 'some' } // one or more segments (a trailing ** or a trailing slash)
  | { kind: 'one'; glob: GlobChar[]; descendants: boolean }; // one segment; a last literal segment also owns what is below it

const WILD = /(?<!\\)[*?]/;
const unescape = (seg: string) => seg.replace(/\\(.)/g, '$1');

function compileGlob(seg: string): GlobChar[] {
  const out: GlobChar[] = [];
  for (let i = 0; i < seg.length; i++) {
    const ch = seg[i]!;
    if (ch === '\\' && i + 1 < seg.length) out.push({ lit: seg[++i]! });
    else if (ch === '*') {
      if (out[out.length - 1] !== '*') out.push('*');
    } else if (ch === '?') out.push('?');
    else out.push({ lit: ch });
  }
  return out;
}

/**
 * Glob match of one path segment, greedy with one backtrack point: time linear in practice and
 * never exponential, so a pattern like *a*a*a*…b cannot stall a run the way a backtracking regex can.
 */
function globMatch(glob: GlobChar[], s: string): boolean {
  let i = 0;
  let j = 0;
  let star = -1;
  let mark = 0;
  while (j < s.length) {
    const g = glob[i];
    if (g !== undefined && g !== '*' && (g === '?' || g.lit === s[j])) {
      i++;
      j++;
    } else if (g === '*') {
      star = i++;
      mark = j;
    } else if (star >= 0) {
      i = star + 1;
      j = ++mark;
    } else return false;
  }
  while (glob[i] === '*') i++;
  return i === glob.length;
}

/** Whether tokens without ** match the path segments: one segment each, in order. */
function matchFixed(tokens: Token[], segs: string[]): boolean {
  const lastTok = tokens[tokens.length - 1] as Extract<Token, { kind: 'one' }>;
  if (segs.length < tokens.length || (segs.length > tokens.length && !lastTok.descendants)) return false;
  for (let i = 0; i < tokens.length; i++)
    if (!globMatch((tokens[i] as Extract<Token, { kind: 'one' }>).glob, segs[i]!)) return false;
  return true;
}

/**
 * Whether tokens match the path segments: the token positions a prefix of the path can reach,
 * advanced one segment at a time, never backtracking. Every way to the end passes through each token
 * in turn, so once a ** is reached, positions before it can add nothing: only the window from the
 * last reached ** to the furthest position is kept. The cost is segments × window glob tests: linear
 * in the depth of the path, however many ** the pattern holds.
 */
function matchTokens(tokens: Token[], segs: string[]): boolean {
  const n = tokens.length;
  let cur = new Uint8Array(n + 1);
  let next = new Uint8Array(n + 1);
  let lo = 0;
  let hi = 0;
  // A ** may match no segment at all: being before it is also being after it.
  const close = (set: Uint8Array) => {
    for (let t = lo; t < n && t <= hi; t++) {
      if (set[t] && tokens[t]!.kind === 'any') {
        set[t + 1] = 1;
        if (t + 1 > hi) hi = t + 1;
        lo = t;
      }
    }
  };
  cur[0] = 1;
  close(cur);
  for (const seg of segs) {
    next.fill(0, lo);
    let from = n + 1;
    let to = -1;
    for (let t = lo; t <= hi && t < n; t++) {
      if (!cur[t]) continue;
      const tok = tokens[t]!;
      let stay = false;
      let advance = false;
      if (tok.kind === 'any') stay = true;
      else if (tok.kind === 'some') {
        // One segment, then any more: stay for more, or be done with it.
        stay = true;
        advance = true;
      } else if (globMatch(tok.glob, seg)) {
        // A literal last segment owns everything below it.
        if (tok.descendants && t === n - 1) return true;
        advance = true;
      }
      if (stay) {
        next[t] = 1;
        from = Math.min(from, t);
        to = Math.max(to, t);
      }
      if (advance) {
        next[t + 1] = 1;
        from = Math.min(from, t + 1);
        to = Math.max(to, t + 1);
      }
    }
    if (to < 0) return false;
    lo = from;
    hi = to;
    close(next);
    [cur, next] = [next, cur];
  }
  return cur[n] === 1;
}

/**
 * Compiles a pattern with GitHub's CODEOWNERS semantics: a leading or inner slash anchors at the
 * root; a single segment floats to any depth; a trailing slash or /** owns everything below; a
 * literal last segment owns the path and everything below it; a lone * owns one level only.
 */
export function compilePattern(pattern: string): CompiledPattern {
  let segs = pattern.split('/');
  const anchored = segs[0] === '';
  if (anchored) segs = segs.slice(1);
  else if ((segs.length === 1 || (segs.length === 2 && segs[1] === '')) && segs[0] !== '**') segs = ['**', ...segs];
  if (segs.length > 1 && segs[segs.length - 1] === '') segs[segs.length - 1] = '**';

  const last = segs.length - 1;
  const tokens: Token[] = segs.map((seg, i) => {
    if (seg === '**')
      return i === last && i !== 0 ? { kind: 'some' } : i === 0 && i === last ? { kind: 'some' } : { kind: 'any' };
    return { kind: 'one', glob: compileGlob(seg), descendants: i === last && seg !== '*' };
  });

  const fixed = tokens.every((t) => t.kind === 'one');
  const testSegments = fixed
    ? (segs: string[]) => matchFixed(tokens, segs)
    : (segs: string[]) => matchTokens(tokens, segs);
  const compiled: CompiledPattern = { test: (path) => testSegments(path.split('/')), testSegments };
  if (segs[0] !== '**') {
    const prefix: string[] = [];
    for (const seg of segs) {
      if (seg === '**' || WILD.test(seg)) break;
      prefix.push(unescape(seg));
    }
    if (prefix.length > 0) compiled.anchoredPrefix = prefix;
  } else {
    const next = segs[1];
    if (next !== undefined && next !== '**' && next !== '') {
      if (!WILD.test(next)) compiled.floatingSegment = unescape(next);
      else {
        const ext = /^(?:\*|[^*?]*\*)\.([^*?./\\]+)$/.exec(next);
        if (ext) compiled.floatingExtension = ext[1];
      }
    }
  }
  return compiled;
}

/**
 * A CODEOWNERS pattern compiled once: a regular expression over repository paths, plus the literal
 * facts an index uses to skip rules that cannot match a path.
 */
export interface CompiledPattern {
  regex: RegExp;
  /** Leading literal segments a matching path must start with (anchored patterns). */
  anchoredPrefix?: string[];
  /** A literal segment that a matching path must contain somewhere (floating patterns). */
  floatingSegment?: string;
  /** An extension (after the last dot) that some segment of a matching path must end with. */
  floatingExtension?: string;
}

const WILD = /(?<!\\)[*?]/;

function escapeRegex(ch: string): string {
  return ch.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** Regex source for one segment with * and ? wildcards and backslash escapes. */
function segmentSource(seg: string): string {
  let out = '';
  for (let i = 0; i < seg.length; i++) {
    const ch = seg[i]!;
    if (ch === '\\' && i + 1 < seg.length) out += escapeRegex(seg[++i]!);
    else if (ch === '*') out += '[^/]*';
    else if (ch === '?') out += '[^/]';
    else out += escapeRegex(ch);
  }
  return out;
}

const unescape = (seg: string) => seg.replace(/\\(.)/g, '$1');

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
  let re = '^';
  let needSlash = false;
  segs.forEach((seg, i) => {
    if (seg === '**') {
      if (i === 0 && i === last) re += '.+';
      else if (i === 0) {
        re += '(?:.+/)?';
        needSlash = false;
      } else if (i === last) re += '/.*';
      else {
        re += '(?:/.+)?';
        needSlash = true;
      }
      return;
    }
    if (needSlash) re += '/';
    if (seg === '*') re += '[^/]+';
    else {
      re += segmentSource(seg);
      if (i === last) re += '(?:/.*)?';
    }
    needSlash = true;
  });
  re += '$';

  const compiled: CompiledPattern = { regex: new RegExp(re) };
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

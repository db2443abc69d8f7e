import { parseCodeowners, type CodeownersError, type CodeownersRule } from './parse.js';
import { compilePattern, type CompiledPattern } from './pattern.js';

interface TrieNode {
  rules: number[];
  children: Map<string, TrieNode>;
}

/** A compiled CODEOWNERS file that answers "who owns this path" as GitHub would. */
export interface Codeowners {
  rules: CodeownersRule[];
  errors: CodeownersError[];
  /** The rule GitHub applies to a path: the last one that matches. */
  ruleFor(path: string): CodeownersRule | undefined;
  /** The owners of a path ([] when no rule matches or the matching rule has no owners). */
  ownersOf(path: string): string[];
}

/**
 * Compiles CODEOWNERS text. Rules are indexed by their literal parts so that a path is tested only
 * against rules that could match it, newest first, stopping at the first match.
 */
export function compileCodeowners(text: string): Codeowners {
  const { rules, errors } = parseCodeowners(text);
  const compiled: CompiledPattern[] = rules.map((r) => compilePattern(r.pattern));
  const trie: TrieNode = { rules: [], children: new Map() };
  const bySegment = new Map<string, number[]>();
  const byExtension = new Map<string, number[]>();
  const always: number[] = [];
  const push = (map: Map<string, number[]>, key: string, i: number) => {
    const list = map.get(key);
    if (list) list.push(i);
    else map.set(key, [i]);
  };
  compiled.forEach((c, i) => {
    if (c.anchoredPrefix) {
      let node = trie;
      for (const seg of c.anchoredPrefix) {
        let next = node.children.get(seg);
        if (!next) node.children.set(seg, (next = { rules: [], children: new Map() }));
        node = next;
      }
      node.rules.push(i);
    } else if (c.floatingSegment !== undefined) push(bySegment, c.floatingSegment, i);
    else if (c.floatingExtension !== undefined) push(byExtension, c.floatingExtension, i);
    else always.push(i);
  });

  const ruleIndexFor = (path: string): number => {
    const clean = path.replace(/^(\.\/|\/)+/, '');
    const segs = clean.split('/');
    let best = -1;
    const consider = (list: number[] | undefined) => {
      if (!list) return;
      // Lists are in file order, so walk from the end and stop at the first index that cannot win.
      for (let k = list.length - 1; k >= 0; k--) {
        const i = list[k]!;
        if (i <= best) return;
        if (compiled[i]!.testSegments(segs)) {
          best = i;
          return;
        }
      }
    };
    consider(always);
    let node: TrieNode | undefined = trie;
    for (const seg of segs) {
      node = node.children.get(seg);
      if (!node) break;
      consider(node.rules);
    }
    const seen = new Set<string>();
    for (const seg of segs) {
      if (seen.has(seg)) continue;
      seen.add(seg);
      consider(bySegment.get(seg));
      const dot = seg.lastIndexOf('.');
      if (dot >= 0) consider(byExtension.get(seg.slice(dot + 1)));
    }
    return best;
  };

  return {
    rules,
    errors,
    ruleFor(path) {
      const i = ruleIndexFor(path);
      return i >= 0 ? rules[i] : undefined;
    },
    ownersOf(path) {
      const i = ruleIndexFor(path);
      return i >= 0 ? [...rules[i]!.owners] : [];
    },
  };
}

/** Where GitHub looks for CODEOWNERS, in order; the first file found is used. */
export const CODEOWNERS_LOCATIONS = ['.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS'] as const;

import type { DocumentRule } from '../rule.js';

/** Splits "v2.4.0-rc.1" into numeric release parts and a pre-release tag. */
function parseVersion(v: string): { parts: number[]; pre: string } | undefined {
  const m = /^[vV]?(\d+(?:\.\d+)*)(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/.exec(v.trim());
  if (!m) return undefined;
  return { parts: m[1]!.split('.').map(Number), pre: m[2] ?? '' };
}

/** Compares two versions: negative when a is older; undefined when either is not a dotted number version. */
export function compareVersions(a: string, b: string): number | undefined {
  const x = parseVersion(a);
  const y = parseVersion(b);
  if (!x || !y) return undefined;
  for (let i = 0; i < Math.max(x.parts.length, y.parts.length); i++) {
    const d = (x.parts[i] ?? 0) - (y.parts[i] ?? 0);
    if (d !== 0) return d;
  }
  if (x.pre === y.pre) return 0;
  if (!x.pre) return 1; // a release is newer than any of its pre-releases
  if (!y.pre) return -1;
  return x.pre.localeCompare(y.pre, 'en', { numeric: true });
}

/** An upgrade installs a newer version than the one running. */
export const releaseForward: DocumentRule = {
  id: 'release.forward',
  scope: 'document',
  severity: 'error',
  softenable: true,
  emergency: false,
  clause: null,
  check: ({ doc, t }) => {
    const { from, to } = doc.release;
    const cmp = compareVersions(to, from);
    const older = cmp === undefined ? to.trim() === from.trim() : cmp <= 0;
    return older ? [{ path: ['release', 'to'], message: t['release.forward']({ from, to }) }] : [];
  },
};

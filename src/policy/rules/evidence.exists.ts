import type { UnsafePathReason } from '../../messages/index.js';
import type { DocPath } from '../../document/yaml-source.js';
import type { DocumentContext, DocumentRule, RuleHit } from '../rule.js';

/** The fields of a document that name evidence files, with their paths. */
export function evidenceReferences(doc: Partial<DocumentContext['doc']>): Array<{ path: DocPath; value: string }> {
  const refs: Array<{ path: DocPath; value: string }> = [];
  if (doc.acceptance?.evidence) refs.push({ path: ['acceptance', 'evidence'], value: doc.acceptance.evidence });
  if (doc.gray_test?.report) refs.push({ path: ['gray_test', 'report'], value: doc.gray_test.report });
  return refs;
}

/** A referenced path as it names a file in the repository: "./docs/a.md" is "docs/a.md". */
export function repoPathOf(reference: string): string {
  return reference.replace(/^\.\//, '');
}

/** The repository paths of the evidence files a document references (what a shell looks up at the head). */
export function evidencePaths(doc: Partial<DocumentContext['doc']>): string[] {
  return evidenceReferences(doc).map((r) => repoPathOf(r.value));
}

/** Why a path cannot name a file inside the repository, or undefined when it can. */
export function unsafeRepoPath(p: string): UnsafePathReason | undefined {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(p)) return 'link';
  if (p.startsWith('/') || /^[A-Za-z]:[\\/]/.test(p)) return 'absolute';
  if (p.includes('\\')) return 'backslash';
  if (p.split('/').some((seg) => seg === '..')) return 'parent';
  if (p.includes('\0')) return 'nul';
  return undefined;
}

/** Measures 3.4: referenced acceptance and gray-test evidence exists in the repository. */
export const evidenceExists: DocumentRule = {
  id: 'evidence.exists',
  scope: 'document',
  severity: 'error',
  softenable: true,
  emergency: false,
  clause: '3.4',
  check: ({ doc, exists, t }) => {
    const hits: RuleHit[] = [];
    for (const ref of evidenceReferences(doc)) {
      const field = ref.path.join('.');
      const why = unsafeRepoPath(ref.value);
      const normalized = repoPathOf(ref.value);
      if (why) hits.push({ path: ref.path, message: t['evidence.path']({ field, path: ref.value, why }) });
      else if (!exists(normalized))
        hits.push({ path: ref.path, message: t['evidence.exists']({ field, path: normalized }) });
    }
    return hits;
  },
};

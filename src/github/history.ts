import { GateError } from './api-error.js';
import { createHash } from 'node:crypto';
import { isOutcomeFile } from '../archive/outcome-record.js';
import { loadUpgradeDocument, readableParts } from '../document/load-document.js';
import type { RepositoryHistory } from '../policy/snapshot.js';
import type { Octokit } from './octokit.js';
import { once, type Repo } from './reads.js';

/** Git's blob SHA of a text: what a tree lists for a file with exactly these bytes. */
function gitBlobSha(text: string): string {
  const bytes = Buffer.from(text, 'utf8');
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}

/** A blob's bytes, read once per run whatever the path (content at a SHA never changes). */
function readBlob(octokit: Octokit, repo: Repo, sha: string): Promise<Buffer> {
  return once(`blob:${sha}`, async () =>
    Buffer.from((await octokit.rest.git.getBlob({ ...repo, file_sha: sha })).data.content, 'base64'),
  );
}

/** A file under the archive folder that holds an upgrade record: <folder>/<yyyy>/<mm>/<name>.json, not an outcome. */
function isRecordFile(path: string, folder: string): boolean {
  return path.startsWith(`${folder}/`) && /\/\d{4}\/\d{2}\/[^/]+\.json$/.test(path) && !isOutcomeFile(path);
}

/**
 * The documents every archive record names (read from the records themselves, whatever their format
 * version) and the NO. of each base-branch document no record holds verbatim: a document whose bytes
 * a record carries is known without reading it again. All reads go out together.
 */
export async function readHistory(
  octokit: Octokit,
  repo: Repo,
  baseFiles: Map<string, string>,
  archiveFiles: Map<string, string>,
  folder: string,
  isDocument: (path: string) => boolean,
): Promise<RepositoryHistory> {
  const records = [...archiveFiles].filter(([path]) => isRecordFile(path, folder));
  const read = await Promise.all(
    records.map(async ([path, sha]) => ({ path, record: parseRecord(await readBlob(octokit, repo, sha), path) })),
  );
  const archived: RepositoryHistory['archived'] = [];
  const recorded = new Set<string>();
  for (const { path, record } of read) {
    for (const d of record) {
      archived.push({ path: d.path, id: d.id, record: path });
      recorded.add(`${d.path}\0${gitBlobSha(d.text)}`);
    }
  }
  const unknown = [...baseFiles].filter(([path, sha]) => isDocument(path) && !recorded.has(`${path}\0${sha}`));
  const readIds = await Promise.all(
    unknown.map(
      async ([path, sha]) =>
        [path, readableParts(loadUpgradeDocument(await readBlob(octokit, repo, sha), path))?.id] as const,
    ),
  );
  const ids = new Map<string, unknown>([
    ...archived.filter((a) => a.id).map((a) => [a.path, a.id] as const),
    ...readIds,
  ]);
  const base = [...baseFiles.keys()].filter(isDocument).flatMap((path) => {
    const id = ids.get(path);
    return typeof id === 'string' ? [{ path, id }] : [];
  });
  return { archived, base };
}

/** The documents an upgrade record names; a file under the archive that is not readable JSON stops the run (fail closed). */
function parseRecord(bytes: Buffer, file: string): Array<{ path: string; id: string | null; text: string }> {
  let value: unknown;
  try {
    value = JSON.parse(bytes.toString('utf8'));
  } catch (err) {
    const detail = (err as Error).message;
    throw new GateError((t) => t['archive.unreadable-json']({ file, detail }));
  }
  const record = value as { format?: unknown; documents?: unknown };
  if (
    typeof record?.format !== 'string' ||
    !record.format.startsWith('upgrade-gate/archive-record/') ||
    !Array.isArray(record.documents)
  )
    return [];
  return (record.documents as Array<Record<string, unknown>>)
    .filter((d) => typeof d?.path === 'string')
    .map((d) => ({
      path: d.path as string,
      id: typeof d.id === 'string' ? d.id : null,
      text: typeof d.text === 'string' ? d.text : '',
    }));
}

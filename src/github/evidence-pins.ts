import { answered, GateError } from './api-error.js';
import { gitBlobSha, sha256 } from '../archive/canonical.js';
import type { Pin } from '../archive/record.js';
import { loadUpgradeDocument } from '../document/load-document.js';
import { evidencePaths, unsafeRepoPath } from '../policy/rules/evidence.exists.js';
import type { PullRequestSnapshot } from '../policy/snapshot.js';
import type { Repo } from './reads.js';
import type { Octokit } from './octokit.js';

/** A file's bytes and blob id at a commit, or undefined when it does not exist there. */
async function readBlob(
  octokit: Octokit,
  repo: Repo,
  path: string,
  ref: string,
): Promise<{ sha: string; bytes: Buffer } | undefined> {
  try {
    const { data } = await octokit.rest.repos.getContent({ ...repo, path, ref });
    if (Array.isArray(data) || data.type !== 'file') return undefined;
    const content =
      'content' in data && data.content
        ? data.content
        : (await octokit.rest.git.getBlob({ ...repo, file_sha: data.sha })).data.content;
    return { sha: data.sha, bytes: Buffer.from(content, 'base64') };
  } catch (err) {
    if (answered(err, 404)) return undefined;
    throw err;
  }
}

/**
 * Pins every evidence file the merged documents reference: its Git blob id and sha256 at the merge
 * commit (the head when there is none), so the record proves which report was approved even after
 * the file changes. Fails (and the archive with it) when GitHub's blob id disagrees with the bytes.
 */
export async function pinEvidence(
  octokit: Octokit,
  repo: Repo,
  snapshot: PullRequestSnapshot,
): Promise<Record<string, Pin[]>> {
  const ref = snapshot.pullRequest.mergeSha ?? snapshot.pullRequest.headSha;
  const out: Record<string, Pin[]> = {};
  const cache = new Map<string, Promise<Pin>>();
  for (const d of snapshot.documents) {
    const doc = loadUpgradeDocument(d.text, d.path).doc;
    const paths = [...new Set(doc ? evidencePaths(doc) : [])].filter((p) => unsafeRepoPath(p) === undefined);
    out[d.path] = await Promise.all(
      paths.map((path) => {
        let pin = cache.get(path);
        if (!pin) {
          pin = readBlob(octokit, repo, path, ref).then((blob) => {
            if (!blob) return { path, blob_sha: null, sha256: null };
            if (gitBlobSha(blob.bytes) !== blob.sha)
              throw new GateError((t) => t['evidence.blob-mismatch']({ path, commit: ref.slice(0, 7) }));
            return { path, blob_sha: blob.sha, sha256: sha256(blob.bytes) };
          });
          cache.set(path, pin);
        }
        return pin;
      }),
    );
  }
  return out;
}

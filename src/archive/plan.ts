import type { PullRequestSnapshot } from '../policy/snapshot.js';
import type { Verdict } from '../policy/verdict.js';
import { messages } from '../messages/index.js';
import { archiveCommitMessage } from './commit-message.js';
import { recordFiles, recordPath, yearIndexPath, type ChainHead } from './layout.js';
import { buildRecord, type RecordContext } from './record.js';
import { renderRecordMarkdown } from './render.js';

/** What the archive of one merge depends on besides the chain: tool, zone, folder, backfill and forged-status facts. */
export interface ArchiveOptions {
  folder: string;
  branch: string;
  zone: string;
  toolVersion: string;
  tzdata?: string;
  backfilled: boolean;
  forgedStatus?: RecordContext['forgedStatus'];
  /** Document path → its evidence files pinned at the merge. */
  evidence?: RecordContext['evidence'];
}

/** Where a merge's record and its year index live; neither depends on the chain, so both can be read at once. */
export function archiveTargets(snapshot: PullRequestSnapshot, verdict: Verdict, opts: ArchiveOptions): { path: string; indexPath: string } {
  const draft = buildRecord(snapshot, verdict, { previous: undefined, toolVersion: opts.toolVersion, tzdata: opts.tzdata, backfilled: opts.backfilled });
  const path = recordPath(opts.folder, draft, opts.zone);
  return { path, indexPath: yearIndexPath(path) };
}

/** The archive branch as read at one head commit: the chain head, the record (if written already) and the year index. */
export interface ArchiveState {
  chain: ChainHead | undefined;
  existing: string | undefined;
  index: string | undefined;
}

/** One commit's worth of archive writes, or nothing when the record is already there. */
export type ArchivePlan =
  | { kind: 'exists'; path: string; violations: number }
  | { kind: 'write'; path: string; violations: number; files: Array<{ path: string; content: string }>; message: string };

/** The files that archive one merge on top of the given branch state: pure, so a writer only moves bytes. */
export function planArchive(snapshot: PullRequestSnapshot, verdict: Verdict, opts: ArchiveOptions, path: string, state: ArchiveState): ArchivePlan {
  const { chain } = state;
  const record = buildRecord(snapshot, verdict, {
    previous: chain ? { sequence: chain.sequence, sha256: chain.sha256 } : undefined,
    toolVersion: opts.toolVersion,
    tzdata: opts.tzdata,
    backfilled: opts.backfilled,
    forgedStatus: opts.forgedStatus,
    evidence: opts.evidence,
  });
  const violations = record.violations.length;
  // A file the merged PR itself put at the record's path is not a record upgrade-gate wrote: the real
  // record replaces it (and the evaluation carries archive.protected as a violation).
  if (state.existing !== undefined && !snapshot.changedFiles.includes(path)) return { kind: 'exists', path, violations };
  const files = recordFiles(record, path, chain, state.index, opts.folder, opts.zone, renderRecordMarkdown(record));
  const message = archiveCommitMessage(messages(verdict.language), record, path);
  return { kind: 'write', path, violations, files, message };
}

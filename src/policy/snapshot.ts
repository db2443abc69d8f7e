import type { Language } from '../messages/index.js';

/** A review state as the REST API reports it. */
export type ReviewState = 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'DISMISSED' | 'PENDING';

/** One pull-request review, reduced to what the policy reads. */
export interface SnapshotReview {
  id: number;
  user: string;
  state: ReviewState;
  /** The commit the reviewer saw. */
  commitId: string;
  submittedAt: string;
}

/** A label on the PR, and who applied it and when (from the issue events) when known. */
export interface SnapshotLabel {
  name: string;
  appliedBy?: string;
  appliedAt?: string;
}

/** An earlier emergency upgrade found in the archive. */
export interface EmergencyRecord {
  pr: number;
  id: string;
  mergedAt: string;
  path?: string;
}

/** Who is in a team, as far as the shell could find out for the people who reviewed. */
export interface RoleMembership {
  /** Logins known to hold the role. */
  members: string[];
  /** The HTTP status with which the team could not be read (a configuration or token problem); its roles then fail closed. */
  unreadable?: number;
}

/**
 * Every fact a decision needs, as plain data: what collect builds from the event and the API (or the
 * CLI from disk), and what evaluate reads. Nothing here is fetched or read from a clock by the core.
 */
export interface PullRequestSnapshot {
  repository: string;
  pullRequest: {
    number: number;
    title: string;
    url?: string;
    author: string;
    draft?: boolean;
    baseRef: string;
    baseSha: string;
    headSha: string;
    merged?: boolean;
    mergedAt?: string;
    mergedBy?: string;
    mergeSha?: string;
  };
  /** The moment of evaluation, an ISO instant. */
  now: string;
  labels: SnapshotLabel[];
  /**
   * When the PR's base branch was last changed (the newest base_ref_changed event before the
   * evaluation): an approval submitted before it saw another change. Undefined when it never was.
   */
  baseChangedAt?: string;
  /** Paths the PR changes (added, modified, renamed or removed). */
  changedFiles: string[];
  /** GitHub lists at most 3,000 files of a PR; true when that cap was hit. */
  changedFilesTruncated?: boolean;
  /**
   * The upgrade documents the PR adds or changes, at the head commit: their bytes as read (fed to the
   * same loader as the CLI's), or only their size when it is over the limit; text is for the archive.
   */
  documents: Array<{ path: string; text: string; bytes?: Uint8Array; size?: number }>;
  /** Document paths the PR lists that could not be read as files at the head (a link, a submodule, gone). */
  unreadable?: Array<{
    path: string;
    kind: 'symlink' | 'submodule' | 'folder' | 'missing' | 'unlisted';
    target?: string;
  }>;
  /** Whether each evidence path the documents reference exists at the head commit. */
  evidence: Record<string, boolean>;
  /** The language asked for by the Action input or the CLI's --lang; it overrides the configuration's. */
  language?: Language;
  /** The policy configuration from the base branch (text absent: defaults). */
  config: { path: string; text?: string };
  /** CODEOWNERS from the base branch. */
  codeowners: { path?: string; text?: string };
  reviews: SnapshotReview[];
  /**
   * The PR's change at the head and at each earlier approved commit: path → blob SHA at that commit
   * (null: removed) for every file that differs from its merge base with the base branch, compared
   * tree to tree. Absent means unknown, and an approval of an unknown change never counts.
   */
  changes: Record<string, Record<string, string | null>>;
  /** Linked GitHub accounts that authored or committed the PR's commits; absent when they could not all be listed. */
  contributors?: string[];
  /**
   * Team owner entry ('@org/team', lower-case) → who of the reviewers is an active member, for the
   * teams of the documents' CODEOWNERS rules that the configuration does not list.
   */
  membership: Record<string, RoleMembership>;
  /** Emergency upgrades merged this calendar month (policy time zone), from the archive. */
  emergenciesThisMonth: EmergencyRecord[];
  /**
   * What the repository already holds, for a PR that adds, changes or removes upgrade documents: every
   * document an archive record names (path, NO., record file), and the NO. of each other upgrade
   * document on the base branch. Absent when it was not read.
   */
  history?: RepositoryHistory;
}

/** Upgrade documents the archive recorded, and NO.s in use on the base branch. */
export interface RepositoryHistory {
  archived: Array<{ path: string; id: string | null; record: string }>;
  base: Array<{ path: string; id: string }>;
}

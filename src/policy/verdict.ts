import type { Language } from '../messages/index.js';
import type { Finding } from '../messages/finding.js';

/** The state of one approval role on the form. */
export interface RoleState {
  role: string;
  title: { en: string; zh: string };
  owners: string[];
  /** The upgrade document this signature is for. */
  document?: string;
  satisfied: boolean;
  approver?: string;
  /** The CODEOWNERS entry through which the approver signed (@org/team or @user). */
  via?: string;
  approvedAt?: string;
  reviewId?: number;
  commitId?: string;
  /** Logins whose approval was set aside, with why. */
  notCounted: Array<{ login: string; why: string }>;
  blockedBy?: string;
}

/** Whether production merges are allowed now, and when that next changes. */
export interface WindowState {
  open: boolean;
  reason: string;
  zone: string;
  /** The next instant the answer flips (ISO), when one exists within a year. */
  nextFlip?: string;
  nextFlipText?: string;
  emergencyBypass: boolean;
}

/** Attachment 1, the Production Environment Upgrade Approval Form, as data. */
export interface ApprovalForm {
  no: string;
  system: string;
  environment: string;
  version: { from: string; to: string };
  type: string;
  window: { start: string; end: string };
  projectLead: string;
  opsLead: string;
  executor: string;
  supervisor: string;
  approvals: Array<{ role: string; title: { en: string; zh: string }; approver?: string; via?: string; at?: string }>;
  verification: { cases: number; acceptedBy?: string; acceptedOn?: string; grayTest?: string };
  result: 'approved' | 'not approved';
}

/** A backup as the document records it. */
export interface BackupPart {
  method: string;
  location: string;
}

/**
 * What the approvers sign for one production upgrade, as the document states it: the backups
 * (measures 3.5, 4.5), the rollback plan (4.6), the notice (4.4), the gray test (3.3) and, for an
 * emergency, the reason, impact, justification and the confirmation with the General Manager's
 * Office (3.2, 4.3). Absent fields are what the document leaves out.
 */
export interface SignOff {
  backup: { data?: BackupPart; programs?: BackupPart; config?: BackupPart };
  rollback?: string;
  notice?: { announcedAt: string; channels: string[] };
  grayTest?: { completed: string; result: string; report?: string };
  emergency?: {
    reason: string;
    impact: string;
    justification: string;
    phoneConfirmedBy?: string;
    confirmedAt?: string;
    emailRegistration?: string;
  };
}

/** One upgrade document of the PR as the verdict reports it. */
export interface DocumentVerdict {
  path: string;
  id?: string;
  type?: string;
  environment?: string;
  form?: ApprovalForm;
  /** Attachment 2, the feature list. */
  features: Array<{ id: string; title: string; description?: string }>;
  /** What the approvers sign, for a production upgrade. */
  signs?: SignOff;
}

/** What evaluate returns: every finding, the overall outcome, and the form's state. */
export interface Verdict {
  outcome: 'pass' | 'fail' | 'error';
  /** One line that says why, for status descriptions and logs. */
  summary: string;
  findings: Finding[];
  documents: DocumentVerdict[];
  roles: RoleState[];
  window: WindowState;
  emergency?: {
    requested: boolean;
    granted: boolean;
    label?: { name: string; appliedBy?: string; appliedAt?: string };
    earlierThisMonth: number;
  };
  upgradeType: 'regular' | 'emergency' | 'none';
  evaluatedAt: string;
  /** The commit status context the policy names (config status-context). */
  statusContext: string;
  /** The language every message of this verdict is written in. */
  language: Language;
  /** The PR's change to the policy files and the policy owner's signature, when it changes any. */
  policyChange?: { files: string[]; owner: string; state?: RoleState };
}

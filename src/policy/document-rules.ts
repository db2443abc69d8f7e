import type { LoadedDocument } from '../document/load-document.js';
import { compareFindings, type Finding } from '../messages/finding.js';
import type { DocumentContext, DocumentRule } from './document-rule.js';
import type { PolicyConfig } from './config.js';
import { messages } from '../messages/index.js';
import { isOff, withConfiguredSeverity } from './severity.js';
import { acceptanceRequired } from './rules/acceptance.required.js';
import { backupRollback, backupRules } from './rules/backup.js';
import { emergencyConfirmation } from './rules/emergency.confirmation.js';
import { emergencyJustification } from './rules/emergency.justification.js';
import { emergencyReason } from './rules/emergency.reason.js';
import { emergencySection } from './rules/emergency.section.js';
import { evidenceExists } from './rules/evidence.exists.js';
import { grayTestBeforeWindow } from './rules/gray-test.before-window.js';
import { grayTestWeekday } from './rules/gray-test.weekday.js';
import { noticeLeadTime } from './rules/notice.lead-time.js';
import { peopleTwoPerson } from './rules/people.two-person.js';
import { releaseForward } from './rules/release.forward.js';
import { windowOrder } from './rules/window.order.js';
import { windowWeekday } from './rules/window.weekday.js';

/** Every rule that needs only the document, the policy and the repository's files. */
export const DOCUMENT_RULES: readonly DocumentRule[] = [
  windowOrder,
  windowWeekday,
  grayTestBeforeWindow,
  grayTestWeekday,
  noticeLeadTime,
  acceptanceRequired,
  ...backupRules,
  backupRollback,
  emergencySection,
  emergencyReason,
  emergencyJustification,
  emergencyConfirmation,
  evidenceExists,
  peopleTwoPerson,
  releaseForward,
];

/** Runs the document rules on a loaded document; a document the schema rejected gets no rule findings. */
export function checkDocument(loaded: LoadedDocument, config: PolicyConfig, exists: (repoPath: string) => boolean): Finding[] {
  const findings = [...loaded.findings];
  const doc = loaded.doc;
  if (doc) {
    const ctx: DocumentContext = { doc, source: loaded.source, file: loaded.file, config, exists, t: messages(config.language) };
    for (const rule of DOCUMENT_RULES) {
      if (isOff(config, rule.id)) continue;
      for (const hit of rule.check(ctx)) {
        const pos = hit.atKey ? loaded.source.locateKey(hit.path) : loaded.source.locate(hit.path);
        findings.push({ rule: rule.id, severity: hit.severity ?? rule.severity, message: hit.message, file: loaded.file, ...pos });
      }
    }
  }
  return withConfiguredSeverity(config, findings).sort(compareFindings);
}

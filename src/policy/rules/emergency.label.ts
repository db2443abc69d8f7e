import type { Finding } from '../finding.js';

/** Measures 3.2: the emergency bypass needs both halves, the PR label and a document of type emergency. */
export function emergencyLabelFindings(labelName: string, labelled: boolean, emergencyDocs: string[], regularDocs: string[]): Finding[] {
  if (labelled && emergencyDocs.length === 0) {
    return [{ rule: 'emergency.label', severity: 'error', message: `the PR has the "${labelName}" label but no upgrade document says type: emergency: set type: emergency with an emergency section in the document, or remove the label` }];
  }
  if (!labelled && emergencyDocs.length > 0) {
    return emergencyDocs.map((file) => ({ rule: 'emergency.label', severity: 'error' as const, file, message: `the document says type: emergency but the PR lacks the "${labelName}" label: add the label (it records who declared the emergency) or make the upgrade regular` }));
  }
  if (labelled && regularDocs.length > 0) {
    return regularDocs.map((file) => ({ rule: 'emergency.label', severity: 'error' as const, file, message: `the PR is labelled "${labelName}" but this document is a regular upgrade: an emergency PR carries only emergency upgrades; move it to its own PR` }));
  }
  return [];
}

import type { Catalog } from '../../messages/index.js';
import type { Finding } from '../../messages/finding.js';

/** Measures 3.2: the emergency bypass needs both halves, the PR label and a document of type emergency. */
export function emergencyLabelFindings(labelName: string, labelled: boolean, emergencyDocs: string[], regularDocs: string[], t: Catalog): Finding[] {
  if (labelled && emergencyDocs.length === 0) {
    return [{ rule: 'emergency.label', severity: 'error', message: t['emergency.label-without-document']({ label: labelName }) }];
  }
  if (!labelled && emergencyDocs.length > 0) {
    return emergencyDocs.map((file) => ({ rule: 'emergency.label', severity: 'error' as const, file, message: t['emergency.document-without-label']({ label: labelName }) }));
  }
  if (labelled && regularDocs.length > 0) {
    return regularDocs.map((file) => ({ rule: 'emergency.label', severity: 'error' as const, file, message: t['emergency.label-with-regular']({ label: labelName }) }));
  }
  return [];
}

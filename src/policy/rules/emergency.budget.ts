import type { Catalog } from '../../messages/index.js';
import type { EmergencyRecord } from '../snapshot.js';
import type { Finding } from '../../messages/finding.js';

/** Measures 3.2 "control the number of emergency upgrades": at most `budget` per calendar month. */
export function emergencyBudgetFindings(earlier: EmergencyRecord[], budget: number, severity: 'error' | 'warning', month: string, t: Catalog): Finding[] {
  if (earlier.length < budget) return [];
  const list = earlier.map((e) => `${e.id} (PR #${e.pr}, ${e.mergedAt.slice(0, 10)})`).join(', ');
  return [{ rule: 'emergency.budget', severity, message: t['emergency.budget']({ count: earlier.length, month, list, budget }) }];
}

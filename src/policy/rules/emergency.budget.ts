import type { EmergencyRecord } from '../snapshot.js';
import type { Finding } from '../finding.js';

/** Measures 3.2 "control the number of emergency upgrades": at most `budget` per calendar month. */
export function emergencyBudgetFindings(earlier: EmergencyRecord[], budget: number, severity: 'error' | 'warning', month: string): Finding[] {
  if (earlier.length < budget) return [];
  const list = earlier.map((e) => `${e.id} (PR #${e.pr}, ${e.mergedAt.slice(0, 10)})`).join(', ');
  return [{ rule: 'emergency.budget', severity, message: `${earlier.length} emergency upgrade${earlier.length === 1 ? '' : 's'} already merged in ${month} (${list || 'none listed'}), and the budget is ${budget} a month: the General Manager's Office must agree to exceed it; raise emergency.monthly-budget or set budget-severity: warning only by policy change` }];
}

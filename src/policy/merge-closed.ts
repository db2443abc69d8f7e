import type { MergeContext, RuleHit } from './rule.js';

/** Which rule closed the production window now: a freeze, the document's own window, or the merge day. */
export function closedBy(ctx: MergeContext): 'window.freeze' | 'merge.window' | 'merge.weekday' | undefined {
  if (ctx.production.length === 0 || ctx.emergencyGranted || ctx.state.open) return undefined;
  if (ctx.state.freeze) return 'window.freeze';
  return ctx.config['merge-window'] && ctx.state.reason.includes("document's window") ? 'merge.window' : 'merge.weekday';
}

/** The finding of the rule that closed the window, when it is `rule`. */
export function closedHits(ctx: MergeContext, rule: string): RuleHit[] {
  if (closedBy(ctx) !== rule) return [];
  const next = ctx.nextFlipText ? `the window ${ctx.nextFlipText}` : ctx.t['merge.no-opening']();
  return [{ message: ctx.t['merge.closed']({ reason: ctx.state.reason, next }) }];
}

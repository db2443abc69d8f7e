import type { MergeContext, RuleHit } from './rule.js';
import { mergeWindowMode } from './config.js';
import { windowReason } from './window-text.js';

/** Which rule closed the production window now: a freeze, the document's own window, or the merge day. */
export function closedBy(ctx: MergeContext): 'window.freeze' | 'merge.window' | 'merge.weekday' | undefined {
  if (ctx.production.length === 0 || ctx.emergencyGranted || ctx.state.open) return undefined;
  if (ctx.state.why === 'freeze') return 'window.freeze';
  return ctx.state.why === 'outside-window' || ctx.state.why === 'windows-apart' ? 'merge.window' : 'merge.weekday';
}

/** The finding of the rule that closed the window, when it is `rule`. */
export function closedHits(ctx: MergeContext, rule: string): RuleHit[] {
  if (closedBy(ctx) !== rule) return [];
  // With the merge tied to the documents' window, nothing opening again means that window is over.
  return [
    {
      message: ctx.t['merge.closed']({
        reason: windowReason(ctx.state, ctx.t),
        flip: ctx.nextFlipText ?? '',
        over: mergeWindowMode(ctx.config) !== 'off',
      }),
    },
  ];
}

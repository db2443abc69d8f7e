import { codeownersProblemText } from '../../codeowners/problem-text.js';
import type { PullRequestRule } from '../rule.js';

/** A CODEOWNERS line GitHub skips would silently drop an owner: each one is reported where it is. */
export const codeownersSyntax: PullRequestRule = {
  id: 'codeowners.syntax',
  scope: 'pull-request',
  severity: 'warning',
  softenable: true,
  emergency: false,
  clause: null,
  check: ({ codeowners, snapshot, t }) =>
    (codeowners?.errors ?? []).map((e) => ({
      file: snapshot.codeowners.path,
      line: e.line,
      column: e.column,
      message: codeownersProblemText(e, t),
    })),
};

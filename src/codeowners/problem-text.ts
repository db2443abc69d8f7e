import type { Catalog } from '../messages/index.js';
import type { CodeownersError } from './parse.js';

/** What is wrong with a CODEOWNERS line GitHub skips and how to fix it, in the catalog's language. */
export function codeownersProblemText(e: CodeownersError, t: Catalog): string {
  return t[`codeowners.${e.problem}`]({ token: e.token });
}

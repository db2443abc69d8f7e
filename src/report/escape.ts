/**
 * The one escaping helper for every Markdown upgrade-gate writes (the PR comment, the job summary, the
 * archive's record Markdown and year index). Everything a pull request can write (document fields,
 * file names, titles) is hostile: it must render as the plain text it is, inside a table cell, a
 * list item or a heading, and never open HTML, an image, a link, a heading or a mention.
 */

// Line breaks of every kind would end a table row or start a new block; tabs and other controls
// change how a cell lines up. All become one space.
const BREAKS = /[\r\n\u0085\u2028\u2029\v\f\t\u0000-\u0008\u000e-\u001f\u007f]+/g;
// Every ASCII character that has a meaning inside a line of GitHub Markdown: emphasis, code, links
// and images (both need a bracket), tables, strike-through and math. Nothing from a PR ever starts
// a line, so heading, list and quote markers need no escape, and text stays readable as plain text.
const SPECIAL = /[\\`*_[\]|~$]/g;
// Bare URLs become links (GitHub's extended autolinks); a word joiner keeps them text.
const AUTOLINK = /(:)(\/\/)|\b(www)(\.)/gi;
const HTML: Record<string, string> = { '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' };
// A zero-width joiner after "@" keeps the text readable while GitHub no longer sees a mention
// (a backslash would not help: mentions are found in the rendered text).
const AT = '@\u200D';

// Every character or sequence one of the replacements below acts on: most text has none and is
// returned as it is (verify renders the Markdown of ten thousand records at a time).
const NEEDS_ESCAPE = /[\u0000-\u001f\u007f\u0085\u2028\u2029<>&"\\`*_[\]|~$@]|:\/\/|www\./i;

/** One line of inert text: safe in a table cell, a list item, a quote or a heading. */
export function mdText(value: unknown): string {
  const s = value === undefined || value === null ? '' : String(value);
  if (!NEEDS_ESCAPE.test(s)) return s;
  return s
    .replace(BREAKS, ' ')
    .replace(/[<>&"]/g, (c) => HTML[c]!)
    .replace(SPECIAL, (c) => `\\${c}`)
    .replace(
      AUTOLINK,
      (_m, a: string | undefined, b: string | undefined, c: string | undefined, d: string | undefined) =>
        a ? `${a}\u2060${b}` : `${c}\u2060${d}`,
    )
    .replace(/@/g, AT);
}

/**
 * A code span that holds any text, backticks included: the fence is one backtick longer than the
 * longest run inside. In a table cell a pipe must be escaped even inside code (GitHub splits the row
 * first), elsewhere the escape would show.
 */
export function mdCode(value: unknown, opts: { table?: boolean } = {}): string {
  let s = (value === undefined || value === null ? '' : String(value)).replace(BREAKS, ' ');
  // Markdown has no empty code span.
  if (s.trim() === '') return '—';
  if (opts.table) s = s.replace(/\|/g, '\\|');
  const longest = Math.max(0, ...[...s.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  // A span that starts or ends with a backtick or a space needs a space on each side (CommonMark strips one).
  const pad = /^[` ]|[` ]$/.test(s) ? ' ' : '';
  return `${fence}${pad}${s}${pad}${fence}`;
}

/** GitHub logins (and app bots) as GitHub accepts them; teams as @org/team. */
const LOGIN = /^@?[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}(?:\[bot\])?$/;
const TEAM = /^@?[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\/[A-Za-z0-9._-]{1,100}$/;

/**
 * A mention that notifies: only for the people and teams the comment means to reach (approvers, the
 * owners of a role that is waiting). Anything that is not a login or a team renders as inert text.
 */
export function mdMention(login: string | undefined): string {
  if (!login) return '—';
  if (!LOGIN.test(login) && !TEAM.test(login)) return mdText(login);
  return `@${login.replace(/^@/, '')}`;
}

/** A login shown without notifying anyone: the document's people, label appliers, PR authors. */
export function mdLogin(login: string | undefined): string {
  if (!login) return '—';
  return mdText(`@${login.replace(/^@/, '')}`);
}

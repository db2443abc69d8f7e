import MarkdownIt from 'markdown-it';
type Token = ReturnType<InstanceType<typeof MarkdownIt>['parse']>[number];

const md = new MarkdownIt({ html: true, linkify: true });
// GitHub links bare URLs only with a scheme or www., not any dotted word.
md.linkify.set({ fuzzyLink: false, fuzzyEmail: false });

/** Every token of a Markdown text as a CommonMark + GFM-tables parser reads it, inline children included. */
export function markdownTokens(markdown: string): Token[] {
  return md.parse(markdown, {}).flatMap((t) => [t, ...(t.children ?? [])]);
}

/** The HTML tags and comments a Markdown text carries. */
export function htmlIn(markdown: string): string[] {
  return markdownTokens(markdown)
    .filter((t) => t.type === 'html_inline' || t.type === 'html_block')
    .map((t) => t.content.trim());
}

/** The text of every heading. */
export function headingsIn(markdown: string): string[] {
  const all = md.parse(markdown, {});
  return all.flatMap((t, i) => (t.type === 'heading_open' ? [all[i + 1]!.content] : []));
}

/** Logins and teams a rendered text would notify (a zero-width joiner after @ notifies nobody). */
export function mentionsIn(markdown: string): string[] {
  const raw = markdownTokens(markdown)
    .filter((t) => t.type === 'text')
    .map((t) => t.content)
    .join('\u0001');
  return [...raw.matchAll(/(?:^|[^\w`\u200D])@([A-Za-z0-9][\w/-]*)/g)].map((m) => m[1]!);
}

/** What a reader sees: the Markdown rendered, tags dropped, entities decoded, invisible joiners removed. */
export function readable(markdown: string): string {
  const entities: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&amp;': '&', '&quot;': '"', '&#39;': "'" };
  return md
    .render(markdown)
    .replace(/<[^>]*>/g, '')
    .replace(/&(?:lt|gt|amp|quot|#39);/g, (e) => entities[e]!)
    .replace(/[\u200D\u2060]/g, '');
}

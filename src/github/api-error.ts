/** "GET /repos/o/r/pulls/7/files answered HTTP 502 (after retries): Bad Gateway" for a failed Octokit call. */
export function describeApiError(err: unknown): string {
  const e = err as { status?: number; message?: string; request?: { method?: string; url?: string } };
  if (e?.request?.url) {
    const url = e.request.url.replace(/^https?:\/\/[^/]+/, '').replace(/\?.*$/, '');
    return `${e.request.method ?? 'GET'} ${url} answered HTTP ${e.status ?? '?'} (after retries): ${(e.message ?? '').split('\n')[0]}`;
  }
  return (err as Error)?.message ?? String(err);
}

import { RequestError } from '@octokit/request-error';

/** The HTTP status GitHub answered a failed call with; undefined for anything else (a network error, a bug). */
export function apiStatus(err: unknown): number | undefined {
  return err instanceof RequestError ? err.status : undefined;
}

/** Whether a failed call was answered with one of these HTTP statuses. */
export function answered(err: unknown, ...statuses: number[]): boolean {
  const status = apiStatus(err);
  return status !== undefined && statuses.includes(status);
}

/** "GET /repos/o/r/pulls/7/files answered HTTP 502 (after retries): Bad Gateway" for a failed Octokit call. */
export function describeApiError(err: unknown): string {
  if (err instanceof RequestError) {
    const url = err.request.url.replace(/^https?:\/\/[^/]+/, '').replace(/\?.*$/, '');
    return `${err.request.method} ${url} answered HTTP ${err.status} (after retries): ${err.message.split('\n')[0]}`;
  }
  return err instanceof Error ? err.message : String(err);
}

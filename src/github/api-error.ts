import { RequestError } from '@octokit/request-error';
import type { Language } from '../messages/language.js';
import { GateError, logMessages } from '../messages/log-catalog.js';

export { GateError };

/** The HTTP status GitHub answered a failed call with; undefined for anything else (a network error, a bug). */
export function apiStatus(err: unknown): number | undefined {
  return err instanceof RequestError ? err.status : undefined;
}

/** Whether a failed call was answered with one of these HTTP statuses. */
export function answered(err: unknown, ...statuses: number[]): boolean {
  const status = apiStatus(err);
  return status !== undefined && statuses.includes(status);
}

/** "GET /repos/o/r/pulls/7/files answered HTTP 502 (after retries): Bad Gateway" for a failed Octokit call, in the language asked for. */
export function describeApiError(err: unknown, language?: Language): string {
  const t = logMessages(language);
  if (err instanceof RequestError) {
    const url = err.request.url.replace(/^https?:\/\/[^/]+/, '').replace(/\?.*$/, '');
    return t['api.failed']({
      method: err.request.method,
      url,
      status: err.status,
      message: err.message.split('\n')[0] ?? '',
    });
  }
  if (err instanceof GateError) return err.say(t);
  return err instanceof Error ? err.message : String(err);
}

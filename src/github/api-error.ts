import { RequestError } from '@octokit/request-error';
import type { Language } from '../messages/language.js';
import { GateError, logMessages } from '../messages/log-catalog.js';

export { GateError };

/** How long one attempt of a request may wait for GitHub's answer (UPGRADE_GATE_API_TIMEOUT, in seconds, changes it). */
export const DEFAULT_API_TIMEOUT_SECONDS = 30;

/** The per-attempt timeout in milliseconds: UPGRADE_GATE_API_TIMEOUT when it is a positive number of seconds, else the default. */
export function apiTimeoutMs(env: NodeJS.ProcessEnv = process.env): number {
  const seconds = Number(env.UPGRADE_GATE_API_TIMEOUT);
  return (Number.isFinite(seconds) && seconds > 0 ? seconds : DEFAULT_API_TIMEOUT_SECONDS) * 1000;
}

/** The HTTP status GitHub answered a failed call with; undefined for anything else (a network error, a bug). */
export function apiStatus(err: unknown): number | undefined {
  // Octokit reports a request that got no answer (refused, reset, timed out) as status 500 without a response.
  return err instanceof RequestError && err.response ? err.status : undefined;
}

/** Whether a failed call was answered with one of these HTTP statuses. */
export function answered(err: unknown, ...statuses: number[]): boolean {
  const status = apiStatus(err);
  return status !== undefined && statuses.includes(status);
}

/** "GET /repos/o/r/pulls/7/files answered HTTP 502 (after retries): Bad Gateway" for a failed Octokit call, in the language asked for. */
export function describeApiError(err: unknown, language?: Language): string {
  const t = logMessages(language);
  if (err instanceof RequestError && !err.response) {
    // No answer at all: name the whole URL (the host is what is wrong), never an HTTP status.
    const url = err.request.url.replace(/\?.*$/, '');
    const cause = err.cause as { name?: string } | undefined;
    if (cause?.name === 'TimeoutError' || cause?.name === 'AbortError')
      return t['api.timeout']({ method: err.request.method, url, seconds: apiTimeoutMs() / 1000 });
    return t['api.unreachable']({ method: err.request.method, url, message: err.message.split('\n')[0] ?? '' });
  }
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

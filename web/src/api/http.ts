// The one small wrapper around the NSwag-generated client (client.ts, never edited by hand): it creates
// the clients for this origin and turns whatever the client throws into one typed ApiProblem.
import {
  AccountClient,
  ComplianceClient,
  EmailClient,
  ApiException,
  DialoguesClient,
  type FieldError,
  FeedbackClient,
  FollowsClient,
  ModerationClient,
  OfficialsClient,
  OpinionsClient,
  ResultsClient,
  ThemeSuggestionsClient,
  WebhooksClient,
} from './client';

/**
 * An RFC 9457 problem from the API, or a network failure in the same shape (status 0). The SPA shows words for
 * `code` and for each field error's `code` (lib/problems.ts); `title` and `detail` are English, for logs only.
 */
export class ApiProblem extends Error {
  readonly status: number;
  /** The stable name of the problem (`dialogue.notOpen`, `request.invalid` …); empty when the answer had none. */
  readonly code: string;
  readonly title: string;
  readonly detail?: string;
  /** With `request.invalid`: each field's problem, its path in the request as sent, a code and its parameters. */
  readonly fieldErrors: FieldError[];
  readonly traceId?: string;
  /** Seconds to wait before trying again (from Retry-After, on 429 Too Many Requests). */
  readonly retryAfter?: number;

  constructor(init: { status: number; title: string; code?: string; detail?: string; fieldErrors?: FieldError[]; traceId?: string; retryAfter?: number }) {
    super(init.detail ?? init.title);
    this.name = 'ApiProblem';
    this.status = init.status;
    this.code = init.code ?? '';
    this.title = init.title;
    this.detail = init.detail;
    this.fieldErrors = init.fieldErrors ?? [];
    this.traceId = init.traceId;
    this.retryAfter = init.retryAfter;
  }
}

interface ProblemLike {
  status?: number | null;
  code?: string | null;
  title?: string | null;
  detail?: string | null;
  fieldErrors?: FieldError[] | null;
  traceId?: string;
  retryAfter?: number;
}

function fromProblem(problem: ProblemLike, fallbackStatus: number): ApiProblem {
  return new ApiProblem({
    status: problem.status ?? fallbackStatus,
    code: typeof problem.code === 'string' ? problem.code : undefined,
    title: problem.title ?? 'Error',
    detail: problem.detail ?? undefined,
    fieldErrors: Array.isArray(problem.fieldErrors) ? problem.fieldErrors : undefined,
    traceId: problem.traceId,
    retryAfter: typeof problem.retryAfter === 'number' ? problem.retryAfter : undefined,
  });
}

/** Whatever a generated client call threw, as an ApiProblem. */
export function toApiProblem(error: unknown): ApiProblem {
  if (error instanceof ApiProblem) return error;
  if (ApiException.isApiException(error)) {
    const ex = error as ApiException;
    try {
      return fromProblem(JSON.parse(ex.response) as ProblemLike, ex.status);
    } catch {
      return new ApiProblem({ status: ex.status, title: ex.message, retryAfter: retryAfterSeconds(ex.headers?.['retry-after'] ?? null) });
    }
  }
  if (error && typeof error === 'object' && ('title' in error || 'status' in error)) {
    return fromProblem(error as ProblemLike, 500);
  }
  return new ApiProblem({ status: 0, title: error instanceof Error ? error.message : 'Network error' });
}

/** Runs a client call; failures come out as ApiProblem. */
export async function call<T>(request: () => Promise<T>): Promise<T> {
  try {
    return await request();
  } catch (error) {
    throw toApiProblem(error);
  }
}

// Staff sign in with an HttpOnly cookie; every change they make then carries the anti-forgery token.
let antiforgeryToken: string | undefined;

export function setAntiforgeryToken(token: string | undefined) {
  antiforgeryToken = token;
}

const unsafeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Seconds in a Retry-After header: a number of seconds, or an HTTP date. */
export function retryAfterSeconds(header: string | null, now = Date.now()): number | undefined {
  if (!header) return undefined;
  const value = header.trim();
  if (/^\d+$/.test(value)) return Number(value);
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - now) / 1000));
}

/**
 * The generated client throws a problem body without the response's headers, so the wait of a 429 is copied into the
 * problem (as the extension member `retryAfter`) before the client reads it.
 */
async function withRetryAfter(response: Response): Promise<Response> {
  const seconds = retryAfterSeconds(response.headers.get('Retry-After'));
  if (seconds === undefined) return response;
  const text = await response.text();
  let body = text;
  try {
    const problem: unknown = JSON.parse(text);
    if (problem && typeof problem === 'object' && !Array.isArray(problem)) body = JSON.stringify({ ...problem, retryAfter: seconds });
  } catch {
    // Not JSON: passed on as it came.
  }
  return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
}

const http = {
  fetch: async (url: RequestInfo, init?: RequestInit) => {
    const headers = new Headers(init?.headers);
    if (antiforgeryToken && unsafeMethods.has((init?.method ?? 'GET').toUpperCase())) {
      headers.set('X-XSRF-TOKEN', antiforgeryToken);
    }
    const response = await window.fetch(url, { ...init, headers, credentials: 'same-origin' });
    return response.status === 429 ? withRetryAfter(response) : response;
  },
};

export const dialoguesClient = new DialoguesClient('', http);
export const officialsClient = new OfficialsClient('', http);
export const accountClient = new AccountClient('', http);
export const opinionsClient = new OpinionsClient('', http);
export const resultsClient = new ResultsClient('', http);
export const feedbackClient = new FeedbackClient('', http);
export const emailClient = new EmailClient('', http);
export const moderationClient = new ModerationClient('', http);
export const complianceClient = new ComplianceClient('', http);
export const webhooksClient = new WebhooksClient('', http);
export const followsClient = new FollowsClient('', http);
export const themeSuggestionsClient = new ThemeSuggestionsClient('', http);

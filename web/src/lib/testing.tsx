import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { MemoryRouter, useLocation, type Location } from 'react-router';
import { AppRoutes } from '../app/routes';
import { I18nProvider } from '../i18n/I18nProvider';
import { ApiProblem } from '../api/http';
import type { DialogueDetails } from '../api/client';

/** Renders the app at a path, with fetch answered by the given routes (unit tests only; e2e uses the real API). */
export function renderAt(path: string, api: Record<string, { status?: number; body: unknown; headers?: Record<string, string> }>) {
  const fetch = vi.fn(async (input: RequestInfo | URL, _init?: RequestInit) => {
    const url = new URL(String(input), 'http://localhost');
    const key = Object.keys(api).find((k) => url.pathname + url.search === k || url.pathname === k);
    const answer = key ? api[key] : { status: 404, body: { title: 'Not found.', status: 404, detail: 'No such route in the test.' } };
    const status = answer.status ?? 200;
    return new Response(JSON.stringify(answer.body), {
      status,
      headers: { 'Content-Type': status >= 400 ? 'application/problem+json' : 'application/json', ...('headers' in answer ? answer.headers : {}) },
    });
  });
  vi.stubGlobal('fetch', fetch);
  // Where the app is now, as a test reads it (`router.state.location`).
  const router = { state: { location: undefined as unknown as Location } };
  function Spy() {
    router.state.location = useLocation();
    return null;
  }
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <I18nProvider>
      <QueryClientProvider client={client}>
        <MemoryRouter initialEntries={[path]}>
          <AppRoutes />
          <Spy />
        </MemoryRouter>
      </QueryClientProvider>
    </I18nProvider>,
  );
  return { fetch, router };
}

/** A 400 request.invalid problem with these field errors ([field, code, params]), as the API answers a refused form. */
export function invalidRequest(...errors: [field: string, code: string, params?: Record<string, string>][]): ApiProblem {
  return new ApiProblem({
    status: 400,
    code: 'request.invalid',
    title: 'One or more fields are invalid.',
    fieldErrors: errors.map(([field, code, params = {}]) => ({ field, code, params, message: `English for logs: ${field} ${code}.` })),
  });
}

/** A dialogue as the staff and public endpoints describe it — a closed consultation about a skatepark — with `changes`. */
export function dialogueDetails(changes: Partial<DialogueDetails> = {}): DialogueDetails {
  return {
    id: 'd1',
    slug: 'skatepark',
    title: 'Ny skatepark',
    summary: 'Kommunen planerar en skatepark.',
    question: 'Var ska den ligga?',
    committee: 'Kultur- och fritidsnämnden',
    forms: ['survey'],
    targetGroups: ['youngPeople'],
    places: [],
    opensAt: '2026-10-01T08:00:00Z',
    closesAt: '2026-11-01T08:00:00Z',
    status: 'closed',
    sessions: [],
    topics: [],
    translations: [],
    participationLevel: 'consult',
    factLinks: [],
    isYouthDialogue: false,
    districts: [],
    opinionCount: 10,
    documents: [],
    questions: [],
    responsibleOfficials: [],
    opinionVisibility: 'internal',
    moderation: 'postModeration',
    moderationIsDefault: true,
    ...changes,
  };
}

/** The API's answers for a signed-in member of staff (Anna, an official unless `roles` says otherwise). */
export const signedIn = (roles: string[] = ['Official']) => ({
  '/api/account/me': { body: { id: 'u1', email: 'a@example.se', displayName: 'Anna', roles } },
  '/api/account/antiforgery': { body: { token: 'x', headerName: 'X-XSRF-TOKEN' } },
});

import { LocalMailPage } from '../features/staff/LocalMailPage';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createBrowserRouter, RouterProvider, type RouteObject } from 'react-router';
import { I18nProvider } from '../i18n/I18nProvider';
import { Layout } from './Layout';
import { DialogueListPage } from '../features/dialogues/DialogueListPage';
import { DialoguePage } from '../features/dialogues/DialoguePage';
import { NotFoundPage } from '../components/NotFoundPage';
import { OfficialsPage } from '../features/officials/OfficialsPage';
import { AccessibilityStatementPage } from '../features/about/AccessibilityStatementPage';
import { GiveOpinionPage } from '../features/opinions/GiveOpinionPage';
import { ConfirmEmailPage, ReceiptPage } from '../features/opinions/ReceiptPage';
import { StaffPage } from '../features/staff/StaffPage';
import { DialogueFormPage } from '../features/staff/DialogueFormPage';
import { StaffOpinionsPage } from '../features/staff/StaffOpinionsPage';
import { ResultsPage } from '../features/staff/ResultsPage';
import { DecisionPage } from '../features/staff/DecisionPage';
import { FeedbackPage } from '../features/feedback/FeedbackPage';
import { UnsubscribePage } from '../features/feedback/UnsubscribePage';
import { ModerationQueuePage } from '../features/moderation/ModerationQueuePage';
import { ModerationLogPage } from '../features/moderation/ModerationLogPage';
import { TransparencyPage, TransparencyRedirect } from '../features/transparency/TransparencyPage';
import { CompliancePage } from '../features/compliance/CompliancePage';

export const routes: RouteObject[] = [
  {
    element: <Layout />,
    children: [
      { index: true, element: <DialogueListPage /> },
      { path: 'dialoger/:slug', element: <DialoguePage /> },
      { path: 'dialoger/:slug/tyck-till', element: <GiveOpinionPage /> },
      { path: 'dialoger/:slug/aterkoppling', element: <FeedbackPage /> },
      { path: 'kvitto/bekrafta/:token', element: <ConfirmEmailPage /> },
      { path: 'kvitto/:token', element: <ReceiptPage /> },
      { path: 'avregistrera/:token', element: <UnsubscribePage /> },
      { path: 'fortroendevalda', element: <OfficialsPage /> },
      { path: 'tillganglighet', element: <AccessibilityStatementPage /> },
      { path: 'insyn', element: <TransparencyRedirect /> },
      { path: 'insyn/:year', element: <TransparencyPage /> },
      { path: 'personal', element: <StaffPage /> },
      { path: 'personal/dialoger/ny', element: <DialogueFormPage /> },
      { path: 'personal/e-post', element: <LocalMailPage /> },
      { path: 'personal/e-post/:id', element: <LocalMailPage /> },
      { path: 'personal/moderering', element: <ModerationQueuePage /> },
      { path: 'personal/moderering/logg', element: <ModerationLogPage /> },
      { path: 'personal/efterlevnad', element: <CompliancePage /> },
      { path: 'personal/dialoger/:id', element: <DialogueFormPage /> },
      { path: 'personal/dialoger/:id/synpunkter', element: <StaffOpinionsPage /> },
      { path: 'personal/dialoger/:id/resultat', element: <ResultsPage /> },
      { path: 'personal/dialoger/:id/beslut', element: <DecisionPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

export function createQueryClient() {
  return new QueryClient({ defaultOptions: { queries: { staleTime: 30_000, refetchOnWindowFocus: false } } });
}

export function App() {
  const router = createBrowserRouter(routes);
  return (
    <I18nProvider>
      <QueryClientProvider client={createQueryClient()}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </I18nProvider>
  );
}

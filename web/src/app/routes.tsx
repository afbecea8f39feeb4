// Every route of the SPA. Pages come from the features; where one page shows pieces of two areas (the edit page
// shows the questionnaire editor, the staff start page comes after the sign-in), they are put together here, so no
// feature imports another.
import type { RouteObject } from 'react-router';
import { Layout } from './Layout';
import { NotFoundPage } from '../components/NotFoundPage';
import { AccessibilityStatementPage } from '../features/about/AccessibilityStatementPage';
import { StaffSignIn } from '../features/accounts/StaffSignIn';
import { CompliancePage } from '../features/compliance/CompliancePage';
import { DecisionPage } from '../features/decision/DecisionPage';
import { DialogueFormPage } from '../features/dialogue-admin/DialogueFormPage';
import { StaffPage } from '../features/dialogue-admin/StaffPage';
import { DialogueListPage } from '../features/dialogues/DialogueListPage';
import { DialoguePage } from '../features/dialogues/DialoguePage';
import { FeedbackPage } from '../features/feedback/FeedbackPage';
import { UnsubscribePage } from '../features/feedback/UnsubscribePage';
import { LocalMailPage } from '../features/local-mail/LocalMailPage';
import { ModerationLogPage } from '../features/moderation/ModerationLogPage';
import { ModerationQueuePage } from '../features/moderation/ModerationQueuePage';
import { OfficialsPage } from '../features/officials/OfficialsPage';
import { GiveOpinionPage } from '../features/opinions/GiveOpinionPage';
import { ConfirmEmailPage, ReceiptPage } from '../features/opinions/ReceiptPage';
import { QuestionnaireEditor } from '../features/questionnaire/QuestionnaireEditor';
import { ResultsPage } from '../features/results/ResultsPage';
import { StaffOpinionsPage } from '../features/staff-opinions/StaffOpinionsPage';
import { TransparencyPage, TransparencyRedirect } from '../features/transparency/TransparencyPage';

const dialogueForm = <DialogueFormPage editors={(dialogue) => <QuestionnaireEditor dialogue={dialogue} />} />;

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
      { path: 'personal', element: <StaffSignIn>{(me) => <StaffPage me={me} />}</StaffSignIn> },
      { path: 'personal/dialoger/ny', element: dialogueForm },
      { path: 'personal/e-post', element: <LocalMailPage /> },
      { path: 'personal/e-post/:id', element: <LocalMailPage /> },
      { path: 'personal/moderering', element: <ModerationQueuePage /> },
      { path: 'personal/moderering/logg', element: <ModerationLogPage /> },
      { path: 'personal/efterlevnad', element: <CompliancePage /> },
      { path: 'personal/dialoger/:id', element: dialogueForm },
      { path: 'personal/dialoger/:id/synpunkter', element: <StaffOpinionsPage /> },
      { path: 'personal/dialoger/:id/resultat', element: <ResultsPage /> },
      { path: 'personal/dialoger/:id/beslut', element: <DecisionPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

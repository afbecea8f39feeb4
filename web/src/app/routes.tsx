// Every route of the SPA. Pages come from the features; where one page shows pieces of two areas (the edit page
// shows the questionnaire editor, the staff start page comes after the sign-in), they are put together here, so no
// feature imports another. Each page is its own chunk, loaded with its route (react-router's `lazy`) together with
// the words it needs: the public start page never loads the staff console, its editors or its charts.
import type { ComponentType } from 'react';
import type { RouteObject } from 'react-router';
import { Layout } from './Layout';
import { NotFoundPage } from '../components/NotFoundPage';
import { i18n, loadWords } from '../i18n/i18n';
import { LanguageScope } from '../i18n/LanguageScope';
import { residentAreas, staffLanguages, type LanguageCode } from '../i18n/languages';
import { allAreas } from '../i18n/resources';

type Lazy = () => Promise<{ Component: ComponentType }>;

/** A public page of one area: its code and its area's words in the reader's language (the shared ones are loaded first). */
const resident = (area: (typeof residentAreas)[number], load: () => Promise<ComponentType>): Lazy => async () => {
  const [Component] = await Promise.all([load(), loadWords(i18n.language as LanguageCode, ['shared', area])]);
  return { Component };
};

/** A staff page: its code and every area's words (Swedish, and English when that is the language shown). */
const staff = (load: () => Promise<ComponentType>): Lazy => async () => {
  const language = i18n.language as LanguageCode;
  const [Component] = await Promise.all([load(), loadWords(staffLanguages.includes(language) ? language : 'sv', allAreas)]);
  return { Component };
};

const dialogueForm = staff(async () => {
  const [{ DialogueFormPage }, { QuestionnaireEditor }] = await Promise.all([
    import('../features/dialogue-admin/DialogueFormPage'),
    import('../features/questionnaire/QuestionnaireEditor'),
  ]);
  return () => <DialogueFormPage editors={(dialogue) => <QuestionnaireEditor dialogue={dialogue} />} />;
});

export const routes: RouteObject[] = [
  {
    element: (
      <LanguageScope>
        <Layout />
      </LanguageScope>
    ),
    children: [
      { index: true, lazy: resident('dialogues', async () => (await import('../features/dialogues/DialogueListPage')).DialogueListPage) },
      { path: 'dialoger/:slug', lazy: resident('dialogues', async () => (await import('../features/dialogues/DialoguePage')).DialoguePage) },
      { path: 'dialoger/:slug/tyck-till', lazy: resident('opinions', async () => (await import('../features/opinions/GiveOpinionPage')).GiveOpinionPage) },
      { path: 'dialoger/:slug/aterkoppling', lazy: resident('feedback', async () => (await import('../features/feedback/FeedbackPage')).FeedbackPage) },
      { path: 'kvitto/bekrafta/:token', lazy: resident('opinions', async () => (await import('../features/opinions/ReceiptPage')).ConfirmEmailPage) },
      { path: 'kvitto/:token', lazy: resident('opinions', async () => (await import('../features/opinions/ReceiptPage')).ReceiptPage) },
      { path: 'avregistrera/:token', lazy: resident('feedback', async () => (await import('../features/feedback/UnsubscribePage')).UnsubscribePage) },
      { path: 'fortroendevalda', lazy: resident('officials', async () => (await import('../features/officials/OfficialsPage')).OfficialsPage) },
      { path: 'tillganglighet', lazy: resident('about', async () => (await import('../features/about/AccessibilityStatementPage')).AccessibilityStatementPage) },
      { path: 'insyn', lazy: resident('transparency', async () => (await import('../features/transparency/TransparencyPage')).TransparencyRedirect) },
      { path: 'insyn/:year', lazy: resident('transparency', async () => (await import('../features/transparency/TransparencyPage')).TransparencyPage) },
      {
        path: 'personal',
        lazy: staff(async () => {
          const [{ StaffSignIn }, { StaffPage }] = await Promise.all([
            import('../features/accounts/StaffSignIn'),
            import('../features/dialogue-admin/StaffPage'),
          ]);
          return () => <StaffSignIn>{(me) => <StaffPage me={me} />}</StaffSignIn>;
        }),
      },
      { path: 'personal/dialoger/ny', lazy: dialogueForm },
      { path: 'personal/e-post', lazy: staff(async () => (await import('../features/local-mail/LocalMailPage')).LocalMailPage) },
      { path: 'personal/e-post/:id', lazy: staff(async () => (await import('../features/local-mail/LocalMailPage')).LocalMailPage) },
      { path: 'personal/moderering', lazy: staff(async () => (await import('../features/moderation/ModerationQueuePage')).ModerationQueuePage) },
      { path: 'personal/moderering/logg', lazy: staff(async () => (await import('../features/moderation/ModerationLogPage')).ModerationLogPage) },
      { path: 'personal/efterlevnad', lazy: staff(async () => (await import('../features/compliance/CompliancePage')).CompliancePage) },
      { path: 'personal/dialoger/:id', lazy: dialogueForm },
      { path: 'personal/dialoger/:id/synpunkter', lazy: staff(async () => (await import('../features/staff-opinions/StaffOpinionsPage')).StaffOpinionsPage) },
      { path: 'personal/dialoger/:id/resultat', lazy: staff(async () => (await import('../features/results/ResultsPage')).ResultsPage) },
      { path: 'personal/dialoger/:id/beslut', lazy: staff(async () => (await import('../features/decision/DecisionPage')).DecisionPage) },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

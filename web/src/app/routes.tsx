// Every route of the SPA. Pages come from the features; where one page shows pieces of two areas (the edit page
// shows the questionnaire editor, the staff start page comes after the sign-in), they are put together here, so no
// feature imports another. Each page is its own chunk, loaded with its route (React.lazy) together with the words it
// needs: the public start page never loads the staff console, its editors or its charts. The router is react-router's
// declarative mode (useRoutes): no loaders or actions are used, and it weighs 16 KB gzip less than the data router.
import { lazy, Suspense, type ComponentType } from 'react';
import { useRoutes, type RouteObject } from 'react-router';
import { Layout } from './Layout';
import { NotFoundPage } from '../components/NotFoundPage';
import { reader } from '../i18n/choice';
import { loadWords } from '../i18n/i18n';
import { LanguageScope } from '../i18n/LanguageScope';
import { residentAreas, staffLanguages } from '../i18n/languages';
import { allAreas } from '../i18n/resources';
import { LazyFollowDialogue, LazyFollowNewDialogues } from '../features/follows/lazy';

/** A page that renders once its code and `words` are here (nothing shows in its place meanwhile, never a key). */
function page(load: () => Promise<ComponentType>, words: () => Promise<void>) {
  const Page = lazy(async () => {
    const [Component] = await Promise.all([load(), words()]);
    return { default: Component };
  });
  return (
    <Suspense fallback={null}>
      <Page />
    </Suspense>
  );
}

/** A public page of one area: its code and its area's words in the reader's language (and in Swedish, the fallback);
 * `props` are what another area puts into it (the follow forms on the start page and a dialogue's page). */
function resident<P extends object>(area: (typeof residentAreas)[number], load: () => Promise<ComponentType<P>>, props?: P) {
  return page(async () => {
    const Component = await load();
    return props ? () => <Component {...props} /> : (Component as ComponentType);
  }, () => loadWords(reader.language, ['shared', area]));
}

/** A staff page: its code and every area's words (Swedish, and English when the reader chose English). */
const staff = (load: () => Promise<ComponentType>) =>
  page(load, () => loadWords(staffLanguages.includes(reader.language) ? reader.language : 'sv', allAreas));

const dialogueForm = () => staff(async () => {
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
      { index: true, element: resident('dialogues', async () => (await import('../features/dialogues/DialogueListPage')).DialogueListPage, { follow: <LazyFollowNewDialogues /> }) },
      { path: 'dialoger/:slug', element: resident('dialogues', async () => (await import('../features/dialogues/DialoguePage')).DialoguePage, { follow: (d: { id: string }) => <LazyFollowDialogue dialogueId={d.id} /> }) },
      { path: 'dialoger/:slug/tyck-till', element: resident('opinions', async () => (await import('../features/opinions/GiveOpinionPage')).GiveOpinionPage) },
      { path: 'dialoger/:slug/aterkoppling', element: resident('feedback', async () => (await import('../features/feedback/FeedbackPage')).FeedbackPage) },
      { path: 'kvitto/bekrafta/:token', element: resident('opinions', async () => (await import('../features/opinions/ReceiptPage')).ConfirmEmailPage) },
      { path: 'kvitto/:token', element: resident('opinions', async () => (await import('../features/opinions/ReceiptPage')).ReceiptPage) },
      { path: 'folj/bekrafta/:token', element: resident('follows', async () => (await import('../features/follows/ConfirmFollowPage')).ConfirmFollowPage) },
      { path: 'folj/:token', element: resident('follows', async () => (await import('../features/follows/ManageFollowsPage')).ManageFollowsPage) },
      { path: 'avregistrera/:token', element: resident('feedback', async () => (await import('../features/feedback/UnsubscribePage')).UnsubscribePage) },
      { path: 'fortroendevalda', element: resident('officials', async () => (await import('../features/officials/OfficialsPage')).OfficialsPage) },
      { path: 'tillganglighet', element: resident('about', async () => (await import('../features/about/AccessibilityStatementPage')).AccessibilityStatementPage) },
      { path: 'insyn', element: resident('transparency', async () => (await import('../features/transparency/TransparencyPage')).TransparencyRedirect) },
      { path: 'insyn/:year', element: resident('transparency', async () => (await import('../features/transparency/TransparencyPage')).TransparencyPage) },
      {
        path: 'personal',
        element: staff(async () => {
          const [{ StaffSignIn }, { StaffPage }] = await Promise.all([
            import('../features/accounts/StaffSignIn'),
            import('../features/dialogue-admin/StaffPage'),
          ]);
          return () => <StaffSignIn>{(me) => <StaffPage me={me} />}</StaffSignIn>;
        }),
      },
      { path: 'personal/dialoger/ny', element: dialogueForm() },
      { path: 'personal/e-post', element: staff(async () => (await import('../features/local-mail/LocalMailPage')).LocalMailPage) },
      { path: 'personal/e-post/:id', element: staff(async () => (await import('../features/local-mail/LocalMailPage')).LocalMailPage) },
      { path: 'personal/moderering', element: staff(async () => (await import('../features/moderation/ModerationQueuePage')).ModerationQueuePage) },
      { path: 'personal/moderering/logg', element: staff(async () => (await import('../features/moderation/ModerationLogPage')).ModerationLogPage) },
      { path: 'personal/webhooks', element: staff(async () => (await import('../features/webhooks/WebhooksPage')).WebhooksPage) },
      { path: 'personal/efterlevnad', element: staff(async () => (await import('../features/compliance/CompliancePage')).CompliancePage) },
      { path: 'personal/dialoger/:id', element: dialogueForm() },
      { path: 'personal/dialoger/:id/synpunkter', element: staff(async () => (await import('../features/staff-opinions/StaffOpinionsPage')).StaffOpinionsPage) },
      { path: 'personal/dialoger/:id/resultat', element: staff(async () => (await import('../features/results/ResultsPage')).ResultsPage) },
      { path: 'personal/dialoger/:id/beslut', element: staff(async () => (await import('../features/decision/DecisionPage')).DecisionPage) },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

/** The routes, rendered where the router is (BrowserRouter in the app, MemoryRouter in unit tests). */
export function AppRoutes() {
  return useRoutes(routes);
}

// The follow forms as the pages of other areas show them (app/routes.tsx puts them there): their code and words are
// fetched after the page itself, so neither the start page nor a dialogue's page grows by a form most readers never open.
import { lazy, Suspense, type ComponentType } from 'react';
import { reader } from '../../i18n/choice';
import { loadWords } from '../../i18n/i18n';

function withWords<P extends object>(load: () => Promise<ComponentType<P>>) {
  const Lazy = lazy(async () => {
    const [Component] = await Promise.all([load(), loadWords(reader.language, ['shared', 'follows'])]);
    return { default: Component };
  });
  return (props: P) => (
    <Suspense fallback={null}>
      <Lazy {...props} />
    </Suspense>
  );
}

export const LazyFollowDialogue = withWords(async () => (await import('./FollowDisclosures')).FollowDialogue);
export const LazyFollowNewDialogues = withWords(async () => (await import('./FollowDisclosures')).FollowNewDialogues);

import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { I18nProvider } from '../i18n/I18nProvider';
import { routes } from './routes';

export function createQueryClient() {
  return new QueryClient({ defaultOptions: { queries: { staleTime: 30_000, refetchOnWindowFocus: false } } });
}

// One router and one query cache for the page's life, made once when the module loads: made in render, every
// re-render of App would throw away the cache and the navigation state.
const queryClient = createQueryClient();
const router = createBrowserRouter(routes);

export function App() {
  return (
    <I18nProvider>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </I18nProvider>
  );
}

// Routes to pages; every page but the overview is loaded on first visit, so the first load stays small.
import { lazy, Suspense, useEffect, type ComponentType } from 'react';
import { COHORT_NAV, Layout, NAV } from './components/layout.tsx';
import { splitPath, useRoute } from './components/router.tsx';
import { Loading } from './components/states.tsx';
import { WorkspaceProvider } from './components/workspace.tsx';
import { OverviewPage } from './pages/overview.tsx';

const pages: Record<string, ComponentType<{ params: URLSearchParams; rest: string }>> = {
  '/': OverviewPage,
  '/week': lazy(() => import('./pages/week.tsx')),
  '/target': lazy(() => import('./pages/target.tsx')),
  '/network': lazy(() => import('./pages/network.tsx')),
  '/word-of-mouth': lazy(() => import('./pages/word-of-mouth.tsx')),
  '/intros': lazy(() => import('./pages/intros.tsx')),
  '/content': lazy(() => import('./pages/content.tsx')),
  '/contacts': lazy(() => import('./pages/contacts.tsx')),
  '/contact': lazy(() => import('./pages/contact.tsx')),
  '/import': lazy(() => import('./pages/import.tsx')),
  '/data': lazy(() => import('./pages/data.tsx')),
  '/cohort': lazy(() => import('./pages/cohort.tsx')),
  '/cohort/member': lazy(() => import('./pages/cohort-member.tsx')),
  '/sharing': lazy(() => import('./pages/sharing.tsx')),
  '/teammates': lazy(() => import('./pages/teammates.tsx')),
};

function NotFound() {
  return (
    <>
      <h1 tabIndex={-1} id="page-title">
        Page not found
      </h1>
      <p>There is no page at this address. Choose one from the menu.</p>
    </>
  );
}

/** "/contacts/abc" → the contact page with rest "abc". */
function resolve(pathname: string): { key: string; rest: string } {
  if (pages[pathname]) return { key: pathname, rest: '' };
  const match = /^\/contacts\/(.+)$/.exec(pathname);
  if (match) return { key: '/contact', rest: decodeURIComponent(match[1]) };
  return { key: '', rest: '' };
}

export function App() {
  const path = useRoute();
  const { pathname, params } = splitPath(path);
  const { key, rest } = resolve(pathname);
  const Page = pages[key] ?? NotFound;

  useEffect(() => {
    const label = key === '/contact' ? 'Contact' : key === '/cohort/member' ? 'Cohort member' : [...NAV, ...COHORT_NAV].find((item) => item.to === key)?.label;
    document.title = label ? `${label} · Referable` : 'Referable';
  }, [key]);

  return (
    <WorkspaceProvider>
      <Layout path={path}>
        <Suspense fallback={<Loading what="the page" />}>
          <Page key={`${key}/${rest}`} params={params} rest={rest} />
        </Suspense>
      </Layout>
    </WorkspaceProvider>
  );
}

// The page frame: skip link, header, the navigation (a collapsible menu at phone width) and the main region.
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { onTeamServer } from '../api.ts';
import { Link } from './router.tsx';
import { watchTableCells } from './table-cards.ts';
import { marketName, useWorkspace } from './workspace.tsx';
import { WorkspaceSwitcher } from './workspace-switcher.tsx';

export const NAV = [
  { to: '/', label: 'Overview' },
  { to: '/week', label: 'This week' },
  { to: '/target', label: 'Target market' },
  { to: '/network', label: 'Network' },
  { to: '/word-of-mouth', label: 'Word of mouth' },
  { to: '/intros', label: 'Introductions' },
  { to: '/content', label: 'Content' },
  { to: '/contacts', label: 'Contacts' },
  { to: '/import', label: 'Import' },
  { to: '/data', label: 'Backup' },
];

/**
 * Signed in to a multi-user server (its CSRF cookie is readable by design): the team pages are offered too: warm paths
 * through teammates, what you share with your cohorts, and the coach's Cohort page. A single-user server has none.
 */
export const COHORT_NAV = [
  { to: '/teammates', label: 'Teammates' },
  { to: '/sharing', label: 'Sharing' },
  { to: '/cohort', label: 'Cohort' },
];
function navItems(): typeof NAV {
  return onTeamServer() ? [...NAV, ...COHORT_NAV] : NAV;
}

function isCurrent(path: string, to: string): boolean {
  return to === '/' ? path === '/' : path === to || path.startsWith(`${to}/`) || path.startsWith(`${to}?`);
}

export function Layout({ path, children }: { path: string; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const menuButton = useRef<HTMLButtonElement>(null);
  const main = useRef<HTMLElement>(null);
  const workspace = useWorkspace();
  const market = marketName(workspace.data);

  // Data tables become cards at phone width, labelled from their header rows (table-cards.ts).
  useEffect(() => (main.current ? watchTableCells(main.current) : undefined), []);

  // A route change closes the phone menu.
  useEffect(() => setOpen(false), [path]);

  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        setOpen(false);
        menuButton.current?.focus();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [open]);

  return (
    <div className="app">
      <a className="skip-link" href="#main" onClick={(event) => { event.preventDefault(); document.getElementById('main')?.focus(); }}>
        Skip to content
      </a>
      <header className="topbar">
        <button
          ref={menuButton}
          type="button"
          className="menu-button"
          aria-expanded={open}
          aria-controls="site-nav"
          onClick={() => setOpen((value) => !value)}
        >
          <span aria-hidden="true">☰</span> Menu
        </button>
        <Link to="/" className="brand">
          Referable
        </Link>
        <WorkspaceSwitcher />
        <span className="topbar-market">{market ? <>Market: {market}</> : workspace.data ? 'No target market yet' : null}</span>
      </header>
      <nav id="site-nav" className={open ? 'nav open' : 'nav'} aria-label="Main">
        <ul>
          {navItems().map((item) => (
            <li key={item.to}>
              <Link to={item.to} aria-current={isCurrent(path, item.to) ? 'page' : undefined}>
                {item.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <main id="main" tabIndex={-1} ref={main}>
        {children}
      </main>
    </div>
  );
}

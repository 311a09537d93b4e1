// Contacts: a searchable, sortable, paged table with fit and its reasons; the search lives in the address (#/contacts?q=).
import { useEffect, useState } from 'react';
import { query } from '../api.ts';
import type { ContactRow, Page } from '../api-types.ts';
import { count, strength } from '../components/format.ts';
import { Link, navigate } from '../components/router.tsx';
import { PageHeader, Panel } from '../components/section.tsx';
import { EmptyState, Failure, Loading } from '../components/states.tsx';
import { useApi } from '../components/use-api.ts';
import { marketName, useWorkspace } from '../components/workspace.tsx';

export const CONTACTS_PAGE_SIZE = 50;

type Sort = 'fit' | 'name' | 'strength' | 'company';
const COLUMNS: { key: Sort | null; label: string; numeric?: boolean }[] = [
  { key: 'name', label: 'Name' },
  { key: 'company', label: 'Company' },
  { key: null, label: 'Title' },
  { key: 'fit', label: 'Fit', numeric: true },
  { key: 'strength', label: 'Tie', numeric: true },
];
const DEFAULT_ORDER: Record<Sort, 'asc' | 'desc'> = { fit: 'desc', strength: 'desc', name: 'asc', company: 'asc' };

function paramsOf(params: URLSearchParams, defaultSort: Sort) {
  const sort = (['fit', 'name', 'strength', 'company'] as const).find((value) => value === params.get('sort')) ?? defaultSort;
  return {
    q: params.get('q') ?? '',
    sort,
    order: params.get('order') === 'asc' || params.get('order') === 'desc' ? (params.get('order') as 'asc' | 'desc') : DEFAULT_ORDER[sort],
    inMarket: params.get('inMarket') === 'true',
    offset: Math.max(0, Number(params.get('offset')) || 0),
  };
}

export default function ContactsPage({ params }: { params: URLSearchParams }) {
  const workspace = useWorkspace();
  // Fit needs a target market; without one the list is by name (the server refuses sort=fit then).
  const hasMarket = Boolean(marketName(workspace.data));
  const defaultSort: Sort = hasMarket ? 'fit' : 'name';
  const state = paramsOf(params, defaultSort);
  const [search, setSearch] = useState(state.q);
  useEffect(() => setSearch(state.q), [state.q]);

  const go = (change: Partial<typeof state>) => {
    const next = { ...state, ...change };
    navigate(`/contacts${query({ q: next.q, sort: next.sort === defaultSort ? undefined : next.sort, order: next.order === DEFAULT_ORDER[next.sort] ? undefined : next.order, inMarket: next.inMarket || undefined, offset: next.offset || undefined })}`);
  };

  // Typing searches after a short pause, so each keystroke does not cost a request.
  useEffect(() => {
    if (search === state.q) return;
    const timer = setTimeout(() => go({ q: search, offset: 0 }), 250);
    return () => clearTimeout(timer);
  }, [search]);

  const list = useApi<Page<ContactRow>>(workspace.loading && !workspace.data ? null : `/contacts${query({ q: state.q, sort: state.sort, order: state.order, inMarket: state.inMarket || undefined, limit: CONTACTS_PAGE_SIZE, offset: state.offset })}`);

  if (workspace.data && workspace.data.contacts === 0) {
    return (
      <>
        <PageHeader title="Contacts" />
        <EmptyState title="No contacts yet" action={{ to: '/import', label: 'Import your connections' }}>
          <p>Import a LinkedIn export, Google or Outlook contacts, a vCard file or any CSV.</p>
        </EmptyState>
      </>
    );
  }

  const sortHeader = (column: (typeof COLUMNS)[number]) => {
    if (!column.key || (column.key === 'fit' && !hasMarket)) return column.label;
    const key = column.key;
    const active = state.sort === key;
    const nextOrder = active ? (state.order === 'asc' ? 'desc' : 'asc') : DEFAULT_ORDER[key];
    return (
      <button type="button" className="sort" onClick={() => go({ sort: key, order: nextOrder, offset: 0 })} aria-label={`Sort by ${column.label.toLowerCase()}, ${nextOrder === 'asc' ? 'ascending' : 'descending'}`}>
        {column.label}
        <span aria-hidden="true">{active ? (state.order === 'asc' ? ' ▲' : ' ▼') : ''}</span>
      </button>
    );
  };

  const page = list.data;
  return (
    <>
      <PageHeader title="Contacts">
        <p>Everyone in your network and your prospect lists, with their fit to your target market and why.</p>
      </PageHeader>
      <div className="form-row" role="search">
        <label htmlFor="contact-search" className="visually-hidden">
          Search contacts
        </label>
        <input id="contact-search" type="search" value={search} onChange={(event) => setSearch(event.target.value)} placeholder="Search name, company, title, tag…" />
        <label className="check">
          <input type="checkbox" disabled={!hasMarket} checked={state.inMarket} onChange={(event) => go({ inMarket: event.target.checked, offset: 0 })} /> In market only
        </label>
      </div>
      <Panel title={page ? `${count(page.total)} contacts` : 'Contacts'} id="contacts">
        {list.error ? (
          <Failure error={list.error} what="The contact list" onRetry={list.reload} />
        ) : !page ? (
          <Loading what="contacts" />
        ) : page.items.length === 0 ? (
          <p>No contact matches {state.q ? <>“{state.q}”</> : 'these filters'}.</p>
        ) : (
          <>
            <div className="table-wrap" aria-busy={list.loading}>
              <table className="data contacts-table">
                <caption className="visually-hidden">Contacts, sorted by {state.sort}</caption>
                <thead>
                  <tr>
                    {COLUMNS.map((column) => (
                      <th
                        key={column.label}
                        scope="col"
                        className={column.numeric ? 'num' : undefined}
                        aria-sort={column.key && state.sort === column.key ? (state.order === 'asc' ? 'ascending' : 'descending') : undefined}
                      >
                        {sortHeader(column)}
                      </th>
                    ))}
                    <th scope="col">Why</th>
                  </tr>
                </thead>
                <tbody>
                  {page.items.map((contact) => (
                    <tr key={contact.id} className={contact.inMarket ? 'in-market' : undefined}>
                      <th scope="row">
                        <Link to={`/contacts/${encodeURIComponent(contact.id)}`}>{contact.name || '(no name)'}</Link>
                        {contact.inMarket && <span className="visually-hidden"> (in market)</span>}
                      </th>
                      <td>{contact.company}</td>
                      <td>{contact.title}</td>
                      <td className="num">{contact.fit}</td>
                      <td className="num">{strength(contact.strength)}</td>
                      <td className="reasons">{contact.fitReasons?.join(' · ') ?? [contact.seniority, contact.function].filter((value) => value && value !== 'Unknown').join(', ')}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <nav className="pager" aria-label="Pages">
              <button type="button" disabled={state.offset === 0} onClick={() => go({ offset: Math.max(0, state.offset - CONTACTS_PAGE_SIZE) })}>
                Previous
              </button>
              <span>
                {count(state.offset + 1)}–{count(state.offset + page.items.length)} of {count(page.total)}
              </span>
              <button type="button" disabled={state.offset + page.items.length >= page.total} onClick={() => go({ offset: state.offset + CONTACTS_PAGE_SIZE })}>
                Next
              </button>
            </nav>
          </>
        )}
      </Panel>
    </>
  );
}

// Names of people inside API rows that name them in several ways ({id,name}, a bare name, or separate id and name).
import { Link } from './router.tsx';

export type PersonLike = { id: string; name: string } | string | null | undefined;

export function personOf(value: PersonLike, fallbackId?: string, fallbackName?: string): { id: string; name: string } | null {
  if (value && typeof value === 'object') return value;
  const name = typeof value === 'string' && value ? value : fallbackName;
  if (!name && !fallbackId) return null;
  return { id: fallbackId ?? '', name: name ?? fallbackId ?? '' };
}

export function PersonLink({ person }: { person: { id: string; name: string } | null }) {
  if (!person) return <>someone</>;
  if (!person.id || person.id.startsWith('member:')) return <>{person.name}</>;
  return <Link to={`/contacts/${encodeURIComponent(person.id)}`}>{person.name || '(no name)'}</Link>;
}

// Hash routes (#/contacts/42): no server fallback needed, back and forward work, and the token fragment stays separate.
import { useEffect, useState, type AnchorHTMLAttributes, type ReactNode } from 'react';

export function currentPath(): string {
  const hash = location.hash.replace(/^#/, '');
  return hash.startsWith('/') ? hash : '/';
}

export function useRoute(): string {
  const [path, setPath] = useState(currentPath);
  useEffect(() => {
    const update = () => setPath(currentPath());
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);
  return path;
}

export function navigate(path: string): void {
  location.hash = path;
}

/** The path without its query, and the query as URLSearchParams (#/contacts?q=ada). */
export function splitPath(path: string): { pathname: string; params: URLSearchParams } {
  const at = path.indexOf('?');
  return at < 0 ? { pathname: path, params: new URLSearchParams() } : { pathname: path.slice(0, at), params: new URLSearchParams(path.slice(at + 1)) };
}

export function Link({ to, children, ...rest }: { to: string; children: ReactNode } & Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'>) {
  return (
    <a href={`#${to}`} {...rest}>
      {children}
    </a>
  );
}

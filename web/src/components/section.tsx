// A titled panel and a headline number: the building blocks of every page.
import { useEffect, useRef, type ReactNode } from 'react';

// The first page shown keeps focus where the browser put it; after that, arriving on a page moves focus to its title
// so keyboard and screen-reader users start at the new content.
let firstPage = true;

export function Panel({ title, id, children, className, actions }: { title: string; id?: string; children: ReactNode; className?: string; actions?: ReactNode }) {
  const headingId = id ? `${id}-title` : undefined;
  return (
    <section className={`panel ${className ?? ''}`} aria-labelledby={headingId} id={id}>
      <div className="panel-head">
        <h2 id={headingId}>{title}</h2>
        {actions}
      </div>
      {children}
    </section>
  );
}

export function Stat({ label, value, detail }: { label: string; value: ReactNode; detail?: ReactNode }) {
  return (
    <div className="stat">
      <div className="stat-value">{value}</div>
      <div className="stat-label">{label}</div>
      {detail && <div className="stat-detail">{detail}</div>}
    </div>
  );
}

export function PageHeader({ title, children }: { title: string; children?: ReactNode }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (!firstPage) {
      heading.current?.focus({ preventScroll: true });
      window.scrollTo(0, 0);
    }
    firstPage = false;
  }, []);
  return (
    <header className="page-header">
      <h1 tabIndex={-1} id="page-title" ref={heading}>
        {title}
      </h1>
      {children && <div className="page-lede">{children}</div>}
    </header>
  );
}

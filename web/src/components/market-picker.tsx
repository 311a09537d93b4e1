// A searchable picker for one list of the market (functions, seniorities, industries, places, keywords): what is
// chosen as removable chips, what the user's own network suggests (with counts) one click away, and a search box.
import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import type { Candidate } from './market-draft.ts';

export interface PickerProps {
  label: string;
  /** What the list is for, one line. */
  hint?: string;
  selected: string[];
  onChange: (values: string[]) => void;
  /** Candidates from the network, most contacts first. */
  suggestions?: readonly Candidate[];
  /** The allowed values (LinkedIn's vocabulary); without it, any text may be added (places, keywords). */
  options?: readonly string[];
  /** How an option is described in search results (an industry's parents). */
  describe?: (option: string) => string | undefined;
  /** Suggestions shown before "more". */
  shown?: number;
}

const MATCHES = 8;

const fold = (text: string) => text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

export function Picker({ label, hint, selected, onChange, suggestions = [], options, describe, shown = 6 }: PickerProps) {
  const id = useId();
  const [query, setQuery] = useState('');
  const [more, setMore] = useState(false);
  const chosen = useMemo(() => new Set(selected.map(fold)), [selected]);
  const counts = useMemo(() => new Map(suggestions.map((candidate) => [fold(candidate.value), candidate])), [suggestions]);
  const add = (value: string) => {
    const text = value.trim();
    if (!text || chosen.has(fold(text))) return;
    onChange([...selected, text]);
    setQuery('');
  };
  const remove = (value: string) => onChange(selected.filter((item) => item !== value));
  const open = suggestions.filter((candidate) => !chosen.has(fold(candidate.value)));
  const visible = more ? open : open.slice(0, shown);
  const search = fold(query.trim());
  const matches = search
    ? (options ?? [])
        .filter((option) => !chosen.has(fold(option)) && fold(option).includes(search))
        .sort((a, b) => Number(!fold(b).startsWith(search)) - Number(!fold(a).startsWith(search)) || (counts.get(fold(b))?.count ?? 0) - (counts.get(fold(a))?.count ?? 0))
        .slice(0, MATCHES)
    : [];
  const freeText = !options && search !== '' && !chosen.has(search);
  const onKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    if (matches[0]) add(matches[0]);
    else if (freeText) add(query);
  };
  const countOf = (value: string) => counts.get(fold(value))?.count;
  return (
    <fieldset className="picker">
      <legend>{label}</legend>
      {hint && <p className="muted small">{hint}</p>}
      {selected.length > 0 ? (
        <ul className="chips chosen" aria-label={`${label}: chosen`}>
          {selected.map((value) => (
            <li key={value}>
              <span>{value}</span>
              {countOf(value) !== undefined && <span className="muted small"> {countOf(value)}</span>}
              <button type="button" className="chip-remove" aria-label={`Remove ${value}`} onClick={() => remove(value)}>
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted small">None chosen: this dimension is left out of the fit.</p>
      )}
      {visible.length > 0 && (
        <div className="suggested">
          <span className="muted small">From your network:</span>
          <ul className="chips">
            {visible.map((candidate) => (
              <li key={candidate.value}>
                {/* The name read aloud is the visible text plus hidden words, so it starts with what sighted users see. */}
                <button type="button" className="chip-add" onClick={() => add(candidate.value)}>
                  <span aria-hidden="true">+ </span>
                  <span className="visually-hidden">Add </span>
                  {candidate.value} <span className="count">{candidate.count}<span className="visually-hidden"> contacts</span></span>
                  {candidate.yours && <span className="yours"> yours</span>}
                </button>
              </li>
            ))}
            {open.length > shown && (
              <li>
                <button type="button" className="link-button" onClick={() => setMore(!more)}>
                  {more ? 'fewer' : `${open.length - shown} more`}
                </button>
              </li>
            )}
          </ul>
        </div>
      )}
      <div className="picker-search">
        <label htmlFor={`${id}-search`} className="visually-hidden">
          {options ? `Search ${label.toLowerCase()}` : `Add to ${label.toLowerCase()}`}
        </label>
        <input
          id={`${id}-search`}
          type="search"
          value={query}
          placeholder={options ? `Search ${label.toLowerCase()}…` : `Type and press Enter to add`}
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={onKey}
          autoComplete="off"
        />
        {freeText && (
          <button type="button" onClick={() => add(query)}>
            Add “{query.trim()}”
          </button>
        )}
      </div>
      {matches.length > 0 && (
        <ul className="picker-matches" aria-label={`${label}: matches`}>
          {matches.map((option) => (
            <li key={option}>
              <button type="button" className="chip-add" onClick={() => add(option)}>
                + {option}
                {countOf(option) !== undefined && <span className="count"> {countOf(option)}</span>}
                {describe?.(option) && <span className="muted small"> {describe(option)}</span>}
              </button>
            </li>
          ))}
        </ul>
      )}
      {search !== '' && options && matches.length === 0 && <p className="muted small">No {label.toLowerCase()} match “{query.trim()}”.</p>}
    </fieldset>
  );
}

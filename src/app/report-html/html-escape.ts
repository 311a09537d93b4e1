// The one HTML escape for the report, and an `html` template tag that escapes every value it is given.

/** Markup that is already safe to insert: built by `html`, or trusted output wrapped on purpose with `trustedHtml`. */
export class SafeHtml {
  readonly value: string;
  constructor(value: string) {
    this.value = value;
  }
  toString(): string {
    return this.value;
  }
}

/** What may go into an `html` template: text (escaped), safe markup (kept), lists of either, or nothing. */
export type HtmlValue = SafeHtml | string | number | boolean | null | undefined | readonly HtmlValue[];

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes the five characters that matter in text and in quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ENTITIES[char]);
}

function render(value: HtmlValue): string {
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  // Booleans and nothing render as nothing, so `${cond && html`...`}` reads naturally.
  if (value === null || value === undefined || typeof value === 'boolean') return '';
  return escapeHtml(String(value));
}

/**
 * Tagged template: the literal parts are the author's markup, every interpolated value is escaped unless it is
 * already SafeHtml. Contact data can only reach the page through here, so it is always escaped.
 */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  let out = strings[0];
  for (let i = 0; i < values.length; i++) out += render(values[i]) + strings[i + 1];
  return new SafeHtml(out);
}

/** Wraps markup produced by trusted code (the sanitised chart SVG). Never pass contact data here. */
export function trustedHtml(markup: string): SafeHtml {
  return new SafeHtml(markup);
}

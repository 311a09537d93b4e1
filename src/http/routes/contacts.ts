// /api/contacts: the scored list with search, filters, sort and paging; one contact in full; edits, tags, ratings, links.
import { createRoute, z } from '@hono/zod-openapi';
import { contactHistory } from '../../app/contact-history.ts';
import { checkContactUpdate, updateContact } from '../../app/contact-update.ts';
import { linkContacts } from '../../app/contacts.ts';
import { CONTACT_SORTS, EDITABLE_FIELDS, type EditableField } from '../../app/contact-options.ts';
import type { ApiDeps, WriteEffect } from '../api-deps.ts';
import { CACHE_GROUPS } from '../read-cache.ts';
import { applyRatingEdit, applyTagEdit, findContacts, KEPT_BY_RATING_EDIT, pageJson } from '../contact-list.ts';
import { newRouter } from '../router.ts';
import { body, errors, json, pageOf, pagingFields, queryBoolean } from '../schemas.ts';
import { IntroSchema } from './intros.ts';
import { LedgerEntrySchema } from './ledger.ts';
import { NeedSchema, OfferSchema } from './needs-offers.ts';

export const ContactItemSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    company: z.string(),
    title: z.string(),
    location: z.string(),
    linkedinUrl: z.string(),
    emails: z.array(z.string()),
    connectedOn: z.string(),
    tags: z.array(z.string()),
    rating: z.number().int().nullable(),
    seniority: z.string(),
    function: z.string(),
    fit: z.number().openapi({ description: 'target-market fit 0-100 (0 without an active market)' }),
    inMarket: z.boolean(),
    fitReasons: z.array(z.string()),
    strength: z.number().nullable().openapi({ description: 'strength of my tie 0-1; null for a prospect' }),
    targetCompany: z.string().nullable(),
  })
  .openapi('ContactItem');

export const ContactSummarySchema = z
  .object({
    id: z.string(),
    name: z.string(),
    firstName: z.string(),
    lastName: z.string(),
    company: z.string(),
    title: z.string(),
    location: z.string(),
    linkedinUrl: z.string(),
    emails: z.array(z.string()),
    connectedOn: z.string(),
    tags: z.array(z.string()),
    rating: z.number().int().nullable(),
  })
  .openapi('ContactSummary');

const idParam = z.object({ id: z.string().min(1).openapi({ param: { name: 'id', in: 'path' }, description: 'a contact id (or a LinkedIn URL, email or unambiguous name)' }) });

const listRoute = createRoute({
  method: 'get',
  path: '/contacts',
  operationId: 'listContacts',
  summary: 'Contacts with their target-market fit, searched, filtered, sorted and paged',
  request: {
    query: z.strictObject({
      q: z.string().max(200).optional().openapi({ description: 'words that must all appear in name, company, title, location, email or tags' }),
      tag: z.string().max(100).optional(),
      company: z.string().max(200).optional().openapi({ description: 'any spelling: "Acme Inc" = "ACME"' }),
      inMarket: queryBoolean.optional(),
      seniority: z.string().max(50).optional(),
      function: z.string().max(80).optional(),
      sort: z.enum(CONTACT_SORTS).default('name'),
      order: z.enum(['asc', 'desc']).optional().openapi({ description: 'default: asc for name, company, connected; desc for fit, strength, recent' }),
      ...pagingFields,
    }),
  },
  responses: { ...json(pageOf(ContactItemSchema), 'a page of contacts'), ...errors(400, 404) },
});

const ContactDetailSchema = ContactSummarySchema.extend({
  phones: z.array(z.string()),
  industry: z.string(),
  notes: z.string(),
  source: z.string(),
  lockedFields: z.array(z.string()).openapi({ description: 'fields edited by hand, kept when a newer export is imported' }),
  firstSeen: z.string(),
  updatedAt: z.string(),
}).openapi('ContactDetail');

const TieSchema = z
  .object({
    member: z.string().openapi({ description: 'whose tie: "me" or a teammate' }),
    kind: z.string(),
    connectedOn: z.string(),
    signals: z.looseObject({}),
    strength: z.number(),
    strengthReasons: z.array(z.object({ signal: z.string(), detail: z.string(), contribution: z.number() })),
  })
  .openapi('ContactTie');

const JobSnapshotSchema = z.object({ company: z.string(), title: z.string() });

const ContactEventSchema = z
  .object({ id: z.string(), contactId: z.string(), kind: z.enum(['job_change', 'title_change']), before: JobSnapshotSchema, after: JobSnapshotSchema, observedAt: z.string(), importId: z.string() })
  .openapi('ContactEvent', { description: 'a job or title change seen between two imports' });

const InteractionSchema = z
  .object({
    id: z.string(),
    kind: z.string(),
    minutes: z.number(),
    note: z.string(),
    occurredAt: z.string(),
    source: z.string().openapi({ description: 'logged (by hand), plan (a ticked-off plan item), or the import it came from' }),
  })
  .openapi('Interaction');

const CadenceSchema = z
  .object({
    tier: z.string(),
    idealDays: z.number(),
    maxDays: z.number(),
    lastTouch: z.string().openapi({ description: "the latest touch (ISO timestamp or day): an interaction, a message, or the day you connected; '' when none" }),
    daysSinceLastTouch: z.number().nullable(),
    state: z.enum(['ok', 'due', 'losing-touch']).openapi({ description: 'ok: within idealDays; due: past idealDays; losing-touch: past maxDays or never touched' }),
    dueOn: z.string().openapi({ description: 'YYYY-MM-DD the next touch is ideally due' }),
  })
  .openapi('Cadence');

const showRoute = createRoute({
  method: 'get',
  path: '/contacts/{id}',
  operationId: 'getContact',
  summary: 'One contact and their history: fit with reasons, ties explained, job changes, interactions, needs, offers, referrals, introductions, cadence',
  request: { params: idParam },
  responses: {
    ...json(
      z
        .object({
          contact: ContactDetailSchema,
          activeMarket: z.string().nullable().openapi({ description: 'the market fit is measured against; null when none is set (fit is then 0)' }),
          market: ContactItemSchema.pick({ fit: true, inMarket: true, fitReasons: true, seniority: true, function: true, strength: true, targetCompany: true }),
          ties: z.array(TieSchema),
          events: z.array(ContactEventSchema).openapi({ description: 'newest first' }),
          interactions: z.array(InteractionSchema).openapi({ description: 'newest first' }),
          needs: z.array(NeedSchema).openapi({ description: 'open needs first, then closed; newest first within each' }),
          offers: z.array(OfferSchema).openapi({ description: 'stated offers first, then offers derived from imports, each with its source' }),
          referrals: z.array(LedgerEntrySchema).openapi({ description: 'ledger events with this contact on either side, newest first' }),
          introductions: z.array(IntroSchema).openapi({ description: 'introductions where they are the seeker or the helper, most recently changed first' }),
          cadence: CadenceSchema.nullable().openapi({ description: 'null for a prospect (no tie of yours to keep warm) or when no cadence tier applies' }),
        })
        .openapi('ContactHistory'),
      'the contact with their history',
    ),
    ...errors(404, 409),
  },
});

const editableFields = Object.fromEntries(EDITABLE_FIELDS.map((field) => [field, z.string().max(field === 'notes' ? 20_000 : 500).optional()])) as Record<EditableField, z.ZodOptional<z.ZodString>>;
const tagList = z.array(z.string().trim().min(1).max(100)).max(100);

const PatchSchema = z
  .strictObject({
    ...editableFields,
    tags: tagList.optional().openapi({ description: 'the full set of tags (replaces them)' }),
    addTags: tagList.optional(),
    removeTags: tagList.optional(),
    rating: z.number().int().min(1).max(5).nullable().optional().openapi({ description: '1 (barely know them) to 5 (would vouch for me); null clears it' }),
  })
  .openapi('ContactPatch');

const patchRoute = createRoute({
  method: 'patch',
  path: '/contacts/{id}',
  operationId: 'updateContact',
  summary: 'Edit fields (edited fields are kept on re-import), replace or add/remove tags, rate',
  request: { params: idParam, ...body(PatchSchema) },
  responses: { ...json(ContactSummarySchema, 'the contact after the change'), ...errors(400, 404, 409, 413, 415) },
});

const linkRoute = createRoute({
  method: 'post',
  path: '/contacts/links',
  operationId: 'linkContacts',
  summary: 'Record that two contacts know each other (or remove that link): a tie the exports cannot show',
  request: { ...body(z.strictObject({ first: z.string().min(1).max(500), second: z.string().min(1).max(500), remove: z.boolean().optional() })) },
  responses: {
    ...json(z.object({ linked: z.boolean(), a: ContactSummarySchema, b: ContactSummarySchema }), 'the link as it now stands'),
    ...errors(400, 404, 409, 413, 415),
  },
});

export function contactRoutes(deps: ApiDeps) {
  const app = newRouter();
  const { context } = deps;

  app.openapi(listRoute, async (c) => {
    const { limit, offset, ...filter } = c.req.valid('query');
    // Items are serialised once per data version, and a page asked for again is sent from the bytes made the first time.
    const bytes = await deps.read(`contacts page ${JSON.stringify([filter, limit, offset])}`, async () => new TextEncoder().encode(pageJson(await findContacts(deps, filter), limit, offset)), 'pages');
    return c.body(bytes, 200, { 'Content-Type': 'application/json' }) as never;
  });

  app.openapi(showRoute, async (c) => {
    const { id } = c.req.valid('param');
    // One contact's queries only: the page must not wait for the whole network to be scored after each write.
    return c.json(await contactHistory(context, id), 200);
  });

  app.openapi(patchRoute, async (c) => {
    const { id } = c.req.valid('param');
    const { tags, addTags, removeTags, rating, ...rest } = c.req.valid('json');
    const fields: Partial<Record<EditableField, string>> = {};
    for (const field of EDITABLE_FIELDS) if (rest[field] !== undefined) fields[field] = rest[field];
    const update = { fields, tags, addTags, removeTags, rating };
    checkContactUpdate(update);
    // Tags and notes change no score: the scored list is patched in place and stays warm. A rating changes one tie
    // strength: that row is rescored in place and what is made from strengths (the report, paths...) is remade from
    // the list. Anything else rescores everyone.
    const onlyTagsOrNotes = Object.keys(fields).every((field) => field === 'notes');
    // One transaction: a part refused leaves the fields, tags and rating as they were.
    const updated = await deps.write(
      () => updateContact(context, id, update),
      (summary): WriteEffect => {
        if (!onlyTagsOrNotes) return 'everything';
        if (rating === undefined) return applyTagEdit(deps, summary) ? ['pages', 'referability'] : 'everything';
        // Who is connected and who is in market do not change with a rating: the workspace summary stays too.
        return applyRatingEdit(deps, summary) ? { groups: CACHE_GROUPS, keep: [...KEPT_BY_RATING_EDIT, 'workspace'] } : 'everything';
      },
    );
    return c.json(updated, 200);
  });

  app.openapi(linkRoute, async (c) => {
    const { first, second, remove } = c.req.valid('json');
    return c.json(await deps.write(() => linkContacts(context, first, second, { remove })), 200);
  });

  return app;
}

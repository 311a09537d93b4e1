// /api/contacts: the scored list with search, filters, sort and paging; one contact in full; edits, tags, ratings, links.
import { createRoute, z } from '@hono/zod-openapi';
import { editContact, linkContacts, rateContact, resolveContact, showContact, summarize, tagContact } from '../../app/contacts.ts';
import { CONTACT_SORTS, EDITABLE_FIELDS, type EditableField } from '../../app/contact-options.ts';
import { listLedger } from '../../app/ledger.ts';
import { listNeeds } from '../../app/needs.ts';
import { listOffers } from '../../app/offers.ts';
import { ReferableError } from '../../core/errors.ts';
import type { ApiDeps } from '../api-deps.ts';
import { applyTagEdit, contactTable, findContacts, pageJson } from '../contact-list.ts';
import { newRouter } from '../router.ts';
import { body, errors, json, pageOf, pagingFields, queryBoolean } from '../schemas.ts';

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

const showRoute = createRoute({
  method: 'get',
  path: '/contacts/{id}',
  summary: 'One contact: fields, market fit with reasons, ties with their strength explained, job history, needs, offers, referrals',
  request: { params: idParam },
  responses: {
    ...json(
      z.object({
        contact: z.looseObject({ id: z.string(), name: z.string(), notes: z.string(), phones: z.array(z.string()) }),
        market: ContactItemSchema.pick({ fit: true, inMarket: true, fitReasons: true, seniority: true, function: true, strength: true, targetCompany: true }).nullable(),
        ties: z.array(z.looseObject({ member: z.string(), kind: z.string(), strength: z.number() })),
        events: z.array(z.looseObject({ kind: z.string(), observedAt: z.string() })),
        needs: z.array(z.looseObject({ id: z.string(), text: z.string(), status: z.string() })),
        offers: z.array(z.looseObject({ text: z.string(), source: z.string() })),
        referrals: z.array(z.looseObject({ id: z.string(), direction: z.string(), kind: z.string() })),
      }),
      'the contact',
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
  summary: 'Edit fields (edited fields are kept on re-import), replace or add/remove tags, rate',
  request: { params: idParam, ...body(PatchSchema) },
  responses: { ...json(ContactSummarySchema, 'the contact after the change'), ...errors(400, 404, 409, 413, 415) },
});

const linkRoute = createRoute({
  method: 'post',
  path: '/contacts/links',
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
    const [{ ties, events, ...contact }, table] = await Promise.all([showContact(context, id), contactTable(deps)]);
    const [needs, offers, referrals] = await Promise.all([
      listNeeds(context, { contact: contact.id, status: 'all' }),
      listOffers(context, { contact: contact.id, status: 'all' }),
      listLedger(context, { contact: contact.id }),
    ]);
    const row = table.byId.get(contact.id)?.item;
    const market = row
      ? { fit: row.fit, inMarket: row.inMarket, fitReasons: row.fitReasons, seniority: row.seniority, function: row.function, strength: row.strength, targetCompany: row.targetCompany }
      : null;
    return c.json({ contact, market, ties, events, needs, offers: offers.offers, referrals }, 200);
  });

  app.openapi(patchRoute, async (c) => {
    const { id } = c.req.valid('param');
    const patch = c.req.valid('json');
    const fields: Partial<Record<EditableField, string>> = {};
    for (const field of EDITABLE_FIELDS) if (patch[field] !== undefined) fields[field] = patch[field];
    const hasTags = patch.tags !== undefined || patch.addTags !== undefined || patch.removeTags !== undefined;
    if (Object.keys(fields).length === 0 && !hasTags && patch.rating === undefined) {
      throw new ReferableError('INVALID_INPUT', `nothing to change; send one of ${[...EDITABLE_FIELDS, 'tags', 'addTags', 'removeTags', 'rating'].join(', ')}`);
    }
    if (patch.tags !== undefined && (patch.addTags !== undefined || patch.removeTags !== undefined)) {
      throw new ReferableError('INVALID_INPUT', 'send either tags (the full set) or addTags/removeTags, not both');
    }
    // Tags and notes change no score: the scored list is patched in place and stays warm. Anything else rescores.
    const onlyTagsOrNotes = Object.keys(fields).every((field) => field === 'notes') && patch.rating === undefined;
    const updated = await deps.write(async () => {
      // Resolved once: an edit may change the name the reference matched.
      const contact = await resolveContact(context, id);
      if (Object.keys(fields).length > 0) await editContact(context, contact.id, fields);
      if (patch.tags !== undefined) await tagContact(context, contact.id, patch.tags, contact.tags);
      else if (hasTags) await tagContact(context, contact.id, patch.addTags ?? [], patch.removeTags ?? []);
      if (patch.rating !== undefined) await rateContact(context, contact.id, patch.rating);
      return summarize(await resolveContact(context, contact.id));
    }, (summary) => (onlyTagsOrNotes && applyTagEdit(deps, summary) ? ['pages', 'referability'] : 'everything'));
    return c.json(updated, 200);
  });

  app.openapi(linkRoute, async (c) => {
    const { first, second, remove } = c.req.valid('json');
    return c.json(await deps.write(() => linkContacts(context, first, second, { remove })), 200);
  });

  return app;
}

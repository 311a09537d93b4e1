// Derived offers: positions, past positions, a teammate's skills and endorsements, tags; grouped per helper.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { deriveOffers, helperDocuments } from './derived-offers.ts';

describe('deriveOffers', () => {
  const evidence = {
    contacts: [
      { id: 'a', title: 'Head of Security', company: 'Fabrikam', tags: ['soc2', 'SOC2', 'fintech'] },
      { id: 'b', title: '', company: '', tags: [] },
    ],
    events: [{ contactId: 'a', before: { title: 'Compliance Manager', company: 'Contoso' } }],
    profiles: [{ contactId: 'a', skills: ['ISO 27001', 'Risk Management'], positions: [{ title: 'Head of Security', company: 'Fabrikam' }, { title: 'Auditor', company: 'KPMG' }] }],
    endorsements: [{ contactId: 'a', skills: ['SOC 2', 'SOC 2', 'Cloud Security'] }],
  };

  it('lists each source once per contact, without repeating the current position as a past one', () => {
    assert.deepEqual(deriveOffers(evidence), [
      { contactId: 'a', text: 'ISO 27001, Risk Management', source: 'skills' },
      { contactId: 'a', text: 'endorsed for SOC 2, Cloud Security', source: 'endorsements' },
      { contactId: 'a', text: 'soc2, fintech', source: 'tags' },
      { contactId: 'a', text: 'Head of Security at Fabrikam', source: 'position' },
      { contactId: 'a', text: 'formerly Auditor at KPMG', source: 'past-position' },
      { contactId: 'a', text: 'formerly Compliance Manager at Contoso', source: 'past-position' },
    ]);
  });

  it('merges the skills I endorsed a contact for with those others endorsed them for into one offer', () => {
    const offers = deriveOffers({
      contacts: [{ id: 'c', title: 'SRE', company: 'Litware', tags: [] }],
      events: [],
      profiles: [],
      endorsements: [{ contactId: 'c', skills: ['Kubernetes', 'SRE'] }, { contactId: 'c', skills: ['sre', 'Terraform'] }, { contactId: 'other', skills: ['Go'] }],
    });
    assert.deepEqual(offers.filter((offer) => offer.source === 'endorsements'), [{ contactId: 'c', text: 'endorsed for Kubernetes, SRE, Terraform', source: 'endorsements' }]);
  });

  it('groups stated (open only) and derived offers into one document per helper', () => {
    const docs = helperDocuments(
      [
        { id: 'o1', contactId: 'b', text: 'pricing strategy', status: 'open', createdAt: '', closedAt: '' },
        { id: 'o2', contactId: 'b', text: 'old offer', status: 'closed', createdAt: '', closedAt: '' },
      ],
      deriveOffers(evidence),
    );
    assert.deepEqual(docs.map((doc) => doc.id), ['b', 'a']);
    assert.equal(docs[0].text.stated, 'pricing strategy');
    assert.equal(docs[1].text['past-position'], 'formerly Auditor at KPMG; formerly Compliance Manager at Contoso');
  });
});

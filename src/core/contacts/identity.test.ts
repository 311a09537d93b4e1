// Dedupe keys for people: LinkedIn slug, email and name (+ company) must match across spellings of one person.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { canonicalLinkedinUrl, linkedinSlug, nameKey, normalizeEmail, personKey } from './identity.ts';

describe('linkedinSlug', () => {
  it('reads the slug from a profile URL, lower-cased, without trailing slash, query or fragment', () => {
    assert.equal(linkedinSlug('https://www.linkedin.com/in/Jane-Doe-123/'), 'jane-doe-123');
    assert.equal(linkedinSlug('https://www.linkedin.com/in/jane-doe-123?trk=public_profile'), 'jane-doe-123');
    assert.equal(linkedinSlug(' https://www.linkedin.com/in/jane-doe-123#experience '), 'jane-doe-123');
    assert.equal(linkedinSlug('linkedin.com/in/jane-doe-123'), 'jane-doe-123');
    assert.equal(linkedinSlug('https://uk.linkedin.com/in/jane-doe-123/'), 'jane-doe-123');
  });

  it('matches percent-encoded and plain spellings of an accented slug', () => {
    assert.equal(linkedinSlug('https://www.linkedin.com/in/jos%C3%A9-garc%C3%ADa'), 'josé-garcía');
    assert.equal(linkedinSlug('https://www.linkedin.com/in/José-García/'), 'josé-garcía');
  });

  it('keeps a malformed escape as text instead of failing', () => {
    assert.equal(linkedinSlug('https://www.linkedin.com/in/bad%E0%A4%A'), 'bad%e0%a4%a');
  });

  it('reads old /pub/ profile URLs', () => {
    assert.notEqual(linkedinSlug('http://www.linkedin.com/pub/jane-doe/1/2/3'), '');
  });

  it('gives an empty slug for anything that is not a LinkedIn profile URL', () => {
    assert.equal(linkedinSlug(''), '');
    assert.equal(linkedinSlug('https://example.com/in/jane'), '');
    assert.equal(linkedinSlug('https://www.linkedin.com/company/contoso'), '');
    assert.equal(linkedinSlug('https://www.linkedin.com/in/'), '');
    assert.equal(linkedinSlug('jane.doe@example.com'), '');
  });
});

describe('linkedinSlug: known bugs', () => {
  it('tells apart two old /pub/ URLs with the same name part', () => {
    assert.notEqual(linkedinSlug('http://www.linkedin.com/pub/jane-doe/1/2/3'), linkedinSlug('http://www.linkedin.com/pub/jane-doe/4/5/6'));
  });

  it('ignores hosts that merely end in "linkedin.com"', () => {
    assert.equal(linkedinSlug('https://notlinkedin.com/in/jane'), '');
    assert.equal(linkedinSlug('https://example.com/?next=linkedin.com/in/jane'), '');
  });

  it('parses the URL: a user name before another host, or linkedin.com as a label of another host, is not LinkedIn (#13)', () => {
    assert.equal(linkedinSlug('https://www.linkedin.com@evil.com/in/x'), '');
    assert.equal(linkedinSlug('https://www.linkedin.com.evil.com/in/x'), '');
    assert.equal(linkedinSlug('www.linkedin.com.evil.com/in/x'), '');
    assert.equal(linkedinSlug('https://evil.www.linkedin.com/in/x'), '', 'two labels deep is not a LinkedIn site');
    assert.equal(linkedinSlug('https://www.linkedin.com:8443/in/x'), '');
    assert.equal(linkedinSlug('javascript://www.linkedin.com/in/x'), '');
    assert.equal(linkedinSlug('ftp://www.linkedin.com/in/x'), '');
  });

  it('accepts linkedin.com, www, the country sites and the mobile site, with or without a scheme', () => {
    for (const url of ['https://linkedin.com/in/x', 'http://www.linkedin.com/in/x', 'https://de.linkedin.com/in/x/', 'uk.linkedin.com/in/x', 'https://m.linkedin.com/in/x', 'HTTPS://WWW.LINKEDIN.COM/in/X', 'https://www.linkedin.com./in/x']) {
      assert.equal(linkedinSlug(url), 'x', url);
      assert.equal(canonicalLinkedinUrl(url), 'https://www.linkedin.com/in/x', url);
    }
  });
});

describe('linkedinSlug: the plain spelling read without the URL parser', () => {
  it('gives what the URL parser gives for the spelling LinkedIn exports, in every case and with or without a slash', () => {
    const urls = [
      'https://www.linkedin.com/in/jane-doe-123', 'https://www.linkedin.com/in/Jane_Doe/', 'http://linkedin.com/in/JD',
      'HTTPS://WWW.LINKEDIN.COM/IN/Jane-Doe', 'https://www.linkedin.com/in/-', 'https://www.linkedin.com/in/a1b2c3d4e5f6',
    ];
    for (const url of urls) {
      const parsed = new URL(url);
      assert.equal(linkedinSlug(url), parsed.pathname.split('/')[2].toLowerCase(), url);
      assert.equal(linkedinSlug(` ${url} `), linkedinSlug(url), 'surrounding spaces');
    }
  });

  it('leaves anything else to the URL parser: dots, escapes, other hosts, ports, user names, more path', () => {
    assert.equal(linkedinSlug('https://www.linkedin.com/in/..'), '');
    assert.equal(linkedinSlug('https://www.linkedin.com/in/jane.doe'), 'jane.doe');
    assert.equal(linkedinSlug('https://www.linkedin.com/in/jos%C3%A9'), 'josé');
    assert.equal(linkedinSlug('https://www.linkedin.com/in/jane/details/experience/'), 'jane');
    assert.equal(linkedinSlug('https://www.linkedin.com.evil.com/in/jane'), '');
    assert.equal(linkedinSlug('https://www.linkedin.com:8443/in/jane'), '');
    assert.equal(linkedinSlug('https://a@www.linkedin.com/in/jane'), '');
    assert.equal(linkedinSlug('https://www.linkedin.com/in/jane doe'), '');
  });
});

describe('canonicalLinkedinUrl', () => {
  it('stores every spelling of one profile as the same URL', () => {
    const canonical = 'https://www.linkedin.com/in/jane-doe-123';
    assert.equal(canonicalLinkedinUrl('http://linkedin.com/in/Jane-Doe-123/?trk=x'), canonical);
    assert.equal(canonicalLinkedinUrl('https://www.linkedin.com/in/jane-doe-123'), canonical);
  });

  it('percent-encodes non-ASCII slugs so the URL round-trips to the same slug', () => {
    const url = canonicalLinkedinUrl('https://www.linkedin.com/in/José-García');
    assert.equal(url, 'https://www.linkedin.com/in/jos%C3%A9-garc%C3%ADa');
    assert.equal(linkedinSlug(url), 'josé-garcía');
    assert.equal(canonicalLinkedinUrl(url), url);
  });

  it('gives no URL for a value that is not a LinkedIn profile, so it is never stored or shown as one', () => {
    assert.equal(canonicalLinkedinUrl('  https://example.com/me '), '');
    assert.equal(canonicalLinkedinUrl('https://www.linkedin.com@evil.com/in/x'), '');
    assert.equal(canonicalLinkedinUrl(''), '');
  });
});

describe('normalizeEmail', () => {
  it('lower-cases, trims and drops a mailto: prefix', () => {
    assert.equal(normalizeEmail(' MAILTO:Bo.Lo@Example.COM '), 'bo.lo@example.com');
    assert.equal(normalizeEmail('bo.lo@example.com'), 'bo.lo@example.com');
  });

  it('rejects values that are not email addresses', () => {
    assert.equal(normalizeEmail(''), '');
    assert.equal(normalizeEmail('not an email'), '');
    assert.equal(normalizeEmail('bo@localhost'), '');
    assert.equal(normalizeEmail('bo lo@example.com'), '');
  });
});

describe('nameKey', () => {
  it('is never empty for a name of only emoji or symbols (#13), and ignores emoji presentation and spacing', () => {
    assert.equal(nameKey('🌻', ''), '🌻');
    assert.equal(nameKey('❤️', ''), nameKey('❤', ''));
    assert.equal(nameKey('★  ★', ''), nameKey('', '★ ★'));
    assert.notEqual(nameKey('🦊', ''), nameKey('🌻', ''));
    assert.equal(nameKey('', ''), '');
  });

  it('drops post-nominals written into the last name', () => {
    assert.equal(nameKey('Dana', 'Reyes, PhD'), 'dana reyes');
    assert.equal(nameKey('Dana', 'Reyes'), 'dana reyes');
    assert.equal(nameKey('John', 'Smith Jr.'), 'john smith');
  });

  it('drops a leading honorific', () => {
    assert.equal(nameKey('Dr. Dana', 'Reyes'), 'dana reyes');
  });

  it('folds case and accents', () => {
    assert.equal(nameKey('Élodie', 'Fàbregas'), 'elodie fabregas');
    assert.equal(nameKey('ÉLODIE', 'FABREGAS'), nameKey('elodie', 'fabregas'));
  });

  it('keeps names in other scripts and emoji-free text', () => {
    assert.equal(nameKey('Юлия', 'Иванова'), 'юлия иванова');
  });

  it('keeps first names that are also post-nominal letters', () => {
    assert.equal(nameKey('Ma', 'Long'), 'ma long');
    assert.equal(nameKey('Ba', 'Nguyen'), 'ba nguyen');
  });

  it('is empty when there is no name', () => {
    assert.equal(nameKey('', ''), '');
  });
});

describe('personKey', () => {
  it('combines name and company, so spellings of both match', () => {
    assert.equal(personKey('Dana', 'Reyes, PhD', 'Contoso Ltd.'), personKey('dana', 'reyes', 'CONTOSO GMBH'));
    assert.notEqual(personKey('Dana', 'Reyes', 'Contoso'), '');
  });

  it('needs both a name and a company (a name alone is too weak to merge people)', () => {
    assert.equal(personKey('Dana', 'Reyes', ''), '');
    assert.equal(personKey('', '', 'Contoso'), '');
  });

  it('tells apart the same name at different companies', () => {
    assert.notEqual(personKey('Dana', 'Reyes', 'Contoso'), personKey('Dana', 'Reyes', 'Fabrikam'));
  });
});

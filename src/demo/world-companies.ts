// The demo world's fictional employers: names, the spellings people type for them, industry and size.
//
// Every name is invented (or one of Microsoft's documented sample companies such as Contoso and Northwind
// Traders). None is meant to be a real company; if one collides with a real business, rename it here.

export type Industry =
  | 'software' | 'fintech' | 'banking' | 'insurance' | 'consulting' | 'healthcare' | 'retail' | 'manufacturing'
  | 'public-sector' | 'education' | 'media' | 'logistics' | 'energy' | 'telecom' | 'legal' | 'nonprofit';

export interface DemoCompany {
  /** The spelling most members copy from the company page. */
  name: string;
  /** Other spellings of the same employer: with and without the legal suffix, in capitals, aliases. */
  variants: readonly string[];
  industry: Industry;
  /** Relative headcount in the network, 1 (boutique) to 8 (giant employer); drives how often it appears. */
  size: number;
  /** A reserved `.example` domain (RFC 2606), so generated work emails can never reach anyone. */
  domain: string;
}

/** [base name, industry, size, legal suffix ('' for none), 1 when the page shows the suffix, aliases...] */
type Row = readonly [string, Industry, number, string, 0 | 1, ...string[]];

const ROWS: readonly Row[] = [
  // software
  ['Contoso', 'software', 8, 'Ltd.', 0, 'Contoso GmbH', 'Contoso Corp'],
  ['Fabrikam', 'software', 6, 'Inc.', 0],
  ['Adatum', 'software', 5, 'Corporation', 1, 'A. Datum Corporation', 'Adatum Corp'],
  ['Proseware', 'software', 4, 'Inc.', 0],
  ['Litware', 'software', 3, 'Inc.', 0],
  ['Relecloud', 'software', 5, 'Inc.', 0],
  ['Quillmesh Software', 'software', 3, 'Inc.', 0, 'Quillmesh'],
  ['Brindlewood Labs', 'software', 2, 'LLC', 0],
  ['Cobaltline Systems', 'software', 4, 'Inc.', 0],
  ['Ferrowisp', 'software', 2, 'Ltd', 0],
  ['Lanternfish Data', 'software', 3, 'Inc.', 0, 'Lanternfish'],
  ['Mossgate Analytics', 'software', 2, 'GmbH', 0],
  ['Orchardine', 'software', 2, 'Inc.', 0],
  ['Pebblestack', 'software', 3, 'Inc.', 0],
  ['Quarrylight', 'software', 1, 'B.V.', 0],
  ['Saltmarsh Cloud', 'software', 4, 'Inc.', 0],
  ['Thistledown Software', 'software', 2, 'Ltd', 0],
  ['Umberhill Technologies', 'software', 3, 'Inc.', 0, 'Umberhill Tech'],
  ['Vellichor Systems', 'software', 2, 'AB', 0],
  ['Wrenfield Labs', 'software', 1, 'Inc.', 0],
  ['Yarrowby', 'software', 2, 'Oy', 0],
  ['Zephyrine Software', 'software', 2, 'S.A.S.', 0],
  ['Glasswick Robotics', 'software', 2, 'Inc.', 0],
  ['Hollowreed Security', 'software', 3, 'Inc.', 0],
  ['Kestrelbyte', 'software', 2, 'Pty Ltd', 0],
  ['Marrowind', 'software', 1, 'Inc.', 0],
  ['Nimbleroot', 'software', 2, 'Inc.', 0],
  ['Owlpine', 'software', 2, 'K.K.', 0],
  ['Riverlight Logic', 'software', 2, 'Ltd', 0],
  ['Corvane Games', 'software', 2, 'Inc.', 0],
  ['Duskfall Interactive', 'software', 1, 'GmbH', 0],
  ['Emberlane AI', 'software', 2, 'Inc.', 0],
  ['Trellimar Systems', 'software', 3, 'S.A.', 0],
  // fintech
  ['Ledgerlark', 'fintech', 4, 'Inc.', 0],
  ['Paysprig', 'fintech', 3, 'Ltd', 0],
  ['Tallymoss', 'fintech', 2, 'Inc.', 0],
  ['Clearbrook Payments', 'fintech', 4, 'Inc.', 0, 'Clearbrook'],
  ['Fernwallet', 'fintech', 3, 'GmbH', 0],
  ['Quidwell', 'fintech', 2, 'Ltd', 0],
  ['Remitora', 'fintech', 2, 'S.A.', 0],
  ['Vaultwick', 'fintech', 2, 'Inc.', 0],
  ['Kettlecoin', 'fintech', 1, 'Ltd', 0],
  ['Brassmint Lending', 'fintech', 2, 'LLC', 0],
  ['Cindervault', 'fintech', 1, 'Inc.', 0],
  ['Plumwick Pay', 'fintech', 2, 'B.V.', 0],
  ['Coinwright', 'fintech', 2, 'Inc.', 0],
  ['Sparrowcard', 'fintech', 2, 'Ltd', 0],
  // banking
  ['Woodgrove Bank', 'banking', 8, 'S.A.', 0, 'Woodgrove'],
  ['Ashcombe & Vale', 'banking', 4, 'plc', 0, 'Ashcombe and Vale Bank'],
  ['First Harrowgate Bank', 'banking', 5, 'N.A.', 0, 'First Harrowgate'],
  ['Bank of Eastmarch', 'banking', 4, '', 0],
  ['Caldermoor Savings', 'banking', 2, '', 0],
  ['Dunmere Trust', 'banking', 2, 'Company', 0],
  ['Banco Solárido', 'banking', 3, 'S.A.', 0, 'Banco Solarido'],
  ['Kronwald Bank', 'banking', 4, 'AG', 1],
  ['Crédit Valmont', 'banking', 3, 'S.A.', 0, 'Credit Valmont'],
  ['Marlowe Brothers', 'banking', 3, '& Co.', 0],
  ['Hollisford Grange', 'banking', 2, 'LLP', 0],
  ['Ostrevia Cooperative Bank', 'banking', 1, '', 0],
  // A different firm that shares a prefix with Fabrikam: company matching must not merge the two.
  ['Fabrikam Capital', 'banking', 2, 'LLC', 1],
  // insurance
  ['Humongous Insurance', 'insurance', 5, 'Company', 0],
  ['Aldermoor Mutual', 'insurance', 3, '', 0],
  ['Bastionmere Life', 'insurance', 2, 'Ltd', 0],
  ['Greymantle Assurance', 'insurance', 2, 'plc', 0],
  ['Harbourline Re', 'insurance', 2, 'AG', 0],
  ['Thornfield Mutual', 'insurance', 2, '', 0],
  // consulting
  ['Trey Research', 'consulting', 3, 'Inc.', 0],
  ['Ashvarden Partners', 'consulting', 3, 'LLC', 0],
  ['Bellwether & Crane', 'consulting', 5, 'LLP', 0, 'Bellwether and Crane'],
  ['Cardew Consulting Group', 'consulting', 4, '', 0, 'Cardew'],
  ['Halverson Strategy', 'consulting', 2, 'Ltd', 0],
  ['Kinross Dunn', 'consulting', 4, 'LLP', 0],
  ['Merriwell Advisory', 'consulting', 2, 'LLC', 0],
  ['Oakhallow Consulting', 'consulting', 2, 'GmbH', 0],
  ['Pemberton Lyle', 'consulting', 3, 'LLP', 0],
  ['Quintrell Associates', 'consulting', 1, '', 0],
  ['Sable & Finch', 'consulting', 2, 'Ltd', 0],
  ['Vantcourt Advisory', 'consulting', 2, 'S.L.', 0],
  // healthcare
  ['Brackenfield Health', 'healthcare', 5, '', 0],
  ['Cedarwick Medical Center', 'healthcare', 4, '', 0, 'Cedarwick Medical'],
  ['Lumen Valley Hospital', 'healthcare', 3, '', 0],
  ['Marisol Health Partners', 'healthcare', 2, 'LLC', 0],
  ['Northcove Clinics', 'healthcare', 2, '', 0],
  ['Pinecrest Biologics', 'healthcare', 3, 'Inc.', 0],
  ['Quellan Therapeutics', 'healthcare', 2, 'Inc.', 0],
  ['Rosewell Pharma', 'healthcare', 4, 'AG', 0, 'Rosewell Pharmaceuticals'],
  ['Saint Alder Hospital', 'healthcare', 3, '', 0, 'St. Alder Hospital'],
  ['Thornbury Diagnostics', 'healthcare', 2, 'Ltd', 0],
  ['Veridane Medical', 'healthcare', 3, 'Inc.', 0],
  ['Wyvern Genomics', 'healthcare', 2, 'Inc.', 0],
  // retail and consumer
  ['Northwind Traders', 'retail', 6, 'Inc.', 0],
  ['Tailwind Traders', 'retail', 4, 'Ltd', 0],
  ['Wide World Importers', 'retail', 3, 'Ltd', 0],
  ['Alpine Ski House', 'retail', 2, '', 0],
  ['Fourth Coffee', 'retail', 3, 'Inc.', 0],
  ['Coho Winery', 'retail', 1, '', 0],
  ['Wingtip Toys', 'retail', 2, 'Inc.', 0],
  ['Glimmerby Market', 'retail', 5, 'S.A.', 0],
  ['Calloway & Finch', 'retail', 3, 'Ltd', 0],
  ['Dovecote Home', 'retail', 2, 'Inc.', 0],
  ['Emberly Outfitters', 'retail', 2, 'Inc.', 0],
  ['Gilded Pantry', 'retail', 2, 'GmbH', 0],
  // manufacturing
  ['Ironbark Manufacturing', 'manufacturing', 3, 'Inc.', 0],
  ['Halden Steelworks', 'manufacturing', 3, 'AS', 0],
  ['Kessler Präzision', 'manufacturing', 3, 'GmbH', 1, 'Kessler Praezision GmbH'],
  ['Lorrimer Aerospace', 'manufacturing', 4, 'plc', 0],
  ['Morrow Valve', 'manufacturing', 2, 'Company', 0],
  ['Norrland Turbin', 'manufacturing', 2, 'AB', 1],
  ['Oxley Polymers', 'manufacturing', 2, 'Ltd', 0],
  ['Pellham Automotive', 'manufacturing', 4, 'Inc.', 0],
  ['Rothmere Chemicals', 'manufacturing', 3, 'S.p.A.', 0],
  ['Teller & Brandt Maschinenbau', 'manufacturing', 2, 'GmbH', 1, 'Teller und Brandt'],
  ['Vulcanis Robotics', 'manufacturing', 2, 'S.A.', 0],
  ['Gristmill Foods', 'manufacturing', 3, 'Inc.', 0],
  // public sector
  ['City of Brackenridge', 'public-sector', 3, '', 0],
  ['Department of Coastal Affairs', 'public-sector', 2, '', 0],
  ['Ministry of Digital Services of Arden', 'public-sector', 3, '', 0],
  ['Eastmarch County Council', 'public-sector', 2, '', 0],
  ['Office of Workforce Development', 'public-sector', 2, '', 0],
  ['Port Authority of Lowmere', 'public-sector', 1, '', 0],
  ['Arden Statistics Bureau', 'public-sector', 2, '', 0],
  ['Harrowgate Transit Authority', 'public-sector', 2, '', 0],
  ['Veldria Revenue Agency', 'public-sector', 2, '', 0],
  ['Office of the Auditor General of Carrick', 'public-sector', 1, '', 0],
  // universities and schools
  ['Bellows College', 'education', 2, '', 0],
  ['University of Eastmarch', 'education', 4, '', 0],
  ['Harrowgate Institute of Technology', 'education', 3, '', 0, 'HIT Harrowgate'],
  ['Sorrel Bay University', 'education', 3, '', 0],
  ['Université de Valmont', 'education', 2, '', 0, 'Universite de Valmont'],
  ['Technische Hochschule Kronwald', 'education', 2, '', 0, 'TH Kronwald'],
  ['Universidad de Solárido', 'education', 2, '', 0],
  ['Pemberton School of Business', 'education', 2, '', 0],
  ['Lowmere State University', 'education', 3, '', 0],
  ['Ashcombe University', 'education', 2, '', 0],
  // media, logistics, energy, telecom, legal, nonprofit
  ['Lucerne Publishing', 'media', 2, '', 0],
  ['Fernhallow Media', 'media', 2, 'Group', 0],
  ['Inkwell & Ash', 'media', 1, 'Ltd', 0],
  ['Brightquarry Studios', 'media', 2, 'Inc.', 0],
  ['Mirrorlake Broadcasting', 'media', 2, 'Corporation', 0],
  ['Consolidated Messenger', 'logistics', 3, 'Inc.', 0],
  ["Margie's Travel", 'logistics', 2, '', 0],
  ['Ferrygate Logistics', 'logistics', 3, 'Ltd', 0],
  ['Harrowline Shipping', 'logistics', 2, 'A/S', 0],
  ['Kestrelmoor Haulage', 'logistics', 1, 'Ltd', 0],
  ['City Power & Light', 'energy', 4, '', 0, 'City Power and Light'],
  ['Brightmoor Energy', 'energy', 3, 'plc', 0],
  ['Fennwick Solar', 'energy', 2, 'Inc.', 0],
  ['Northgale Wind', 'energy', 2, 'AS', 0],
  ['Solvanne Énergie', 'energy', 2, 'SAS', 0, 'Solvanne Energie'],
  ['Skyweave Telecom', 'telecom', 4, 'Inc.', 0],
  ['Tessaline Mobile', 'telecom', 3, 'S.A.', 0],
  ['Ardent Fibre', 'telecom', 2, 'Ltd', 0],
  ['Litware Law', 'legal', 2, 'LLP', 1],
  ['Hartwell Brisco', 'legal', 2, 'LLP', 0],
  ['Okonjo & Reiss', 'legal', 1, 'LLP', 0],
  ['Open Lantern Foundation', 'nonprofit', 1, '', 0],
  ['The Larkwhistle Trust', 'nonprofit', 1, '', 0, 'Larkwhistle Trust'],
  ['Codewell Collective', 'nonprofit', 1, '', 0],
];

function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, 'and')
    .replace(/[^a-z0-9]+/g, '');
}

const COMMA_SUFFIXES: ReadonlySet<string> = new Set(['Inc.', 'LLC', 'Ltd.', 'Ltd', 'LLP', 'S.A.']);

function toCompany([base, industry, size, suffix, suffixShown, ...aliases]: Row): DemoCompany {
  // Only the Anglo-American forms are commonly written after a comma ("Northwind Traders, Inc.").
  const withSuffix = COMMA_SUFFIXES.has(suffix) ? `${base}, ${suffix}` : `${base} ${suffix}`;
  const plain = suffix ? `${base} ${suffix}` : base;
  const name = suffixShown ? plain : base;
  const spellings = suffix
    ? [base, withSuffix, plain, plain.replace(/[.,]/g, '').toUpperCase(), ...aliases]
    : [base.toUpperCase(), ...aliases];
  return {
    name,
    variants: [...new Set(spellings)].filter((spelling) => spelling !== name),
    industry,
    size,
    domain: `${slug(base)}.example`,
  };
}

export const COMPANIES: readonly DemoCompany[] = ROWS.map(toCompany);

/** What people put in the Company field when they have no employer to name; the importer must not match these. */
export const NON_EMPLOYERS: readonly string[] = [
  'Self-employed', 'Freelance', 'Stealth Startup', 'Independent Consultant', 'Retired', 'Career Break',
];

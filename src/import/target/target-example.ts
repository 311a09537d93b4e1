// The commented example `referable target init` writes: a complete, valid market a user edits into their own.

export const EXAMPLE_TARGET_YAML = `# Referable target market. Edit it, then: referable target set target.yaml
# A contact's fit (0-100) adds the points of every dimension it matches; in market = fit >= threshold.
# Dimensions you leave out are ignored and the others scaled to 100.

name: Fintech product leadership

# Fit at or above which a contact counts as "in market".
threshold: 50

# Target companies. tier 1 = dream companies (full company points), 2 = 70%, 3 = 40%.
# aliases: other names people write for the same employer (legal suffixes and case are handled already).
# industry: tag the company with a LinkedIn industry (Industry Codes V2) so its people count for "industries".
companies:
  - name: Ledgerlark
    tier: 1
    industry: Financial Services
  - name: Clearbrook Payments
    tier: 1
    aliases: [Clearbrook]
    industry: Financial Services
  - name: Paysprig
    tier: 2
  - name: Fernwallet
    tier: 2
  - name: Woodgrove Bank
    tier: 2
    industry: Banking
  - name: Kronwald Bank
    tier: 3
  - Contoso

# LinkedIn job functions (26), e.g. Product Management, Engineering, Sales, Marketing, Finance.
functions: [Product Management, Engineering]

# LinkedIn seniorities: Unpaid, Training, Entry, Senior, Manager, Director, VP, CXO, Partner, Owner.
seniorities: [Manager, Director, VP]

# LinkedIn industries (Industry Codes V2, names or numeric codes); a parent covers its children.
industries: [Financial Services]

# Places, matched as words in the contact's location.
locations: [London, Amsterdam]

# Words looked for in titles and company names.
keywords: [payments, fintech]

# Industries of other companies you know (company -> LinkedIn industry).
companyIndustries:
  Ashcombe & Vale: Banking

# Points per dimension; they must add up to 100.
weights:
  company: 40
  function: 25
  seniority: 15
  industry: 10
  location: 5
  keywords: 5

goals:
  inMarketConnections: 500   # in-market connections to reach
  coveredCompanies: 6        # target companies with at least one contact
  by: 2027-06-30             # optional: the date to reach them by
  weekly:
    connectionRequests: 25   # LinkedIn allows about 100 invitations a week
    introductions: 2
    shares: 3
    followUps: 10
`;

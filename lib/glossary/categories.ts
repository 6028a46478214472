// The glossary's categories, apart from its zod schema so that UI bundles can list them
// without carrying a validator.
export const CATEGORIES = [
  'organization', // organisations, meetings, summits
  'mechanism', // bilateral and multilateral cooperation mechanisms
  'relationship', // relationship formulas (战略伙伴关系 …)
  'policy', // policies, initiatives, principles
  'security', // security terms
  'agreement', // treaties, statements, declarations
  'project', // projects, corridors, facilities
  'place', // states, capitals, border crossings
  'person', // leaders and officials
  'culture', // heritage, epics, festivals, instruments, works and figures of shared culture
] as const;
export type Category = (typeof CATEGORIES)[number];

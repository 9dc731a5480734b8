/**
 * What each column of the tracking book means, in English, by its key in src/sheets/schema.ts (the
 * Vietnamese header is the workbook's own word and is shown beside it). A key means the same in every
 * table it appears in, so one name serves them all.
 */
export const COLUMN_NAMES_EN: Readonly<Record<string, string>> = {
  index: 'Row number', note: 'Note', title: 'Subject', description: 'Description',
  // Plan tasks
  lead: 'Lead agency', partners: 'Supporting agencies', due: 'Deadline', completed: 'Date completed', result: 'Result',
  // Postings
  group: 'Content group', document: 'Document', documentDate: 'Document date', form: 'Form', place: 'Place',
  start: 'Start date', end: 'End date', requiredDays: 'Days required',
  // Staff's own books: a period in one cell, start to end (src/sheets/reading/kinds.ts)
  period: 'Period, start to end',
  // Consultations and feedback
  id: 'Code', consultationId: 'Consultation code', subject: 'Subject consulted', audience: 'Who is consulted',
  from: 'From', to: 'To', synthesisDue: 'Synthesis deadline', synthesized: 'Date synthesised', resultPublished: 'Results published on',
  received: 'Date received', author: 'From whom', area: 'Village or residential group', channel: 'How it was given',
  content: 'Feedback', position: 'Where in the draft', decision: 'How it was handled', response: 'Accepted or explained, in words',
  processed: 'Date handled',
  // Votes
  kind: 'Kind of matter', method: 'How decided', date: 'Date', households: 'Households', participants: 'Households taking part',
  agree: 'Households in favour', sentToCommune: 'Sent to the commune on',
  // Days off, rules, the unit's details
  name: 'Name', value: 'Value', basis: 'Legal basis', unit: 'Unit', level: 'Level', parent: 'Level above', year: 'Report year',
  asOf: 'Assessment date', signer: 'Signer', signerTitle: 'Signer\'s title', signAuthority: 'Signing authority', reportSymbol: 'Report symbol',
};

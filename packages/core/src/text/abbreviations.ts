/** Abbreviations that keep their period and do not end a sentence on their own. */
export const TITLE_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'maj', 'capt', 'sgt', 'adm', 'cmdr', 'rev', 'hon', 'pres', 'supt', 'insp', 'amb', 'sr', 'jr', 'st', 'mt', 'ft', 'fr', 'coun', 'cllr', 'ald', 'const', 'det', 'cpl', 'pte', 'cpt', 'msgr', 'atty', 'mme', 'mlle',
]);

/** The American states' abbreviations (AP style), of `OTHER_ABBREVIATIONS`. */
export const STATE_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'ala', 'ariz', 'ark', 'calif', 'colo', 'conn', 'del', 'fla', 'ga', 'ill', 'ind', 'kan', 'ky', 'la', 'md', 'mass', 'mich', 'minn', 'miss', 'mo', 'mont', 'neb', 'nev', 'okla', 'ore', 'pa', 'tenn', 'tex', 'va', 'vt', 'wash', 'wis', 'wyo',
]);

/** Abbreviations that keep their period; they may still end a sentence. */
export const OTHER_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  'inc', 'corp', 'co', 'ltd', 'llc', 'plc', 'bros', 'dept', 'univ', 'assn', 'est', 'approx', 'vs', 'etc', 'no', 'nos', 'vol', 'fig', 'al',
  'ave', 'blvd', 'rd', ...STATE_ABBREVIATIONS,
]);

/**
 * Of `OTHER_ABBREVIATIONS`, the ones written in lower case too ("etc.", "vs."); the others (months, days, states, firms'
 * suffixes) are abbreviations only when capitalised, so that "had been ill." or "a wash." still ends its sentence.
 */
export const LOWERCASE_ABBREVIATIONS: ReadonlySet<string> = new Set(['etc', 'vs', 'approx', 'al', 'est', 'fig', 'vol']);

/** Capitalised words that usually open a sentence: after "U.S." they signal a sentence break. */
export const SENTENCE_STARTERS: ReadonlySet<string> = new Set([
  'The', 'A', 'An', 'He', 'She', 'It', 'They', 'We', 'I', 'You', 'But', 'And', 'Or', 'So', 'Yet', 'In', 'On', 'At', 'For', 'This', 'That', 'These', 'Those', 'His', 'Her', 'Its', 'Their', 'Our', 'My', 'There', 'Here', 'When', 'While', 'If', 'As', 'After', 'Before', 'However', 'Meanwhile', 'Still', 'Now', 'Then', 'Some', 'Many', 'Most', 'One', 'No', 'Not', 'What', 'Why', 'How', 'Who', 'Where', 'Officials', 'Critics',
]);

/** Nouns for groups of unnamed people: a source headed by one is vague ("officials", "observers"). */
export const GROUP_NOUNS: ReadonlySet<string> = new Set([
  'officials', 'sources', 'observers', 'critics', 'analysts', 'experts', 'diplomats', 'people', 'residents', 'witnesses', 'supporters',
  'opponents', 'voices', 'commentators', 'conservatives', 'liberals', 'progressives', 'aides', 'insiders', 'lawmakers', 'legislators',
  'authorities', 'investigators', 'scientists', 'researchers', 'economists', 'activists', 'campaigners', 'protesters', 'leaders',
  'ministers', 'members', 'advocates', 'others', 'some', 'many', 'several', 'few', 'most', 'politicians', 'republicans', 'democrats',
  'voters', 'citizens', 'americans', 'skeptics', 'sceptics', 'allies', 'detractors', 'pundits', 'strategists', 'commentators', 'figures',
  'groups', 'organisations', 'organizations', 'unions', 'teachers', 'doctors', 'nurses', 'parents', 'workers', 'employers', 'firms',
  'companies', 'businesses', 'charities', 'mps', 'peers', 'tories', 'ministries', 'governments', 'countries', 'nations', 'states',
  'person', 'source', 'insider', 'someone', 'somebody', 'individual', 'observer', 'critic', 'analyst', 'expert', 'diplomat', 'witness',
  'resident', 'reports', 'media', 'polls', 'studies', 'surveys',
  // twelfth session (`GROUP_IN_PLACE`): markets and trades
  'traders', 'dealers', 'investors', 'bankers', 'brokers', 'executives', 'farmers', 'shoppers', 'consumers', 'fans', 'students',
  'users', 'customers', 'viewers', 'listeners', 'readers', 'passengers', 'patients',
  // twenty-fifth session: more of the trades that wire stories quote in a place ("Buyers north of Gagnoa said")
  'buyers', 'sellers', 'exporters', 'importers', 'growers', 'producers', 'shippers', 'merchants', 'retailers', 'wholesalers',
]);

/** Singular role nouns: "the president" is a nominal source, "a spokesman" a vague one. */
export const ROLE_NOUNS: ReadonlySet<string> = new Set([
  'president', 'premier', 'minister', 'secretary', 'chancellor', 'senator', 'governor', 'mayor', 'spokesman', 'spokeswoman',
  'spokesperson', 'leader', 'official', 'aide', 'adviser', 'advisor', 'ambassador', 'envoy', 'chief', 'director', 'chairman',
  'chairwoman', 'ceo', 'executive', 'king', 'queen', 'pope', 'general', 'commander', 'judge', 'lawyer', 'attorney', 'prosecutor',
  'police', 'ministry', 'government', 'administration', 'department', 'agency', 'company', 'firm', 'committee', 'commission', 'military',
  'army', 'embassy', 'office', 'court', 'council', 'party', 'campaign', 'team', 'statement', 'report', 'study', 'survey', 'poll',
  'union', 'bank', 'regulator', 'watchdog', 'board', 'group', 'organisation', 'organization', 'authority', 'cabinet', 'palace',
  'kremlin', 'spokesperson', 'negotiator', 'delegation', 'side', 'opposition', 'prime', 'deputy', 'representative', 'source',
]);

/** `YOU_SOURCE` (round nine): "you" is a source too ("You said the middle class is …"; PolNeAR marks it). */
const YOU_SOURCE = true;
/** Pronouns that can be the source of an attribution. */
export const SOURCE_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'it', 'we', 'i', ...(YOU_SOURCE ? ['you'] : [])]);

/** Determiners and quantifiers that open a noun phrase. */
export const DETERMINERS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'this', 'that', 'these', 'those', 'some', 'many', 'several', 'other', 'most',
  'few', 'two', 'three', 'four', 'five', 'one', 'another', 'various', 'numerous', 'both', 'all', 'no',
]);

/** Lower-case words that may modify a source's head ("senior", "Ukrainian", "unnamed"). */
export function isSourceModifier(lower: string): boolean {
  return SOURCE_MODIFIERS.has(lower) || MODIFIER_ENDING.test(lower);
}
const SOURCE_MODIFIERS: ReadonlySet<string> = new Set([
  'senior', 'top', 'former', 'other', 'unnamed', 'anonymous', 'local', 'foreign', 'western', 'independent', 'many', 'some', 'several',
  'key', 'leading', 'prominent', 'chief', 'government', 'military', 'intelligence', 'security', 'health', 'white', 'house', 'party',
  'state', 'police', 'industry', 'company', 'campaign', 'conservative', 'liberal', 'progressive', 'opposition', 'defence', 'defense',
  // offices: "the prime minister", "the first minister", "the deputy leader", "the shadow chancellor"
  'prime', 'first', 'deputy', 'vice', 'shadow', 'acting', 'interim', 'home',
  // (round twelve) findings by their age: "new filings", "the latest polls", "early returns"
  'new', 'newest', 'latest', 'early', 'earlier', 'fresh',
]);
const MODIFIER_ENDING = /^[a-z-]+(?:al|ian|ean|ese|ish|ive|ic|ior|ern|ary|ent|ant|ed|ful|ous)$/;

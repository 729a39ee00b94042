export type Gender = 'male' | 'female';
export type PronounClass = 'male' | 'female' | 'plural';

export interface PronounInfo {
  cls: PronounClass;
  reflexive: boolean;
}

/** Third-person pronouns that entities resolves. */
export const PRONOUNS: ReadonlyMap<string, PronounInfo> = new Map([
  ['he', { cls: 'male', reflexive: false }],
  ['him', { cls: 'male', reflexive: false }],
  ['his', { cls: 'male', reflexive: false }],
  ['himself', { cls: 'male', reflexive: true }],
  ['she', { cls: 'female', reflexive: false }],
  ['her', { cls: 'female', reflexive: false }],
  ['hers', { cls: 'female', reflexive: false }],
  ['herself', { cls: 'female', reflexive: true }],
  ['they', { cls: 'plural', reflexive: false }],
  ['them', { cls: 'plural', reflexive: false }],
  ['their', { cls: 'plural', reflexive: false }],
  ['theirs', { cls: 'plural', reflexive: false }],
  ['themselves', { cls: 'plural', reflexive: true }],
]);

/** Honorifics and gendered role words that tell a person's gender. */
export const GENDERED_WORDS: ReadonlyMap<string, Gender> = new Map([
  ['mr', 'male'], ['mr.', 'male'], ['sir', 'male'], ['lord', 'male'], ['king', 'male'], ['prince', 'male'], ['spokesman', 'male'],
  ['chairman', 'male'], ['congressman', 'male'], ['emperor', 'male'], ['pope', 'male'], ['father', 'male'], ['duke', 'male'],
  ['ms', 'female'], ['ms.', 'female'], ['mrs', 'female'], ['mrs.', 'female'], ['miss', 'female'], ['dame', 'female'], ['lady', 'female'],
  ['queen', 'female'], ['princess', 'female'], ['spokeswoman', 'female'], ['chairwoman', 'female'], ['congresswoman', 'female'],
  ['duchess', 'female'], ['baroness', 'female'], ['sister', 'female'],
]);

/** Honorifics that are not part of a name's identity ("Ms Pryor" = "Patricia Pryor"). */
export const HONORIFICS: ReadonlySet<string> = new Set(['mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'miss', 'dr', 'dr.', 'sir', 'dame', 'lord', 'lady', 'prof', 'prof.']);

// A compact, hand-written list of common given names (English and some frequent in world news).
const MALE = `
aaron adam adrian ahmed alan alastair alex alexander alexei alexey ali andrew andriy andrei andrey angus anthony antonio ashley barack ben
benjamin bernie bill bob boris brian bruce carl carlos charles chris christopher colin dan daniel david dennis dmitry donald douglas ed
edward emmanuel eric frank fred gareth gary geoffrey george gerald gordon graham greg harry henry hugh ian ivan jack jacob james jamie jason
jeff jeffrey jeremy jim joe john jonathan jose joseph juan justin keir keith ken kevin kim lars lee liam luis marco mark martin matt matthew
michael mike mohammed muhammad narendra neil nicholas nick nigel olaf oleksandr oliver patrick paul pedro peter philip pierre rahul ralph
richard rishi robert rod roger ron ronald rupert sam samuel scott sebastian sergei sergey simon stephen steve steven stuart ted thomas tim
timothy todd tom tony vladimir volodymyr walter william xi yuri
`;
const FEMALE = `
alice alison amanda amy andrea angela ann anna anne barbara caroline catherine charlotte christine claire claudia diana elizabeth ella
emily emma fiona hannah harriet hillary helen isabel jacinda jane janet jennifer jessica jill joan julia julie karen kamala kate katherine
kathleen kelly kirsty laura linda lisa liz lucy maria marie marine mary melania michelle nancy natalia nicola nikki olena olga patricia
priti rachel rebecca ruth sally sandra sarah sophie susan svetlana tessa theresa ursula victoria yulia
`;
const SPACE = /\s+/;
/**
 * Twenty-third session (issue 4): names given to boys and girls alike say no gender ("Alex Conroy, an analyst …. “…,” she said"
 * had "she" refused Alex as a man's name).
 */
const UNISEX_NAMES = true;
const UNISEX: ReadonlySet<string> = new Set(UNISEX_NAMES ? ['alex', 'ashley', 'chris', 'jamie', 'kim', 'lee', 'sam'] : []);
const GIVEN: ReadonlyMap<string, Gender> = new Map([
  ...MALE.split(SPACE).filter(Boolean).map((n) => [n, 'male'] as [string, Gender]),
  ...FEMALE.split(SPACE).filter(Boolean).map((n) => [n, 'female'] as [string, Gender]),
]);

/** The gender a given name usually has, or undefined (also: whether the word is a given name the list knows). */
export function givenNameGender(name: string): Gender | undefined {
  return GIVEN.get(name.toLowerCase());
}

/** The gender a person's given name says, or undefined: none for names given to boys and girls alike (`UNISEX_NAMES`). */
export function genderOfGivenName(name: string): Gender | undefined {
  return UNISEX.has(name.toLowerCase()) ? undefined : givenNameGender(name);
}

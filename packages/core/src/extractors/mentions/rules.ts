// The rule modules and word lists behind the mentions and times extractors: the name rules
// and gazetteers, the number grammar and the temporal grammar. The extractors import this
// module lazily in `setup`, so a page pays for these lists only when it analyses an article.
export { timeMatches } from '../times/grammar.js';
export { findModelNames } from './modelNames.js';
export { findNames } from './names.js';
export { findPressNames } from './press.js';
export { findValues, toTokenView } from './numbers.js';

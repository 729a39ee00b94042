// Bad inputs for presslens, made on the fly (nothing from ../shared/data): shared by the core
// bad-input and linearity tests, scripts/linearity.mjs and the CLI's end-to-end bad-input test.
// Every maker takes a size n (about n UTF-16 code units) so the same input can be tried at n and 10n.

/** A deterministic pseudo-random byte source (LCG), so "binary data" is the same on every run. */
export function pseudoRandomBytes(n, seed = 1) {
  const bytes = new Uint8Array(n);
  let x = seed >>> 0;
  for (let i = 0; i < n; i++) {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    bytes[i] = x >>> 24;
  }
  return bytes;
}

/** Bytes read one byte to one character, the way Node's reader reads a file that is not UTF-8 (Latin-1). */
export function latin1(bytes) {
  let out = '';
  for (let from = 0; from < bytes.length; from += 8192) out += String.fromCharCode(...bytes.subarray(from, from + 8192));
  return out;
}

const repeatTo = (unit, n) => unit.repeat(Math.max(1, Math.ceil(n / unit.length))).slice(0, Math.max(n, unit.length));

const PEOPLE = ['Ana Ruiz', 'Tom Hale', 'Li Wen', 'Mara Lind', 'Jonas Berg', 'Pia Holm', 'Sam Okafor', 'Ines Moreau'];
const PLACES = ['Lisbon', 'Oslo', 'Nairobi', 'Hanoi', 'Quito', 'Tallinn', 'Perth', 'Accra'];
const TOPICS = ['the harbour plan', 'a new rail line', 'the school budget', 'flood defences', 'a housing scheme'];

/** One made-up paragraph of news prose, different for each i (names, quotes, numbers, dates, hedges). */
export function newsParagraph(i) {
  const p = PEOPLE[i % PEOPLE.length];
  const q = PEOPLE[(i * 3 + 1) % PEOPLE.length];
  const place = PLACES[(i * 7) % PLACES.length];
  const topic = TOPICS[i % TOPICS.length];
  return (
    `${place} officials postponed a vote on ${topic} on Tuesday after ${(i % 90) + 10} residents filed objections. ` +
    `“We need more time to get this right,” ${p} said, adding that the cost had risen by ${(i % 40) + 2} percent to $${(i % 9) + 1}.5 million. ` +
    `Critics say ${q} might block the plan, though some observers believe a deal is likely before ${2020 + (i % 6)}.`
  );
}

/** A news article of about n characters, paragraphs separated by `newline` twice. */
export function newsArticle(n, newline = '\n') {
  const parts = ['Council Delays Vote on Harbour Plan'];
  let length = parts[0].length;
  for (let i = 0; length < n; i++) {
    const p = newsParagraph(i);
    parts.push(p);
    length += p.length + 2 * newline.length;
  }
  return parts.join(newline + newline);
}

/**
 * Inputs that grow with n: each is analysed at n and 10n (linearity) and at 100,000 (bad-input
 * suite). `expect` is what the core test checks beyond the invariants of every result.
 */
export const SCALABLE_BAD_INPUTS = [
  { name: 'news prose', make: (n) => newsArticle(n) },
  { name: 'news prose with CRLF line breaks', make: (n) => newsArticle(n, '\r\n') },
  { name: 'news prose with lone CR line breaks', make: (n) => newsArticle(n, '\r') },
  { name: 'one token', make: (n) => 'a'.repeat(n) },
  { name: 'one number', make: (n) => '1'.repeat(n) },
  { name: 'straight double quotes', make: (n) => '"'.repeat(n) },
  { name: 'curly double quotes', make: (n) => '“'.repeat(n) },
  { name: 'single quotes and apostrophes', make: (n) => repeatTo("'‘’", n) },
  { name: 'hyphens', make: (n) => '-'.repeat(n) },
  { name: 'en and em dashes', make: (n) => repeatTo('–—', n) },
  { name: 'deeply nested quotes', make: (n) => '“'.repeat(Math.floor(n / 2)) + '”'.repeat(Math.floor(n / 2)) },
  { name: 'nested reported speech', make: (n) => { const k = Math.ceil(n / 40); return 'He said “she said ‘they said “'.repeat(k).slice(0, n) + '”’'.repeat(k); } },
  { name: 'quotes that never close', make: (n) => repeatTo('Tom Hale said “the bridge will open on Monday. ', n) },
  { name: 'full stops', make: (n) => '.'.repeat(n) },
  { name: 'ellipses and question marks', make: (n) => repeatTo('…?!', n) },
  { name: 'abbreviations', make: (n) => repeatTo('Mr. Dr. U.S. St. Gen. ', n) },
  { name: 'nested parentheses', make: (n) => '('.repeat(Math.floor(n / 2)) + ')'.repeat(Math.floor(n / 2)) },
  { name: 'one sentence, no punctuation', make: (n) => repeatTo('the mayor said that ', n) },
  { name: 'a chain of capitalised names', make: (n) => repeatTo('Tom Hale Ana Ruiz ', n) },
  { name: 'all capitals', make: (n) => repeatTo('MAYOR TOM HALE SAID. ', n) },
  { name: 'numbers, money and percentages', make: (n) => repeatTo('1 $2.5bn 45% 12:30 1,200 ', n) },
  { name: 'line breaks', make: (n) => '\n'.repeat(n) },
  { name: 'CR only', make: (n) => '\r'.repeat(n) },
  { name: 'whitespace of every kind', make: (n) => repeatTo(' \t\n\r\u00a0\u2028\u2029\u200b\ufeff', n) },
  { name: 'NUL bytes in prose', make: (n) => repeatTo('Tom\u0000Hale said\u0000 ', n) },
  { name: 'NUL bytes only', make: (n) => '\u0000'.repeat(n) },
  { name: 'binary data read as Latin-1', make: (n) => latin1(pseudoRandomBytes(n)) },
  { name: 'invalid UTF-8 read with replacement characters', make: (n) => repeatTo('Caf\ufffd owner Jos\ufffd Ruiz said \ufffd\ufffd. ', n) },
  { name: 'right-to-left and mixed scripts', make: (n) => repeatTo('قال الرئيس Putin إن \u200fשלום “Mr. Ruiz” 東京 Привет \u202eevil\u202c. ', n) },
  { name: 'emoji', make: (n) => repeatTo('👍🏽 Tom 👨‍👩‍👧 said 🇺🇦“ok”🙂 ', n) },
  { name: 'lone surrogates', make: (n) => repeatTo('\ud800Tom\udfff said. ', n) },
  { name: 'HTML-like text', make: (n) => repeatTo('<p>Tom Hale <b>said</i> “<a href="x">yes</a> ', n) },
];

/** The 10 MB article of the bad-input suite (10 × 2^20 characters of news prose). */
export const TEN_MB = 10 * 1024 * 1024;

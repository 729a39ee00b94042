/**
 * A half-open range `[start, end)` of UTF-16 code units in `article.text`, with the text it
 * covers, so that `article.text.slice(start, end) === text` always holds.
 */
export interface Span {
  start: number;
  end: number;
  text: string;
}

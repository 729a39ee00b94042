import { PresslensError } from '@presslens/core';

/** How many leading bytes are checked for NUL bytes, the mark of a binary file. */
export const BINARY_SNIFF_BYTES = 1024;

export interface DecodeOptions {
  /** The file or stream name used in messages. */
  name?: string;
  /** Told when the bytes were not valid UTF-8 and were read as Latin-1 (windows-1252). */
  onWarning?: (message: string) => void;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** windows-1252 bytes 0x80–0x9F (Node's TextDecoder reads them as C1 controls); 0 where the byte is unassigned. */
const CP1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
  0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

/** Bytes as windows-1252, the Latin-1 superset that "Latin-1" files almost always are. */
export function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const CHUNK = 8192;
  for (let from = 0; from < bytes.length; from += CHUNK) {
    const end = Math.min(bytes.length, from + CHUNK);
    const codes = new Array<number>(end - from);
    for (let i = from; i < end; i++) {
      const b = bytes[i]!;
      codes[i - from] = b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80]! || b : b;
    }
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join('');
}

/** True when the first KB holds a NUL byte (and no UTF-16 byte-order mark explains it). */
export function looksBinary(bytes: Uint8Array): boolean {
  if (hasUtf16Bom(bytes)) return false;
  const n = Math.min(bytes.length, BINARY_SNIFF_BYTES);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return true;
  return false;
}

function hasUtf16Bom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/**
 * Text from bytes: UTF-8 (a byte-order mark is dropped), UTF-16 when it starts with a
 * byte-order mark, and Latin-1 (windows-1252) with a warning when the bytes are not valid
 * UTF-8, rather than a text full of U+FFFD. A binary file (NUL bytes in the first KB) throws
 * a `PresslensError` with code `UNREADABLE`.
 */
export function decodeText(bytes: Uint8Array, options: DecodeOptions = {}): string {
  const name = options.name ?? 'input';
  const utf16 = hasUtf16Bom(bytes);
  if (utf16) return new TextDecoder(utf16).decode(bytes);
  if (looksBinary(bytes)) {
    throw new PresslensError('UNREADABLE', `${name} looks like a binary file (it has NUL bytes), not text. Give a .txt, .md, .html or .jsonl file.`);
  }
  try {
    return utf8.decode(bytes);
  } catch {
    options.onWarning?.(`${name} is not valid UTF-8; read it as Latin-1 (windows-1252). Re-save it as UTF-8 to be sure of the text.`);
    return decodeWindows1252(bytes);
  }
}

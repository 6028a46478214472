import { describe, expect, test } from 'vitest';
import { fileNameOf, looksLikePdf } from './pdf-file';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('looksLikePdf', () => {
  test('takes a %PDF- header at the start or after a little junk', () => {
    expect(looksLikePdf(bytes('%PDF-1.7\n%âãÏÓ'))).toBe(true);
    expect(looksLikePdf(bytes(`${' '.repeat(500)}%PDF-1.4`))).toBe(true);
  });

  test('refuses HTML, an empty file, and a header too far in', () => {
    expect(looksLikePdf(bytes('<!doctype html><title>%PDF-</title>'.padStart(2000)))).toBe(false);
    expect(looksLikePdf(new Uint8Array())).toBe(false);
    expect(looksLikePdf(bytes('%PDF'))).toBe(false);
  });
});

describe('fileNameOf', () => {
  test('is the last path segment, decoded, without query or fragment', () => {
    expect(fileNameOf('https://example.org/docs/%E8%81%94%E5%90%88%E5%A3%B0%E6%98%8E.pdf?x=1#page=2')).toBe('联合声明.pdf');
    expect(fileNameOf('statement.pdf')).toBe('statement.pdf');
  });
});

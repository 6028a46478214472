import { describe, expect, test } from 'vitest';
import { originPattern, sitePdfAddress } from './pdf-address';

describe('sitePdfAddress', () => {
  test('takes an http(s) address whose path ends in .pdf, in any case, with a query or fragment', () => {
    for (const address of [
      'https://www.fmprc.gov.cn/docs/statement.pdf',
      'http://127.0.0.1:8080/a/B.PDF',
      'https://example.org/file.pdf?download=1',
      'https://example.org/file.Pdf#page=3',
      'https://example.org/%E8%81%94%E5%90%88%E5%A3%B0%E6%98%8E.pdf',
    ]) {
      expect(sitePdfAddress(address)?.href, address).toBe(new URL(address).href);
    }
  });

  test('refuses other paths, other schemes, and what is not an address', () => {
    for (const address of [
      'https://example.org/statement.html',
      'https://example.org/statement.pdf/view',
      'https://example.org/view?file=statement.pdf',
      'https://example.org/#statement.pdf',
      'https://example.org/pdf',
      'file:///home/reader/statement.pdf',
      'chrome-extension://abc/pdf.html?file=https%3A%2F%2Fexample.org%2Fa.pdf',
      'blob:https://example.org/1234.pdf',
      'not an address.pdf',
      '',
      undefined,
    ]) {
      expect(sitePdfAddress(address), String(address)).toBeUndefined();
    }
  });
});

test('originPattern is the origin alone, its port kept', () => {
  expect(originPattern(new URL('http://127.0.0.1:8080/docs/a.pdf?x=1'))).toBe('http://127.0.0.1:8080/*');
  expect(originPattern(new URL('https://www.fmprc.gov.cn/a.pdf'))).toBe('https://www.fmprc.gov.cn/*');
});

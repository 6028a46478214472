import { brotliCompressSync } from 'node:zlib';
import { expect, test } from 'vitest';
import './load-node'; // initialises the decoder from the package's .wasm
import { unpack } from './packed';

test('unpacks brotli-compressed UTF-8, and refuses a damaged file with a message', () => {
  expect(unpack(brotliCompressSync('睦邻\t𠮷'), 'e-01.br')).toBe('睦邻\t𠮷');
  expect(() => unpack(new TextEncoder().encode('index\tnot packed'), 'index.br')).toThrow('dictionary: index.br is damaged (not brotli data)');
  expect(() => unpack(brotliCompressSync(Buffer.from([0xff, 0xfe, 0x00])), 'e-02.br')).toThrow('dictionary: e-02.br is damaged (not UTF-8 text)');
});

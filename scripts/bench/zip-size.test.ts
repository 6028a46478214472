import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { isDictionaryFile, zipEntrySizes } from './zip-size';

/** A zip of stored-or-deflated files, written here (local headers, central directory, end record). */
function zipOf(files: Record<string, string>): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(files)) {
    const data = deflateRawSync(text);
    const nameBytes = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(Buffer.byteLength(text), 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(8, 10);
    entry.writeUInt32LE(data.length, 20);
    entry.writeUInt32LE(Buffer.byteLength(text), 24);
    entry.writeUInt16LE(nameBytes.length, 28);
    entry.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    central.push(entry, nameBytes);
    offset += 30 + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(files).length, 8);
  end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

describe('zip entry sizes', () => {
  it("reads each file's compressed size from the central directory", () => {
    const files = { 'manifest.json': '{}', 'dictionary/index.br': 'x'.repeat(5000), 'brotli_dec_wasm_bg.wasm': 'wasm' };
    const sizes = zipEntrySizes(zipOf(files));
    expect([...sizes.keys()]).toEqual(Object.keys(files));
    expect(sizes.get('dictionary/index.br')).toBe(deflateRawSync('x'.repeat(5000)).length);
    expect([...sizes.keys()].filter(isDictionaryFile)).toEqual(['dictionary/index.br', 'brotli_dec_wasm_bg.wasm']);
  });

  it('refuses a file that is not a zip', () => {
    expect(() => zipEntrySizes(Buffer.from('not a zip at all, just some text here'))).toThrow(/not a zip/);
  });
});

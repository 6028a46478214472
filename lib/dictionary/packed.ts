// The dictionary's files are brotli-compressed text (format.ts). Browsers' own
// DecompressionStream has no brotli (Chromium 156, Firefox ESR 153), so a WebAssembly
// decoder (brotli-dec-wasm, MIT) unpacks them, in the extension and in Node alike; each
// side initialises it from the .wasm it has (entrypoints/background/dictionary.ts, load-node.ts).
import { decompress } from 'brotli-dec-wasm/web';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The file's text; `name` says which file a damaged one was. */
export function unpack(bytes: Uint8Array, name: string): string {
  let text: Uint8Array;
  try {
    text = decompress(bytes);
  } catch (error) {
    throw new Error(`dictionary: ${name} is damaged (not brotli data)`, { cause: error });
  }
  try {
    return utf8.decode(text);
  } catch (error) {
    throw new Error(`dictionary: ${name} is damaged (not UTF-8 text)`, { cause: error });
  }
}

import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';
import { neededAsset, PDF_ASSETS } from './lib/pdf/pdf-assets';
import { LOOK_UP_SELECTION_COMMAND } from './lib/messaging/look-up-command';
import { TOGGLE_SITE_COMMAND } from './lib/settings/site-toggle';

// The WebAssembly modules (jieba; the brotli decoder that unpacks the dictionary) ship once,
// at the extension root, and are loaded by URL in the background. Left alone, Vite would
// inline each as base64 into every entry that imports its package (jieba: ≈19 MB instead of 4 MB).
const JIEBA_WASM = 'jieba_rs_wasm_bg.wasm';
const BROTLI_WASM = 'brotli_dec_wasm_bg.wasm';
const WASM_FILES: Record<string, string> = {
  [JIEBA_WASM]: resolve('node_modules/jieba-wasm/pkg/web', JIEBA_WASM),
  [BROTLI_WASM]: resolve('node_modules/brotli-dec-wasm/pkg', BROTLI_WASM),
};
const PDFJS = 'node_modules/pdfjs-dist';
const DICTIONARY_DIR = 'assets/generated/dictionary';

function wasmByUrl(): Plugin {
  const defaultUrl = new RegExp(`new URL\\((["'])(${Object.keys(WASM_FILES).join('|').replace(/\./g, '\\.')})\\1, ?import\\.meta\\.url\\)`, 'g');
  return {
    name: 'treaty-lens:wasm-by-url',
    enforce: 'pre',
    transform(code, id) {
      if (!/jieba-wasm|brotli-dec-wasm/.test(id)) return null;
      const replaced = code.replace(defaultUrl, (_, _quote, name: string) => `(() => { throw new Error("${name}: pass module_or_path to init()"); })()`);
      return replaced === code ? null : replaced;
    },
  };
}

export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  manifestVersion: 3,
  manifest: ({ browser }) => ({
    name: 'Treaty Lens',
    description: 'Reads Chinese diplomatic texts on China–Kazakhstan and China–Central Asia relations: glossary, tooltips, the agreements themselves.',
    // storage: settings. contextMenus: "Open this PDF in Treaty Lens" on PDF links, "Look up in
    // Treaty Lens" on a selection. activeTab: the popup reads the address of the tab it was
    // opened on (no tabs permission), to offer the reader for a PDF. sidePanel is added by WXT
    // for Chrome from entrypoints/sidepanel.
    permissions: ['storage', 'contextMenus', 'activeTab'],
    // Asked for one origin at a time, when the reader opens a PDF from that site
    // (entrypoints/background/pdf-menu.ts); never granted for all sites.
    optional_host_permissions: ['http://*/*', 'https://*/*'],
    content_security_policy: {
      // 'wasm-unsafe-eval' lets extension pages and the worker compile our two wasm modules (jieba, brotli); nothing else.
      extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'",
    },
    action: { default_title: 'Treaty Lens' },
    // Rebindable in chrome://extensions/shortcuts (Firefox: about:addons → Manage Extension Shortcuts).
    // Alt+Shift+L and Alt+Shift+K: free in Chrome and Firefox; the content script uses Alt+Shift+↑/↓ for stepping.
    commands: {
      [TOGGLE_SITE_COMMAND]: {
        suggested_key: { default: 'Alt+Shift+L' },
        description: 'Turn Treaty Lens off on the current site, or back to its previous mode',
      },
      [LOOK_UP_SELECTION_COMMAND]: {
        suggested_key: { default: 'Alt+Shift+K' },
        description: 'Look up the selected text in Treaty Lens',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'treaty-lens@treaty-lens.org',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android reads data_collection_permissions from 142 on.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  hooks: {
    'build:publicAssets': (_wxt, files) => {
      for (const [name, path] of Object.entries(WASM_FILES)) files.push({ absoluteSrc: path, relativeDest: name });
      // pdf.js's worker for the PDF reader (entrypoints/pdf), loaded from the extension by URL.
      files.push({ absoluteSrc: resolve(PDFJS, 'build', PDF_ASSETS.worker), relativeDest: PDF_ASSETS.worker });
      // The CMaps and standard fonts pdf.js reads for text in fonts a file does not embed
      // (STSong-Light and the like in Chinese documents), shipped too: nothing is fetched from elsewhere.
      for (const [from, to] of [['cmaps', PDF_ASSETS.cMaps], ['standard_fonts', PDF_ASSETS.standardFonts]] as const) {
        for (const name of readdirSync(resolve(PDFJS, from)).filter(neededAsset)) {
          files.push({ absoluteSrc: resolve(PDFJS, from, name), relativeDest: to + name });
        }
      }
      // CC-CEDICT, compiled by build/build-dictionary.ts; the background fetches the shards a lookup needs.
      for (const name of readdirSync(DICTIONARY_DIR)) {
        files.push({ absoluteSrc: resolve(DICTIONARY_DIR, name), relativeDest: `dictionary/${name}` });
      }
    },
  },
  vite: () => ({
    plugins: [wasmByUrl()],
    // WXT's content-script context dispatches an event carrying our id on every page
    // (entrypoints/content/quiet-context.ts says why this one does not).
    resolve: { alias: { 'wxt/utils/content-script-context': resolve('entrypoints/content/quiet-context.ts') } },
  }),
});

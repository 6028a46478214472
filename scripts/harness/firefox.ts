// Debian's Firefox ESR with the Firefox build installed as a temporary add-on, driven by
// puppeteer-core over WebDriver BiDi (Playwright drives only its own patched Firefox).
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { launch, type Browser } from 'puppeteer-core';

const FIREFOX_BUILD = '.output/firefox-mv3';
/** The gecko id in wxt.config.ts. */
const ADDON_ID = 'treaty-lens@treaty-lens.org';

function firefoxPath(): string {
  const path = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
  if (!existsSync(path)) {
    throw new Error(`Firefox not found at ${path}: install Debian's firefox-esr (apt-get install firefox-esr) or set FIREFOX_PATH`);
  }
  return path;
}

/**
 * The add-on's internal UUID, fixed through Firefox's own map of add-on ids to UUIDs (a
 * random one per profile otherwise): its pages are then at known moz-extension:// addresses.
 */
const ADDON_UUID = '6d1c6a52-3f0e-4d7b-9a5e-1f2b3c4d5e6f';

/** One of our extension pages (pdf.html, compare.html) in Firefox. */
export const firefoxExtensionUrl = (path: string) => `moz-extension://${ADDON_UUID}/${path.replace(/^\//, '')}`;

/** Firefox without our add-on (a baseline, or to install it into later). */
export function launchFirefox(): Promise<Browser> {
  return launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    // WebDriver BiDi refuses to navigate to moz-extension:// pages without it (the reader,
    // the compare view); it lets the automation reach privileged contexts, nothing else.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: ADDON_UUID }) },
  });
}

/** Installs the Firefox build as a temporary add-on; it starts on pages opened from then on. */
export async function installTreatyLens(browser: Browser): Promise<void> {
  if (!existsSync(`${FIREFOX_BUILD}/manifest.json`)) throw new Error(`no Firefox build in ${FIREFOX_BUILD}: run npm run build first`);
  const id = await browser.installExtension(resolve(FIREFOX_BUILD));
  if (id !== ADDON_ID) throw new Error(`the add-on installed as ${id}, not ${ADDON_ID}`);
}

export async function launchFirefoxWithExtension(): Promise<Browser> {
  const browser = await launchFirefox();
  try {
    await installTreatyLens(browser);
  } catch (err) {
    await browser.close();
    throw err;
  }
  return browser;
}

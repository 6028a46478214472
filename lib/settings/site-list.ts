// The per-site list as a file: export, and import with validation. Errors are codes with
// the offending detail, so each screen words them in its own language.
import { readJsonFile, refused, type JsonFileProblem, type JsonFileSource, type JsonImport } from '../json-file/read-json-file';
import { SITE_MODES, withSiteMode, type Settings, type SiteMode } from './settings';

const SITE_LIST_FORMAT = 'treaty-lens-sites';
/** Far above any real list (a site is about 30 bytes); checked before the file is read. */
export const MAX_SITE_LIST_BYTES = 1024 * 1024;

interface SiteListFile {
  format: typeof SITE_LIST_FORMAT;
  version: 1;
  sites: Record<string, SiteMode>;
}

export type SiteListProblem =
  | JsonFileProblem
  | { code: 'not-a-site-list' }
  | { code: 'bad-host'; host: string }
  | { code: 'bad-mode'; host: string; mode: string };

export type SiteListImport = JsonImport<Record<string, SiteMode>, SiteListProblem>;

// Labels of letters, digits and inner hyphens (punycode for other scripts), at least one
// dot or 'localhost'; or an IPv4 address. What location.hostname gives for web pages.
const LABEL = '[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?';
const HOST = new RegExp(`^(?:localhost|${LABEL}(?:\\.${LABEL})+)$`);

/**
 * A host name from what a person typed or a file holds: 'Example.org', 'https://example.org/x'
 * and 'www.example.org.' all give the host; anything else gives undefined.
 */
export function normalizeHost(input: string): string | undefined {
  let text = input.trim().toLowerCase();
  if (text.includes('/')) {
    try {
      text = new URL(text.includes('://') ? text : `http://${text}`).hostname;
    } catch {
      return undefined;
    }
  } else if (/[^a-z0-9.-]/.test(text)) {
    // Not ASCII: let URL turn it into punycode, as location.hostname would be.
    try {
      text = new URL(`http://${text}`).hostname;
    } catch {
      return undefined;
    }
  }
  text = text.replace(/\.$/, '');
  return HOST.test(text) ? text : undefined;
}

export function exportSiteList(settings: Settings): string {
  const file: SiteListFile = { format: SITE_LIST_FORMAT, version: 1, sites: settings.sites };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** Reads a chosen file; the whole file is refused at its first problem. */
export function readSiteListFile(file: JsonFileSource): Promise<SiteListImport> {
  return readJsonFile(file, MAX_SITE_LIST_BYTES, checkSiteList);
}

function checkSiteList(raw: unknown): SiteListImport {
  const file = raw as Partial<Record<keyof SiteListFile, unknown>> | null;
  const sites = file?.sites;
  if (typeof file !== 'object' || file?.format !== SITE_LIST_FORMAT || typeof sites !== 'object' || sites === null || Array.isArray(sites)) {
    return refused({ code: 'not-a-site-list' });
  }
  const out: Record<string, SiteMode> = {};
  for (const [key, mode] of Object.entries(sites)) {
    const host = normalizeHost(key);
    if (!host) return refused({ code: 'bad-host', host: key });
    if (!(SITE_MODES as readonly unknown[]).includes(mode)) return refused({ code: 'bad-mode', host: key, mode: String(mode) });
    out[host] = mode as SiteMode;
  }
  return { ok: true, value: out };
}

/** Imported modes are added to the list; a host in both takes the file's mode. */
export function mergeSiteList(settings: Settings, sites: Record<string, SiteMode>): Settings {
  return Object.entries(sites).reduce((s, [host, mode]) => withSiteMode(s, host, mode), settings);
}

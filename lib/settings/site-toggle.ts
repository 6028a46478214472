// The keyboard command's toggle: a site goes to 'never', and back to the mode it had.
import { siteModeFor, withSiteMode, type Settings, type SiteMode } from './settings';

export interface Toggled {
  settings: Settings;
  /** The mode to restore on the next toggle; undefined once it has been restored. */
  remembered: SiteMode | undefined;
}

/** `remembered` is what the site had before the last toggle turned it off, if known. */
export function toggleSite(settings: Settings, host: string, remembered: SiteMode | undefined): Toggled {
  const mode = siteModeFor(settings, host);
  if (mode !== 'never') return { settings: withSiteMode(settings, host, 'never'), remembered: mode };
  return { settings: withSiteMode(settings, host, remembered ?? 'auto'), remembered: undefined };
}

/** The manifest's name for the command (wxt.config.ts), bound to Alt+Shift+L by default. */
export const TOGGLE_SITE_COMMAND = 'toggle-site';

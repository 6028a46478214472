// Every site with its own mode: change it, remove it, or add a host.
import { useId, useState, type FormEvent } from 'react';
import { SITE_MODES, withSiteMode, type Settings, type SiteMode } from '@/lib/settings/settings';
import { normalizeHost } from '@/lib/settings/site-list';
import type { OptionsStrings } from './strings';

interface Props {
  settings: Settings;
  t: OptionsStrings;
  onChange: (settings: Settings) => Promise<boolean>;
}

export function SiteList({ settings, t, onChange }: Props) {
  const hosts = Object.keys(settings.sites).sort();
  return (
    <>
      {hosts.length === 0 ? (
        <p className="muted">{t.noSites}</p>
      ) : (
        <table className="sites">
          <thead>
            <tr>
              <th scope="col">{t.site}</th>
              <th scope="col">{t.mode}</th>
              <th scope="col">
                <span className="sr-only">{t.remove}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {hosts.map((host) => (
              <tr key={host}>
                <th scope="row">{host}</th>
                <td>
                  <ModeSelect t={t} label={t.modeOf(host)} value={settings.sites[host]!} onChange={(m) => void onChange(withSiteMode(settings, host, m))} />
                </td>
                <td>
                  <button type="button" aria-label={t.removeSite(host)} onClick={() => void onChange(withSiteMode(settings, host, 'auto'))}>
                    {t.remove}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <AddSite settings={settings} t={t} onChange={onChange} />
    </>
  );
}

function ModeSelect(props: { t: OptionsStrings; label: string; value: SiteMode; onChange(mode: SiteMode): void }) {
  return (
    <select aria-label={props.label} value={props.value} onChange={(e) => props.onChange(e.target.value as SiteMode)}>
      {SITE_MODES.map((m) => (
        <option key={m} value={m}>
          {props.t[m]}
        </option>
      ))}
    </select>
  );
}

function AddSite({ settings, t, onChange }: Props) {
  const [text, setText] = useState('');
  const [mode, setMode] = useState<SiteMode>('never');
  const [error, setError] = useState<string>();
  const inputId = useId();
  const errorId = useId();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const host = normalizeHost(text);
    if (!host) {
      setError(t.badHost(text.trim()));
      return;
    }
    setError(undefined);
    setText('');
    // A refused write gives the typed host back (unless something new was typed meanwhile).
    void onChange(withSiteMode(settings, host, mode)).then((saved) => saved || setText((now) => now || text));
  };

  return (
    <form className="add-site" onSubmit={submit} noValidate>
      <label htmlFor={inputId}>{t.addHost}</label>
      <input
        id={inputId}
        type="text"
        inputMode="url"
        autoComplete="off"
        spellCheck={false}
        placeholder={t.hostPlaceholder}
        value={text}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        onChange={(e) => setText(e.target.value)}
      />
      <ModeSelect t={t} label={t.mode} value={mode} onChange={setMode} />
      <button type="submit">{t.add}</button>
      {error && (
        <p id={errorId} className="error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}

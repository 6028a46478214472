// The site list as a JSON file: export it, or import one (validated; a bad file changes
// nothing and says why).
import { useRef, useState } from 'react';
import type { Settings } from '@/lib/settings/settings';
import { exportSiteList, mergeSiteList, parseSiteList, type SiteListError } from '@/lib/settings/site-list';
import type { OptionsStrings } from './strings';
import { downloadJson } from '../../components/download';

interface Props {
  settings: Settings;
  t: OptionsStrings;
  /** Resolves false when storage refused the change (the page says why). */
  onChange(settings: Settings): Promise<boolean>;
}

interface Message {
  ok: boolean;
  text: string;
}

function explain(t: OptionsStrings, error: SiteListError): string {
  switch (error.code) {
    case 'not-json':
      return t.notJson;
    case 'not-a-site-list':
      return t.notSiteList;
    case 'bad-host':
      return t.badFileHost(error.host);
    case 'bad-mode':
      return t.badFileMode(error.host, error.mode);
  }
}

export function SiteListFile({ settings, t, onChange }: Props) {
  const [message, setMessage] = useState<Message>();
  const input = useRef<HTMLInputElement>(null);

  const importFile = async (file: File) => {
    const parsed = parseSiteList(await file.text());
    if (!parsed.ok) {
      setMessage({ ok: false, text: explain(t, parsed.error) });
      return;
    }
    setMessage(undefined);
    if (await onChange(mergeSiteList(settings, parsed.sites))) setMessage({ ok: true, text: t.imported(Object.keys(parsed.sites).length) });
  };

  return (
    <div className="site-file">
      <button type="button" onClick={() => downloadJson(exportSiteList(settings), 'treaty-lens-sites.json')}>
        {t.exportList}
      </button>
      <button type="button" onClick={() => input.current?.click()}>
        {t.importList}
      </button>
      <input
        ref={input}
        type="file"
        accept="application/json,.json"
        hidden
        data-testid="import-sites"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = ''; // the same file can be chosen again after fixing it
          if (file) void importFile(file);
        }}
      />
      {/* Both live regions always exist, so screen readers announce what appears in them. */}
      <p className="note" role="status">
        {message?.ok ? message.text : ''}
      </p>
      <p className="error" role="alert">
        {message && !message.ok ? message.text : ''}
      </p>
    </div>
  );
}

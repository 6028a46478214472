// The panel's text size from the settings, applied live to the whole document (panel.css
// scales every rem from it).
import { useEffect } from 'react';
import type { PanelTextSize } from '@/lib/settings/settings';

export function usePanelTextSize(size: PanelTextSize | undefined): void {
  useEffect(() => {
    const root = document.documentElement;
    if (size && size !== 'medium') root.dataset['textSize'] = size;
    else delete root.dataset['textSize'];
  }, [size]);
}

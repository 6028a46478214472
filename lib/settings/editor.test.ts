// A screen editing the settings while storage events from earlier writes are still on their
// way: the control keeps the user's choice, and ends on what storage holds.
import { expect, test, vi } from 'vitest';
import { settingsEditor, type SaveProblem } from './editor';
import { DEFAULT_SETTINGS, type Settings } from './settings';

const zh: Settings = { ...DEFAULT_SETTINGS, language: 'zh' };
const en: Settings = { ...DEFAULT_SETTINGS, language: 'en' };

/** A store whose writes settle, and whose change events arrive, only when the test says. */
function slowStore(initial: Settings) {
  let value = initial;
  const pendingWrites: Array<() => void> = [];
  const shown: Settings[] = [];
  const errors: SaveProblem[] = [];
  const editor = settingsEditor({
    load: () => Promise.resolve(value),
    save: (next) =>
      new Promise<void>((resolve, reject) => {
        pendingWrites.push(() => {
          if (next.sites['refused.example']) return reject(new Error('QUOTA_BYTES quota exceeded'));
          value = next;
          resolve();
        });
      }),
    show: (s) => shown.push(s),
    refused: (e) => errors.push(e),
  });
  return {
    editor,
    shown,
    errors,
    /** Settles our oldest write; `elsewhere` is a write another screen commits just after it. */
    settleWrite: async (elsewhere?: Settings) => {
      pendingWrites.shift()?.();
      if (elsewhere) value = elsewhere;
      await new Promise((r) => setTimeout(r, 0));
    },
  };
}

const last = (shown: Settings[]) => shown[shown.length - 1];

test('an older event arriving during our write does not flip the control back', async () => {
  const store = slowStore(zh);
  store.editor.stored(zh);
  void store.editor.update(en);
  expect(last(store.shown)?.language).toBe('en');
  store.editor.stored(zh); // an earlier write from elsewhere, delivered late
  expect(last(store.shown)?.language).toBe('en');
  await store.settleWrite();
  expect(last(store.shown)?.language).toBe('en');
  // Once nothing of ours is in flight, events are shown again.
  store.editor.stored(zh);
  expect(last(store.shown)?.language).toBe('zh');
});

test('after the last write settles, what storage holds is shown, even a later change from elsewhere', async () => {
  const store = slowStore(zh);
  void store.editor.update(en);
  const saved = store.editor.update({ ...en, theme: 'dark' });
  await store.settleWrite();
  expect(last(store.shown)?.theme).toBe('dark'); // one write still in flight: no reload yet
  await store.settleWrite({ ...en, theme: 'light' });
  expect(await saved).toBe(true);
  expect(last(store.shown)?.theme).toBe('light');
});

test('a refused write is reported and the saved settings come back', async () => {
  const store = slowStore(zh);
  const saved = store.editor.update({ ...zh, sites: { 'refused.example': 'never' } });
  expect(last(store.shown)?.sites).toEqual({ 'refused.example': 'never' });
  await store.settleWrite();
  expect(await saved).toBe(false);
  expect(store.errors).toEqual([{ quota: true, message: 'QUOTA_BYTES quota exceeded' }]);
  expect(last(store.shown)).toEqual(zh);
});

test('if reading storage back fails after a refused write, the last stored value is shown', async () => {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  const shown: Settings[] = [];
  const editor = settingsEditor({
    load: () => Promise.reject(new Error('storage unavailable')),
    save: () => Promise.reject(new Error('QUOTA_BYTES quota exceeded')),
    show: (s) => shown.push(s),
    refused: () => undefined,
  });
  editor.stored(zh);
  expect(await editor.update(en)).toBe(false);
  await new Promise((r) => setTimeout(r, 0));
  expect(last(shown)).toEqual(zh);
  expect(String(warn.mock.calls[0])).toMatch(/could not be read again/);
  warn.mockRestore();
});

test('a change made while the reload is on its way is not overwritten by it', async () => {
  let resolveLoad: (s: Settings) => void = () => undefined;
  const shown: Settings[] = [];
  let saves = 0;
  const editor = settingsEditor({
    load: () => new Promise<Settings>((resolve) => (resolveLoad = resolve)),
    save: () => (++saves === 1 ? Promise.resolve() : new Promise<void>(() => undefined)),
    show: (s) => shown.push(s),
    refused: () => undefined,
  });
  await editor.update(en); // settles; the reload starts and waits
  void editor.update({ ...en, theme: 'dark' }); // a second write, never settling
  resolveLoad(en);
  await new Promise((r) => setTimeout(r, 0));
  expect(last(shown)?.theme).toBe('dark');
});

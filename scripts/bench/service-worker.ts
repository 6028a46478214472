// Controls the extension's service worker for cold runs. What works here (Chromium with a
// persistent Playwright context, where context.browser() is null): a CDP session on any page,
// ServiceWorker.enable, then ServiceWorker.stopAllWorkers, which stops every worker of the
// profile's storage partition, ours included; workerVersionUpdated reports when it has stopped.
// Playwright does not notice the stop at once: its old Worker handle lingers, and evaluating
// in it never settles, so the live worker is found by asking the handles, with a time limit.
import type { BrowserContext, Page, Worker } from 'playwright-core';

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Stops the extension's worker and waits until Chromium reports it stopped. */
export async function stopServiceWorker(control: Page, extensionId: string): Promise<void> {
  const prefix = `chrome-extension://${extensionId}/`;
  const cdp = await control.context().newCDPSession(control);
  try {
    const stopped = new Promise<void>((resolve) => {
      cdp.on('ServiceWorker.workerVersionUpdated', (event) => {
        const ours = event.versions.filter((v) => v.scriptURL.startsWith(prefix));
        if (ours.length > 0 && ours.every((v) => v.runningStatus === 'stopped')) resolve();
      });
    });
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await withTimeout(stopped, 10_000, 'stopping the service worker');
    await cdp.send('ServiceWorker.disable');
  } finally {
    await cdp.detach();
  }
}

/**
 * The extension's running worker: the newest of Playwright's handles that answers (only one
 * can). A worker still starting, or slow on a loaded machine, is waited for up to 10 s.
 */
export async function liveWorker(context: BrowserContext, extensionId: string): Promise<Worker> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const ours = context.serviceWorkers().filter((w) => w.url().startsWith(`chrome-extension://${extensionId}/`));
    for (const worker of ours.reverse()) {
      const answered = await withTimeout(worker.evaluate<number>('performance.timeOrigin'), 1_500, 'service worker').then(
        () => true,
        () => false,
      );
      if (answered) return worker;
    }
    if (Date.now() > deadline) throw new Error('the extension has no running service worker');
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

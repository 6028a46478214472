// The cards' entries for a page's matches. An annotate reply names its entries and their
// categories only (all the highlights need); the entries themselves, most of a reply's weight,
// are asked for once each, after the first highlights are up.
import { MAX_ENTRIES_ASKED, type TooltipEntry } from '@/lib/messaging/messages';

type FetchEntries = (ids: string[]) => Promise<Record<string, TooltipEntry>>;

export class TooltipEntries {
  private readonly held = new Map<string, TooltipEntry>();
  private readonly asked = new Set<string>();
  private readonly pending = new Set<Promise<void>>();
  /** Bumped by clear(): an answer to an earlier request is dropped. */
  private generation = 0;

  constructor(private readonly fetch: FetchEntries) {}

  get(id: string): TooltipEntry | undefined {
    return this.held.get(id);
  }

  /** Asks for the ids neither held nor asked for yet; resolves once every request in flight has answered. */
  want(ids: Iterable<string>): Promise<void> {
    const missing = [...new Set(ids)].filter((id) => !this.held.has(id) && !this.asked.has(id));
    for (let i = 0; i < missing.length; i += MAX_ENTRIES_ASKED) this.ask(missing.slice(i, i + MAX_ENTRIES_ASKED));
    return this.ready();
  }

  /** Resolves once every request in flight has answered (or failed). */
  private ready(): Promise<void> {
    return Promise.all(this.pending).then(() => undefined);
  }

  /** Forgets every entry; answers still on their way are dropped. */
  clear(): void {
    this.held.clear();
    this.asked.clear();
    this.generation++;
  }

  private ask(ids: string[]): void {
    for (const id of ids) this.asked.add(id);
    const generation = this.generation;
    const request = this.fetch(ids)
      .then(
        (entries) => {
          if (generation !== this.generation) return;
          for (const id of ids) {
            const entry = entries[id];
            if (entry) this.held.set(id, entry);
          }
        },
        (err: unknown) => {
          // Not kept as asked: a later want() (a card, the next pass) tries again.
          if (generation === this.generation) for (const id of ids) this.asked.delete(id);
          console.warn('[Treaty Lens] the cards of this page could not be loaded', err);
        },
      )
      .finally(() => this.pending.delete(request));
    this.pending.add(request);
  }
}

/** One page as the iterators need it. */
export interface Page<T> {
  items: readonly T[];
  nextCursor?: string | null | undefined;
}

/**
 * Yields every item of a cursor-paged list: fetches the first page, then follows nextCursor
 * until the server sends none. Pages are fetched lazily, so breaking out of a `for await` stops.
 */
export async function* paginate<T>(fetchPage: (cursor: string | undefined) => Promise<Page<T>>): AsyncGenerator<T, void, undefined> {
  let cursor: string | undefined;
  const seen = new Set<string>();
  for (;;) {
    const page = await fetchPage(cursor);
    yield* page.items;
    const next = page.nextCursor ?? undefined;
    // A cursor that comes back again would loop forever: stop instead.
    if (next === undefined || next === "" || seen.has(next)) return;
    seen.add(next);
    cursor = next;
  }
}

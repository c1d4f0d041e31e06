// Rows encoded at a time: a page is encoded a slice at a time, so the strings
// of one slice die young instead of a whole page's surviving into the old
// generation, which at a million rows cost more than the encoding itself.
const SLICE_ROWS = 500;

export function* slices<T>(page: readonly T[]): Generator<readonly T[]> {
  for (let from = 0; from < page.length; from += SLICE_ROWS) {
    yield page.slice(from, from + SLICE_ROWS);
  }
}

/**
 * Lets socket events run between slices. A reader that encodes a whole page
 * in one go keeps the event loop in microtasks, and the next page's query,
 * asked for in advance, waits until the page in hand is done.
 */
export const ioTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

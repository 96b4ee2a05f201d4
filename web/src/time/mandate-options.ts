/** The mandates a time entry can go to, gathered from several lists of the API. */

/** Mandates from several lists, each once, newest first. */
export function newestFirstOnce<M extends { id: string; createdAt: string }>(mandates: readonly M[]): M[] {
  const once = new Map(mandates.map((m) => [m.id, m]));
  return [...once.values()].sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0));
}

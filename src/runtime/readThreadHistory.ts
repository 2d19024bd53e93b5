/**
 * A thread's whole history the way codex 0.171 wants it read: page by page
 * with `thread/turns/list`, not through `thread/read { includeTurns }` or a
 * fully hydrated `thread/resume` (codex deprecates full-history hydration of
 * paginated threads).
 *
 * @module
 */
import { InvalidRequestError } from '../errors/index.js';
import type { ThreadTurnsListParams, ThreadTurnsListResponse, Turn } from '../protocol/generated/types.js';

/** Turns per `thread/turns/list` page: large enough that most threads take one round trip. */
export const TURN_PAGE_SIZE = 100;

/** Sends one thread-scoped request (`threadId` filled in by the caller). */
export type ListTurns = (params: Omit<ThreadTurnsListParams, 'threadId'>) => Promise<ThreadTurnsListResponse>;

/**
 * Every turn of the thread, oldest first, each with all its items
 * (`itemsView: 'full'`), as `thread/read { includeTurns: true }` returned them.
 * A thread codex has not stored yet (no turn started) has no turns: codex
 * answers -32600 "not materialized yet" there, which this reads as `[]`.
 *
 * @param pageSize - turns per request (default {@link TURN_PAGE_SIZE})
 */
export async function readAllTurns(listTurns: ListTurns, pageSize = TURN_PAGE_SIZE): Promise<Turn[]> {
  const turns: Turn[] = [];
  let cursor: string | null | undefined;
  do {
    let page: ThreadTurnsListResponse;
    try {
      page = await listTurns({ sortDirection: 'asc', itemsView: 'full', limit: pageSize, ...(cursor != null ? { cursor } : {}) });
    } catch (error) {
      if (cursor == null && error instanceof InvalidRequestError && /not materialized yet/.test(error.message)) return [];
      throw error;
    }
    turns.push(...page.data);
    cursor = page.nextCursor;
  } while (cursor != null);
  return turns;
}

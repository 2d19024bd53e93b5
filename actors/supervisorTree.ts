/**
 * A plain, serialisable view of the supervisor and its children, derived from
 * its snapshot (`codex.supervisor.tree()` / `tree$`).
 *
 * @module
 */
import type { ChildStatus } from './childRecord.js';
import type { RestartType } from './childSpec.js';
import type { RestartStrategy } from './restartStrategy.js';
import type { SupervisorContext } from './supervisorMachine.js';

/**
 * One child in a {@link SupervisorTree}.
 *
 * @example
 * ```ts
 * const failed: SupervisorTreeChild[] = codex.supervisor.tree().children.filter((c) => c.status === 'failed');
 * ```
 */
export interface SupervisorTreeChild {
  id: string;
  systemId: string | undefined;
  restart: RestartType;
  generation: number;
  status: ChildStatus;
  /** Restarts since the child was started. */
  restarts: number;
}

/**
 * The supervisor and its children, oldest child first.
 *
 * @example
 * ```ts
 * const tree: SupervisorTree = toSupervisorTree(supervisor.getSnapshot());
 * ```
 */
export interface SupervisorTree {
  strategy: RestartStrategy;
  children: SupervisorTreeChild[];
}

/**
 * The tree of a supervisor snapshot (anything with the supervisor's `context`).
 *
 * @example
 * ```ts
 * const tree = toSupervisorTree(supervisor.getSnapshot());
 * tree.children.map((c) => `${c.id}@${c.generation}: ${c.status}`);
 * ```
 */
export function toSupervisorTree(snapshot: { context: Pick<SupervisorContext, 'options' | 'children'> }): SupervisorTree {
  const { options, children } = snapshot.context;
  return {
    strategy: options.strategy,
    children: children.map((record) => ({
      id: record.spec.id,
      systemId: record.spec.systemId,
      restart: record.spec.restart,
      generation: record.generation,
      status: record.status,
      restarts: record.restarts,
    })),
  };
}

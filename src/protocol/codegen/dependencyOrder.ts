/**
 * Orders definitions so every schema constant is declared after the ones it
 * uses, and finds the cycles that need `z.lazy`.
 *
 * @module
 */

/** The result of ordering a reference graph. */
export interface DependencyOrder {
  /** Groups of mutually recursive names (strongly connected components), dependencies first. */
  readonly groups: readonly (readonly string[])[];
  /** Names that take part in a cycle (a group of several, or a self reference). */
  readonly cyclic: ReadonlySet<string>;
  /** The group index of each name (names in one cycle share an index). */
  readonly groupOf: ReadonlyMap<string, number>;
}

/**
 * Tarjan's algorithm over `edges` (name → names it references). Visiting
 * names and edges in sorted order makes the output deterministic; Tarjan
 * yields each component after every component it can reach, which is exactly
 * declaration order.
 *
 * @param edges - the reference graph; every target must be a key
 */
export function orderDependencies(edges: ReadonlyMap<string, ReadonlySet<string>>): DependencyOrder {
  const index = new Map<string, number>();
  const lowLink = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const groups: string[][] = [];
  let counter = 0;

  // Iterative DFS: the protocol graph is deep enough to make recursion a risk.
  const visit = (root: string): void => {
    const work: { name: string; targets: string[]; next: number }[] = [];
    const enter = (name: string): void => {
      index.set(name, counter);
      lowLink.set(name, counter);
      counter += 1;
      stack.push(name);
      onStack.add(name);
      work.push({ name, targets: [...(edges.get(name) ?? [])].sort(), next: 0 });
    };
    enter(root);
    while (work.length > 0) {
      const frame = work[work.length - 1] as (typeof work)[number];
      if (frame.next < frame.targets.length) {
        const target = frame.targets[frame.next] as string;
        frame.next += 1;
        if (!index.has(target)) {
          enter(target);
        } else if (onStack.has(target)) {
          lowLink.set(frame.name, Math.min(lowLink.get(frame.name) as number, index.get(target) as number));
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent !== undefined) {
        lowLink.set(parent.name, Math.min(lowLink.get(parent.name) as number, lowLink.get(frame.name) as number));
      }
      if (lowLink.get(frame.name) === index.get(frame.name)) {
        const group: string[] = [];
        let member: string | undefined;
        do {
          member = stack.pop() as string;
          onStack.delete(member);
          group.push(member);
        } while (member !== frame.name);
        groups.push(group.sort());
      }
    }
  };

  for (const name of [...edges.keys()].sort()) {
    if (!index.has(name)) visit(name);
  }

  const cyclic = new Set<string>();
  const groupOf = new Map<string, number>();
  groups.forEach((group, i) => {
    for (const name of group) groupOf.set(name, i);
    const only = group[0] as string;
    if (group.length > 1 || edges.get(only)?.has(only) === true) for (const name of group) cyclic.add(name);
  });
  return { groups, cyclic, groupOf };
}

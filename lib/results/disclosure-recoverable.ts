/*
 * Which hidden cells of a table can be recomputed exactly from everything published, by any
 * combination of adding and subtracting totals and shown cells — not only by one subtraction.
 *
 * A table with its margins is an (R+1)×(C+1) array in which every row and every column sums to 0
 * once the totals are entered negated. Take a graph with a node per row and per column and an edge
 * per hidden entry: the hidden values are then a flow, and the combinations that leave them
 * undetermined are the cycles of the graph. A hidden entry is recoverable exactly when its edge lies
 * on no cycle, i.e. is a bridge (Tarjan 1974). A line whose relation does not hold (its cells do not
 * add up to its total) joins a single "free" node, whose flow nothing constrains.
 */

/** A hidden entry as an edge between the nodes of its two lines (node ids are the caller's). */
export type HiddenEdge = { from: number; to: number };

/** For each edge, whether its value is determined by the published figures (it is a bridge). */
export function recoverableEdges(nodeCount: number, edges: readonly HiddenEdge[]): boolean[] {
  const adjacency: { to: number; edge: number }[][] = Array.from({ length: nodeCount }, () => []);
  for (const [edge, { from, to }] of edges.entries()) {
    // A loop at one node (both lines unconstrained) is a cycle by itself: never recoverable.
    if (from === to) continue;
    adjacency[from]?.push({ to, edge });
    adjacency[to]?.push({ to: from, edge });
  }
  const discovered = new Array<number>(nodeCount).fill(-1);
  const low = new Array<number>(nodeCount).fill(0);
  const bridge = edges.map(() => false);
  let time = 0;

  const visit = (node: number, viaEdge: number): void => {
    discovered[node] = time;
    low[node] = time;
    time += 1;
    for (const { to, edge } of adjacency[node] ?? []) {
      if (edge === viaEdge) continue;
      if (discovered[to] === -1) {
        visit(to, edge);
        low[node] = Math.min(low[node] as number, low[to] as number);
        if ((low[to] as number) > (discovered[node] as number)) bridge[edge] = true;
      } else {
        low[node] = Math.min(low[node] as number, discovered[to] as number);
      }
    }
  };
  for (let node = 0; node < nodeCount; node += 1) if (discovered[node] === -1) visit(node, -1);
  return bridge;
}

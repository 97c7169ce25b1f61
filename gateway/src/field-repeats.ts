import {
  GraphQLError,
  Kind,
  type ASTVisitor,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql';

type Counts = Map<string, number>;

/** Counts stop at `cap`: past the limit the exact number does not matter. */
function add(into: Counts, from: Counts, cap: number) {
  for (const [key, n] of from) into.set(key, Math.min(cap, (into.get(key) ?? 0) + n));
}

/**
 * Refuses a selection set that asks for the same response key more than `max` times, counting
 * through inline fragments and fragment spreads at that level. graphql-cop's "field duplication"
 * (500 copies of one field) stays under the token and cost limits, but merging the copies is
 * quadratic work in validation and planning; no real query repeats a field that often.
 * Each fragment is counted once (memoised), so fragments spreading fragments cannot blow up.
 */
export function maxFieldRepeatsRule(max: number) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const d of context.getDocument().definitions)
      if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
    const memo = new Map<string, Counts>();
    const fragmentCounts = (name: string, stack: Set<string>): Counts => {
      const known = memo.get(name);
      if (known) return known;
      const fragment = fragments.get(name);
      // A cycle or an unknown fragment: graphql's own rules refuse those.
      if (!fragment || stack.has(name)) return new Map();
      const counts = countsOf(fragment.selectionSet, new Set([...stack, name]));
      memo.set(name, counts);
      return counts;
    };
    const countsOf = (set: SelectionSetNode, stack: Set<string>): Counts => {
      const counts: Counts = new Map();
      for (const s of set.selections) {
        if (s.kind === Kind.FIELD) {
          const key = s.alias?.value ?? s.name.value;
          counts.set(key, Math.min(max + 1, (counts.get(key) ?? 0) + 1));
        } else if (s.kind === Kind.INLINE_FRAGMENT) {
          add(counts, countsOf(s.selectionSet, stack), max + 1);
        } else {
          add(counts, fragmentCounts(s.name.value, stack), max + 1);
        }
      }
      return counts;
    };
    return {
      SelectionSet(node) {
        for (const [key, n] of countsOf(node, new Set())) {
          if (n > max) {
            context.reportError(
              new GraphQLError(`Field "${key}" is repeated more than ${max} times in one selection.`, {
                nodes: [node],
              }),
            );
            return false;
          }
        }
        return undefined;
      },
    };
  };
}

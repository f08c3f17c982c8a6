// Refuses an operation whose estimated cost passes MAX_COST, with its own error code and the
// part of the query that costs most, so the client knows what to cut. The cost model is
// graphql-armor's (whose own rule answered "Syntax Error: …" with a validation code): a scalar
// field costs 1, an object field 2 plus 1.5 × each selection below it, and a literal `first` or
// `last` argument multiplies its field's whole cost. Variables do not multiply: validation runs
// once per document, before variables are known.
import { GraphQLError, Kind, type ASTNode, type FragmentDefinitionNode, type SelectionNode, type ValidationRule } from 'graphql';
import { ErrorCode } from './errors.js';

const SCALAR_COST = 1;
const OBJECT_COST = 2;
const DEPTH_FACTOR = 1.5;
const MULTIPLYING_ARGUMENTS = new Set(['first', 'last']);

/** A selection's cost, and what made it. */
interface Costed {
  label: string;
  cost: number;
  /** The literal first/last that multiplied this selection. */
  multiplier: { argument: string; value: number } | null;
  parts: Costed[];
}

function multiplierOf(node: SelectionNode): Costed['multiplier'] {
  if (node.kind !== Kind.FIELD) return null;
  const argument = node.arguments?.find((a) => MULTIPLYING_ARGUMENTS.has(a.name.value));
  if (argument?.value.kind !== Kind.INT) return null;
  return { argument: argument.name.value, value: Number.parseInt(argument.value.value, 10) };
}

class CostModel {
  /** Fragment costs once computed; -1 while being computed (a cycle costs nothing more). */
  private readonly fragmentCosts = new Map<string, Costed | -1>();

  constructor(private readonly fragment: (name: string) => FragmentDefinitionNode | null | undefined) {}

  selections(selections: readonly SelectionNode[]): Costed[] {
    return selections.map((s) => this.selection(s));
  }

  private selection(node: SelectionNode): Costed {
    if (node.kind === Kind.FRAGMENT_SPREAD) return this.spread(node.name.value);
    const label = node.kind === Kind.FIELD ? node.name.value : `... on ${node.typeCondition?.name.value ?? '(inline)'}`;
    if (!node.selectionSet) return { label, cost: SCALAR_COST, multiplier: null, parts: [] };
    const parts = this.selections(node.selectionSet.selections);
    const multiplier = multiplierOf(node);
    const factor = Math.max(multiplier?.value ?? 1, 1);
    const cost = (OBJECT_COST + DEPTH_FACTOR * parts.reduce((sum, p) => sum + p.cost, 0)) * factor;
    return { label, cost, multiplier: factor > 1 ? multiplier : null, parts };
  }

  private spread(name: string): Costed {
    const label = `...${name}`;
    const known = this.fragmentCosts.get(name);
    if (known === -1) return { label, cost: SCALAR_COST, multiplier: null, parts: [] };
    let body = known;
    if (!body) {
      this.fragmentCosts.set(name, -1);
      const definition = this.fragment(name);
      const parts = definition ? this.selections(definition.selectionSet.selections) : [];
      body = { label, cost: OBJECT_COST + DEPTH_FACTOR * parts.reduce((sum, p) => sum + p.cost, 0), multiplier: null, parts };
      this.fragmentCosts.set(name, body);
    }
    return { label, cost: SCALAR_COST + DEPTH_FACTOR * body.cost, multiplier: null, parts: body.parts };
  }
}

interface Multiplier {
  argument: string;
  value: number;
  /** The field the argument stands on, as a path from the operation. */
  at: string;
}

/**
 * The costliest selection, followed down while one object selection holds most of the cost of
 * its level: ["search", "relations"], with the first/last multipliers met on the way.
 */
function costliestPath(selections: readonly Costed[]): { path: string[]; multipliers: Multiplier[] } {
  const path: string[] = [];
  const multipliers: Multiplier[] = [];
  let level = selections;
  for (;;) {
    const total = level.reduce((sum, s) => sum + s.cost, 0);
    const top = level.reduce<Costed | null>((best, s) => (best && best.cost >= s.cost ? best : s), null);
    // Below the top level, go on only into an object selection holding most of its level's cost.
    if (!top || (path.length > 0 && (top.parts.length === 0 || top.cost <= total / 2))) break;
    path.push(top.label);
    if (top.multiplier) multipliers.push({ ...top.multiplier, at: path.join('.') });
    level = top.parts;
  }
  return { path, multipliers };
}

const round = (n: number) => Math.round(n * 10) / 10;

export function costLimitRule(maxCost: number): ValidationRule {
  return (context) => ({
    OperationDefinition(operation) {
      const model = new CostModel((name) => context.getFragment(name));
      const selections = model.selections(operation.selectionSet.selections.filter((s) => !isIntrospection(s)));
      const cost = selections.reduce((sum, s) => sum + s.cost, 0);
      if (cost <= maxCost) return;
      const { path, multipliers } = costliestPath(selections);
      const costliest = path.join('.');
      const why = multipliers.map((m) => `\`${m.argument}: ${m.value}\` on \`${m.at}\``).join(' and ');
      context.reportError(
        new GraphQLError(
          `the query's estimated cost is ${round(cost)}, over the limit of ${maxCost}: most of it is \`${costliest}\`` +
            `${why ? `, multiplied by ${why}` : ''}; ask for fewer items or fewer fields`,
          {
            nodes: [operation],
            extensions: {
              code: ErrorCode.QUERY_TOO_COSTLY,
              cost: round(cost),
              maxCost,
              field: costliest,
              // The argument that multiplies most, when one does: the one to lower first.
              argument: multipliers.reduce<Multiplier | null>((m, n) => (m && m.value >= n.value ? m : n), null)?.argument ?? null,
            },
          },
        ),
      );
    },
  });
}

/** Introspection (`__schema`) costs nothing, as in graphql-armor. */
function isIntrospection(node: ASTNode): boolean {
  return node.kind === Kind.FIELD && node.name.value === '__schema';
}

// Regression (issue 15, the M import on Neo4j): LOAD CSV fed its rows to the batched
// transactions through an Eager operator, so the server read the whole file into the outer
// transaction first; 10⁶ relations then exceeded its transaction memory
// (MemoryPoolOutOfMemoryError at dbms.memory.transaction.total.max) and the import failed. The
// rows must stream from the file into the batches: no Eager between LoadCSV and TransactionForeach.
import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { LOAD_ACTORS, LOAD_RELATIONS } from '../../src/graph/neo4j/cypher.js';
import { neo4jOptionsFromEnv } from '../conformance/neo4j-engine.js';

interface PlanNode {
  operatorType: string;
  children: PlanNode[];
}

/** The operators between the batches (TransactionForeach) and the file (LoadCSV), on the row side. */
function rowSide(plan: PlanNode): string[] {
  const name = (p: PlanNode) => p.operatorType.replace(/@.*$/, '');
  let node: PlanNode | undefined = plan;
  while (node && name(node) !== 'TransactionForeach') node = node.children[0];
  const path: string[] = [];
  for (let n = node?.children[0]; n; n = n.children[0]) path.push(name(n));
  return path;
}

// Neo4j only (test/neo4j/ runs in the neo4j project alone): EXPLAIN needs no import folder. Without
// NEO4J_URI (`npm test` on a machine with no Neo4j) it skips, as the other Neo4j-only tests; CI sets it.
const options = neo4jOptionsFromEnv(process.env);

describe.skipIf(!options)('LOAD CSV of the bulk load', () => {
  it.each([LOAD_ACTORS, LOAD_RELATIONS])('$name streams the file into its batches', async (statement) => {
    if (!options) return;
    const driver = neo4j.driver(options.uri, neo4j.auth.basic(options.user, options.password));
    try {
      const { summary } = await driver.executeQuery(`EXPLAIN ${statement.text}`, { url: 'file:///plan-only.csv' }, { database: options.database });
      expect(rowSide(summary.plan as unknown as PlanNode)).toEqual(['LoadCSV']);
    } finally {
      await driver.close();
    }
  });
});

// Observes what @neo4j/graphql sends to Neo4j, the way the library's own TCK tests do: a
// driver-shaped object whose transactions record each statement and its parameters, then stop
// the request. Nothing is executed and nothing is answered, except the server's version, which
// the library asks for once before translating (it picks its Cypher by version).
import { Record as Neo4jRecord } from 'neo4j-driver';

export interface CapturedStatement {
  cypher: string;
  params: Record<string, unknown>;
  database: string | undefined;
  mode: 'READ' | 'WRITE';
}

/** Thrown by every captured statement, so a translated request ends without a database. */
export class TranslationCaptured extends Error {
  constructor() {
    super('translation captured; not executed');
  }
}

const VERSION_QUERY = /^CALL dbms\.components\(\)/;

export function recordingDriver(serverVersion = '5.26.0', edition = 'community') {
  const captured: CapturedStatement[] = [];
  const transaction = (database: string | undefined, mode: CapturedStatement['mode']) => ({
    async run(cypher: string, params: Record<string, unknown> = {}) {
      if (VERSION_QUERY.test(cypher.replace(/^CYPHER 5\s*/, ''))) {
        return { records: [new Neo4jRecord(['version', 'edition'], [serverVersion, edition])], summary: noUpdates };
      }
      captured.push({ cypher, params, database, mode });
      throw new TranslationCaptured();
    },
  });
  const driver = {
    session(config: { database?: string } = {}) {
      return {
        executeRead: <T>(work: (tx: ReturnType<typeof transaction>) => T) => work(transaction(config.database, 'READ')),
        executeWrite: <T>(work: (tx: ReturnType<typeof transaction>) => T) => work(transaction(config.database, 'WRITE')),
        async close() {},
      };
    },
  };
  return { driver, captured };
}

const noUpdates = { counters: { updates: () => ({}) } };

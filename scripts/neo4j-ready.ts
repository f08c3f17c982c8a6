// Used by scripts/neo4j-start.sh: waits until the Neo4j server at <uri> answers over Bolt with
// APOC loaded. Exits 0 when ready; 1 on timeout, when APOC is missing or when process <pid> exits.
//   tsx scripts/neo4j-ready.ts <uri> <timeout-seconds> [pid]
import neo4j from 'neo4j-driver';

const [uri = 'bolt://127.0.0.1:7687', timeoutArg = '180', pidArg = ''] = process.argv.slice(2);
const deadline = Date.now() + Number(timeoutArg) * 1000;
const pid = pidArg ? Number(pidArg) : undefined;
const APOC_FUNCTIONS = "SHOW FUNCTIONS YIELD name WHERE name STARTS WITH 'apoc.' RETURN count(name) AS apoc";

function alive(processId: number): boolean {
  try {
    process.kill(processId, 0);
    return true;
  } catch {
    return false;
  }
}

/** null when ready, else why not; retries while the server is starting. */
async function waitForServer(): Promise<string | null> {
  // Authentication is off on the local server: any credentials are accepted.
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', 'auth-disabled'), { connectionTimeout: 2000 });
  let lastError = '';
  try {
    for (;;) {
      if (pid !== undefined && !alive(pid)) return `the server (pid ${pid}) exited during start`;
      try {
        const { records } = await driver.executeQuery(APOC_FUNCTIONS);
        const apoc = neo4j.integer.toNumber(records[0]?.get('apoc') ?? 0);
        if (apoc === 0) return 'Bolt answers but no apoc.* function is loaded: APOC is missing from data/neo4j/plugins';
        console.error(`neo4j: Bolt answers at ${uri}, ${apoc} APOC functions loaded`);
        return null;
      } catch (error) {
        lastError = error instanceof Error ? error.message : String(error);
      }
      if (Date.now() > deadline) return `no answer at ${uri} within ${timeoutArg}s (last error: ${lastError})`;
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  } finally {
    await driver.close();
  }
}

const failure = await waitForServer();
if (failure) {
  console.error(`neo4j: ${failure}`);
  process.exitCode = 1;
}

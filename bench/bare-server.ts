// The yardstick of the request path: a bare Apollo Server 5 on express 5 with one constant
// resolver, answering the same `actor` query as the lookup case, with none of our plugins,
// context, authentication, logging, loaders or engine. Run as its own process; prints its URL.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';

const typeDefs = `#graphql
  type Metric { name: String! value: Float! }
  type Actor { id: ID! kind: String! name: String! aliases: [String!]! district: String metrics: [Metric!]! }
  type Query { actor(id: ID, name: String): Actor }
`;

const ACTOR = {
  id: 'buaa',
  kind: 'UNIVERSITY',
  name: '北京航空航天大学',
  aliases: ['北航', 'BUAA'],
  district: '海淀区',
  metrics: [{ name: 'students', value: 30_000 }],
};

const apollo = new ApolloServer({ typeDefs, resolvers: { Query: { actor: () => ACTOR } } });
await apollo.start();
const app = express();
app.use('/graphql', express.json(), expressMiddleware(apollo));
const httpServer = createServer(app);
await new Promise<void>((resolve) => httpServer.listen(Number(process.env.PORT ?? 0), '127.0.0.1', resolve));
const { port } = httpServer.address() as AddressInfo;
console.log(JSON.stringify({ url: `http://127.0.0.1:${port}/graphql` }));
process.on('SIGTERM', () => void apollo.stop().then(() => httpServer.close(() => process.exit(0))));

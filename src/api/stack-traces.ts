// Stack traces name files and code paths of this machine: they go only to a developer on it.
// In development, a request from a loopback address gets each error's stack in
// `extensions.stacktrace`; every other request, and every request in production, gets none
// (Apollo's own switch is per server, not per request, so it stays off).
import type { ApolloServerPlugin } from '@apollo/server';

export function isLoopback(address: string | undefined): boolean {
  return address !== undefined && (address === '::1' || /^(::ffff:)?127\./.test(address));
}

/** Marks a context whose errors may carry their stack; a symbol, as Apollo copies the context per operation. */
const SHOWN = Symbol('stack traces shown');

export class StackTraces<Context extends object> {
  constructor(private readonly development: boolean) {}

  /** Marks a request's context as one whose errors may carry their stack. */
  offer(context: Context, remoteAddress: string | undefined): Context {
    if (this.development && isLoopback(remoteAddress)) Object.assign(context, { [SHOWN]: true });
    return context;
  }

  plugin(): ApolloServerPlugin<Context> {
    return {
      async requestDidStart({ contextValue }) {
        if (!(SHOWN in contextValue)) return;
        return {
          async willSendResponse({ response, errors }) {
            if (response.body.kind !== 'single' || !errors) return;
            // The formatted errors are the request's errors, one for one and in order.
            response.body.singleResult.errors = response.body.singleResult.errors?.map((formatted, i) => {
              const source = errors[i]?.originalError ?? errors[i];
              return source?.stack ? { ...formatted, extensions: { ...formatted.extensions, stacktrace: source.stack.split('\n') } } : formatted;
            });
          },
        };
      },
    };
  }
}

// Wraps a store so that every call of a port method is counted by name.
import type { GraphStore } from '../../src/graph/store.js';

export function counting(store: GraphStore, calls: Map<string, number>): GraphStore {
  return new Proxy(store, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        calls.set(String(property), (calls.get(String(property)) ?? 0) + 1);
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
}

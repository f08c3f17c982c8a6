// The records answers have hydrated, kept for the life of one projection (records do not change
// within a revision): a repeated or overlapping question reads only what it has not read yet.
// Bounded: past `limit` entries it starts again empty; a limit of 0 keeps nothing.
export class RecordCache<T> {
  private readonly records = new Map<string, T>();

  constructor(private readonly limit = 20_000) {}

  /** The records of `ids` (absent where unknown), reading only the missing ones with `read`. */
  async get(ids: readonly string[], read: (missing: string[]) => Promise<(T | null)[]>): Promise<Map<string, T>> {
    if (this.limit === 0) {
      const found = await read([...ids]);
      return new Map(ids.flatMap((id, i) => (found[i] ? [[id, found[i] as T] as const] : [])));
    }
    const missing = [...new Set(ids)].filter((id) => !this.records.has(id));
    if (missing.length > 0) {
      const found = await read(missing);
      if (this.records.size + missing.length > this.limit) this.records.clear();
      missing.forEach((id, i) => {
        const record = found[i];
        if (record) this.records.set(id, record);
      });
    }
    const answer = new Map<string, T>();
    for (const id of ids) {
      const record = this.records.get(id);
      if (record) answer.set(id, record);
    }
    return answer;
  }
}

// One normal form for every name an actor answers to, so that 北航, ＢＵＡＡ, "buaa" and
// "Beihang  University" all find the same actor whatever the width, case or spacing.

/** NFKC folds full-width forms; lower-casing and dropping spaces and light punctuation does the rest. */
export function normalizeName(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s·・.,'"“”‘’()（）\-_—–]+/gu, '');
}

/** Every distinct normalized key under which an actor can be found. */
export function nameKeys(actor: { name: string; nameEn?: string | null; aliases: readonly string[] }): string[] {
  const all = [actor.name, actor.nameEn ?? '', ...actor.aliases].map(normalizeName).filter((k) => k.length > 0);
  return [...new Set(all)];
}

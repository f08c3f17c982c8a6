// The forms a node label can take when the full name at full size finds no free place: the full
// name smaller, then a shortened name (the full one stays in the hover card). Never smaller than
// MIN_LABEL_SIZE, which stays readable for Chinese characters on screen.
/** The size node labels print at when there is room. */
export const LABEL_SIZE = 13;
export const MIN_LABEL_SIZE = 11;

export interface LabelVariant {
  /** The shortened name's length in Latin letters (a Han character counts two); 0: the full name. */
  short: number;
  size: number;
}

/** Tried in this order; index 0 is the label as it would print alone. */
export const LABEL_VARIANTS: readonly LabelVariant[] = [
  { short: 0, size: LABEL_SIZE },
  { short: 0, size: MIN_LABEL_SIZE },
  { short: 18, size: MIN_LABEL_SIZE },
  { short: 12, size: MIN_LABEL_SIZE },
];

/** The label's text in the given form. */
export const labelText = (label: string, variant: LabelVariant): string => (variant.short ? shortLabel(label, variant.short) : label);

/** A Han character is about as wide as two Latin letters: budgets count in Latin letters. */
const width = (char: string) => (/[\u2E80-\u9FFF\uFF00-\uFFEF]/u.test(char) ? 2 : 1);

/** The name cut to `budget` letters or half as many Han characters (after a whole word when there are words), with an ellipsis. */
export function shortLabel(text: string, budget: number): string {
  const chars = Array.from(text);
  if (chars.reduce((sum, char) => sum + width(char), 0) <= budget) return text;
  let used = 0;
  let end = 0;
  while (end < chars.length && used + width(chars[end]!) <= budget - 1) used += width(chars[end++]!);
  let cut = chars.slice(0, end).join('');
  // Latin text is cut after a whole word when one ends in the second half.
  const space = cut.lastIndexOf(' ');
  if (space > cut.length / 2) cut = cut.slice(0, space);
  return `${cut.trimEnd()}…`;
}

// The colours of a measure (brokerage, an index contribution) on the canvas: a sequential scale
// that stays visible on white at its light end, grey-blue → orange → dark red, and a grey for
// actors the measure says nothing about.
export const SCALE_STOPS = ['#7d8a96', '#d35400', '#7b0000'] as const;
/** Actors the measure says nothing about (not among an index's ranked contributors). */
export const NO_VALUE_COLOR = '#97a1ab';

/** A colour on the scale for a share in [0, 1]. */
export function scaleColor(share: number): string {
  const t = Math.min(1, Math.max(0, share)) * (SCALE_STOPS.length - 1);
  const i = Math.min(Math.floor(t), SCALE_STOPS.length - 2);
  const [from, to] = [rgb(SCALE_STOPS[i]!), rgb(SCALE_STOPS[i + 1]!)];
  const mix = from.map((c, k) => Math.round(c + (to[k]! - c) * (t - i)));
  return `#${mix.map((c) => c.toString(16).padStart(2, '0')).join('')}`;
}

const rgb = (hex: string): number[] => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));

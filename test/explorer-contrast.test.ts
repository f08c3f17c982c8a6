// The explorer's colours stay readable: kind badges carry white text (WCAG AA, 4.5:1) and every
// node and edge colour stands out from the white canvas (non-text contrast, 3:1).
import { describe, expect, it } from 'vitest';
import { KIND_COLORS, RELATION_COLORS, UNKNOWN_COLOR } from '../web/src/vocabulary.js';

function luminance(hex: string): number {
  const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

const contrastWithWhite = (hex: string) => 1.05 / (luminance(hex) + 0.05);

describe('explorer colours', () => {
  it.each(Object.entries(KIND_COLORS))('kind %s (%s) carries white badge text at 4.5:1 or more', (_kind, color) => {
    expect(contrastWithWhite(color)).toBeGreaterThanOrEqual(4.5);
  });

  it.each([...Object.entries(RELATION_COLORS), ['unknown', UNKNOWN_COLOR]])('relation %s (%s) stands out from the canvas at 3:1 or more', (_type, color) => {
    expect(contrastWithWhite(color)).toBeGreaterThanOrEqual(3);
  });

  it('gives every kind and relation type its own colour', () => {
    expect(new Set(Object.values(KIND_COLORS)).size).toBe(Object.keys(KIND_COLORS).length);
    expect(new Set(Object.values(RELATION_COLORS)).size).toBe(Object.keys(RELATION_COLORS).length);
  });
});

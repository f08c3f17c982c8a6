// Figures as readers expect them: money in 万元/亿元 (zh) or millions (en), shares as
// percentages, areas, people and ranks in words, with the figure's qualifier (约, 超过) when known.
import { language, pick, type Bilingual } from './i18n/language.js';

/** How exact a figure is. The API does not return it yet; when Metric.qualifier lands it is passed here. */
export type Qualifier = 'EXACT' | 'ABOUT' | 'MORE_THAN' | 'AT_LEAST' | 'LESS_THAN' | 'AT_MOST';

const QUALIFIERS: Record<Exclude<Qualifier, 'EXACT'>, Bilingual> = {
  ABOUT: ['约', 'about '],
  MORE_THAN: ['超过', 'more than '],
  AT_LEAST: ['至少', 'at least '],
  LESS_THAN: ['不到', 'less than '],
  AT_MOST: ['至多', 'at most '],
};

export function formatMetricValue(value: number, unit: string, qualifier: Qualifier = 'EXACT'): string {
  const prefix = qualifier === 'EXACT' ? '' : pick(QUALIFIERS[qualifier]);
  return prefix + formatValue(value, unit);
}

function formatValue(value: number, unit: string): string {
  const zh = language() === 'zh';
  const number = (x: number, digits = 2) => x.toLocaleString(zh ? 'zh-CN' : 'en', { maximumFractionDigits: digits });
  switch (unit) {
    case 'SHARE':
      return `${number(value * 100)}%`;
    case 'CNY':
      if (!zh) return `CNY ${number(value / 1e6)} million`;
      return Math.abs(value) >= 1e8 ? `${number(value / 1e8, 4)}亿元` : `${number(value / 1e4)}万元`;
    case 'M2':
      return zh ? `${number(value)}平方米` : `${number(value)} m²`;
    case 'PERSON':
      return zh ? `${number(value)}人` : `${number(value)} people`;
    case 'RANK':
      return zh ? `第${number(value, 0)}名` : `No. ${number(value, 0)}`;
    case 'COUNT':
      return number(value);
    case 'SCORE':
      return number(value, 3);
    default:
      return `${number(value)} ${unit}`;
  }
}

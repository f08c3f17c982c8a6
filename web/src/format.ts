// Figures as readers expect them: money in 万元/亿元 (zh) or millions (en), shares as
// percentages, areas, people and ranks in words, with the figure's qualifier as the report
// words it (约, 近, 超过, 以上) when it is approximate.
import type { MetricQualifier } from './__generated__/graphql.js';
import { language, pick, type Bilingual } from './i18n/language.js';

/** How an approximate figure reads: `{v}` is the formatted value (60%以上, at least 60%). */
const QUALIFIED: Record<Exclude<MetricQualifier, 'EXACT'>, Bilingual> = {
  ABOUT: ['约{v}', 'about {v}'],
  NEARLY: ['近{v}', 'nearly {v}'],
  MORE_THAN: ['超过{v}', 'more than {v}'],
  AT_LEAST: ['{v}以上', 'at least {v}'],
};

export function formatMetricValue(value: number, unit: string, qualifier: MetricQualifier = 'EXACT'): string {
  const formatted = formatValue(value, unit);
  return qualifier === 'EXACT' ? formatted : pick(QUALIFIED[qualifier]).replace('{v}', formatted);
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

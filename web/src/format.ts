// Figures as readers expect them: money in 万元/亿元 (zh) or millions (en), shares as percentages.
import { language } from './i18n.js';

export function formatMetricValue(value: number, unit: string): string {
  const zh = language() === 'zh';
  if (unit === 'SHARE') return `${(value * 100).toLocaleString(undefined, { maximumFractionDigits: 2 })}%`;
  if (unit === 'CNY') {
    if (zh) {
      return Math.abs(value) >= 1e8
        ? `${(value / 1e8).toLocaleString('zh-CN', { maximumFractionDigits: 4 })}亿元`
        : `${(value / 1e4).toLocaleString('zh-CN', { maximumFractionDigits: 2 })}万元`;
    }
    return `CNY ${(value / 1e6).toLocaleString('en', { maximumFractionDigits: 2 })} million`;
  }
  const number = value.toLocaleString(zh ? 'zh-CN' : 'en', { maximumFractionDigits: 2 });
  return unit === 'COUNT' ? number : `${number} ${unit}`;
}

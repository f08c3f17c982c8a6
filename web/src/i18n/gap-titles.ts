// A gap's finding and its reason in the page's language. The API writes both in Chinese and in
// English; English titles keep the Chinese names of actors that have no English one, and those
// (like any word of the other script) are marked as names.
import type { CoordinationGap } from '../api/analytics.js';
import { writtenIn } from '../dom.js';
import { language } from './language.js';

export const gapTitle = (gap: CoordinationGap): HTMLElement => writtenIn(language() === 'zh' ? gap.title : gap.titleEn, language());

export const gapExplanation = (gap: CoordinationGap): HTMLElement => writtenIn(language() === 'zh' ? gap.explanation : gap.explanationEn, language());

// The page's language (zh or en) and who must redraw when it changes.
export type Language = 'zh' | 'en';

/** A text in both languages. */
export type Bilingual = readonly [zh: string, en: string];

let current: Language = 'zh';
const listeners = new Set<(language: Language) => void>();

export const language = (): Language => current;

export function setLanguage(next: Language): void {
  current = next;
  document.documentElement.lang = langTag(next);
  for (const listener of listeners) listener(next);
}

export function onLanguageChange(listener: (language: Language) => void): void {
  listeners.add(listener);
}

/** The pair's text in the current language. */
export const pick = (pair: Bilingual): string => pair[current === 'zh' ? 0 : 1];

/** The BCP 47 tag an element in that language carries (`lang` attribute). */
export const langTag = (of: Language): string => (of === 'zh' ? 'zh-CN' : 'en');

/** The language a text is written in, judged by its letters: any Han character makes it Chinese. */
export const languageOfText = (text: string): Language => (/\p{Script=Han}/u.test(text) ? 'zh' : 'en');

/** A list as the language writes it: 甲、乙、丙 or A, B, C. */
export const joinList = (items: readonly string[]): string => items.join(current === 'zh' ? '、' : ', ');

/** A template's `{name}` placeholders filled: text stays text, an element (a marked name) stays an element. */
export function fillTemplate(template: string, values: Record<string, string | number | Node>): (string | Node)[] {
  return template
    .split(/(\{\w+\})/)
    .filter((part) => part !== '')
    .map((part) => {
      const value = /^\{\w+\}$/.test(part) ? values[part.slice(1, -1)] : undefined;
      if (value === undefined) return part;
      return typeof value === 'object' ? value : String(value);
    });
}

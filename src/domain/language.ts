/**
 * Languages. Classes are taught in Kazakh or Russian; English is a subject and a UI
 * language, and resources or test items may be in English.
 */
export const Language = { kk: 'kk', ru: 'ru', en: 'en' } as const;
export type Language = (typeof Language)[keyof typeof Language];
export const LANGUAGES: readonly Language[] = Object.values(Language);

/** A class's language of instruction (оқыту тілі / язык обучения). */
export const InstructionLanguage = { kk: 'kk', ru: 'ru' } as const;
export type InstructionLanguage = (typeof InstructionLanguage)[keyof typeof InstructionLanguage];
export const INSTRUCTION_LANGUAGES: readonly InstructionLanguage[] = Object.values(InstructionLanguage);

/** A text in one or more languages; at least one is present (checked by its schema). */
export type LocalizedText = Partial<Record<Language, string>>;

/**
 * The text in the first of `preferred` languages that has it, else in any language it has:
 * a Russian-language class still sees a topic that was only entered in Kazakh.
 */
export function pickLocalized(text: LocalizedText, preferred: readonly Language[]): string {
  for (const lang of preferred) {
    const t = text[lang];
    if (t) return t;
  }
  for (const lang of LANGUAGES) {
    const t = text[lang];
    if (t) return t;
  }
  return '';
}

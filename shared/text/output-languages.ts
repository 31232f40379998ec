/**
 * The languages Listing Studio writes listings in and checks: the generation option is free text
 * ("English", "Deutsch", "fr"), so each language is known by its English name, its own name and
 * its code. A language outside this list is still written; only the language-specific checks
 * (readable text, colour words) fall back to what holds for every language.
 */
export type LanguageCode = 'en' | 'de' | 'fr' | 'es' | 'it' | 'pt' | 'nl' | 'sv' | 'pl' | 'ja' | 'zh';

/** Which letters the language is written in: Latin, Japanese (kana and kanji) or Chinese (Han). */
export type LanguageScript = 'latin' | 'japanese' | 'chinese';

export interface OutputLanguage {
  code: LanguageCode;
  name: string;
  script: LanguageScript;
  /** Lower-case names a shop owner may type for it. */
  aliases: readonly string[];
}

export const OUTPUT_LANGUAGES: readonly OutputLanguage[] = [
  { code: 'en', name: 'English', script: 'latin', aliases: ['english', 'en', 'en-us', 'en-gb', 'american english', 'british english'] },
  { code: 'de', name: 'German', script: 'latin', aliases: ['german', 'deutsch', 'de', 'de-de', 'de-at', 'de-ch'] },
  { code: 'fr', name: 'French', script: 'latin', aliases: ['french', 'français', 'francais', 'fr', 'fr-fr', 'fr-ca'] },
  { code: 'es', name: 'Spanish', script: 'latin', aliases: ['spanish', 'español', 'espanol', 'castellano', 'es', 'es-es', 'es-mx'] },
  { code: 'it', name: 'Italian', script: 'latin', aliases: ['italian', 'italiano', 'it', 'it-it'] },
  { code: 'pt', name: 'Portuguese', script: 'latin', aliases: ['portuguese', 'português', 'portugues', 'pt', 'pt-br', 'pt-pt', 'brazilian portuguese'] },
  { code: 'nl', name: 'Dutch', script: 'latin', aliases: ['dutch', 'nederlands', 'nl', 'nl-nl', 'flemish', 'vlaams'] },
  { code: 'sv', name: 'Swedish', script: 'latin', aliases: ['swedish', 'svenska', 'sv', 'sv-se'] },
  { code: 'pl', name: 'Polish', script: 'latin', aliases: ['polish', 'polski', 'pl', 'pl-pl'] },
  { code: 'ja', name: 'Japanese', script: 'japanese', aliases: ['japanese', '日本語', 'ja', 'ja-jp'] },
  { code: 'zh', name: 'Chinese', script: 'chinese', aliases: ['chinese', 'simplified chinese', 'mandarin', '中文', '简体中文', 'zh', 'zh-cn', 'zh-hans'] },
];

/** The language a generation option names, or undefined for one the checks do not know. */
export function findOutputLanguage(option: string): OutputLanguage | undefined {
  const key = option.trim().toLowerCase().replace(/_/g, '-');
  return OUTPUT_LANGUAGES.find((l) => l.aliases.includes(key));
}

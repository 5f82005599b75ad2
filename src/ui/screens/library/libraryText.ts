/** The words of the library's closed sets, as i18n keys of the `library` namespace. */
import type { ResourceKind, ResourcePlatform } from '@/domain/entities/resource';
import type { Language } from '@/domain/language';

export const RESOURCE_KIND_LABEL_KEYS = {
  video: 'library:videoKindLabel',
  audio: 'library:audioKindLabel',
  presentation: 'library:presentationKindLabel',
  pdf: 'library:pdfKindLabel',
  document: 'library:documentKindLabel',
  image: 'library:imageKindLabel',
  interactive: 'library:interactiveKindLabel',
  etextbook: 'library:etextbookKindLabel',
  virtualLab: 'library:virtualLabKindLabel',
  link: 'library:linkKindLabel',
} as const satisfies Record<ResourceKind, string>;

/** Platform names are brands, written as they write them; "school" and "other" are words. */
export const PLATFORM_NAMES: Readonly<Record<Exclude<ResourcePlatform, 'school' | 'other'>, string>> = {
  bilimland: 'Bilimland',
  daryn: 'Daryn.online',
  amanSultan: 'Aman Sultan',
  onlineMektep: 'Online Mektep',
  roqed: 'Roqed',
  topiq: 'TopIQ',
  opiq: 'Opiq',
};

export const LANGUAGE_LABEL_KEYS = {
  kk: 'library:kazakhLanguageLabel',
  ru: 'library:russianLanguageLabel',
  en: 'library:englishLanguageLabel',
} as const satisfies Record<Language, string>;

/** A platform as a person reads it: the brand's name, or "Our school" / "Other". */
import type { TFunction } from 'i18next';
import type { ResourcePlatform } from '@/domain/entities/resource';
import { PLATFORM_NAMES } from './libraryText';

export function platformLabel(platform: ResourcePlatform, t: TFunction<['library']>): string {
  if (platform === 'school') return t('library:schoolPlatformLabel');
  if (platform === 'other') return t('library:otherPlatformLabel');
  return PLATFORM_NAMES[platform];
}

/** What kind of resource a chosen file is, from its media type and name. */
import { ResourceKind } from '@/domain/entities/resource';

export function kindOfFile(file: Pick<File, 'type' | 'name'>): ResourceKind {
  const type = file.type.toLowerCase();
  if (type.startsWith('video/')) return ResourceKind.video;
  if (type.startsWith('audio/')) return ResourceKind.audio;
  if (type.startsWith('image/')) return ResourceKind.image;
  if (type === 'application/pdf' || /\.pdf$/i.test(file.name)) return ResourceKind.pdf;
  if (/presentation|powerpoint/.test(type) || /\.(pptx?|odp)$/i.test(file.name)) return ResourceKind.presentation;
  return ResourceKind.document;
}

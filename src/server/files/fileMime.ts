/**
 * The type a file is stored and served with, from the upload's `Content-Type`: the media
 * type alone (parameters dropped), lowercased, in the shape the resource schema accepts
 * (`resourceFileSchema.mime`). No header: `application/octet-stream`. Undefined when the
 * header is not a media type (answered 400).
 */
const MEDIA_TYPE = /^[a-z0-9.+-]+\/[a-z0-9.+-]+$/;
const MAX_LENGTH = 127;

export const DEFAULT_FILE_MIME = 'application/octet-stream';

export function fileMime(contentType: string | undefined): string | undefined {
  if (contentType === undefined || contentType.trim() === '') return DEFAULT_FILE_MIME;
  const type = (contentType.split(';')[0] ?? '').trim().toLowerCase();
  return type.length <= MAX_LENGTH && MEDIA_TYPE.test(type) ? type : undefined;
}

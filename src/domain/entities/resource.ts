/**
 * A digital educational resource (цифрлық білім беру ресурсы, ЦББР / ЦОР): a link to a
 * national platform or a file of our own, indexed by subject, grade, language and topic.
 * A file is content-addressed by its SHA-256, so it is fetched once per device and checked.
 * `cacheable` says whether the file may be kept on devices for offline use (a platform's
 * terms may forbid copying; then only the link and metadata are kept).
 */
import { z } from 'zod';
import { ValidationCode as V } from '../validation';
import { TextLimit, flagSchema, gradesSchema, idRef, idRefs, languageSchema, oneOf, text } from './fields';

export const RESOURCE_SCHEMA_VERSION = 1;

export const ResourceKind = {
  video: 'video',
  audio: 'audio',
  presentation: 'presentation',
  pdf: 'pdf',
  document: 'document',
  image: 'image',
  /** Interactive tasks with feedback: what offline (model 4) schools need most. */
  interactive: 'interactive',
  etextbook: 'etextbook',
  virtualLab: 'virtualLab',
  link: 'link',
} as const;
export type ResourceKind = (typeof ResourceKind)[keyof typeof ResourceKind];

/** Where a resource comes from: the national platforms, or the school itself. */
export const ResourcePlatform = {
  bilimland: 'bilimland',
  daryn: 'daryn',
  amanSultan: 'amanSultan',
  onlineMektep: 'onlineMektep',
  roqed: 'roqed',
  topiq: 'topiq',
  opiq: 'opiq',
  /** Made or uploaded by the school's own staff. */
  school: 'school',
  other: 'other',
} as const;
export type ResourcePlatform = (typeof ResourcePlatform)[keyof typeof ResourcePlatform];

/** Largest file accepted: 2 GB, a long video; sized for resumable range transfers. */
export const MAX_RESOURCE_FILE_BYTES = 2 * 1024 ** 3;

export const resourceFileSchema = z.object({
  sha256: z.string().regex(/^[0-9a-f]{64}$/, V.invalidFormat),
  size: z.number().int(V.notInteger).min(0, V.negative).max(MAX_RESOURCE_FILE_BYTES, V.outOfRange),
  mime: z
    .string()
    .regex(/^[a-z0-9.+-]+\/[a-z0-9.+-]+$/i, V.invalidFormat)
    .max(127, V.tooLong),
  name: text(255),
});
export type ResourceFile = z.infer<typeof resourceFileSchema>;

export const resourceSchema = z
  .object({
    kind: oneOf(ResourceKind),
    title: text(TextLimit.title),
    description: text(TextLimit.paragraph).optional(),
    url: z
      .url({ protocol: /^https?$/, error: V.invalidFormat })
      .max(2_000, V.tooLong)
      .optional(),
    file: resourceFileSchema.optional(),
    platform: oneOf(ResourcePlatform),
    subjectId: idRef<'Subject'>().optional(),
    grades: gradesSchema,
    language: languageSchema,
    topicIds: idRefs<'Topic'>(100),
    /** The section or topic as the teacher writes it, when no curriculum topic is linked. */
    topicTitle: text(TextLimit.title).optional(),
    cacheable: flagSchema,
    /** Typical length of a video or audio, to plan lesson stages. */
    durationMinutes: z.number().gt(0, V.outOfRange).max(600, V.outOfRange).optional(),
  })
  .superRefine((r, ctx) => {
    if (r.url === undefined && r.file === undefined) ctx.addIssue({ code: 'custom', path: ['url'], message: V.dependentRequired });
    if (r.kind === ResourceKind.link && r.url === undefined) ctx.addIssue({ code: 'custom', path: ['url'], message: V.dependentRequired });
  });
export type Resource = z.infer<typeof resourceSchema>;

/** Whether a device may download the resource for offline use. */
export function isOfflineCapable(resource: Pick<Resource, 'file' | 'cacheable'>): boolean {
  return resource.cacheable && resource.file !== undefined;
}

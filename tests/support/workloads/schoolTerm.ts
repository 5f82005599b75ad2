/**
 * The `school-term` workload of ../shared/bench/WORKLOADS.md: the same school over one term
 * of 60 school days (the first 60 of its year), a `school-day` each (about 69,000 records),
 * plus 200 digital resources' metadata. Deterministic from a seed.
 *
 * For speed the term is written straight on the server through `applyMutations`, in big
 * batches on one system stream, rather than through a device: what is measured is a new
 * device's first pull of it. The stream acts with the head's and a pupil's roles together,
 * so one stream may write the journal and the pupils' append-only quiz rows alike; every
 * row is still authorized, validated, merged and logged as a device's change would be.
 */
import { derivedId } from '@/domain/ids';
import { schoolDaysOf } from '@/domain/academicCalendar';
import { Role } from '@/domain/roles';
import type { AuthContext } from '@/server/auth/authContext';
import type { Database } from '@/server/storage/database';
import { applyMutations } from '@/server/sync/applyMutations';
import type { ServerClock } from '@/server/sync/serverClock';
import type { Mutation } from '@/sync/protocol';
import { seededRandom } from '../seededRandom';
import { planSchoolDay, type WorkloadRecord } from './schoolDay';
import type { SchoolFacts } from './schoolFacts';

export const SCHOOL_TERM = { days: 60, resources: 200 } as const;

export interface SchoolTermOptions {
  seed: number;
  days?: number;
  resources?: number;
}

/** The term's school days: the first `days` school days of the school's year. */
export function termDays(school: SchoolFacts, days: number = SCHOOL_TERM.days): string[] {
  const all = ([1, 2, 3, 4] as const).flatMap((q) => schoolDaysOf(q, school.academicYear));
  if (all.length < days) throw new Error(`the year has only ${all.length} school days`);
  return all.slice(0, days);
}

export function planSchoolTerm(school: SchoolFacts, options: SchoolTermOptions): WorkloadRecord[] {
  const records: WorkloadRecord[] = [];
  termDays(school, options.days).forEach((date, i) => {
    records.push(...planSchoolDay(school, { seed: options.seed * 1000 + i, date }).records);
  });
  records.push(...planResources(school, options.seed, options.resources ?? SCHOOL_TERM.resources));
  return records;
}

const RESOURCE_KINDS = ['video', 'presentation', 'pdf', 'interactive', 'etextbook', 'image', 'audio', 'link'] as const;
const PLATFORMS = ['bilimland', 'daryn', 'onlineMektep', 'opiq', 'school'] as const;
const RESOURCE_TITLES = ['Бөлшектер', 'Жасуша', 'Қазақ хандығы', 'Present Simple', 'Ньютон заңдары', 'Материктер', 'Алгоритмдер', 'Фотосинтез'];

export function planResources(school: SchoolFacts, seed: number, count: number): WorkloadRecord[] {
  const random = seededRandom(seed * 31 + 7);
  const records: WorkloadRecord[] = [];
  for (let i = 0; i < count; i++) {
    const kind = random.pick(RESOURCE_KINDS);
    const subject = random.pick(school.subjects);
    const grade = subject.grades ? random.pick(subject.grades) : 1 + random.int(11);
    const platform = kind === 'link' ? 'bilimland' : random.pick(PLATFORMS);
    const hasFile = kind !== 'link' && random.chance(0.6);
    const hex = Array.from(random.bytes(32), (b) => b.toString(16).padStart(2, '0')).join('');
    records.push({
      author: { kind: 'staff' },
      table: 'resources',
      id: derivedId('workload-resource', String(seed), String(i)),
      kind: 'upsert',
      fields: {
        kind,
        title: `${random.pick(RESOURCE_TITLES)} — ${grade}-сынып, ${i + 1}-бөлім`,
        ...(random.chance(0.5) ? { description: 'Сабаққа арналған цифрлық ресурс: түсіндірме, мысалдар және өзін-өзі тексеру тапсырмалары.' } : {}),
        ...(hasFile
          ? {
              file: {
                sha256: hex,
                size: 100_000 + random.int(50_000_000),
                mime: kind === 'video' ? 'video/mp4' : 'application/pdf',
                name: `resource-${i + 1}.${kind === 'video' ? 'mp4' : 'pdf'}`,
              },
            }
          : { url: `https://bilimland.kz/kk/courses/${subject.code}/${grade}/lesson-${i + 1}` }),
        platform,
        subjectId: subject.id,
        grades: [grade],
        language: random.chance(0.7) ? 'kk' : 'ru',
        topicIds: [],
        cacheable: hasFile && platform === 'school',
        ...(kind === 'video' ? { durationMinutes: 3 + random.int(20) } : {}),
      },
    });
  }
  return records;
}

/** The stream the term is written on; devices pulling the term are all other devices. */
export function termWriterDeviceId(schoolId: string): string {
  return derivedId('workload', 'term-writer', schoolId);
}

/**
 * Stores `records` on the server through `applyMutations`, `batchSize` a transaction, as a
 * device's pushes would be. Throws if any record is refused (a generator bug).
 */
export async function writeOnServer(
  db: Database,
  school: SchoolFacts,
  records: readonly WorkloadRecord[],
  clock: ServerClock,
  options: { batchSize?: number; deviceId?: string } = {},
): Promise<void> {
  const batchSize = options.batchSize ?? 5_000;
  const deviceId = options.deviceId ?? termWriterDeviceId(school.schoolId);
  const ctx: AuthContext = { schoolId: school.schoolId, userId: 'workload-writer', roles: [Role.head, Role.pupil] };
  const [stream] = await db.query<{ last_seq: number }>(
    'SELECT last_seq FROM device_streams WHERE school_id = $1 AND device_id = $2 AND user_id = $3',
    [school.schoolId, deviceId, ctx.userId],
  );
  let seq = Number(stream?.last_seq ?? 0);
  for (let start = 0; start < records.length; start += batchSize) {
    const mutations: Mutation[] = records.slice(start, start + batchSize).map((r) => {
      const stamp = clock.stamp();
      return {
        table: r.table,
        id: r.id,
        schoolId: school.schoolId,
        kind: r.kind,
        fields: r.fields,
        clocks: Object.fromEntries(Object.keys(r.fields).map((f) => [f, stamp])),
        seq: ++seq,
      };
    });
    const result = await db.transaction((tx) => applyMutations(tx, ctx, deviceId, mutations, clock));
    if (result.rejected.length > 0) {
      const first = result.rejected.slice(0, 3).map((r) => `${r.table}/${r.id}: ${r.reason} ${(r.issues ?? []).join(', ')}`);
      throw new Error(`workload records refused (${result.rejected.length}): ${first.join('; ')}`);
    }
  }
}

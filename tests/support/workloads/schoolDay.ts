/**
 * The `school-day` workload of ../shared/bench/WORKLOADS.md as a list of records, pure and
 * deterministic from a seed: one school day of one small school (the demo school), all of
 * it recorded offline on one shared laptop.
 *
 * - 36 lesson sessions (6 a class set, periods 1-6; the timetable's lesson where there is
 *   one, else an extra lesson of a subject the class set has), each with attendance:
 *   one mark per pupil per session, 384 in all, about 10 % not present, 5 % with a note.
 * - 120 marks (formative and section summative, score of max score, some with a comment).
 * - 40 self-study quiz attempts of 15 answers each (600 answers), append-only, by pupils of
 *   the upper class sets taking turns on the laptop: `quizPupils` pupils, the rest of the
 *   attempts spread over them (default 20 pupils, 2 attempts each).
 * - 6 short-term lesson plans of about 2 KB, 3 stages each.
 *
 * Who writes what: the journal (sessions, attendance, marks, plans) by one staff user (the
 * head, who may write every journal table); each attempt and its answers by its pupil, as
 * the sync rules allow only pupils to write them (tableRules.ts). So the day lands on the
 * laptop as one staff outbox stream and one stream per quiz-taking pupil.
 *
 * Ids are derived from the seed and the day, so two runs make the same rows; references to
 * assessments and items name derived ids (the quizzes' own rows are not part of the day).
 */
import { derivedId } from '@/domain/ids';
import { quarterOf } from '@/domain/academicCalendar';
import { weekdayOf } from '@/domain/dates';
import type { TableName } from '@/domain/tables';
import { seededRandom, type SeededRandom } from '../seededRandom';
import type { SchoolFacts } from './schoolFacts';

/** Who writes a record on the laptop: the staff user, or the pupil with this pupil id. */
export type WorkloadAuthor = { kind: 'staff' } | { kind: 'pupil'; pupilId: string };

export interface WorkloadRecord {
  author: WorkloadAuthor;
  table: TableName;
  id: string;
  kind: 'upsert' | 'append';
  fields: Record<string, unknown>;
}

export interface SchoolDayOptions {
  seed: number;
  /** A school day of the school's year, e.g. '2026-11-23' (a Monday). */
  date: string;
  /** Pupils who take the 40 quizzes on the laptop. Default 20. */
  quizPupils?: number;
  /** Milliseconds of the day's start (quiz times); default 08:30 Almaty on `date`. */
  dayStartMs?: number;
}

export const SCHOOL_DAY = {
  sessionsPerClassSet: 6,
  marks: 120,
  attempts: 40,
  answersPerAttempt: 15,
  lessonPlans: 6,
  notPresentShare: 0.1,
  noteShare: 0.05,
} as const;

const TOPICS = [
  'Бөлшектерді қосу және азайту',
  'Жай сөйлем және оның түрлері',
  'Қазақ хандығының құрылуы',
  'Present Simple: affirmative and negative',
  'Тікбұрышты үшбұрыштың ауданы',
  'Жасушаның құрылысы',
  'Сызықтық теңдеулер жүйесі',
  'Ньютонның екінші заңы',
  'Абай Құнанбаев өлеңдері',
  'Дроби и проценты',
  'Имя существительное',
  'Материки и океаны',
  'Алгоритм және оның қасиеттері',
  'Табиғат құбылыстары',
];
const HOMEWORK = ['§12, 3-4 жаттығулар', '45-бет, өлеңді жаттау', 'Упражнение 118, 119', 'Workbook p. 23, ex. 2-5', '№ 214, 217, 220'];
const ATTENDANCE_NOTES = ['Ауырып қалды, анасы хабарлады', 'Дәрігерге барды', 'Автобус кешікті', 'Отбасылық жағдай', 'Жарысқа кетті'];
const MARK_COMMENTS = [
  'Есепті дұрыс шығарды, бірақ түсіндірмесі толық емес',
  'Өте жақсы жауап, мысалдар келтірді',
  'Ережені біледі, қолдануда қате бар',
  'Хорошо работал в группе',
  'Жұмысты уақытында тапсырмады',
];
const TEXT_ANSWERS = ['Абай', 'фотосинтез', '1465', 'Астана', 'сын есім', 'water', 'Жетісу', 'түбір'];

/** 08:30 in Almaty (UTC+5) on `date`. */
export function dayStartMs(date: string): number {
  return Date.parse(`${date}T03:30:00.000Z`);
}

export interface SchoolDayPlan {
  date: string;
  records: WorkloadRecord[];
  /** Pupils whose streams carry attempts and answers, in first-write order. */
  quizPupilIds: string[];
}

export function planSchoolDay(school: SchoolFacts, options: SchoolDayOptions): SchoolDayPlan {
  const { date } = options;
  const random = seededRandom(options.seed);
  const id = (...parts: string[]) => derivedId('workload-school-day', String(options.seed), date, ...parts);
  const quarter = quarterOf(date, school.academicYear);
  if (quarter === undefined) throw new Error(`${date} is not in a quarter of the school's year`);
  const weekday = weekdayOf(date);
  const staff: WorkloadAuthor = { kind: 'staff' };
  const records: WorkloadRecord[] = [];
  const add = (author: WorkloadAuthor, table: TableName, rowId: string, fields: Record<string, unknown>) =>
    records.push({ author, table, id: rowId, kind: table === 'attempts' || table === 'answers' ? 'append' : 'upsert', fields });

  // --- Lesson sessions and their attendance -----------------------------------------------
  const sessions: Array<{ id: string; classSetId: string; subjectId: string; teacherId: string; grades: number[] }> = [];
  for (const classSet of school.classSets) {
    const own = school.slots.filter((s) => s.classSetId === classSet.id);
    for (let period = 1; period <= SCHOOL_DAY.sessionsPerClassSet; period++) {
      const slot = own.find((s) => s.weekday === weekday && s.period === period);
      const model = slot ?? random.pick(own);
      const sessionId = slot ? derivedId(slot.id, date) : id('extraSession', classSet.id, String(period));
      const assisted = random.chance(0.25) && school.assistantIds.length > 0;
      add(staff, 'lessonSessions', sessionId, {
        classSetId: classSet.id,
        date,
        period,
        subjectId: model.subjectId,
        teacherId: model.teacherId,
        ...(assisted ? { assistantId: random.pick(school.assistantIds) } : {}),
        mode: assisted ? 'fromHub' : 'inClass',
        ...(slot ? { slotId: slot.id } : {}),
        status: 'held',
        topic: random.pick(TOPICS),
        ...(random.chance(0.7) ? { homework: random.pick(HOMEWORK) } : {}),
      });
      sessions.push({ id: sessionId, classSetId: classSet.id, subjectId: model.subjectId, teacherId: model.teacherId, grades: classSet.grades });
    }
  }
  const sheet = sessions.flatMap((session) =>
    school.classSets.find((c) => c.id === session.classSetId)!.pupilIds.map((pupilId) => ({ session, pupilId })),
  );
  const notPresent = pickShare(random, sheet.length, SCHOOL_DAY.notPresentShare);
  const withNote = pickShare(random, sheet.length, SCHOOL_DAY.noteShare);
  sheet.forEach(({ session, pupilId }, k) => {
    const status = notPresent.has(k) ? random.pick(['absent', 'late', 'excused', 'ill'] as const) : 'present';
    add(staff, 'attendanceMarks', derivedId(session.id, pupilId), {
      sessionId: session.id,
      pupilId,
      classSetId: session.classSetId,
      date,
      status,
      ...(status === 'late' ? { minutesLate: 1 + random.int(20) } : {}),
      ...(withNote.has(k) ? { note: random.pick(ATTENDANCE_NOTES) } : {}),
    });
  });

  // --- Marks ------------------------------------------------------------------------------------
  for (let i = 0; i < SCHOOL_DAY.marks; i++) {
    const session = sessions[i % sessions.length]!;
    const pupilIds = school.classSets.find((c) => c.id === session.classSetId)!.pupilIds;
    const summative = random.chance(0.15);
    const maxScore = summative ? 20 : random.pick([5, 10]);
    const score = Math.round(random.next() * maxScore * 2) / 2;
    add(staff, 'marks', id('mark', String(i)), {
      pupilId: random.pick(pupilIds),
      subjectId: session.subjectId,
      classSetId: session.classSetId,
      academicYearId: school.academicYearId,
      kind: summative ? 'sectionSummative' : 'formative',
      score,
      maxScore,
      date,
      quarter,
      lessonSessionId: session.id,
      authorId: session.teacherId,
      ...(random.chance(0.3) ? { comment: random.pick(MARK_COMMENTS) } : {}),
    });
  }

  // --- Lesson plans -------------------------------------------------------------------------------
  for (let i = 0; i < SCHOOL_DAY.lessonPlans; i++) {
    const session = sessions[i * SCHOOL_DAY.sessionsPerClassSet]!; // the first lesson of each class set
    add(staff, 'lessonPlans', id('lessonPlan', String(i)), lessonPlan(random, session, i));
  }

  // --- Quiz attempts and answers (append-only, by pupils) ---------------------------------------
  const upper = school.classSets.filter((c) => Math.min(...c.grades) >= 5).flatMap((c) => c.pupilIds);
  const quizPupilIds = upper.slice(0, Math.min(options.quizPupils ?? 20, upper.length));
  if (quizPupilIds.length === 0) throw new Error('no pupils to take quizzes');
  let clock = options.dayStartMs ?? dayStartMs(date);
  for (let a = 0; a < SCHOOL_DAY.attempts; a++) {
    const pupilId = quizPupilIds[a % quizPupilIds.length]!;
    const pupil: WorkloadAuthor = { kind: 'pupil', pupilId };
    const assessmentId = id('assessment', String(a % 4));
    const attemptId = id('attempt', String(a));
    const itemIds = Array.from({ length: SCHOOL_DAY.answersPerAttempt }, (_, k) => derivedId(assessmentId, 'item', String(k)));
    const startedAt = clock;
    let score = 0;
    for (let k = 0; k < itemIds.length; k++) {
      const timeSpentMs = 5_000 + random.int(85_000);
      clock += timeSpentMs;
      const isCorrect = random.chance(0.7);
      score += isCorrect ? 1 : 0;
      add(pupil, 'answers', derivedId(attemptId, itemIds[k]!), {
        attemptId,
        pupilId,
        itemId: itemIds[k],
        assessmentId,
        response: answerResponse(random, k),
        isCorrect,
        points: isCorrect ? 1 : 0,
        maxPoints: 1,
        timeSpentMs,
        answeredAt: clock,
      });
    }
    add(pupil, 'attempts', attemptId, {
      assessmentId,
      pupilId,
      startedAt,
      submittedAt: clock,
      score,
      maxScore: itemIds.length,
      itemIds,
    });
    clock += 30_000;
  }
  return { date, records, quizPupilIds };
}

/** Exactly round(n × share) distinct indices below n, drawn from the seed. */
function pickShare(random: SeededRandom, n: number, share: number): Set<number> {
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = random.int(i + 1);
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return new Set(order.slice(0, Math.round(n * share)));
}

function answerResponse(random: SeededRandom, k: number): Record<string, unknown> {
  switch (k % 5) {
    case 3:
      return { kind: 'text', text: random.pick(TEXT_ANSWERS) };
    case 4:
      return { kind: 'number', value: random.int(200) };
    default:
      return { kind: 'choice', optionIds: [random.pick(['a', 'b', 'c', 'd'])] };
  }
}

function lessonPlan(
  random: SeededRandom,
  session: { id: string; classSetId: string; subjectId: string; teacherId: string; grades: number[] },
  i: number,
): Record<string, unknown> {
  const grade = session.grades[0]!;
  const topic = random.pick(TOPICS);
  const code = `${grade}.${1 + random.int(3)}.${1 + random.int(4)}.${1 + random.int(5)}`;
  return {
    sessionId: session.id,
    subjectId: session.subjectId,
    grades: session.grades,
    classSetId: session.classSetId,
    authorId: session.teacherId,
    topic,
    objectives: [{ code }],
    expectedResults: [`Барлық оқушылар: «${topic}» тақырыбының негізгі ұғымдарын атайды`, 'Көпшілік оқушылар: ережені мысалдармен түсіндіреді'],
    successCriteria: ['Негізгі ұғымдарды анықтайды', 'Тапсырманы үлгі бойынша орындайды', 'Өз жауабын дәлелдейді'],
    stages: [
      {
        name: 'Сабақтың басы. Ұйымдастыру кезеңі',
        part: 'start',
        minutes: 5,
        lead: 'teacher',
        teacherActivity: 'Өткен тақырыпты сұрақтармен еске түсіреді, мақсатпен таныстырады.',
        pupilActivity: 'Сұрақтарға жауап береді.',
        resourceIds: [],
      },
      {
        name: 'Сабақтың ортасы. Жаңа тақырыпты меңгеру',
        part: 'middle',
        minutes: 30,
        lead: 'teacher',
        teacherActivity: `Жаңа тақырыпты бейнеролик арқылы түсіндіреді, әр топқа (${session.grades.join(', ')}-сынып) жеке тапсырма береді.`,
        pupilActivity: 'Жұпта жұмыс істейді, кестені толтырады.',
        assessment: 'Дескриптор бойынша өзара бағалау',
        resourceIds: [],
      },
      {
        name: 'Сабақтың соңы. Бекіту және рефлексия',
        part: 'end',
        minutes: 10,
        lead: 'assistant',
        teacherActivity: 'Қысқа тест ұсынады, «Бағдаршам» әдісімен кері байланыс алады.',
        resourceIds: [],
      },
    ],
    formativeTasks: [
      {
        text: `${i + 1}-тапсырма. Мәтінді оқып, негізгі ойды анықтаңыз және үш сұрақ құрастырыңыз.`,
        criterion: 'Мәтіннен негізгі ақпаратты анықтайды',
        descriptors: [
          { text: 'Негізгі ойды дұрыс анықтайды', points: 1 },
          { text: 'Мәтін бойынша үш сұрақ құрастырады', points: 2 },
        ],
      },
    ],
    differentiation: 'Қабілеті жоғары оқушыларға қосымша тапсырма, қалғандарына тірек сызба.',
    lessonMinutes: 45,
    step: 'conducted',
  };
}

/** Plain JSON bytes of the records as `{table, id, fields}`: the size WORKLOADS.md counts. */
export function plainJsonBytes(records: readonly WorkloadRecord[]): number {
  let bytes = 0;
  for (const r of records) bytes += Buffer.byteLength(JSON.stringify({ table: r.table, id: r.id, fields: r.fields }));
  return bytes;
}

/** Records per table, for reports and checks. */
export function countByTable(records: readonly WorkloadRecord[]): Partial<Record<TableName, number>> {
  const counts: Partial<Record<TableName, number>> = {};
  for (const r of records) counts[r.table] = (counts[r.table] ?? 0) + 1;
  return counts;
}

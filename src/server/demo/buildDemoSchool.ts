/**
 * The demo school, built from a seed and nothing else: the `school-day` school of
 * ../shared/bench/WORKLOADS.md (64 pupils in 6 class sets, 12 staff), as synced rows that
 * validate against the entity schemas, plus a sign-in account for every person with a
 * printed password. Same seed, same school: same names, same ids (derivedId), same
 * passwords. Pure: storing it is `seedDemoSchool`'s job.
 */
import { derivedId } from '@/domain/ids';
import { Role } from '@/domain/roles';
import type { TableName } from '@/domain/tables';
import type { SchoolAccount } from '../accounts/schoolStore';
import type { SystemRecord } from '../accounts/writeSystemRecords';
import { DEMO_CLASS_SETS, DEMO_SUBJECTS, PASSWORD_WORDS, TEACHER_POSITIONS, teacherIndexFor, type DemoClassSet } from './demoCurriculum';
import { Sex, uniqueNameDrawer, type PersonName } from './kazakhNames';
import { seededRandom, type SeededRandom } from '@/domain/seededRandom';

export const DEFAULT_DEMO_SEED = 'school-day';

export interface DemoAccount {
  userId: string;
  login: string;
  /** Printed at start: demo accounts are for trying the app, never for real pupils. */
  password: string;
  displayName: string;
  roles: Role[];
  staffId?: string;
  pupilId?: string;
  district?: string;
}

export interface DemoSchool {
  seed: string;
  school: SchoolAccount;
  records: SystemRecord[];
  accounts: DemoAccount[];
}

const YEAR_START = '2026-09-01';
const SCHOOL_WEEK = [1, 2, 3, 4, 5];
const REGION = 'Ақтөбе облысы';
const DISTRICT = 'Мұғалжар ауданы';

export function buildDemoSchool(seed: string = DEFAULT_DEMO_SEED): DemoSchool {
  const random = seededRandom(seed);
  const id = (...parts: string[]) => derivedId('sandyq-demo', seed, ...parts);
  const drawName = uniqueNameDrawer(random);
  const records: SystemRecord[] = [];
  const add = (table: TableName, rowId: string, fields: Record<string, unknown>) => records.push({ table, id: rowId, fields });
  const accounts: DemoAccount[] = [];
  const usedPasswords = new Set<string>();
  const account = (login: string, person: PersonName, roles: Role[], links: Partial<DemoAccount>) => {
    accounts.push({
      userId: id('user', login),
      login,
      password: demoPassword(random, usedPasswords),
      displayName: `${person.surname} ${person.name}`,
      roles,
      ...links,
    });
  };

  // --- The school and its year ------------------------------------------------------------
  const schoolId = id('school');
  const school: SchoolAccount = { id: schoolId, name: 'Талдысай шағын жинақты мектебі', district: DISTRICT };
  add('schools', schoolId, {
    name: school.name,
    kind: 'small',
    teachingModel: 3,
    connection: 'satellite',
    contractedMbps: 8,
    region: REGION,
    district: DISTRICT,
    locality: 'Талдысай ауылы',
    languages: ['kk', 'ru'],
    hasUps: true,
  });
  const yearId = id('academicYear', '2026-2027');
  add('academicYears', yearId, academicYear2026());

  // --- Subjects -----------------------------------------------------------------------------
  const subjectIds = new Map<string, string>();
  for (const subject of DEMO_SUBJECTS) {
    const subjectId = id('subject', subject.code);
    subjectIds.set(subject.code, subjectId);
    add('subjects', subjectId, { code: subject.code, names: subject.names, ...(subject.grades ? { grades: subject.grades } : {}) });
  }

  // --- Staff: 1 head, 9 teachers, 2 assistants ------------------------------------------------
  const drawStaff = () => drawName(random.next() < 0.7 ? Sex.female : Sex.male);
  const head = drawStaff();
  const headId = id('staff', 'head');
  const teachers = TEACHER_POSITIONS.map((position, i) => ({ staffId: id('staff', `teacher${i + 1}`), person: drawStaff(), position }));
  const assistants = [1, 2].map((n) => ({ staffId: id('staff', `assistant${n}`), person: drawStaff() }));

  // --- Class sets, the timetable, and so what each teacher teaches --------------------------------
  const classSetIds = DEMO_CLASS_SETS.map((set) => id('classSet', set.name));
  const slots = buildTimetable(random, DEMO_CLASS_SETS);
  const taught = teachers.map(() => new Set<string>());
  for (const slot of slots) taught[slot.teacher]!.add(slot.subject);

  add('staff', headId, { ...head, roles: [Role.head], position: 'директор', status: 'active' });
  teachers.forEach((t, i) => {
    const subjects = DEMO_SUBJECTS.filter((s) => taught[i]!.has(s.code)).map((s) => subjectIds.get(s.code)!);
    add('staff', t.staffId, { ...t.person, roles: [Role.teacher], subjectIds: subjects, position: t.position, status: 'active' });
  });
  for (const a of assistants) {
    add('staff', a.staffId, { ...a.person, roles: [Role.assistant], position: 'мұғалім-ассистент', status: 'active' });
  }

  DEMO_CLASS_SETS.forEach((set, i) => {
    add('classSets', classSetIds[i]!, {
      name: set.name,
      grades: set.grades,
      language: set.language,
      academicYearId: yearId,
      homeroomTeacherId: teachers[set.homeroomTeacher]!.staffId,
      status: 'active',
    });
  });

  // --- Pupils and their enrolments ------------------------------------------------------------
  const pupils: Array<{ pupilId: string; person: PersonName }> = [];
  DEMO_CLASS_SETS.forEach((set, i) => {
    const grades = random.shuffle(Array.from({ length: set.pupils }, (_, k) => set.grades[k % set.grades.length]!));
    for (const grade of grades) {
      const pupilId = id('pupil', String(pupils.length + 1));
      const person = drawName(random.next() < 0.5 ? Sex.female : Sex.male);
      const birthDate = `${2020 - grade}-${pad(random.int(1, 12))}-${pad(random.int(1, 28))}`;
      add('pupils', pupilId, { ...person, grade, classSetId: classSetIds[i], birthDate, status: 'active' });
      add('enrolments', id('enrolment', pupilId), { pupilId, classSetId: classSetIds[i], grade, from: YEAR_START });
      pupils.push({ pupilId, person });
    }
  });

  // The two assistant teachers each stay with one combined class (5-6 and 7-8), as the
  // hub-school model has them: keeping attendance and helping beside every lesson there.
  const assistantOfClassSet = new Map([
    [3, assistants[0]!.staffId],
    [4, assistants[1]!.staffId],
  ]);
  for (const slot of slots) {
    const assistantId = assistantOfClassSet.get(slot.classSet);
    add('timetableSlots', id('timetableSlot', String(slot.classSet), String(slot.weekday), String(slot.period)), {
      classSetId: classSetIds[slot.classSet],
      weekday: slot.weekday,
      period: slot.period,
      subjectId: subjectIds.get(slot.subject),
      teacherId: teachers[slot.teacher]!.staffId,
      ...(assistantId ? { assistantId } : {}),
      mode: 'inClass',
      validFrom: YEAR_START,
    });
  }

  // --- Accounts: head, teacher1-9, assistant1-2, pupil01-64, and the district methodologist ----
  account('head', head, [Role.head], { staffId: headId });
  teachers.forEach((t, i) => account(`teacher${i + 1}`, t.person, [Role.teacher], { staffId: t.staffId }));
  assistants.forEach((a, i) => account(`assistant${i + 1}`, a.person, [Role.assistant], { staffId: a.staffId }));
  pupils.forEach((p, i) => account(`pupil${pad(i + 1)}`, p.person, [Role.pupil], { pupilId: p.pupilId }));
  account('methodologist', drawStaff(), [Role.methodologist], { district: DISTRICT });

  return { seed, school, records, accounts };
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** `kitap-482`: a word and three digits, unique within the school. */
function demoPassword(random: SeededRandom, used: Set<string>): string {
  for (;;) {
    const password = `${random.pick(PASSWORD_WORDS)}-${random.int(100, 999)}`;
    if (!used.has(password)) {
      used.add(password);
      return password;
    }
  }
}

function academicYear2026(): Record<string, unknown> {
  return {
    name: '2026-2027',
    startsOn: YEAR_START,
    endsOn: '2027-05-25',
    quarters: [
      { startsOn: '2026-09-01', endsOn: '2026-10-26' },
      { startsOn: '2026-11-03', endsOn: '2026-12-29' },
      { startsOn: '2027-01-08', endsOn: '2027-03-17' },
      { startsOn: '2027-03-30', endsOn: '2027-05-25' },
    ],
    holidays: [
      { name: 'Республика күні', from: '2026-10-25', to: '2026-10-26' },
      { name: 'Тәуелсіздік күні', from: '2026-12-16', to: '2026-12-16' },
      { name: 'Халықаралық әйелдер күні', from: '2027-03-08', to: '2027-03-08' },
      { name: 'Наурыз мейрамы', from: '2027-03-21', to: '2027-03-23' },
      { name: 'Қазақстан халқының бірлігі мерекесі', from: '2027-05-01', to: '2027-05-01' },
      { name: 'Отан қорғаушылар күні', from: '2027-05-07', to: '2027-05-07' },
      { name: 'Жеңіс күні', from: '2027-05-09', to: '2027-05-10' },
    ],
    schoolWeek: SCHOOL_WEEK,
  };
}

interface PlannedSlot {
  classSet: number;
  weekday: number;
  period: number;
  subject: string;
  teacher: number;
}

/**
 * A weekly timetable by greedy placement: day by day, period by period, each class set takes
 * the next of its remaining lessons (in a seeded order) whose teacher is free then, at most
 * twice the same subject a day. A lesson that finds no free period is left out: a demo
 * timetable may have a free period, never a teacher in two rooms.
 */
function buildTimetable(random: SeededRandom, sets: readonly DemoClassSet[]): PlannedSlot[] {
  const remaining = sets.map((set) =>
    random.shuffle(Object.entries(set.weekly).flatMap(([code, hours]) => Array.from({ length: hours }, () => code))),
  );
  const busy = new Set<string>();
  const slots: PlannedSlot[] = [];
  for (const weekday of SCHOOL_WEEK) {
    const today = sets.map(() => new Map<string, number>());
    for (let period = 1; period <= Math.max(...sets.map((s) => s.periods)); period++) {
      sets.forEach((set, c) => {
        if (period > set.periods) return;
        const lessons = remaining[c]!;
        const k = lessons.findIndex((code) => {
          const teacher = teacherIndexFor(set.name, code);
          return !busy.has(`${teacher}:${weekday}:${period}`) && (today[c]!.get(code) ?? 0) < 2;
        });
        if (k < 0) return;
        const subject = lessons.splice(k, 1)[0]!;
        const teacher = teacherIndexFor(set.name, subject);
        busy.add(`${teacher}:${weekday}:${period}`);
        today[c]!.set(subject, (today[c]!.get(subject) ?? 0) + 1);
        slots.push({ classSet: c, weekday, period, subject, teacher });
      });
    }
  }
  return slots;
}

/**
 * The header of a КТЖ spreadsheet as teachers receive it, in Kazakh or Russian (English
 * too): "№ | Бөлім / Ортақ тақырып | Сабақтың тақырыбы | Оқу мақсаттары | Сағат саны |
 * Мерзімі | Ескерту", or "№ | Раздел / Сквозная тема | Тема урока | Цели обучения | Кол-во
 * часов | Сроки". Case, extra spaces and line breaks in a header cell do not matter. The
 * topic column names a topic but not a section ("Бөлім / Ортақ тақырып" is the section).
 */
export interface PlanColumns {
  readonly topic: number;
  readonly section?: number | undefined;
  readonly objectives?: number | undefined;
  readonly hours?: number | undefined;
  readonly date?: number | undefined;
  readonly quarter?: number | undefined;
}

export const foldHeader = (cell: string): string => cell.toLowerCase().replace(/\s+/g, ' ').trim();

const SECTION = /бөлім|раздел|section/;
// "Тақырып" and its possessive "тақырыбы" (Сабақтың тақырыбы).
const TOPIC = /тақыры[пб]|тема|topic/;
const OBJECTIVES = /мақсат|цел[иь]|objective/;
const HOURS = /сағат|час|hours?\b/;
const DATE = /мерзім|күні|дата|срок|date/;
const QUARTER = /тоқсан|четверт|quarter|term/;

/** The header among the first rows: the first naming a topic column; `undefined` if none. */
export function findPlanColumns(rows: readonly (readonly string[])[]): { headerRow: number; columns: PlanColumns } | undefined {
  for (let r = 0; r < Math.min(rows.length, 20); r++) {
    const cells = rows[r]!.map(foldHeader);
    const find = (test: (c: string) => boolean) => {
      const at = cells.findIndex((c) => c !== '' && test(c));
      return at < 0 ? undefined : at;
    };
    const topic = find((c) => TOPIC.test(c) && !SECTION.test(c));
    if (topic === undefined) continue;
    // A header has more than one known column: a title row "Математика пәнінен КТЖ" is not one.
    const others = {
      section: find((c) => SECTION.test(c)),
      objectives: find((c) => OBJECTIVES.test(c)),
      hours: find((c) => HOURS.test(c)),
      date: find((c) => DATE.test(c) && !HOURS.test(c)),
      quarter: find((c) => QUARTER.test(c)),
    };
    if (Object.values(others).every((c) => c === undefined)) continue;
    return { headerRow: r, columns: { topic, ...others } };
  }
  return undefined;
}

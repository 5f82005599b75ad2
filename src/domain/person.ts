/**
 * A person's name for display. Kazakh and Russian school papers write the surname first
 * ("Сейітова Аружан Болатқызы"); compact lists use initials; a pupil's own screen greets by
 * the given name. A patronymic (әкесінің аты / отчество) is often absent.
 */

export const NameOrder = {
  /** Surname Name Patronymic: journals, reports, official lists. */
  official: 'official',
  /** Surname N. P.: narrow columns and signatures. */
  initials: 'initials',
  /** Name Surname: a pupil's own screen, profile pickers on a shared laptop. */
  given: 'given',
  /** Name Patronymic: how pupils address a teacher ("Ержан Болатұлы"). */
  address: 'address',
} as const;
export type NameOrder = (typeof NameOrder)[keyof typeof NameOrder];

export interface PersonName {
  readonly surname: string;
  readonly name: string;
  readonly patronymic?: string | undefined;
}

function initial(part: string): string {
  const first = [...part][0];
  return first === undefined ? '' : `${first.toLocaleUpperCase()}.`;
}

/** The person's name in `order`, skipping empty parts and extra spaces. */
export function fullName(person: PersonName, order: NameOrder = NameOrder.official): string {
  const surname = person.surname.trim();
  const name = person.name.trim();
  const patronymic = person.patronymic?.trim() ?? '';
  let parts: string[];
  switch (order) {
    case NameOrder.official:
      parts = [surname, name, patronymic];
      break;
    case NameOrder.initials:
      parts = [surname, `${initial(name)}${patronymic ? ` ${initial(patronymic)}` : ''}`];
      break;
    case NameOrder.given:
      parts = [name, surname];
      break;
    case NameOrder.address:
      parts = [name, patronymic];
      break;
  }
  return parts.filter((p) => p !== '').join(' ');
}

/** Compare people by surname, then name, then patronymic, as class lists are ordered. */
export function compareByName(a: PersonName, b: PersonName, locale = 'kk'): number {
  return fullName(a).localeCompare(fullName(b), locale);
}

/**
 * Common Kazakh given names and surnames for the demo school, in Kazakh Cyrillic. A
 * surname is listed in its male form (-ов, -ев); the female form adds -а. A patronymic is
 * the father's name with -ұлы (son) or -қызы (daughter), as Kazakh documents write it.
 */
import type { SeededRandom } from '@/domain/seededRandom';

export const MALE_NAMES = [
  'Нұрлан',
  'Серік',
  'Асқар',
  'Ерлан',
  'Бауыржан',
  'Дәурен',
  'Ерболат',
  'Қанат',
  'Мұрат',
  'Руслан',
  'Айбек',
  'Арман',
  'Алмас',
  'Бекзат',
  'Дархан',
  'Ербол',
  'Жандос',
  'Мирас',
  'Нұрсұлтан',
  'Әлихан',
  'Ернұр',
  'Санжар',
  'Темірлан',
  'Ақжол',
  'Бағдат',
  'Бақыт',
  'Ғалым',
  'Данияр',
  'Елдос',
  'Жасұлан',
  'Нұрболат',
  'Олжас',
  'Рахат',
  'Саян',
  'Талғат',
  'Тимур',
  'Ержан',
  'Әділет',
  'Дамир',
  'Қайрат',
] as const;

export const FEMALE_NAMES = [
  'Айгүл',
  'Айжан',
  'Гүлнар',
  'Жанар',
  'Мәдина',
  'Әсел',
  'Дана',
  'Айым',
  'Аружан',
  'Ақерке',
  'Балжан',
  'Гүлмира',
  'Динара',
  'Жансая',
  'Зарина',
  'Индира',
  'Қарлығаш',
  'Күнсұлу',
  'Ләззат',
  'Мөлдір',
  'Назерке',
  'Нұрсұлу',
  'Салтанат',
  'Сәуле',
  'Томирис',
  'Ұлжан',
  'Шолпан',
  'Әйгерім',
  'Айдана',
  'Аяулым',
  'Камила',
  'Малика',
  'Сабина',
  'Әмина',
  'Інжу',
  'Жібек',
  'Меруерт',
  'Перизат',
  'Раушан',
  'Гүлжан',
] as const;

/** Male forms; the female form of each adds -а (Ахметов, Ахметова). */
export const SURNAMES = [
  'Ахметов',
  'Жұмабаев',
  'Сейітқалиев',
  'Омаров',
  'Нұрланов',
  'Серіков',
  'Бекмұхамедов',
  'Тәжібаев',
  'Есенов',
  'Құдайбергенов',
  'Мұқанов',
  'Жақсылықов',
  'Оспанов',
  'Сәрсенов',
  'Әбдірахманов',
  'Қасымов',
  'Байжанов',
  'Төлеуов',
  'Ержанов',
  'Исабеков',
  'Мұсабаев',
  'Қалиев',
  'Әлиев',
  'Сұлтанов',
  'Темірбаев',
  'Жанұзақов',
  'Бектұров',
  'Нұрпейісов',
  'Шәріпов',
  'Дүйсенов',
  'Кенжебаев',
  'Тілеубаев',
  'Әубәкіров',
  'Ысқақов',
  'Сыздықов',
  'Рахымов',
  'Қайратов',
  'Бейсенов',
  'Абдуллаев',
  'Жантасов',
] as const;

export const Sex = { male: 'male', female: 'female' } as const;
export type Sex = (typeof Sex)[keyof typeof Sex];

export interface PersonName {
  surname: string;
  name: string;
  patronymic: string;
}

export function randomPersonName(random: SeededRandom, sex: Sex): PersonName {
  const surname = random.pick(SURNAMES);
  const father = random.pick(MALE_NAMES);
  return sex === Sex.male
    ? { surname, name: random.pick(MALE_NAMES), patronymic: `${father}ұлы` }
    : { surname: `${surname}а`, name: random.pick(FEMALE_NAMES), patronymic: `${father}қызы` };
}

/**
 * Draws names that no one else in the school has (same surname and name), so the demo
 * journal never shows two identical lines.
 */
export function uniqueNameDrawer(random: SeededRandom): (sex: Sex) => PersonName {
  const taken = new Set<string>();
  return (sex) => {
    for (;;) {
      const person = randomPersonName(random, sex);
      const key = `${person.surname} ${person.name}`;
      if (!taken.has(key)) {
        taken.add(key);
        return person;
      }
    }
  };
}

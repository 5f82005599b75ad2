/**
 * A login the head can accept as it is: the person's surname and the first letter of their
 * name in Latin letters ("Сейітова Айгерім" → "seitova.a"), then the whole name, then a
 * number, until it is not taken. Logins are what the server allows: 2-63 of a-z, 0-9, ".",
 * "-", "_", starting with a letter or digit (src/server/accounts/userStore.ts).
 */

/** Kazakh and Russian Cyrillic to the Latin letters a Kazakh keyboard user types without thinking. */
const LATIN: Readonly<Record<string, string>> = {
  а: 'a',
  ә: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  ғ: 'g',
  д: 'd',
  е: 'e',
  ё: 'yo',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'i',
  к: 'k',
  қ: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  ң: 'n',
  о: 'o',
  ө: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ұ: 'u',
  ү: 'u',
  ф: 'f',
  х: 'kh',
  һ: 'h',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  і: 'i',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
};

const MAX_LOGIN = 63;

/** Lower-case Latin letters and digits of `text`, Cyrillic transliterated, anything else dropped. */
export function toLatin(text: string): string {
  let out = '';
  for (const char of text.normalize('NFC').toLowerCase()) {
    const latin = LATIN[char];
    if (latin !== undefined) out += latin;
    else if (/[a-z0-9]/.test(char)) out += char;
  }
  // й and і side by side are one sound to a reader: Сейітова is "seitova", as passports write it.
  return out.replace(/i{2,}/g, 'i');
}

export function suggestLogin(person: { surname: string; name: string }, taken: ReadonlySet<string>): string {
  const surname = toLatin(person.surname) || 'user';
  const name = toLatin(person.name);
  const candidates = [name ? `${surname}.${name[0]}` : surname, name ? `${surname}.${name}` : surname];
  const isFree = (login: string) => isValidLogin(login) && !taken.has(login);
  const free = candidates.map((c) => c.slice(0, MAX_LOGIN)).find(isFree);
  if (free) return free;
  const base = candidates[0]!.slice(0, MAX_LOGIN - 4);
  for (let n = 2; ; n++) if (isFree(`${base}${n}`)) return `${base}${n}`;
}

const LOGIN_PATTERN = /^[a-z0-9][a-z0-9._-]{1,62}$/;

/** Whether the server will take `login` (compared without case). */
export function isValidLogin(login: string): boolean {
  return LOGIN_PATTERN.test(login.trim().toLowerCase());
}

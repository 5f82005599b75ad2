/**
 * Kazakh dates for browsers whose `Intl` has no Kazakh data. Chromium builds trim ICU to
 * their interface languages, and Debian's Chromium, among others, formats a Kazakh date
 * as "2026 M11 23, Mon". Kazakh is the default language, so the app writes the CLDR
 * patterns itself when that happens ("2026 ж. 23 қараша, дүйсенбі"); the unit test checks
 * the output against Node's full ICU.
 */
const MONTHS = ['қаңтар', 'ақпан', 'наурыз', 'сәуір', 'мамыр', 'маусым', 'шілде', 'тамыз', 'қыркүйек', 'қазан', 'қараша', 'желтоқсан'];
const MONTHS_SHORT = ['қаң.', 'ақп.', 'нау.', 'сәу.', 'мам.', 'мау.', 'шіл.', 'там.', 'қыр.', 'қаз.', 'қар.', 'жел.'];
const WEEKDAYS = ['жексенбі', 'дүйсенбі', 'сейсенбі', 'сәрсенбі', 'бейсенбі', 'жұма', 'сенбі'];
const WEEKDAYS_SHORT = ['жс', 'дс', 'сс', 'ср', 'бс', 'жм', 'сб'];
const EN_WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

type Fields = Pick<Intl.DateTimeFormatOptions, 'year' | 'month' | 'day' | 'weekday'>;

const DATE_STYLES: Record<NonNullable<Intl.DateTimeFormatOptions['dateStyle']>, Fields> = {
  full: { year: 'numeric', month: 'long', day: 'numeric', weekday: 'long' },
  long: { year: 'numeric', month: 'long', day: 'numeric' },
  medium: { year: 'numeric', month: 'short', day: '2-digit' },
  short: { year: '2-digit', month: '2-digit', day: '2-digit' },
};

/** Whether this engine's `Intl` knows Kazakh month names (a Latin letter means it fell back). */
export function hasKazakhIntlData(): boolean {
  return !/[A-Za-z]/.test(new Intl.DateTimeFormat('kk', { month: 'long' }).format(new Date(2026, 0, 15)));
}

function calendarParts(value: Date | number, timeZone: string | undefined) {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric', weekday: 'short' }).formatToParts(
    value,
  );
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return { year: Number(part('year')), month: Number(part('month')) - 1, day: Number(part('day')), weekday: EN_WEEKDAYS.indexOf(part('weekday')) };
}

const pad = (n: number) => String(n).padStart(2, '0');

export function formatKazakhDate(value: Date | number, options: Intl.DateTimeFormatOptions = {}): string {
  const { dateStyle, timeStyle, timeZone } = options;
  const fields: Fields = dateStyle ? DATE_STYLES[dateStyle] : options;
  const { year, month, day, weekday } = calendarParts(value, timeZone);
  const hasTime = !!timeStyle || options.hour !== undefined;
  const time = hasTime
    ? new Intl.DateTimeFormat(
        'ru',
        timeStyle ? { timeStyle, timeZone } : { hour: options.hour, minute: options.minute, second: options.second, timeZone },
      ).format(value)
    : '';

  let date: string;
  if (fields.month === 'numeric' || fields.month === '2-digit') {
    const y = fields.year === '2-digit' ? pad(year % 100) : String(year);
    date = [fields.day && pad(day), pad(month + 1), fields.year && y].filter(Boolean).join('.');
  } else {
    const monthName = fields.month === 'long' ? MONTHS[month] : fields.month ? MONTHS_SHORT[month] : '';
    const dayText = fields.day === '2-digit' ? pad(day) : fields.day ? String(day) : '';
    const dayMonth = [dayText, monthName].filter(Boolean).join(' ');
    const standalone = !fields.year && !fields.day && !fields.weekday && monthName ? capitalise(monthName) : dayMonth;
    date = [fields.year && `${fields.year === '2-digit' ? pad(year % 100) : year} ж.`, standalone].filter(Boolean).join(' ');
  }
  const weekdayName = fields.weekday === 'long' ? WEEKDAYS[weekday] : fields.weekday ? WEEKDAYS_SHORT[weekday] : '';
  return [date, weekdayName, time].filter(Boolean).join(', ');
}

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase('kk') + text.slice(1);
}

/** Units the app says "… ago" / "in …" with; Kazakh keeps the noun after a number unchanged. */
export type RelativeUnit = 'second' | 'minute' | 'hour' | 'day';

const RELATIVE_UNITS: Record<RelativeUnit, readonly [past: string, future: string]> = {
  second: ['секунд бұрын', 'секундтан кейін'],
  minute: ['минут бұрын', 'минуттан кейін'],
  hour: ['сағат бұрын', 'сағаттан кейін'],
  day: ['күн бұрын', 'күннен кейін'],
};

/** "5 минут бұрын", "2 сағаттан кейін": CLDR's Kazakh patterns, for an `Intl` without them. */
export function formatKazakhRelative(value: number, unit: RelativeUnit): string {
  const [past, future] = RELATIVE_UNITS[unit];
  return `${Math.abs(value)} ${value < 0 || Object.is(value, -0) ? past : future}`;
}

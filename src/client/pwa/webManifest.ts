/**
 * The web app manifest (vite-plugin-pwa writes it to manifest.webmanifest): names, colours,
 * icons, the shortcuts on the installed app's icon and the screenshots of the install dialog.
 * Kept here, not in vite.config.ts, so a test can check every file it names exists at the size
 * it declares. Screenshots are captured by `npm run screenshots` (tests/tools/).
 */

/** Colours shared by the manifest, index.html's theme-color and the icons. */
export const THEME_COLOR = '#0f5c6e';
export const BACKGROUND_COLOR = '#f6f4ef';

interface ManifestScreenshot {
  /** Under public/. */
  src: string;
  sizes: `${number}x${number}`;
  type: 'image/png';
  form_factor: 'wide' | 'narrow';
  label: string;
  /** Which screen tests/tools/captureManifestScreenshots.ts opens for it. */
  screen: 'register' | 'today';
}

export const MANIFEST_SCREENSHOTS: readonly ManifestScreenshot[] = [
  {
    src: 'screenshots/register-wide.png',
    sizes: '1280x800',
    type: 'image/png',
    form_factor: 'wide',
    label: 'Сабақтағы қатысу журналы',
    screen: 'register',
  },
  { src: 'screenshots/today-narrow.png', sizes: '412x915', type: 'image/png', form_factor: 'narrow', label: 'Бүгінгі сабақтар', screen: 'today' },
];

const ICON_192 = [{ src: '/icons/icon-192.png', sizes: '192x192' }];

export const WEB_MANIFEST = {
  id: '/',
  name: 'Сандық — Sandyq',
  short_name: 'Сандық',
  description: 'Шағын мектептерге арналған, интернетсіз де жұмыс істейтін қолданба. Офлайн-приложение для малокомплектных школ.',
  lang: 'kk',
  dir: 'ltr' as const,
  start_url: '/',
  scope: '/',
  display: 'standalone' as const,
  theme_color: THEME_COLOR,
  background_color: BACKGROUND_COLOR,
  icons: [
    { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
    { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
    { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
  ],
  // Right-click on the installed app's icon: straight to the day's work.
  shortcuts: [
    { name: 'Бүгін', short_name: 'Бүгін', url: '/#/today', icons: ICON_192 },
    { name: 'Қатысу', short_name: 'Қатысу', url: '/#/attendance', icons: ICON_192 },
    { name: 'Есептер', short_name: 'Есептер', url: '/#/reports', icons: ICON_192 },
  ],
  screenshots: MANIFEST_SCREENSHOTS.map(({ screen: _screen, src, ...rest }) => ({ src: `/${src}`, ...rest })),
};

/**
 * Not precached: the screenshots only the install dialog shows, and the PNG icons, which the
 * browser and the OS fetch and keep themselves when the app is installed (online) and no screen
 * shows. A laptop offline never needs them, and over geo-sat each precached file costs its own
 * request on the first visit's way to offline-ready. (favicon.svg, the tab's icon, is precached.)
 */
export const PRECACHE_IGNORES = ['screenshots/**', 'icons/**'];

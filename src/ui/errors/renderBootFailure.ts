/**
 * When the app cannot even load its texts (the first visit cut off before anything was
 * stored, then opened offline), there is no language to speak yet: say it in all three,
 * with plain DOM, and offer a reload. Still never a white screen.
 */
const MESSAGES = [
  ['kk', 'Сандық жүктелмеді. Интернетке қосылып, бетті қайта жүктеңіз.', 'Қайта жүктеу'],
  ['ru', 'Сандык не загрузился. Подключитесь к интернету и перезагрузите страницу.', 'Перезагрузить'],
  ['en', 'Sandyq could not load. Connect to the internet and reload the page.', 'Reload'],
] as const;

export function renderBootFailure(root: HTMLElement): void {
  document.documentElement.dataset.appState = 'error';
  const main = document.createElement('main');
  main.className = 'full-screen-message';
  main.setAttribute('role', 'alert');
  const card = document.createElement('div');
  card.className = 'full-screen-card';
  for (const [lang, message, action] of MESSAGES) {
    const block = document.createElement('div');
    block.lang = lang;
    const text = document.createElement('p');
    text.textContent = message;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'button button-primary';
    button.textContent = action;
    button.addEventListener('click', () => window.location.reload());
    block.append(text, button);
    card.append(block);
  }
  main.append(card);
  root.replaceChildren(main);
}

import { describe, expect, it, vi } from 'vitest';
import { promptInstall, watchInstallPrompt } from '@/client/pwa/installPrompt';
import { usePwaStore } from '@/client/stores/pwaStore';

function offerEvent(outcome: 'accepted' | 'dismissed') {
  const event = new Event('beforeinstallprompt', { cancelable: true }) as Event & {
    prompt: () => Promise<void>;
    userChoice: Promise<{ outcome: string }>;
  };
  event.prompt = vi.fn(async () => undefined);
  event.userChoice = Promise.resolve({ outcome });
  return event;
}

describe('the install offer', () => {
  it('is kept when the browser makes it, shown once, and used by the button', async () => {
    const target = new EventTarget();
    watchInstallPrompt(target as unknown as Window);
    const event = offerEvent('accepted');
    target.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(true);
    expect(usePwaStore.getState().canInstall).toBe(true);
    expect(await promptInstall()).toBe(true);
    expect(event.prompt).toHaveBeenCalledTimes(1);
    expect(usePwaStore.getState().canInstall).toBe(false);
    expect(await promptInstall()).toBe(false);
  });

  it('is withdrawn once the app is installed some other way', () => {
    const target = new EventTarget();
    watchInstallPrompt(target as unknown as Window);
    target.dispatchEvent(offerEvent('dismissed'));
    target.dispatchEvent(new Event('appinstalled'));
    expect(usePwaStore.getState().canInstall).toBe(false);
  });
});

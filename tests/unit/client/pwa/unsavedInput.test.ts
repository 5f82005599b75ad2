import { describe, expect, it } from 'vitest';
import { flushUnsavedInput, holdUnsavedInput, whenNoUnsavedInput } from '@/client/pwa/unsavedInput';
import { useUiStore } from '@/client/stores/uiStore';

describe('unsaved input holds an update', () => {
  it('lets an update through at once when no form holds typing', async () => {
    await expect(whenNoUnsavedInput()).resolves.toBeUndefined();
  });

  it('waits until every form has released its typing, and counts them for the banner', async () => {
    const releaseA = holdUnsavedInput();
    const releaseB = holdUnsavedInput();
    expect(useUiStore.getState().unsavedInputCount).toBe(2);
    let isDone = false;
    const done = whenNoUnsavedInput().then(() => {
      isDone = true;
    });
    releaseA();
    await Promise.resolve();
    expect(isDone).toBe(false);
    releaseB();
    await done;
    expect(isDone).toBe(true);
    expect(useUiStore.getState().unsavedInputCount).toBe(0);
  });

  it('asks forms that can save now to do so; a failed save keeps its hold', async () => {
    let release: () => void = () => undefined;
    release = holdUnsavedInput(async () => release());
    const releaseFailing = holdUnsavedInput(() => Promise.reject(new Error('disk full')));
    await flushUnsavedInput();
    expect(useUiStore.getState().unsavedInputCount).toBe(1);
    releaseFailing();
    expect(useUiStore.getState().unsavedInputCount).toBe(0);
  });
});

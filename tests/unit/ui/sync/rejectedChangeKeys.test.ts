import { describe, expect, it } from 'vitest';
import { rejectionIssue, REJECTION_REASON_KEYS } from '@/ui/sync/rejectedChangeKeys';
import { RejectionReason } from '@/sync/protocol';
import kk from '../../../../locales/kk/sync.json';
import ru from '../../../../locales/ru/sync.json';
import en from '../../../../locales/en/sync.json';

describe('words for a refused change (V4)', () => {
  it('an issue reads as its field path and a validation key', () => {
    expect(rejectionIssue('title:validation.unsafeTextMessage')).toEqual({ path: 'title', key: 'validation.unsafeTextMessage' });
    expect(rejectionIssue('stages.2.minutes:validation.outOfRangeMessage')).toEqual({
      path: 'stages.2.minutes',
      key: 'validation.outOfRangeMessage',
    });
  });

  it('a code this app does not know reads as "not valid", never as the raw code', () => {
    expect(rejectionIssue('title:validation.fromTheFutureMessage').key).toBe('validation.invalidMessage');
    expect(rejectionIssue('Too small: expected string to have >=1 characters').key).toBe('validation.invalidMessage');
  });

  it('every rejection reason has words in kk, ru and en', () => {
    for (const reason of Object.values(RejectionReason)) {
      const key = REJECTION_REASON_KEYS[reason].slice('sync:'.length);
      for (const locale of [kk, ru, en] as Array<Record<string, string>>) expect(locale[key], `${reason}`).toBeTruthy();
    }
  });
});

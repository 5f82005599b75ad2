/** The monitor never measures while a video or audio of the page plays, and says why a measurement did not run. */
import { describe, expect, it } from 'vitest';
import { isMediaPlaying, MeasureSkip, MeasureSkipped } from '@/client/connectivity/linkMonitor';
import { LinkMeasureError, LinkMeasureFailure } from '@/client/connectivity/measureLink';
import { measureProblemKey } from '@/ui/screens/connectivity/measureProblem';

const pageWith = (media: Array<{ paused: boolean; ended: boolean }>) => ({ querySelectorAll: () => media }) as unknown as Document;

describe('the link monitor', () => {
  it('sees a playing video or audio, and not a paused or ended one', () => {
    expect(isMediaPlaying(pageWith([]))).toBe(false);
    expect(
      isMediaPlaying(
        pageWith([
          { paused: true, ended: false },
          { paused: false, ended: true },
        ]),
      ),
    ).toBe(false);
    expect(
      isMediaPlaying(
        pageWith([
          { paused: true, ended: false },
          { paused: false, ended: false },
        ]),
      ),
    ).toBe(true);
    expect(isMediaPlaying(undefined)).toBe(false);
  });

  it('names why a measurement did not run, in words the screen has', () => {
    expect(measureProblemKey(new MeasureSkipped(MeasureSkip.syncing))).toBe('syncingMessage');
    expect(measureProblemKey(new MeasureSkipped(MeasureSkip.mediaPlaying))).toBe('mediaPlayingMessage');
    expect(measureProblemKey(new LinkMeasureError(LinkMeasureFailure.tooSoon, ''))).toBe('tooSoonMessage');
    expect(measureProblemKey(new LinkMeasureError(LinkMeasureFailure.offline, ''))).toBe('offlineMessage');
    expect(measureProblemKey(new Error('?'))).toBe('serverProblemMessage');
  });
});

/** Why "Measure now" did not measure, as a key of the `connectivity` namespace. */
import { LinkMeasureError, LinkMeasureFailure } from '@/client/connectivity/measureLink';
import { MeasureSkip, MeasureSkipped } from '@/client/connectivity/linkMonitor';

export type MeasureProblemKey =
  'syncingMessage' | 'mediaPlayingMessage' | 'offlineMessage' | 'notAllowedMessage' | 'signedOutMessage' | 'tooSoonMessage' | 'serverProblemMessage';

export function measureProblemKey(error: unknown): MeasureProblemKey {
  if (error instanceof MeasureSkipped) {
    switch (error.reason) {
      case MeasureSkip.syncing:
        return 'syncingMessage';
      case MeasureSkip.mediaPlaying:
        return 'mediaPlayingMessage';
      case MeasureSkip.offline:
        return 'offlineMessage';
      case MeasureSkip.notAllowed:
        return 'notAllowedMessage';
    }
  }
  if (error instanceof LinkMeasureError) {
    switch (error.failure) {
      case LinkMeasureFailure.offline:
        return 'offlineMessage';
      case LinkMeasureFailure.signedOut:
        return 'signedOutMessage';
      case LinkMeasureFailure.tooSoon:
        return 'tooSoonMessage';
      case LinkMeasureFailure.server:
        return 'serverProblemMessage';
    }
  }
  return 'serverProblemMessage';
}

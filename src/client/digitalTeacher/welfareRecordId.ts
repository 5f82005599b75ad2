/**
 * A pupil's programme record has an id derived from the pupil, so the head and a teacher
 * recording the same pupil offline on two laptops write one row whose fields merge.
 *
 * WARNING: stored rows carry this id; changing its parts orphans them.
 */
import { derivedId } from '@/domain/ids';

export function welfareRecordIdOf(pupilId: string): string {
  return derivedId('welfareRecord', pupilId);
}

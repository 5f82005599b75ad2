/** The connectivity screen's live read and its one action, for the signed-in person. */
import { useCallback } from 'react';
import { MeasurementTrigger } from '@/domain/entities/linkMeasurement';
import { mayWrite } from '@/sync/tableRules';
import { useLiveRead } from '../workspace/useLiveRead';
import { useWorkspace } from '../workspace/useWorkspace';
import { measureAndRecord } from './linkMonitor';
import { readLinkHistory } from './readLinkMeasurements';

export function useLinkHistory() {
  const { user } = useWorkspace();
  return useLiveRead((db) => readLinkHistory(db, user.schoolId), [user.schoolId]);
}

/** "Measure now": undefined when the person may not measure. */
export function useMeasureNow(): (() => Promise<unknown>) | undefined {
  const { user } = useWorkspace();
  const measure = useCallback(() => measureAndRecord(user, MeasurementTrigger.manual), [user]);
  return mayWrite(user.roles, 'linkMeasurements') ? measure : undefined;
}

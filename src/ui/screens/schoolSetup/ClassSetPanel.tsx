/**
 * One class set managed by the head, under the School table: its grades and language, its
 * pupils (move, left school), pupils brought in from other sets, and archiving.
 */
import { useEffect, useId, useRef } from 'react';
import type { ClassSetRow, PupilRow } from '@/client/setup/setupRows';
import { useTranslation } from '@/client/i18n/useTranslation';
import { ArchiveClassSet } from './ArchiveClassSet';
import { AssignPupilForm } from './AssignPupilForm';
import { ClassSetEditForm } from './ClassSetEditForm';
import { ClassSetPupils } from './ClassSetPupils';

export function ClassSetPanel({
  classSet,
  pupils,
  classSets,
  onClose,
}: {
  classSet: ClassSetRow;
  pupils: readonly PupilRow[];
  classSets: readonly ClassSetRow[];
  onClose: () => void;
}) {
  const { t } = useTranslation('schoolSetup');
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [classSet.id]);
  return (
    <section className="panel class-set-panel" aria-labelledby={headingId}>
      <div className="panel-heading">
        <h2 id={headingId} ref={heading} tabIndex={-1}>
          {t('classSetPanelTitle', { name: classSet.name })}
        </h2>
        <button type="button" className="button button-quiet" onClick={onClose}>
          {t('closePanelAction')}
        </button>
      </div>
      <ClassSetEditForm key={classSet.id} classSet={classSet} />
      <ClassSetPupils classSet={classSet} pupils={pupils} classSets={classSets} />
      <AssignPupilForm key={`assign-${classSet.id}`} classSet={classSet} pupils={pupils} classSets={classSets} />
      <ArchiveClassSet key={`archive-${classSet.id}`} classSet={classSet} />
    </section>
  );
}

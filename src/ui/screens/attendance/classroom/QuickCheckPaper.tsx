/**
 * One pupil's quick check on the class laptop: every item on one page, large targets, each
 * answer stored as that pupil's the moment it is given; "Done" hands it in and returns to
 * the tiles for the next pupil.
 */
import { useRef } from 'react';
import { useTranslation } from '@/client/i18n/useTranslation';
import { useAttemptCommands } from '@/client/selfStudy/attemptCommands';
import { useAttemptPaper } from '@/client/selfStudy/useSelfStudy';
import { useSaveAction } from '@/client/workspace/useSaveAction';
import { WriteProblems } from '@/ui/components/form/WriteProblems';
import { ItemView } from '@/ui/components/items/ItemView';

export function QuickCheckPaper({ attemptId, pupilName, onDone }: { attemptId: string; pupilName: string; onDone: () => void }) {
  const { t } = useTranslation(['attendance']);
  const paper = useAttemptPaper(attemptId);
  const commands = useAttemptCommands();
  const save = useSaveAction();
  const openedAt = useRef(Date.now());
  if (!paper) return null;
  return (
    <div className="quick-check" aria-label={t('quickCheckOfLabel', { name: pupilName })} role="region">
      <h4>{t('quickCheckOfLabel', { name: pupilName })}</h4>
      {paper.items.map((item, i) => (
        <div key={item.id} className="quick-check-item">
          <ItemView
            item={item}
            number={i + 1}
            value={paper.draft.responses[item.id]}
            onChange={(response) => void save.run(() => commands.answerItem(attemptId, item.id, response, Date.now() - openedAt.current))}
          />
        </div>
      ))}
      <WriteProblems error={save.error} />
      <div className="form-actions">
        <button
          type="button"
          className="button button-primary"
          onClick={() =>
            void save.run(async () => {
              await commands.submitAttempt(attemptId);
              onDone();
            })
          }
        >
          {t('quickCheckDoneAction', { name: pupilName })}
        </button>
      </div>
    </div>
  );
}

/**
 * Step 4, prepare and check the materials: the files the lesson's stages use, kept on this
 * laptop with one action (the total size said first), so the lesson runs with no internet;
 * each opens or plays here. Links to the national platforms are listed: they need the link.
 */
import { useTranslation } from '@/client/i18n/useTranslation';
import type { LessonPlanEditorData } from '@/client/lessons/readLessonPlanEditor';
import { selectUser, useSessionStore } from '@/client/stores/sessionStore';
import { isOfflineCapable } from '@/domain/entities/resource';
import { KeepOffline } from '@/ui/components/files/KeepOffline';
import { ResourceFilePanel } from '@/ui/components/files/ResourceFilePanel';

export function PlanMaterials({ data }: { data: LessonPlanEditorData }) {
  const { t } = useTranslation(['lessons']);
  const user = useSessionStore(selectUser);
  const used = [...new Set(data.plan.stages.flatMap((s) => s.resourceIds))].map((id) => data.resources.get(id)).filter((r) => r !== undefined);
  if (!user) return null;
  const files = used.filter(isOfflineCapable);
  const links = used.filter((r) => !isOfflineCapable(r) && r.url);
  return (
    <section className="panel" aria-labelledby="plan-materials-heading">
      <h2 id="plan-materials-heading">{t('materialsTitle')}</h2>
      {used.length === 0 && <p className="hint">{t('noMaterialsMessage')}</p>}
      {files.length > 0 && (
        <>
          <KeepOffline files={files.map((r) => r.file!)} userId={user.id} what={t('lessonFilesLabel')} />
          <ul className="plan-materials">
            {files.map((r) => (
              <li key={r.id}>
                <strong>{r.title}</strong>
                <ResourceFilePanel resource={r} userId={user.id} />
              </li>
            ))}
          </ul>
        </>
      )}
      {links.length > 0 && (
        <>
          <p className="hint">{t('linksNeedInternetMessage')}</p>
          <ul>
            {links.map((r) => (
              <li key={r.id}>
                <a href={r.url} target="_blank" rel="noopener noreferrer">
                  {r.title}
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

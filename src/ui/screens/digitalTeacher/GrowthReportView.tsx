/**
 * The growth report (seed 003): each pupil's growth from the starting checkpoint in their
 * group's subject (also as a chart, loaded on use), each group's and each subject's mean
 * growth, in percentage points; the
 * pupils' table downloads as CSV and XLSX. It names pupils, so it stays with the school's
 * staff; the district sees aggregates only.
 */
import { useGrowthReport, type GrowthReport } from '@/client/digitalTeacher/useDigitalTeacher';
import { currentLanguage } from '@/client/i18n/i18n';
import { useTranslation } from '@/client/i18n/useTranslation';
import { useSignedInUser } from '@/client/workspace/sessionContext';
import { fullName } from '@/domain/person';
import { TableExport } from '@/ui/components/TableExport';
import { TableFrame } from '@/ui/components/TableFrame';
import { subjectName } from '@/ui/screens/attendance/attendanceText';
import { GrowthChartPanel } from './GrowthChartPanel';
import { GrowthSummaryTable } from './GrowthSummaryTable';
import { CHECKPOINT_KEYS, signedPoints } from './programmeText';

export function GrowthReportView() {
  const { t } = useTranslation(['digitalTeacher', 'common']);
  const user = useSignedInUser();
  const report = useGrowthReport(user.schoolId);
  if (report === undefined) return <p className="screen-loading">{t('common:loadingMessage')}</p>;
  return <Growth report={report} />;
}

function Growth({ report }: { report: GrowthReport }) {
  const { t } = useTranslation(['digitalTeacher', 'common']);
  const language = currentLanguage();
  const subject = (id: string | undefined) => {
    const s = id ? report.subjects.get(id) : undefined;
    return s ? subjectName(s.names, language) : '';
  };
  const percent = (p: number | undefined) => (p === undefined ? '' : `${p.toLocaleString(language, { maximumFractionDigits: 1 })} %`);
  const points = (p: number | undefined) => (p === undefined ? t('noGrowthYetLabel') : signedPoints(p, language));
  const exportRows = () => [
    [
      t('groupColumnLabel'),
      t('pupilColumnLabel'),
      t('subjectColumnLabel'),
      t('startColumnLabel'),
      t('latestColumnLabel'),
      t('latestKindColumnLabel'),
      t('growthColumnLabel'),
    ],
    ...report.pupils.map((r) => [
      r.group.name,
      fullName(r.pupil),
      subject(r.subjectId),
      r.startPercent ?? null,
      r.latestPercent ?? null,
      r.latestKind ? t(CHECKPOINT_KEYS[r.latestKind]) : null,
      r.growth ?? null,
    ]),
  ];
  return (
    <>
      <h2>{t('growthTitle')}</h2>
      <p>{t('growthHintMessage')}</p>
      {report.pupils.length === 0 ? (
        <p>{t('noGroupsMessage')}</p>
      ) : (
        <>
          <GrowthChartPanel report={report} />
          <TableFrame label={t('pupilGrowthTitle')}>
            <table className="data-table growth-table">
              <caption>{t('pupilGrowthTitle')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('groupColumnLabel')}</th>
                  <th scope="col">{t('pupilColumnLabel')}</th>
                  <th scope="col">{t('subjectColumnLabel')}</th>
                  <th scope="col">{t('startColumnLabel')}</th>
                  <th scope="col">{t('latestColumnLabel')}</th>
                  <th scope="col">{t('growthColumnLabel')}</th>
                </tr>
              </thead>
              <tbody>
                {report.pupils.map((r) => (
                  <tr key={`${r.group.id}:${r.pupil.id}`}>
                    <td>{r.group.name}</td>
                    <th scope="row">{fullName(r.pupil)}</th>
                    <td>{subject(r.subjectId)}</td>
                    <td>{percent(r.startPercent)}</td>
                    <td>
                      {percent(r.latestPercent)} {r.latestKind && <small>({t(CHECKPOINT_KEYS[r.latestKind])})</small>}
                    </td>
                    <td>{points(r.growth)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableFrame>
          <TableExport fileName={t('growthFileLabel')} rows={exportRows} />
          <GrowthSummaryTable
            title={t('groupGrowthTitle')}
            columns={[t('groupColumnLabel'), t('subjectColumnLabel')]}
            rows={report.groups.map((g) => ({ key: g.group.id, heading: g.group.name, cells: [subject(g.group.subjectId)], summary: g }))}
          />
          <GrowthSummaryTable
            title={t('subjectGrowthTitle')}
            columns={[t('subjectColumnLabel')]}
            rows={report.bySubject.map((s) => ({ key: s.subject.id, heading: subjectName(s.subject.names, language), cells: [], summary: s }))}
          />
        </>
      )}
    </>
  );
}

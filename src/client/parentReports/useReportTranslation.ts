/**
 * The parent report is printed in the class's language (Kazakh or Russian), whatever
 * language the teacher's interface is in: a fixed-language `t` over the `parentReports`
 * namespace, once that language's file is loaded (from the precached build, so offline
 * too). Loading it does not switch the interface nor add the language to what every later
 * screen loads.
 */
import { useEffect, useState } from 'react';
import type { TFunction } from 'i18next';
import type { InstructionLanguage } from '@/domain/language';
import { i18n } from '../i18n/i18n';
import { Namespace } from '../i18n/namespaces';

/** Keys are written `parentReports:key`, so a component given this `t` names its namespace in each key. */
export type ReportT = TFunction<['parentReports', 'common']>;

const NS = Namespace.parentReports;

/** The report language's `t`; `undefined` until its namespace is loaded. */
export function useReportTranslation(language: InstructionLanguage): ReportT | undefined {
  const [loaded, setLoaded] = useState<ReadonlySet<string>>(() => new Set());
  const ready = loaded.has(language) || i18n.hasResourceBundle(language, NS);
  useEffect(() => {
    if (ready) return;
    let live = true;
    void i18n.reloadResources([language], [NS]).then(() => {
      if (live) setLoaded((known) => new Set([...known, language]));
    });
    return () => {
      live = false;
    };
  }, [language, ready]);
  return ready ? i18n.getFixedT(language, [NS, Namespace.common]) : undefined;
}

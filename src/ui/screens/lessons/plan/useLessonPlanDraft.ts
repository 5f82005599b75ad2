/**
 * The ҚМЖ editor's draft: what the teacher types is saved to this laptop about a second
 * after they pause, on leaving a field, before an app update and when the tab is hidden
 * (closing the lid), field by field, so a refused field (stages over the lesson's minutes)
 * never holds back the others. When the stored plan changes under the form (sync brought a
 * colleague's edit, a conflict was restored), the fields the teacher has not touched take it.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { usePlanningCommands } from '@/client/lessons/planningCommands';
import type { LessonPlanRow } from '@/client/lessons/readLessonPlanEditor';
import { useSaveAction } from '@/client/workspace/useSaveAction';
import { useUnsavedInput } from '@/ui/components/useUnsavedInput';
import { PLAN_FORM_FIELDS, formFieldPatch, planToForm, sameValue, type LessonPlanForm, type PlanFormField } from './lessonPlanForm';

const AUTOSAVE_AFTER_MS = 1_000;

/** The field as it would read back once stored: typing that stores the same counts as saved. */
function asStored(field: PlanFormField, form: LessonPlanForm, plan: LessonPlanRow): unknown {
  const patch = Object.fromEntries(Object.entries(formFieldPatch(field, form, plan)).map(([k, v]) => [k, v ?? undefined]));
  return planToForm({ ...plan, ...patch } as LessonPlanRow)[field];
}

const changedFields = (form: LessonPlanForm, stored: LessonPlanForm, plan: LessonPlanRow): PlanFormField[] =>
  PLAN_FORM_FIELDS.filter((f) => !sameValue(asStored(f, form, plan), stored[f]));

export function useLessonPlanDraft(plan: LessonPlanRow) {
  const planning = usePlanningCommands();
  const save = useSaveAction();
  const stored = useMemo(() => planToForm(plan), [plan]);
  const [draft, setDraft] = useState(stored);
  const base = useRef({ form: stored, plan });
  const latest = useRef({ draft, plan });
  latest.current = { draft, plan };

  useEffect(() => {
    const before = base.current;
    setDraft((typed) => {
      const untouched = PLAN_FORM_FIELDS.filter((f) => sameValue(asStored(f, typed, before.plan), before.form[f]));
      return untouched.reduce((next, f) => ({ ...next, [f]: stored[f] }), typed);
    });
    base.current = { form: stored, plan };
  }, [stored, plan]);

  const dirty = changedFields(draft, stored, plan);
  const isDirty = dirty.length > 0;

  const { run } = save;
  const flush = useCallback(async () => {
    const { draft: typed, plan: current } = latest.current;
    const fields = changedFields(typed, planToForm(current), current);
    if (fields.length === 0) return;
    await run(async () => {
      let refused: unknown;
      for (const field of fields) {
        try {
          await planning.saveLessonPlan(current.id, formFieldPatch(field, typed, current));
        } catch (error) {
          refused ??= error;
        }
      }
      if (refused !== undefined) throw refused;
    });
  }, [planning, run]);

  useEffect(() => {
    if (!isDirty) return;
    const timer = setTimeout(() => void flush(), AUTOSAVE_AFTER_MS);
    return () => clearTimeout(timer);
  }, [draft, isDirty, flush]);

  useEffect(() => {
    const onHide = () => {
      if (document.visibilityState === 'hidden') void flush();
    };
    document.addEventListener('visibilitychange', onHide);
    return () => document.removeEventListener('visibilitychange', onHide);
  }, [flush]);
  // Leaving the plan (back to the lessons, another screen) stores what was typed last.
  const latestFlush = useRef(flush);
  latestFlush.current = flush;
  useEffect(() => () => void latestFlush.current(), []);

  useUnsavedInput(isDirty, flush);

  // The teacher undid what was refused (removed the stage over the lesson's minutes): the refusal is gone.
  const { reset } = save;
  const hasFailed = save.state.status === 'failed';
  useEffect(() => {
    if (!isDirty && hasFailed) reset();
  }, [isDirty, hasFailed, reset]);

  const change = useCallback(<F extends PlanFormField>(field: F, value: LessonPlanForm[F]) => setDraft((d) => ({ ...d, [field]: value })), []);
  return { draft, change, flush, isDirty, save };
}

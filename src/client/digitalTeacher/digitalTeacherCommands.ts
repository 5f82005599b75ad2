/**
 * What head and teachers change in the "Digital teacher" programme, each a write to this
 * laptop that syncs later: a pupil's entry (application, low income, two subjects), a group
 * formed and approved, lagging topics, checkpoints, a group's lesson with attendance, and the lesson's plan.
 */
import { useCommands } from '../workspace/useCommands';
import { approveGroup, saveGroup } from './groupCommands';
import { planGroupLesson } from './groupLessonPlans';
import { recordGroupLesson } from './groupLessons';
import { recordProgrammeEntry } from './programmeEntry';
import { addLaggingTopic, closeLaggingTopic, recordCheckpoint } from './progressCommands';

export const digitalTeacherCommands = {
  recordProgrammeEntry,
  saveGroup,
  approveGroup,
  addLaggingTopic,
  closeLaggingTopic,
  recordCheckpoint,
  recordGroupLesson,
  planGroupLesson,
};

export const useDigitalTeacherCommands = () => useCommands(digitalTeacherCommands);

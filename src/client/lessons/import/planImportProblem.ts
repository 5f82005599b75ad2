/** Why a КТЖ file or one of its rows cannot be imported: codes the preview says in words. */
export const PlanImportProblem = {
  /** The file is neither an .xlsx workbook nor a readable CSV. */
  unreadableFile: 'unreadableFile',
  /** No row names the topic column (Тақырып / Тема). */
  noHeader: 'noHeader',
  /** Nothing to import under the header. */
  noTopics: 'noTopics',
  missingTopic: 'missingTopic',
  /** Hours that are not a number between 0 and 50 ("0,5" is fine). */
  badHours: 'badHours',
  /** No quarter column, heading row or date says which quarter. */
  unknownQuarter: 'unknownQuarter',
  /** A topic of an earlier quarter after a later one. */
  quarterOrder: 'quarterOrder',
  badDate: 'badDate',
  topicTooLong: 'topicTooLong',
} as const;
export type PlanImportProblem = (typeof PlanImportProblem)[keyof typeof PlanImportProblem];

/**
 * The head's grading policy: the weights of the term mark's parts from a date on (the
 * national scales kept), for every subject or some. A policy is data with an effective date,
 * so term marks of quarters ending before it keep the rule they had.
 */
import type { TermWeights } from '@/domain/entities/gradingPolicy';
import { NATIONAL_POLICY_2020 } from '@/domain/grading/nationalPolicy';
import type { Author } from '../db/author';
import type { SandyqDb } from '../db/db';
import { liveRows } from '../db/queries/liveRows';
import { createRecord } from '../db/writeRecord';
import { useCommands } from '../workspace/useCommands';
import { useLiveRead } from '../workspace/useLiveRead';

export interface PolicyInput {
  readonly name: string;
  readonly effectiveFrom: string;
  readonly weights: TermWeights;
  readonly weightsWithoutTermSummative: TermWeights;
  readonly subjectIds?: readonly string[] | undefined;
}

export const policyCommands = {
  addPolicy: (db: SandyqDb, author: Author, input: PolicyInput) =>
    createRecord(db, author, 'gradingPolicies', {
      name: input.name,
      effectiveFrom: input.effectiveFrom,
      weights: input.weights,
      weightsWithoutTermSummative: input.weightsWithoutTermSummative,
      scales: NATIONAL_POLICY_2020.scales,
      ...(input.subjectIds?.length ? { subjectIds: [...input.subjectIds] } : {}),
    }),
};

export const usePolicyCommands = () => useCommands(policyCommands);

/** The school's policies, newest first, after the national one they replace. */
export const useSchoolPolicies = (schoolId: string) =>
  useLiveRead(
    async (db) => (await liveRows(db, 'gradingPolicies').where('schoolId', schoolId)).sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom)),
    [schoolId],
  );

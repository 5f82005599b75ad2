/** Where a request body is wrong, never what it held (it may hold a password). */
export function describeIssues(issues: ReadonlyArray<{ path: PropertyKey[]; code: string }>): string {
  if (issues.length === 0) return 'Invalid body';
  return issues
    .slice(0, 5)
    .map((i) => `${i.path.map(String).join('.') || 'body'}: ${i.code}`)
    .join('; ');
}

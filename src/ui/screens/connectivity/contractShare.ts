/** The measured download as a share of the contracted speed (the region's "under half the contract" question). */
export function contractShare(m: { readonly downMbps: number; readonly contractedMbps?: number | undefined }): number | undefined {
  return m.contractedMbps === undefined ? undefined : m.downMbps / m.contractedMbps;
}

/** Under half the contract: 98 of 125 pilot schools were (seed 000). */
export function isUnderHalf(m: { readonly downMbps: number; readonly contractedMbps?: number | undefined }): boolean {
  const share = contractShare(m);
  return share !== undefined && share < 0.5;
}

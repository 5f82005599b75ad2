/**
 * The cells under `MissedColumnHeaders`, for a pupil, a class set or the school. The
 * `data-figure` names are what tests and the print view read.
 */
export interface MissedFigures {
  absent: number;
  excused: number;
  ill: number;
  missed: number;
  wholeDays: number;
  late: number;
  presentPercent: number | null;
}

export function MissedFigureCells({ figures, percent }: { figures: MissedFigures; percent: (value: number | null) => string }) {
  return (
    <>
      <td className="numeric" data-figure="absent">
        {figures.absent}
      </td>
      <td className="numeric" data-figure="excused">
        {figures.excused}
      </td>
      <td className="numeric" data-figure="ill">
        {figures.ill}
      </td>
      <td className="numeric" data-figure="missed">
        {figures.missed}
      </td>
      <td className="numeric" data-figure="wholeDays">
        {figures.wholeDays}
      </td>
      <td className="numeric" data-figure="late">
        {figures.late}
      </td>
      <td className="numeric" data-figure="present">
        {percent(figures.presentPercent)}
      </td>
    </>
  );
}

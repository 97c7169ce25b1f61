import type { SchoolYearAttendanceResolvers } from '../generated/resolvers-types.ts';

export const SchoolYearAttendance: SchoolYearAttendanceResolvers = {
  id: (row) => String(row.id),
  // Ed Code 60901(c)(1): absent on 10% or more of the days enrolled. Derived, never stored.
  chronicallyAbsent: (row) => row.daysEnrolled > 0 && row.daysAbsent * 10 >= row.daysEnrolled,
};

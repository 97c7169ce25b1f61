import type { Resolvers } from '../generated/resolvers-types.ts';
import { SchoolYearAttendance } from './attendance.ts';
import { EducationRecord } from './record.ts';
import { Youth } from './youth.ts';

export const resolvers: Resolvers = {
  Youth,
  EducationRecord,
  SchoolYearAttendance,
  Enrollment: { id: (r) => String(r.id) },
};

import type { Resolvers } from '../generated/resolvers-types.ts';
import { SchoolYearAttendance } from './attendance.ts';
import { EducationRecord } from './record.ts';
import { EducationTimeline } from './timeline.ts';
import { Youth } from './youth.ts';

export const resolvers: Resolvers = {
  Youth,
  EducationRecord,
  EducationTimeline,
  SchoolYearAttendance,
  Enrollment: { id: (r) => String(r.id) },
};

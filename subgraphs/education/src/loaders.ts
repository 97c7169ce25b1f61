import { rowPerYouth, rowsPerYouth } from '@hub/subgraph-kit';
import { attendanceOf, enrollmentsOf, specialEducationOf, studentsByYouthIds } from './db/queries.ts';

export const studentOf = rowPerYouth('student', async (ctx, ids) =>
  (await studentsByYouthIds(ctx.database, ids)).map((s) => ({ ...s, youthId: s.hubYouthId })),
);
export const enrollments = rowsPerYouth('enrollments', (ctx, ids) => enrollmentsOf(ctx.database, ids));
export const attendance = rowsPerYouth('attendance', (ctx, ids) => attendanceOf(ctx.database, ids));
export const specialEducation = rowPerYouth('specialEducation', (ctx, ids) => specialEducationOf(ctx.database, ids));

import { Faker, en } from '@faker-js/faker';
import type { SyntheticYouth } from './types.ts';

/** The education agency's record of one youth, under its statewide student id (e.g. SSID-100000). */
export interface EducationCase {
  localId: string;
  youthId: string;
  /** The school liaison working with the youth and the MDT; `personId` is a persona id where one exists. */
  liaison: { personId: string; name: string };
  /** Oldest first; at most the last one is open (`exitedOn` null). */
  enrollments: {
    schoolName: string;
    district: string;
    gradeLevel: number;
    enteredOn: string;
    exitedOn: string | null;
    exitReason: string | null;
  }[];
  /** One row per school year the youth was enrolled, oldest first (`schoolYear` e.g. 2026-27). */
  attendance: { schoolYear: string; daysEnrolled: number; daysAbsent: number }[];
  /** Credits toward a high-school diploma; null before high school. */
  credits: { earned: number; required: number; asOf: string } | null;
  /** Special education under IDEA; null when the youth was never referred. */
  specialEducation: {
    status: 'ACTIVE_IEP' | 'ASSESSMENT_PENDING' | 'NOT_ELIGIBLE' | 'EXITED';
    eligibility: string | null;
    iepDate: string | null;
    nextReviewOn: string | null;
    nextReevaluationOn: string | null;
  } | null;
}

// Its own seed, drawn after the rest of the world, so adding education changed no existing value.
const EDUCATION_SEED = 20143;
const DAY = 86_400_000;
// IDEA disability categories (34 CFR 300.8(c)), the common ones weighted as they occur.
const ELIGIBILITY = [
  { weight: 8, value: 'SPECIFIC_LEARNING_DISABILITY' },
  { weight: 4, value: 'OTHER_HEALTH_IMPAIRMENT' },
  { weight: 3, value: 'EMOTIONAL_DISTURBANCE' },
  { weight: 2, value: 'SPEECH_OR_LANGUAGE_IMPAIRMENT' },
  { weight: 1, value: 'AUTISM' },
  { weight: 1, value: 'INTELLECTUAL_DISABILITY' },
];

function day(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The year a California school year starts in (it runs July 1 to June 30, Ed Code 37200). */
function schoolYearStart(date: Date): number {
  return date.getUTCMonth() >= 6 ? date.getUTCFullYear() : date.getUTCFullYear() - 1;
}

/** Grade level on a date: age on September 1 of that school year minus five, less any retention. */
function gradeOn(dateOfBirth: string, date: Date, retained: number): number {
  const start = schoolYearStart(date);
  const [y, m, d] = dateOfBirth.split('-').map(Number) as [number, number, number];
  const age = start - y - (m > 9 || (m === 9 && d > 1) ? 1 : 0);
  return Math.min(12, age - 5 - retained);
}

/** Weekdays in [from, to), without a day-by-day loop (the world scales to 100,000 youths). */
function weekdays(from: Date, to: Date): number {
  const days = Math.max(0, Math.floor((to.getTime() - from.getTime()) / DAY));
  let count = Math.floor(days / 7) * 5;
  for (let k = 0, dow = from.getUTCDay(); k < days % 7; k++, dow = (dow + 1) % 7) if (dow % 6 !== 0) count++;
  return count;
}

/**
 * Education records for the youths the education agency serves, loosely following what studies
 * of foster youth and CSEC youth find: frequent school changes that follow placement changes,
 * chronic absence for many, credits behind, special education at two to three times the usual
 * rate. Youths 0 and 1 (the demo's) have every part.
 */
export function generateEducation(youths: readonly SyntheticYouth[], today: Date): EducationCase[] {
  const f = new Faker({ locale: [en] });
  f.seed(EDUCATION_SEED);
  f.setDefaultRefDate(today);
  const cases: EducationCase[] = [];
  youths.forEach((youth, i) => {
    const localId = youth.localIds.EDUCATION;
    if (localId) cases.push(educationCase(f, youth, localId, i < 2, today));
  });
  return cases;
}

function educationCase(f: Faker, youth: SyntheticYouth, localId: string, fixed: boolean, today: Date): EducationCase {
  const retained = !fixed && f.number.float() < 0.2 ? 1 : 0;
  const grade = (date: Date) => gradeOn(youth.dateOfBirth, date, retained);
  const enrollments = enrollmentHistory(f, youth, fixed, today, grade);
  const current = grade(today);
  const liaison =
    fixed || f.number.float() < 0.5
      ? { personId: 'school-park', name: 'Min Park' }
      : { personId: `school-${f.string.alphanumeric(6)}`, name: `${f.person.firstName()} ${f.person.lastName()}` };
  return {
    localId,
    youthId: youth.id,
    liaison,
    enrollments,
    attendance: attendance(f, enrollments, fixed, today),
    credits: current >= 9 || fixed ? credits(f, current, enrollments.length, fixed) : null,
    specialEducation: fixed || f.number.float() < 0.35 ? specialEducation(f, fixed, today) : null,
  };
}

function enrollmentHistory(
  f: Faker,
  youth: SyntheticYouth,
  fixed: boolean,
  today: Date,
  grade: (date: Date) => number,
): EducationCase['enrollments'] {
  const count = fixed ? 3 : f.number.int({ min: 1, max: 4 });
  const first = f.date.past({ years: 3 });
  const exits = Array.from({ length: count - 1 }, () => f.date.between({ from: first, to: today })).sort(
    (a, b) => a.getTime() - b.getTime(),
  );
  // Only a youth on probation is ever in a juvenile court school, and never twice in a row.
  let inCourtSchool = false;
  const courtSchool = (k: number) =>
    (inCourtSchool = k > 0 && !inCourtSchool && Boolean(youth.localIds.PROBATION) && f.number.float() < 0.25);
  const stoppedAttending = !fixed && f.number.float() < 0.12;
  // A few days out of school between two enrolments; never past the next exit or today.
  const entries = [
    first,
    ...exits.map((exit, k) => {
      const limit = Math.min(exits[k + 1]?.getTime() ?? today.getTime(), today.getTime());
      return new Date(Math.min(exit.getTime() + f.number.int({ max: 7 }) * DAY, limit));
    }),
  ];
  const last = entries[count - 1]!;
  const ends = [...exits, stoppedAttending ? f.date.between({ from: last, to: today }) : null];
  const schools = entries.map((entered, k) => {
    // The grade the youth is in at the enrolment's end (now, for the open one).
    const level = grade(ends[k] ?? today);
    const city = f.location.city();
    const court = courtSchool(k);
    return {
      // A court school would tell anyone who may read EDUCATION that the youth was detained
      // (DELINQUENCY): education records name it like any other school.
      schoolName: `${city} ${level >= 9 ? 'High' : level >= 6 ? 'Middle' : 'Elementary'} School`,
      district: `${city} Unified School District`,
      gradeLevel: level,
      enteredOn: day(entered),
      court,
    };
  });
  return schools.map(({ court: _court, ...school }, k) => {
    const next = schools[k + 1];
    const exited = ends[k];
    return {
      ...school,
      exitedOn: exited ? day(exited) : null,
      exitReason: !exited
        ? null
        : k === count - 1
          ? 'Stopped attending'
          : next?.court || schools[k]!.court
            ? 'Transferred'
            : // Drawn as before so the rest of the world stays the same; the reason itself (a
              // placement change, detention) belongs to other categories, so it is not recorded.
              f.helpers.weightedArrayElement([
                { weight: 3, value: 'Transferred' },
                { weight: 1, value: 'Transferred' },
              ]),
    };
  });
}

function attendance(
  f: Faker,
  enrollments: EducationCase['enrollments'],
  fixed: boolean,
  today: Date,
): EducationCase['attendance'] {
  const rows: EducationCase['attendance'] = [];
  const thisYear = schoolYearStart(today);
  for (let year = schoolYearStart(new Date(enrollments[0]!.enteredOn)); year <= thisYear; year++) {
    // Mid-August to early June is about 210 weekdays; breaks and holidays leave 180 of instruction.
    const from = Date.UTC(year, 7, 15);
    const to = Math.min(Date.UTC(year + 1, 5, 6), today.getTime());
    const weekdaysEnrolled = enrollments.reduce((sum, e) => {
      const start = Math.max(from, new Date(e.enteredOn).getTime());
      const end = Math.min(to, e.exitedOn ? new Date(e.exitedOn).getTime() : to);
      return end > start ? sum + weekdays(new Date(start), new Date(end)) : sum;
    }, 0);
    const daysEnrolled = Math.round((weekdaysEnrolled * 180) / 210);
    if (!daysEnrolled) continue;
    // The demo youths are chronically absent this year; others, close to half of the years.
    const chronic = (fixed && year === thisYear) || f.number.float() < 0.45;
    const rate = chronic ? f.number.float({ min: 0.1, max: 0.4 }) : f.number.float({ min: 0, max: 0.09 });
    rows.push({
      schoolYear: `${year}-${String((year + 1) % 100).padStart(2, '0')}`,
      daysEnrolled,
      daysAbsent: Math.round(daysEnrolled * rate),
    });
  }
  return rows;
}

function credits(f: Faker, grade: number, schoolChanges: number, fixed: boolean): EducationCase['credits'] {
  // Ed Code 51225.1: a foster, homeless or court-school youth who changes schools after the second
  // year of high school may graduate on the state's 130 credits instead of the district's 220.
  const required = !fixed && grade >= 11 && schoolChanges > 1 && f.number.float() < 0.4 ? 130 : 220;
  // Credits an on-track student holds by November of this grade; partial credits come in halves.
  const expected = (required * (grade - 9 + 0.25)) / 4;
  const share = fixed ? 0.8 : f.number.float({ min: 0.35, max: 1.05 });
  // A demo youth still in grade 8 has one high-school course taken early.
  const earned = grade >= 9 ? Math.round(expected * share * 2) / 2 : 10;
  return { earned, required, asOf: day(f.date.recent({ days: 60 })) };
}

function specialEducation(f: Faker, fixed: boolean, today: Date): EducationCase['specialEducation'] {
  const status = fixed
    ? 'ACTIVE_IEP'
    : f.helpers.weightedArrayElement([
        { weight: 6, value: 'ACTIVE_IEP' as const },
        { weight: 2, value: 'ASSESSMENT_PENDING' as const },
        { weight: 1, value: 'NOT_ELIGIBLE' as const },
        { weight: 1, value: 'EXITED' as const },
      ]);
  const none = { eligibility: null, iepDate: null, nextReviewOn: null, nextReevaluationOn: null };
  if (status === 'NOT_ELIGIBLE') return { status, ...none };
  if (status === 'ASSESSMENT_PENDING') {
    // The initial IEP meeting is due within 60 days of consent to the assessment plan (Ed Code 56043).
    const consented = f.date.recent({ days: 50 });
    return { status, ...none, nextReviewOn: day(new Date(consented.getTime() + 60 * DAY)) };
  }
  const eligibility = f.helpers.weightedArrayElement(ELIGIBILITY);
  // Some annual reviews are overdue: school moves interrupt them (34 CFR 300.324(b)(1)(i)).
  const iep = f.date.recent({ days: fixed ? 200 : 430 });
  if (status === 'EXITED') return { status, ...none, eligibility, iepDate: day(iep) };
  const eligibleOn = f.date.past({ years: 6, refDate: iep });
  const reevaluation = new Date(eligibleOn);
  while (reevaluation <= today) reevaluation.setUTCFullYear(reevaluation.getUTCFullYear() + 3);
  return {
    status,
    eligibility,
    iepDate: day(iep),
    nextReviewOn: day(new Date(iep.getTime() + 365 * DAY)),
    nextReevaluationOn: day(reevaluation),
  };
}

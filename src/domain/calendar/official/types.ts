/** [month, day, name] of one day in the schedule's year. */
export type ScheduleDay = readonly [month: number, day: number, name: string];

/** One year's official days off (one file per year under `official/`). */
export interface OfficialSchedule {
  readonly year: number;
  readonly source: string;
  readonly daysOff: readonly ScheduleDay[];
  readonly makeUpWorkdays: readonly ScheduleDay[];
}

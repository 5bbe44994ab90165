import { describe, expect, it } from 'vitest';
import { instantToWallClock, wallClockToInstant } from './wall-clock';

describe('wall-clock times in a time zone', () => {
  it.each([
    ['2026-11-23T14:00', 'Europe/Paris', '2026-11-23T13:00:00.000Z'],
    ['2026-07-01T14:00', 'Europe/Paris', '2026-07-01T12:00:00.000Z'],
    ['2026-11-23T14:00', 'UTC', '2026-11-23T14:00:00.000Z'],
    ['2026-11-23T09:30', 'America/New_York', '2026-11-23T14:30:00.000Z'],
    ['2026-11-23T00:00', 'Asia/Kolkata', '2026-11-22T18:30:00.000Z'],
    // Skipped when Paris springs forward: read with winter time, so 03:30 summer time.
    ['2026-03-29T02:30', 'Europe/Paris', '2026-03-29T01:30:00.000Z'],
  ])('%s in %s is %s', (wallClock, timeZone, iso) => {
    expect(wallClockToInstant(wallClock, timeZone)?.toISOString()).toBe(iso);
  });

  it.each(['', '2026-11-23', '2026-02-30T10:00', '2026-11-23T25:00', '2026-11-23T10:60', 'soon'])('refuses %j', (text) => {
    expect(wallClockToInstant(text, 'Europe/Paris')).toBeNull();
  });

  it.each([
    ['2026-11-23T13:00:00Z', 'Europe/Paris', '2026-11-23T14:00'],
    ['2026-11-23T23:30:00Z', 'Europe/Paris', '2026-11-24T00:30'],
    ['2026-11-23T13:00:59.999Z', 'UTC', '2026-11-23T13:00'],
    ['2026-11-23T14:30:00Z', 'America/New_York', '2026-11-23T09:30'],
  ])('%s shows as %s in %s', (iso, timeZone, wallClock) => {
    expect(instantToWallClock(new Date(iso), timeZone)).toBe(wallClock);
  });

  it('reads back what it writes, across a year of hours', () => {
    for (let hour = 0; hour < 365 * 24; hour += 7) {
      const instant = new Date(Date.UTC(2026, 0, 1) + hour * 3_600_000);
      for (const zone of ['Europe/Paris', 'Europe/Zurich', 'America/Los_Angeles']) {
        const back = wallClockToInstant(instantToWallClock(instant, zone), zone)!;
        // The hour Paris repeats in autumn reads as its second occurrence; every other hour exactly.
        expect([0, 3_600_000]).toContain(back.getTime() - instant.getTime());
        if (back.getTime() !== instant.getTime()) expect(instantToWallClock(back, zone)).toBe(instantToWallClock(instant, zone));
      }
    }
  });
});

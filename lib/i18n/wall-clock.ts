// A wall-clock time ("2026-11-23T14:00", what a datetime-local input or a day filter holds) read in
// a named time zone, and back. The browser would read it in its own zone; the pages show times in
// the reader's zone from next-intl, so both sides must use that one.

const WALL_CLOCK = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::\d{2})?$/;

const formatters = new Map<string, Intl.DateTimeFormat>();

function partsIn(instant: Date, timeZone: string): Record<string, number> {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' });
    formatters.set(timeZone, format);
  }
  return Object.fromEntries(format.formatToParts(instant).filter((part) => part.type !== 'literal').map((part) => [part.type, Number(part.value)]));
}

/** How far the zone's clocks are ahead of UTC at that instant, in ms (Paris in winter: 3 600 000). */
function offsetAt(instant: Date, timeZone: string): number {
  const p = partsIn(instant, timeZone);
  return Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!, p.second!) - (instant.getTime() - instant.getMilliseconds());
}

/**
 * The instant a wall-clock time names in a zone, or null when the text is not one. A time the
 * clocks skip when they spring forward (02:30 in Paris on the last Sunday of March) is read with
 * the offset before the change, so it lands an hour later, as a phone's clock app does.
 */
export function wallClockToInstant(wallClock: string, timeZone: string): Date | null {
  const match = WALL_CLOCK.exec(wallClock);
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
  const asUtc = Date.UTC(year, month - 1, day, hour, minute);
  const check = new Date(asUtc);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || hour > 23 || minute > 59) return null;
  // The zone's offset near the time, then the offset at the instant that gives: equal means found.
  const guess = offsetAt(new Date(asUtc), timeZone);
  const offset = offsetAt(new Date(asUtc - guess), timeZone);
  if (offset === guess || offsetAt(new Date(asUtc - offset), timeZone) === offset) return new Date(asUtc - offset);
  // In the gap neither offset fits; springing forward raises the offset, so the earlier one is the smaller.
  return new Date(asUtc - Math.min(guess, offset));
}

/** An instant as a datetime-local value in a zone: "2026-11-23T14:00". */
export function instantToWallClock(instant: Date, timeZone: string): string {
  const p = partsIn(instant, timeZone);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${p.year}-${two(p.month!)}-${two(p.day!)}T${two(p.hour!)}:${two(p.minute!)}`;
}

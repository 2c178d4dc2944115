// ISO 8601 durations as the backend resource writes them ("interval": "PT1H", "P1D",
// "tripDuration": "PT1M"). Years and months have no fixed length, so they are refused rather
// than given one; days are 24 hours (the page's "P1D" example reads "in a day").
import { HarnessRefusal } from "../harness-refusal.ts";

const DURATION =
  /^P(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;

/** Milliseconds of an ISO 8601 duration (days, hours, minutes, seconds); refuses other forms. */
export function durationMs(text: string, where: string): number {
  const match = DURATION.exec(text);
  if (!match || text === "P" || text.endsWith("T")) {
    throw new HarnessRefusal(
      `${where}: '${text}' is not an ISO 8601 duration of days, hours, minutes and seconds (e.g. "PT1H", "P1D", "PT30S"); ` +
        "years and months have no fixed length and are refused",
    );
  }
  const [days, hours, minutes, seconds] = match.slice(1).map((part) => Number(part ?? 0));
  const ms = (((days! * 24 + hours!) * 60 + minutes!) * 60 + seconds!) * 1000;
  if (ms <= 0) throw new HarnessRefusal(`${where}: '${text}' is an empty duration`);
  return ms;
}

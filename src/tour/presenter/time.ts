// The presenter view's two clocks as text: the time since the tour started and the time of day.
import type { Lang } from '../../i18n';

/** Elapsed milliseconds as "mm:ss" (minutes go past 59: a long talk reads "75:03"). */
export function formatElapsed(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  const mm = String(Math.floor(s / 60)).padStart(2, '0');
  return `${mm}:${String(s % 60).padStart(2, '0')}`;
}

/** The wall clock, 24-hour "14:05" in the reader's language. */
export function formatClock(date: Date, lang: Lang): string {
  return date.toLocaleTimeString(lang === 'zh' ? 'zh-Hans-CN' : 'en-GB', {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
}

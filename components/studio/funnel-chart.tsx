import { useFormatter, useTranslations } from 'next-intl';
import type { DayPoint } from '@/lib/studio/insights';

const WIDTH = 640;
const HEIGHT = 180;
const PAD = 28;
/** Each line's colour is `.funnel-series--<key>` in app/globals.css, shared by the line and its legend dot. */
const LINES = ['views', 'checkouts', 'paid'] as const;

/** Daily views, checkouts and paid orders as a plain SVG line chart, with a table for screen readers. */
export function FunnelChart({ series }: { series: DayPoint[] }) {
  const t = useTranslations('insights.chart');
  const format = useFormatter();
  // Series days are UTC calendar days: written as days, never shifted into the reader's zone.
  const day = (point: DayPoint) => format.dateTime(new Date(`${point.day}T00:00:00Z`), 'day', { timeZone: 'UTC' });
  const max = Math.max(1, ...series.flatMap((point) => LINES.map((line) => point[line])));
  const x = (index: number) => PAD + (index * (WIDTH - 2 * PAD)) / Math.max(1, series.length - 1);
  const y = (value: number) => HEIGHT - PAD - (value / max) * (HEIGHT - 2 * PAD);
  return (
    <figure className="funnel-chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={t('label')}>
        <line x1={PAD} y1={HEIGHT - PAD} x2={WIDTH - PAD} y2={HEIGHT - PAD} stroke="#d6d3cd" />
        <text x={4} y={PAD} fontSize="11" fill="#6b7280">
          {format.number(max)}
        </text>
        {LINES.map((line) => (
          <polyline key={line} className={`funnel-series--${line}`} fill="none" stroke="currentColor" strokeWidth="2" points={series.map((point, index) => `${x(index)},${y(point[line])}`).join(' ')} />
        ))}
        {series.length > 0 && (
          <>
            <text x={PAD} y={HEIGHT - 8} fontSize="11" fill="#6b7280">
              {day(series[0]!)}
            </text>
            <text x={WIDTH - PAD} y={HEIGHT - 8} fontSize="11" fill="#6b7280" textAnchor="end">
              {day(series.at(-1)!)}
            </text>
          </>
        )}
      </svg>
      <figcaption className="row">
        {LINES.map((line) => (
          <span key={line}>
            <span aria-hidden className={`funnel-series--${line}`}>
              ●
            </span>{' '}
            {t(`series.${line}`)}
          </span>
        ))}
      </figcaption>
      {/* The numbers for screen readers; the wrapper (not the table, which ignores width) clips it. */}
      <div className="visually-hidden">
        <table>
          <caption>{t('perDay')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('day')}</th>
              {LINES.map((line) => (
                <th key={line} scope="col">
                  {t(`series.${line}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {series.map((point) => (
              <tr key={point.day}>
                <td>{day(point)}</td>
                {LINES.map((line) => (
                  <td key={line}>{format.number(point[line])}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}

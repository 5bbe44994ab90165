import type { DayPoint } from '@/lib/studio/insights';

const WIDTH = 640;
const HEIGHT = 180;
const PAD = 28;
const LINES: { key: 'views' | 'checkouts' | 'paid'; label: string; color: string }[] = [
  { key: 'views', label: 'Views', color: '#6b7280' },
  { key: 'checkouts', label: 'Checkouts', color: '#d97706' },
  { key: 'paid', label: 'Paid', color: '#15803d' },
];

/** Daily views, checkouts and paid orders as a plain SVG line chart, with a table for screen readers. */
export function FunnelChart({ series }: { series: DayPoint[] }) {
  const max = Math.max(1, ...series.flatMap((point) => LINES.map((line) => point[line.key])));
  const x = (index: number) => PAD + (index * (WIDTH - 2 * PAD)) / Math.max(1, series.length - 1);
  const y = (value: number) => HEIGHT - PAD - (value / max) * (HEIGHT - 2 * PAD);
  return (
    <figure className="funnel-chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label="Views, checkouts and paid orders per day">
        <line x1={PAD} y1={HEIGHT - PAD} x2={WIDTH - PAD} y2={HEIGHT - PAD} stroke="#d6d3cd" />
        <text x={4} y={PAD} fontSize="11" fill="#6b7280">
          {max}
        </text>
        {LINES.map((line) => (
          <polyline key={line.key} fill="none" stroke={line.color} strokeWidth="2" points={series.map((point, index) => `${x(index)},${y(point[line.key])}`).join(' ')} />
        ))}
        {series.length > 0 && (
          <>
            <text x={PAD} y={HEIGHT - 8} fontSize="11" fill="#6b7280">
              {series[0]!.day.slice(5)}
            </text>
            <text x={WIDTH - PAD} y={HEIGHT - 8} fontSize="11" fill="#6b7280" textAnchor="end">
              {series.at(-1)!.day.slice(5)}
            </text>
          </>
        )}
      </svg>
      <figcaption className="row">
        {LINES.map((line) => (
          <span key={line.key}>
            <span aria-hidden style={{ color: line.color }}>
              ●
            </span>{' '}
            {line.label}
          </span>
        ))}
      </figcaption>
      {/* The numbers for screen readers; the wrapper (not the table, which ignores width) clips it. */}
      <div className="visually-hidden">
        <table>
          <caption>Per day</caption>
          <thead>
            <tr>
              <th scope="col">Day</th>
              {LINES.map((line) => (
                <th key={line.key} scope="col">
                  {line.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {series.map((point) => (
              <tr key={point.day}>
                <td>{point.day}</td>
                {LINES.map((line) => (
                  <td key={line.key}>{point[line.key]}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}

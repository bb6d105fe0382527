import { scaleLinear, scalePoint } from 'd3-scale';
import { line } from 'd3-shape';
import type { Rating } from '../../schemas/rating';
import type { LineGeometry } from './types';
import { must } from '../must';

/** One inspection on a PDU's history chart. */
export interface HistoryPoint {
  key: string;
  /** Date label under the point, e.g. "Jan 2024". */
  label: string;
  /** Score as a share of its maximum, 0..100. */
  percent: number;
  /** Printed beside the point, e.g. "9/27". */
  sublabel: string;
  rating: Rating;
}

const round = (v: number) => Math.round(v * 10) / 10;

/** Lays out a PDU's score (as a share of its maximum) across inspections, oldest to newest. */
export function lineGeometry(points: readonly HistoryPoint[]): LineGeometry {
  const width = 640;
  const height = 260;
  const plot = { x: 48, y: 20, width: width - 48 - 40, height: height - 20 - 56 };
  const x = scalePoint<string>()
    .domain(points.map((p) => p.key))
    .range([plot.x, plot.x + plot.width])
    .padding(0.5);
  const y = scaleLinear()
    .domain([0, 100])
    .range([plot.y + plot.height, plot.y]);
  const placed = points.map((p) => ({
    x: must(x(p.key), `the place of point "${p.key}"`),
    y: y(p.percent),
    label: p.label,
    sublabel: p.sublabel,
    rating: p.rating,
  }));
  return {
    width,
    height,
    plot,
    path:
      line<{ x: number; y: number }>()
        .x((p) => round(p.x))
        .y((p) => round(p.y))(placed) ?? '',
    yTicks: y.ticks(5).map((t) => ({ y: y(t), label: `${t}%` })),
    points: placed,
  };
}

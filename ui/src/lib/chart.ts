// The vertical scale of a bar chart: gridlines at 1, 2 or 5 times a power of ten, at most
// four above zero, and the top of the scale the first gridline at or above the largest bar.

export type Scale = { step: number; ceiling: number; ticks: number[] };

/** `least` keeps the step from going below it (whole hours, say). */
export function scale(max: number, least = 0): Scale {
  let step = 1;
  if (max > 0) {
    const raw = max / 4;
    const power = 10 ** Math.floor(Math.log10(raw));
    const unit = [1, 2, 5, 10].find((m) => m * power >= raw) ?? 10;
    step = Math.max(least, unit * power);
  }
  const ceiling = max > 0 ? Math.ceil(max / step) * step : step;
  const ticks = Array.from({ length: Math.round(ceiling / step) + 1 }, (_, i) => i * step);
  return { step, ceiling, ticks };
}

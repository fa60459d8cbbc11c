// A small SVG bar chart of articles per month, drawn by hand: one bar a month from the first to the
// last, empty months included so gaps in coverage show.
import { h, svg } from "./dom.js";
import { formatMonth, plural } from "./format.js";

/** Beyond this many months the chart counts per year instead (bars would be thinner than a pixel). */
const MAX_MONTHS = 240;
const WIDTH = 600;
const HEIGHT = 160;
const AXIS = 22;
/** Widest bar, in chart units (the chart is 600 wide). */
const MAX_BAR = 40;

/** Every month from the first to the last of the timeline ({ month: "2021-09", articles }), gaps as 0. */
export function fillMonths(timeline) {
  const counts = new Map(timeline.map((t) => [t.month, t.articles]));
  const months = [...counts.keys()].sort();
  if (months.length === 0) return [];
  const [fy, fm] = months[0].split("-").map(Number);
  const [ly, lm] = months[months.length - 1].split("-").map(Number);
  const span = (ly - fy) * 12 + (lm - fm) + 1;
  if (span > MAX_MONTHS) return perYear(timeline);
  const out = [];
  for (let i = 0; i < span; i++) {
    const y = fy + Math.floor((fm - 1 + i) / 12);
    const m = ((fm - 1 + i) % 12) + 1;
    const key = `${y}-${String(m).padStart(2, "0")}`;
    out.push({ label: key, articles: counts.get(key) ?? 0 });
  }
  return out;
}

function perYear(timeline) {
  const years = new Map();
  for (const t of timeline) years.set(t.month.slice(0, 4), (years.get(t.month.slice(0, 4)) ?? 0) + t.articles);
  const keys = [...years.keys()].sort();
  const out = [];
  for (let y = Number(keys[0]); y <= Number(keys[keys.length - 1]); y++) out.push({ label: String(y), articles: years.get(String(y)) ?? 0 });
  return out;
}

export function monthChart(timeline) {
  const bars = fillMonths(timeline);
  if (bars.length === 0) return h("p", { class: "muted" }, "No dated article.");
  const max = Math.max(...bars.map((b) => b.articles), 1);
  const step = WIDTH / bars.length;
  const gap = step > 4 ? Math.min(2, step * 0.2) : 0;
  // A few months must not turn into slabs as wide as the chart.
  const barWidth = Math.min(Math.max(step - gap, 0.5), MAX_BAR);
  const plot = HEIGHT - AXIS;
  const total = bars.reduce((s, b) => s + b.articles, 0);
  const chart = svg(
    "svg",
    { class: "chart", viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: "img", "aria-label": `${plural(total, "dated article")} from ${formatMonth(bars[0].label)} to ${formatMonth(bars[bars.length - 1].label)}; most in one ${bars[0].label.length === 4 ? "year" : "month"}: ${max}` },
    svg("line", { class: "axis", x1: 0, x2: WIDTH, y1: plot + 0.5, y2: plot + 0.5 }),
    bars.map((b, i) => {
      const barHeight = (b.articles / max) * (plot - 14);
      return svg(
        "rect",
        { class: "chart-bar", x: i * step + (step - barWidth) / 2, y: plot - barHeight, width: barWidth, height: barHeight },
        svg("title", {}, `${formatMonth(b.label)}: ${plural(b.articles, "article")}`),
      );
    }),
    svg("text", { class: "tick", x: 0, y: HEIGHT - 6 }, formatMonth(bars[0].label)),
    bars.length > 1 ? svg("text", { class: "tick", x: WIDTH, y: HEIGHT - 6, "text-anchor": "end" }, formatMonth(bars[bars.length - 1].label)) : null,
    svg("text", { class: "tick", x: 2, y: 11 }, `max ${max}`),
  );
  return h("div", { class: "chart-frame" }, chart);
}

// An offline map: countries from GET /api/map/world (GeoJSON) drawn as SVG paths in an
// equirectangular projection (x = longitude, y = −latitude, one unit a degree), places as circles
// sized by how many articles name them. No tiles, nothing fetched from elsewhere.
import { getJson } from "./api.js";
import { entityHref } from "./components.js";
import { h, svg } from "./dom.js";
import { plural } from "./format.js";

/** The smallest window shown, in degrees, so one city is not drawn across the whole map. */
const MIN_SPAN_LON = 40;
const MIN_SPAN_LAT = 24;
/** Margin around the places, as a share of the window. */
const PAD = 0.25;

let worldPaths = null;

/** The country outlines as one path string per country, fetched once per page load. */
function countryPaths(signal) {
  worldPaths ??= getJson("map/world", {}, signal).then((geo) =>
    geo.features.map((f) => ({ name: f.properties?.name ?? "", d: geometryPath(f.geometry) })).filter((c) => c.d),
  );
  worldPaths.catch(() => {
    worldPaths = null;
  });
  return worldPaths;
}

export function geometryPath(geometry) {
  if (!geometry) return "";
  const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.type === "MultiPolygon" ? geometry.coordinates : [];
  let d = "";
  for (const polygon of polygons) {
    for (const ring of polygon) {
      ring.forEach(([lon, lat], i) => {
        d += `${i === 0 ? "M" : "L"}${round(lon)} ${round(-lat)}`;
      });
      d += "Z";
    }
  }
  return d;
}

const round = (x) => Math.round(x * 10) / 10;

/** The window around the places (degrees): at least the minimum span, padded, inside the world. */
export function viewWindow(places) {
  const lons = places.map((p) => p.lon);
  const lats = places.map((p) => p.lat);
  let [w, e] = [Math.min(...lons), Math.max(...lons)];
  let [s, n] = [Math.min(...lats), Math.max(...lats)];
  const spanLon = Math.max(e - w, MIN_SPAN_LON) * (1 + 2 * PAD);
  const spanLat = Math.max(n - s, MIN_SPAN_LAT) * (1 + 2 * PAD);
  const cLon = (w + e) / 2;
  const cLat = (s + n) / 2;
  w = Math.max(-180, cLon - spanLon / 2);
  e = Math.min(180, w + spanLon);
  n = Math.min(90, cLat + spanLat / 2);
  s = Math.max(-90, n - spanLat);
  return { x: w, y: -n, width: e - w, height: n - s };
}

/**
 * The map for a places answer ({ items: [{ id, name, country, lat, lon, articles }] }) with a list of the
 * same places underneath (the accessible alternative), or a sentence when no place has coordinates.
 */
export async function placesMap(list, signal) {
  const places = list.items.filter((p) => Number.isFinite(p.lat) && Number.isFinite(p.lon));
  if (places.length === 0) return h("p", { class: "muted" }, "No place with known coordinates.");
  const countries = await countryPaths(signal);
  const view = viewWindow(places);
  const max = Math.max(...places.map((p) => p.articles));
  const unit = view.width / 100;
  const radius = (n) => unit * (1.2 + 2.8 * Math.sqrt(n / max));
  // Larger circles first so smaller ones stay on top and reachable.
  const ordered = [...places].sort((a, b) => b.articles - a.articles);
  const map = svg(
    "svg",
    {
      class: "map",
      viewBox: `${view.x} ${view.y} ${view.width} ${view.height}`,
      role: "group",
      "aria-label": `Map of ${plural(places.length, "place")}`,
      preserveAspectRatio: "xMidYMid meet",
    },
    svg("rect", { class: "sea", x: view.x, y: view.y, width: view.width, height: view.height }),
    svg("g", { class: "countries", "stroke-width": unit * 0.15, "aria-hidden": "true" }, countries.map((c) => svg("path", { d: c.d }, svg("title", {}, c.name)))),
    svg(
      "g",
      { class: "places", "stroke-width": unit * 0.25 },
      ordered.map((p) =>
        svg(
          "a",
          { href: entityHref(p.id), "aria-label": `${p.name}: ${plural(p.articles, "article")}` },
          svg("circle", { cx: round(p.lon), cy: round(-p.lat), r: radius(p.articles) }, svg("title", {}, `${p.name}: ${plural(p.articles, "article")}`)),
        ),
      ),
    ),
  );
  const legend = h(
    "ul",
    { class: "place-list" },
    ordered.map((p) => h("li", {}, h("a", { href: entityHref(p.id) }, p.name), ` ${p.articles}`)),
  );
  return [h("div", { class: "map-frame" }, map), legend];
}

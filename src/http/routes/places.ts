import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { createRoute, z } from "@hono/zod-openapi";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import type { ApiApp, ApiContext } from "../context.js";
import { httpError } from "../errors.js";
import { entityRef, errorResponses, idString, jsonContent, page, PageQuery, probe, PlaceSchema, listOf } from "../schemas.js";

/** The map's countries change only with the package: browsers may keep them a day. */
const MAP_MAX_AGE_SECONDS = 86_400;

const GeoJson = z.custom<GeoJSON.FeatureCollection>().openapi("CountriesGeoJSON", {
  type: "object",
  description: "GeoJSON FeatureCollection of the world's countries (Natural Earth 1:110m via world-atlas), properties.name per country",
});

/** Countries as GeoJSON, converted once from the bundled TopoJSON and kept in memory. */
let countries: Promise<string> | null = null;
function worldGeoJson(): Promise<string> {
  countries ??= (async () => {
    const path = createRequire(import.meta.url).resolve("world-atlas/countries-110m.json");
    const topology = JSON.parse(await readFile(path, "utf8")) as Topology<{ countries: GeometryCollection }>;
    return JSON.stringify(feature(topology, topology.objects.countries));
  })();
  return countries;
}

export function registerPlaces(app: ApiApp, ctx: ApiContext): void {
  app.openapi(
    createRoute({
      method: "get",
      path: "/api/places",
      tags: ["map"],
      summary: "places with coordinates named by a story's articles, or by the articles naming an entity (exactly one of story, entity)",
      request: {
        query: PageQuery.extend({
          story: idString("a story id").optional(),
          entity: entityRef("an entity id (place:KZ) or a name").optional(),
        }),
      },
      responses: { 200: jsonContent(listOf(PlaceSchema, "PlaceList"), "places, most named first"), ...errorResponses },
    }),
    async (c) => {
      const q = c.req.valid("query");
      if ((q.story === undefined) === (q.entity === undefined)) throw httpError("http.bad-request", "story, entity: give exactly one, a story id (positive integer) or an entity (an id such as place:KZ, or a name)");
      const pageOf = probe(q);
      const items = q.story !== undefined ? await ctx.store.listPlaces({ storyId: q.story }, pageOf) : await ctx.store.listPlaces({ entity: q.entity! }, pageOf);
      return c.json(page(items, q.limit, q.offset), 200);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/map/world",
      tags: ["map"],
      summary: "the world's countries as GeoJSON, for drawing the map offline",
      responses: { 200: jsonContent(GeoJson, "countries"), 500: errorResponses[500] },
    }),
    async (c) => {
      c.header("Cache-Control", `public, max-age=${MAP_MAX_AGE_SECONDS}`);
      c.header("Content-Type", "application/json; charset=utf-8");
      return c.body(await worldGeoJson(), 200) as never;
    },
  );
}

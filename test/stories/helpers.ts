import type { StoryArticle } from "../../src/stories/index.js";

type Entity = StoryArticle["entities"][number];

/** A story article written by hand: entities given as "person:x" ids with their salience. */
export function article(id: number, published: string | null, text: string, entities: [string, number][] = [], lang = "en"): StoryArticle {
  const typeOf = (eid: string): Entity["type"] => (eid.startsWith("person:") ? "person" : eid.startsWith("place:") ? "place" : "organisation");
  return {
    id, published, lang, title: text.split(". ")[0], text,
    entities: entities.map(([eid, salience]) => ({ id: eid, type: typeOf(eid), salience })),
    names: entities.map(([eid]) => eid.split(":").pop() as string),
  };
}

export const QUAKE = [
  "A strong earthquake struck northern Chile near Iquique on Tuesday. The quake of magnitude 8.2 triggered a tsunami warning along the coast and thousands were evacuated.",
  "Chile earthquake: tsunami waves hit Iquique after the magnitude 8.2 quake. Evacuated residents return as the tsunami warning along the Chilean coast is lifted.",
  "Aftershocks shake Iquique a day after the magnitude 8.2 earthquake in northern Chile. Rescue teams assess damage along the coast where the tsunami struck.",
];
export const QUAKE_ENTITIES: [string, number][] = [["place:CL", 1], ["place:gn:3887127", 0.8]];

export const FINAL = [
  "Madrid wins the Champions League final in Lisbon after extra time. Ramos scored a late equaliser before three goals in extra time sealed the cup.",
  "Champions League final: Madrid beat Atletico in Lisbon. The late header by Ramos forced extra time and the cup went to Madrid.",
  "Celebrations in Madrid after the Champions League final in Lisbon. Fans greeted the team that won the cup after extra time against Atletico.",
];
export const FINAL_ENTITIES: [string, number][] = [["place:gn:3117735", 1], ["person:se-ramos", 0.6], ["place:gn:2267057", 0.5]];

import { evaluateEntities, formatEntitiesEvaluation } from "../../src/eval/entities.js";
console.log(formatEntitiesEvaluation(evaluateEntities({ sharedDir: "/work/shared" })));

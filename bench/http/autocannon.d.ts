// autocannon ships no types; the load run uses a handful of its fields (see load.ts).
declare module "autocannon";

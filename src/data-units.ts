import registryData from "../data/units.json";
import type { UnitRegistry } from "./generated/units.js";

/** The unit registry shipped in data/units.json (checked against schemas/units.schema.json by the tests). */
export const registry = registryData as UnitRegistry;

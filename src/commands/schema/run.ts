import agreementSchema from "../../../schemas/agreement.schema.json";
import configSchema from "../../../schemas/config.schema.json";
import type { CommandOutput } from "../types.js";

export const schemas = { agreement: agreementSchema, config: configSchema };

export type SchemaName = keyof typeof schemas;

export function schema(name: SchemaName): CommandOutput {
  return { stdout: `${JSON.stringify(schemas[name], null, 2)}\n`, exitCode: 0 };
}

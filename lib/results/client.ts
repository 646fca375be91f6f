/*
 * Results: aggregation, weighting, disclosure control, publication and exports.
 *
 * The browser-safe part of this feature's face: schemas, data shapes and pure logic that client
 * components may import. Nothing here reaches the database; the boundary check
 * (.dependency-cruiser.cjs) refuses it. See ARCHITECTURE.md.
 */

export type { ResultSettingsFormValues, WeightingMethod } from "./settings-schema";
export {
  MIN_CELL_SIZE,
  MIN_MEAN_GROUP,
  resultSettingsSchema,
  TRIM_HIGH,
  TRIM_LOW,
  WEIGHTING_METHODS,
} from "./settings-schema";

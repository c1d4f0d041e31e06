import { auditEndpoints } from "./audit";
import { datasetEndpoints } from "./datasets";
import type { Endpoint } from "./endpoint";
import { ingestEndpoints } from "./ingest";
import { modelEndpoints } from "./models";
import { regionEndpoints } from "./regions";
import { reviewEndpoints } from "./review";
import { systemEndpoints } from "./system";
import { tokenEndpoints } from "./tokens";
import { userEndpoints } from "./users";

/** Every endpoint, for the OpenAPI document and the route-table tests. */
export const ENDPOINTS: Endpoint[] = [
  ...Object.values(systemEndpoints),
  ...Object.values(userEndpoints),
  ...Object.values(tokenEndpoints),
  ...Object.values(regionEndpoints),
  ...Object.values(modelEndpoints),
  ...Object.values(ingestEndpoints),
  ...Object.values(reviewEndpoints),
  ...Object.values(auditEndpoints),
  ...Object.values(datasetEndpoints),
];

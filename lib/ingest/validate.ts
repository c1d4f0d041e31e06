import type { FeatureSpec } from "@/db/schema";
import type { ErrorDetail } from "@/lib/errors";
import type { ModelRow } from "@/lib/models";

type FeatureValues = Record<string, unknown>;

/** Problems of one row's features against the model's declared features. */
export function featureProblems(
  features: FeatureValues,
  specs: readonly FeatureSpec[],
  at: { index: number; path: string },
): ErrorDetail[] {
  return specs.flatMap((spec) => {
    // Own keys only: a feature named "constructor" must not find Object's.
    const value = Object.hasOwn(features, spec.name) ? features[spec.name] : undefined;
    if (value === undefined || value === null) return [];

    const wrong =
      spec.type === "numerical" ? typeof value !== "number" : typeof value === "object";
    if (!wrong) return [];

    const expected =
      spec.type === "numerical" ? "a number" : "a string, number or boolean";
    return [
      {
        index: at.index,
        path: `${at.path}.features.${spec.name}`,
        message: `"${spec.name}" is ${spec.type}: send ${expected} or null`,
      },
    ];
  });
}

/** Problems of a label against the model's labels. */
export function labelProblem(
  label: string,
  model: ModelRow,
  at: { index: number; path: string },
): ErrorDetail[] {
  if (model.labels.includes(label)) return [];
  return [
    {
      index: at.index,
      path: at.path,
      message: `unknown label "${label}" for model "${model.key}" (labels: ${model.labels.join(", ")})`,
    },
  ];
}

const SOURCES: Record<string, string> = {
  both: "reviewed, else outcome",
  reviewed: "reviewed only",
  outcome: "outcomes only",
};

const day = (iso: unknown) => String(iso).slice(0, 10);

/** A dataset's filter in one line of words. */
export function describeFilter(filter: Record<string, unknown>): string {
  const parts = [
    SOURCES[String(filter.labelSource ?? "both")] ?? "reviewed, else outcome",
  ];
  const listed = (key: string, name: string) => {
    const values = filter[key];
    if (Array.isArray(values) && values.length > 0)
      parts.push(`${name} ${values.join(", ")}`);
  };

  listed("modelVersions", "versions");
  listed("regions", "regions");
  listed("clients", "clients");
  if (filter.from) parts.push(`from ${day(filter.from)}`);
  if (filter.to) parts.push(`before ${day(filter.to)}`);
  if (typeof filter.minAgreement === "number") {
    parts.push(`agreement ≥ ${Math.round(filter.minAgreement * 100)} %`);
  }
  if (filter.regions === null) parts.push("every region");
  return parts.join(" · ");
}

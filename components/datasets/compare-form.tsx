import { buttonClass } from "@/components/ui/button";
import { Select } from "@/components/ui/form";

/** Picks two versions and opens their diff; a plain GET form, no script needed. */
export function CompareForm({
  datasetId,
  versions,
}: {
  datasetId: string;
  versions: number[];
}) {
  if (versions.length < 2) {
    return <p className="text-sm text-slate-500">Cut a second version to compare two.</p>;
  }

  const latest = versions[versions.length - 1]!;
  const options = versions.map((v) => (
    <option key={v} value={v}>
      Version {v}
    </option>
  ));
  return (
    <form action={`/datasets/${datasetId}/diff`} className="flex items-end gap-2">
      <label className="text-sm text-slate-700">
        From
        <Select name="from" defaultValue={versions[versions.length - 2]} className="mt-1">
          {options}
        </Select>
      </label>
      <label className="text-sm text-slate-700">
        To
        <Select name="to" defaultValue={latest} className="mt-1">
          {options}
        </Select>
      </label>
      <button type="submit" className={buttonClass("secondary")}>
        Compare
      </button>
    </form>
  );
}

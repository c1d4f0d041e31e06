import type { Metadata } from "next";

import { RegionPanel } from "@/components/admin/region-panel";

export const metadata: Metadata = { title: "Regions" };

export default function AdminRegionsPage() {
  return <RegionPanel />;
}
